import { verifyAuditChains } from '../server/audit/verify-audit';
import type { AppDeps } from '../server/context';
import { withSystemTx } from '../server/db/tx';

/** Prints the outcome; false when a chain is broken (the command then exits 1). */
export async function runAuditVerify(deps: AppDeps): Promise<boolean> {
  const result = await withSystemTx(deps.db, (tx) => verifyAuditChains(tx));
  if (result.ok) {
    process.stdout.write(`审计日志链完整 / audit chains intact: ${result.checked} events checked\n`);
    return true;
  }
  const b = result.firstBroken;
  process.stdout.write(
    `审计日志链已损坏 / audit chain BROKEN at event seq=${b?.seq} id=${b?.id} tenant=${b?.tenantId ?? 'installation'} (${b?.reason}); ${result.checked} events before it are intact\n`,
  );
  return false;
}
