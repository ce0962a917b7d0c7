/**
 * The public board's answers kept in memory per district slug for a minute, so that a busy public page
 * costs no database work: each app has its own cache (one per process), and any successful write to the
 * district's projects or settings through this process drops that district's entry at once; another
 * process's write shows within the minute. Unknown slugs are remembered too (as null), within a bound.
 */
export interface PublicBoardEntry {
  tenantId: string;
  json: unknown;
  html: string;
}

export const publicBoardTtlMs = 60_000;
const maxEntries = 1000;

export class PublicBoardCache {
  private readonly entries = new Map<string, { at: number; value: PublicBoardEntry | null }>();

  /** The entry while fresh; undefined when missing or older than the TTL. */
  get(slug: string, now: number): PublicBoardEntry | null | undefined {
    const hit = this.entries.get(slug);
    if (!hit) return undefined;
    if (now - hit.at >= publicBoardTtlMs) {
      this.entries.delete(slug);
      return undefined;
    }
    return hit.value;
  }

  set(slug: string, value: PublicBoardEntry | null, now: number): void {
    if (this.entries.size >= maxEntries) this.entries.clear();
    this.entries.set(slug, { at: now, value });
  }

  /** Drops a district's entry (after a write), and the remembered unknown slugs (a district may be new). */
  invalidateTenant(tenantId: string): void {
    for (const [slug, hit] of this.entries)
      if (hit.value === null || hit.value.tenantId === tenantId) this.entries.delete(slug);
  }
}
