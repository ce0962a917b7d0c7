/**
 * 公示与申诉 in the browser: the office publishes the finalized year (also publicly); a unit's operator, on a
 * phone, appeals the satisfaction component of its own result; the office rules it partly upheld with a new
 * score and the year is finalized as version 2; a logged-out phone user reads the public results page.
 * Seeding goes through the HTTP API. Screenshots: test-results/appeals-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';

const year = Number(shanghaiDay(0).slice(0, 4));
const phone = { width: 390, height: 844 };

describe('results published with appeals in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let unitId = '';
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const operator = { username: 'fgw.liaison', password: 'Fgw#Liaison2024' };

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [
        { name: '区发展和改革委员会', code: 'FGW' },
        { name: '区财政局', code: 'CZJ' },
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        { ...operator, displayName: '发改委联络员 王磊', roles: ['unit_operator'], unitCode: 'FGW' },
      ],
    });
    server = district;
    unitId = district.unitIds.FGW ?? '';
    const sup = await Client.login(server.base, supervisor.username, supervisor.password);
    for (const [code, score] of [
      ['FGW', 70],
      ['CZJ', 88],
    ] as const)
      await sup.call('POST', '/assessment/entries', {
        kind: 'satisfaction',
        year,
        unitId: district.unitIds[code],
        period: String(year),
        score,
      });
    await sup.call('POST', `/assessment/results/${year}/finalize`, {});
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('publish → a unit appeals → the office rules → a new version; the public page on a phone', async () => {
    const office = await browser.newPage();
    await logIn(office, server.base, supervisor.username, supervisor.password);
    await office.goto(`${server.base}/assessment?tab=appeals&year=${year}`);
    await settle(office);
    await office.getByLabel('同时在公开页面公示（无需登录）').check();
    await office.getByRole('button', { name: /^公\s*示$/ }).click();
    await office.getByText(/公示中：/).waitFor();
    await shoot(office, 'appeals-published');

    const context = await browser.newContext({ viewport: phone });
    const unit = await context.newPage();
    await logIn(unit, server.base, operator.username, operator.password);
    await unit.goto(`${server.base}/assessment/units/${unitId}?year=${year}`);
    await settle(unit);
    await unit.getByRole('button', { name: '申诉：群众满意度', exact: true }).click();
    await unit.getByLabel('申诉理由').fill('第四季度满意度测评样本未覆盖本单位服务对象，附测评名单');
    await unit.getByRole('button', { name: '提交申诉' }).click();
    await unit.waitForURL(/tab=appeals/);
    await unit.getByText('待复核').first().waitFor();
    await shoot(unit, 'appeals-unit-phone');

    await office.reload();
    await settle(office);
    await office
      .getByRole('button', { name: /^复\s*核$/ })
      .first()
      .click();
    await office.getByLabel('部分支持').check();
    await office.getByLabel('复核后的分项得分（0–100）').fill('85');
    await office.getByLabel('复核理由').fill('经核实样本确有遗漏，按补测结果调整');
    await office.getByRole('button', { name: '提交复核结论' }).click();
    await office.getByText('已重新定稿为第 2 版').waitFor();
    await shoot(office, 'appeals-ruled');

    const publicPage = await (await browser.newContext({ viewport: phone })).newPage();
    const code = (await office.locator('a', { hasText: '查看公开页面' }).getAttribute('href')) ?? '';
    await publicPage.goto(`${server.base}${code}`);
    expect(await publicPage.locator('h1').textContent()).toContain('考核结果公示');
    expect(await publicPage.getByText('区发展和改革委员会').count()).toBeGreaterThan(0);
    expect(await publicPage.getByText('第 2 版定稿').count()).toBe(1);
    await shoot(publicPage, 'appeals-public-phone');
  }, 120_000);
});
