import { describe, expect, it } from 'vitest';
import { cutGluedPageMarks, gluedPageMarks } from './glued-page-marks.js';
import { extractDocument } from './index.js';

const line = (text: string) => ({ text, map: [...text].map((_c, i) => i) });

describe('page marks of a sharing site left inside joined lines (issue 19, fifth pass)', () => {
  const joined =
    '1、在区政府全体会议上的讲话 同志们：今天我们召开政府工作会，全力做好工作，奋力开创我区高端2、绿色崛起新局面。下面，我讲三点看法。一、巩固扩大成果。我们要把成果总结提升。第一，要巩固扩大“基本无违法建设城区”重大成果。疏解功能是治理的关键。在疏3、解非首都功能上持续用力';

  it('cuts 2、 3、 in order and the 1、 of the first page, in a sharing-site copy only', () => {
    const cut = cutGluedPageMarks(line(joined), true).text;
    expect(cut).toContain('我区高端绿色崛起新局面');
    expect(cut).toContain('在疏解非首都功能');
    expect(cut.startsWith('在区政府全体会议上的讲话')).toBe(true);
    expect(cutGluedPageMarks(line(joined), false).text).toBe(joined);
  });

  it('leaves a lone mark, marks out of order, and marks right after a sentence end', () => {
    expect(gluedPageMarks('要加快建设地铁2、号线，推动交通发展。')).toEqual([]);
    expect(gluedPageMarks('推进开放3、深化改革2、加强领导')).toEqual([]);
    expect(gluedPageMarks('要抓好项目。2、抓环境。3、抓民生')).toEqual([]);
  });

  it('finds the subsection once the marks are cut from a joined sharing-site copy', () => {
    const text = `《在区政府全体会议上的讲话.docx》由会员分享，可在线阅读。${joined}`;
    const titles = extractDocument(text, { meetingDate: '2019-02-20' }).sections.map((s) => s.title);
    expect(titles.some((t) => t.includes('基本无违法建设城区'))).toBe(true);
  });
});
