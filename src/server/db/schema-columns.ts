/** Column helpers shared by the Drizzle table files (a file of its own so that they import no cycle). */
import { date, timestamp } from 'drizzle-orm/pg-core';

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const day = (name: string) => date(name, { mode: 'string' });
