import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { isReportStyle, opensMeasure } from './report-measures.js';

describe("each measure of a report's item is a task (issue 19, sixth pass)", () => {
  it('an item without 要 is in report style; a sentence opened by a verb of action is a measure', () => {
    expect(isReportStyle('全年实施重点项目90个。加快推进滨江大道改造工程。')).toBe(true);
    expect(isReportStyle('各镇要压实责任。加快推进项目。')).toBe(false);
    expect(isReportStyle('要求各镇按月报送进度。')).toBe(true);
    expect(opensMeasure('加快推进滨江大道改造工程，年底前建成通车。')).toBe(true);
    expect(opensMeasure('6月底前完成农贸市场改造5个。')).toBe(true);
    expect(opensMeasure('这是全区的头等大事。')).toBe(false);
  });

  it("a report's item gives one task per measure; a speech's item keeps its explanation with the directive", () => {
    const report = extractDocument(
      '一、重点工作\n（一）扩大有效投资。全年实施重点项目90个，完成投资150亿元。加快推进滨江大道改造工程，年底前建成通车。',
      { meetingDate: '2025-01-10' },
    );
    expect(report.tasks.map((t) => t.text.slice(0, 4))).toEqual(['全年实施', '加快推进']);
    const speech = extractDocument(
      '一、重点工作\n（一）扩大有效投资。要全力抓好项目建设。加快推进滨江大道改造工程，年底前建成通车。',
      { meetingDate: '2025-01-10' },
    );
    expect(speech.tasks).toHaveLength(1);
  });

  it('more verbs of a report open a measure (seventh pass): 健全, 全力以赴, 盘活, 腾退, 抢抓, 招引, 新认定, 围绕…, 重点实施…', () => {
    for (const sentence of [
      '健全企业服务专员制度。',
      '全力以赴争取中央预算内资金。',
      '盘活闲置楼宇5万平方米。',
      '腾退低效用地300亩。',
      '抢抓数字经济发展机遇。',
      '招引科技型中小企业80家。',
      '新认定高新技术企业60家。',
      '围绕新材料产业链，引进配套企业10家。',
      '重点实施老城区更新“三大工程”。',
    ])
      expect(opensMeasure(sentence)).toBe(true);
    expect(opensMeasure('重点是抓好项目。')).toBe(false);
    const report = extractDocument(
      '一、重点工作\n（一）壮大产业。招引科技型中小企业80家。健全企业服务专员制度。腾退低效用地300亩。',
      { meetingDate: '2025-01-10' },
    );
    expect(report.tasks.map((t) => t.text.slice(0, 2))).toEqual(['招引', '健全', '腾退']);
  });
});
