/**
 * What a clerk meets every day (issue 18, first half): the ledger fits 1440 px and sorts on the server, prints
 * on A3 landscape from the export's definition, batch 签收 / 本月无变化 from the workbench and the ledger with
 * the refused list, deleting a decision, and deleting or merging drafts. Screenshots: test-results/daily-a-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';

const sizes = [
  { width: 1440, height: 900, tag: '1440' },
  { width: 390, height: 844, tag: '390' },
] as const;

describe('issue 18 (a) in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let base = '';
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const operator = { username: 'zjj.op', password: 'Zjj#Operator2024' };
  const ids: { draftDecision: string; emptyDecision: string; published: string[] } = {
    draftDecision: '',
    emptyDecision: '',
    published: [],
  };

  beforeAll(async () => {
    const seeded = await seedDistrict({
      units: [{ name: '区住房和城乡建设局', code: 'ZJJ' }],
      accounts: [
        { ...supervisor, displayName: '李娜', roles: ['supervisor'] },
        { ...operator, displayName: '王芳', roles: ['unit_operator'], unitCode: 'ZJJ' },
      ],
    });
    server = seeded;
    base = seeded.base;
    const zjj = seeded.unitIds['ZJJ'] ?? '';
    const sup = await Client.login(base, supervisor.username, supervisor.password);
    const decide = (title: string) =>
      sup.call<{ id: string }>('POST', '/decisions', {
        title,
        kind: 'plenary',
        date: shanghaiDay(-60),
        source: 'district_direct',
      });
    const task = (decisionId: string, title: string, extra: object = {}) =>
      sup.call<{ id: string }>('POST', '/tasks', {
        decisionId,
        title,
        content: `${title}，确保按期完成。`,
        leadUnitId: zjj,
        responsiblePerson: '张建国',
        startDate: shanghaiDay(-50),
        dueDate: shanghaiDay(120),
        ...extra,
      });
    const main = await decide('区委全会工作报告');
    for (let i = 1; i <= 5; i++)
      await task(main.id, `老旧小区改造第${i}批（涉及居民楼栋及配套管网改造）`, {
        dueDate: shanghaiDay(30 * i),
      });
    ids.published = (
      await sup.call<{ tasks: Array<{ id: string }> }>('POST', `/decisions/${main.id}/publish`)
    ).tasks.map((x) => x.id);
    ids.draftDecision = (await decide('城市更新专题会议纪要')).id;
    await task(ids.draftDecision, '推进城市更新', {
      targets: [{ indicator: '城市更新项目', unit: '个', targetValue: 6 }],
    });
    await task(ids.draftDecision, '同步完善配套设施', {
      targets: [{ indicator: '新增停车位', unit: '个', targetValue: 800 }],
    });
    await task(ids.draftDecision, '误识别的句子');
    ids.emptyDecision = (await decide('误建的决策')).id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = async (
    user: { username: string; password: string },
    size: (typeof sizes)[number],
  ): Promise<Page> => {
    const page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      locale: 'zh-CN',
    });
    await logIn(page, base, user.username, user.password);
    return page;
  };

  it('the ledger fits 1440 px, sorts by the server and prints on A3 landscape', async () => {
    const page = await open(supervisor, sizes[0]);
    await page.goto(`${base}/ledger`);
    await settle(page);
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('.ant-table-content, .ant-table-body');
      return el ? el.scrollWidth - el.clientWidth : -1;
    });
    expect(overflow).toBe(0);
    // 牵头区领导 reads whole: its header is not cut.
    const header = page.locator('th', { hasText: '牵头区领导' });
    expect(await header.evaluate((th) => th.scrollWidth <= th.clientWidth)).toBe(true);
    await page.locator('th', { hasText: '完成时限' }).click();
    await expect.poll(() => page.url()).toContain('sort=dueDate');
    await settle(page);
    await page.locator('th', { hasText: '完成时限' }).click();
    await expect.poll(() => page.url()).toContain('sort=-dueDate');
    await settle(page);
    await expect
      .poll(() => page.locator('.ant-table-tbody tr.ant-table-row').first().innerText(), { timeout: 10_000 })
      .toContain('第5批');
    await shoot(page, 'daily-a-ledger-1440');

    await page.getByRole('button', { name: '打印' }).click();
    await page.waitForURL(/\/ledger\/print\?.*sort=-dueDate/);
    await settle(page);
    // The sheet renders after its data arrives; a loaded machine took longer than settle() waits (CI once).
    await expect
      .poll(async () => (await page.locator('.luoshi-ledger-sheet th').allInnerTexts()).slice(0, 3), {
        timeout: 60_000,
      })
      .toEqual(['序号', '任务编号', '任务内容']);
    await expect
      .poll(() => page.locator('.luoshi-ledger-sheet tbody tr').first().innerText(), { timeout: 60_000 })
      .toContain('第5批');
    await shoot(page, 'daily-a-print-1440');
    await page.getByText('月度台账（全部列）').click();
    await settle(page);
    await expect
      .poll(() => page.locator('.luoshi-ledger-sheet th').allInnerTexts(), { timeout: 60_000 })
      .toContain('下步打算');
    // The printed page is A3 landscape (420 × 297 mm = 1190.55 × 841.89 pt).
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Math.round(Number(box?.[1]))).toBe(1191);
    expect(Math.round(Number(box?.[2]))).toBe(842);
    await page.close();
  });

  it('a unit accepts in batch from the workbench (all or nothing, with the refused list) and reports no change from the ledger', async () => {
    const page = await open(operator, sizes[0]);
    await settle(page);
    const card = page.locator('.ant-card', { hasText: '批量办理' }).last();
    await card.locator('.ant-table-row .ant-checkbox-input').nth(0).check();
    await card.locator('.ant-table-row .ant-checkbox-input').nth(1).check();
    // Meanwhile the first is accepted elsewhere: the batch is refused as a whole and says why.
    const other = await Client.login(base, operator.username, operator.password);
    const firstTitle = await card.locator('.ant-table-row').nth(0).innerText();
    const first = ids.published.find(() => true);
    const list = await other.call<{ items: Array<{ id: string; title: string }> }>(
      'GET',
      '/tasks?pageSize=100',
    );
    const target =
      list.items.find((x) => firstTitle.includes(x.title)) ?? list.items.find((x) => x.id === first);
    await other.call('POST', `/tasks/${target?.id}/accept`);
    await page.getByRole('button', { name: /批量签收（2）/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /批量签收/ })
      .click();
    const alert = page.getByRole('alert').filter({ hasText: '未做任何更改' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('不能签收');
    expect(
      (await other.call<{ items: Array<{ status: string }> }>('GET', '/tasks?status=in_progress')).items,
    ).toHaveLength(1);
    await shoot(page, 'daily-a-workbench-1440');

    await page.reload();
    await settle(page);
    const card2 = page.locator('.ant-card', { hasText: '批量办理' }).last();
    for (const box of await card2.locator('.ant-table-row .ant-checkbox-input:not([disabled])').all())
      await box.check();
    await page.getByRole('button', { name: /批量签收（4）/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /批量签收/ })
      .click();
    await page.getByText('已签收 4 项任务').waitFor();
    expect((await other.call<{ total: number }>('GET', '/tasks?status=in_progress')).total).toBe(5);

    // 本月无变化 from the ledger: no earlier approved report, so the server refuses each and says so.
    await page.goto(`${base}/ledger`);
    await settle(page);
    await page.locator('.ant-table-thead .ant-checkbox-input').check();
    await page.getByRole('button', { name: /本月无变化（5）/ }).click();
    await page.locator('.ant-modal').getByRole('button', { name: '报送' }).click();
    await page.getByRole('alert').filter({ hasText: '未做任何更改' }).waitFor();
    await page.close();

    const phone = await open(operator, sizes[1]);
    await phone.getByText('批量办理').first().waitFor();
    await settle(phone);
    await shoot(phone, 'daily-a-workbench-390');
    await phone.goto(`${base}/ledger`);
    await settle(phone);
    await shoot(phone, 'daily-a-ledger-390');
    await phone.close();
  });

  it('the office deletes or merges selected drafts and deletes a decision entered by mistake', async () => {
    for (const size of [...sizes].reverse()) {
      const page = await open(supervisor, size);
      await page.goto(`${base}/decisions/${ids.draftDecision}`);
      await settle(page);
      await page
        .locator('.luoshi-task-item', { hasText: '推进城市更新' })
        .locator('.ant-checkbox-input')
        .check();
      await page
        .locator('.luoshi-task-item', { hasText: '同步完善配套设施' })
        .locator('.ant-checkbox-input')
        .check();
      await page.getByRole('button', { name: /合并为一条（2）/ }).waitFor();
      await shoot(page, `daily-a-decision-${size.tag}`);
      if (size.tag === '1440') {
        await page.getByRole('button', { name: /合并为一条（2）/ }).click();
        await page
          .locator('.ant-popconfirm')
          .getByRole('button', { name: /合并为一条/ })
          .click();
        await page.getByText('已合并为一条任务：推进城市更新').waitFor();
        await page.getByText('同步完善配套设施').waitFor({ state: 'detached' });
        await page
          .locator('.luoshi-task-item', { hasText: '误识别的句子' })
          .locator('.ant-checkbox-input')
          .check();
        await page.getByRole('button', { name: /删除所选草稿（1）/ }).click();
        await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
        const sup = await Client.login(base, supervisor.username, supervisor.password);
        await expect
          .poll(
            async () =>
              (await sup.call<{ total: number }>('GET', `/tasks?decisionId=${ids.draftDecision}`)).total,
          )
          .toBe(1);
        const left = await sup.call<{ items: Array<{ targets: unknown[]; content: string }> }>(
          'GET',
          `/tasks?decisionId=${ids.draftDecision}`,
        );
        expect(left.items).toHaveLength(1);
        expect(left.items[0]?.targets).toHaveLength(2);

        await page.goto(`${base}/decisions/${ids.emptyDecision}`);
        await settle(page);
        await page.getByRole('button', { name: '删除决策' }).click();
        await page.locator('.ant-modal-confirm').getByRole('button', { name: '删除' }).click();
        await page.waitForURL(/\/decisions$/);
        // A decision with published tasks offers no delete.
        const published = await sup.call<{ items: Array<{ id: string; title: string }> }>(
          'GET',
          '/decisions',
        );
        const main = published.items.find((d) => d.title === '区委全会工作报告');
        await page.goto(`${base}/decisions/${main?.id}`);
        await settle(page);
        expect(await page.getByRole('button', { name: '删除决策' }).count()).toBe(0);
        await page.goto(`${base}/ledger/print`);
        await settle(page);
      } else {
        await page.goto(`${base}/ledger/print`);
        await settle(page);
        await shoot(page, 'daily-a-print-390');
        await page.goto(`${base}/ledger`);
        await settle(page);
      }
      await page.close();
    }
  });
});
