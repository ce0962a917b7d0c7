/** docs/security.md names, for each control of issue #11, a test: each named test must exist in its file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const rows = readFileSync('docs/security.md', 'utf8')
  .split('\n')
  .map((line) => /^\| [^|]+ \| [^|]+ \| `([^`]+)` › (.+) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: m[1] as string, name: (m[2] as string).trim() }));

describe('docs/security.md', () => {
  it('lists the issue #11 controls with tests that exist', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const missing = rows.filter(({ file, name }) => {
      const source = readFileSync(file, 'utf8');
      // The name as it appears between the quotes of it('…') (backquotes in a name are in a '…' string).
      return (
        !source.includes(`'${name}'`) && !source.includes(`\`${name}\``) && !source.includes(`"${name}"`)
      );
    });
    expect(missing).toEqual([]);
  });
});
