/**
 * No source file over 400 lines (issue #12): a file that long bundles several things and is hard to change
 * one rule in. Split it by section or by use case instead of raising the limit.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 400;
const ROOTS = ['src', 'web/src', 'test', 'e2e', 'scripts', 'bench'];
const SOURCE = /\.(ts|tsx|js|mjs|cjs|css)$/;

/**
 * Files still over the limit, each with the reason. An entry must go as soon as its file is split: the test
 * fails on an entry whose file is back under the limit, so the list can only shrink.
 */
const EXCEPTIONS = new Map<string, string>([
  // None today. An entry is [path, why it may stay long].
]);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
      return SOURCE.test(e.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('file size', () => {
  it(`keeps every source file at ${MAX_LINES} lines or fewer`, async () => {
    const files = (await Promise.all(ROOTS.map(sourceFiles))).flat();
    expect(files.length).toBeGreaterThan(100);
    const sizes = await Promise.all(
      files.map(async (f) => ({
        file: f.split('\\').join('/'),
        lines: lineCount(await readFile(f, 'utf8')),
      })),
    );
    const tooLong = sizes.filter((s) => s.lines > MAX_LINES && !EXCEPTIONS.has(s.file));
    expect(tooLong.map((s) => `${s.file}: ${s.lines} lines`)).toEqual([]);
    const stale = [...EXCEPTIONS.keys()].filter(
      (f) => !sizes.some((s) => s.file === f && s.lines > MAX_LINES),
    );
    expect(stale, 'exceptions whose file is now short enough (or gone): remove them').toEqual([]);
  });
});
