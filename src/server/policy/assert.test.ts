import { describe, expect, it } from 'vitest';
import { assertCan } from './assert';

describe('assertCan', () => {
  it('lets an allowed action through and refuses the rest with 403 FORBIDDEN', () => {
    expect(() => assertCan(true)).not.toThrow();
    expect(() => assertCan(false)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
