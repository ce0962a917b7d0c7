import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';

/** A PDF-like copy: the text cut every `width` characters. */
const hardWrap = (text: string, width: number): string =>
  (text.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []).join('\n');

describe('the first line of a wrapped copy that starts with its text is no title', () => {
  const text =
    '今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%以上，社会消费品零售总额增长6%，城镇新增就业1.2万人以上。围绕上述目标，我们将坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，推动经济实现质的有效提升和量的合理增长，奋力谱写现代化建设新篇章。全区各级各部门要对照目标任务，逐项细化分解，压实工作责任，确保各项目标按期完成。';

  it('its targets are found as in the unwrapped text', () => {
    const wrapped = extractDocument(hardWrap(text, 30), { meetingDate: '2026-01-10' });
    const plain = extractDocument(text, { meetingDate: '2026-01-10' });
    expect(wrapped.tasks.flatMap((t) => t.targets.map((x) => x.raw))).toEqual(
      plain.tasks.flatMap((t) => t.targets.map((x) => x.raw)),
    );
    expect(wrapped.document.title).toBe('');
  });

  it('a short title above wrapped text stays the title', () => {
    const result = extractDocument(`某区2026年政府工作报告\n${hardWrap(text, 30)}`, {
      meetingDate: '2026-01-10',
    });
    expect(result.document.title).toBe('某区2026年政府工作报告');
    expect(result.tasks.flatMap((t) => t.targets).length).toBe(5);
  });
});
