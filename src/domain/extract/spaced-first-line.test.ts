import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { inputSpan } from './spaced-first-line.js';

// A page with its breadcrumb, title and part heading on lines of their own, pasted joined, wrapped every 33
// characters, with half-width punctuation and stray spaces: its first line is cut by the wrap inside 二、…
const lines = [
  '首页 > 范文 > 工作汇报某镇2031年 上半年工作汇报二、下阶段 ',
  '工作重点下半年,我们将紧 紧围绕全年目标任务,坚持 稳中求进,突出项目',
  '建设和 民生改善,重点抓好以下几 个方面的工作。(一)加快项目 建设全力',
  '推进重点项目,确 保全年完成固定资产投资 5亿元。强化要素保障,落实领 ',
  '导包联制度,及时协调解决 项目推进中的困难和问题 ,力争三季度新开工项',
  '目12个 。(二)优化营商环境深化放管 服改革,新增市场主体3000户',
  '。推 行一网通办,提高审批效率 ,让企业和群众办事更加便 捷。(三)保障',
  '改善民生新建幼 儿园2所,改造老旧小区10个。做 好就业、养老、医疗等',
  '工作,切 实兜住兜牢民生底线。',
];

/** A line as normalize.ts gives it: its spaces dropped, each character mapped to its offset in the input. */
function unspaced(input: string): { text: string; map: number[] } {
  const kept = [...input].map((c, i) => ({ c, i })).filter(({ c }) => c !== ' ');
  return { text: kept.map(({ c }) => c).join(''), map: kept.map(({ i }) => i) };
}

describe('inputSpan', () => {
  it('counts the spaces a line held in the input', () => {
    expect(inputSpan(unspaced('首页 > 范文 > 工作汇报某镇上半年工作汇报'))).toBe(23);
  });
  it('keeps the length of a line spaced out letter by letter', () => {
    expect(inputSpan(unspaced('政 府 工 作 报 告'))).toBe(6);
  });
});

describe('a wrapped copy whose first line holds a breadcrumb', () => {
  it('reads the first line as text cut by the wrap, not as the title, and keeps its part heading', () => {
    const result = extractDocument(lines.join('\n'), { meetingDate: '2031-07-10' });
    expect(result.sections[0]?.number).toBe('二');
    expect(result.sections[0]?.title).toMatch(/^下阶段工作重点/);
  });
});
