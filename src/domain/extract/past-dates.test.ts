import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { namesOnlyThePast } from './past-dates.js';

describe('sentences dated only before the meeting report the past', () => {
  it('a year before the meeting is past; this year, next year and a month ahead are not', () => {
    expect(namesOnlyThePast('2025年，全区经济运行总体平稳，地区生产总值增长5.2%。', '2026-02-10')).toBe(true);
    expect(namesOnlyThePast('今年要新增就业4200人。', '2026-02-10')).toBe(false);
    expect(namesOnlyThePast('2026年，全区要新增就业4200人。', '2026-02-10')).toBe(false);
    expect(namesOnlyThePast('6月底前完成走访。', '2026-02-10')).toBe(false);
    expect(namesOnlyThePast('全区经济运行总体平稳。', '2026-02-10')).toBe(false);
  });

  it('a section of last year’s figures and a sentence of situation drafts nothing, and its numbers are no targets', () => {
    const text = [
      '一、坚定信心，准确把握形势',
      '2025年，全区经济运行总体平稳，地区生产总值达到XX亿元，增长5.2%。全区现有规上工业企业326家。今年的形势依然复杂，我们对此要有清醒的认识。',
      '二、全力完成今年目标任务',
      '要新增城镇就业4200人。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2026-02-10' });
    expect(result.tasks.map((t) => t.text)).toEqual(['要新增城镇就业4200人。']);
  });

  it('an announcement that ends at its colon drafts no task of its own', () => {
    const text =
      '一、全力完成今年目标任务\n围绕这些目标，重点抓好以下工作：\n第一，要狠抓工业。要新增企业30家。要扩大投资。\n第二，要狠抓招商。要引进项目25个。要优化环境。';
    const tasks = extractDocument(text, { meetingDate: '2026-02-10' }).tasks.map((t) => t.text);
    expect(tasks.some((t) => t.includes('以下工作'))).toBe(false);
    expect(tasks).toHaveLength(4);
  });
});
