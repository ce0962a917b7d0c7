import type { AppDeps } from '../server/context';
import { currentKeyring } from '../server/crypto/data-keys';
import { keyStatus, resealColumns } from '../server/crypto/data-protection';

export async function runKeysStatus(deps: AppDeps): Promise<void> {
  const counts = await keyStatus(deps.db);
  const current = currentKeyring().current.id;
  process.stdout.write(`当前加密密钥 / current data key: ${current}\n`);
  const ids = Object.keys(counts).sort();
  if (ids.length === 0) process.stdout.write('（没有加密数据 / no sealed values）\n');
  for (const id of ids) process.stdout.write(`${id}\t${counts[id]}${id === current ? '\t(current)' : ''}\n`);
}

/** Re-seals under the current key; each batch commits, so running it again after an interruption resumes. */
export async function runKeysRotate(deps: AppDeps): Promise<void> {
  const keyring = currentKeyring();
  const done = await resealColumns(deps.db, keyring, {
    rotate: true,
    onBatch: (n) => process.stdout.write(`已重新加密 / re-sealed ${n}\n`),
  });
  process.stdout.write(
    `密钥轮换完成 / rotation done: ${done} values now on data key ${keyring.current.id}\n`,
  );
}
