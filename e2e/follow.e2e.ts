/**
 * Follow-through in the browser (issue 16): the office sees the working-day calendar (2026 as announced, the
 * district's own entry added); a red task (two-thirds of the time gone, nothing done) gets a catch-up plan from
 * its lead unit on the task page; the office returns it with a comment, the unit sends it again, the office
 * approves it. Seeding goes through the HTTP API. Screenshots: test-results/follow-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';

describe('follow-through in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const operator = { username: 'jtj.liaison', password: 'Jtj#Liaison2024' };
  let taskId: string;

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [{ name: '区交通运输局', code: 'JTJ' }],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        { ...operator, displayName: '交通局联络员 孙伟', roles: ['unit_operator'], unitCode: 'JTJ' },
      ],
    });
    server = district;
    const sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const decision = await sup.call<{ id: string }>('POST', '/decisions', {
      title: '区委五届六次全会工作报告',
      kind: 'plenary',
      date: shanghaiDay(-210),
      source: 'district_direct',
    });
    taskId = (
      await sup.call<{ id: string }>('POST', '/tasks', {
        decisionId: decision.id,
        title: '建成城市快速路一期工程',
        leadUnitId: district.unitIds.JTJ,
        startDate: shanghaiDay(-200),
        dueDate: shanghaiDay(100),
      })
    ).id;
    await sup.call('POST', `/decisions/${decision.id}/publish`);
    const op = await Client.login(server.base, operator.username, operator.password);
    await op.call('POST', `/tasks/${taskId}/accept`);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function as(account: { username: string; password: string }): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await logIn(page, server.base, account.username, account.password);
    return page;
  }

  it('the office keeps the working-day calendar', async () => {
    const page = await as(supervisor);
    await page.goto(`${server.base}/calendar`);
    await settle(page);
    await page
      .getByRole('radio', { name: '2026年' })
      .click()
      .catch(() => undefined);
    await page.locator('.ant-table-row', { hasText: '2026-02-14' }).waitFor();
    expect(await page.locator('.ant-table-row', { hasText: '2026-02-14' }).textContent()).toContain(
      '调休上班',
    );
    await shoot(page, 'follow-calendar');
    await page.close();
  }, 120_000);

  it('a red task gets a catch-up plan that the office returns and then approves', async () => {
    const unit = await as(operator);
    await unit.goto(`${server.base}/tasks/${taskId}`);
    await settle(unit);
    await unit.getByRole('button', { name: '报送赶超措施' }).click();
    const fill = async (measures: string) => {
      await unit.getByLabel('滞后原因').fill('征地拆迁滞后，施工单位进场晚');
      await unit.getByLabel('赶超措施').fill(measures);
      await unit.getByPlaceholder('节点内容').first().fill('完成征地拆迁');
      await unit.getByPlaceholder('完成日期').first().click();
      await unit.getByPlaceholder('完成日期').first().fill(shanghaiDay(30));
      // Enter would submit the whole form from the picker: the typed date is taken by leaving the field.
      await unit.keyboard.press('Tab');
      // Scoped to the plan's form: the task page has other 报送 buttons (the progress report's).
      await unit.locator('form#catch-up-plan').getByRole('button', { name: '报送', exact: true }).click();
    };
    await fill('区领导包案协调，增加两个施工班组');
    await unit.getByText('待审核').first().waitFor();
    await shoot(unit, 'follow-catch-up-sent');

    const office = await as(supervisor);
    await office.goto(`${server.base}/tasks/${taskId}`);
    await settle(office);
    await office.getByRole('button', { name: '退回', exact: true }).click();
    await office.getByPlaceholder('退回理由（必填）').fill('措施不够具体，请明确每周调度安排');
    await office.getByRole('button', { name: '确认退回' }).click();
    await office.getByText('已退回').first().waitFor();
    await shoot(office, 'follow-catch-up-returned');

    await unit.reload();
    await settle(unit);
    await unit.getByText('措施不够具体').first().waitFor();
    await unit.getByRole('button', { name: '报送赶超措施' }).click();
    await fill('区领导包案协调，增加两个施工班组；每周一调度');
    await unit.getByText('待审核').first().waitFor();

    await office.reload();
    await settle(office);
    await office.getByRole('button', { name: '通过', exact: true }).click();
    await office.getByText('已通过').first().waitFor();
    await shoot(office, 'follow-catch-up-approved');
    await unit.close();
    await office.close();
  }, 180_000);
});
