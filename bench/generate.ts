/**
 * `npm run bench:gen -- --scale district|city [--out DIR | --database URL]`: deterministic (seeded) synthetic
 * data in the shape of real use — per district 120 units (80 departments, 40 streets), 20 decisions, 3,000
 * published tasks with targets and milestones, and a year of monthly reports (~36,000). A city is 15
 * districts; a province 150 (the city's fifteen, then copies made in SQL). Written straight to the database in multi-row inserts (PGlite is ~10× faster that way).
 */
import { uuidv7 } from 'uuidv7';
import { ensureTenant } from '../src/server/bootstrap';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { withSystemTx } from '../src/server/db/tx';
import {
  decisions,
  reports,
  taskMilestones,
  taskTargets,
  tasks,
  tenants,
  units,
  users,
} from '../src/server/db/schema';
import { hashPassword } from '../src/server/modules/auth/passwords';

/** mulberry32: a small seeded generator, so the same scale gives the same data every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const departmentNames = [
  '发展和改革委员会',
  '教育局',
  '科学技术局',
  '工业和信息化局',
  '公安分局',
  '民政局',
  '司法局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源分局',
  '生态环境分局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '退役军人事务局',
  '应急管理局',
  '审计局',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
  '城市管理局',
  '数据资源局',
  '信访局',
  '政务服务管理局',
  '投资促进局',
  '国有资产管理中心',
];
const streetPrefixes = [
  '城关',
  '东城',
  '西城',
  '南城',
  '北城',
  '新华',
  '和平',
  '胜利',
  '光明',
  '幸福',
  '滨河',
  '湖滨',
  '高新',
  '开发区',
  '龙泉',
  '凤凰',
  '青山',
  '白云',
  '金桥',
  '银湖',
];
const verbs = ['新建', '改造', '培育', '引进', '完成', '建成', '打造', '实施', '推进', '提升'];
const objects: Array<[string, string, number, number]> = [
  ['老旧小区', '个', 5, 40],
  ['亿元以上项目', '个', 5, 60],
  ['幼儿园', '所', 1, 8],
  ['城镇新增就业', '万人', 0.5, 3],
  ['安置房', '万平方米', 5, 80],
  ['高新技术企业', '家', 10, 80],
  ['背街小巷整治', '条', 5, 30],
  ['社区养老服务中心', '个', 1, 10],
  ['农村公路', '公里', 10, 120],
  ['5G基站', '座', 50, 500],
];

async function generateDistrict(
  db: Awaited<ReturnType<typeof openDatabase>>,
  index: number,
  year: number,
): Promise<{ tasks: number; reports: number }> {
  const rnd = random(1000 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const tenantId = uuidv7();
  const districtName = `示范${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][index % 10]}${index >= 10 ? index : ''}区`;
  const passwordHash = await hashPassword('Bench#Pass2024');
  let taskCount = 0;
  let reportCount = 0;
  await withSystemTx(db, async (tx) => {
    await tx.insert(tenants).values({ id: tenantId, code: `bench-${index}`, name: districtName });
    const unitRows = [
      ...Array.from({ length: 80 }, (_, i) => ({
        name: `区${departmentNames[i % departmentNames.length]}${i >= departmentNames.length ? `（${Math.floor(i / departmentNames.length) + 1}）` : ''}`,
        kind: 'department' as const,
      })),
      ...Array.from({ length: 40 }, (_, i) => ({
        name: `${streetPrefixes[i % streetPrefixes.length]}街道${i >= streetPrefixes.length ? `（${Math.floor(i / streetPrefixes.length) + 1}）` : ''}`,
        kind: 'street' as const,
      })),
    ].map((u, i) => ({ id: uuidv7(), tenantId, code: `U${String(i + 1).padStart(3, '0')}`, ...u }));
    await tx.insert(units).values(unitRows);
    const operators = unitRows.map((u) => ({
      id: uuidv7(),
      tenantId,
      username: `b${index}-${u.code.toLowerCase()}`,
      displayName: `${u.name}联络员`,
      unitId: u.id,
      roles: ['unit_operator'],
      passwordHash,
      mustChangePassword: false,
    }));
    const leaders = Array.from({ length: 8 }, (_, i) => ({
      id: uuidv7(),
      tenantId,
      username: `b${index}-leader${i + 1}`,
      displayName: `副区长${i + 1}`,
      unitId: null,
      roles: ['leader'],
      passwordHash,
      mustChangePassword: false,
    }));
    await tx.insert(users).values([
      ...operators,
      ...leaders,
      {
        id: uuidv7(),
        tenantId,
        username: `b${index}-supervisor`,
        displayName: '督查室',
        unitId: null,
        roles: ['supervisor'],
        passwordHash,
        mustChangePassword: false,
      },
    ]);
    const decisionRows = Array.from({ length: 20 }, (_, i) => ({
      id: uuidv7(),
      tenantId,
      title: `${year}年第${i + 1}次重要会议部署`,
      kind: (i === 0 ? 'plenary' : 'executive_meeting') as 'plenary' | 'executive_meeting',
      date: `${year}-01-${String(5 + (i % 20)).padStart(2, '0')}`,
      source: 'district_direct' as const,
    }));
    await tx.insert(decisions).values(decisionRows);
    const taskRows: (typeof tasks.$inferInsert)[] = [];
    const targetRows: (typeof taskTargets.$inferInsert)[] = [];
    const milestoneRows: (typeof taskMilestones.$inferInsert)[] = [];
    const reportRows: (typeof reports.$inferInsert)[] = [];
    for (let i = 0; i < 3000; i++) {
      const decision = decisionRows[i % decisionRows.length] as (typeof decisionRows)[number];
      const lead = pick(unitRows);
      const operator = operators[unitRows.indexOf(lead)] as (typeof operators)[number];
      const [object, unit, min, max] = pick(objects);
      const value = Math.round((min + rnd() * (max - min)) * 10) / 10;
      const dueMonth = 3 + Math.floor(rnd() * 10);
      const progress = Math.min(100, Math.floor(rnd() * 110));
      const id = uuidv7();
      const status = progress >= 100 && rnd() < 0.7 ? 'completed' : 'in_progress';
      taskRows.push({
        id,
        tenantId,
        decisionId: decision.id,
        code: `${year}-${decision.kind === 'plenary' ? 'QW' : 'ZF'}-${String(i + 1).padStart(4, '0')}`,
        title: `${pick(verbs)}${object}${value}${unit}`,
        content: `${lead.name}牵头，年内${pick(verbs)}${object}${value}${unit}，确保按期完成。`,
        source: 'district_direct',
        leadUnitId: lead.id,
        coUnitIds: rnd() < 0.4 ? [pick(unitRows).id].filter((u) => u !== lead.id) : [],
        leadLeaderId: pick(leaders).id,
        startDate: decision.date,
        dueDate: `${year}-${String(dueMonth).padStart(2, '0')}-28`,
        status,
        progress,
        isKey: rnd() < 0.15,
        position: i,
        publishedAt: new Date(`${decision.date}T02:00:00Z`),
        acceptedAt: new Date(`${decision.date}T06:00:00Z`),
        completedAt:
          status === 'completed'
            ? new Date(
                `${year}-${String(Math.min(12, dueMonth + (rnd() < 0.8 ? 0 : 1))).padStart(2, '0')}-20T02:00:00Z`,
              )
            : null,
      });
      targetRows.push({
        id: uuidv7(),
        tenantId,
        taskId: id,
        indicator: object,
        unit,
        comparator: '>=',
        targetValue: value,
        currentValue: Math.round(value * progress) / 100,
      });
      milestoneRows.push({
        id: uuidv7(),
        tenantId,
        taskId: id,
        title: '完成方案',
        dueDate: `${year}-03-31`,
        completedAt: rnd() < 0.8 ? new Date(`${year}-03-25T02:00:00Z`) : null,
      });
      for (let m = 1; m <= 12; m++) {
        if (rnd() < 0.08) continue; // a missed month
        reportRows.push({
          id: uuidv7(),
          tenantId,
          taskId: id,
          unitId: lead.id,
          period: `${year}-${String(m).padStart(2, '0')}`,
          progress: Math.min(100, Math.round((progress * m) / 12)),
          narrative: `第${m}月：按计划推进${object}工作。`,
          status: rnd() < 0.9 ? 'approved' : 'submitted',
          submittedBy: operator.id,
          submittedAt: new Date(Date.UTC(year, m - 1, 25, 2)),
        });
      }
    }
    const insert = async <T>(table: Parameters<typeof tx.insert>[0], rows: T[], size = 500) => {
      for (let i = 0; i < rows.length; i += size)
        await tx.insert(table).values(rows.slice(i, i + size) as never);
    };
    await insert(tasks, taskRows, 250);
    await insert(taskTargets, targetRows);
    await insert(taskMilestones, milestoneRows);
    await insert(reports, reportRows, 1000);
    taskCount = taskRows.length;
    reportCount = reportRows.length;
  });
  return { tasks: taskCount, reports: reportCount };
}

/** The tables a generated district fills, parents first. */
const districtTables = [
  'tenants',
  'units',
  'users',
  'decisions',
  'tasks',
  'task_targets',
  'task_milestones',
  'reports',
];

