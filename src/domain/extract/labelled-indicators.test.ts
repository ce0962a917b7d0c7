import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';

const indicators = (text: string) =>
  extractDocument(text, { meetingDate: '2025-03-01' }).tasks.flatMap((t) =>
    t.targets.map((x) => `${x.indicator}=${x.value}${x.unit}`),
  );

describe('a label before a colon names what the target measures (issue 19, eighth pass)', () => {
  it('when the words after the colon name only a change', () => {
    expect(indicators('规上工业增加值：增长8%，责任单位为区经信局；')).toEqual(['规上工业增加值增长=8%']);
    expect(indicators('科技型中小企业：新增30家以上，责任单位为区科技局；')).toEqual([
      '科技型中小企业新增=30家',
    ]);
    // A target that names its own indicator keeps it.
    expect(indicators('投资：工业投资增长12%，责任单位为区发改委；')).toEqual(['工业投资增长=12%']);
  });

  it('a count of indicators is no target', () => {
    const text = [
      '一、12项考核指标设置情况',
      '规上工业增加值：增长8%，责任单位为区经信局；',
      '科技型中小企业：新增30家以上，责任单位为区科技局。',
    ].join('');
    expect(indicators(text).map((s) => s.split('=')[1])).toEqual(['8%', '30家']);
  });
});
