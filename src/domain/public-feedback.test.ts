import { describe, expect, it } from 'vitest';
import {
  canDecideFeedback,
  canTaskBePublic,
  isTaskPublic,
  normaliseReceipt,
  receiptFromBytes,
  redactPersonalData,
} from './public-feedback';

describe('public disclosure and feedback rules', () => {
  it('makes a task public only by an explicit mark', () => {
    expect(isTaskPublic('none', ['a'], 'a')).toBe(false);
    expect(isTaskPublic('all', [], 'a')).toBe(true);
    expect(isTaskPublic('chosen', ['a'], 'a')).toBe(true);
    expect(isTaskPublic('chosen', ['b'], 'a')).toBe(false);
  });

  it('shows only tasks at work or done', () => {
    expect(canTaskBePublic('in_progress')).toBe(true);
    expect(canTaskBePublic('completed')).toBe(true);
    for (const s of ['draft', 'suspended', 'cancelled'] as const) expect(canTaskBePublic(s)).toBe(false);
  });

  it('lets a pending message go any way, a case only to an answer, and nothing after', () => {
    for (const d of ['case', 'answer', 'close'] as const) expect(canDecideFeedback('pending', d)).toBe(true);
    expect(canDecideFeedback('case', 'answer')).toBe(true);
    expect(canDecideFeedback('case', 'close')).toBe(false);
    expect(canDecideFeedback('case', 'case')).toBe(false);
    for (const d of ['case', 'answer', 'close'] as const) {
      expect(canDecideFeedback('answered', d)).toBe(false);
      expect(canDecideFeedback('closed', d)).toBe(false);
    }
  });

  it('formats and normalises receipt codes', () => {
    const code = receiptFromBytes(new Uint8Array(16).map((_, i) => i * 7));
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(normaliseReceipt(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseReceipt('ABCD-EFGH-JKMN-PQR0')).toBeNull();
    expect(normaliseReceipt('short')).toBeNull();
    expect(() => receiptFromBytes(new Uint8Array(8))).toThrow();
  });

  it('removes ID numbers, phones and e-mail addresses from a message', () => {
    const text =
      '我叫张三，身份证110101199003071234，电话 138 0013 8000 或 0371-66668888，邮箱 zs@example.com，路灯坏了三个月。';
    const out = redactPersonalData(text);
    expect(out).not.toMatch(/110101199003071234|13800138000|138 0013 8000|66668888|zs@example\.com/);
    expect(out).toContain('［身份证号已隐去］');
    expect(out).toContain('［电话已隐去］');
    expect(out).toContain('［邮箱已隐去］');
    expect(out).toContain('路灯坏了三个月');
    expect(redactPersonalData('完成率 85%，投资 1200 万元')).toBe('完成率 85%，投资 1200 万元');
  });
});
