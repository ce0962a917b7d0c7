/** A key project written straight to the database (as the owner), with its units, leaders, nodes, plan and reports. */
import { uuidv7 } from 'uuidv7';
import { withSystemTx } from '../../src/server/db/tx';
import {
  projectLeaders,
  projectNodes,
  projectPlanMonths,
  projectReports,
  projectUnits,
  projects,
} from '../../src/server/db/schema';
import type { TestApp } from './test-app';

let counter = 0;

export interface SeedProject {
  tenantId?: string;
  code?: string;
  name?: string;
  type?: string;
  stage?: 'planning' | 'preparation' | 'construction' | 'completed';
  year?: number;
  isPublic?: boolean;
  annualPlan?: string;
  contactName?: string | null;
  units?: Array<{ unitId: string; role: 'street' | 'command_post' | 'guide' }>;
  leaderIds?: string[];
  nodes?: Array<{
    name: string;
    plannedStart: string;
    plannedEnd: string;
    baselineStart?: string;
    baselineEnd?: string;
    actualStart?: string | null;
    actualEnd?: string | null;
  }>;
  plan?: Array<{ month: number; amount: string }>;
  reports?: Array<{ month: number; amount: string; status: 'submitted' | 'approved' | 'returned' }>;
  reporterId?: string;
}

export async function seedProject(
  t: TestApp,
  p: SeedProject = {},
): Promise<{ id: string; code: string; name: string }> {
  if (p.reports?.length && !p.reporterId) throw new Error('seedProject: reports need a reporterId (a user)');
  const id = uuidv7();
  const tenantId = p.tenantId ?? t.tenantId;
  const year = p.year ?? 2024;
  const code = p.code ?? `${year}-T-${String(++counter).padStart(3, '0')}`;
  const name = p.name ?? `测试项目${counter}`;
  await withSystemTx(t.db, async (tx) => {
    await tx.insert(projects).values({
      id,
      tenantId,
      code,
      name,
      type: p.type ?? '工业',
      source: 'government',
      stage: p.stage ?? 'construction',
      year,
      isPublic: p.isPublic ?? false,
      annualPlan: p.annualPlan ?? '1200.00',
      totalInvestment: '5000.00',
      contactName: p.contactName ?? '联系人甲',
      contactPhone: '13800000000',
      plannedStart: `${year}-01-01`,
      plannedEnd: `${year + 1}-06-30`,
    });
    for (const [position, u] of (p.units ?? []).entries())
      await tx.insert(projectUnits).values({ tenantId, projectId: id, ...u, position });
    for (const [position, userId] of (p.leaderIds ?? []).entries())
      await tx.insert(projectLeaders).values({ tenantId, projectId: id, userId, position });
    for (const [sort, n] of (p.nodes ?? []).entries())
      await tx.insert(projectNodes).values({
        id: uuidv7(),
        tenantId,
        projectId: id,
        kind: 'construction',
        sort,
        name: n.name,
        plannedStart: n.plannedStart,
        plannedEnd: n.plannedEnd,
        baselineStart: n.baselineStart ?? n.plannedStart,
        baselineEnd: n.baselineEnd ?? n.plannedEnd,
        actualStart: n.actualStart ?? null,
        actualEnd: n.actualEnd ?? null,
      });
    for (const m of p.plan ?? [])
      await tx
        .insert(projectPlanMonths)
        .values({ tenantId, projectId: id, year, month: m.month, amount: m.amount });
    for (const r of p.reports ?? [])
      await tx.insert(projectReports).values({
        id: uuidv7(),
        tenantId,
        projectId: id,
        year,
        month: r.month,
        amount: r.amount,
        status: r.status,
        submittedBy: p.reporterId as string,
        submittedAt: new Date(`${year}-${String(r.month + 1).padStart(2, '0')}-02T02:00:00Z`),
      });
  });
  return { id, code, name };
}
