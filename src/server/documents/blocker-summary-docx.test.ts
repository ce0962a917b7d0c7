import { describe, expect, it } from 'vitest';
import { readBack, seed, squeeze } from './bulletin-docx.fixture';

describe('the bulletin’s blockers section', () => {
  it('follows the problems when the month has blockers, naming the oldest open ones', async () => {
    const { text } = await readBack({
      ...seed,
      blockers: {
        opened: 3,
        cleared: 2,
        avgDaysToClear: 12.5,
        closed: 0,
        stillOpen: 1,
        oldestOpen: [
          {
            title: '二期用地 9 户未签订征收协议',
            subjectName: '智能装备产业园一期',
            ownerUnitName: '高新街道',
            level: 'committee',
            raisedOn: '2024-06-20',
            ageDays: 41,
          },
        ],
      },
    });
    const flat = squeeze(text);
    expect(flat).toContain('（五）项目堵点问题');
    expect(flat).toContain('本期新反映堵点问题3个，解决销号2个，平均解决用时12.5天；截至期末仍有1个未解决。');
    expect(flat).toContain(
      '智能装备产业园一期：二期用地9户未签订征收协议（责任单位：高新街道，当前在常委会/常务会层级）',
    );
    expect(flat.indexOf('项目堵点问题')).toBeLessThan(flat.indexOf('下步工作要求'));
  });
  it('is left out of a bulletin without blockers', async () => {
    expect(squeeze((await readBack(seed)).text)).not.toContain('项目堵点问题');
  });
});
