/**
 * Step 1 of the responsibility browser test: the office (duchashi) splits 新增城镇就业 3000 人 across the three
 * streets — first a split that falls short (西城 700: the red difference, then the server's 422 with "差 100"),
 * then 1200 / 1000 / 800 — and sees the shares; 城关街道 (cgjd.liaison) sees only its own share of 1200 on a
 * phone and reports its figure. Screenshots: test-results/responsibility-target-shares-*.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshotDir } from '../browser';
import { Client, logIn, settle, shoot } from '../helpers';
import { accounts, type ResponsibilityWorld } from './seed';

interface ShareList {
  items: Array<{ unitId: string; unitName: string; targetValue: number; currentValue: number | null }>;
  currentValue: number | null;
}

async function openTask(page: Page, world: ResponsibilityWorld): Promise<void> {
  await page.goto(`${world.district.base}/tasks/${world.taskId}`);
  await page.getByRole('heading', { name: '稳定和扩大就业，全年新增城镇就业3000人' }).waitFor();
  await page.getByTestId(`target-shares-${world.targetId}`).waitFor();
}

export async function targetSharesStep(browser: Browser, world: ResponsibilityWorld): Promise<void> {
  const { base } = world.district;
  const office = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await logIn(office, base, accounts.supervisor.username, accounts.supervisor.password);
  await openTask(office, world);
  const block = office.getByTestId(`target-shares-${world.targetId}`);
  await block.getByText('尚未分解到单位').waitFor();
  await block.getByRole('button', { name: '分解到单位' }).click();

  // The modal starts with a row per cooperating street, in the task's order: 城关, 东门, 西城.
  const modal = office.getByRole('dialog');
  await modal.getByTestId('split-row-2').waitFor();
  for (const [i, name] of ['城关街道', '东门街道', '西城街道'].entries())
    await expect.poll(() => modal.getByTestId(`split-row-${i}`).innerText()).toContain(name);
  await modal.getByLabel('分解值 1', { exact: true }).fill('1200');
  await modal.getByLabel('分解值 2', { exact: true }).fill('1000');
  await modal.getByLabel('分解值 3', { exact: true }).fill('700');
  // Short of the district's 3000 by 100: the difference in red as it is typed.
  const difference = modal.getByTestId('split-difference');
  await expect.poll(() => difference.innerText()).toBe('差 100人');
  expect(await difference.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(207, 19, 34)');
  await expect.poll(() => modal.getByTestId('split-sum').innerText()).toContain('分解合计 2,900人');
  // Saved anyway: the server refuses it with the same number, and nothing is stored.
  await modal.getByRole('button', { name: '保存分解' }).click();
  await expect
    .poll(() => modal.getByTestId('split-error').innerText())
    .toContain('各单位分解值合计 2900人，与区级目标 3000人 差 100人');
  await settle(office);
  await shoot(office, 'responsibility-target-shares-1-short');
  const sup = await Client.login(base, accounts.supervisor.username, accounts.supervisor.password);
  const path = `/targets/${world.targetId}/shares`;
  expect((await sup.call<ShareList>('GET', path)).items).toEqual([]);

  await modal.getByLabel('分解值 3', { exact: true }).fill('800');
  await expect.poll(() => difference.innerText()).toBe('已达到区级目标');
  await modal.getByRole('button', { name: '保存分解' }).click();
  await office.getByText('已保存指标分解').waitFor();
  await modal.waitFor({ state: 'hidden' });
  for (const [name, figure] of [
    ['城关街道', '1,200人'],
    ['东门街道', '1,000人'],
    ['西城街道', '800人'],
  ] as const)
    await expect.poll(() => block.getByRole('row', { name: new RegExp(name) }).innerText()).toContain(figure);
  await expect.poll(() => block.getByTestId('target-shares-totals').innerText()).toContain('合计 3,000人');
  const stored = await sup.call<ShareList>('GET', path);
  expect(stored.items.map((s) => [s.unitId, s.targetValue])).toEqual([
    [world.units.CGJD, 1200],
    [world.units.DMJD, 1000],
    [world.units.XCJD, 800],
  ]);
  await settle(office);
  await shoot(office, 'responsibility-target-shares-2-office');
  await office.setViewportSize({ width: 390, height: 844 });
  await settle(office);
  await block.scrollIntoViewIfNeeded();
  await shoot(office, 'responsibility-target-shares-3-office-phone');
  // The block alone at phone width, to read it at full size.
  await block.screenshot({ path: join(screenshotDir, 'responsibility-target-shares-3b-block-phone.png') });
  await office.close();

  // 城关街道 on a phone: its own share only, and it reports its figure.
  const street = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  await logIn(street, base, accounts.streetOperator.username, accounts.streetOperator.password);
  await openTask(street, world);
  const own = street.getByTestId(`target-shares-${world.targetId}`);
  await own.getByText('仅显示本单位承担的分解指标').waitFor();
  await expect.poll(() => own.innerText()).toContain('分解目标 1,200人');
  expect(await own.innerText()).not.toContain('东门街道');
  expect(await own.getByRole('button', { name: '分解到单位' }).count()).toBe(0);
  await own.getByRole('button', { name: '填报完成值' }).click();
  const dialog = street.getByRole('dialog');
  await dialog.getByLabel('完成值', { exact: true }).fill('300');
  await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
  await street.getByText('已填报完成值').waitFor();
  await expect.poll(() => own.innerText()).toContain('25%');
  await settle(street);
  await shoot(street, 'responsibility-target-shares-4-street-phone');
  await own.screenshot({ path: join(screenshotDir, 'responsibility-target-shares-4b-block-phone.png') });
  // Its workbench follows the share with the share's own light (300 of 1200 with ~45% of the time gone).
  await street.goto(`${base}/`);
  const card = street.locator('.ant-card', { hasText: '本单位分解指标' });
  await card.getByRole('link', { name: '稳定和扩大就业，全年新增城镇就业3000人' }).waitFor();
  await expect.poll(() => card.innerText()).toContain('分解目标 1,200人 · 完成 300人（25%）');
  await expect.poll(() => card.innerText()).toContain('黄灯');
  await settle(street);
  await card.screenshot({ path: join(screenshotDir, 'responsibility-target-shares-5-workbench-phone.png') });
  await street.close();

  const after = await sup.call<ShareList>('GET', path);
  expect(after.currentValue).toBe(300);
  expect(after.items.find((s) => s.unitId === world.units.CGJD)?.currentValue).toBe(300);
}
