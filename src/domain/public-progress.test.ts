import { describe, expect, it } from 'vitest';
import { publicBulletinVersions, publicStanding, standingCounts } from './public-progress';

describe('public progress', () => {
  it('counts a done task as done whatever its light, red as behind, green and yellow as on track', () => {
    expect(publicStanding(true, 'red')).toBe('done');
    expect(publicStanding(false, 'red')).toBe('behind');
    expect(publicStanding(false, 'yellow')).toBe('on_track');
    expect(publicStanding(false, null)).toBe('on_track');
    const list = (['done', 'behind', 'on_track', 'on_track'] as const).map((standing) => ({ standing }));
    expect(standingCounts(list)).toEqual({ total: 4, done: 1, onTrack: 2, behind: 1 });
  });

  it('shows a period through its latest published version only, and only when that one is public', () => {
    const row = (period: string, version: number, status: string, isPublic: boolean) => ({
      period,
      version,
      status,
      isPublic,
    });
    const shown = publicBulletinVersions([
      row('2024-05', 1, 'published', true),
      row('2024-06', 1, 'published', true),
      row('2024-06', 2, 'published', false),
      row('2024-07', 1, 'published', true),
      row('2024-07', 2, 'draft', false),
      row('2024-08', 1, 'draft', true),
    ]);
    expect(shown.map((r) => `${r.period}v${r.version}`)).toEqual(['2024-07v1', '2024-05v1']);
  });
});
