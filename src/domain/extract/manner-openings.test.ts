import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { afterManner, opensMannerMeasure } from './manner-openings.js';

const plain = (s: string): boolean => /^(?:推进|实施|落实|布局|发挥|推动)/.test(s);

describe('opensMannerMeasure', () => {
  it('reads a manner word, a renewal verb or a slogan before the verb as a measure', () => {
    expect(opensMannerMeasure('精准落实助企政策。', plain)).toBe(true);
    expect(opensMannerMeasure('迭代实施“百场千企”行动。', plain)).toBe(true);
    expect(opensMannerMeasure('一体布局检测中心和中试基地。', plain)).toBe(true);
    expect(opensMannerMeasure('激活乡村消费。', plain)).toBe(true);
    expect(opensMannerMeasure('新改建乡村道路80公里。', plain)).toBe(true);
    expect(opensMannerMeasure('“一园一策”推动园区提质。', plain)).toBe(true);
    expect(opensMannerMeasure('“育引用”并举推动人才集聚。', plain)).toBe(true);
  });
  it('reads two manner words before the verb', () => {
    expect(opensMannerMeasure('高效精准落实帮扶政策。', plain)).toBe(true);
    expect(opensMannerMeasure('高效精准的服务广受好评。', plain)).toBe(false);
  });
  it('leaves a sentence that states, defines or opens with a noun', () => {
    expect(opensMannerMeasure('“一园一策”是园区管理的基本方法。', plain)).toBe(false);
    expect(opensMannerMeasure('科学技术是第一生产力。', plain)).toBe(false);
    expect(opensMannerMeasure('产业发展势头良好。', plain)).toBe(false);
    expect(opensMannerMeasure('充分的准备是成功的一半。', plain)).toBe(false);
  });
});

describe("a report's item whose measures open with a manner word", () => {
  const lead = '二、2031年重点工作\n（一）着力稳住经济大盘\n';
  const body =
    '扩大有效投资。加力实施专项债券项目，安排县级资金8亿元。精准落实助企政策，为企业减负3亿元以上。迭代升级“雏鹰”计划，支持企业挂牌。“一园一策”推动园区提质，新建标准厂房10万平方米。';
  for (const [i, pad] of [
    '',
    '统筹推进各项工作。',
    '今年是规划开局之年。做好今年工作，意义重大。',
  ].entries()) {
    it(`drafts each of them as a task of its own (offset ${String(i)})`, () => {
      const text = lead + body.replace('扩大有效投资。', `扩大有效投资。${pad}`);
      const texts = extractDocument(text, { meetingDate: '2031-01-20' }).tasks.map((t) => t.text);
      for (const start of [
        '加力实施专项债券',
        '精准落实助企政策',
        '迭代升级“雏鹰”计划',
        '“一园一策”推动园区提质',
      ])
        expect(texts.some((t) => t.startsWith(start))).toBe(true);
    });
  }
});

describe('a measure opened by how it is done (issue 19, fifteenth pass)', () => {
  it('reads past a manner word', () => {
    expect(afterManner('高效办理施工许可。')).toBe('办理施工许可。');
    expect(afterManner('全链条提升冷链服务。')).toBe('提升冷链服务。');
    expect(afterManner('重点推动园区扩容。')).toBe('推动园区扩容。');
    expect(afterManner('营商环境持续优化。')).toBeNull();
  });

  it("splits a report's paragraph at a measure opened by a manner word", () => {
    const text = [
      '一、2031年重点工作',
      '（一）优化营商环境',
      '深化审批制度改革，推行承诺制。全链条提升冷链物流服务水平，降低流通成本。高质量建设企业服务中心，推动政策直达。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text.slice(0, 4));
    expect(tasks).toEqual(['深化审批', '全链条提', '高质量建']);
  });
});
