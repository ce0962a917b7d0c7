/**
 * Shared by the benchmarks: the machine facts, percentiles, one printed line per figure (figure, ceiling,
 * ratio, goal) and the JSON file bench/results/<name>-<db>.json. A figure is always shown next to a
 * ceiling measured in the same run on the same machine and database, because the absolute times of a
 * shared 2-core machine move with whatever else runs; the ratio moves much less.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export type DbKind = 'pglite' | 'postgres' | 'none';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  ceiling?: { name: string; value: number };
  /** value / ceiling (for rates: figure rate over ceiling rate; for times: ceiling time over figure time is not used — see `ratio`). */
  ratio?: number;
  goal?: string;
  met?: boolean;
  extra?: Record<string, unknown>;
}

export function machine(db: DbKind, dbVersion?: string) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    db,
    ...(dbVersion ? { dbVersion } : {}),
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

/** Prints one figure as `name: value unit | ceiling name value | ratio r | goal (met/MISSED)`. */
export function report(figure: Figure): Figure {
  const parts = [`${figure.name}: ${round(figure.value)} ${figure.unit}`];
  if (figure.ceiling)
    parts.push(`ceiling ${figure.ceiling.name} ${round(figure.ceiling.value)} ${figure.unit}`);
  if (figure.ratio !== undefined) parts.push(`ratio ${figure.ratio.toFixed(2)}`);
  if (figure.goal)
    parts.push(`goal ${figure.goal}${figure.met === undefined ? '' : figure.met ? ' — met' : ' — MISSED'}`);
  process.stdout.write(`  ${parts.join(' | ')}\n`);
  return figure;
}

/** Writes bench/results/<name>-<db>.json with the machine facts and every figure of the run. */
export function writeResults(
  name: string,
  db: DbKind,
  figures: Figure[],
  context: Record<string, unknown> = {},
  dbVersion?: string,
): string {
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  // A province's figures are kept beside the usual ones, not over them.
  const scale = process.env.BENCH_SCALE === 'province' ? '-province' : '';
  const file = new URL(`${name}-${db}${scale}.json`, dir);
  const body = {
    benchmark: name,
    at: new Date().toISOString(),
    machine: machine(db, dbVersion),
    context,
    figures,
  };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  process.stdout.write(`  → bench/results/${name}-${db}${scale}.json\n`);
  return file.pathname;
}

/** `--db pglite|postgres` (postgres needs DATABASE_URL); default pglite. */
export function dbArg(): 'pglite' | 'postgres' {
  const i = process.argv.indexOf('--db');
  const value = i >= 0 ? process.argv[i + 1] : 'pglite';
  if (value !== 'pglite' && value !== 'postgres')
    throw new Error(`--db must be pglite or postgres, not ${value}`);
  if (value === 'postgres' && !process.env.DATABASE_URL) throw new Error('--db postgres needs DATABASE_URL');
  return value;
}

/** Times fn `runs` times in sequence; returns the milliseconds of each run. */
export async function timeRuns(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times;
}
