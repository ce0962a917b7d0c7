/**
 * A stand-in for the vendors' robot endpoints on loopback, written from their public documentation and not
 * from Luoshi's sender (no code shared):
 * - 钉钉 (open.dingtalk.com 自定义机器人安全设置, 加签): the address carries `timestamp` (ms) and `sign`; the
 *   receiver computes Base64(HmacSHA256(key = secret, message = timestamp + "\n" + secret)) and compares it
 *   with the URL-decoded `sign`; the timestamp must be within one hour. Wrong → errcode 310000 "sign not
 *   match". Over 20 messages a minute → errcode 410100 "send too fast".
 * - 企业微信 (群机器人配置说明): `key` in the address; markdown.content at most 4096 bytes (errcode 40058);
 *   a wrong key → errcode 93000; over 20 a minute → errcode 45009.
 * - 飞书 (自定义机器人使用指南, 签名校验): the body carries `timestamp` (s) and `sign`; the receiver computes
 *   Base64(HmacSHA256(key = timestamp + "\n" + secret, message = "")); wrong or over an hour old → code 19021.
 *   Over 100 a minute → code 9499.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedMessage {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The message text as a group member would read it. */
  text: string;
  accepted: boolean;
  answer: unknown;
}

export interface ReceiverRobot {
  kind: 'dingtalk' | 'wecom' | 'feishu';
  /** 钉钉 / 飞书: the secret the vendor gave; 企业微信: the key. */
  secret: string;
  /** Answer HTTP 5xx to this many requests first (the vendor's server failing). */
  failFirst?: number;
}

export interface RobotReceiver {
  url(path: string): string;
  add(path: string, robot: ReceiverRobot): void;
  received(path: string): ReceivedMessage[];
  close(): Promise<void>;
}

const perMinute = { dingtalk: 20, wecom: 20, feishu: 100 } as const;

function hmacBase64(key: string, message: string): string {
  return createHmac('sha256', Buffer.from(key, 'utf8')).update(Buffer.from(message, 'utf8')).digest('base64');
}

function textOf(kind: ReceiverRobot['kind'], body: Record<string, unknown>): string {
  if (kind === 'feishu') {
    const card = body['card'] as { elements?: Array<{ text?: { content?: string } }> } | undefined;
    return (card?.elements ?? []).map((e) => e.text?.content ?? '').join('\n');
  }
  const md = body['markdown'] as { text?: string; content?: string } | undefined;
  return (kind === 'dingtalk' ? md?.text : md?.content) ?? '';
}

function judge(
  robot: ReceiverRobot,
  query: URLSearchParams,
  body: Record<string, unknown>,
  now: number,
  text: string,
) {
  if (robot.kind === 'dingtalk') {
    const timestamp = query.get('timestamp') ?? '';
    const sign = query.get('sign') ?? '';
    const fresh = Math.abs(now - Number(timestamp)) < 3_600_000;
    if (!fresh || sign !== hmacBase64(robot.secret, `${timestamp}\n${robot.secret}`))
      return { errcode: 310000, errmsg: 'sign not match' };
    return { errcode: 0, errmsg: 'ok' };
  }
  if (robot.kind === 'wecom') {
    if (query.get('key') !== robot.secret) return { errcode: 93000, errmsg: 'invalid webhook url' };
    if (Buffer.byteLength(text, 'utf8') > 4096)
      return { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' };
    return { errcode: 0, errmsg: 'ok' };
  }
  const timestamp = String(body['timestamp'] ?? '');
  const fresh = Math.abs(now / 1000 - Number(timestamp)) < 3600;
  if (!fresh || body['sign'] !== hmacBase64(`${timestamp}\n${robot.secret}`, ''))
    return { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' };
  return { code: 0, msg: 'success', data: {} };
}

/** Starts the receiver; `now` is the clock the vendor would compare timestamps with. */
export async function startRobotReceiver(now: () => number): Promise<RobotReceiver> {
  const robots = new Map<string, ReceiverRobot & { served: number; times: number[] }>();
  const log: ReceivedMessage[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const robot = robots.get(url.pathname);
      if (!robot) return res.writeHead(404).end();
      robot.served++;
      if (robot.failFirst && robot.served <= robot.failFirst) return res.writeHead(502).end('bad gateway');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const text = textOf(robot.kind, body);
      const at = now();
      robot.times = robot.times.filter((t) => t > at - 60_000);
      let answer: Record<string, unknown>;
      if (robot.times.length >= perMinute[robot.kind])
        answer =
          robot.kind === 'dingtalk'
            ? { errcode: 410100, errmsg: 'send too fast' }
            : robot.kind === 'wecom'
              ? { errcode: 45009, errmsg: 'api freq out of limit' }
              : { code: 9499, msg: 'Too Many Requests' };
      else answer = judge(robot, url.searchParams, body, at, text);
      robot.times.push(at);
      const accepted = answer['errcode'] === 0 || answer['code'] === 0;
      log.push({ path: url.pathname, query: url.searchParams, body, text, accepted, answer });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  // Idle sockets kept for a minute: the sender's kept-alive connections are not closed under it between tests.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    add: (path, robot) => robots.set(path, { ...robot, served: 0, times: [] }),
    received: (path) => log.filter((m) => m.path === path),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
