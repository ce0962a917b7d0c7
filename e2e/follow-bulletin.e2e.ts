/**
 * Bulletins to every unit and 容错纠错 in the browser (issue 16): the office names a unit for criticism in a
 * draft bulletin and publishes it; the unit finds it in its inbox and on the bulletins page, and its
 * assessment falls by the scheme's points; the unit files a tolerance request against that criticism, the
 * office prepares it, a district leader grants it, and the points come back, shown as waived.
 * Seeding goes through the HTTP API. Screenshots: test-results/follow-bulletin-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';

interface UnitResult {
  unitId: string;
  total: number;
  deductions: { items: Array<{ kind: string; evidence: Array<{ id: string; reason: string }> }> };
}

describe('bulletins to every unit and tolerance requests in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const leader = { username: 'quzhang', password: 'Quzhang#2024' };
  const operator = { username: 'jtj.liaison', password: 'Jtj#Liaison2024' };
  let unitId: string;
  let bulletinId: string;
  let op: Client;
  const year = Number(shanghaiDay(0).slice(0, 4));
  const lastMonth = (() => {
    const [y, m] = shanghaiDay(0).split('-').map(Number) as [number, number];
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  })();

  // The unit's breakdown with its evidence lists (the results route counts them, issue 20).
  const unitResult = async (): Promise<UnitResult> =>
    (await op.call<{ unit: UnitResult }>('GET', `/assessment/results/units/${unitId}?year=${year}`)).unit;

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [
        { name: '区交通运输局', code: 'JTJ' },
        { name: '区教育局', code: 'JYJ' },
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        { ...leader, displayName: '区长 王强', roles: ['leader'] },
        { ...operator, displayName: '交通局联络员 孙伟', roles: ['unit_operator'], unitCode: 'JTJ' },
      ],
    });
    server = district;
    unitId = district.unitIds.JTJ as string;
    const sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const decision = await sup.call<{ id: string }>('POST', '/decisions', {
      title: '区委五届六次全会工作报告',
      kind: 'plenary',
      date: shanghaiDay(-120),
      source: 'district_direct',
    });
    const task = await sup.call<{ id: string }>('POST', '/tasks', {
      decisionId: decision.id,
      title: '建成城市快速路一期工程',
      leadUnitId: unitId,
      startDate: shanghaiDay(-100),
      dueDate: shanghaiDay(200),
    });
    await sup.call('POST', `/decisions/${decision.id}/publish`);
    op = await Client.login(server.base, operator.username, operator.password);
    await op.call('POST', `/tasks/${task.id}/accept`);
    bulletinId = (await sup.call<{ id: string }>('POST', '/bulletins', { period: lastMonth })).id;
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function as(account: { username: string; password: string }, width = 1440): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await logIn(page, server.base, account.username, account.password);
    return page;
  }

  it('a bulletin with one criticism reaches the unit and lowers its assessment by the scheme points', async () => {
    const before = await unitResult();
    const office = await as(supervisor);
    await office.goto(`${server.base}/bulletins?id=${bulletinId}`);
    await settle(office);
    const remarks = office.getByTestId('bulletin-remarks');
    await remarks.getByLabel('单位', { exact: true }).click();
    await office
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '区交通运输局' })
      .first()
      .click();
    await remarks.getByLabel('内容').fill('快速路征地工作推进迟缓，影响全区重点项目进度');
    await remarks.getByRole('button', { name: '添加' }).click();
    await remarks.getByText('快速路征地工作推进迟缓').waitFor();
    await shoot(office, 'follow-bulletin-remarks');
    await office.getByRole('button', { name: '印发', exact: true }).click();
    // Wait for the publish answer itself, so that a failure says what the server answered.
    const published = office.waitForResponse(
      (r) => r.url().endsWith('/publish') && r.request().method() === 'POST',
      { timeout: 90_000 },
    );
    await office
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    const answer = await published;
    expect(answer.status(), await answer.text()).toBeLessThan(300);
    // Publishing renders the Word bulletin and tells every unit: on a loaded CI machine it took over 30 s.
    await office.getByText('已印发').first().waitFor({ timeout: 90_000 });
    await office.close();

    const inbox = await op.call<{ items: Array<{ entityType: string | null; entityId: string | null }> }>(
      'GET',
      '/inbox',
    );
    expect(inbox.items).toContainEqual(
      expect.objectContaining({ entityType: 'bulletin', entityId: bulletinId }),
    );
    const unit = await as(operator, 390);
    await unit.goto(`${server.base}/bulletins?id=${bulletinId}`);
    await settle(unit);
    await unit.getByTestId('bulletin-remarks').getByText('快速路征地工作推进迟缓').waitFor();
    await shoot(unit, 'follow-bulletin-unit-phone');
    await unit.close();

    const after = await unitResult();
    expect(after.total).toBeCloseTo(before.total - 1, 2);
  }, 180_000);

  it('the unit asks for tolerance; granted, the points come back, shown as waived', async () => {
    const before = await unitResult();
    const unit = await as(operator);
    await unit.goto(`${server.base}/tolerance`);
    await settle(unit);
    await unit.getByRole('button', { name: '提出申请' }).click();
    const drawer = unit.locator('.ant-drawer:visible');
    const pick = async (label: string, option: string) => {
      await drawer.getByLabel(label, { exact: true }).click();
      await unit
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
        .first()
        .click();
    };
    await pick('事项类别', '通报批评');
    await pick('扣分事项', '快速路征地');
    await drawer.getByLabel('有关情况').fill('征地涉及市级审批，先行启动前期工作，程序衔接有瑕疵，未谋私利');
    await drawer.getByLabel('佐证材料').fill('市自然资源局批复；区政府常务会议纪要');
    // The minutes as a file too: the ruling leader opens it from the request.
    await drawer.locator('input[type=file]').setInputFiles({
      name: '区政府常务会议纪要.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
    });
    await expect
      .poll(() => drawer.locator('.ant-upload-list-item-done').count(), { timeout: 20_000 })
      .toBe(1);
    await drawer.getByRole('button', { name: '提交申请' }).click();
    await unit.getByText('待审核').first().waitFor();
    await shoot(unit, 'follow-bulletin-tolerance-filed');

    const office = await as(supervisor);
    await office.goto(`${server.base}/tolerance`);
    await settle(office);
    await office.locator('.ant-table-row', { hasText: '区交通运输局' }).first().click();
    await office.getByLabel('审核意见').fill('情况属实，符合“三个区分开来”，建议予以容错');
    await office.getByRole('button', { name: '提交审核意见' }).click();
    await office.locator('.ant-drawer:visible').getByText('待认定').first().waitFor();
    await office.close();

    const chief = await as(leader);
    await chief.goto(`${server.base}/tolerance`);
    await settle(chief);
    await chief.locator('.ant-table-row', { hasText: '区交通运输局' }).first().click();
    await chief.locator('.ant-drawer:visible').getByText('区政府常务会议纪要.pdf').first().waitFor();
    await chief.getByLabel('认定理由').fill('属于推进改革中的探索性失误，予以容错');
    await chief.getByRole('button', { name: '提交认定' }).click();
    await chief.locator('.ant-drawer:visible').getByText('予以容错').first().waitFor();
    await shoot(chief, 'follow-bulletin-tolerance-granted');
    await chief.close();

    const after = await unitResult();
    expect(after.total).toBeCloseTo(before.total + 1, 2);
    const criticism = after.deductions.items.find((i) => i.kind === 'bulletin_criticism');
    expect(criticism?.evidence[0]?.reason).toBe('waived');

    await unit.goto(`${server.base}/assessment`);
    await settle(unit);
    await shoot(unit, 'follow-bulletin-assessment');
    await unit.close();
  }, 180_000);
});
