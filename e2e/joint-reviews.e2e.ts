/**
 * 联审联批 in the browser: the office opens a joint review of a project with two departments, the deadline
 * today; the environmental department answers 同意 on its phone-sized page; two days later (the server restarted
 * on the same data with its clock two days ahead) the housing department has still not answered, and the review
 * page shows it red — 超时 — with its days taken, the list counts it, and the page fits a phone.
 * Screenshots: test-results/joint-reviews-*.png.
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

async function pickOption(page: Page, option: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

describe('joint reviews in the browser', () => {
  let district: District;
  let later: ServerProcess | undefined;
  let browser: Browser;
  const office = { username: 'dcs', password: 'Ducha#2024' };
  const housing = { username: 'zjj.op', password: 'Zhujian#2024' };
  const ecology = { username: 'sthj.op', password: 'Shengtai#2024' };
  const project = '城东片区棚户区改造安置房';
  let reviewPath = '';

  beforeAll(async () => {
    district = await seedDistrict({
      units: [
        { name: '城关街道办事处', code: 'CGJD', kind: 'street' },
        { name: '区住房和城乡建设局', code: 'ZJJ' },
        { name: '区生态环境分局', code: 'STHJ' },
      ],
      accounts: [
        { ...office, displayName: '督查室 王敏', roles: ['supervisor'] },
        { ...housing, displayName: '住建局 林晓燕', roles: ['unit_operator'], unitCode: 'ZJJ' },
        { ...ecology, displayName: '生态环境分局 梁雨婷', roles: ['unit_operator'], unitCode: 'STHJ' },
      ],
    });
    const api = await Client.login(district.base, office.username, office.password);
    const year = Number(shanghaiDay(0).slice(0, 4));
    await api.call('POST', '/projects', {
      name: project,
      type: '城建',
      source: 'government',
      stage: 'preparation',
      year,
      totalInvestment: '80000.00',
      annualPlan: '12000.00',
      units: [{ unitId: district.unitIds.CGJD, role: 'street' }],
      monthlyPlan: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, amount: '1000.00' })),
    });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await later?.stop();
    await district?.stop();
  });

  it('the office opens a review with two departments, due today', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, district.base, office.username, office.password);
    await page.getByRole('menuitem', { name: '联审联批' }).click();
    await page.waitForURL(/\/joint-reviews$/);
    await page.getByText('暂无联审事项').waitFor();
    await page.getByRole('button', { name: '发起联审' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('项目', { exact: true }).click();
    await pickOption(page, project);
    await dialog.getByLabel('联审事项').fill('施工许可并联审批');
    const today = shanghaiDay(0);
    await dialog.getByLabel('答复时限').click();
    await dialog.getByLabel('答复时限').fill(today);
    await page.locator('.ant-picker-dropdown:visible').getByTitle(today).click();
    await dialog.getByLabel('部门', { exact: true }).first().click();
    await pickOption(page, '区住房和城乡建设局');
    await dialog.getByLabel('审查内容').first().fill('施工图审查及施工许可');
    await dialog.getByRole('button', { name: '添加部门' }).click();
    await dialog.getByLabel('部门', { exact: true }).nth(1).click();
    await pickOption(page, '区生态环境分局');
    await dialog.getByLabel('审查内容').nth(1).fill('环评审批');
    await settle(page);
    await shoot(page, 'joint-reviews-01-open');
    await dialog.getByRole('button', { name: '发起联审' }).click();
    await page.waitForURL(/\/joint-reviews\/[0-9a-f-]{36}$/);
    reviewPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: '施工许可并联审批' }).waitFor();
    await expect.poll(() => page.getByText('待答复').count()).toBe(2);
    await settle(page);
    await shoot(page, 'joint-reviews-02-opened');
    await page.close();
  }, 120_000);

  it('the environmental department answers 同意 from a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await logIn(page, district.base, ecology.username, ecology.password);
    // The department's workbench lists the review it must answer.
    await page.getByRole('link', { name: '施工许可并联审批' }).waitFor();
    await settle(page);
    await shoot(page, 'joint-reviews-03a-workbench-phone');
    await page.goto(`${district.base}${reviewPath}`);
    await page.getByText('本单位事项').waitFor();
    await page.getByRole('button', { name: '答复' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('同意', { exact: true }).click();
    await dialog.getByRole('button', { name: '答复' }).click();
    await page.getByText('已答复').first().waitFor();
    await expect.poll(() => page.getByText('同意', { exact: true }).count()).toBeGreaterThan(0);
    await settle(page);
    await shoot(page, 'joint-reviews-03-answered-phone');
    await page.close();
  }, 120_000);

  it('two days later the housing department is overdue: red on the review page and counted in the list', async () => {
    await district.server.stop();
    later = await startServerProcess({
      LUOSHI_DATA_DIR: district.dataDir,
      LUOSHI_ADMIN_PASSWORD: FIRST_ADMIN_PASSWORD,
      LUOSHI_DISTRICT_NAME: '示范区',
      LUOSHI_JOBS: 'off',
      LUOSHI_E2E_SHIFT_DAYS: '2',
      NODE_OPTIONS: `--import ${resolve('e2e/shift-clock.mjs')}`,
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, later.base, office.username, office.password);
    await page.goto(`${later.base}${reviewPath}`);
    await page.getByRole('heading', { name: '施工许可并联审批' }).waitFor();
    const red = page.locator('.luoshi-overdue-row');
    await expect.poll(() => red.count()).toBe(1);
    expect(await red.innerText()).toContain('区住房和城乡建设局');
    expect(await red.innerText()).toContain('超时');
    expect(await red.innerText()).toContain('超时 2 天');
    // The red is red: the tag's colour.
    const color = await red.locator('[data-overdue="true"]').evaluate((el) => getComputedStyle(el).color);
    expect(color).toMatch(/rgb\((2[0-9]{2}|1[5-9][0-9]), \d{1,2}, \d{1,2}\)/);
    await settle(page);
    await shoot(page, 'joint-reviews-04-overdue');
    await page.goto(`${later.base}/joint-reviews?overdue=true`);
    await page.getByText('超时 1 个部门').waitFor();
    await settle(page);
    await shoot(page, 'joint-reviews-05-list-overdue');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${later.base}${reviewPath}`);
    await page.locator('[data-overdue="true"]').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await settle(page);
    await shoot(page, 'joint-reviews-06-overdue-phone');
    await page.close();
  }, 180_000);
});
