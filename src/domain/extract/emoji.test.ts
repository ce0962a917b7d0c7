import { describe, expect, it } from 'vitest';
import { stripEmoji } from './emoji.js';
import { extractDocument } from './index.js';

const mapped = (text: string) => ({ text, map: [...text].map((_, i) => i) });

describe('emoji are decoration (issue 19, eighth pass)', () => {
  it('are cut out of a line; ©, ★ and ● stay', () => {
    expect(stripEmoji(mapped('2025年工作安排🎯')).text).toBe('2025年工作安排');
    expect(stripEmoji(mapped('新增就业5000人。📈💪')).text).toBe('新增就业5000人。');
    expect(stripEmoji(mapped('大家好！👋🏻')).text).toBe('大家好！');
    expect(stripEmoji(mapped('★ 重点工作 ● 项目 ©版权所有')).text).toBe('★ 重点工作 ● 项目 ©版权所有');
  });

  it('a part title ending in an emoji still heads its lines, and its plan lines are tasks', () => {
    const text = [
      '各位代表：',
      '2024年工作回顾🏆',
      '全县GDP增长6%，新建学校3所。📈',
      '2025年工作安排🎯',
      '经济稳步增长，确保GDP增长7%。📈',
      '民生持续改善，新建学校5所。🏫',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2025-01-20' });
    expect(result.sections.map((s) => s.title)).toEqual(['2024年工作回顾', '2025年工作安排']);
    expect(result.tasks.map((t) => t.text)).toEqual([
      '经济稳步增长，确保GDP增长7%。',
      '民生持续改善，新建学校5所。',
    ]);
  });
});
