import { describe, expect, it } from 'vitest';
import { splitGluedParts } from './glued-parts.js';
import { extractDocument } from './index.js';
import { isPartTitle } from './part-titles.js';

const mapped = (text: string) => ({ text, map: [...text].map((_, i) => i) });

describe('part titles led by their verb (issue 19, eighth pass)', () => {
  it('回顾2024年工作成果, 展望2025年工作目标 are part titles; a sentence is not', () => {
    expect(isPartTitle('回顾2024年工作成果')).toBe(true);
    expect(isPartTitle('展望2025年工作目标')).toBe(true);
    expect(isPartTitle('展望新的一年发展蓝图')).toBe(true);
    expect(isPartTitle('回顾过去一年，我们倍感振奋')).toBe(false);
    expect(isPartTitle('展望2025年，任务艰巨')).toBe(false);
  });

  it('glued between two sentences it becomes a paragraph again; a clause’s subject does not', () => {
    const parts = splitGluedParts(
      mapped('社会事业全面进步。展望2025年工作目标2025年，我们将确保GDP增长7%。'),
    );
    expect(parts.map((p) => p.text)).toEqual([
      '社会事业全面进步。',
      '展望2025年工作目标',
      '2025年，我们将确保GDP增长7%。',
    ]);
    const kept = '我们倍感振奋。展望2025年发展目标的实现，任务艰巨。';
    expect(splitGluedParts(mapped(kept)).map((p) => p.text)).toEqual([kept]);
  });

  it('the review part drafts nothing, the plan part its lines', () => {
    const text = [
      '各位代表：',
      '回顾2024年工作成果',
      '经济发展稳中向好，全县GDP增长6%。',
      '展望2025年工作目标',
      '经济高质量发展，确保GDP增长7%。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2025-01-20' });
    expect(result.sections.map((s) => `${s.title}:${s.kind}`)).toEqual([
      '回顾2024年工作成果:review',
      '展望2025年工作目标:plan',
    ]);
    expect(result.tasks.map((t) => t.text)).toEqual(['经济高质量发展，确保GDP增长7%。']);
  });
});
