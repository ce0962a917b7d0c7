/**
 * Issue #11 finding 1 for the CLI: `luoshi extract FILE` reads a file under the upload route's bounds — the
 * zip guard before mammoth, the parse worker's limits, and the draft cap — and fails with the same codes.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { docxOf } from '../helpers/office-bombs';

describe('luoshi extract is bounded like an upload', () => {
  let dir: string;
  const location = () => ({ dataDir: join(dir, 'data'), databaseUrl: undefined });
  beforeAll(async () => {
    dir = await mkdtemp(join(resolve('.tmp'), 'cli-extract-'));
  });

  it('a .docx that unpacks to 20 MB is refused by the zip guard before parsing', async () => {
    const file = join(dir, 'bomb.docx');
    await writeFile(file, await docxOf(20));
    const started = Date.now();
    const res = runCli(['extract', file], location());
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('FILE_TOO_COMPLEX');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('a text that extracts to more drafts than the cap is refused with TOO_MANY_DRAFTS', async () => {
    const file = join(dir, 'flood.txt');
    await writeFile(file, readFileSync('src/domain/extract/fixtures/unseen-points.txt', 'utf8').repeat(70));
    const res = runCli(['extract', file], location());
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('TOO_MANY_DRAFTS');
  }, 120_000);

  it('an ordinary document still extracts', async () => {
    const res = runCli(
      ['extract', 'src/domain/extract/fixtures/unseen-points.txt', '--date', '2024-01-05'],
      location(),
    );
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout).tasks.length).toBeGreaterThan(10);
  }, 60_000);
});
