/**
 * Decomposition in the browser: the supervision office pastes a plenary report, drafts its tasks, finds a
 * task's sentence in the text, assigns what is missing with the bulk bar, publishes (first meeting the list of
 * what is incomplete), and a unit operator then sees on the ledger exactly the tasks of the unit.
 * Seeding (units, accounts) goes through the HTTP API. Screenshots: test-results/decomposition-*.png.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { Client, logIn, seedDistrict, settle, shoot, type TestServer } from './helpers';

interface ApiTask {
  id: string;
  code: string | null;
  title: string;
  leadUnitId: string | null;
  coUnitIds: string[];
  status: string;
}

describe('decomposition in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const units: Record<string, string> = {};
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const operator = { username: 'zjj.liaison', password: 'Zjj#Liaison2024' };

  beforeAll(async () => {
    // Background jobs stay on here, as this test always had them.
    const district = await seedDistrict({
      units: [
        { name: '区发展和改革委员会', code: 'FGW' },
        { name: '区住房和城乡建设局', code: 'ZJJ' },
        { name: '区教育局', code: 'JYJ' },
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        { ...operator, displayName: '住建局联络员 赵强', roles: ['unit_operator'], unitCode: 'ZJJ' },
      ],
      jobs: true,
    });
    server = district;
    Object.assign(units, district.unitIds);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('drafts, highlights, assigns, publishes, and the unit sees exactly its tasks', async () => {
    const report = await readFile(resolve('test/fixtures/plenary-report.txt'), 'utf8');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await logIn(page, server.base, supervisor.username, supervisor.password);

    // The empty list says what to do next.
    await page.getByRole('menuitem', { name: '决策部署' }).click();
    await page.waitForURL(/\/decisions$/);
    await page.getByText('还没有决策部署。粘贴或上传全会报告，生成任务清单').waitFor();
    await settle(page);
    await shoot(page, 'decomposition-01-decisions-empty');

    // A new decision from pasted text.
    await page.getByRole('button', { name: '新建决策部署' }).first().click();
    await page.waitForURL(/\/decisions\/new$/);
    await page.getByRole('heading', { name: '新建决策部署' }).waitFor();
    await page.getByLabel('标题', { exact: true }).fill('区委五届六次全会工作报告');
    await page.getByLabel('会议/发文日期').click();
    await page.getByLabel('会议/发文日期').fill('2024-01-05');
    await page.locator('.ant-picker-dropdown:visible').getByTitle('2024-01-05').click();
    await page.getByLabel('报告或讲话全文').fill(report);
    expect(await page.getByLabel('会议/发文日期').inputValue()).toBe('2024-01-05');
    await settle(page);
    await shoot(page, 'decomposition-02-new-decision');
    await page.getByRole('button', { name: '创建并进入任务分解' }).click();
    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
    const decisionId = page.url().split('/').at(-1) as string;
    await page.getByText('还没有任务').waitFor();

    // Draft the tasks: the review section yields none, the plan section yields one per directive.
    await page.getByRole('button', { name: '生成任务草稿' }).click();
    await page.locator('.luoshi-task-item').first().waitFor();
    await settle(page);
    const itemCount = await page.locator('.luoshi-task-item').count();
    expect(itemCount).toBeGreaterThanOrEqual(3);
    // Each draft says where its due date came from (issue 19).
    expect(await page.locator('.luoshi-draft-provenance', { hasText: '期限：' }).count()).toBe(itemCount);
    await expect.poll(() => page.getByText('以下为回顾内容，未生成任务', { exact: false }).count()).toBe(1);
    expect(
      await page.locator('.luoshi-review-sections').getByRole('button', { name: '转为任务' }).count(),
    ).toBe(1);
    await shoot(page, 'decomposition-03-drafted');

    // Clicking a task highlights its sentence in the source text.
    const housing = page.locator('.luoshi-task-item', { hasText: '老旧小区' }).first();
    await housing.locator('.luoshi-task-title').click();
    const active = page.locator('.luoshi-source-mark-active');
    await active.waitFor();
    expect(await active.textContent()).toContain('改造老旧小区15个');
    await page.waitForTimeout(500);
    await shoot(page, 'decomposition-04-highlight');

    // The edit drawer holds the task's assignment, dates and targets.
    await housing.getByRole('button', { name: /编辑任务/ }).click();
    const editor = page.locator('.ant-drawer-open');
    await editor.getByLabel('牵头单位').waitFor();
    expect(await editor.getByPlaceholder('指标').count()).toBe(2);
    await page.waitForTimeout(400);
    await screenshot(page, 'decomposition-04b-edit-drawer');
    await editor.getByRole('button', { name: /取\s*消/ }).click();
    await editor.waitFor({ state: 'detached' });

    // Drafts without a lead unit, as the server sees them.
    const sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const drafts = await sup.call<{ items: ApiTask[] }>(
      'GET',
      `/tasks?decisionId=${decisionId}&pageSize=100`,
    );
    const lacking = drafts.items.filter((task) => !task.leadUnitId);

    // Publishing first: if anything is missing, nothing is published and the list says what.
    const publish = async () => {
      await page.getByRole('button', { name: '下发任务清单' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '下发任务清单' }).click();
    };
    await publish();
    if (lacking.length > 0) {
      const dialog = page.getByRole('dialog', { name: '任务信息不完整，未下发任何任务' });
      await dialog.waitFor();
      expect(await dialog.locator('.ant-table-row').count()).toBe(lacking.length);
      await page.waitForTimeout(300);
      await shoot(page, 'decomposition-05-incomplete');
      await dialog.getByRole('button', { name: /勾选这 \d+ 条以批量分派/ }).click();

      // The bulk bar assigns a lead unit to every task that lacked one.
      const bar = page.locator('.luoshi-bulk-bar');
      await bar.waitFor();
      await bar.getByLabel('牵头单位').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('区教育局').click();
      await page.waitForTimeout(200);
      await shoot(page, 'decomposition-06-bulk-bar');
      await bar.getByRole('button', { name: /应用到 \d+ 条任务/ }).click();
      await bar.waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('.luoshi-task-item').getByText('缺牵头单位').count()).toBe(0);
      await publish();
    }

    // Published: every task got a code.
    const done = page.getByRole('dialog', { name: '任务清单已下发' });
    // Publishing writes every task, its targets and notices in one transaction: over 30 s on a loaded machine.
    await done.waitFor({ timeout: 90_000 });
    const codes = (await done.locator('.ant-table-row td:first-child').allTextContents()).map((c) =>
      c.trim(),
    );
    expect(codes.length).toBe(itemCount);
    for (const code of codes) expect(code).toMatch(/^\d{4}-[A-Z]+-\d{3}$/);
    await page.waitForTimeout(300);
    await shoot(page, 'decomposition-07-published');
    await done.getByRole('button', { name: '查看任务台账' }).click();
    await page.waitForURL(/\/ledger\?decisionId=/);
    await page.getByRole('heading', { name: '任务台账' }).waitFor();
    await settle(page);
    await shoot(page, 'decomposition-08-ledger-supervisor');
    expect(await page.locator('.ant-table-row').count()).toBe(itemCount);
    // 导出当前视图 hands over exactly the filtered ledger as an .xlsx.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出当前视图' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // The ZJJ operator sees exactly the ZJJ tasks (lead or cooperating).
    const published = await sup.call<{ items: ApiTask[] }>(
      'GET',
      `/tasks?decisionId=${decisionId}&pageSize=100`,
    );
    const zjjCodes = published.items
      .filter((task) => task.leadUnitId === units['ZJJ'] || task.coUnitIds.includes(units['ZJJ'] as string))
      .map((task) => task.code)
      .sort();
    expect(zjjCodes.length).toBeGreaterThan(0);
    expect(zjjCodes.length).toBeLessThan(published.items.length);

    const unitPage = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    await logIn(unitPage, server.base, operator.username, operator.password);
    await unitPage.getByRole('menuitem', { name: '任务台账' }).click();
    await unitPage.waitForURL(/\/ledger/);
    await unitPage.locator('.ant-table-row').first().waitFor();
    await settle(unitPage);
    // The first column after the batch-selection checkboxes holds the task code.
    const seen = (
      await unitPage
        .locator('.ant-table-row')
        .evaluateAll((rows) =>
          rows.map((r) => r.querySelector('td:not(.ant-table-selection-column)')?.textContent ?? ''),
        )
    )
      .map((c) => c.trim())
      .sort();
    expect(seen).toEqual(zjjCodes);
    await shoot(unitPage, 'decomposition-09-ledger-unit');

    // A row opens the task's detail.
    await unitPage.locator('.ant-table-row').first().click();
    const drawer = unitPage.locator('.ant-drawer-open');
    await drawer.getByText('量化目标').first().waitFor();
    await unitPage.waitForTimeout(400);
    await shoot(unitPage, 'decomposition-10-task-detail');

    // On a phone the ledger is a list of cards.
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
    });
    await logIn(phone, server.base, operator.username, operator.password);
    await phone.goto(`${server.base}/ledger`);
    await phone.locator('.ant-list .ant-card').first().waitFor();
    await settle(phone);
    expect(await phone.locator('.ant-list .ant-card').count()).toBe(zjjCodes.length);
    await shoot(phone, 'decomposition-11-ledger-phone');

    // The decision page in English: every string has its translation.
    await page.evaluate(() => window.localStorage.setItem('luoshi.lang', 'en'));
    await page.goto(`${server.base}/decisions/${decisionId}`);
    await page.locator('.luoshi-task-item').first().waitFor();
    await page.getByRole('button', { name: 'Draft again' }).waitFor();
    await settle(page);
    await shoot(page, 'decomposition-12-decision-en');
  });
});
