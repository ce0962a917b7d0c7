/**
 * 民生实事 and 督查通报（公开版） in the browser (issue 17): the office marks a task 民生实事 in the decision's
 * 公开设置 drawer, previews a published bulletin's public version, writes a foreword and makes it public; a
 * resident on a phone, logged out, reads the livelihood page and the public bulletin. Screenshots:
 * test-results/public-bulletins-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type District } from './helpers';

describe('public livelihood projects and bulletins in the browser', () => {
  let district: District;
  let browser: Browser;
  let sup: Client;
  let decisionId: string;
  let slug = '';
  const period = shanghaiDay(0).slice(0, 7);
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const livelihood = '新建社区食堂5处，解决老年人就餐难';
  const internal = '完善区级财政资金绩效评价办法';
  const foreword = '本期通报公开版向社会公开全区决策部署落实总体情况和民生实事进展，欢迎监督。';

  beforeAll(async () => {
    district = await seedDistrict({
      units: [
        { name: '区民政局', code: 'MZJ' },
        { name: '区财政局', code: 'CZJ' },
      ],
      accounts: [{ ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] }],
    });
    sup = await Client.login(district.base, supervisor.username, supervisor.password);
    decisionId = (
      await sup.call<{ id: string }>('POST', '/decisions', {
        title: '区委五届八次全会工作报告',
        kind: 'plenary',
        date: shanghaiDay(-30),
        source: 'district_direct',
      })
    ).id;
    for (const [title, unit] of [
      [livelihood, 'MZJ'],
      [internal, 'CZJ'],
    ] as const)
      await sup.call('POST', '/tasks', {
        decisionId,
        title,
        leadUnitId: district.unitIds[unit],
        startDate: shanghaiDay(-30),
        dueDate: shanghaiDay(300),
      });
    await sup.call('POST', `/decisions/${decisionId}/publish`);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await district?.stop();
  });

  async function office(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, district.base, supervisor.username, supervisor.password);
    return page;
  }
  async function phone(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    return context.newPage();
  }

  it('the office marks a task 民生实事 in the decision’s 公开设置', async () => {
    const page = await office();
    await page.goto(`${district.base}/decisions/${decisionId}`);
    await page.getByRole('button', { name: '公开设置' }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('民生实事', { exact: true }).waitFor();
    await drawer.getByRole('switch', { name: new RegExp(livelihood) }).click();
    await page.getByText('已标记为民生实事').waitFor();
    await settle(page);
    await shoot(page, 'public-bulletins-01-office-livelihood');
    const href = (await drawer.locator('a[href$="/livelihood"]').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/public\/[^/]+\/livelihood$/);
    slug = href.split('/')[2] ?? '';
    await page.close();
  }, 120_000);

  it('the office previews a published bulletin’s public version and makes it public with a foreword', async () => {
    const { id } = await sup.call<{ id: string }>('POST', '/bulletins', { period });
    await sup.call('POST', `/bulletins/${id}/publish`);
    const page = await office();
    await page.goto(`${district.base}/bulletins`);
    await page.getByRole('button', { name: '公开版' }).first().click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('公开版预览').waitFor();
    await drawer.getByText('未公开', { exact: true }).waitFor();
    await drawer.getByRole('heading', { name: '各项决策部署落实情况' }).waitFor();
    expect(await drawer.getByText(livelihood).count()).toBeGreaterThan(0);
    expect(await drawer.getByText(internal).count()).toBe(0);
    await drawer.getByLabel('前言（选填）').fill(foreword);
    await settle(page);
    await shoot(page, 'public-bulletins-02-office-preview');
    await drawer.getByRole('button', { name: /^公\s*开$/ }).click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('通报公开版已公开', { exact: true }).waitFor();
    await drawer.getByRole('button', { name: '撤回公开' }).waitFor();
    await settle(page);
    await shoot(page, 'public-bulletins-03-office-public');
    await page.close();
  }, 120_000);

  it('a logged-out phone reads the livelihood page and the public bulletin', async () => {
    const page = await phone();
    await page.goto(`${district.base}/public/${slug}/livelihood`);
    await page.getByRole('heading', { level: 1, name: /民生实事项目进展/ }).waitFor();
    await page.getByRole('heading', { name: livelihood }).waitFor();
    expect(await page.getByText(internal).count()).toBe(0);
    await page.getByText('共 1 项：已完成 0 项，正常推进 1 项，进展滞后 0 项').waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(await overflow()).toBe(false);
    await shoot(page, 'public-bulletins-04-phone-livelihood');
    await page.getByRole('navigation', { name: '公开栏目' }).getByRole('link', { name: '督查通报' }).click();
    await page.getByRole('heading', { level: 1, name: /督查通报（公开版）/ }).waitFor();
    await shoot(page, 'public-bulletins-05-phone-list');
    await page.getByRole('link', { name: /决策部署落实情况通报（公开版）/ }).click();
    await page.getByText(foreword).waitFor();
    await page.getByRole('heading', { name: '总体情况' }).waitFor();
    expect(page.url()).toContain(`/public/${slug}/bulletins/${period}`);
    expect(await page.content()).not.toContain('督查室 李娜');
    expect(await overflow()).toBe(false);
    await shoot(page, 'public-bulletins-06-phone-bulletin');
    await page.context().close();
    const desk = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await desk.goto(`${district.base}/public/${slug}/bulletins/${period}`);
    await desk.getByText(foreword).waitFor();
    await shoot(desk, 'public-bulletins-07-desktop-bulletin');
    await desk.close();
  }, 120_000);
});
