/**
 * 一级抓一级 in the browser (issue 15): 城关街道 (a co-unit of the jobs task) splits its part to its section
 * 社会事务科 with a due date; the section's account finds it on its workbench and reports 50% with a note;
 * back on the task page the street sees the progress and the roll-up suggestion; the lead unit names the
 * task's responsible account. Desktop and phone shots.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { logIn, pickOption, settle, shanghaiDay, shoot } from '../helpers';
import { accounts, type ResponsibilityWorld } from './seed';

const title = '城关街道新增城镇就业800人';
const note = '已完成辖区失业人员摸底，登记320人';

export async function subtasksStep(browser: Browser, world: ResponsibilityWorld): Promise<void> {
  const { base } = world.district;
  const taskUrl = `${base}/tasks/${world.taskId}`;
  const as = async (account: { username: string; password: string }, phone = false): Promise<Page> => {
    const page = await browser.newPage({
      viewport: phone ? { width: 390, height: 844 } : { width: 1366, height: 860 },
      locale: 'zh-CN',
      ...(phone ? { isMobile: true } : {}),
    });
    await logIn(page, base, account.username, account.password);
    return page;
  };

  // The street's head splits the task to its section, with a due date inside the task's.
  const street = await as(accounts.streetHead);
  await street.goto(taskUrl);
  await settle(street);
  const card = street.getByTestId('subtasks-card');
  await card.getByRole('button', { name: '分解到科室/个人' }).click();
  const modal = street.locator('.ant-modal:visible');
  await modal.getByLabel('子任务').fill(title);
  await modal.getByLabel('工作要求').fill('做好辖区失业人员就业帮扶，6月底前完成过半');
  // On a loaded machine a click can land while the dropdown is still sliding in and select nothing: pick until
  // the 科室 field shows the section.
  const sectionItem = modal
    .locator('.ant-form-item')
    .filter({ has: street.locator('label', { hasText: /^科室$/ }) });
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await sectionItem.innerText()).includes('社会事务科')) break;
    await modal.getByLabel('科室').click();
    await pickOption(street, '社会事务科');
  }
  expect(await sectionItem.innerText()).toContain('社会事务科');
  await modal.getByLabel('完成时限').click();
  await modal.getByLabel('完成时限').fill(shanghaiDay(60));
  await street.keyboard.press('Tab');
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await card.getByText(title).waitFor();
  await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('社会事务科');
  await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain(shanghaiDay(60));
  await card.scrollIntoViewIfNeeded();
  await shoot(street, 'responsibility-subtasks-1-split');

  // The section's account sees it on its workbench and reports 50% with a note.
  const section = await as(accounts.sectionStaff);
  await settle(section);
  const mine = section.getByTestId('section-subtasks');
  await mine.getByText(title).waitFor();
  await mine.getByRole('button', { name: '更新进度' }).first().click();
  const progress = section.locator('.ant-modal:visible');
  await progress.getByLabel('进度 %').fill('50');
  await progress.getByLabel('进展说明').fill(note);
  await progress.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => mine.innerText(), { timeout: 20_000 }).toContain('50%');
  await expect.poll(() => mine.innerText(), { timeout: 20_000 }).toContain(note);
  await shoot(section, 'responsibility-subtasks-2-section-workbench');
  // The section reads the parent task, read-only: no split button, its own sub-task only.
  await section
    .getByRole('link', { name: /稳定和扩大就业/ })
    .first()
    .click();
  await settle(section);
  const sectionCard = section.getByTestId('subtasks-card');
  await sectionCard.getByText(title).waitFor();
  expect(await sectionCard.getByRole('button', { name: '分解到科室/个人' }).count()).toBe(0);
  await shoot(section, 'responsibility-subtasks-3-section-task');

  const sectionPhone = await as(accounts.sectionStaff, true);
  await settle(sectionPhone);
  await sectionPhone.getByTestId('section-subtasks').getByText(title).waitFor();
  await shoot(sectionPhone, 'responsibility-subtasks-4-section-phone');

  // Back as the street: the progress, the note and the roll-up suggestion.
  await street.reload();
  await settle(street);
  await card.getByText(note).waitFor();
  await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('50%');
  await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain(note);
  await expect
    .poll(() => card.getByTestId('subtask-suggestion').innerText(), { timeout: 20_000 })
    .toContain('按子任务进度建议：50%');
  await shoot(street, 'responsibility-subtasks-5-street-sees-progress');
  const streetPhone = await as(accounts.streetHead, true);
  await streetPhone.goto(taskUrl);
  await settle(streetPhone);
  await streetPhone.getByTestId('subtasks-card').getByText(title).waitFor();
  await shoot(streetPhone, 'responsibility-subtasks-6-street-phone');

  // The lead unit names the task's responsible person as an account (责任人).
  const lead = await as(accounts.leadHead);
  await lead.goto(taskUrl);
  await settle(lead);
  await lead.getByTestId('subtasks-card').getByRole('button', { name: '责任人（账号）' }).click();
  const dialog = lead.locator('.ant-modal:visible');
  await dialog.getByLabel('责任人（账号）').click();
  await pickOption(lead, '人社局局长 赵强');
  await dialog.getByRole('button', { name: /指\s*定/ }).click();
  await expect
    .poll(() => lead.locator('.ant-descriptions').first().innerText(), { timeout: 20_000 })
    .toContain('人社局局长 赵强');
  await shoot(lead, 'responsibility-subtasks-7-lead-responsible');

  for (const page of [street, section, sectionPhone, streetPhone, lead]) await page.close();
}
