/**
 * Blockers in the browser (issue #14): the street office raises a blocker on its project with a site photo,
 * naming the natural-resources bureau as the unit to clear it; the office finds it in the ledger and escalates
 * it to the contracting leader and on to the weekly project meeting; the bureau resolves it; the street office
 * confirms. Phone-width screenshots of the ledger and the blocker page.
 * Screenshots: test-results/blockers-*.png.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { samplePng } from './project-photo';
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
  files: { id: string }[];
  events: { kind: string }[];
}

/** Opens an action's dialog on the blocker page, writes the words and submits. */
async function act(page: Page, action: string, words: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('textarea').waitFor();
  await dialog.locator('textarea').fill(words);
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await page.getByText('已办理').first().waitFor();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

describe('blockers in the browser', () => {
  let district: District;
  let browser: Browser;
  let office: Client;
  const supervisor = { username: 'dcs', password: 'Ducha#2024' };
  const street = { username: 'cgjd.op', password: 'Chengguan#2024' };
  const bureau = { username: 'zrzy.op', password: 'Ziran#2024' };
  const name = '城东安置房二期';
  const title = '二期用地 12 户未签订征收协议';
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
        name,
        type: '民生',
        source: 'government',
        stage: 'construction',
        year,
        totalInvestment: '38000.00',
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
  });

  afterAll(async () => {
    await browser?.close();
    await district?.stop();
  });

  it('the street office raises a blocker on its project with a photo', async () => {
    const dir = resolve('.tmp');
    await mkdir(dir, { recursive: true });
    const photo = join(dir, 'blocker-photo.png');
    await writeFile(photo, samplePng());
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(page, district.base, street.username, street.password);
    await page.goto(`${district.base}/projects/${projectId}`);
    await page.getByRole('heading', { name }).waitFor();
    await page.getByRole('button', { name: '反映堵点' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('类别').click();
    await pickOption(page, '征迁');
    await dialog.getByLabel('堵点问题').fill(title);
    await dialog.getByLabel('具体情况').fill('剩余 12 户对补偿标准有异议，影响 3 号楼桩基施工。');
    await dialog.getByLabel('需协调事项').fill('请自然资源局牵头复核补偿标准，协调签约。');
    await dialog.getByLabel('责任单位').click();
    await pickOption(page, '区自然资源局');
    await dialog.locator('input[type=file]').setInputFiles(photo);
    await dialog.locator('.ant-upload-list-item').first().waitFor();
    await settle(page);
    await shoot(page, 'blockers-01-raise-dialog');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page.waitForURL(/\/blockers\/[0-9a-f-]{36}$/);
    blockerId = page.url().split('/').pop() as string;
    await page.getByRole('heading', { name: title }).waitFor();
    await page.locator('.ant-image img').first().waitFor();
    await settle(page);
    await shoot(page, 'blockers-02-raised');
    const b = await office.call<ApiBlocker>('GET', `/blockers/${blockerId}`);
    expect(b).toMatchObject({ level: 'unit', status: 'open' });
    expect(b.files).toHaveLength(1);
    await page.close();
  });

  it('the office escalates it to the leader and on to the project meeting', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, district.base, supervisor.username, supervisor.password);
    await page.getByRole('menuitem', { name: '堵点清单' }).click();
    await page.waitForURL(/\/blockers$/);
    await page.getByRole('link', { name: title }).waitFor();
    await settle(page);
    await shoot(page, 'blockers-03-ledger');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await act(page, '提前上交', '街道与自然资源局协调未果，提请包联领导协调。');
    await page.getByText('包联领导').first().waitFor();
    await act(page, '提前上交', '涉及补偿标准调整，提请周六项目例会研究。');
    await expect
      .poll(async () => (await office.call<ApiBlocker>('GET', `/blockers/${blockerId}`)).level)
      .toBe('meeting');
    await settle(page);
    await shoot(page, 'blockers-04-at-meeting');
    await page.close();
  });

  it('the bureau resolves it and the street office confirms', async () => {
    const owner = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(owner, district.base, bureau.username, bureau.password);
    await owner.goto(`${district.base}/blockers/${blockerId}`);
    await owner.getByRole('heading', { name: title }).waitFor();
    await act(owner, '办结', '经例会研究，按新标准补偿，12 户已全部签约，场地已移交施工单位。');
    await owner.close();

    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(page, district.base, street.username, street.password);
    await page.goto(`${district.base}/blockers/${blockerId}`);
    await page.getByText('待确认').first().waitFor();
    await page.getByRole('button', { name: '确认已解决' }).click();
    const pop = page.locator('.ant-popconfirm:visible');
    await pop.waitFor();
    await pop.locator('.ant-btn-primary').click();
    await page.getByText('已解决').first().waitFor();
    await settle(page);
    await shoot(page, 'blockers-05-resolved');
    const b = await office.call<ApiBlocker>('GET', `/blockers/${blockerId}`);
    expect(b.status).toBe('resolved');
    expect(b.events.map((e) => e.kind)).toEqual([
      'raised',
      'escalated_early',
      'escalated_early',
      'resolution_proposed',
      'confirmed',
    ]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${district.base}/blockers`);
    await page.getByText(title).first().waitFor();
    await settle(page);
    await shoot(page, 'blockers-06-phone-ledger');
    await page.goto(`${district.base}/blockers/${blockerId}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await settle(page);
    await shoot(page, 'blockers-07-phone-blocker');
    await page.close();
  });
});
