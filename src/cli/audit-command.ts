import { join } from 'node:path';
import { exportAudit, purgeAudit, shanghaiMidnight } from '../server/audit/retention';
import { anchorFileName, anchorsOfDatabase } from '../server/audit/audit-anchor';
import { verifyAuditChains } from '../server/audit/verify-audit';
import type { AppDeps } from '../server/context';
import { withSystemTx } from '../server/db/tx';

/** Prints the outcome; false when a chain is broken (the command then exits 1). */
export async function runAuditVerify(deps: AppDeps): Promise<boolean> {
  const { mine: anchors, others } = await anchorsOfDatabase(deps.config, deps.db);
  const result = await withSystemTx(deps.db, (tx) => verifyAuditChains(tx, undefined, anchors));
  if (result.ok) {
    process.stdout.write(
      `审计日志链完整 / audit chains intact: ${result.checked} events checked, ${anchors.length} signed head anchors matched` +
        (anchors.length === 0 ? ` (no anchors yet in ${join(deps.config.dataDir, anchorFileName)})` : '') +
        (others > 0
          ? `; ${others} anchors of other databases sharing the folder (or of one this was restored over) not checked`
          : '') +
        '\n',
    );
    return true;
  }
  const cut = result.truncated;
  if (cut) {
    const end = cut.endsAt ? `event seq=${cut.endsAt.seq} id=${cut.endsAt.id}` : 'no event at all';
    process.stdout.write(
      `审计日志链被截断 / audit chain TRUNCATED: tenant=${cut.tenantId ?? 'installation'}: the chain ends at ${end} ` +
        `but the checkpoint of ${cut.anchor.at} recorded head seq=${cut.anchor.seq} id=${cut.anchor.lastEventId} hash=${cut.anchor.hash}\n`,
    );
    return false;
  }
  const b = result.firstBroken;
  process.stdout.write(
    `审计日志链已损坏 / audit chain BROKEN at event seq=${b?.seq} id=${b?.id} tenant=${b?.tenantId ?? 'installation'} (${b?.reason}); ${result.checked} events before it are intact\n`,
  );
  return false;
}

export async function runAuditExport(deps: AppDeps, opts: { before: string; out: string }): Promise<void> {
  const result = await exportAudit(deps.db, shanghaiMidnight(opts.before), opts.out, deps.clock.now());
  process.stdout.write(
    `已导出 ${result.events} 条审计事件 / exported ${result.events} audit events (${result.chains.length} chains) to ${opts.out}\n`,
  );
}

export async function runAuditPurge(deps: AppDeps, opts: { before: string; export: string }): Promise<void> {
  const result = await purgeAudit(deps.db, shanghaiMidnight(opts.before), opts.export, deps.clock.now());
  process.stdout.write(
    `已清理 ${result.purged} 条审计事件 / purged ${result.purged} audit events before ${opts.before}; the chains start from their checkpoints\n`,
  );
}
