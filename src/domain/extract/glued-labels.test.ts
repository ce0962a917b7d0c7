import { describe, expect, it } from 'vitest';
import { gluedLabelStarts, splitGluedLabels } from './glued-labels.js';
import { extractDocument } from './index.js';

const line = (text: string) => ({ text, map: [...text].map((_c, i) => i) });

describe('labelled list lines pasted without their line breaks (issue 19, fifth pass)', () => {
  const joined =
    '三、2027年重点工作产业：实施制造业重点技改项目60个，新增规上工业企业40家消费：开展“惠民消费季”活动，发放消费券5000万元城建：完成城中村改造3个，新建城市公园5座分享到：微信 微博';

  it('a run of three or more glued labels opens an item each; the share line is cut off', () => {
    expect(splitGluedLabels(line(joined)).map((p) => p.text)).toEqual([
      '三、2027年重点工作',
      '产业：实施制造业重点技改项目60个，新增规上工业企业40家',
      '消费：开展“惠民消费季”活动，发放消费券5000万元',
      '城建：完成城中村改造3个，新建城市公园5座',
      '分享到：微信 微博',
    ]);
  });

  it('drafts one task per item with its targets', () => {
    const result = extractDocument(`二、2027年主要预期目标地区生产总值增长6%左右${joined}`, {
      meetingDate: '2027-01-10',
    });
    const texts = result.tasks.map((t) => t.text);
    expect(texts.some((t) => t.startsWith('产业：'))).toBe(true);
    expect(texts.some((t) => t.startsWith('城建：'))).toBe(true);
    expect(result.tasks.flatMap((t) => t.targets).some((t) => t.value === 5 && t.unit === '座')).toBe(true);
  });

  it('leaves alone a colon after a punctuation mark, a lone label, or labels around a sentence end', () => {
    expect(gluedLabelStarts('会议指出：要抓好项目建设，推动高质量发展。')).toEqual([]);
    expect(gluedLabelStarts('发布时间：2027-01-10 字号：大 中 小要点如下：一、回顾')).toEqual([]);
    expect(
      gluedLabelStarts('产业：实施技改项目。要加快转型消费：开展活动。要扩大内需城建：完成改造。'),
    ).toEqual([]);
  });
});
