/**
 * Step 5 of the responsibility browser test: 区人社局's liaison opens the ledger and the task's drawer, which shows
 * 落实到单位 (the jobs target split across the three streets, each with its latest figure); then, on the task
 * page, rates the three streets (配合评价): 一般 asks for a reason before it saves. On a desktop (1366 px) and a
 * phone (390 px). Last, the office opens the same drawer and sees the street's sub-task (任务分解) too.
 * Screenshots: test-results/responsibility-ledger-*.png.
 */
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { logIn, settle } from '../helpers';
import { accounts, type ResponsibilityWorld } from './seed';

const TITLE = '稳定和扩大就业，全年新增城镇就业3000人';

export async function ledgerRatingsStep(browser: Browser, world: ResponsibilityWorld): Promise<void> {
  const { base } = world.district;
  for (const [label, viewport] of [
    ['desktop', { width: 1366, height: 860 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ viewport, locale: 'zh-CN' });
    await logIn(page, base, accounts.leadOperator.username, accounts.leadOperator.password);
    await page.goto(`${base}/ledger`);
    await page.getByText(TITLE).first().click();
    const section = page.getByTestId('ledger-responsibility');
    await section.waitFor();
    const shares = section.getByTestId('ledger-target-share');
    await expect.poll(() => shares.count()).toBe(3);
    await shares.filter({ hasText: '城关街道' }).getByText('已审定').waitFor();
    await section.scrollIntoViewIfNeeded();
    await settle(page);
    await page.screenshot({ path: `test-results/responsibility-ledger-01-drawer-${label}.png` });
    // The table does not overflow the page at this width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.goto(`${base}/tasks/${world.taskId}`);
    const card = page.getByTestId('cooperation-ratings');
    await card.waitFor();
    if (label === 'desktop') {
      const line = (unit: string) => card.getByTestId('rating-line').filter({ hasText: unit });
      await line('城关街道').getByText('好', { exact: true }).click();
      await line('东门街道').getByText('一般', { exact: true }).click();
      await card.getByText('评为“一般”或“差”须说明理由', { exact: true }).waitFor();
      expect(await card.getByRole('button', { name: '保存评价' }).isDisabled()).toBe(true);
      await line('东门街道').getByLabel('评价理由').fill('分报两次逾期，经催报后补报');
      await line('西城街道').getByText('好', { exact: true }).click();
      await card.getByRole('button', { name: '保存评价' }).click();
      await page.getByText('配合评价已保存').waitFor();
      await line('东门街道').getByText(/评价$/).waitFor();
    }
    await card.scrollIntoViewIfNeeded();
    await settle(page);
    await page.screenshot({ path: `test-results/responsibility-ledger-02-ratings-${label}.png` });
    await page.close();
  }

  // The office sees every sub-task of the task in the ledger's drawer (the street split its share in step 2).
  const office = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  await logIn(office, base, accounts.supervisor.username, accounts.supervisor.password);
  await office.goto(`${base}/ledger`);
  await office.getByText(TITLE).first().click();
  const subtasks = office.getByTestId('ledger-subtasks');
  await subtasks.waitFor();
  expect(await subtasks.getByTestId('ledger-subtask').count()).toBeGreaterThanOrEqual(1);
  await subtasks.scrollIntoViewIfNeeded();
  await settle(office);
  await office.screenshot({ path: 'test-results/responsibility-ledger-03-subtasks-office.png' });
  await office.close();
}
