/**
 * Assessment in the browser: a district of three departments and two streets, with tasks accepted and reported
 * (so task completion differs), satisfaction scores, a declared honour, a veto and a declared achievement.
 * The supervision office reads the ranking per group, opens a unit's breakdown, edits a weight in the scheme
 * editor — the sum turns red and the server's 422 shows inline — then evens the weights and sees the preview
 * ranking change order; it verifies the honour on the entries tab and the achievement on its tab, which then
 * shows beside the unit. A unit's operator sees only its own breakdown and rank.
 * Seeding goes through the HTTP API. Screenshots: test-results/assessment-*.png.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';

interface ApiTask {
  id: string;
  leadUnitId: string;
}

const year = Number(shanghaiDay(0).slice(0, 4));
const thisMonth = shanghaiDay(0).slice(0, 7);

/** Unit names in the preview table of a group, in rank order. */
const previewOrder = (page: Page, group: string) =>
  page.getByTestId(`preview-group-${group}`).locator('td.luoshi-preview-unit').allTextContents();

describe('assessment in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const accounts = {
    FGW: { username: 'fgw.liaison', password: 'Fgw#Liaison2024', displayName: '发改委联络员 王磊' },
    ZJJ: { username: 'zjj.liaison', password: 'Zjj#Liaison2024', displayName: '住建局联络员 赵强' },
  };
  const units: Record<string, string> = {};
  let sup: Client;
  let admin: Client;

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [
        { name: '区发展和改革委员会', code: 'FGW' },
        { name: '区住房和城乡建设局', code: 'ZJJ' },
        { name: '区财政局', code: 'CZJ' },
        { name: '城关街道', code: 'CG', kind: 'street' },
        { name: '东城街道', code: 'DC', kind: 'street' },
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        ...Object.entries(accounts).map(([code, a]) => ({ ...a, roles: ['unit_operator'], unitCode: code })),
      ],
    });
    server = district;
    admin = district.admin;
    Object.assign(units, district.unitIds);

    sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const decision = await sup.call<{ id: string }>('POST', '/decisions', {
      title: '区委五届六次全会工作报告',
      kind: 'plenary',
      date: shanghaiDay(-210),
      source: 'district_direct',
    });
    const taskTitles: [string, string][] = [
      ['FGW', '推进重大项目前期工作，年内开工项目20个'],
      ['ZJJ', '改造老旧小区15个，惠及居民4000户'],
      ['CZJ', '完善预算绩效管理，重点项目绩效评价全覆盖'],
    ];
    for (const [code, title] of taskTitles) {
      await sup.call('POST', '/tasks', {
        decisionId: decision.id,
        title,
        content: `${title}。`,
        leadUnitId: units[code],
        responsiblePerson: '张建国',
        startDate: shanghaiDay(-200),
        dueDate: shanghaiDay(100),
      });
    }
    const published = await sup.call<{ tasks: ApiTask[] }>('POST', `/decisions/${decision.id}/publish`);
    // FGW is ahead of time (80 %), ZJJ behind (20 %); CZJ never accepted its task.
    for (const [code, progress] of [
      ['FGW', 80],
      ['ZJJ', 20],
    ] as const) {
      const task = published.tasks.find((x) => x.leadUnitId === units[code]) as ApiTask;
      const a = accounts[code];
      const unit = await Client.login(server.base, a.username, a.password);
      await unit.call('POST', `/tasks/${task.id}/accept`);
      const report = await unit.call<{ id: string }>('POST', `/tasks/${task.id}/reports`, {
        period: thisMonth,
        progress,
        narrative: `本月完成进度${progress}%。`,
      });
      await sup.call('POST', `/reports/${report.id}/review`, { decision: 'approve' });
    }

    const entry = (body: object) => sup.call('POST', '/assessment/entries', { year, ...body });
    for (const [code, score] of [
      ['FGW', 70],
      ['ZJJ', 98],
      ['CZJ', 85],
      ['CG', 88],
      ['DC', 93],
    ] as const) {
      await entry({
        kind: 'satisfaction',
        unitId: units[code],
        period: String(year),
        score,
        evidence: `${year}年度群众满意度测评`,
      });
    }
    await entry({
      kind: 'evaluation',
      unitId: units['CG'],
      party: 'organisation',
      score: 92,
      evaluator: '区委组织部',
    });
    await entry({
      kind: 'veto',
      unitId: units['DC'],
      vetoKind: 'major_safety_accident',
      title: '辖区工地坍塌事故',
      date: shanghaiDay(-30),
      evidence: '区安委办通报',
    });
    // ZJJ declares a city honour (counts only once verified) and its liaison declares an achievement.
    const zjj = await Client.login(server.base, accounts.ZJJ.username, accounts.ZJJ.password);
    await zjj.call('POST', '/assessment/entries', {
      kind: 'bonus',
      year,
      unitId: units['ZJJ'],
      bonusKind: 'honour',
      level: 'city',
      title: '市级文明单位',
      date: shanghaiDay(-20),
      evidence: '市文明委〔2026〕3号',
    });
    const zjjTask = published.tasks.find((x) => x.leadUnitId === units['ZJJ']) as ApiTask;
    await zjj.call('POST', '/assessment/achievements', {
      year,
      title: '牵头完成老旧小区改造方案设计',
      description: '组织设计单位完成15个小区改造方案，惠及居民4000户。',
      evidence: '区住建局改造方案批复',
      taskIds: [zjjTask.id],
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('ranking per group, a unit’s breakdown, a weight changed in the scheme editor reorders the preview', async () => {
    const office = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(office, server.base, supervisor.username, supervisor.password);
    await office.goto(`${server.base}/assessment`);
    const departments = office.getByTestId('group-departments');
    await departments.locator('tbody tr.ant-table-row').first().waitFor();
    await settle(office);
    // Departments: FGW (on time, 70) ahead of ZJJ (behind, 98) ahead of CZJ (not accepted).
    const rankingOrder = await departments
      .locator('tbody tr.ant-table-row td:nth-child(2)')
      .allTextContents();
    expect(rankingOrder).toEqual(['区发展和改革委员会', '区住房和城乡建设局', '区财政局']);
    // The vetoed street is marked and graded lowest.
    const dc = office.getByTestId('group-streets').locator('tr', { hasText: '东城街道' });
    await expect.poll(() => dc.textContent()).toContain('一票否决');
    expect(await dc.textContent()).toContain('较差');
    // The table scrolls inside itself; nothing runs past the page.
    const pageWidth = await office.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(1440);
    await shoot(office, 'assessment-01-ranking');

    // A unit's breakdown: every number with its evidence, the task linking to its page.
    await departments.getByRole('link', { name: '区住房和城乡建设局' }).click();
    await office.waitForURL(/\/assessment\/units\//);
    await office.getByRole('heading', { name: /区住房和城乡建设局 · \d{4}年度考核得分明细/ }).waitFor();
    await office
      .getByRole('link', { name: /改造老旧小区15个/ })
      .first()
      .waitFor();
    await office.getByText('市级文明单位').first().waitFor(); // listed, not yet counted
    await settle(office);
    await shoot(office, 'assessment-02-breakdown');
    const taskHref = await office
      .getByRole('link', { name: /改造老旧小区15个/ })
      .first()
      .getAttribute('href');
    expect(taskHref).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);

    // Scheme editor: one weight changed → sum 65, red, the server's 422 beside it; then the other.
    await office.goto(`${server.base}/assessment?tab=scheme`);
    await office.getByRole('button', { name: '新建版本' }).click();
    await office.getByTestId('scheme-preview').locator('td.luoshi-preview-unit').first().waitFor();
    await settle(office);
    expect(await previewOrder(office, 'departments')).toEqual([
      '区发展和改革委员会',
      '区住房和城乡建设局',
      '区财政局',
    ]);
    const task = office.getByLabel('任务完成 权重', { exact: true });
    await task.fill('5');
    await task.blur();
    await expect.poll(() => office.getByTestId('weight-sum').textContent()).toContain('65');
    await office
      .getByRole('alert')
      .filter({ hasText: /add up to 100/ })
      .first()
      .waitFor();
    await settle(office);
    await shoot(office, 'assessment-03a-scheme-weights-wrong');
    const satisfaction = office.getByLabel('群众满意度 权重', { exact: true });
    await satisfaction.fill('50');
    await satisfaction.blur();
    await expect.poll(() => office.getByTestId('weight-sum').textContent()).toContain('权重合计 100');
    // ZJJ's satisfaction now outweighs FGW's lead on tasks: the order changes in the preview, with ↑1.
    await expect
      .poll(() => previewOrder(office, 'departments'), { timeout: 10_000 })
      .toEqual(['区住房和城乡建设局', '区发展和改革委员会', '区财政局']);
    await office.getByTestId('preview-group-departments').getByText('↑1').waitFor();
    await expect
      .poll(() =>
        office
          .getByRole('alert')
          .filter({ hasText: /add up to 100/ })
          .count(),
      )
      .toBe(0);
    await settle(office);
    await shoot(office, 'assessment-03-scheme-editor');
    await office.getByRole('button', { name: /保存草稿/ }).click();
    await office.getByText(/已保存为第 1 版草稿/).waitFor();
    // Publishing freezes it: the version becomes read-only with 新建版本 to start the next.
    await office.getByRole('button', { name: /发\s*布/ }).click();
    await office
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /发\s*布/ })
      .click();
    await office.getByText('第 1 版方案已发布').waitFor();
    await office.getByText('此版本（已发布）不可修改；如需调整，请新建版本。').waitFor();
    expect(await office.getByLabel('任务完成 权重', { exact: true }).isDisabled()).toBe(true);

    // Entries: the office verifies ZJJ's honour; it now counts.
    await office.goto(`${server.base}/assessment?tab=entries`);
    const honour = office.locator('tr', { hasText: '市级文明单位' });
    await honour.getByRole('button', { name: /核\s*实/ }).click();
    await office
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /核\s*实/ })
      .click();
    await honour.getByText('已核实').waitFor();
    // The office enters the organisation's evaluation of the finance bureau.
    await office.getByRole('button', { name: '新增录入' }).click();
    const entryForm = office.getByRole('dialog', { name: '新增录入' });
    const pick = async (label: string, option: string) => {
      await entryForm.getByLabel(label, { exact: true }).click();
      await office
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
        .first()
        .click();
    };
    await pick('类别', '多方评议');
    await pick('单位', '区财政局');
    await pick('评议方', '组织考核');
    await entryForm.getByLabel('评议人/单位').fill('区委组织部');
    await entryForm.getByLabel('分数').fill('86');
    await office.waitForTimeout(300);
    await office.screenshot({ path: resolve('test-results', 'assessment-04a-entry-form.png') });
    await entryForm.getByRole('button', { name: /保\s*存/ }).click();
    await entryForm.waitFor({ state: 'hidden' });
    await office.locator('tr', { hasText: '组织考核（区委组织部） · 86' }).getByText('已核实').waitFor();
    await settle(office);
    await shoot(office, 'assessment-04-entries');

    // Achievements: the office verifies the liaison's declaration with a comment.
    await office.goto(`${server.base}/assessment?tab=achievements`);
    const achievement = office.locator('tr', { hasText: '牵头完成老旧小区改造方案设计' });
    await achievement.getByText('待审核').waitFor();
    await settle(office);
    await achievement.getByRole('button', { name: /核\s*实/ }).click();
    const dialog = office.getByRole('dialog', { name: '核实政绩' });
    await dialog.getByLabel('审核意见').fill('情况属实。');
    await dialog.getByRole('button', { name: /核\s*实/ }).click();
    await achievement.getByText('已核实').waitFor();
    await settle(office);
    await shoot(office, 'assessment-05-achievements');

    // The verified achievement shows beside the unit in its breakdown.
    await office.goto(`${server.base}/assessment/units/${units['ZJJ']}`);
    await office.getByRole('link', { name: '牵头完成老旧小区改造方案设计' }).waitFor();
    await settle(office);
    await shoot(office, 'assessment-06-breakdown-after');

    // 定稿: the banner names the version; finalizing again asks for a reason; the snapshot can be viewed.
    await office.goto(`${server.base}/assessment`);
    await office.getByTestId('group-departments').locator('tbody tr.ant-table-row').first().waitFor();
    await office.getByRole('button', { name: /^定\s*稿$/ }).click();
    await office
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /定\s*稿/ })
      .click();
    await office.getByText(/考核结果已定稿（第 1 版/).waitFor();
    await office.getByRole('button', { name: '重新定稿' }).click();
    const again = office.getByRole('dialog', { name: '重新定稿' });
    await again.getByRole('button', { name: '重新定稿' }).click();
    await again.getByText('请填写调整理由').waitFor();
    await again.getByLabel('调整理由').fill('补录住建局市级荣誉');
    await again.getByRole('button', { name: '重新定稿' }).click();
    await office.getByText(/考核结果已定稿（第 2 版/).waitFor();
    await office.getByText(/调整理由：补录住建局市级荣誉/).waitFor();
    await office.getByRole('button', { name: '查看定稿结果' }).click();
    await office.getByText(/正在查看定稿快照（第 2 版/).waitFor();
    // The export is of what is shown: the snapshot's Excel file.
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      office.getByRole('button', { name: '导出Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await settle(office);
    await shoot(office, 'assessment-09-finalized');
    await office.close();
  });

  it('on a phone the ranking is a list of cards; a unit sees only its own breakdown', async () => {
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
    });
    await logIn(phone, server.base, supervisor.username, supervisor.password);
    await phone.goto(`${server.base}/assessment`);
    await phone
      .getByText(/第 1 名 · /)
      .first()
      .waitFor();
    await settle(phone);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shoot(phone, 'assessment-07-ranking-phone');
    await phone.close();

    const unit = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(unit, server.base, accounts.FGW.username, accounts.FGW.password);
    await unit.goto(`${server.base}/assessment`);
    await unit.getByRole('heading', { name: /区发展和改革委员会 · \d{4}年度考核得分明细/ }).waitFor();
    await settle(unit);
    expect(await unit.getByText('区住房和城乡建设局').count()).toBe(0);
    expect(await unit.getByRole('tab', { name: '考核方案' }).count()).toBe(0);
    await shoot(unit, 'assessment-08-unit-own');

    // With the district's setting on, the unit also sees its group's ranking (names, totals, grades), while
    // another unit's breakdown page still shows nothing of how that unit scored.
    await admin.call('PATCH', '/settings', { 'assessment.unitsSeeRanking': true });
    await unit.reload();
    await unit.getByRole('heading', { name: /区发展和改革委员会 · \d{4}年度考核得分明细/ }).waitFor();
    await unit.getByRole('cell', { name: '区住房和城乡建设局' }).waitFor();
    await settle(unit);
    await shoot(unit, 'assessment-10-unit-sees-ranking');
    await unit.goto(`${server.base}/assessment/units/${units['ZJJ']}`);
    await unit.getByText('本年度结果中没有这个单位（可能未分组或无权查看）。').waitFor();

    // A cadre declares an achievement with a linked task, and sees it waiting for review.
    await unit.goto(`${server.base}/assessment?tab=achievements`);
    await unit.getByRole('button', { name: '申报政绩' }).click();
    const form = unit.getByRole('dialog', { name: '申报个人政绩' });
    await form.getByLabel('政绩事项').fill('推动12个重大项目提前开工');
    await form.getByLabel('具体内容').fill('协调用地、环评等前置审批，12个重大项目较计划提前一个月开工。');
    await form.getByLabel('佐证材料').fill('区重大项目开工清单');
    await form.getByLabel('关联任务').click();
    await form.getByLabel('关联任务').fill('重大项目');
    await unit
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '推进重大项目前期工作' })
      .click();
    await unit.keyboard.press('Escape');
    await unit.waitForTimeout(300);
    await unit.screenshot({ path: resolve('test-results', 'assessment-11-declare-form.png') });
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await form.waitFor({ state: 'hidden' });
    const declared = unit.locator('tr', { hasText: '推动12个重大项目提前开工' });
    await declared.getByText('待审核').waitFor();
    await declared.getByRole('link', { name: /推进重大项目前期工作/ }).waitFor();
    await unit.close();
  });
});
