/**
 * Step 3 of the responsibility browser test: 城关街道's liaison finds the task on the workbench (待报送的配合任务),
 * reports the street's share of this period with its figure and a site photo; 人社局's liaison sees it on the task
 * page, ticks it in the report form and submits the report, which consolidates it. Screenshots:
 * test-results/responsibility-shares-*.png (desktop, and the street's task page at phone width).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { Client, logIn, settle, shoot } from '../helpers';
import { samplePng } from '../project-photo';
import { accounts, type ResponsibilityWorld } from './seed';

const TITLE = '稳定和扩大就业，全年新增城镇就业3000人';

interface ApiShareList {
  period: string;
  units: Array<{
    unitId: string;
    share: { id: string; status: string; reportId: string | null; values: Array<{ value: number }> } | null;
  }>;
}

export async function sharesStep(browser: Browser, world: ResponsibilityWorld): Promise<void> {
  const { base } = world.district;
  const dir = resolve('.tmp');
  await mkdir(dir, { recursive: true });
  const photo = join(dir, 'share-photo.png');
  await writeFile(photo, samplePng());

  // The street reports its share, starting from its workbench.
  const street = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  await logIn(street, base, accounts.streetOperator.username, accounts.streetOperator.password);
  const due = street.getByTestId('due-share').filter({ hasText: TITLE });
  await due.waitFor();
  await due.getByText('未报送').waitFor();
  await settle(street);
  await shoot(street, 'responsibility-shares-01-street-workbench');
  await due.getByRole('link', { name: TITLE }).click();
  await street.getByRole('heading', { name: TITLE }).waitFor();
  const card = street.getByTestId('shares-card');
  await card.getByText(/本单位尚未报送/).waitFor();
  await card.getByRole('button', { name: '报送本单位分报' }).click();
  const drawer = street.getByRole('dialog');
  await drawer.getByLabel('新增城镇就业（人）', { exact: true }).fill('420');
  await drawer
    .getByLabel('本单位完成情况', { exact: true })
    .fill('组织“春风行动”招聘会2场，开发公益性岗位35个，本月城关街道新增城镇就业420人。');
  await drawer.getByLabel('存在问题', { exact: true }).fill('部分企业用工需求与求职者技能不匹配。');
  await drawer.locator('input[type=file]').setInputFiles(photo);
  await drawer.locator('.ant-upload-list-item-done').waitFor();
  await street.waitForTimeout(300);
  await shoot(street, 'responsibility-shares-02-street-form');
  await drawer.getByTestId('share-submit').click();
  const line = card.getByTestId('share-line').filter({ hasText: '城关街道' });
  await line.getByText('已报送').waitFor();
  await line.getByText('420人', { exact: true }).waitFor();
  await line.locator('img').first().waitFor();
  await settle(street);
  await shoot(street, 'responsibility-shares-03-street-sent');

  // The same page at phone width: the card stacks under the reports.
  await street.setViewportSize({ width: 390, height: 844 });
  await street.reload();
  await street.getByTestId('shares-card').getByText('已报送').waitFor();
  await settle(street);
  await shoot(street, 'responsibility-shares-04-street-phone');
  await street.close();

  // The lead unit files this period's report below; should an earlier step have filed one already, the office
  // returns it so that the period is open to the form again (a returned report is corrected in place).
  const office = await Client.login(base, accounts.supervisor.username, accounts.supervisor.password);
  const period = (await office.call<ApiShareList>('GET', `/tasks/${world.taskId}/shares`)).period;
  const filed = await office.call<{ items: Array<{ id: string; period: string; status: string }> }>(
    'GET',
    `/tasks/${world.taskId}/reports`,
  );
  for (const r of filed.items.filter(
    (x) => x.period === period && ['submitted', 'signed'].includes(x.status),
  )) {
    await office.call('POST', `/reports/${r.id}/review`, {
      decision: 'return',
      comment: '请汇总配合单位分报后重报',
    });
  }

  // The lead unit sees the share beside its report and consolidates it.
  const lead = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await logIn(lead, base, accounts.leadOperator.username, accounts.leadOperator.password);
  await lead.goto(`${base}/tasks/${world.taskId}`);
  await lead.getByRole('heading', { name: TITLE }).waitFor();
  const leadCard = lead.getByTestId('shares-card');
  const cgjd = leadCard.getByTestId('share-line').filter({ hasText: '城关街道' });
  await cgjd.getByText('已报送').waitFor();
  await cgjd.getByText('420人', { exact: true }).waitFor();
  await cgjd.locator('img').first().waitFor();
  await leadCard.getByTestId('share-line').filter({ hasText: '东门街道' }).getByText('未报送').waitFor();
  await settle(lead);
  await shoot(lead, 'responsibility-shares-05-lead-task');

  await lead.getByRole('button', { name: '填报进展' }).first().click();
  const form = lead.getByRole('dialog');
  const picked = form.getByTestId('share-consolidation');
  await picked.getByText('城关街道', { exact: true }).waitFor();
  await expect.poll(() => picked.locator('input[type=checkbox]').first().isChecked()).toBe(true);
  await form.getByLabel('新增城镇就业（人）', { exact: true }).fill('1260');
  await form
    .getByLabel('工作进展', { exact: true })
    .fill('本月全区新增城镇就业1260人，其中城关街道420人（已汇总配合单位分报），其余为人社局直接组织。');
  await lead.waitForTimeout(300);
  await shoot(lead, 'responsibility-shares-06-lead-report-form');
  await form.getByRole('button', { name: '提交' }).click();
  await lead.getByText(/进展已提交，等待审核/).waitFor();
  await cgjd.getByText('已汇总').waitFor();
  await settle(lead);
  await shoot(lead, 'responsibility-shares-07-lead-consolidated');
  await lead.close();

  // What the pages showed is what the server holds.
  const shares = await office.call<ApiShareList>('GET', `/tasks/${world.taskId}/shares`);
  const mine = shares.units.find((u) => u.unitId === world.units.CGJD)?.share;
  expect(mine?.status).toBe('consolidated');
  expect(mine?.values.map((v) => v.value)).toEqual([420]);
  const reports = await office.call<{ items: Array<{ id: string; period: string }> }>(
    'GET',
    `/tasks/${world.taskId}/reports`,
  );
  expect(shares.period).toBe(period);
  expect(reports.items.find((r) => r.period === period)?.id).toBe(mine?.reportId);
}
