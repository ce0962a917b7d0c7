/**
 * Posts one message to a group robot, signed as its vendor documents, and judges the answer. The signatures:
 * - 钉钉 加签 (https://open.dingtalk.com/document/robots/customize-robot-security-settings): string to sign
 *   `timestamp + "\n" + secret`, HmacSHA256 with the secret as the key, Base64, then urlEncode; sent on the
 *   address as `&timestamp=…&sign=…`, timestamp in milliseconds (within an hour of 钉钉's clock).
 * - 飞书 签名校验 (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot): `timestamp + "\n" +
 *   secret` is the HmacSHA256 KEY, over an empty message, Base64; sent in the body as `timestamp` (seconds,
 *   as a string) and `sign`.
 * - 企业微信 group robots have no signature: the key in the address is the credential.
 * Message bodies: 钉钉 `{msgtype:"markdown", markdown:{title, text}}`; 企业微信 `{msgtype:"markdown",
 * markdown:{content}}`; 飞书 `{msg_type:"interactive", card:{header, elements:[lark_md div]}}`.
 */
import { createHmac } from 'node:crypto';
import { judgeAnswer, type RobotVerdict } from '../../domain/robots/answers';
import type { RobotKind } from '../../domain/robots/vendors';

export interface RobotTarget {
  kind: RobotKind;
  address: string;
  secret: string | null;
}

export interface RobotAnswer {
  httpStatus: number;
  /** The vendor's answer as it came (cut to 500 characters), shown on a test-send. */
  answer: string;
  verdict: RobotVerdict;
}

function dingtalkUrl(address: string, secret: string | null, at: Date): string {
  if (!secret) return address;
  const timestamp = String(at.getTime());
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  const url = new URL(address);
  url.searchParams.set('timestamp', timestamp);
  url.searchParams.set('sign', sign);
  return url.toString();
}

function feishuSignature(secret: string, at: Date): { timestamp: string; sign: string } {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const sign = createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
  return { timestamp, sign };
}

function requestOf(
  target: RobotTarget,
  title: string,
  text: string,
  at: Date,
): { url: string; body: unknown } {
  switch (target.kind) {
    case 'dingtalk':
      return {
        url: dingtalkUrl(target.address, target.secret, at),
        body: { msgtype: 'markdown', markdown: { title, text } },
      };
    case 'wecom':
      return { url: target.address, body: { msgtype: 'markdown', markdown: { content: text } } };
    case 'feishu':
      return {
        url: target.address,
        body: {
          ...(target.secret ? feishuSignature(target.secret, at) : {}),
          msg_type: 'interactive',
          card: {
            header: { title: { tag: 'plain_text', content: title } },
            elements: [{ tag: 'div', text: { tag: 'lark_md', content: text } }],
          },
        },
      };
  }
}

/** Sends and judges; never throws (no answer is a retry verdict with status 0). */
export async function postToRobot(
  target: RobotTarget,
  message: { title: string; text: string },
  at: Date,
): Promise<RobotAnswer> {
  const { url, body } = requestOf(target, message.title, message.text, at);
  try {
    // URLSearchParams encodes the sign's "+", "/" and "=" (钉钉: "把签名…进行urlEncode").
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
      redirect: 'error',
    });
    const answer = await response.text();
    return {
      httpStatus: response.status,
      answer: answer.slice(0, 500),
      verdict: judgeAnswer(target.kind, response.status, answer),
    };
  } catch (error) {
    const answer = error instanceof Error ? error.message : String(error);
    return { httpStatus: 0, answer: answer.slice(0, 500), verdict: judgeAnswer(target.kind, 0, '') };
  }
}
