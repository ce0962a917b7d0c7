import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';
import { readUnitRangeEnd } from './unit-ranges.js';

describe('a range with its unit on both ends (issue 19, tenth pass)', () => {
  it('reads the top of the range only when the unit repeats', () => {
    expect(readUnitRangeEnd('—8%，', '%')).toEqual({ valueMax: 8, length: 3 });
    expect(readUnitRangeEnd('至6.5%', '%')).toEqual({ valueMax: 6.5, length: 5 });
    expect(readUnitRangeEnd('—3家', '%')).toBeNull();
    expect(readUnitRangeEnd('，8%', '%')).toBeNull();
  });

  it('is one quantity, a range, in a sentence', () => {
    const found = findQuantities('全县生产总值增长7%—8%，新增市场主体2000户。');
    expect(found.map((q) => [q.raw, q.value, q.valueMax, q.comparator])).toEqual([
      ['7%—8%', 7, 8, 'range'],
      ['2000户', 2000, null, '='],
    ]);
    expect(findQuantities('农民收入增长6万元—7万元。')[0]?.valueMax).toBe(7);
  });
});
