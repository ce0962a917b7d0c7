import { describe, expect, it } from 'vitest';
import { judgeAnswer } from './answers';
import {
  cutToBytes,
  planMessages,
  renderMessage,
  renderNotice,
  utf8Bytes,
  type RobotNotice,
} from './messages';
import { maskedAddress, retryDelayMs } from './vendors';

const notice = (over: Partial<RobotNotice> = {}): RobotNotice => ({
  title: '任务亮红灯：优化营商环境',
  body: '原因：已逾期。请抓紧推进。',
  taskCode: 'RW-2026-001',
  taskTitle: '优化营商环境',
  light: 'red',
  link: 'https://luoshi.example.gov.cn/tasks/0190',
  ...over,
});

describe('robot messages', () => {
  it('carry the task code, title, the light in words and the link', () => {
    const text = renderMessage([notice()], 4000);
    expect(text).toContain('【落实】');
    expect(text).toContain('RW-2026-001 优化营商环境');
    expect(text).toContain('亮灯：红灯');
    expect(text).toContain('[查看详情](https://luoshi.example.gov.cn/tasks/0190)');
  });

  it('cut a long body with "…" within the byte limit and keep the link whole', () => {
    const text = renderMessage([notice({ body: '很长的说明'.repeat(2000) })], 4096);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(4096);
    expect(text).toContain('…');
    expect(text.endsWith('[查看详情](https://luoshi.example.gov.cn/tasks/0190)')).toBe(true);
    expect(renderNotice(notice({ title: '题'.repeat(3000) }), 500).endsWith('/tasks/0190)')).toBe(true);
  });

  it('never split a character when cutting', () => {
    expect(cutToBytes('落实落实', 7)).toBe('落…');
    expect(cutToBytes('abc', 3)).toBe('abc');
  });

  it('merge notices evenly when the rate is spent, and leave the rest waiting', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    const plan = planMessages(items, 20, 13);
    expect(plan.length).toBeLessThanOrEqual(20);
    expect(plan.flat()).toEqual(items);
    expect(planMessages(items, 30, 13)).toHaveLength(25);
    expect(planMessages(items, 1, 10).flat()).toEqual(items.slice(0, 10));
    const merged = renderMessage([notice(), notice({ taskCode: 'RW-2026-002' })], 4000);
    expect(merged).toContain('2 条通知');
    expect(merged).toContain('RW-2026-002');
  });

  it('mask the secret part of an address', () => {
    expect(maskedAddress('https://oapi.dingtalk.com/robot/send?access_token=abcdef123456')).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=****3456',
    );
    expect(maskedAddress('https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07')).toBe(
      'https://open.feishu.cn/open-apis/bot/v2/hook/****4a07',
    );
  });

  it('retry with growing waits', () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(3)).toBe(240_000);
    expect(retryDelayMs(20)).toBe(30 * 60_000);
  });
});

describe('vendor answers', () => {
  it('read success, rate limits, busy servers and refusals per vendor', () => {
    expect(judgeAnswer('dingtalk', 200, '{"errcode":0,"errmsg":"ok"}').outcome).toBe('sent');
    expect(judgeAnswer('dingtalk', 200, '{"errcode":410100,"errmsg":"send too fast"}')).toMatchObject({
      outcome: 'retry',
      rateLimited: true,
    });
    expect(judgeAnswer('dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}')).toMatchObject({
      outcome: 'failed',
      code: 310000,
    });
    expect(judgeAnswer('wecom', 200, '{"errcode":45009,"errmsg":"api freq out of limit"}').outcome).toBe(
      'retry',
    );
    expect(judgeAnswer('wecom', 200, '{"errcode":93000,"errmsg":"invalid webhook url"}').reason).toContain(
      'key',
    );
    expect(judgeAnswer('feishu', 200, '{"code":0,"msg":"success","data":{}}').outcome).toBe('sent');
    expect(judgeAnswer('feishu', 200, '{"code":19021,"msg":"sign match fail"}').outcome).toBe('failed');
    expect(judgeAnswer('feishu', 200, '{"code":9499,"msg":"Too Many Requests"}').rateLimited).toBe(true);
    expect(judgeAnswer('feishu', 502, 'bad gateway').outcome).toBe('retry');
    expect(judgeAnswer('wecom', 0, '').outcome).toBe('retry');
    expect(judgeAnswer('wecom', 404, '').outcome).toBe('failed');
  });
});
