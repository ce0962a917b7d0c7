import { describe, expect, it } from 'vitest';
import { gluedYearParts } from './year-part-titles.js';
import { extractDocument } from './index.js';

const joined =
  '只要团结奋斗，就一定能实现目标。2031年重点工作今年是规划实施的关键一年。主要预期目标是：全镇生产总值增长6%左右。（一）做强特色农业推动果蔬加工提质。新建冷库12座。';

describe('gluedYearParts', () => {
  it('finds a year-led part title between two sentences when a numbered heading follows', () => {
    expect(gluedYearParts(joined).map((m) => m[0])).toEqual(['2031年重点工作']);
  });
  it('leaves a title that is a clause subject, or a part with no numbered heading after it', () => {
    expect(gluedYearParts('会议强调。2031年重点工作任务已经明确。（一）要抓落实。')).toEqual([]);
    expect(gluedYearParts('会议强调。2031年重点工作要抓早抓实。（一）要抓落实。')).toEqual([]);
    expect(gluedYearParts('会议强调。2031年重点工作今年更要抓实。各部门要落实。')).toEqual([]);
  });
});

describe('a joined report excerpt', () => {
  it('heads its part by the glued year title', () => {
    const result = extractDocument(joined, { meetingDate: '2031-02-10' });
    expect(result.sections.map((s) => s.title)).toContain('2031年重点工作');
  });
});
