/**
 * What a clerk and a leader meet every day (issue 18, second half): date pickers in Chinese, two-character
 * buttons without a space, the leader's 我的分管 / 全区 switch (the district head opening on 全区 by
 * setting), the audit log in words with its filters, the office of supervisors and leaders instead of
 * 未归属单位, the role select searching Chinese labels, the breadcrumb on 账号安全, the cockpit's share chart
 * and 大屏模式 only on wide screens. Screenshots: test-results/daily-b-*.png (1440×900 and 390×844).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import {
  ADMIN_PASSWORD,
  Client,
  logIn,
  seedDistrict,
  settle,
  shanghaiDay,
  shoot,
  type TestServer,
} from './helpers';

describe('issue 18 (b) in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const head = { username: 'zhang.qz', password: 'Zhang#Leader2024' };
  const auditor = { username: 'shenji', password: 'Shenji#Audit2024' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [
        { name: '区住房和城乡建设局', code: 'ZJJ' },
        { name: '区教育局', code: 'JYJ' },
      ],
      accounts: [
        { ...supervisor, displayName: '李娜', roles: ['supervisor'] },
        { ...head, displayName: '张区长', roles: ['leader'] },
        { ...auditor, displayName: '审计员 周', roles: ['auditor'] },
      ],
    });
    server = district;
    const { admin } = district;
    const big = district.unitIds['ZJJ'];
    const small = district.unitIds['JYJ'];
    Object.assign(ids, district.userIds);
    // The district head opens the cockpit on the whole district.
    await admin.call('PATCH', '/settings', { 'cockpit.districtViewLeaderIds': [ids[head.username]] });
    const sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const decision = await sup.call<{ id: string }>('POST', '/decisions', {
      title: '区委全会工作报告',
      kind: 'plenary',
      date: shanghaiDay(-210),
      source: 'district_direct',
    });
    const late = { startDate: shanghaiDay(-200), dueDate: shanghaiDay(100) };
    const seeds = [
      // One unit with many tasks, one with few: the chart must let both read.
      ...Array.from({ length: 24 }, (_, i) => ({
        title: `老旧小区改造第${i + 1}批`,
        leadUnitId: big,
        ...late,
      })),
      { title: '新建改扩建中小学3所', leadUnitId: small, ...late },
    ];
    for (const s of seeds)
      await sup.call('POST', '/tasks', {
        decisionId: decision.id,
        content: `${s.title}。`,
        responsiblePerson: '张建国',
        ...s,
      });
    await sup.call('POST', `/decisions/${decision.id}/publish`);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('date pickers speak Chinese and two-character buttons have no space', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    // 登录 is a two-character button: antd would render "登 录".
    await page.goto(`${server.base}/login`);
    const loginButton = page.locator('button[type="submit"]');
    await loginButton.waitFor();
    expect(await loginButton.textContent()).toBe('登录');
    await logIn(page, server.base, auditor.username, auditor.password);
    await page.goto(`${server.base}/audit`);
    await settle(page);
    await page.getByLabel('日期范围').first().click();
    const panel = page.locator('.ant-picker-dropdown').first();
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toMatch(/[一二三四五六日]/);
    expect(text).toMatch(/\d{4}年/);
    expect(text).toMatch(/\d{1,2}月/);
    expect(text).not.toMatch(/\b(Su|Mo|Tu|Jan|Feb|Dec)\b/);
    await shoot(page, 'daily-b-01-date-picker-zh');
    await page.locator('.ant-picker-month-btn').first().click();
    expect(await page.locator('.ant-picker-dropdown').first().innerText()).toMatch(/1月[\s\S]*12月/);
    await page.keyboard.press('Escape');
    // 退出 and the like: antd would render "退 出"; the buttons read as officials write them.
    await page.goto(`${server.base}/security`);
    await settle(page);
    // 账号安全 has its breadcrumb.
    expect(await page.locator('.ant-breadcrumb').innerText()).toContain('账号安全');
    await page.goto(`${server.base}/audit`);
    await settle(page);
    const texts = await page.locator('button.ant-btn').allInnerTexts();
    expect(texts.some((x) => /^[\u4e00-\u9fff] [\u4e00-\u9fff]$/.test(x.trim()))).toBe(false);
    await page.close();
  });

  it('the audit log in words: actions in Chinese, objects by name, operators with their office; filtered in the URL', async () => {
    for (const [name, viewport] of [
      ['1440', { width: 1440, height: 900 }],
      ['390', { width: 390, height: 844 }],
    ] as const) {
      const page = await browser.newPage({ viewport, locale: 'zh-CN' });
      await logIn(page, server.base, auditor.username, auditor.password);
      await page.goto(`${server.base}/audit`);
      await settle(page);
      const table = page.locator('.ant-table-tbody');
      await table.getByText('新建单位').first().waitFor();
      const body = await table.innerText();
      expect(body).not.toMatch(/auth\.login|unit\.created|report\.approved/);
      expect(body).toContain('区住房和城乡建设局');
      expect(body).toContain('督查室');
      await shoot(page, `daily-b-02-audit-${name}`);
      if (name === '1440') {
        await page.getByLabel('操作', { exact: true }).click();
        await page.keyboard.type('新建单位');
        await page.keyboard.press('Enter');
        await page.waitForURL(/action=unit\.created/);
        // The URL changes before the filtered page has loaded: wait for the list, not for the network.
        await expect
          .poll(() => page.locator('.ant-table-tbody .ant-table-row').count(), { timeout: 15_000 })
          .toBe(2);
        await settle(page);
        await shoot(page, 'daily-b-03-audit-filtered');
      }
      await page.close();
    }
  });

  it('the district head opens the cockpit on 全区 and switches to 我的分管; shares in the chart; 大屏模式 on wide screens only', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, server.base, head.username, head.password);
    await page.goto(`${server.base}/cockpit`);
    const district = page.getByTestId('cockpit-district');
    await district.waitFor();
    expect(await district.innerText()).toContain('全区红黄灯任务');
    expect(await district.locator('.luoshi-cockpit-row').count()).toBeGreaterThan(0);
    // The top bar says where a leader sits.
    expect(await page.locator('header').first().innerText()).toContain('区领导');
    await page.locator('[role="img"] canvas').waitFor();
    await settle(page);
    await page.waitForTimeout(600);
    await shoot(page, 'daily-b-04-cockpit-district-1440');
    await page.getByTestId('cockpit-view-switch').getByText('我的分管').click();
    await page.getByTestId('cockpit-portfolio').waitFor();
    expect(page.url()).toContain('view=portfolio');
    await page.getByRole('button', { name: '大屏模式' }).click();
    await page.getByTestId('cockpit-screen').waitFor();
    await settle(page);
    await page.waitForTimeout(600);
    // 完成率 stays on one line beside or under the ring, never a character a line.
    const label = page.locator('.luoshi-cockpit-screen .luoshi-cockpit-ring .luoshi-cockpit-figure-label');
    const box = await label.boundingBox();
    expect(box!.height).toBeLessThan(60);
    await shoot(page, 'daily-b-05-screen-1440');
    await page.close();

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await logIn(phone, server.base, head.username, head.password);
    await phone.goto(`${server.base}/cockpit`);
    await phone.getByTestId('cockpit-district').waitFor();
    await settle(phone);
    expect(await phone.getByRole('button', { name: '大屏模式' }).count()).toBe(0);
    await shoot(phone, 'daily-b-06-cockpit-390');
    await phone.close();
  });

  it('the role select of 新建用户 finds roles by their Chinese names', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, server.base, 'admin', ADMIN_PASSWORD);
    await page.goto(`${server.base}/admin/users`);
    await settle(page);
    await page.getByRole('button', { name: /新建用户/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await drawer.locator('.ant-select-multiple').click();
    await page.keyboard.type('审计');
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.count()).toBe(1);
    expect(await options.first().innerText()).toContain('审计');
    await shoot(page, 'daily-b-07-role-search');
    await page.close();
  });
});
