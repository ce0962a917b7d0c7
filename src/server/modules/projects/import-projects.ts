import { uuidv7 } from 'uuidv7';
import {
  ledgerAmount,
  ledgerDay,
  ledgerNames,
  projectLedgerColumns,
  requiredLedgerKeys,
  sourceFromLabel,
  stageFromLabel,
  type ProjectLedgerKey,
} from '../../../domain/project-ledger';
import { projectCode, stagesNeedingReason } from '../../../domain/projects';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { parsePool } from '../../documents/parse-pool';
import type { Upload } from '../../documents/read-upload';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { activeLeaderNames } from '../tasks/tasks.repository';
import { activeUnitRefs } from '../units/units.repository';
import { insertImportedProjects, takenCodes } from './projects-board.repository';
import { nextProjectNumber } from './projects.repository';
import { canManageBoard } from './projects-board.policy';
import type { TProjectImportError, TProjectImportResult } from './projects-board.schemas';

const headerOf = new Map<string, string>(projectLedgerColumns.map((c) => [c.key, c.header]));

/**
 * Imports the office's project ledger (项目台账, .xlsx): every row is checked first, and while any cell is
 * wrong nothing is created — the 422 IMPORT_INVALID lists each bad cell as {row, field, column, code,
 * message}. Otherwise each row becomes a project (stage 谋划 unless given), numbered 2026-XM-001… when its
 * code is empty, with its street office, command post, guiding units and contracting leaders; each is audited.
 */
