import { describe, expect, it } from 'vitest';
import type { BulletinProjects } from './bulletin-projects-docx';
import { wanText } from './bulletin-projects-docx';
import { readBack, runOf, seed, squeeze } from './bulletin-docx.fixture';

const investment = {
  monthPlan: '110.00',
  monthCompleted: '5.50',
  planToDate: '12345.60',
  completed: '130.30',
  rate: 1,
};
const projects = (flagged: number): BulletinProjects => ({
  period: seed.period,
  asOf: seed.asOf,
  lights: { total: 12, red: 2, yellow: flagged - 2, green: 12 - flagged },
  total: investment,
  byType: [{ name: '工业', projects: 12, ...investment }],
  byStreet: [{ name: '东城街道', projects: 12, ...investment }],
  flagged: Array.from({ length: flagged }, (_, i) => ({
    code: `XM-2024-${String(i + 1).padStart(3, '0')}`,
    name: `项目${i + 1}`,
    light: i < 2 ? ('red' as const) : ('yellow' as const),
    streetName: '东城街道',
    reasons: ['投资完成滞后于时序计划'],
    planToDate: '100.00',
    completed: '1.00',
  })),
  lateNodeCount: 1,
  lateNodes: [
    {
      projectCode: 'XM-2024-001',
      projectName: '项目1',
      name: '施工许可',
      unitName: '区住建局',
      plannedEnd: '2024-07-10',
      daysLate: 21,
    },
  ],
});

describe('the bulletin key projects section', () => {
  it('writes amounts in 万元 with separators and two decimals', () => {
    expect(wanText('12345.6')).toBe('12,345.60万元');
    expect(wanText('-0.05')).toBe('-0.05万元');
  });

  it('comes fourth, as a heading of the bulletin, and moves the requirements to fifth', async () => {
    const doc = await readBack({ ...seed, projects: projects(3) });
    const text = squeeze(doc.text);
    expect(text).toContain('四、重点项目推进情况');
    expect(text).toContain('五、下步工作要求');
    expect(text).toContain('累计计划投资12,345.60万元');
    expect(text).toContain('从预警情况看，亮红灯2个、亮黄灯1个。');
    expect(text).toContain('1．XM-2024-001项目1（主体推进：东城街道）：亮红灯，投资完成滞后于时序计划');
    expect(text).toContain('项目1“施工许可”（责任单位：区住建局），计划2024年7月10日完成，已滞后21天。');
    // The same heading styles as the other sections (黑体 一级, 楷体 二级).
    expect(runOf(doc.document, '四、重点项目推进情况').rPr).toBe(runOf(doc.document, '一、总体进展情况').rPr);
    expect(runOf(doc.document, '（一）投资完成情况').rPr).toBe(runOf(doc.document, '（一）红灯任务').rPr);
  });

  it('puts more than eight flagged projects into a table, and leaves the section out without projects', async () => {
    const many = squeeze((await readBack({ ...seed, projects: projects(9) })).text);
    expect(many).toContain('本期亮红灯、黄灯项目9个，具体如下：');
    const none = squeeze(
      (
        await readBack({
          ...seed,
          projects: { ...projects(0), lights: { total: 0, red: 0, yellow: 0, green: 0 } },
        })
      ).text,
    );
    expect(none).not.toContain('重点项目推进情况');
    expect(none).toContain('四、下步工作要求');
  });
});