/**
 * District `to` as a copy of district `from`, made inside the database: every uuid (and uuid array) is mapped
 * through md5(uuid, to), which keeps every reference between the copied rows; names and account names get the
 * new district's number. The figures measured on it are those of `from`'s data, which is what a province of
 * like districts is.
 */
async function cloneDistrict(
  db: Awaited<ReturnType<typeof openDatabase>>,
  from: number,
  to: number,
): Promise<{ tasks: number; reports: number }> {
  const map = (col: string) => `md5(${col}::text || '/${to}')::uuid`;
  const counts = { tasks: 0, reports: 0 };
  await withSystemTx(db, async (tx) => {
    const [source] = await queryRows<{ id: string }>(
      tx,
      sql`SELECT id FROM tenants WHERE code = ${`bench-${from}`}`,
    );
    if (!source) throw new Error(`district ${from} is not generated`);
    for (const table of districtTables) {
      const columns = await queryRows<{ column_name: string; udt_name: string }>(
        tx,
        sql`SELECT column_name, udt_name FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      );
      const select = columns.map(({ column_name: c, udt_name: t }) => {
        if (table === 'tenants' && c === 'code') return `'bench-${to}'`;
        if (table === 'tenants' && c === 'name') return `'示范' || '${to}' || '区'`;
        if (table === 'users' && c === 'username') return `regexp_replace(username, '^b[0-9]+-', 'b${to}-')`;
        if (t === 'uuid') return map(`"${c}"`);
        if (t === '_uuid') return `ARRAY(SELECT ${map('x')} FROM unnest("${c}") AS x)`;
        return `"${c}"`;
      });
      const where = table === 'tenants' ? `id = '${source.id}'` : `tenant_id = '${source.id}'`;
      const names = columns.map((c) => `"${c.column_name}"`).join(', ');
      const result = await tx.execute(
        sql.raw(`INSERT INTO ${table} (${names}) SELECT ${select.join(', ')} FROM ${table} WHERE ${where}`),
      );
      const rows = (result as unknown as { rowCount?: number }).rowCount ?? 0;
      if (table === 'tasks') counts.tasks = rows;
      if (table === 'reports') counts.reports = rows;
    }
  });
  return counts;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const scale = option('scale') ?? 'district';
  // --districts N: fewer (or more) districts than the scale has — to try the copying on a small database.
  const districts = Number(option('districts') ?? (scale === 'city' ? 15 : scale === 'province' ? 150 : 1));
  const databaseUrl = option('database');
  if (scale === 'province' && !databaseUrl && !option('districts'))
    throw new Error('the province scale needs --database (PostgreSQL)');
  const db = await openDatabase({ databaseUrl, dataDir: option('out') ?? '.tmp/bench-data' });
  const started = Date.now();
  try {
    await runMigrations(db);
    await withSystemTx(db, (tx) => ensureTenant(tx, '示范区', new Date()));
    let totals = { tasks: 0, reports: 0 };
    for (let i = 0; i < districts; i++) {
      // A province is the city's fifteen districts written out, then copied in SQL (45 minutes → minutes).
      const done = i < 15 ? await generateDistrict(db, i, 2024) : await cloneDistrict(db, i % 15, i);
      totals = { tasks: totals.tasks + done.tasks, reports: totals.reports + done.reports };
      process.stdout.write(
        `district ${i + 1}/${districts}: ${done.tasks} tasks, ${done.reports} reports (${Math.round((Date.now() - started) / 1000)} s)\n`,
      );
    }
    // Fresh statistics: after a bulk load the planner would otherwise guess (a province's ledger read its
    // targets by a sequential scan, 30 ms instead of 0.3 ms, until autovacuum came round).
    await db.execScript('ANALYZE');
    process.stdout.write(
      `${JSON.stringify({ scale, districts, ...totals, seconds: Math.round((Date.now() - started) / 1000) })}\n`,
    );
  } finally {
    await db.close();
  }
}

await main();