export async function importProjects(
  ctx: AuthedContext,
  read: () => Promise<Pick<Upload, 'bytes'>>,
): Promise<TProjectImportResult> {
  assertCan(canManageBoard(ctx.actor));
  // Read only after the permission check: a caller who may not import gets 403, whatever he sends.
  const { bytes } = await read();
  const sheet = await parsePool(ctx.config.parsing).run({ kind: 'projectLedger', bytes });
  const now = ctx.clock.now();
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  return tenantTx(ctx, async (tx) => {
    const errors: TProjectImportError[] = [];
    const bad = (row: number, field: ProjectLedgerKey | null, code: string, message: string) =>
      errors.push({ row, field, column: field ? (headerOf.get(field) ?? null) : null, code, message });
    for (const key of requiredLedgerKeys)
      if (!sheet.found.includes(key)) bad(1, key, 'missing_column', `缺少“${headerOf.get(key)}”列`);
    if (sheet.rows.length === 0 && errors.length === 0) bad(1, null, 'empty', '表格中没有项目');
    // Without its columns the rows cannot be read: say what is missing, and only that.
    if (errors.length > 0) throw new AppError('IMPORT_INVALID', { details: { errors } });

    const settings = await loadSettings(tx, ctx.actor.tenantId);
    const types = new Set(settings['projects.types']);
    const unitByName = new Map<string, string>();
    for (const u of await activeUnitRefs(tx)) {
      unitByName.set(u.name, u.id);
      unitByName.set(u.code, u.id);
    }
    const leaderByName = new Map((await activeLeaderNames(tx)).map((l) => [l.name, l.id]));
    const givenCodes = sheet.rows.map((r) => r.cells.code ?? '').filter(Boolean);
    const taken = new Set(await takenCodes(tx, givenCodes));
    const seen = new Set<string>();

    const parsed = sheet.rows.map(({ rowNumber: n, cells }) => {
      const text = (key: ProjectLedgerKey, max: number) => {
        const v = cells[key] ?? '';
        if (v.length > max) bad(n, key, 'too_long', `不能超过 ${max} 字`);
        return v || null;
      };
      const name = text('name', 200);
      if (!name) bad(n, 'name', 'required', '项目名称不能为空');
      const type = cells.type ?? '';
      if (!type) bad(n, 'type', 'required', '项目类型不能为空');
      else if (!types.has(type))
        bad(n, 'type', 'unknown_type', `“${type}”不是本区的项目类型（${[...types].join('、')}）`);
      const sourceText = cells.source ?? '';
      const source = sourceFromLabel(sourceText);
      if (!sourceText) bad(n, 'source', 'required', '项目来源不能为空');
      else if (!source)
        bad(
          n,
          'source',
          'unknown_source',
          `“${sourceText}”不是项目来源（招商签约、政府投资、社会投资、续建结转）`,
        );
      const stageText = cells.stage ?? '';
      const stage = stageText ? stageFromLabel(stageText) : 'planning';
      if (!stage)
        bad(
          n,
          'stage',
          'unknown_stage',
          `“${stageText}”不是项目阶段（谋划、签约、前期、在建、竣工、投产/运营）`,
        );
      else if (stagesNeedingReason.has(stage))
        bad(n, 'stage', 'stage_needs_reason', '暂缓、终止的项目须在系统中写明原因，请勿从台账导入');
      const yearText = cells.year ?? '';
      const year = yearText ? Number(yearText.replace(/年$/, '')) : thisYear;
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        bad(n, 'year', 'invalid_year', `“${yearText}”不是年度（如 ${thisYear}）`);
      const code = text('code', 40);
      if (code && (taken.has(code) || seen.has(code))) bad(n, 'code', 'duplicate', `项目编号“${code}”已存在`);
      if (code) seen.add(code);
      const amount = (key: 'totalInvestment' | 'annualPlan' | 'carryOver') => {
        const v = cells[key] ?? '';
        if (!v) return '0.00';
        const a = ledgerAmount(v);
        if (a === null) bad(n, key, 'invalid_amount', `“${v}”应为不小于 0、最多两位小数的金额（万元）`);
        return a ?? '0.00';
      };
      const day = (key: 'plannedStart' | 'plannedEnd') => {
        const v = cells[key] ?? '';
        if (!v) return null;
        const d = ledgerDay(v);
        if (!d) bad(n, key, 'invalid_date', `“${v}”不是日期（如 ${thisYear}-03-01）`);
        return d;
      };
      const plannedStart = day('plannedStart');
      const plannedEnd = day('plannedEnd');
      if (plannedStart && plannedEnd && plannedEnd < plannedStart)
        bad(n, 'plannedEnd', 'end_before_start', '计划竣工不能早于计划开工');
      const unitsOf = (key: 'street' | 'commandPost' | 'guides', role: 'street' | 'command_post' | 'guide') =>
        ledgerNames(cells[key] ?? '').flatMap((unitName) => {
          const unitId = unitByName.get(unitName);
          if (!unitId) bad(n, key, 'unknown_unit', `没有名为“${unitName}”的单位`);
          return unitId ? [{ unitId, role }] : [];
        });
      const units = [
        ...unitsOf('street', 'street'),
        ...unitsOf('commandPost', 'command_post'),
        ...unitsOf('guides', 'guide'),
      ];
      if (units.filter((u) => u.role === 'street').length > 1)
        bad(n, 'street', 'several_streets', '主体推进单位只能填一个');
      const leaderIds = ledgerNames(cells.leaders ?? '').flatMap((leader) => {
        const id = leaderByName.get(leader);
        if (!id) bad(n, 'leaders', 'unknown_leader', `没有名为“${leader}”的区领导账号`);
        return id ? [id] : [];
      });
      return {
        code,
        name: name ?? '',
        type,
        source: source ?? 'government',
        stage: stage ?? 'planning',
        year,
        address: text('address', 300),
        ownerEnterprise: text('ownerEnterprise', 200),
        contactName: text('contactName', 50),
        contactPhone: text('contactPhone', 30),
        totalInvestment: amount('totalInvestment'),
        annualPlan: amount('annualPlan'),
        carryOver: amount('carryOver'),
        plannedStart,
        plannedEnd,
        units,
        leaderIds,
      };
    });
    if (errors.length > 0) throw new AppError('IMPORT_INVALID', { details: { errors } });

    // Codes left empty are numbered as the register numbers them (2024-XM-001…, the district's counter),
    // skipping a number a sheet or an older project already uses.
    const numberFor = async (year: number): Promise<string> => {
      for (;;) {
        const code = projectCode(year, await nextProjectNumber(tx, ctx.actor.tenantId, year));
        if (!seen.has(code) && (await takenCodes(tx, [code])).length === 0) return code;
      }
    };
    const tenantId = ctx.actor.tenantId;
    const rows = [];
    for (const p of parsed) rows.push({ ...p, id: uuidv7(), code: p.code ?? (await numberFor(p.year)) });
    await insertImportedProjects(tx, {
      projects: rows.map(({ units: _u, leaderIds: _l, ...p }) => ({
        ...p,
        tenantId,
        createdAt: now,
        createdBy: ctx.actor.userId,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      })),
      units: rows.flatMap((p) =>
        p.units.map((u, position) => ({ tenantId, projectId: p.id, ...u, position })),
      ),
      leaders: rows.flatMap((p) =>
        p.leaderIds.map((userId, position) => ({ tenantId, projectId: p.id, userId, position })),
      ),
    });
    for (const p of rows)
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'project.imported',
        entityType: 'project',
        entityId: p.id,
        after: { code: p.code, name: p.name, type: p.type, source: p.source, stage: p.stage, year: p.year },
      });
    return { created: rows.length, codes: rows.map((r) => r.code), errors: [] };
  });
}
