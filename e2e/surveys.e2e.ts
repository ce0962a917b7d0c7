/**
 * 满意度测评 in the browser: the office opens a survey about two units (drafted through the API) and makes
 * one-time codes; a resident answers on a phone, logged out, with one of them, and cannot answer twice with it;
 * the office records a telephone follow-up (电话回访) with another code and reads the results per unit.
 * Screenshots: test-results/surveys-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';

const phone = { width: 390, height: 844 };

describe('satisfaction surveys in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let sup: Client;
  let surveyId = '';
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [
        { name: '区政务服务中心', code: 'ZWFW' },
        { name: '区市场监督管理局', code: 'SCJG' },
      ],
      accounts: [{ ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] }],
    });
    server = district;
    sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const survey = await sup.call<{ id: string }>('POST', '/surveys', {
      title: `${shanghaiDay(0).slice(0, 4)}年度窗口单位群众满意度测评`,
      intro: '请根据您办事的亲身感受作答，约需一分钟。',
      subjectKind: 'unit',
      subjectIds: [district.unitIds.ZWFW, district.unitIds.SCJG],
      audiences: ['residents', 'enterprises'],
      questions: [
        { id: 'q1', text: '您对该单位工作人员的服务态度是否满意？', scale: 'five_point' },
        { id: 'q2', text: '您对该单位的办事效率总体评价', scale: 'three_level' },
      ],
      opensOn: shanghaiDay(0),
      closesOn: shanghaiDay(30),
    });
    surveyId = survey.id;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const officePage = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(page, server.base, supervisor.username, supervisor.password);
    return page;
  };

  it('the office opens the survey and makes codes for one unit', async () => {
    const page = await officePage();
    await page.goto(`${server.base}/surveys`);
    await settle(page);
    await page.getByRole('link', { name: /窗口单位群众满意度测评/ }).click();
    await settle(page);
    await shoot(page, 'surveys-01-draft');
    await page.getByRole('button', { name: '开始测评' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText('测评已开始').waitFor();

    await page.getByRole('tab', { name: '测评码' }).click();
    await page.getByLabel('测评对象').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '区政务服务中心' }).click();
    await page.getByLabel('群体', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '群众' }).click();
    await page.getByLabel('数量').fill('3');
    await page.getByRole('button', { name: /^生\s*成$/ }).click();
    await page.getByText('已生成 3 个测评码').waitFor();
    await settle(page);
    await shoot(page, 'surveys-02-codes');
    await page.close();
  }, 180_000);

  it('a resident answers on a phone, logged out, once per code', async () => {
    const codes = await sup.call<{ items: Array<{ code: string; path: string; used: boolean }> }>(
      'GET',
      `/surveys/${surveyId}/codes?unused=true`,
    );
    const code = codes.items[0];
    expect(code).toBeDefined();
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(`${server.base}${code?.path}`);
    await page
      .getByText(/窗口单位群众满意度测评/)
      .first()
      .waitFor();
    await page.locator('fieldset').nth(0).getByText('很满意').click();
    await page.locator('fieldset').nth(1).getByLabel('基本满意').check();
    await page.getByLabel('意见建议（选填）').fill('窗口排队时间比去年短了，希望周末也能办理。');
    await shoot(page, 'surveys-03-phone-form');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('您的答卷已经收到，感谢您参与满意度测评！').waitFor();
    await shoot(page, 'surveys-04-phone-thanks');

    await page.goto(`${server.base}${code?.path}`);
    await page.getByText('该测评码已经使用过').first().waitFor();
    await context.close();
  }, 120_000);

  it('the office records a phone answer and reads the results per unit', async () => {
    const page = await officePage();
    await page.goto(`${server.base}/surveys/${surveyId}?tab=phone`);
    await settle(page);
    await page.getByLabel('选择测评码（未使用）').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByLabel('4 分').check();
    await page.getByLabel('满意', { exact: true }).check();
    await shoot(page, 'surveys-05-phone-follow-up');
    await page.getByRole('button', { name: '保存答卷' }).click();
    await page.getByText('电话回访答卷已保存').waitFor();

    await page.getByRole('tab', { name: '测评结果' }).click();
    await settle(page);
    await page.getByText(/有效答卷 2 份/).waitFor();
    await shoot(page, 'surveys-06-results');
    await page.close();
  }, 120_000);
});
