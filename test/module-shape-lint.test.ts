import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The module shape (docs/ARCHITECTURE.md) is enforced by eslint.config.js: these fail if its rules go.
const eslint = new ESLint({ cwd: process.cwd() });
const drizzle = "import { eq } from 'drizzle-orm';\nexport const x = eq;\n";
const permission =
  "import { hasPermission } from '../../../domain/permissions';\nexport const x = hasPermission;\n";

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module shape lint rules', () => {
  it('refuses a Drizzle import in a use case, routes or policy file, and allows it in a repository and the db layer', async () => {
    expect(await restricted(drizzle, 'src/server/modules/tasks/list-things.ts')).toHaveLength(1);
    expect(await restricted(drizzle, 'src/server/modules/tasks/tasks.routes.ts')).toHaveLength(1);
    expect(await restricted(drizzle, 'src/server/modules/tasks/tasks.policy.ts')).toHaveLength(1);
    expect(await restricted(drizzle, 'src/server/modules/tasks/tasks.repository.ts')).toEqual([]);
    expect(await restricted(drizzle, 'src/server/db/client.ts')).toEqual([]);
  }, 60_000);

  it('refuses hasPermission outside policy files and the domain', async () => {
    expect(await restricted(permission, 'src/server/modules/tasks/list-things.ts')).toHaveLength(1);
    expect(await restricted(permission, 'src/server/modules/tasks/tasks.repository.ts')).toHaveLength(1);
    expect(await restricted(permission, 'src/server/modules/tasks/tasks.policy.ts')).toEqual([]);
    expect(await restricted(permission.replace('../../../domain/', './'), 'src/domain/abilities.ts')).toEqual(
      [],
    );
  }, 60_000);

  it('refuses a hand-written object shape in the web API modules', async () => {
    const lint = async (code: string, filePath: string) => {
      const [result] = await eslint.lintText(code, { filePath });
      return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');
    };
    expect(await lint('export interface Task { id: string }\n', 'web/src/api/types.ts')).toHaveLength(1);
    expect(await lint('export type Task = { id: string };\n', 'web/src/api/supervision.ts')).toHaveLength(1);
    expect(await lint("export type Light = 'red' | 'green';\n", 'web/src/api/types.ts')).toEqual([]);
  }, 60_000);
});
