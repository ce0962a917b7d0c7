import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { styleSentences } from './item-style-body.js';

describe("an enumerated point's title does not decide its item's style (issue 19, tenth pass)", () => {
  it('leaves out the title sentence of a point with a body', () => {
    expect(styleSentences(['二要壮大县域商贸。', '新建乡镇商贸中心5个。', '完善农村寄递网络。'])).toEqual([
      '新建乡镇商贸中心5个。',
      '完善农村寄递网络。',
    ]);
    expect(styleSentences(['要压实各方责任。', '推进项目。'])).toEqual(['要压实各方责任。', '推进项目。']);
  });

  it("splits a report's point into its measures when the paragraph breaks are lost", () => {
    const text = [
      '一、2031年重点工作',
      '（一）繁荣城乡消费',
      '围绕扩大内需，抓好两方面工作。一要壮大县域商贸。新建乡镇商贸中心5个。完善农村寄递网络。培育直播电商企业20家。二要提升文旅品质。实施古镇保护提升工程。创建省级旅游度假区1个。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text.slice(0, 4));
    expect(tasks).toEqual(['围绕扩大', '新建乡镇', '完善农村', '培育直播', '实施古镇', '创建省级']);
  });
});
