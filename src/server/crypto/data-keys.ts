/**
 * SM4 encryption at rest of personal data (phone, e-mail, TOTP secret), 等保2.0 level 3 "confidentiality of
 * stored important data". Node's OpenSSL has sm4-cbc but no SM4-GCM, so values are sealed encrypt-then-MAC:
 *
 *   v1:<keyId>:<iv>:<ciphertext>:<mac>     (iv, ciphertext, mac in base64url)
 *
 * with SM4-CBC under an encryption key and HMAC-SM3 over "v1:<keyId>:<iv>:<ciphertext>" under a MAC key, both
 * derived from the configured 128-bit data key. Several keys may be configured; the first seals, any opens
 * (rotation). The keyring is process-wide because Drizzle's column codec (schema.ts) is synchronous and global.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DataKey {
  id: string;
  encKey: Buffer;
  macKey: Buffer;
}

export interface Keyring {
  /** The key new values are sealed with. */
  current: DataKey;
  byId: Map<string, DataKey>;
}

export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyError';
  }
}

const prefix = 'v1';
const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

/** A 128-bit key written as 32 hex digits or as base64 (24 characters). */
export function parseKeyMaterial(text: string, where: string): Buffer {
  const t = text.trim();
  const raw = /^[0-9a-fA-F]{32}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (
    raw.length !== 16 ||
    (!/^[0-9a-fA-F]{32}$/.test(t) && raw.toString('base64').replace(/=+$/, '') !== t.replace(/=+$/, ''))
  ) {
    throw new DataKeyError(`${where}: a data key must be 128 bits, written as 32 hex digits or base64`);
  }
  return raw;
}

function derive(master: Buffer, label: string, length: number): Buffer {
  return createHmac('sm3', master).update(`luoshi data key ${label}`).digest().subarray(0, length);
}

/** The id of a key given without one: a fingerprint, so a different key never shares an id. */
export function fingerprint(master: Buffer): string {
  return createHmac('sm3', master).update('luoshi data key id').digest('hex').slice(0, 8);
}

export function makeKey(id: string, master: Buffer): DataKey {
  if (!keyIdPattern.test(id))
    throw new DataKeyError(`data key id "${id}" must be 1–32 letters, digits, _ or -`);
  return { id, encKey: derive(master, 'enc', 16), macKey: derive(master, 'mac', 32) };
}

export function makeKeyring(keys: DataKey[]): Keyring {
  const first = keys[0];
  if (!first) throw new DataKeyError('no data key configured');
  const byId = new Map<string, DataKey>();
  for (const k of keys) {
    if (byId.has(k.id)) throw new DataKeyError(`data key id "${k.id}" is configured twice`);
    byId.set(k.id, k);
  }
  return { current: first, byId };
}

export interface KeySource {
  /** LUOSHI_DATA_KEYS: "id:key,id:key", the first seals. */
  keys?: string | undefined;
  /** LUOSHI_DATA_KEY: one key. */
  key?: string | undefined;
  /** LUOSHI_DATA_KEY_FILE: a file holding one key. */
  keyFile?: string | undefined;
}

/** Reads the configured keys; null when none is configured. Malformed keys are a startup error. */
export function keyringFromSource(source: KeySource): Keyring | null {
  if (source.keys) {
    const keys = source.keys
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((entry) => {
        const at = entry.indexOf(':');
        if (at <= 0) throw new DataKeyError('LUOSHI_DATA_KEYS: each entry must be id:key');
        return makeKey(
          entry.slice(0, at),
          parseKeyMaterial(entry.slice(at + 1), `LUOSHI_DATA_KEYS (${entry.slice(0, at)})`),
        );
      });
    return makeKeyring(keys);
  }
  if (source.key) {
    const master = parseKeyMaterial(source.key, 'LUOSHI_DATA_KEY');
    return makeKeyring([makeKey(fingerprint(master), master)]);
  }
  if (source.keyFile) {
    let text: string;
    try {
      text = readFileSync(source.keyFile, 'utf8');
    } catch (error) {
      throw new DataKeyError(`LUOSHI_DATA_KEY_FILE ${source.keyFile}: ${(error as Error).message}`);
    }
    const master = parseKeyMaterial(text, `LUOSHI_DATA_KEY_FILE ${source.keyFile}`);
    return makeKeyring([makeKey(fingerprint(master), master)]);
  }
  return null;
}

export const generatedKeyFileName = 'data.key';

/**
 * Development default: a key file in the data directory, created (mode 0600) on first start. Returns the
 * keyring and whether the file was created now, so the caller can say so in the log.
 */
export function keyringFromDataDir(dataDir: string): { keyring: Keyring; file: string; created: boolean } {
  const file = join(dataDir, generatedKeyFileName);
  let created = false;
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(16).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    created = true;
  }
  const keyring = keyringFromSource({ keyFile: file });
  if (!keyring) throw new DataKeyError(`cannot read ${file}`);
  return { keyring, file, created };
}

let installed: Keyring | null = null;

export function installKeyring(keyring: Keyring): void {
  installed = keyring;
}

export function currentKeyring(): Keyring {
  if (!installed) throw new DataKeyError('no data key installed: personal data cannot be stored or read');
  return installed;
}

export function isSealed(value: string): boolean {
  return value.startsWith(`${prefix}:`);
}

/** The key id a sealed value was sealed with. */
export function keyIdOf(value: string): string | null {
  const parts = value.split(':');
  return parts.length === 5 && parts[0] === prefix ? (parts[1] ?? null) : null;
}

function macOf(key: DataKey, head: string): Buffer {
  return createHmac('sm3', key.macKey).update(head).digest();
}

export function seal(plaintext: string, keyring: Keyring = currentKeyring()): string {
  const key = keyring.current;
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', key.encKey, iv);
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const head = `${prefix}:${key.id}:${iv.toString('base64url')}:${ct.toString('base64url')}`;
  return `${head}:${macOf(key, head).toString('base64url')}`;
}

/** Opens a sealed value; a value that is not sealed, names an unknown key or fails its MAC is refused. */
export function open(sealed: string, keyring: Keyring = currentKeyring()): string {
  const parts = sealed.split(':');
  if (parts.length !== 5 || parts[0] !== prefix)
    throw new DataKeyError('stored value is not sealed (plaintext or damaged)');
  const [, id, ivText, ctText, macText] = parts as [string, string, string, string, string];
  const key = keyring.byId.get(id);
  if (!key) throw new DataKeyError(`stored value was sealed with data key "${id}", which is not configured`);
  const expected = macOf(key, `${prefix}:${id}:${ivText}:${ctText}`);
  const mac = Buffer.from(macText, 'base64url');
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) {
    throw new DataKeyError(
      `stored value failed its integrity check under data key "${id}" (tampered, or the wrong key)`,
    );
  }
  const decipher = createDecipheriv('sm4-cbc', key.encKey, Buffer.from(ivText, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ctText, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
