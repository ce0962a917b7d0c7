/**
 * The key projects summed up (issue #13, "Lights"): the cockpit's project lights and investment, the
 * bulletin's 重点项目 section and the quarterly analysis's — exact to the cent, the same lights as
 * /projects/lights, only the district's own projects, and only for who reads those pages.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulletinProjects } from '../../documents/bulletin-projects-docx';
import { withSystemTx } from '../../db/tx';
import { loadSettings } from '../settings/settings.repository';
import { dbKinds } from '../../../../test/helpers/test-app';
import type { TCockpit } from '../analysis/cockpit.schemas';
import type { QuarterlyProjects } from '../../../domain/quarterly-projects';
import { loadProjectRollup } from './project-rollup';
import { buildProjectWorld, type ProjectWorld } from './projects.fixtures.test-helpers';
import type { TProject, TProjectLights, TProjectReport } from './projects.schemas';

const plan = (amount: string, months: number[]) => months.map((month) => ({ month, amount }));
const allYear = Array.from({ length: 12 }, (_, i) => i + 1);

describe.each(dbKinds())(
  'key projects in the cockpit, the bulletin and the quarterly analysis on %s',
  (kind) => {
    let w: ProjectWorld;
    let p1: TProject;
    let p2: TProject;
    let p3: TProject;
    beforeAll(async () => {
      w = await buildProjectWorld(kind); // today 2026-04-20
      // P1 工业, 东城街道: 100.00 a month; January approved, February submitted, March returned; a node 10 days late.
      p1 = await w.create({ name: '智能制造产业园', monthlyPlan: plan('100.00', allYear) });
      const nodes = await w.call('sup', 'PUT', `/api/v1/projects/${p1.id}/nodes`, {
        version: p1.version,
        nodes: [
          {
            id: '0190a000-0000-7000-8000-000000000001',
            name: '施工许可',
            kind: 'procedure',
            plannedStart: '2026-02-01',
            plannedEnd: '2026-04-10',
            dependsOn: [],
          },
        ],
      });
      expect(nodes.statusCode, nodes.body).toBe(200);
      const report = async (p: TProject, month: number, amount: string) => {
        const res = await w.call('opA', 'POST', `/api/v1/projects/${p.id}/reports`, {
          year: 2026,
          month,
          amount,
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json() as TProjectReport;
      };
      const jan = await report(p1, 1, '100.10');
      expect(
        (await w.call('sup', 'POST', `/api/v1/projects/${p1.id}/reports/${jan.id}/approve`, {})).statusCode,
      ).toBe(200);
      await report(p1, 2, '0.20');
      const mar = await report(p1, 3, '99.99');
      const back = await w.call('sup', 'POST', `/api/v1/projects/${p1.id}/reports/${mar.id}/return`, {
        comment: '数据有误',
      });
      expect(back.statusCode, back.body).toBe(200);
      // P2 城建, 东城街道: 10.00 in each of January–April, three months reported.
      p2 = await w.create({ name: '滨河路改造', type: '城建', monthlyPlan: plan('10.00', [1, 2, 3, 4]) });
      for (const m of [1, 2, 3]) await report(p2, m, '10.00');
      // P3 工业 without a street office, planned for December: green, nothing planned yet.
      p3 = await w.create({
        name: '新材料研发中心',
        stage: 'planning',
        plannedStart: '2026-11-01',
        units: [{ unitId: w.deptB, role: 'command_post' }],
        monthlyPlan: plan('500.00', [12]),
      });
      // Another plan year: left out of 2026's sums.
      await w.create({
        name: '去年项目',
        year: 2025,
        plannedStart: '2025-01-01',
        monthlyPlan: plan('1.00', allYear),
      });
    });
    afterAll(async () => w.t.close());

    it('the cockpit counts the lights and sums the investment to the cent, the red projects with reasons', async () => {
      const res = await w.call('leader', 'GET', '/api/v1/cockpit');
      expect(res.statusCode, res.body).toBe(200);
      const { projects } = res.json() as TCockpit;
      // Plan to date on 04-20: P1 300.00 + ⌊100.00 × 20/30⌋ = 366.66, P2 30.00 + 6.66 = 36.66; completed
      // P1 100.10 + 0.20 (the returned March does not count), P2 30.00.
      expect(projects).toMatchObject({
        year: 2026,
        total: 3,
        red: 1,
        yellow: 1,
        green: 1,
        planToDate: '403.32',
        completed: '130.30',
        rate: 32,
      });
      expect(projects.redProjects).toEqual([
        {
          id: p1.id,
          code: p1.code,
          name: '智能制造产业园',
          type: '工业',
          streetName: '东城街道',
          reasons: ['investment_behind', 'node_overdue', 'no_report'],
          planToDate: '366.66',
          completed: '100.30',
        },
      ]);
      // The same lights as the projects' own endpoint.
      const lights = (await w.call('sup', 'GET', '/api/v1/projects/lights')).json() as TProjectLights;
      const of = (id: string) => lights.items.find((i) => i.projectId === id)?.light;
      expect([of(p1.id), of(p2.id), of(p3.id)]).toEqual(['red', 'yellow', 'green']);
      // Another district's office sees none of them.
      const foreign = (await w.call('foreignSup', 'GET', '/api/v1/cockpit')).json() as TCockpit;
      expect(foreign.projects).toMatchObject({
        total: 0,
        planToDate: '0.00',
        completed: '0.00',
        redProjects: [],
      });
    });

    it('a unit sees only the projects it holds a role in, and none of the district pages', async () => {
      // Published bulletins are every unit's reading (issue 16); the cockpit and the analysis are not.
      for (const url of ['/api/v1/cockpit', '/api/v1/analysis/quarterly?year=2026&quarter=1'])
        expect((await w.call('opA', 'GET', url)).statusCode, url).toBe(403);
      const names = async (who: 'opA' | 'opB' | 'opC') =>
        withSystemTx(w.t.db, async (tx) => {
          const settings = await loadSettings(tx, w.t.tenantId);
          const unitId = who === 'opA' ? w.streetA : who === 'opB' ? w.deptB : w.deptC;
          const r = await loadProjectRollup(tx, { userId: w.ids[who], unitId }, '2026-04-20', settings);
          return r.projects.map((p) => p.name).sort();
        });
      expect(await names('opA')).toEqual(['智能制造产业园', '滨河路改造'].sort());
      expect(await names('opB')).toEqual(['智能制造产业园', '新材料研发中心', '滨河路改造'].sort());
      expect(await names('opC')).toEqual([]);
    });

    it('the bulletin has a projects section: the month and the year by type and street, flagged projects, late nodes', async () => {
      const res = await w.call('sup', 'POST', '/api/v1/bulletins', { period: '2026-04' });
      expect(res.statusCode, res.body).toBe(201);
      const bulletin = res.json() as { id: string; data: { projects: BulletinProjects } };
      const p = bulletin.data.projects;
      // As of 04-30 all of April is planned: P2's 30.00 of 40.00 is now red as well.
      expect(p.lights).toEqual({ total: 3, red: 2, yellow: 0, green: 1 });
      expect(p.total).toEqual({
        monthPlan: '110.00',
        monthCompleted: '0.00',
        planToDate: '440.00',
        completed: '130.30',
        rate: 29,
      });
      expect(p.byType).toEqual([
        {
          name: '工业',
          projects: 2,
          monthPlan: '100.00',
          monthCompleted: '0.00',
          planToDate: '400.00',
          completed: '100.30',
          rate: 25,
        },
        {
          name: '城建',
          projects: 1,
          monthPlan: '10.00',
          monthCompleted: '0.00',
          planToDate: '40.00',
          completed: '30.00',
          rate: 75,
        },
      ]);
      expect(p.byStreet.map((s) => [s.name, s.projects, s.planToDate, s.completed, s.rate])).toEqual([
        ['东城街道', 2, '440.00', '130.30', 29],
        ['未明确街道', 1, '0.00', '0.00', 0],
      ]);
      expect(p.flagged.map((f) => [f.name, f.light, f.reasons])).toEqual([
        ['智能制造产业园', 'red', ['投资完成滞后于时序计划', '节点逾期未完成', '上月进展未填报']],
        ['滨河路改造', 'red', ['投资完成滞后于时序计划']],
      ]);
      expect(p.lateNodes).toEqual([
        {
          projectCode: p1.code,
          projectName: '智能制造产业园',
          name: '施工许可',
          unitName: null,
          plannedEnd: '2026-04-10',
          daysLate: 20,
        },
      ]);
      const doc = await w.call('sup', 'GET', `/api/v1/bulletins/${bulletin.id}/document`);
      expect(doc.statusCode).toBe(200);
      const xml = await (await JSZip.loadAsync(doc.rawPayload)).file('word/document.xml')?.async('string');
      for (const text of [
        '四、重点项目推进情况',
        '（一）投资完成情况',
        '（三）滞后节点',
        '五、下步工作要求',
        '施工许可',
        '东城街道',
      ])
        expect(xml, text).toContain(text);
      expect(xml).toContain('完成投资130.30万元');
    });

    it('the quarterly analysis has investment by month, plan vs completed, by type and street, and the lights', async () => {
      const res = await w.call('leader', 'GET', '/api/v1/analysis/quarterly?year=2026&quarter=1');
      expect(res.statusCode, res.body).toBe(200);
      const a = res.json() as { projects: QuarterlyProjects; summary: string[] };
      expect(a.projects.byMonth).toEqual([
        {
          month: '2026-01',
          plan: '110.00',
          completed: '110.10',
          cumulativePlan: '110.00',
          cumulativeCompleted: '110.10',
        },
        {
          month: '2026-02',
          plan: '110.00',
          completed: '10.20',
          cumulativePlan: '220.00',
          cumulativeCompleted: '120.30',
        },
        {
          month: '2026-03',
          plan: '110.00',
          completed: '10.00',
          cumulativePlan: '330.00',
          cumulativeCompleted: '130.30',
        },
      ]);
      // As of 03-31: the node is not late yet and February was reported; only P1's investment lags.
      expect(a.projects.lights).toEqual({ total: 3, red: 1, yellow: 0, green: 2 });
      expect(a.projects.total).toEqual({ planToDate: '330.00', completed: '130.30', rate: 39 });
      expect(a.projects.byType.map((g) => [g.name, g.planToDate, g.completed, g.rate])).toEqual([
        ['工业', '300.00', '100.30', 33],
        ['城建', '30.00', '30.00', 100],
      ]);
      expect(a.projects.byStreet.map((g) => g.name)).toEqual(['东城街道', '未明确街道']);
      expect(a.summary.at(-1)).toContain('重点项目3个，累计计划投资330.00万元，完成130.30万元，完成率39%');
      const q2 = (await w.call('sup', 'GET', '/api/v1/analysis/quarterly?year=2026&quarter=2')).json() as {
        projects: QuarterlyProjects;
      };
      expect(q2.projects.byMonth.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
      expect(q2.projects.byMonth[3]).toMatchObject({
        plan: '110.00',
        completed: '0.00',
        cumulativePlan: '440.00',
      });

      const doc = await w.call('sup', 'GET', '/api/v1/analysis/quarterly/document?year=2026&quarter=1');
      expect(doc.statusCode).toBe(200);
      const zip = await JSZip.loadAsync(doc.rawPayload);
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      for (const text of ['重点项目推进情况', '重点项目月度投资：计划与完成', '主体推进单位', '330.00'])
        expect(xml, text).toContain(text);
    });
  },
);
