import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { isItemTitleSentence, isTitleOnlySentence } from './title-sentence.js';

const taskTexts = (text: string) =>
  extractDocument(text, { meetingDate: '2025-12-26' }).tasks.map((t) => t.text);

describe('the title sentence of a heading is no task of its own', () => {
  it('a short phrase closed by 。 with a body after it names the section', () => {
    expect(isTitleOnlySentence('坚定不移抓产业升级', '。', true)).toBe(true);
    expect(isTitleOnlySentence('要稳定扩大就业', '。', true)).toBe(true);
  });

  it('a punctuated, figured or lone first sentence stays a directive', () => {
    expect(isTitleOnlySentence('抓调整，促进发展', '。', true)).toBe(false);
    expect(isTitleOnlySentence('新建学校3所', '。', true)).toBe(false);
    expect(isTitleOnlySentence('坚定不移抓产业升级', '。', false)).toBe(false);
    expect(isTitleOnlySentence('坚定不移抓产业升级', '，', true)).toBe(false);
  });

  it('drafts the body, not the title, of run-in and heading-line subsections', () => {
    const text = [
      '一、抓发展',
      '（一）坚定不移抓产业升级。要实施技术改造。要培育新兴产业。',
      '（二）千方百计保障和改善民生。',
      '要落实援企稳岗政策。要推进集团化办学。',
    ].join('\n');
    expect(taskTexts(text)).toEqual([
      '要实施技术改造。',
      '要培育新兴产业。',
      '要落实援企稳岗政策。',
      '要推进集团化办学。',
    ]);
  });

  it('numbered one-sentence items of a list stay tasks (the next paragraph is a sibling)', () => {
    const text = ['一、抓发展', '1.加快项目建设。', '2.优化营商环境。'].join('\n');
    expect(taskTexts(text)).toEqual(['加快项目建设。', '优化营商环境。']);
  });
});

describe('the title sentence of an enumerated item with a body (issue 19, third pass)', () => {
  it('第一，壮大先进制造业。 before its body names the item; a lone or argued item stays', () => {
    expect(isItemTitleSentence('第一，壮大先进制造业。', true, true)).toBe(true);
    expect(isItemTitleSentence('第一，壮大先进制造业。', true, false)).toBe(false);
    expect(isItemTitleSentence('一是加强组织领导，明确责任。', true, true)).toBe(false);
    expect(isItemTitleSentence('要实施智能化改造项目30个。', false, true)).toBe(false);
  });

  it('drafts the body of the items under a deep subsection, not their titles', () => {
    const text =
      '一、抓产业\n（一）着力建设现代化产业体系。第一，壮大先进制造业。制造业是我区的根基。要实施智能化改造项目30个。第二，发展现代服务业。要培育省级服务业集聚区2个。';
    expect(taskTexts(text)).toEqual(['要实施智能化改造项目30个。', '要培育省级服务业集聚区2个。']);
  });
});

describe('a heading line that is only its title sentence (issue 19, fifth pass)', () => {
  it('drafts no task even with two phrases, its body following in the next paragraph', () => {
    expect(isTitleOnlySentence('突出重点工作，奋力冲刺全年目标', '。', true, true)).toBe(true);
    expect(isTitleOnlySentence('突出重点工作，奋力冲刺全年目标', '。', true, false)).toBe(false);
    const text = [
      '同志们：',
      '一要突出重点工作，奋力冲刺全年目标。',
      '下阶段，发改等部门要逐条逐项查找短板指标，采取有效措施。',
      '二要压实工作责任，确保任务落地。',
      '各级各部门要层层分解任务。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2019-10-28' }).tasks.map((t) => t.text);
    expect(tasks.some((t) => t.includes('奋力冲刺全年目标'))).toBe(false);
    expect(tasks.some((t) => t.includes('逐条逐项查找短板指标'))).toBe(true);
  });
});
