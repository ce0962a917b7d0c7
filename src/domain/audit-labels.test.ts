import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions } from './audit-events';
import {
  auditActionLabel,
  auditActionLabels,
  auditEntityLabel,
  auditEntityLabels,
  auditEntityTypes,
} from './audit-labels';

/** Every .ts file under the server, tests excepted: what the running system can write to the audit log. */
function serverSources(dir = join(import.meta.dirname, '../server')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? serverSources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.includes('.test.')
        ? [readFileSync(join(dir, e.name), 'utf8')]
        : [],
  );
}

describe('audit labels', () => {
  it('names every audit action in Chinese and English', () => {
    for (const action of auditActions) {
      const label = auditActionLabels[action];
      expect(label, action).toBeDefined();
      expect(label.zh, action).toMatch(/[\u4e00-\u9fff]/);
      expect(label.en.length, action).toBeGreaterThan(0);
    }
    expect(Object.keys(auditActionLabels).sort()).toEqual([...auditActions].sort());
  });

  it('knows every action and object type the server writes', () => {
    const text = serverSources().join('\n');
    const actions = new Set(
      [...text.matchAll(/'([a-z]+\.[a-z_]+)'/g)]
        .map((m) => m[1]!)
        .filter((a) =>
          /^(auth|audit|tenant|unit|user|system|demo|decision|task|milestone|report|request|instruction|notification|case|inspection|rectification|interview|accountability|bulletin|assessment|achievement|settings)\./.test(
            a,
          ),
        ),
    );
    const known = new Set<string>(auditActions);
    expect([...actions].filter((a) => text.includes(`action: '${a}'`) && !known.has(a))).toEqual([]);
    const types = new Set([...text.matchAll(/entityType: '([a-z_]+)'/g)].map((m) => m[1]!));
    const knownTypes = new Set<string>(auditEntityTypes);
    expect([...types].filter((x) => !knownTypes.has(x))).toEqual([]);
    for (const type of auditEntityTypes) expect(auditEntityLabels[type].zh, type).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows an unknown code as it is rather than nothing', () => {
    expect(auditActionLabel('report.approved')).toBe('审核通过');
    expect(auditActionLabel('report.approved', 'en')).toBe('Report approved');
    expect(auditActionLabel('legacy.thing')).toBe('legacy.thing');
    expect(auditEntityLabel('task')).toBe('任务');
    expect(auditEntityLabel(null)).toBe('');
  });
});
