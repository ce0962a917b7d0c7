/**
 * Key projects in the browser: the office registers a project on /projects/new (the month plan summed live),
 * plans its nodes (the usual procedures, the first of them already past its end) and sets the baseline; the
 * street office's operator reports this month with a photo (a PNG made here) and the node date reached; the
 * office approves it; the portfolio Gantt shows the late node in red, and its table view says 逾期; a plan
 * bar is dragged to re-plan. Phone-width screenshots of the list and the project page.
 * Screenshots: test-results/projects-*.png.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
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

interface ApiProject {
  id: string;
  name: string;
  completedThisYear: string;
  light: string;
}
interface ApiNode {
  id: string;
  name: string;
  late: boolean;
  plannedStart: string;
  plannedEnd: string;
  baselineStart: string | null;
}
interface ApiReport {
  id: string;
  status: string;
  photos: { id: string }[];
}

/** Clicks an option of the open Select and closes a multiple one (waiting until no dropdown shows). */
/** Types a date into an antd DatePicker and confirms it in the open panel. */
async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await page.locator('.ant-picker-dropdown:visible').getByTitle(date).click();
}

describe('key projects in the browser', () => {
  let district: District;
  let browser: Browser;
  let office: Client;
  const supervisor = { username: 'xmb', password: 'Xiangmu#2024' };
  const operator = { username: 'cgjd.op', password: 'Chengguan#2024' };
  const name = '智能装备产业园一期';
  const year = Number(shanghaiDay(0).slice(0, 4));
  const month = Number(shanghaiDay(0).slice(5, 7));
  let projectId = '';

  beforeAll(async () => {
    district = await seedDistrict({
      units: [
        { name: '城关街道办事处', code: 'CGJD', kind: 'street' },
        { name: '区发展和改革委员会', code: 'FGW' },
        { name: '产业园建设指挥部', code: 'ZHB' },
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 王敏', roles: ['supervisor'] },
        { username: 'lingdao', password: 'Lingdao#2024', displayName: '李区长', roles: ['leader'] },
        { ...operator, displayName: '城关街道 赵磊', roles: ['unit_operator'], unitCode: 'CGJD' },
      ],
    });
    office = await Client.login(district.base, supervisor.username, supervisor.password);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await district?.stop();
  });

  it('registers a project, plans its nodes and sets the baseline', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, district.base, supervisor.username, supervisor.password);
    await page.getByRole('menuitem', { name: '重点项目' }).click();
    await page.waitForURL(/\/projects$/);
    await page.getByText('还没有重点项目').waitFor();
    await page.getByRole('button', { name: '新建项目' }).click();
    await page.waitForURL(/\/projects\/new$/);

    await page.getByLabel('项目名称', { exact: true }).fill(name);
    await page.getByLabel('项目类型', { exact: true }).click();
    await pickOption(page, '工业');
    await page.getByLabel('项目来源', { exact: true }).click();
    await pickOption(page, '招商签约');
    await page.getByLabel('建设阶段', { exact: true }).click();
    await pickOption(page, '在建');
    await page.getByLabel('业主单位').fill('某智能装备有限公司');
    await page.getByLabel('建设地点').fill('城关街道工业大道以东');
    await pickDate(page, '计划开工', shanghaiDay(-100));
    await pickDate(page, '计划竣工', shanghaiDay(400));
    await page.getByLabel('分包区领导', { exact: true }).click();
    await pickOption(page, '李区长');
    await page.getByLabel('主体推进（办事处）', { exact: true }).click();
    await pickOption(page, '城关街道办事处');
    await page.getByLabel('指挥部', { exact: true }).click();
    await pickOption(page, '产业园建设指挥部');
    await page.getByLabel('业务指导', { exact: true }).click();
    await pickOption(page, '区发展和改革委员会');
    await page.getByLabel('项目联系人').fill('赵磊');
    await page.getByLabel('总投资', { exact: true }).fill('120000');
    await page.getByLabel('年度计划投资', { exact: true }).fill('24000');
    for (let m = 1; m <= 12; m++)
      await page.getByLabel(`${m}月计划投资（万元）`, { exact: true }).fill('2000');
    await expect.poll(() => page.getByTestId('monthly-sum').innerText()).toContain('24,000.00');
    await page.getByRole('button', { name: '添加预期产出' }).click();
    await page.getByLabel('指标（如 税收、就业）').fill('新增就业');
    await page.getByLabel('目标值').fill('800');
    await page.getByLabel('单位', { exact: true }).fill('人');
    // A negative amount is refused beside its field as it is typed.
    await page.getByLabel('上年结转').fill('-5');
    await page.getByText('金额不能为负数').waitFor();
    await page.getByLabel('上年结转').fill('3500');
    await settle(page);
    await shoot(page, 'projects-02-form');
    await page.getByRole('button', { name: '登记' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectId = page.url().split('/').pop() as string;
    await page.getByRole('heading', { name }).waitFor();

    // Nodes: the usual procedures from the planned start, 30 days each; the first ends ~70 days ago.
    await page.getByRole('button', { name: '编辑节点' }).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: '添加常用前期手续' }).click();
    await drawer.getByText('节点 5').waitFor();
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('节点计划已保存').waitFor();
    await page.getByRole('button', { name: '设为基线' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '基线' }).click();
    await page.getByText('基线已设定').waitFor();
    const nodes = (await office.call<{ items: ApiNode[] }>('GET', `/projects/${projectId}/nodes`)).items;
    expect(nodes.map((n) => n.name)).toEqual(['立项', '用地预审', '规划许可', '环评', '施工许可']);
    expect(nodes[0]?.late).toBe(true);
    expect(nodes[0]?.baselineStart).toBe(nodes[0]?.plannedStart);
    await page.close();
  });

  it('the street office reports this month with a photo; the office approves it', async () => {
    const dir = resolve('.tmp');
    await mkdir(dir, { recursive: true });
    const photo = join(dir, 'site-photo.png');
    await writeFile(photo, samplePng());

    const unit = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(unit, district.base, operator.username, operator.password);
    // The street office's workbench lists the project it pushes forward.
    await unit.getByText('本单位重点项目').waitFor();
    await unit.getByRole('link', { name }).waitFor();
    await settle(unit);
    await shoot(unit, 'projects-00-workbench-unit');
    await unit.getByRole('menuitem', { name: '重点项目' }).click();
    await unit.waitForURL(/\/projects$/);
    await unit.getByRole('link', { name }).click();
    await unit.getByRole('heading', { name }).waitFor();
    await unit.getByRole('button', { name: '填报本月' }).click();
    const drawer = unit.getByRole('dialog');
    await drawer.getByLabel('本月完成投资').fill('1850.5');
    await drawer.getByLabel('形象进度').fill('完成场地平整和桩基施工，1号厂房主体结构施工至第2层。');
    await drawer.locator('input[type=file]').setInputFiles(photo);
    await drawer.locator('.ant-upload-list-item-done').waitFor();
    await drawer.getByLabel('立项 实际开始').fill(shanghaiDay(-95));
    await drawer.getByLabel('立项 实际开始').press('Enter');
    await drawer.getByLabel('立项 实际完成').fill(shanghaiDay(-50));
    await drawer.getByLabel('立项 实际完成').press('Enter');
    await unit.waitForTimeout(300);
    await screenshot(unit, 'projects-03-report-form');
    await drawer.getByRole('button', { name: '提交' }).click();
    await unit.getByText(`${year}年${month}月的填报已提交`).waitFor();
    await unit.getByTestId(`report-${month}`).getByText('待审核').waitFor();
    await settle(unit);
    const reports = (await office.call<{ items: ApiReport[] }>('GET', `/projects/${projectId}/reports`))
      .items;
    expect(reports[0]?.photos.length).toBe(1);

    // Phone width: the list as cards, the project page stacked.
    await unit.setViewportSize({ width: 390, height: 844 });
    await unit.goto(`${district.base}/projects`);
    await unit.getByText(name).first().waitFor();
    await settle(unit);
    await shoot(unit, 'projects-06-phone-list');
    await unit.goto(`${district.base}/projects/${projectId}`);
    await unit.getByRole('heading', { name }).waitFor();
    await settle(unit);
    await shoot(unit, 'projects-07-phone-project');
    await unit.close();

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, district.base, supervisor.username, supervisor.password);
    await page.goto(`${district.base}/projects/${projectId}`);
    const row = page.getByTestId(`report-${month}`);
    await row.getByRole('button', { name: '通过' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '通过' }).click();
    await row.getByText('已通过').waitFor();
    await row.locator('img').first().waitFor();
    await settle(page);
    await shoot(page, 'projects-04-project-page');
    const project = await office.call<ApiProject>('GET', `/projects/${projectId}`);
    expect(project.completedThisYear).toBe('1850.50');

    await page.goto(`${district.base}/projects`);
    await page.getByRole('link', { name }).waitFor();
    await settle(page);
    await shoot(page, 'projects-01-list');
    await page.close();
  });

  it('the portfolio Gantt shows the late node in red and re-plans a dragged bar', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, district.base, supervisor.username, supervisor.password);
    await page.goto(`${district.base}/projects/gantt`);
    const chart = page.getByTestId('gantt-chart');
    await chart.waitFor();
    await settle(page);
    await shoot(page, 'projects-05-gantt');
    // The chart is a canvas: its late bar is drawn in the red of the lights.
    const hasRed = await chart
      .locator('canvas')
      .first()
      .evaluate((canvas: HTMLCanvasElement) => {
        const ctx = canvas.getContext('2d');
        if (!ctx) return false;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) {
          if ((data[i] ?? 0) > 190 && (data[i + 1] ?? 255) < 60 && (data[i + 2] ?? 255) < 70) return true;
        }
        return false;
      });
    expect(hasRed).toBe(true);

    // Drag 施工许可's bar (the rightmost plan bar of the one project) by about 80 px: asked first, then
    // re-planned by whole days with its length kept, the baseline unchanged.
    const before = (await office.call<{ items: ApiNode[] }>('GET', `/projects/${projectId}/nodes`)).items;
    const permit = before.find((n) => n.name === '施工许可') as ApiNode;
    const spot = await chart
      .locator('canvas')
      .first()
      .evaluate((canvas: HTMLCanvasElement) => {
        const ctx = canvas.getContext('2d');
        if (!ctx) return null;
        const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let best: { x: number; y: number } | null = null;
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            const i = (y * width + x) * 4;
            if (data[i] === 0xba && data[i + 1] === 0xe0 && data[i + 2] === 0xff && (!best || x > best.x))
              best = { x, y };
          }
        }
        return best
          ? {
              x: best.x / (canvas.width / canvas.clientWidth),
              y: best.y / (canvas.height / canvas.clientHeight),
            }
          : null;
      });
    if (!spot) throw new Error('no plan bar drawn');
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart box');
    await page.mouse.move(box.x + spot.x - 6, box.y + spot.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++)
      await page.mouse.move(box.x + spot.x - 6 + step * 10, box.y + spot.y);
    await page.mouse.up();
    const confirm = page.getByRole('dialog', { name: /调整节点「施工许可」的计划/ });
    await confirm.waitFor();
    await settle(page);
    await shoot(page, 'projects-09-gantt-drag-confirm');
    await confirm.getByRole('button', { name: '调整计划' }).click();
    await page.getByText(/「施工许可」计划已调整为/).waitFor();
    const after = (await office.call<{ items: ApiNode[] }>('GET', `/projects/${projectId}/nodes`)).items;
    const moved = after.find((n) => n.name === '施工许可') as ApiNode;
    expect(moved.plannedStart > permit.plannedStart).toBe(true);
    expect(moved.baselineStart).toBe(permit.baselineStart);

    // The table view (phones, screen readers) says 逾期 in words beside the red.
    await page.getByText('表格', { exact: true }).click();
    const late = page.locator('tr', { hasText: '用地预审' }).first();
    await late.getByText('逾期').waitFor();
    await settle(page);
    await shoot(page, 'projects-08-gantt-table');
    await page.close();
  });
  it('marks the project public on the board settings and the public page shows it logged out', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, district.base, supervisor.username, supervisor.password);
    await page.goto(`${district.base}/projects/board`);
    await page.getByRole('heading', { name: '公示设置' }).waitFor();
    await page.getByRole('checkbox', { name }).check();
    await page.getByRole('button', { name: '保存公示设置' }).click();
    await page.getByText('已保存，1 个项目公示').waitFor();
    const link = page.getByRole('link', { name: /公开页面/ });
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(/^\/public\/[^/]+\/projects$/);
    await settle(page);
    await shoot(page, 'projects-10-board');
    await page.close();

    const visitor = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await visitor.goto(`${district.base}${href}`);
    await visitor.getByText(name).first().waitFor();
    await shoot(visitor, 'projects-11-public-phone');
    await visitor.close();
  });
  it("edits show the server's 422 beside the field and a 409 conflict with a reload", async () => {
    const other = await office.call<ApiProject & { code: string }>('POST', '/projects', {
      name: '城东污水处理厂提标改造工程',
      type: '城建',
      source: 'government',
      year,
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, district.base, supervisor.username, supervisor.password);
    await page.goto(`${district.base}/projects/${projectId}/edit`);
    await page.getByRole('heading', { name: `编辑项目：${name}` }).waitFor();
    await settle(page);
    // A code another project has: the server's message beside 项目编号, what was typed kept.
    await page.getByLabel('项目编号').fill(other.code);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('项目编号已存在').waitFor();
    expect(await page.getByLabel('项目编号').inputValue()).toBe(other.code);
    await shoot(page, 'projects-12-form-422');

    // Someone else saves first: the conflict says so and offers to reload.
    const current = await office.call<ApiProject & { version: number; code: string }>(
      'GET',
      `/projects/${projectId}`,
    );
    await office.call('PATCH', `/projects/${projectId}`, {
      version: current.version,
      address: '城关街道工业大道88号',
    });
    await page.getByLabel('项目编号').fill(current.code);
    await page.getByLabel('建设地点').fill('城关街道工业大道以东（改）');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('该记录已被他人修改').waitFor();
    // The code put back, its old message is gone (polled: the message fades out, which lasts longer on a loaded machine).
    await expect.poll(() => page.getByText('项目编号已存在').count(), { timeout: 10_000 }).toBe(0);
    await shoot(page, 'projects-13-form-409');
    await page.getByRole('button', { name: '重新加载最新数据' }).click();
    await expect.poll(() => page.getByLabel('建设地点').inputValue()).toBe('城关街道工业大道88号');
    await page.close();
  });
});
