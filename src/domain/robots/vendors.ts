/**
 * The group robots Luoshi sends to (群机器人) and each vendor's published limits. Sources, checked when this was
 * written (2026-12):
 * - 钉钉 custom robot (https://open.dingtalk.com/document/robots/custom-robot-access, 消息发送频率限制):
 *   "每个机器人每分钟最多发送20条…如果超过20条，会限流10分钟"; the docs name no markdown size limit, so we
 *   keep to the same 4,000 bytes as 企业微信 (a summary message, never a report).
 * - 企业微信 group robot (https://developer.work.weixin.qq.com/document/path/91770): "每个机器人发送的消息不能超过
 *   20条/分钟"; markdown.content "最长不超过4096个字节，必须是utf8编码" (errcode 40058 beyond it).
 * - 飞书 custom bot (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot): 100 requests a minute and
 *   5 a second per bot; the request body at most 20 KB.
 */
export const robotKinds = ['dingtalk', 'wecom', 'feishu'] as const;
export type RobotKind = (typeof robotKinds)[number];

/** Where a message in the robots' outbox stands: waiting (or retrying), sent, or failed for good. */
export const robotMessageStatuses = ['pending', 'sent', 'failed'] as const;

export interface VendorLimits {
  /** Requests a robot may send in any 60 seconds. */
  perMinute: number;
  /** Least time between two requests of one robot (飞书: 5 a second). */
  minGapMs: number;
  /** Largest message text, in UTF-8 bytes. */
  maxBytes: number;
  /** How long the vendor blocks a robot that went over its rate (钉钉: 10 minutes). */
  throttleMs: number;
}

export const vendorLimits: Readonly<Record<RobotKind, VendorLimits>> = {
  dingtalk: { perMinute: 20, minGapMs: 0, maxBytes: 4000, throttleMs: 10 * 60_000 },
  wecom: { perMinute: 20, minGapMs: 0, maxBytes: 4096, throttleMs: 60_000 },
  // 20 KB for the whole body: the card's JSON around the text takes well under 2 KB.
  feishu: { perMinute: 100, minGapMs: 250, maxBytes: 18_000, throttleMs: 60_000 },
};

/** The robot's requests still inside the last minute's window (its rate limit counts these). */
export function sendsInLastMinute(sends: readonly number[], now: Date): number[] {
  return sends.filter((t) => t > now.getTime() - 60_000);
}

/** 企业微信 group robots have no signing secret: the key in the address is the credential. */
export const wecomHasNoSecret = '企业微信群机器人没有加签密钥，密钥就在地址的 key 中';

/** A robot message is retried at most this many times, then recorded as failed (no infinite retries). */
export const maxRobotAttempts = 6;

/** Wait before the attempt after `attempts` failed ones: 1, 2, 4, 8, 16 minutes (capped at 30). */
export function retryDelayMs(attempts: number): number {
  return Math.min(30, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/**
 * Where a robot's address may point: the vendor's host, or any http(s) address on the intranet (a gateway or a
 * private deployment of the messenger, e.g. 专有钉钉 or 私有化企业微信). Only the scheme is checked here.
 */
export function isHttpAddress(address: string): boolean {
  try {
    const url = new URL(address);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * The address as the office sees it once saved: host and path with the secret part (钉钉 access_token, 企业微信
 * key, 飞书's hook id) masked — the address itself is a credential.
 */
export function maskedAddress(address: string): string {
  try {
    const url = new URL(address);
    const tail = (value: string) => (value.length <= 4 ? '****' : `****${value.slice(-4)}`);
    const path = url.pathname.replace(/[^/]{12,}$/, (id) => tail(id));
    const query = [...url.searchParams.keys()].map((k) => `${k}=${tail(url.searchParams.get(k) ?? '')}`);
    return `${url.protocol}//${url.host}${path}${query.length ? `?${query.join('&')}` : ''}`;
  } catch {
    return '****';
  }
}
