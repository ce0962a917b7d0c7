/**
 * The quarterly analysis in the browser: a district of six lead units with tasks red, yellow, green and one
 * completed, two of them with targets reported and approved. The supervision office opens 季度分析 from the
 * menu, reads the summary, sees the four charts with their tables (numbers equal to /lights), downloads one
 * chart as PNG and the whole as Word (four PNG charts inside). A unit's operator has no such menu item.
 * Seeding goes through the HTTP API. Screenshots: test-results/analysis-*.png; files: test-results/analysis-*.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotDir } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';
import { seedProjects } from './project-seed';

interface ApiTask {
  id: string;
  leadUnitId: string;
  title: string;
  targets: { id: string }[];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('quarterly analysis in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const accounts = {
    FGW: { username: 'fgw.liaison', password: 'Fgw#Liaison2024', displayName: '发改委联络员 陈明' },
    ZJJ: { username: 'zjj.liaison', password: 'Zjj#Liaison2024', displayName: '住建局联络员 赵强' },
    DC: { username: 'dc.liaison', password: 'Dc#Liaison2024', displayName: '东城街道联络员 孙丽' },
  } as const;
  let sup: Client;
  const thisMonth = shanghaiDay(0).slice(0, 7);
  const [year, month] = thisMonth.split('-').map(Number) as [number, number];
  const quarter = Math.ceil(month / 3);

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [
        { name: '区发展和改革委员会', code: 'FGW' },
        { name: '区住房和城乡建设局', code: 'ZJJ' },
        { name: '区财政局', code: 'CZJ' },
        { name: '区教育局', code: 'JYJ' },
        { name: '区卫生健康委员会', code: 'WJW' },
        { name: '东城街道办事处', code: 'DC', kind: 'street' },
        { name: '西城街道办事处', code: 'XC', kind: 'street' },
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        ...Object.entries(accounts).map(([code, a]) => ({ ...a, roles: ['unit_operator'], unitCode: code })),
      ],
    });
    server = district;
    const units = district.unitIds;

    sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const decision = await sup.call<{ id: string }>('POST', '/decisions', {
      title: '区委五届六次全会工作报告',
      kind: 'plenary',
      date: shanghaiDay(-210),
      source: 'district_direct',
    });
    // [unit, title, category, source, start, due, target]
    const seeds: [string, string, string, string, number, number, [string, string, number] | null][] = [
      [
        'FGW',
        '新引进亿元以上项目30个',
        '经济发展',
        'city_assigned',
        -200,
        100,
        ['新引进亿元以上项目', '个', 30],
      ],
      ['FGW', '完成营商环境评估并形成报告', '经济发展', 'district_direct', -150, 30, null],
      [
        'ZJJ',
        '改造老旧小区15个，惠及居民4000户',
        '城乡建设',
        'district_direct',
        -200,
        100,
        ['改造老旧小区', '个', 15],
      ],
      ['CZJ', '完善预算绩效管理，重点项目绩效评价全覆盖', '改革创新', 'district_department', -40, 160, null],
      [
        'JYJ',
        '新建幼儿园3所，新增学位1080个',
        '民生保障',
        'city_assigned',
        -200,
        100,
        ['新建幼儿园', '所', 3],
      ],
      ['WJW', '推进社区卫生服务中心标准化建设', '民生保障', 'city_department', -30, 300, null],
      ['DC', '推进网格化管理全覆盖', '基层治理', 'self_set', -100, 60, null],
    ];
    for (const [code, title, category, source, start, due, target] of seeds) {
      await sup.call('POST', '/tasks', {
        decisionId: decision.id,
        title,
        content: `${title}。`,
        category,
        source,
        leadUnitId: units[code],
        responsiblePerson: '张建国',
        startDate: shanghaiDay(start),
        dueDate: shanghaiDay(due),
        ...(target ? { targets: [{ indicator: target[0], unit: target[1], targetValue: target[2] }] } : {}),
      });
    }
    const published = await sup.call<{ tasks: ApiTask[] }>('POST', `/decisions/${decision.id}/publish`);
    const taskOf = (title: string) => published.tasks.find((x) => x.title === title) as ApiTask;
    const fgw = await Client.login(server.base, accounts.FGW.username, accounts.FGW.password);
    const zjj = await Client.login(server.base, accounts.ZJJ.username, accounts.ZJJ.password);
    // Reported and approved: 24 of 30 projects (80 %, on schedule), 4 of 15 estates (27 %, far behind).
    for (const [unit, title, progress, value] of [
      [fgw, '新引进亿元以上项目30个', 70, 24],
      [zjj, '改造老旧小区15个，惠及居民4000户', 20, 4],
    ] as const) {
      const task = await sup.call<ApiTask>('GET', `/tasks/${taskOf(title).id}`);
      await unit.call('POST', `/tasks/${task.id}/accept`);
      const report = await unit.call<{ id: string }>('POST', `/tasks/${task.id}/reports`, {
        period: thisMonth,
        progress,
        narrative: `本月完成进度${progress}%。`,
        indicatorValues: [{ targetId: task.targets[0]?.id, value }],
      });
      await sup.call('POST', `/reports/${report.id}/review`, { decision: 'approve' });
    }
    // The assessment report is done: asked for and approved.
    const done = taskOf('完成营商环境评估并形成报告');
    await fgw.call('POST', `/tasks/${done.id}/accept`);
    const request = await fgw.call<{ id: string }>('POST', `/tasks/${done.id}/completion-requests`, {
      summary: '评估报告已印发。',
    });
    await sup.call('POST', `/requests/${request.id}/decide`, { decision: 'approve' });
    // Key projects of the year, reported by the street office: the analysis's last section.
    const dc = await Client.login(server.base, accounts.DC.username, accounts.DC.password);
    await seedProjects(sup, dc, { streetId: units['DC']!, otherStreetId: units['XC']! });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the office reads the quarter, downloads a chart and the Word file', async () => {
    const analysis = await sup.call<{
      summary: string[];
      byUnit: { unitName: string; red: number; yellow: number }[];
      trend: { red: number; yellow: number }[];
    }>('GET', `/analysis/quarterly?year=${year}&quarter=${quarter}`);
    // The page's figures are the lights of today.
    const lights = await sup.call<{ items: { light: string }[] }>('GET', '/lights');
    const last = analysis.trend[analysis.trend.length - 1];
    expect(last?.red).toBe(lights.items.filter((i) => i.light === 'red').length);
    expect(last?.yellow).toBe(lights.items.filter((i) => i.light === 'yellow').length);
    expect(analysis.summary[0]).toMatch(/^本季度共有任务7项，完成1项，完成率14\.3%/);

    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await logIn(page, server.base, supervisor.username, supervisor.password);
    await page.getByRole('menuitem', { name: /季度分析/ }).click();
    await page.waitForURL(/\/analysis$/);
    await settle(page);
    await page.getByText(analysis.summary[0] as string).waitFor();
    // Four charts and the key projects' investment, each with its download button, and tables under them.
    await expect.poll(() => page.locator('[role="img"] canvas').count()).toBe(5);
    expect(await page.getByRole('button', { name: /下载图片/ }).count()).toBe(5);
    const unitTable = page.locator('.ant-table').nth(1);
    for (const u of analysis.byUnit) await unitTable.getByText(u.unitName, { exact: true }).waitFor();
    await shoot(page, 'analysis-01-quarter');
    // On a desktop every table shows all its columns without scrolling sideways.
    const hidden = await page.evaluate(
      () =>
        [...document.querySelectorAll('.ant-table-content')].filter((t) => t.scrollWidth > t.clientWidth + 1)
          .length,
    );
    expect(hidden).toBe(0);

    // 重点项目: the lights, investment by month plan vs done (chart and table), by type and street.
    const projects = page.getByTestId('quarterly-projects');
    // Tall enough for the whole section, so the sticky header does not cover it in the picture.
    await page.setViewportSize({ width: 1440, height: 1900 });
    await projects.scrollIntoViewIfNeeded();
    expect(await page.getByTestId('quarterly-projects-summary').innerText()).toMatch(
      /重点项目 4 个：红灯 \d 个、黄灯 \d 个、绿灯 \d 个；累计计划投资 [\d,]+\.\d\d 万元/,
    );
    expect(await projects.innerText()).toContain('东城街道办事处');
    expect(await projects.innerText()).toContain('工业');
    await settle(page);
    await projects.screenshot({ path: join(screenshotDir, 'analysis-03-projects.png') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // One chart as a PNG.
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /下载图片/ })
        .first()
        .click(),
    ]);
    expect(pngDownload.suggestedFilename()).toMatch(/类别完成率\.png$/);
    const pngPath = join(screenshotDir, 'analysis-chart-download.png');
    await pngDownload.saveAs(pngPath);
    const png = await readFile(pngPath);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(10_000);

    // The whole as Word, charts embedded.
    const [docDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出\s*Word/ }).click(),
    ]);
    expect(docDownload.suggestedFilename()).toBe(`示范区${year}年第${quarter}季度重点任务推进情况分析.docx`);
    const docPath = join(screenshotDir, 'analysis-quarterly.docx');
    await docDownload.saveAs(docPath);
    const zip = await JSZip.loadAsync(await readFile(docPath));
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(5);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('重点项目推进情况');

    // A phone: the charts and tables stack, nothing runs off the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await shoot(page, 'analysis-02-phone');
    expect(overflow).toBeLessThanOrEqual(1);
    await context.close();
  });

  it("a unit's operator has no quarterly analysis", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await logIn(page, server.base, accounts.ZJJ.username, accounts.ZJJ.password);
    await settle(page);
    expect(await page.getByRole('menuitem', { name: /季度分析/ }).count()).toBe(0);
    await page.goto(`${server.base}/analysis`);
    await settle(page);
    await page
      .getByText(/无权|没有权限/)
      .first()
      .waitFor();
    await context.close();
  });
});
