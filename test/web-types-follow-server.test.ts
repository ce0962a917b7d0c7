/**
 * The web's API types are the server's zod schemas (web/src/api/types.ts imports them), so a change of a server
 * shape must fail the web's typecheck where the web uses it. This test proves it: it typechecks the web with one
 * field of ZTask renamed in memory and expects errors in the web's own files, naming the old field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const schemasFile = resolve(root, 'src/server/modules/tasks/tasks.schemas.ts');
const original = '  progress: z.number().int(),\n  isKey: z.boolean(),';
const renamed = '  progressPercent: z.number().int(),\n  isKey: z.boolean(),';

function webErrorsWith(replace: (text: string) => string): ts.Diagnostic[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  if (!config) throw new Error('tsconfig.json not readable');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) =>
    resolve(file) === schemasFile ? replace(readFileSync(file, 'utf8')) : readFile(file);
  const webFiles = config.fileNames.filter((f) => f.startsWith(resolve(root, 'web/src')));
  const program = ts.createProgram(webFiles, config.options, host);
  // Checking only the files that mention the field keeps the run short; the program still holds the whole web.
  const readers = webFiles.filter((f) => /\bprogress\b/.test(readFileSync(f, 'utf8')));
  return readers.flatMap((f) => {
    const source = program.getSourceFile(f);
    return source ? program.getSemanticDiagnostics(source) : [];
  });
}

describe('the web typechecks against the server schemas', () => {
  it('renaming a field of ZTask breaks the web pages that read it', { timeout: 240_000 }, () => {
    expect(readFileSync(schemasFile, 'utf8')).toContain(original);
    const errors = webErrorsWith((text) => text.replace(original, renamed));
    const inPages = errors.filter((d) => d.file && /web\/src\/(features|routes)\//.test(d.file.fileName));
    expect(inPages.length).toBeGreaterThan(0);
    const messages = inPages.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages.some((m) => m.includes("'progress'"))).toBe(true);
  });
});
