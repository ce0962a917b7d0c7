/**
 * Key projects for the browser tests of the cockpit, the bulletin and the quarterly analysis: four projects
 * of this year (Asia/Shanghai) pushed by street offices — one far behind its plan with a node long overdue
 * (red), one a little behind (yellow), one on plan and one not yet started (green) — reported month by month
 * through the API by the street's liaison.
 */
import { randomUUID } from 'node:crypto';
import { Client, shanghaiDay } from './helpers';

export interface SeededProjects {
  redId: string;
  redName: string;
}

/** `reporter` is a liaison of the street office `streetId`; `otherStreetId` pushes the green ones. */
export async function seedProjects(
  sup: Client,
  reporter: Client,
  units: { streetId: string; otherStreetId: string },
  leaderIds: string[] = [],
): Promise<SeededProjects> {
  const today = shanghaiDay(0);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const allYear = Array.from({ length: 12 }, (_, i) => i + 1);
  const base = {
    source: 'investment_signed',
    stage: 'construction',
    year,
    plannedStart: `${year}-01-01`,
    plannedEnd: `${year + 1}-12-31`,
    leaderIds,
  };
  const create = (body: Record<string, unknown>) =>
    sup.call<{ id: string; version: number }>('POST', '/projects', { ...base, ...body });
  const report = async (id: string, perMonth: string) => {
    for (let m = 1; m < month; m++)
      await reporter.call('POST', `/projects/${id}/reports`, { year, month: m, amount: perMonth });
  };
  const red = await create({
    name: '智能装备制造产业园一期',
    type: '工业',
    totalInvestment: '68000.00',
    annualPlan: '12000.00',
    units: [{ unitId: units.streetId, role: 'street' }],
    monthlyPlan: allYear.map((m) => ({ month: m, amount: '1000.00' })),
  });
  await sup.call('PUT', `/projects/${red.id}/nodes`, {
    version: red.version,
    nodes: [
      {
        id: randomUUID(),
        name: '施工许可证办理',
        kind: 'procedure',
        plannedStart: `${year}-01-15`,
        plannedEnd: shanghaiDay(-45),
        dependsOn: [],
      },
    ],
  });
  await report(red.id, '420.50');
  const yellow = await create({
    name: '滨河路综合改造工程',
    type: '城建',
    totalInvestment: '9600.00',
    annualPlan: '3600.00',
    units: [{ unitId: units.streetId, role: 'street' }],
    monthlyPlan: allYear.map((m) => ({ month: m, amount: '300.00' })),
  });
  await report(yellow.id, '270.00');
  await create({
    name: '社区养老服务综合体',
    type: '民生',
    stage: 'operating',
    totalInvestment: '2400.00',
    annualPlan: '0.00',
    units: [{ unitId: units.otherStreetId, role: 'street' }],
    monthlyPlan: [],
  });
  await create({
    name: '数字经济创新中心',
    type: '科技',
    stage: 'planning',
    plannedStart: `${year}-12-31`,
    totalInvestment: '15000.00',
    annualPlan: '0.00',
    units: [{ unitId: units.otherStreetId, role: 'street' }],
    monthlyPlan: [],
  });
  return { redId: red.id, redName: '智能装备制造产业园一期' };
}
