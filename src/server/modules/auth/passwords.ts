import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';

// argon2id (memory-hard, OWASP's first choice) through @node-rs/argon2: prebuilt in the npm package, no
// compiler at install. Parameters: OWASP's minimum of 19 MiB, 2 passes.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/**
 * A fixed argon2id hash with the same parameters as real ones, verified when the account is unknown, disabled
 * or locked, so that the time taken does not reveal which (no password verifies against it in practice).
 */
export const dummyPasswordHash =
  '$argon2id$v=19$m=19456,t=2,p=1$FHany4HpVQ3HjwKjVZZJbQ$8z8B55DUAVkEa8qI/Bs72Q09QT15wVUKWwxO/QB76DI';

/** A one-time password that satisfies the policy (all four classes), without look-alike characters. */
export function generatePassword(length = 12): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@!?'];
  const all = sets.join('');
  const chars = sets.map((s) => s[randomInt(s.length)] as string);
  while (chars.length < length) chars.push(all[randomInt(all.length)] as string);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
