/**
 * Supervision in the browser: a published task is red (two-thirds of the time gone, nothing done); the
 * supervision office opens it and issues a case from it in one click plus 交办; the lead unit's operator
 * answers the case on /supervision; the office closes it (办结) and the history shows every step. Then the
 * office generates last month's bulletin on /bulletins and downloads its Word document, and previews this
 * month's figures (chart, table, red tasks) and prints them to A4.
 * Seeding goes through the HTTP API. Screenshots: test-results/supervision-*.png.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, screenshotDir } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';

interface ApiTask {
  id: string;
  code: string | null;
  title: string;
  light: 'red' | 'yellow' | 'green' | null;
}

interface ApiCase {
  id: string;
  status: string;
  taskIds: string[];
  unitIds: string[];
  history: { action: string }[];
}

function lastMonth(): string {
  const [y, m] = shanghaiDay(0).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The OK button of the open Popconfirm. */
const popconfirmOk = (page: Page, name: RegExp) =>
  page.locator('.ant-popconfirm').getByRole('button', { name });

describe('supervision in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const operator = { username: 'zjj.liaison', password: 'Zjj#Liaison2024' };
  const title = '改造老旧小区15个，惠及居民4000户';
  let task: ApiTask;
  let sup: Client;
  let zjj: string;

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [
        { name: '区住房和城乡建设局', code: 'ZJJ' },
        { name: '区财政局', code: 'CZJ' },
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        { ...operator, displayName: '住建局联络员 赵强', roles: ['unit_operator'], unitCode: 'ZJJ' },
      ],
    });
    server = district;
    const units = district.unitIds;
    zjj = units['ZJJ'] as string;

    sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const decision = await sup.call<{ id: string }>('POST', '/decisions', {
      title: '区委五届六次全会工作报告',
      kind: 'plenary',
      date: shanghaiDay(-210),
      source: 'district_direct',
    });
    await sup.call('POST', '/tasks', {
      decisionId: decision.id,
      title,
      content: '实施城镇老旧小区改造，年内完成15个小区改造任务，惠及居民4000户。',
      leadUnitId: units['ZJJ'],
      coUnitIds: [units['CZJ']],
      responsiblePerson: '张建国',
      startDate: shanghaiDay(-200),
      dueDate: shanghaiDay(100),
    });
    const published = await sup.call<{ tasks: ApiTask[] }>('POST', `/decisions/${decision.id}/publish`);
    task = published.tasks[0] as ApiTask;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a case from a red task: issued in one click, answered by the unit, closed by the office', async () => {
    expect((await sup.call<ApiTask>('GET', `/tasks/${task.id}`)).light).toBe('red');

    // The office opens the red task and issues a case from it: 督办, then 交办 on the filled-in form.
    const office = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(office, server.base, supervisor.username, supervisor.password);
    await office.goto(`${server.base}/tasks/${task.id}`);
    await office.getByRole('heading', { name: title }).waitFor();
    await settle(office);
    await office
      .locator('.luoshi-task-actions')
      .getByRole('button', { name: /督\s*办/ })
      .click();
    const drawer = office.getByRole('dialog');
    await drawer.getByText('新建督办件').waitFor();
    await expect.poll(() => drawer.getByLabel('督办事项').inputValue()).toBe(`关于“${title}”的督办`);
    await drawer
      .getByText(task.code as string)
      .first()
      .waitFor();
    await office.waitForTimeout(400);
    await screenshot(office, 'supervision-01-case-form-from-task');
    await drawer.getByRole('button', { name: /交\s*办/ }).click();
    await office.waitForURL(/\/supervision\/cases\/[^/]+$/);
    const caseId = office.url().split('/').pop() as string;
    await office.getByRole('heading', { name: `关于“${title}”的督办` }).waitFor();
    await settle(office);
    await shoot(office, 'supervision-02-case-issued');
    const issued = await sup.call<ApiCase>('GET', `/cases/${caseId}`);
    expect(issued.status).toBe('issued');
    expect(issued.taskIds).toEqual([task.id]);
    expect(issued.unitIds.length).toBe(1);

    // The unit's operator finds the case on /supervision and answers it.
    const unit = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(unit, server.base, operator.username, operator.password);
    await unit.goto(`${server.base}/supervision`);
    const link = unit.getByRole('link', { name: `关于“${title}”的督办` });
    await link.waitFor();
    await settle(unit);
    await shoot(unit, 'supervision-03-cases-unit');
    await link.click();
    await unit.waitForURL(new RegExp(`/supervision/cases/${caseId}$`));
    await unit
      .getByLabel('办理情况')
      .fill('已查明进度滞后原因为前期手续办理较慢。已成立工作专班，倒排工期，本月完成3个小区开工。');
    await unit.getByRole('button', { name: '提交答复' }).click();
    await unit.getByText('已提交答复').first().waitFor();
    await settle(unit);
    await shoot(unit, 'supervision-04-case-answered-unit');

    // The office closes it; the timeline shows 交办, 答复, 办结.
    await office.reload();
    await office.getByText('已查明进度滞后原因').first().waitFor();
    await office
      .getByRole('button', { name: /^办\s*结$/ })
      .first()
      .click();
    await popconfirmOk(office, /办\s*结/).click();
    await office.locator('.ant-tag', { hasText: '已办结' }).waitFor();
    await settle(office);
    await shoot(office, 'supervision-05-case-closed');
    const closed = await sup.call<ApiCase>('GET', `/cases/${caseId}`);
    expect(closed.status).toBe('closed');
    expect(closed.history.map((h) => h.action)).toEqual(['open', 'answer', 'close']);

    // The list shows it closed; the rectification and measures tabs keep their tab in the URL.
    await office.goto(`${server.base}/supervision`);
    await office
      .locator('.ant-table-row', { hasText: title })
      .locator('.ant-tag', { hasText: '已办结' })
      .waitFor();
    await settle(office);
    await shoot(office, 'supervision-06-cases-office');
    await office.getByRole('tab', { name: '整改' }).click();
    await office.waitForURL(/tab=rectifications/);
    await office.getByRole('button', { name: '记录实地督查' }).click();
    await office.getByRole('dialog').getByText('问题 1').waitFor();
    await office.waitForTimeout(400);
    await screenshot(office, 'supervision-07-inspection-form');
    await office.keyboard.press('Escape');
    await office.getByRole('tab', { name: '约谈与问责' }).click();
    await office.waitForURL(/tab=measures/);
    await settle(office);
    await shoot(office, 'supervision-08-measures');
  });

  it('case deadlines: 已超期 / 天内到期 tags, the 超期 filter in the URL, the cockpit card', async () => {
    const open = (title: string, deadline: string) =>
      sup.call<{ id: string; deadlineState: string | null; daysLeft: number | null }>('POST', '/cases', {
        title,
        origin: 'inspection',
        level: 'key',
        requirements: '限期办结并书面报告',
        deadline,
        taskIds: [task.id],
        unitIds: [zjj],
      });
    const late = await open('农贸市场提升改造逾期未办结', shanghaiDay(-3));
    const soon = await open('老旧小区加装电梯进度滞后', shanghaiDay(1));
    expect([late.deadlineState, late.daysLeft]).toEqual(['overdue', -3]);
    expect([soon.deadlineState, soon.daysLeft]).toEqual(['due_soon', 1]);

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, server.base, supervisor.username, supervisor.password);
    await page.goto(`${server.base}/supervision`);
    await page.locator('.ant-table-row', { hasText: '农贸市场提升改造' }).getByText('已超期 3 天').waitFor();
    await page.locator('.ant-table-row', { hasText: '老旧小区加装电梯' }).getByText('1 天内到期').waitFor();
    await settle(page);
    await shoot(page, 'supervision-13-case-deadline-tags');

    // 超期: the filter is in the URL, so a link from the cockpit shows the same list.
    await page.goto(`${server.base}/supervision?tab=cases&deadline=overdue`);
    await page.locator('.ant-table-row', { hasText: '农贸市场提升改造' }).waitFor();
    await settle(page);
    expect(await page.locator('.ant-table-row', { hasText: '老旧小区加装电梯' }).count()).toBe(0);
    await shoot(page, 'supervision-14-cases-overdue-filter');

    await page.goto(`${server.base}/cockpit`);
    const card = page.getByTestId('cockpit-case-deadlines');
    await card.getByText('农贸市场提升改造逾期未办结').waitFor();
    await card.scrollIntoViewIfNeeded();
    await settle(page);
    await card.screenshot({ path: join(screenshotDir, 'supervision-15-cockpit-case-deadlines.png') });

    // A unit operator on a phone sees the case with its words too.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await logIn(phone, server.base, operator.username, operator.password);
    await phone.goto(`${server.base}/supervision/cases/${late.id}`);
    await phone.getByText('已超期 3 天').first().waitFor();
    await settle(phone);
    await shoot(phone, 'supervision-16-case-overdue-phone');
  });

  it('generates last month’s bulletin, downloads its Word file and previews this month', async () => {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    await logIn(page, server.base, supervisor.username, supervisor.password);
    await page.goto(`${server.base}/bulletins`);
    await page.getByRole('heading', { name: '通报分析' }).waitFor();
    await settle(page);
    // The month picker starts on last month.
    expect(await page.getByLabel('通报月份').inputValue()).toBe(lastMonth());
    await page.getByRole('button', { name: '生成通报' }).click();
    const preview = page.getByTestId('bulletin-preview');
    await preview.waitFor();
    await page.locator('.ant-table-row', { hasText: '第1版' }).waitFor();
    await settle(page);
    // The 版头 as in the Word file: the first bulletin of the year is 第1期.
    const masthead = page.getByTestId('bulletin-masthead');
    expect(await masthead.innerText()).toMatch(
      /督查通报\s+第1期\s+\S+区委区政府督查室\s+\d{4}年\d{1,2}月\d{1,2}日/,
    );
    await page.locator('.ant-table-row', { hasText: /\d{4}年第1期/ }).waitFor();
    await shoot(page, 'supervision-09-bulletin-last-month');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /下载 Word/ })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const saved = join(screenshotDir, `supervision-bulletin-${lastMonth()}.docx`);
    await download.saveAs(saved);
    const bytes = await readFile(saved);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    // This month has the red task: the chart, its table view and the red list.
    const picker = page.getByLabel('通报月份');
    await picker.click();
    await picker.fill(shanghaiDay(0).slice(0, 7));
    await picker.press('Enter');
    await page.getByRole('button', { name: '生成通报' }).click();
    await preview.getByText(title).waitFor();
    await masthead.getByText('第2期').waitFor();
    await preview.locator('canvas').waitFor();
    await settle(page);
    await page.waitForTimeout(600);
    await shoot(page, 'supervision-10-bulletin-this-month');
    await preview.getByText('表格').click();
    await preview.getByRole('cell', { name: '区住房和城乡建设局' }).waitFor();
    await preview.getByText('图表').click();
    await page.waitForTimeout(600);
    // The preview as printed on A4 (menu, list and generator hidden).
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: join(screenshotDir, 'supervision-bulletin-print.pdf'),
      format: 'A4',
      printBackground: true,
    });
    await screenshot(page, 'supervision-11-bulletin-print-media');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    await masthead.scrollIntoViewIfNeeded();
    await settle(page);
    await screenshot(page, 'supervision-12-bulletin-masthead-phone');
  });
});
