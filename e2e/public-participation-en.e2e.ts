/**
 * Issue 17's inside pages in English, on the demo district (`luoshi demo` through the running server): the
 * office opens the surveys (list, builder, results, telephone follow-up), the review of public messages and the
 * appeals of the published year at 1366 px, and the message review on a 390 px phone. Each page must show no
 * message key, no unfilled {placeholder} and no Chinese in its own labels (tabs, buttons, column heads, form
 * labels, tags): Chinese there is a string the en dictionary lacks; Chinese in the data (units, messages) is fine.
 * Screenshots: test-results/participation-en-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/helpers/cli';
import { launchBrowser } from './browser';
import { logIn, settle, shanghaiDay, shoot, startDistrictServer, type TestServer } from './helpers';

const password = 'Demo#Pass2026';
const year = Number(shanghaiDay(0).slice(0, 4));
const wide = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

/** The page's own labels: what the en dictionary must translate (data shown in them is allowed below). */
const chrome = [
  '.ant-tabs-tab',
  'button',
  'th',
  'label',
  '.ant-form-item-label',
  '.ant-breadcrumb',
  '.ant-menu-title-content',
  '.ant-descriptions-item-label',
  '.ant-statistic-title',
  '.ant-tag',
  '.ant-empty-description',
  '.ant-modal-title',
  '.ant-drawer-title',
].join(',');

/**
 * Chinese that is data, not a label: the demo's units, its survey's title, the office's name; and 中文, the
 * switch back to Chinese, which is written in the language it switches to.
 */
const data = /区|街道|局|委|满意|测评|演示|刘明|^\d+\. |^中文$/;

async function untranslated(page: Page): Promise<string[]> {
  const texts = await page.locator(chrome).evaluateAll((nodes) =>
    nodes
      .filter((n) => (n as HTMLElement).offsetParent !== null)
      .map((n) => (n as HTMLElement).innerText.trim())
      .filter(Boolean),
  );
  const body = await page.locator('body').innerText();
  const keys = [...body.matchAll(/\b[a-z]+(?:\.[a-zA-Z]+){1,3}\b|\{[a-zA-Z]+\}/g)]
    .map((m) => m[0])
    .filter((k) => !/^(luoshi|www|example)\b|\.(png|docx|xlsx|pdf|com|cn)$/.test(k));
  const chinese = texts.filter((s) => /[\u4e00-\u9fff]/.test(s) && !data.test(s));
  return [...new Set([...keys, ...chinese])];
}

describe('participation pages in English on the demo district', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDistrictServer();
    const run = runCli(
      ['demo', '--password', password],
      { dataDir: server.dataDir, databaseUrl: undefined },
      {},
      480_000,
    );
    if (run.status !== 0) throw new Error(`luoshi demo: ${run.status} ${run.stderr}`);
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function office(viewport: { width: number; height: number }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await logIn(page, server.base, 'demo-supervisor', password);
    await page.evaluate(() => window.localStorage.setItem('luoshi.lang', 'en'));
    return page;
  }
  async function open(page: Page, path: string, ready: string | RegExp, name: string): Promise<void> {
    await page.goto(`${server.base}${path}`);
    await page.getByText(ready).first().waitFor();
    await settle(page);
    await shoot(page, `participation-en-${name}`);
    expect(await untranslated(page), name).toEqual([]);
  }

  it('surveys: the list, the builder, the results and the telephone follow-up', async () => {
    const page = await office(wide);
    await open(page, '/surveys', 'New survey', '01-surveys');
    await page.getByRole('button', { name: 'New survey' }).click();
    const builder = page.getByRole('dialog', { name: 'New survey' });
    await builder.getByText('Questions').first().waitFor();
    await settle(page);
    await shoot(page, 'participation-en-02-survey-builder');
    expect(await untranslated(page), 'builder').toEqual([]);
    await builder.getByRole('button', { name: 'Cancel' }).click();
    await builder.waitFor({ state: 'hidden' });
    const href = await page.getByRole('link', { name: /满意度测评/ }).getAttribute('href');
    expect(href).toMatch(/^\/surveys\//);
    await open(page, `${href}?tab=results`, 'Results', '03-survey-results');
    await open(page, `${href}?tab=phone`, 'Phone follow-up', '04-survey-phone');
    await page.close();
  }, 180_000);

  it('the review of public messages, and one message in its drawer', async () => {
    const page = await office(wide);
    await open(page, '/feedback', 'Public messages', '05-feedback');
    // What a message is about: the server keeps '任务 <code title>'; inside, the kind is in the reader's language.
    await page
      .getByRole('cell', { name: /^Task \d{4}-/ })
      .first()
      .waitFor();
    expect(await page.getByRole('cell', { name: /^(任务|项目|综合)/ }).count()).toBe(0);
    await page.getByText('Answered', { exact: true }).click();
    await page.getByRole('cell', { name: /幸福里小区改造工地/ }).click();
    await page.locator('.ant-drawer-open').getByText('［电话已隐去］').first().waitFor();
    await settle(page);
    await shoot(page, 'participation-en-06-feedback-answered');
    expect(await untranslated(page), 'feedback drawer').toEqual([]);
    await page.close();
  }, 180_000);

  it('the published year with its appeals: upheld, rejected, waiting', async () => {
    const page = await office(wide);
    await open(page, `/assessment?tab=appeals&year=${year}`, 'Upheld', '07-appeals');
    await page.close();
  }, 180_000);

  it('the message review on a phone', async () => {
    const page = await office(phone);
    await open(page, '/feedback', 'Public messages', '08-feedback-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  }, 180_000);

  it('the demo’s public tasks and published results, logged out on a phone (Chinese: the public pages are)', async () => {
    const context = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const [path, name] of [
      ['/public/demo/tasks', '09-public-tasks-phone'],
      ['/public/demo/results', '10-public-results-phone'],
    ] as const) {
      await page.goto(`${server.base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shoot(page, `participation-en-${name}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    }
    await page.goto(`${server.base}/public/demo/tasks`);
    expect(await page.locator('blockquote').count()).toBe(6);
    await context.close();
  }, 180_000);
});
