/** Column helpers shared by the Drizzle table files (a file of its own so that they import no cycle). */
import { customType, date, numeric, timestamp } from 'drizzle-orm/pg-core';
import { open, seal } from '../crypto/data-keys';

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const day = (name: string) => date(name, { mode: 'string' });

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});
export const num = (name: string) => numeric(name, { mode: 'number' });

/** Text sealed with SM4 at rest (crypto/data-keys.ts): personal data and credentials. */
export const sealedText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => seal(value),
  fromDriver: (value) => open(value),
});
