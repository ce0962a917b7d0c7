import { describe, expect, it } from 'vitest';
import { isStandbyFailure } from './read-replica';

describe('isStandbyFailure', () => {
  it('retries on the primary when the standby is gone, restarting or cancelled the read to replay WAL', () => {
    expect(isStandbyFailure({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isStandbyFailure({ code: '57P01' })).toBe(true);
    expect(isStandbyFailure({ code: '08006' })).toBe(true);
    // Drizzle wraps the driver's error: the code is on the cause.
    expect(isStandbyFailure(Object.assign(new Error('query failed'), { cause: { code: '40001' } }))).toBe(
      true,
    );
  });

  it('lets the errors of the read itself through', () => {
    expect(isStandbyFailure({ code: '42P01' })).toBe(false);
    expect(isStandbyFailure(new Error('bug'))).toBe(false);
    expect(isStandbyFailure(null)).toBe(false);
  });
});
