/**
 * The first browser test: the administrator logs in with the configured first password, is made to change
 * it, creates a unit and sees it listed. Screenshots go to test-results/.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../test/helpers/server-process';
import { launchBrowser, screenshot } from './browser';

describe('foundation in the browser', () => {
  const dataDir = resolve('.tmp', `e2e-${randomUUID()}`);
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServerProcess({
      LUOSHI_DATA_DIR: dataDir,
      LUOSHI_ADMIN_PASSWORD: 'First#Admin2024',
      LUOSHI_DISTRICT_NAME: '示范区',
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('logs in, changes the password, creates a unit and sees it listed', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    await page.goto(`${server.base}/login`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('First#Admin2024');
    await screenshot(page, 'foundation-01-login');
    await page.getByRole('button', { name: /登\s*录/ }).click();

    // A first password must be changed before anything else.
    await page.waitForURL(/password/);
    await page.getByLabel('当前密码').fill('First#Admin2024');
    await page.getByLabel('新密码', { exact: true }).fill('Second#Admin2024');
    await page.getByLabel('确认新密码').fill('Second#Admin2024');
    await screenshot(page, 'foundation-02-change-password');
    await page.getByRole('button', { name: /确认修改/ }).click();
    await page.waitForURL((url) => !/password/.test(url.pathname));

    await page.goto(`${server.base}/admin/units`);
    await page
      .getByRole('button', { name: /新建单位/ })
      .first()
      .click();
    await page.getByLabel('单位名称').fill('区发展和改革委员会');
    await page.getByLabel('单位代码').fill('FGW');
    await page.getByLabel('类型', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('部门').click();
    await page.getByRole('button', { name: /保\s*存|确\s*定/ }).click();
    await expect
      .poll(async () => page.getByRole('cell', { name: '区发展和改革委员会' }).count())
      .toBeGreaterThan(0);
    await page
      .locator('.ant-drawer-open')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await page.waitForTimeout(400);
    await screenshot(page, 'foundation-03-units');

    // The server agrees: the unit exists.
    const units = await page.evaluate(async () => (await fetch('/api/v1/units')).json());
    expect(units.items.map((u: { code: string }) => u.code)).toContain('FGW');
    await page.goto(`${server.base}/`);
    await page.waitForLoadState('networkidle');
    await page
      .locator('.ant-spin-spinning')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await screenshot(page, 'foundation-04-workbench');
  });
});
