import { describe, expect, it } from 'vitest';
import { splitGluedParts } from './glued-parts.js';
import { extractDocument } from './index.js';

const line = (text: string) => ({ text, map: [...text].map((_c, i) => i) });

describe('part titles glued between sentences when the line breaks were lost (issue 19, fifth pass)', () => {
  const joined =
    '尊敬的各位领导：我代表全区干部群众汇报工作。2023年工作回顾1. 城市建设日新月异，我们加快推进城市更新，全年完成XX个重点项目建设。2. 社会事业全面发展，新建学校XX所。2024年工作展望1. 坚持高质量发展，我们将加大科技创新力度，力争全年实现地区生产总值增长XX%。2. 加强城市治理，我们将继续推进城市更新。';

  it('the title before a numbered list becomes a paragraph of its own', () => {
    const parts = splitGluedParts(line(joined)).map((p) => p.text);
    expect(parts).toContain('2023年工作回顾');
    expect(parts).toContain('2024年工作展望');
    expect(parts.some((p) => p.startsWith('1. 坚持高质量发展'))).toBe(true);
  });

  it('leaves a part word that no numbered list follows', () => {
    const text = '会议部署了今年重点工作。要抓好项目建设。';
    expect(splitGluedParts(line(text)).map((p) => p.text)).toEqual([text]);
  });

  it('finds the parts and their numbered items, and the review drafts nothing', () => {
    const result = extractDocument(joined, { meetingDate: '2024-01-15' });
    expect(result.sections.filter((s) => s.level === 1).map((s) => s.title)).toEqual([
      '2023年工作回顾',
      '2024年工作展望',
    ]);
    expect(result.sections.filter((s) => s.level === 2)).toHaveLength(4);
    expect(result.tasks.flatMap((t) => t.targets)).toHaveLength(1);
  });
});
