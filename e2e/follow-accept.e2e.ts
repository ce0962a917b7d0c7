/**
 * 签收时限 in the browser (issue 16): a task published today and not accepted is yellow with the reason
 * "超过签收时限未签收" once the time limit (3 working days by default) has passed. The server is restarted on the
 * same data with its clock ten days ahead (e2e/shift-clock.mjs): the office sees the yellow light and its reason
 * on the task page and in the ledger; the unit still finds the task to accept on its workbench and its page.
 * Screenshots: test-results/follow-accept-*.png.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../test/helpers/server-process';
import { launchBrowser } from './browser';
import {
  Client,
  FIRST_ADMIN_PASSWORD,
  logIn,
  seedDistrict,
  settle,
  shanghaiDay,
  shoot,
  type District,
} from './helpers';

describe('a task not accepted in time in the browser', () => {
  let district: District;
  let later: ServerProcess | undefined;
  let browser: Browser;
  let taskId: string;
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const operator = { username: 'swj.liaison', password: 'Swj#Liaison2024' };

  beforeAll(async () => {
    district = await seedDistrict({
      units: [{ name: '区商务局', code: 'SWJ' }],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        { ...operator, displayName: '商务局联络员 吴敏', roles: ['unit_operator'], unitCode: 'SWJ' },
      ],
    });
    const sup = await Client.login(district.base, supervisor.username, supervisor.password);
    const decision = await sup.call<{ id: string }>('POST', '/decisions', {
      title: '区委五届八次全会工作报告',
      kind: 'plenary',
      date: shanghaiDay(-5),
      source: 'district_direct',
    });
    taskId = (
      await sup.call<{ id: string }>('POST', '/tasks', {
        decisionId: decision.id,
        title: '培育壮大夜间经济，打造三条特色街区',
        leadUnitId: district.unitIds.SWJ,
        startDate: shanghaiDay(0),
        dueDate: shanghaiDay(300),
      })
    ).id;
    // Published today; nobody accepts it.
    await sup.call('POST', `/decisions/${decision.id}/publish`);
    // Ten calendar days on: at least six working days even across a weekend, past the 3-working-day limit
    // (a long national holiday right after today could still hold it back; none falls in the run's dates).
    await district.server.stop();
    later = await startServerProcess({
      LUOSHI_DATA_DIR: district.dataDir,
      LUOSHI_ADMIN_PASSWORD: FIRST_ADMIN_PASSWORD,
      LUOSHI_DISTRICT_NAME: '示范区',
      LUOSHI_JOBS: 'off',
      LUOSHI_E2E_SHIFT_DAYS: '10',
      NODE_OPTIONS: `--import ${resolve('e2e/shift-clock.mjs')}`,
    });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await later?.stop();
    await district?.stop();
  });

  async function as(account: { username: string; password: string }): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, later!.base, account.username, account.password);
    return page;
  }

  it('the task turns yellow with 超过签收时限未签收; the unit still has it to accept', async () => {
    const office = await as(supervisor);
    await office.goto(`${later!.base}/tasks/${taskId}`);
    await office.getByRole('heading', { name: '培育壮大夜间经济，打造三条特色街区' }).waitFor();
    const light = office.getByLabel('黄灯：超过签收时限未签收').first();
    await light.waitFor();
    await light.hover();
    await office.getByRole('tooltip').getByText('超过签收时限未签收').waitFor();
    await settle(office);
    await shoot(office, 'follow-accept-01-task-yellow');

    await office.goto(`${later!.base}/ledger`);
    await office.getByText('培育壮大夜间经济，打造三条特色街区').first().waitFor();
    await expect.poll(() => office.getByLabel('黄灯：超过签收时限未签收').count()).toBeGreaterThan(0);
    await settle(office);
    await shoot(office, 'follow-accept-02-ledger');
    await office.close();

    const unit = await as(operator);
    await unit.goto(`${later!.base}/`);
    await unit.getByText('待签收').first().waitFor();
    await unit.getByText('培育壮大夜间经济，打造三条特色街区').first().waitFor();
    await settle(unit);
    await shoot(unit, 'follow-accept-03-workbench');
    // On its page the task still offers 签收, and the unit sees why it is yellow.
    await unit.goto(`${later!.base}/tasks/${taskId}`);
    await unit.getByRole('button', { name: '签收', exact: true }).waitFor();
    await unit.getByLabel('黄灯：超过签收时限未签收').first().waitFor();
    await settle(unit);
    await shoot(unit, 'follow-accept-04-task-unit');
    await unit.close();
  }, 120_000);
});
