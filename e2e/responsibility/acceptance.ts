/**
 * 验收销号 in the browser (issue 15): 区人社局's liaison asks for acceptance with a summary, a PDF and a photo; the
 * office finds it in 待验收 on its workbench and returns it for the missing 就业登记台账; the liaison asks again
 * with the ledger; the office accepts with remarks, and the task shows 已销号 with the record (who, when,
 * remarks), on a desktop and on a phone. Screenshots: test-results/responsibility-acceptance-*.png.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { samplePng } from '../project-photo';
import { Client, logIn, settle, shoot } from '../helpers';
import { accounts, type ResponsibilityWorld } from './seed';

const DESKTOP = { width: 1366, height: 860 };
const PHONE = { width: 390, height: 844 };

/** What is on screen now (a full page of a drawer or a phone is mostly what lies behind). */
async function screenshotOf(page: Page, name: string) {
  await page.screenshot({ path: resolve('test-results', `${name}.png`) });
}

/** A small, well-formed one-page PDF (the server checks the content, not the name). */
function samplePdf(title: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 72 770 Td (${title}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function files() {
  const dir = resolve('.tmp', 'acceptance');
  await mkdir(dir, { recursive: true });
  const summary = join(dir, '稳就业工作总结.pdf');
  const photo = join(dir, '招聘会现场.png');
  const ledger = join(dir, '就业登记台账.pdf');
  await writeFile(summary, samplePdf('Employment summary 2026'));
  await writeFile(photo, samplePng());
  await writeFile(ledger, samplePdf('Employment register'));
  return { summary, photo, ledger };
}

/** The lead unit's 申请验收 dialog: a summary and files, sent; waits for the card to say 待验收. */
async function askForAcceptance(page: Page, summary: string, paths: string[], shot: string) {
  await page.getByRole('button', { name: '申请验收' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('完成情况').fill(summary);
  await dialog.locator('input[type=file]').setInputFiles(paths);
  await expect
    .poll(() => dialog.locator('.ant-upload-list-item-done').count(), { timeout: 20_000 })
    .toBe(paths.length);
  await page.waitForTimeout(300);
  await shoot(page, shot);
  await dialog.getByRole('button', { name: '提交验收申请' }).click();
  await page.getByText('已提交验收申请，等待督查室验收').waitFor();
  await page.getByTestId('acceptance-card').getByText('待验收').first().waitFor();
}

/** The office decides in the 验收 card: the outcome's button, then its dialog with the remarks. */
async function decide(page: Page, outcome: '退回补充' | '附意见通过', label: string, remarks: string) {
  await page.getByTestId('acceptance-card').getByRole('button', { name: outcome }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label).fill(remarks);
  await dialog.getByRole('button', { name: outcome }).click();
  await dialog.waitFor({ state: 'hidden' });
}

export async function acceptanceStep(browser: Browser, world: ResponsibilityWorld): Promise<void> {
  const { base } = world.district;
  const taskUrl = `${base}/tasks/${world.taskId}`;
  const evidence = await files();
  const sup = await Client.login(base, accounts.supervisor.username, accounts.supervisor.password);
  const acceptance = () =>
    sup.call<{ state: string; requests: Array<{ evidence: Array<{ name: string }> }> }>(
      'GET',
      `/tasks/${world.taskId}/acceptance`,
    );

  // 1. 区人社局's liaison asks for acceptance with a summary, a PDF and a site photo.
  const lead = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
  await logIn(lead, base, accounts.leadOperator.username, accounts.leadOperator.password);
  await lead.goto(taskUrl);
  await settle(lead);
  await askForAcceptance(
    lead,
    '全年新增城镇就业3126人，完成目标的104.2%；举办招聘会18场，帮扶就业困难人员就业412人。',
    [evidence.summary, evidence.photo],
    'responsibility-acceptance-01-request',
  );
  expect((await acceptance()).requests[0]?.evidence.map((e) => e.name).sort()).toEqual(
    ['招聘会现场.png', '稳就业工作总结.pdf'].sort(),
  );

  // 2. The office sees it in 待验收 on its workbench and opens the task.
  const office = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
  await logIn(office, base, accounts.supervisor.username, accounts.supervisor.password);
  const card = office.locator('.ant-card', {
    has: office.locator('.ant-card-head-title', { hasText: /^待验收$/ }),
  });
  const row = card.getByRole('link', { name: /稳定和扩大就业/ });
  await row.waitFor();
  await card.getByText('人社局联络员 王芳').waitFor();
  await settle(office);
  await shoot(office, 'responsibility-acceptance-02-workbench');
  await row.click();
  await office.waitForURL(/\/tasks\//);
  const officeCard = office.getByTestId('acceptance-card');
  await officeCard.getByText('稳就业工作总结.pdf').waitFor();
  await officeCard.getByRole('img', { name: '招聘会现场.png' }).waitFor();
  await settle(office);
  await shoot(office, 'responsibility-acceptance-03-office-review');

  // 3. It lacks the employment register: returned with what is missing.
  await decide(office, '退回补充', '需要补充的内容', '缺少就业登记台账');
  await officeCard.getByText('督查室退回补充：缺少就业登记台账').waitFor();
  expect((await acceptance()).state).toBe('returned');
  expect((await sup.call<{ status: string }>('GET', `/tasks/${world.taskId}`)).status).toBe('in_progress');

  // 4. The liaison sees why, and asks again with the register.
  await lead.reload();
  await lead.getByTestId('acceptance-card').getByText('督查室退回补充：缺少就业登记台账').waitFor();
  await settle(lead);
  await shoot(lead, 'responsibility-acceptance-04-returned');
  await askForAcceptance(
    lead,
    '已补充全年就业登记台账（3126人，逐人登记）。',
    [evidence.ledger],
    'responsibility-acceptance-05-request-again',
  );

  // 5. The office accepts with remarks: 已销号, with the record.
  await office.reload();
  await officeCard.getByText('就业登记台账.pdf').waitFor();
  await decide(office, '附意见通过', '验收意见', '资料齐全，请持续做好困难群体就业帮扶');
  await officeCard.getByText('已销号（附意见）').waitFor();
  await officeCard.getByText('已销号', { exact: true }).waitFor();
  await officeCard.getByText('督查室 李娜').waitFor();
  await officeCard.getByText('资料齐全，请持续做好困难群体就业帮扶').waitFor();
  await office.getByText('已办结').first().waitFor();
  await settle(office);
  await shoot(office, 'responsibility-acceptance-06-accepted');
  const done = await acceptance();
  expect(done.state).toBe('accepted_with_remarks');
  expect(done.requests).toHaveLength(2);
  expect((await sup.call<{ status: string }>('GET', `/tasks/${world.taskId}`)).status).toBe('completed');
  // The office's 待验收 is empty again; the ledger's drawer carries the record.
  await office.goto(`${base}/`);
  await card.getByText('没有待验收的任务').waitFor();
  await office.goto(`${base}/ledger`);
  await office.locator('.ant-table-row', { hasText: '稳定和扩大就业' }).locator('td').nth(3).click();
  const record = office.getByTestId('ledger-acceptance');
  await record.getByText('督查室 李娜', { exact: false }).waitFor();
  await record.getByText('已销号（附意见）').waitFor();
  await settle(office);
  await screenshotOf(office, 'responsibility-acceptance-09-ledger-drawer');

  // 6. On the liaison's phone: the record of the accepted task.
  const phone = await browser.newPage({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  await logIn(phone, base, accounts.leadOperator.username, accounts.leadOperator.password);
  await phone.goto(taskUrl);
  await phone.getByTestId('acceptance-card').getByText('已销号（附意见）').waitFor();
  await settle(phone);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shoot(phone, 'responsibility-acceptance-07-phone');
  // The full page is tall on a phone: the record as the liaison sees it on screen.
  await phone.getByTestId('acceptance-card').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await phone.waitForTimeout(200);
  await screenshotOf(phone, 'responsibility-acceptance-08-phone-record');

  await Promise.all([lead.close(), office.close(), phone.close()]);
}
