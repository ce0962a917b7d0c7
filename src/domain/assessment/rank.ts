/**
 * Ranking within a group, tie-breaks and grade quotas ("考出差别").
 *
 * Units are ordered by total, then by the scheme's tie-breaks (by default the task_completion component, then
 * fewer red months). Units still tied share a rank (1, 2, 2, 4). Vetoed units rank after all others and take
 * the lowest grade, so they never take a quota place; they do count in the group's size that quotas are a share
 * of. Grades are filled best first: a unit takes the best grade whose floor it reaches and whose quota has room.
 * A tied block that does not fit whole into a quota's remaining room goes down a grade whole (a quota is a
 * ceiling, and nothing left separates them), and everyone below it that reached the floor goes down too.
 */
import { compareStrings } from './dates';
import type { TUnitFlag } from './result';
import { toCents } from './rounding';
import type { TGrade } from './scheme';

export interface TRankEntry {
  unitId: string;
  totalCents: number;
  isVetoed: boolean;
  /** Tie-break values in the scheme's order, oriented so that higher is better; null is below any number. */
  tieBreaks: readonly (number | null)[];
}

export interface TPlacement {
  unitId: string;
  rank: number;
  /** Index into the scheme's grades (0 is the best). */
  gradeIndex: number;
  flags: TUnitFlag[];
}

/** How many units a quota of `maxPercent` allows in a group of `groupSize`: rounded down, never below 0. */
export function quotaSize(maxPercent: number, groupSize: number): number {
  // Integer arithmetic: 0.29 × 100 is 28.999… in binary and would floor to 28.
  return Math.max(0, Math.floor((toCents(maxPercent) * groupSize) / 10_000));
}

/** Orders two entries for ranking: negative when `a` ranks above `b`, 0 when nothing separates them. */
export function compareForRank(a: TRankEntry, b: TRankEntry): number {
  if (a.isVetoed !== b.isVetoed) return a.isVetoed ? 1 : -1;
  if (a.totalCents !== b.totalCents) return b.totalCents - a.totalCents;
  const n = Math.max(a.tieBreaks.length, b.tieBreaks.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.tieBreaks[i] ?? null;
    const y = b.tieBreaks[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  }
  return 0;
}

/** Ranks a group's units and gives each a grade; returns them in rank order (tied units by unit id). */
export function placeUnits(entries: readonly TRankEntry[], grades: readonly TGrade[]): TPlacement[] {
  const sorted = [...entries].sort((a, b) => compareForRank(a, b) || compareStrings(a.unitId, b.unitId));
  const lowest = grades.length - 1;
  const placements = new Map<string, TPlacement>();
  const blocks: TRankEntry[][] = [];
  sorted.forEach((entry, i) => {
    const prev = sorted[i - 1];
    const prevPlacement = prev ? placements.get(prev.unitId) : undefined;
    const isTied = prev !== undefined && compareForRank(prev, entry) === 0;
    placements.set(entry.unitId, {
      unitId: entry.unitId,
      rank: isTied && prevPlacement ? prevPlacement.rank : i + 1,
      gradeIndex: lowest,
      flags: [],
    });
    const lastBlock = blocks[blocks.length - 1];
    if (isTied && lastBlock) lastBlock.push(entry);
    else blocks.push([entry]);
  });

  let pool = blocks.filter((block) => !block[0]?.isVetoed);
  grades.slice(0, lowest).forEach((grade, gradeIndex) => {
    const floorCents = toCents(grade.floor);
    const room =
      grade.quota === null ? Number.POSITIVE_INFINITY : quotaSize(grade.quota.maxPercent, entries.length);
    let taken = 0;
    let isFull = false;
    const left: TRankEntry[][] = [];
    for (const block of pool) {
      const reachesFloor = (block[0]?.totalCents ?? Number.NEGATIVE_INFINITY) >= floorCents;
      if (reachesFloor && !isFull && taken + block.length <= room) {
        for (const e of block) setGrade(placements, e.unitId, gradeIndex);
        taken += block.length;
        continue;
      }
      if (reachesFloor) {
        const flag: TUnitFlag = !isFull && taken < room ? 'quota_tie_demoted' : 'quota_demoted';
        for (const e of block) addFlag(placements, e.unitId, flag);
        isFull = true;
      }
      left.push(block);
    }
    pool = left;
  });
  return sorted.map((e) => placements.get(e.unitId)).filter((p): p is TPlacement => p !== undefined);
}

function setGrade(placements: Map<string, TPlacement>, unitId: string, gradeIndex: number): void {
  const p = placements.get(unitId);
  if (p) p.gradeIndex = gradeIndex;
}

function addFlag(placements: Map<string, TPlacement>, unitId: string, flag: TUnitFlag): void {
  const p = placements.get(unitId);
  if (p && !p.flags.includes(flag)) p.flags.push(flag);
}
