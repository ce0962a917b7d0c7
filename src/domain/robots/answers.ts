/**
 * What a vendor's answer means: sent, worth retrying later (rate limited, the vendor's server busy or down), or
 * a failure the office must fix (bad key, bad signature, keyword or IP not allowed). Codes from the vendors'
 * public docs:
 * - 钉钉 (custom-robot-access, 错误码): 310000 "sign not match" / "keywords not in content" / "ip X not in
 *   whitelist" (one code, the errmsg says which); 300001 / 400101 token does not exist; 130101 / 410100
 *   "send too fast"; -1 系统繁忙.
 * - 企业微信 (全局错误码): 45009 接口调用超过限制; -1 系统繁忙; 93000 invalid webhook url; 40058 content too long.
 * - 飞书 (add-custom-bot, 常见问题): 19021 sign match fail or timestamp is not within one hour; 19022 ip not
 *   allowed; 19024 key words not found; 9499 / 11232 too many requests / frequency limited.
 * An HTTP 429 or 5xx, and no answer at all, are retried too; any other HTTP error is a failure.
 */
import type { RobotKind } from './vendors';

export type RobotOutcome = 'sent' | 'retry' | 'failed';

export interface RobotVerdict {
  outcome: RobotOutcome;
  /** Why, in words for the office (Chinese; the vendor's own message follows it). */
  reason: string;
  /** The vendor's code, when it gave one. */
  code: number | null;
  /** Rate limited: wait the vendor's block out before trying again. */
  rateLimited: boolean;
}

const rateCodes: Readonly<Record<RobotKind, readonly number[]>> = {
  dingtalk: [130101, 410100],
  wecom: [45009],
  feishu: [9499, 11232],
};
const busyCodes: Readonly<Record<RobotKind, readonly number[]>> = {
  dingtalk: [-1],
  wecom: [-1],
  feishu: [],
};
const failureWords: Readonly<Record<RobotKind, Readonly<Record<number, string>>>> = {
  dingtalk: {
    310000: '钉钉拒收：加签不匹配、关键词不符或 IP 不在白名单',
    300001: '钉钉拒收：access_token 无效（机器人可能已删除）',
    400101: '钉钉拒收：access_token 不存在',
  },
  wecom: {
    93000: '企业微信拒收：机器人地址（key）无效',
    40058: '企业微信拒收：消息超长',
  },
  feishu: {
    19021: '飞书拒收：签名不匹配或时间戳超过 1 小时',
    19022: '飞书拒收：IP 不在白名单',
    19024: '飞书拒收：消息不含设置的关键词',
  },
};

function vendorCode(kind: RobotKind, body: unknown): { code: number | null; message: string } {
  if (typeof body !== 'object' || body === null) return { code: null, message: '' };
  const o = body as Record<string, unknown>;
  const raw = kind === 'feishu' ? (o['code'] ?? o['StatusCode']) : o['errcode'];
  const message = kind === 'feishu' ? (o['msg'] ?? o['StatusMessage']) : o['errmsg'];
  return {
    code: typeof raw === 'number' ? raw : null,
    message: typeof message === 'string' ? message : '',
  };
}

/** Classifies one answer: `status` 0 when no answer came (network error, timeout). */
export function judgeAnswer(kind: RobotKind, status: number, bodyText: string): RobotVerdict {
  if (status === 0) return { outcome: 'retry', reason: '无法连接机器人地址', code: null, rateLimited: false };
  if (status === 429)
    return { outcome: 'retry', reason: '发送过于频繁，稍后重试', code: null, rateLimited: true };
  if (status >= 500)
    return { outcome: 'retry', reason: `对方服务器错误（HTTP ${status}）`, code: null, rateLimited: false };
  let body: unknown = null;
  try {
    body = JSON.parse(bodyText);
  } catch {
    body = null;
  }
  if (status >= 400 || body === null) {
    return {
      outcome: 'failed',
      reason: status >= 400 ? `对方拒收（HTTP ${status}）` : '对方的应答不是预期的格式',
      code: null,
      rateLimited: false,
    };
  }
  const { code, message } = vendorCode(kind, body);
  if (code === 0) return { outcome: 'sent', reason: '已送达', code, rateLimited: false };
  const said = message ? `：${message}` : '';
  if (code !== null && rateCodes[kind].includes(code))
    return { outcome: 'retry', reason: `发送过于频繁，稍后重试${said}`, code, rateLimited: true };
  if (code !== null && busyCodes[kind].includes(code))
    return { outcome: 'retry', reason: `对方系统繁忙${said}`, code, rateLimited: false };
  const known = code === null ? undefined : failureWords[kind][code];
  return {
    outcome: 'failed',
    reason: `${known ?? `对方拒收（错误码 ${code ?? '无'}）`}${said}`,
    code,
    rateLimited: false,
  };
}
