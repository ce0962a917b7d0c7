import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSelfReferencing } from './backup';

const table = { name: 'tasks', selfRefColumns: [{ column: 'parent_id', references: 'id' }] };
type Row = { id: string; parent_id: string | null };

/** A random forest: each row's parent is an earlier row or none; then shuffled. */
const forest = fc.array(fc.nat(), { maxLength: 60 }).chain((picks) => {
  const rows: Row[] = picks.map((p, i) => ({
    id: `r${i}`,
    parent_id: i === 0 || p % 3 === 0 ? null : `r${p % i}`,
  }));
  return fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });
});

describe('restore order of self-referencing rows', () => {
  it('places every row once, each after its parent, whatever order the backup holds', () => {
    fc.assert(
      fc.property(forest, (rows) => {
        const out = sortSelfReferencing(rows, table) as Row[];
        expect(out).toHaveLength(rows.length);
        expect(new Set(out.map((r) => r.id)).size).toBe(rows.length);
        const at = new Map(out.map((r, i) => [r.id, i]));
        for (const r of out)
          if (r.parent_id !== null) expect(at.get(r.parent_id)).toBeLessThan(at.get(r.id) as number);
      }),
    );
  });

  it('handles a chain deeper than any recursion limit, children first', () => {
    const rows: Row[] = Array.from({ length: 20_000 }, (_v, i) => ({
      id: `r${i}`,
      parent_id: i === 0 ? null : `r${i - 1}`,
    })).reverse();
    const out = sortSelfReferencing(rows, table) as Row[];
    expect(out.map((r) => r.id)).toEqual(rows.map((r) => r.id).reverse());
  });

  it('refuses a loop with its ids and no row data', () => {
    fc.assert(
      fc.property(forest, fc.integer({ min: 1, max: 5 }), (rows, size) => {
        const loop: Row[] = Array.from({ length: size }, (_v, i) => ({
          id: `loop${i}`,
          parent_id: `loop${(i + 1) % size}`,
        }));
        let message = '';
        try {
          sortSelfReferencing([...rows, ...loop, { id: 'below', parent_id: 'loop0' }], table);
        } catch (error) {
          message = (error as Error).message;
        }
        expect(message).toMatch(/loop0/);
        expect(message.length).toBeLessThan(400);
      }),
    );
  });

  it('leaves a dangling parent (a row not in the backup) to the foreign key', () => {
    expect(sortSelfReferencing([{ id: 'a', parent_id: 'gone' }], table)).toEqual([
      { id: 'a', parent_id: 'gone' },
    ]);
  });
});
