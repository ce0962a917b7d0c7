import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import type { TMe } from './auth.schemas';

describe.each(dbKinds())('the workbench a section (科室) account is offered on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t?.close());

  const me = async (cookie: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json() as TMe;

  it('a section’s people get the section cards, not the unit cards they cannot act on; the unit keeps its own', async () => {
    const street = await buildUnit(t, { kind: 'street', name: '城关街道' });
    const section = await buildUnit(t, { kind: 'section', name: '社会事务科', parentId: street.id });
    const unitHead = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: street.id }));
    const sectionHead = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: section.id }));
    const sectionClerk = await loginAs(
      t,
      await buildUser(t, { roles: ['unit_operator'], unitId: section.id }),
    );
    expect((await me(unitHead)).abilities.workbench).toEqual(['unit']);
    expect((await me(sectionHead)).abilities.workbench).toEqual(['section']);
    expect((await me(sectionClerk)).abilities.workbench).toEqual(['section']);
  });
});
