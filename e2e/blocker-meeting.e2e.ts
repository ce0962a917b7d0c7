/**
 * Issue 14 end to end in the browser: the street office raises a blocker on its project; it goes up the ladder
 * to the weekly project meeting (the office escalates it early, as it may, instead of waiting the working days
 * the reminder run counts — the integration tests cover those); the office prepares the meeting, whose drafted
 * agenda carries the blocker, runs it in meeting mode and records a decision on it; the decision is a task in the
 * responsible unit's workbench at once, the blocker is in coordination with the decision attached, and the
 * minutes download names the decision. Screenshots: test-results/blocker-meeting-*.png.
 */
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotDir } from './browser';
import {
  Client,
  logIn,
  seedDistrict,
  settle,
  shanghaiDay,
  shoot,
  type District,
  pickOption,
} from './helpers';

interface ApiBlocker {
  id: string;
  level: string;
  status: string;
  version: number;
  events: { kind: string }[];
}

describe('a blocker cleared by the weekly project meeting', () => {
  let district: District;
  let browser: Browser;
  let office: Client;
  const supervisor = { username: 'dcs', password: 'Ducha#2024' };
  const street = { username: 'cgjd.op', password: 'Chengguan#2024' };
  const bureau = { username: 'zrzy.op', password: 'Ziran#2024' };
  const project = '城东安置房二期';
  const title = '二期用地 12 户未签订征收协议';
  const decisionText = '区自然资源局牵头复核补偿标准，两周内完成剩余 12 户签约';
  let projectId = '';
  let blockerId = '';

  beforeAll(async () => {
    district = await seedDistrict({
      units: [
        { name: '城关街道办事处', code: 'CGJD', kind: 'street' },
        { name: '区自然资源局', code: 'ZRZY' },
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 王敏', roles: ['supervisor'] },
        { username: 'lingdao', password: 'Lingdao#2024', displayName: '李区长', roles: ['leader'] },
        { ...street, displayName: '城关街道 赵磊', roles: ['unit_operator'], unitCode: 'CGJD' },
        { ...bureau, displayName: '自然资源局 孙杰', roles: ['unit_operator'], unitCode: 'ZRZY' },
      ],
    });
    office = await Client.login(district.base, supervisor.username, supervisor.password);
    const year = Number(shanghaiDay(0).slice(0, 4));
    projectId = (
      await office.call<{ id: string }>('POST', '/projects', {
        name: project,
        type: '民生',
        source: 'government',
        stage: 'construction',
        year,
        annualPlan: '12000.00',
        plannedStart: `${year}-01-01`,
        plannedEnd: `${year + 1}-12-31`,
        leaderIds: [district.userIds.lingdao],
        units: [
          { unitId: district.unitIds.CGJD, role: 'street' },
          { unitId: district.unitIds.ZRZY, role: 'guide' },
        ],
      })
    ).id;
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await district?.stop();
  });

  async function as(account: { username: string; password: string }, width = 1440): Promise<Page> {
    const page = await browser.newPage({
      viewport: { width, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    await logIn(page, district.base, account.username, account.password);
    return page;
  }

  it('the street office raises the blocker, and it goes up to the meeting', async () => {
    const page = await as(street, 1366);
    await page.goto(`${district.base}/projects/${projectId}`);
    await page.getByRole('heading', { name: project }).waitFor();
    await page.getByRole('button', { name: '反映堵点' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('类别').click();
    await pickOption(page, '征迁');
    await dialog.getByLabel('堵点问题').fill(title);
    await dialog.getByLabel('具体情况').fill('剩余 12 户对补偿标准有异议，影响 3 号楼桩基施工。');
    await dialog.getByLabel('需协调事项').fill('请自然资源局牵头复核补偿标准，协调签约。');
    await dialog.getByLabel('责任单位').click();
    await pickOption(page, '区自然资源局');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page.waitForURL(/\/blockers\/[0-9a-f-]{36}$/);
    blockerId = page.url().split('/').pop() as string;
    await page.close();

    for (const reason of [
      '街道与自然资源局协调未果，提请包联领导协调。',
      '涉及补偿标准调整，提请周六项目例会研究。',
    ]) {
      const b = await office.call<ApiBlocker>('GET', `/blockers/${blockerId}`);
      await office.call('POST', `/blockers/${blockerId}/escalate`, { reason, version: b.version });
    }
    expect(await office.call<ApiBlocker>('GET', `/blockers/${blockerId}`)).toMatchObject({
      level: 'meeting',
      status: 'open',
    });
  }, 120_000);

  it('the office runs the meeting and records a decision on the blocker', async () => {
    const page = await as(supervisor);
    await page.goto(`${district.base}/meetings`);
    await settle(page);
    await page.getByRole('button', { name: /新建例会/ }).click();
    const form = page.getByTestId('meeting-form');
    await form.getByLabel('会议名称').fill('第17次周六项目例会');
    await form.getByLabel('会议地点').fill('区行政中心三楼会议室');
    await form.getByLabel('主持人').fill('李区长');
    await form.getByLabel(/参会人员/).fill('李区长\n督查室 王敏\n区自然资源局局长');
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByRole('button', { name: /生成议程/ }).waitFor();
    await settle(page);
    await page.getByRole('button', { name: /生成议程/ }).click();
    const item = page.getByTestId('agenda-item').filter({ hasText: title });
    await item.waitFor();
    await settle(page);
    await shoot(page, 'blocker-meeting-1-agenda');

    await page.getByRole('button', { name: /会议模式/ }).click();
    const screen = page.getByTestId('meeting-mode');
    await screen.getByText(title).first().waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'blocker-meeting-2-mode');
    await page.keyboard.press('Escape');
    await screen.waitFor({ state: 'detached' });

    await item.getByRole('button', { name: /记录议定事项/ }).click();
    const drawer = page.getByTestId('decision-form');
    await drawer.getByLabel('议定内容（谁做什么）').fill(decisionText);
    await drawer.getByLabel('牵头单位').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '区自然资源局' })
      .click();
    await drawer.getByLabel('完成时限').click();
    await drawer.getByLabel('完成时限').fill(shanghaiDay(14));
    await drawer.getByLabel('完成时限').press('Enter');
    await page.getByText('议定事项已记录').waitFor();
    await item.getByTestId('decision').filter({ hasText: decisionText }).waitFor();
    await settle(page);
    await shoot(page, 'blocker-meeting-3-decided');

    const b = await office.call<ApiBlocker>('GET', `/blockers/${blockerId}`);
    expect(b.status).toBe('coordinating');
    expect(b.events.map((e) => e.kind)).toContain('decision_attached');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载会议纪要/ }).click(),
    ]);
    const path = join(screenshotDir, 'blocker-meeting-minutes.docx');
    await download.saveAs(path);
    const zip = await JSZip.loadAsync(await readFile(path));
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain(decisionText);
    expect(text).toContain(title);
    await page.close();
  }, 180_000);

  it("the decision is a task in the bureau's workbench at once", async () => {
    const page = await as(bureau, 390);
    await page.goto(`${district.base}/`);
    await settle(page);
    await page.getByText(decisionText).first().waitFor();
    await shoot(page, 'blocker-meeting-4-bureau-workbench');
    await page.close();
  }, 120_000);
});
