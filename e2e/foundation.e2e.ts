/**
 * The first browser test: the administrator logs in with the configured first password, is made to change
 * it, creates a unit and sees it listed. Screenshots go to test-results/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { ADMIN_PASSWORD, FIRST_ADMIN_PASSWORD, startDistrictServer, type TestServer } from './helpers';

describe('foundation in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    // The administrator's first login is this test's subject: only the server, nothing seeded.
    server = await startDistrictServer({ jobs: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('logs in, changes the password, creates a unit and sees it listed', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    await page.goto(`${server.base}/login`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(FIRST_ADMIN_PASSWORD);
    await screenshot(page, 'foundation-01-login');
    await page.getByRole('button', { name: /登\s*录/ }).click();

    // A first password must be changed before anything else.
    await page.waitForURL(/password/);
    await page.getByLabel('当前密码').fill(FIRST_ADMIN_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByLabel('确认新密码').fill(ADMIN_PASSWORD);
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
