/**
 * Shared by the reliability suites: a small district seeded straight into the database (units, one
 * operator per unit, tasks in progress, a supervisor and a leader), HTTP helpers for a server that runs as
 * its own process, and a reader of that process's memory.
 */
import { readFileSync } from 'node:fs';
import { uuidv7 } from 'uuidv7';
import { ensureTenant } from '../../src/server/bootstrap';
import type { Database } from '../../src/server/db/client';
import { withSystemTx } from '../../src/server/db/tx';
import { decisions, passwordHistory, tasks, units, users } from '../../src/server/db/schema';
import { hashPassword } from '../../src/server/modules/auth/passwords';
import type { Role } from '../../src/domain/roles';

export const password = 'Reliab#2024x';

export interface SeededUnit {
  unitId: string;
  username: string;
  /** Further operators of the unit (op3_1, op3_2, …) when `operatorsPerUnit` > 1. */
  moreUsernames: string[];
  taskIds: string[];
}

export interface District {
  tenantId: string;
  units: SeededUnit[];
  supervisor: string;
  leader: string;
  admin: string;
  /** supervisor, supervisor1, … and leader, leader1, … when more were asked for. */
  supervisors: string[];
  leaders: string[];
}

/** One district: `unitCount` departments each leading `tasksPerUnit` tasks that are in progress. */
export async function seedDistrict(
  db: Database,
  options: {
    unitCount: number;
    tasksPerUnit: number;
    operatorsPerUnit?: number;
    supervisors?: number;
    leaders?: number;
    now?: Date;
  },
): Promise<District> {
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(password);
  return withSystemTx(db, async (tx) => {
    const tenantId = await ensureTenant(tx, '测试区', now);
    const userRows: Array<{
      id: string;
      username: string;
      roles: Role[];
      unitId: string | null;
      displayName: string;
    }> = [];
    const seeded: SeededUnit[] = [];
    const decisionId = uuidv7();
    await tx.insert(decisions).values({
      id: decisionId,
      tenantId,
      title: '区委全会决定',
      kind: 'plenary',
      date: '2024-01-05',
      source: 'district_direct',
    });
    const taskRows: Array<typeof tasks.$inferInsert> = [];
    const unitRows: Array<typeof units.$inferInsert> = [];
    for (let u = 0; u < options.unitCount; u++) {
      const unitId = uuidv7();
      unitRows.push({
        id: unitId,
        tenantId,
        code: `D${u}`,
        name: `第${u + 1}部门`,
        kind: u % 3 === 2 ? 'street' : 'department',
        parentId: null,
      });
      const username = `op${u}`;
      userRows.push({ id: uuidv7(), username, roles: ['unit_operator'], unitId, displayName: `填报员${u}` });
      const moreUsernames = Array.from(
        { length: (options.operatorsPerUnit ?? 1) - 1 },
        (_, k) => `op${u}_${k + 1}`,
      );
      for (const more of moreUsernames)
        userRows.push({
          id: uuidv7(),
          username: more,
          roles: ['unit_operator'],
          unitId,
          displayName: `填报员${more}`,
        });
      const taskIds: string[] = [];
      for (let k = 0; k < options.tasksPerUnit; k++) {
        const id = uuidv7();
        taskIds.push(id);
        taskRows.push({
          id,
          tenantId,
          decisionId,
          code: `2024-QW-${u}-${k}`,
          title: `推进第${u + 1}部门重点工作${k + 1}`,
          source: 'district_direct',
          leadUnitId: unitId,
          startDate: '2024-01-05',
          dueDate: '2026-12-31',
          status: 'in_progress',
          position: u * options.tasksPerUnit + k,
          publishedAt: now,
          acceptedAt: now,
        });
      }
      seeded.push({ unitId, username, moreUsernames, taskIds });
    }
    const supervisors = Array.from({ length: options.supervisors ?? 1 }, (_, k) =>
      k === 0 ? 'supervisor' : `supervisor${k}`,
    );
    const leaders = Array.from({ length: options.leaders ?? 1 }, (_, k) =>
      k === 0 ? 'leader' : `leader${k}`,
    );
    for (const username of supervisors)
      userRows.push({ id: uuidv7(), username, roles: ['supervisor'], unitId: null, displayName: '督查员' });
    for (const username of leaders)
      userRows.push({ id: uuidv7(), username, roles: ['leader'], unitId: null, displayName: '区领导' });
    userRows.push({
      id: uuidv7(),
      username: 'admin1',
      roles: ['admin'],
      unitId: null,
      displayName: '管理员',
    });
    await tx.insert(units).values(unitRows);
    for (let i = 0; i < taskRows.length; i += 500) await tx.insert(tasks).values(taskRows.slice(i, i + 500));
    await tx.insert(users).values(
      userRows.map((u) => ({
        ...u,
        tenantId,
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: false,
      })),
    );
    await tx
      .insert(passwordHistory)
      .values(userRows.map((u) => ({ id: uuidv7(), tenantId, userId: u.id, passwordHash, createdAt: now })));
    return {
      tenantId,
      units: seeded,
      supervisor: 'supervisor',
      leader: 'leader',
      admin: 'admin1',
      supervisors,
      leaders,
    };
  });
}

/** The environment of `luoshi serve` on a test database: its location, no login rate limit, no job queue. */
export function serverEnv(location: {
  dataDir: string;
  databaseUrl: string | undefined;
}): Record<string, string> {
  const where: Record<string, string> = location.databaseUrl
    ? { DATABASE_URL: location.databaseUrl }
    : { LUOSHI_DATA_DIR: location.dataDir };
  return { ...where, LUOSHI_LOGIN_RATE_LIMIT: '100000', LUOSHI_JOBS: 'off' };
}

/** Logs in through HTTP and returns the session cookie. */
export async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

export function reportBody(period: string, progress: number, note: string) {
  return {
    period,
    progress,
    narrative: `本期完成${note}，按计划推进。`,
    problems: null,
    nextSteps: '继续推进',
  };
}

/** Resident memory of a process in MB, from /proc (Linux); undefined when the process is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
