import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { findLoneFirstPoints } from './lone-point.js';

const titles = (text: string) =>
  extractDocument(text, { meetingDate: '2025-12-20' }).sections.map((s) => `${s.level}${s.title}`);

describe('a lone first point in mid-line whose siblings never come (issue 19, fifth pass)', () => {
  it('…。一要着眼大局抓落实。 with a body of several sentences opens a subsection, flagged uncertain', () => {
    const text =
      '各位委员、同志们：这次全会部署了明年工作。全区各单位要迅速把思想统一到全会精神上来。一要着眼大局抓落实。省委明确了区域发展格局。各单位要着眼全会提出的工作布局，统筹落实好各项任务。既要立足本职，又要加强协同';
    const result = extractDocument(text, { meetingDate: '2025-12-20' });
    expect(result.sections.map((s) => `${s.level}${s.title}`)).toEqual(['1着眼大局抓落实']);
    expect(result.sections[0]?.uncertain).toBe(true);
  });

  it('第一，要… under a numbered heading is a subsection of it', () => {
    const text = [
      '同志们：',
      '一、巩固扩大成果。我们要把来之不易的成果总结提升。第一，要巩固扩大“基本无违法建设城区”重大成果。疏解功能是治理的关键。要坚持减量发展，',
    ].join('\n');
    expect(titles(text)).toEqual(['1巩固扩大成果', '2要巩固扩大“基本无违法建设城区”重大成果']);
  });

  it('stays in its paragraph: a one-sentence requirement, a title with clauses, or a second point later', () => {
    // The body after the title is a single sentence.
    expect(findLoneFirstPoints(['开场。一要着眼大局抓落实。各单位要统筹落实。'])).toEqual(new Map());
    // The title has a clause break other than a comma: an argument, not a title.
    expect(
      findLoneFirstPoints(['开场。一要加强领导；压实责任。各单位要统筹落实。要定期督查。要通报。']),
    ).toEqual(new Map());
    // A title of two parts joined by a comma is still a title (一要突出重点工作，奋力冲刺全年目标。).
    expect(
      findLoneFirstPoints(['开场。一要突出重点工作，奋力冲刺全年目标。要攻坚短板。各部门要查找差距。']),
    ).toEqual(new Map([[0, 3]]));
    // A second point follows in a later paragraph: the pair is a run (or items), decided elsewhere.
    expect(
      findLoneFirstPoints(['开场。一要着眼大局抓落实。各单位要统筹落实。要定期督查。', '二要压实责任。']),
    ).toEqual(new Map());
    // An aspect (一是…) is no requirement.
    expect(findLoneFirstPoints(['开场。一是着眼大局抓落实。各单位要统筹。要督查。'])).toEqual(new Map());
    expect(findLoneFirstPoints(['开场。一要着眼大局抓落实。各单位要统筹落实。要定期督查。'])).toEqual(
      new Map([[0, 3]]),
    );
  });
});
