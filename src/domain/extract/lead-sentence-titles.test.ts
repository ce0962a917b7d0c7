import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { leadSentenceTitleLength } from './lead-sentence-titles.js';

describe("a part title run on into its lead's year sentence (issue 19, fifteenth pass)", () => {
  it('ends the title before …年是', () => {
    expect(leadSentenceTitleLength('乘势而上开新局，奋力夺取新胜利2031年是关键之年')).toBe(15);
    expect(leadSentenceTitleLength('凝心聚力开新局今年是攻坚之年')).toBe(7);
    expect(leadSentenceTitleLength('扎实做好明年各项工作')).toBeNull();
    expect(leadSentenceTitleLength('今年是关键之年')).toBeNull();
  });

  it('titles the part without its lead when the paragraphs are joined', () => {
    const text = [
      '各位代表！让我们携手奋进，共创美好未来！',
      '三、乘势而上开新局，奋力夺取新胜利',
      '2031年是“十六五”开局之年。全县主要预期目标是：地区生产总值增长6%左右。',
      '（一）着力扩大有效需求，增强发展动力。坚持扩大内需。',
      '提振消费。举办消费季活动20场。',
      '（二）着力发展特色产业，加快转型升级。坚持创新驱动。',
      '培育新兴产业。新增高新技术企业30家。',
    ].join('');
    const sections = extractDocument(text, { meetingDate: '2031-02-01' }).sections;
    expect(sections.filter((s) => s.level === 1).map((s) => s.title)).toEqual([
      '乘势而上开新局，奋力夺取新胜利',
    ]);
  });
});

describe('a part title run on into a long first sentence of its lead (issue 19, seventeenth pass)', () => {
  it('keeps the whole slogan when the year sentence runs past sixty characters', () => {
    const text = [
      '（四）守护青山绿水，建设生态宜居新家园。',
      '五年间，要突出抓降碳、治污、增绿，推动生产生活方式绿色转型。',
      '三、鼓足干劲再出发，奋力推动“十六五”开好头、起好步',
      '2031年是“十六五”开局之年，也是承前启后、乘势而上的关键一年，做好今年工作责任重大。我们将扭住发展不放松。',
      '（一）着力扩大有效需求，增强发展动力。坚持扩大内需。',
      '提振消费。举办消费季活动20场。',
      '（二）着力发展特色产业，加快转型升级。坚持创新驱动。',
      '培育新兴产业。新增高新技术企业30家。',
    ].join('');
    const sections = extractDocument(text, { meetingDate: '2031-02-01' }).sections;
    expect(sections.filter((s) => s.number === '三').map((s) => s.title)).toEqual([
      '鼓足干劲再出发，奋力推动“十六五”开好头、起好步',
    ]);
  });
});
