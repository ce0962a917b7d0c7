import { describe, expect, it } from 'vitest';

describe('a month with no published tasks', () => {
  it('says so instead of claiming every task is done', async () => {
    const { buildBulletinDocx: build } = await import('./bulletin-docx');
    const mammoth = (await import('mammoth')).default;
    const empty = {
      districtName: '示范区',
      period: '2024-01',
      asOf: '2024-01-31',
      issuingOffice: '区委区政府督查室',
      issuedDate: '2024-02-01',
      overall: {
        published: 0,
        completed: 0,
        completedOnTime: 0,
        inProgress: 0,
        yellow: 0,
        red: 0,
        completionRate: 0,
      },
      units: [],
      redTasks: [],
      yellowTasks: [],
      overdueRectifications: [],
      unitsNotReported: [],
    };
    const text = (await mammoth.extractRawText({ buffer: await build(empty) })).value;
    expect(text).toContain('尚无下发的目标任务');
    expect(text).not.toContain('全部任务均已完成');
  });
});
