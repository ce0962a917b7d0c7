import { presentTasks } from '../tasks/present-tasks';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { parsePool } from '../../documents/parse-pool';
import { AppError, fieldError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { deleteTasks, draftTasksOfDecision, insertTargets, insertTasks } from '../tasks/tasks.repository';
import { activeUnitRefs } from '../units/units.repository';
import { canManageDecisions } from './decisions.policy';
import { findDecision, nextTaskPosition, touchDecision } from './decisions.repository';

/** The unit a hint names: its exact name, or a name that contains the hint or is contained in it. */
export function matchUnit(hint: string, all: Array<{ id: string; name: string }>): string | null {
  const exact = all.find((u) => u.name === hint);
  if (exact) return exact.id;
  const near = all.find(
    (u) => (hint.length >= 3 && u.name.includes(hint)) || (u.name.length >= 3 && hint.includes(u.name)),
  );
  return near?.id ?? null;
}

/**
 * Runs the extractor on the decision's text and creates draft tasks with their targets and section path.
 * Drafts from an earlier run that nobody edited are replaced; edited ones are kept, never duplicated.
 */
export async function extractDecision(ctx: AuthedContext, id: string) {
  assertCan(canManageDecisions(ctx.actor));
  const now = ctx.clock.now();
  const source = await tenantTx(ctx, async (tx) => {
    const decision = await findDecision(tx, id);
    if (!decision) throw notFound();
    if (!decision.text?.trim()) throw fieldError('VALIDATION_FAILED', 'text', '请先粘贴或上传文件内容');
    return { text: decision.text, date: decision.date, title: decision.title };
  });
  // The extractor runs in a worker thread and outside any transaction: a long text takes its time there,
  // not the event loop's nor the database's (PGlite has one connection for everyone).
  const { sections, drafts } = await parsePool(ctx.config.parsing).run({
    kind: 'extract',
    text: source.text,
    meetingDate: source.date,
    title: source.title,
  });
  return tenantTx(ctx, async (tx) => {
    const decision = await findDecision(tx, id);
    if (!decision) throw notFound();
    // Changed while the extractor ran: these drafts would not match the text.
    if (decision.text !== source.text || decision.date !== source.date || decision.title !== source.title)
      throw new AppError('VERSION_CONFLICT');

    const existing = await draftTasksOfDecision(tx, id);
    const replaceable = existing.filter((t) => t.extracted && !t.edited);
    const kept = existing.filter((t) => !replaceable.includes(t));
    await deleteTasks(
      tx,
      replaceable.map((t) => t.id),
    );
    const keptTexts = new Set(kept.map((t) => t.content));
    const fresh = drafts.filter((d) => !keptTexts.has(d.content));

    const allUnits = await activeUnitRefs(tx);
    let position = await nextTaskPosition(tx, id);
    const rows = fresh.map((d) => {
      const matched = [
        ...new Set(d.unitHints.map((h) => matchUnit(h, allUnits)).filter((u): u is string => u !== null)),
      ];
      return {
        row: {
          id: uuidv7(),
          tenantId: ctx.actor.tenantId,
          decisionId: id,
          title: d.title,
          content: d.content,
          source: decision.source,
          sectionPath: d.sectionPath,
          leadUnitId: matched[0] ?? null,
          coUnitIds: matched.slice(1),
          startDate: d.startDate,
          dueDate: d.dueDate,
          dueDateSource: d.dueDateSource,
          headingUncertain: d.headingUncertain,
          position: position++,
          extracted: true,
          sourceOffset: d.sourceOffset,
          sourceLength: d.sourceLength,
          createdAt: now,
          updatedAt: now,
          updatedBy: ctx.actor.userId,
        },
        targets: d.targets,
      };
    });
    await insertTasks(
      tx,
      rows.map((r) => r.row),
    );
    await insertTargets(
      tx,
      rows.flatMap((r) =>
        r.targets.map((t, i) => ({
          id: uuidv7(),
          tenantId: ctx.actor.tenantId,
          taskId: r.row.id,
          position: i,
          ...t,
        })),
      ),
    );
    await touchDecision(tx, id, {
      outline: sections,
      extractedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'decision.extracted',
      entityType: 'decision',
      entityId: id,
      after: {
        created: rows.length,
        kept: kept.length,
        removed: replaceable.length,
        sections: sections.length,
      },
    });
    const all = (await draftTasksOfDecision(tx, id)).sort((a, b) => a.position - b.position);
    return {
      created: rows.length,
      kept: kept.length,
      removed: replaceable.length,
      tasks: await presentTasks(tx, ctx, all),
    };
  });
}
