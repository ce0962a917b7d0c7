/**
 * How the public pages (民生实事, 公开版通报; issue 17) sum up progress for a resident: each task is done,
 * on track (a green or yellow light) or behind (a red light), and a bulletin period shows publicly only
 * through its latest published version, and only when the office switched that version public.
 */
import type { Light } from './vocabulary';

export const publicStandings = ['done', 'on_track', 'behind'] as const;
export type PublicStanding = (typeof publicStandings)[number];

/** A done task is done whatever its light; otherwise red is behind and anything else on track. */
export function publicStanding(done: boolean, light: Light | null): PublicStanding {
  if (done) return 'done';
  return light === 'red' ? 'behind' : 'on_track';
}

/** The counts a resident reads at a glance: total, done, on track, behind (they always add up). */
export function standingCounts(list: ReadonlyArray<{ standing: PublicStanding }>): {
  total: number;
  done: number;
  onTrack: number;
  behind: number;
} {
  const count = (s: PublicStanding) => list.filter((x) => x.standing === s).length;
  return { total: list.length, done: count('done'), onTrack: count('on_track'), behind: count('behind') };
}

/** A light in the words of the public pages. */
export const publicLightWords: Record<Light, string> = {
  green: '正常推进',
  yellow: '预警（需加快）',
  red: '进展滞后',
};

export const publicStandingWords: Record<PublicStanding, string> = {
  done: '已完成',
  on_track: '正常推进',
  behind: '进展滞后',
};

/**
 * The bulletin versions the public sees: for each period, its latest published version, and only when that
 * version is public. A correction published later hides the earlier public version until it is switched
 * public itself (a superseded text must not stay out in the open); drafts never count.
 */
export function publicBulletinVersions<
  T extends { period: string; version: number; status: string; isPublic: boolean },
>(rows: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const r of rows) {
    if (r.status !== 'published') continue;
    const seen = latest.get(r.period);
    if (!seen || r.version > seen.version) latest.set(r.period, r);
  }
  return [...latest.values()].filter((r) => r.isPublic).sort((a, b) => (a.period < b.period ? 1 : -1));
}
