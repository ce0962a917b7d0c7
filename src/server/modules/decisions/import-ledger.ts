import { presentTasks } from '../tasks/present-tasks';
import { uuidv7 } from 'uuidv7';
import {
  parseLedgerDate,
  parseTargets,
  sourceFromLabel,
  splitNames,
  splitTaskText,
  type LedgerColumn,
} from '../../../domain/ledger';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { parsePool } from '../../documents/parse-pool';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { getDecision } from './get-decision';
import type { Upload } from '../../documents/read-upload';
import { activeLeaderNames, findTasks, insertTargets, insertTasks } from '../tasks/tasks.repository';
import { activeUnitRefs } from '../units/units.repository';
import { canManageDecisions } from './decisions.policy';
import { findDecision, nextTaskPosition } from './decisions.repository';

export interface ImportError {
  row: number;
  column: LedgerColumn | null;
  reason: string;
}

/**
 * Imports a ledger sheet into the decision's drafts. Every row is checked first; while any cell is wrong
 * nothing is imported, and the answer names each bad cell by row, column and reason.
 */
export async function importLedger(
  ctx: AuthedContext,
  decisionId: string,
  read: () => Promise<Pick<Upload, 'bytes'>>,
) {
  assertCan(canManageDecisions(ctx.actor));
  await getDecision(ctx, decisionId); // 404 before the upload is read
  const { bytes } = await read();
  // Unzipped and read in a worker thread, its rows, columns and cells bounded as they stream.
  const sheet = await parsePool(ctx.config.parsing).run({ kind: 'ledger', bytes });
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const decision = await findDecision(tx, decisionId);
    if (!decision) throw notFound();
    const errors: ImportError[] = sheet.missingColumns.map((c) => ({
      row: 1,
      column: c,
      reason: `缺少“${c}”列`,
    }));
    if (sheet.rows.length === 0 && errors.length === 0)
      errors.push({ row: 1, column: null, reason: '表格中没有任务' });

    const unitRows = await activeUnitRefs(tx);
    const unitByName = new Map<string, string>();
    for (const u of unitRows) {
      unitByName.set(u.name, u.id);
      unitByName.set(u.code, u.id);
    }
    const leaders = await activeLeaderNames(tx);
    const leaderByName = new Map(leaders.map((l) => [l.name, l.id]));

    const parsed = sheet.rows.map(({ rowNumber, cells }) => {
      const bad = (column: LedgerColumn, reason: string) => errors.push({ row: rowNumber, column, reason });
      const text = cells['任务内容'] ?? '';
      if (!text) bad('任务内容', '任务内容不能为空');
      const { title, content } = splitTaskText(text);
      if (title.length > 500) bad('任务内容', '第一行（任务名称）不能超过 500 字');
      const targetCell = parseTargets(cells['量化目标'] ?? '');
      if (targetCell.badLines.length > 0)
        bad('量化目标', `第 ${targetCell.badLines.join('、')} 行格式应为“指标：≥数值单位（YYYY-MM-DD）”`);
      const leadName = cells['牵头单位'] ?? '';
      const leadUnitId = leadName ? (unitByName.get(leadName) ?? null) : null;
      if (leadName && !leadUnitId) bad('牵头单位', `没有名为“${leadName}”的单位`);
      const coUnitIds: string[] = [];
      for (const name of splitNames(cells['配合单位'] ?? '')) {
        const id = unitByName.get(name);
        if (!id) bad('配合单位', `没有名为“${name}”的单位`);
        else if (id === leadUnitId) bad('配合单位', `“${name}”已是牵头单位`);
        else coUnitIds.push(id);
      }
      const leaderName = cells['牵头区领导'] ?? '';
      const leadLeaderId = leaderName ? (leaderByName.get(leaderName) ?? null) : null;
      if (leaderName && !leadLeaderId) bad('牵头区领导', `没有名为“${leaderName}”的区领导账号`);
      const date = (column: '开始时间' | '完成时限') => {
        const value = cells[column] ?? '';
        if (!value) return null;
        const iso = parseLedgerDate(value);
        if (!iso) bad(column, `“${value}”不是日期（例如 2024-07-15）`);
        return iso;
      };
      const startDate = date('开始时间');
      const dueDate = date('完成时限');
      if (startDate && dueDate && dueDate < startDate) bad('完成时限', '完成时限不能早于开始时间');
      const sourceLabel = cells['任务来源'] ?? '';
      const source = sourceLabel ? sourceFromLabel(sourceLabel) : decision.source;
      if (!source)
        bad(
          '任务来源',
          `“${sourceLabel}”不是任务来源（市委市政府下达、市直部门代表下达、区委区政府直接下达、区直部门分解、单位自定、区委区政府追加）`,
        );
      const category = cells['分类'] || null;
      if (category && category.length > 50) bad('分类', '分类不能超过 50 字');
      return {
        title,
        content,
        targets: targetCell.targets,
        leadUnitId,
        coUnitIds,
        leadLeaderId,
        startDate,
        dueDate,
        source,
        category,
        responsiblePerson: cells['责任人'] || null,
      };
    });
    if (errors.length > 0) throw new AppError('IMPORT_INVALID', { details: { errors } });

    let position = await nextTaskPosition(tx, decisionId);
    const rows = parsed.map((p) => ({
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      decisionId,
      title: p.title,
      content: p.content,
      category: p.category,
      source: p.source ?? decision.source,
      leadUnitId: p.leadUnitId,
      coUnitIds: p.coUnitIds,
      leadLeaderId: p.leadLeaderId,
      responsiblePerson: p.responsiblePerson,
      startDate: p.startDate,
      dueDate: p.dueDate,
      position: position++,
      edited: true,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    }));
    await insertTasks(tx, rows);
    await insertTargets(
      tx,
      parsed.flatMap((p, i) =>
        p.targets.map((t, position) => ({
          id: uuidv7(),
          tenantId: ctx.actor.tenantId,
          taskId: (rows[i] as { id: string }).id,
          position,
          ...t,
          placeholder: t.targetValue === null,
        })),
      ),
    );
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'decision.imported',
      entityType: 'decision',
      entityId: decisionId,
      after: { created: rows.length },
    });
    const created = await findTasks(
      tx,
      rows.map((r) => r.id),
    );
    created.sort((a, b) => a.position - b.position);
    return { created: created.length, tasks: await presentTasks(tx, ctx, created) };
  });
}
