/** How often the audit chains' heads are anchored outside the database (audit-anchor.ts). */
export interface AnchorSettings {
  /** A head that changed is anchored at least this often. */
  intervalMs: number;
  /** …and after this many events written by this process. */
  everyEvents: number;
  /** HMAC key from the environment; none → a generated key file in the data folder. */
  key: string | undefined;
}

export const defaultAnchorSettings: AnchorSettings = {
  intervalMs: 5 * 60_000,
  everyEvents: 100,
  key: undefined,
};
