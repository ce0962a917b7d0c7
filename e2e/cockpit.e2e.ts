/**
 * The leaders' cockpit in the browser: a leader with a portfolio (red tasks with reasons, an instruction the
 * unit answered, an overdue rectification) opens /cockpit, clicks a unit's red bar and lands on the ledger
 * filtered to that unit's red tasks; the large-screen mode at 1920×1080 (dark, no menu, no scrolling, the unit
 * list turning page by itself) is entered by its button and left with Esc; the bell's notices open what they
 * are about; the bulletin preview printed (print media and a real PDF looked at page by page).
 * Seeding goes through the HTTP API. Screenshots: test-results/cockpit-*.png.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, screenshotDir } from './browser';
import { Client, logIn, seedDistrict, settle, shanghaiDay, shoot, type TestServer } from './helpers';
import { seedProjects, type SeededProjects } from './project-seed';

interface ApiTask {
  id: string;
  code: string | null;
  title: string;
  leadUnitId: string | null;
  light: 'red' | 'yellow' | 'green' | null;
}

/** The leftmost pixel of a colour in the chart's canvas (the first bar's start), in page coordinates. */
async function firstPixelOf(page: Page, rgb: [number, number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((color) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[role="img"] canvas');
    if (!canvas) throw new Error('no chart canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    const scale = width / canvas.getBoundingClientRect().width;
    for (let x = 0; x < width; x++) {
      for (let y = 0; y < height; y++) {
        const i = (y * width + x) * 4;
        if (
          Math.abs(data[i]! - color[0]) < 6 &&
          Math.abs(data[i + 1]! - color[1]) < 6 &&
          Math.abs(data[i + 2]! - color[2]) < 6
        ) {
          const box = canvas.getBoundingClientRect();
          return { x: box.left + (x + 6) / scale, y: box.top + (y + 4) / scale };
        }
      }
    }
    throw new Error('colour not found in the chart');
  }, rgb);
}

describe('the leaders’ cockpit in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const supervisor = { username: 'duchashi', password: 'Duchashi#2024' };
  const leader = { username: 'wang.fqz', password: 'Wang#Leader2024' };
  const operator = { username: 'zjj.liaison', password: 'Zjj#Liaison2024' };
  const streetLiaison = { username: 'jd1.liaison', password: 'Jd1#Liaison2024' };
  let projects: SeededProjects;
  const units: Record<string, string> = {};
  let redTask: ApiTask;
  let bulletinId = '';

  beforeAll(async () => {
    const district = await seedDistrict({
      units: [
        { name: '区住房和城乡建设局', code: 'ZJJ' },
        { name: '区教育局', code: 'JYJ' },
        { name: '区财政局', code: 'CZJ' },
        // Enough units for the big screen to turn its unit list page by page.
        ...Array.from({ length: 14 }, (_, i) => ({
          name: `第${i + 1}街道办事处`,
          code: `JD${i + 1}`,
          kind: 'street' as const,
        })),
      ],
      accounts: [
        { ...supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
        { ...leader, displayName: '王建华', roles: ['leader'] },
        { ...operator, displayName: '住建局联络员 赵强', roles: ['unit_operator'], unitCode: 'ZJJ' },
        { ...streetLiaison, displayName: '第1街道联络员 孙丽', roles: ['unit_operator'], unitCode: 'JD1' },
      ],
    });
    server = district;
    Object.assign(units, district.unitIds);
    const ids = district.userIds;

    const sup = await Client.login(server.base, supervisor.username, supervisor.password);
    const decision = await sup.call<{ id: string }>('POST', '/decisions', {
      title: '区委五届六次全会工作报告',
      kind: 'plenary',
      date: shanghaiDay(-210),
      source: 'district_direct',
    });
    const late = { startDate: shanghaiDay(-200), dueDate: shanghaiDay(100) };
    const fresh = { startDate: shanghaiDay(-5), dueDate: shanghaiDay(300) };
    const mine = { leadLeaderId: ids[leader.username] };
    const seeds = [
      { title: '改造老旧小区15个，惠及居民4000户', leadUnitId: units['ZJJ'], ...mine, ...late },
      { title: '新建保障性租赁住房1200套', leadUnitId: units['ZJJ'], ...mine, ...late },
      { title: '新建改扩建中小学3所', leadUnitId: units['JYJ'], ...mine, ...late },
      { title: '完成城市更新专项规划编制', leadUnitId: units['ZJJ'], ...mine, ...fresh },
      { title: '压减一般性支出5%', leadUnitId: units['CZJ'], ...fresh },
      ...Array.from({ length: 14 }, (_, i) => ({
        title: `第${i + 1}街道背街小巷整治`,
        leadUnitId: units[`JD${i + 1}`],
        ...fresh,
      })),
    ];
    for (const s of seeds)
      await sup.call('POST', '/tasks', {
        decisionId: decision.id,
        content: `${s.title}。`,
        responsiblePerson: '张建国',
        ...s,
      });
    const published = await sup.call<{ tasks: ApiTask[] }>('POST', `/decisions/${decision.id}/publish`);
    redTask = published.tasks.find((t) => t.title.startsWith('改造老旧小区')) as ApiTask;

    // The leader's instruction on the red task, answered by the unit; another one not yet answered.
    const lead = await Client.login(server.base, leader.username, leader.password);
    const instruction = await lead.call<{ id: string }>('POST', `/tasks/${redTask.id}/instructions`, {
      text: '进度严重滞后，请住建局本周内拿出追赶方案。',
    });
    const other = published.tasks.find((t) => t.title.startsWith('新建改扩建中小学')) as ApiTask;
    await lead.call('POST', `/tasks/${other.id}/instructions`, { text: '请教育局说明开工延误原因。' });
    const unit = await Client.login(server.base, operator.username, operator.password);
    await unit.call('POST', `/instructions/${instruction.id}/replies`, {
      text: '已成立工作专班，倒排工期，本月完成3个小区开工。',
    });

    // An inspection found a problem whose deadline has passed: an overdue rectification of the unit.
    await sup.call('POST', '/inspections', {
      date: shanghaiDay(-20),
      team: '督查室第一组',
      places: '幸福小区、和平小区',
      findings: [
        {
          finding: '改造工地安全防护不到位',
          unitId: units['ZJJ'],
          deadline: shanghaiDay(-6),
          taskId: redTask.id,
        },
      ],
    });
    // Key projects pushed by the first street office: one red, one yellow, two green.
    const street = await Client.login(server.base, streetLiaison.username, streetLiaison.password);
    projects = await seedProjects(sup, street, { streetId: units['JD1']!, otherStreetId: units['JD2']! }, [
      ids[leader.username]!,
    ]);
    bulletinId = (
      await sup.call<{ id: string }>('POST', '/bulletins', { period: shanghaiDay(0).slice(0, 7) })
    ).id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the leader’s portfolio first, and a unit’s red bar opens the ledger filtered to it', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, server.base, leader.username, leader.password);
    await page.goto(`${server.base}/cockpit`);
    await page.getByTestId('cockpit-published').waitFor();
    expect(await page.getByTestId('cockpit-published').innerText()).toMatch(/^19\s*项$/);
    expect(await page.getByTestId('cockpit-red').innerText()).toMatch(/^3\s*项$/);
    await expect
      .poll(() => page.getByTestId('cockpit-updated-at').innerText())
      .toMatch(/更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    // 我的分管任务: red first, with the reasons written out.
    const portfolio = page.getByTestId('cockpit-portfolio');
    await expect
      .poll(() => portfolio.locator('.luoshi-cockpit-row').first().innerText())
      .toMatch(/红灯[\s\S]*进度滞后/);
    expect(await portfolio.innerText()).toContain('共 4 项：红灯 3，黄灯 0，绿灯 1');
    // The instruction with the unit's answer, the other one waiting; the overdue rectification in red.
    const instructions = page.getByTestId('cockpit-instructions');
    await instructions.getByText('已成立工作专班').waitFor();
    expect(await instructions.locator('.ant-tag', { hasText: '已回复' }).count()).toBe(1);
    expect(await instructions.locator('.ant-tag', { hasText: '未回复' }).count()).toBe(1);
    await page.getByTestId('cockpit-rectifications').getByText('改造工地安全防护不到位').waitFor();
    expect(await page.getByTestId('cockpit-rectifications').innerText()).toContain('逾期 6 天');
    await page.locator('[role="img"] canvas').waitFor();
    await settle(page);
    await page.waitForTimeout(600);
    await shoot(page, 'cockpit-01-leader');

    // The first bar is the unit with the most red (住建局, 2): its red segment opens its red tasks.
    const at = await firstPixelOf(page, [0xcf, 0x13, 0x22]);
    await page.mouse.click(at.x, at.y);
    await page.waitForURL(/\/ledger\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('leadUnitId')).toBe(units['ZJJ']);
    expect(url.searchParams.get('light')).toBe('red');
    await page.getByText('牵头单位：区住房和城乡建设局').waitFor();
    await page.locator('.ant-table-row', { hasText: '改造老旧小区15个' }).waitFor();
    await settle(page);
    expect(await page.locator('.ant-table-row').count()).toBe(2);
    await shoot(page, 'cockpit-02-ledger-from-bar');

    // The rectification's link shows that one on the supervision page.
    await page.goto(`${server.base}/cockpit`);
    await page
      .getByTestId('cockpit-rectifications')
      .getByRole('link', { name: '改造工地安全防护不到位' })
      .click();
    await page.waitForURL(/tab=rectifications&id=/);
    await page.getByText('只显示所选的一项整改').waitFor();
    await page.locator('.ant-table-row', { hasText: '改造工地安全防护不到位' }).waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(1);
    await page.close();

    // On a phone the figures wrap and nothing overflows sideways.
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
    });
    await logIn(phone, server.base, leader.username, leader.password);
    await phone.goto(`${server.base}/cockpit`);
    await phone.getByTestId('cockpit-published').waitFor();
    await phone.locator('[role="img"] canvas').waitFor();
    await settle(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(phone, 'cockpit-09-phone');
    await phone.close();
  });

  it('large-screen mode fills 1920×1080 without the menu or scrolling, turns the unit list, and Esc leaves it', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    await logIn(page, server.base, leader.username, leader.password);
    await page.goto(`${server.base}/cockpit`);
    await page.getByTestId('cockpit-published').waitFor();
    await page.getByRole('button', { name: /大屏模式/ }).click();
    const screen = page.getByTestId('cockpit-screen');
    await screen.waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('screen');
    await screen.locator('canvas').waitFor();
    await page.waitForTimeout(1200);
    // The dark layer covers the window exactly; nothing in it is cut off or scrolls.
    const box = await screen.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(await screen.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(
      await page.evaluate(() => document.elementFromPoint(100, 20)?.closest('.luoshi-header')),
    ).toBeNull();
    const fontSize = await screen
      .locator('.luoshi-cockpit-figure-value')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(64);
    // 17 units do not fit on one screen: the list turns by itself.
    await expect.poll(() => screen.getByTestId('cockpit-screen-page').innerText()).toBe('第 1/2 屏');
    await page.screenshot({ path: join(screenshotDir, 'cockpit-03-screen.png') });
    await expect
      .poll(() => screen.getByTestId('cockpit-screen-page').innerText(), { timeout: 15_000 })
      .toBe('第 2/2 屏');
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(screenshotDir, 'cockpit-04-screen-turned.png') });

    await page.keyboard.press('Escape');
    await screen.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    await page.getByRole('heading', { name: '驾驶舱' }).waitFor();

    // A bookmark of the screen mode opens it directly; its button leaves it.
    await page.goto(`${server.base}/cockpit?mode=screen`);
    await screen.waitFor();
    await page.getByRole('button', { name: /退出大屏/ }).click();
    await screen.waitFor({ state: 'detached' });
    await page.close();
  });

  it('shows the key projects: lights, investment against plan, the red ones opening their page', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, server.base, leader.username, leader.password);
    await page.goto(`${server.base}/cockpit`);
    const card = page.getByTestId('cockpit-projects-card');
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    expect(await page.getByTestId('cockpit-projects-red').innerText()).toMatch(/红灯\s*1\s*个/);
    expect(await page.getByTestId('cockpit-projects-green').innerText()).toMatch(/绿灯\s*2\s*个/);
    expect(await page.getByTestId('cockpit-projects-investment').innerText()).toMatch(
      /累计完成投资 [\d,]+\.\d\d 万元 \/ 序时计划 [\d,]+\.\d\d 万元/,
    );
    const red = page.getByTestId('cockpit-red-projects');
    expect(await red.innerText()).toContain('投资完成滞后于序时计划');
    expect(await red.innerText()).toContain('节点逾期未完成');
    // Nothing in the card is wider than the card.
    expect(await card.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await settle(page);
    await card.screenshot({ path: join(screenshotDir, 'cockpit-10-projects-card.png') });
    await red.getByRole('link', { name: new RegExp(projects.redName) }).click();
    await page.waitForURL(new RegExp(`/projects/${projects.redId}$`));
    await page.getByText(projects.redName).first().waitFor();

    // The project list at 1440 px: every column in view, no sideways scrolling.
    await page.goto(`${server.base}/projects`);
    await page.locator('.ant-table-row', { hasText: projects.redName }).waitFor();
    await settle(page);
    const table = page.locator('.ant-table-content, .ant-table-body').first();
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    await shoot(page, 'cockpit-12-project-list-1440');
    await page.close();
  });

  it('the bulletin preview carries the key projects section', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, server.base, supervisor.username, supervisor.password);
    await page.goto(`${server.base}/bulletins?id=${bulletinId}`);
    const section = page.getByTestId('bulletin-projects');
    await section.waitFor();
    await section.scrollIntoViewIfNeeded();
    expect(await page.getByTestId('bulletin-projects-summary').innerText()).toMatch(
      /重点项目 4 个，红灯 \d 个、黄灯 \d 个、绿灯 \d 个/,
    );
    expect(await section.innerText()).toContain('施工许可证办理');
    expect(await section.innerText()).toContain('第1街道办事处');
    // Neither the page nor a table of the section scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    const tables = section.locator('.ant-table-content, .ant-table-body');
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all())
      expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await settle(page);
    await section.screenshot({ path: join(screenshotDir, 'cockpit-11-bulletin-projects.png') });
    await page.close();
  });

  it('every notice in the bell opens what it is about', async () => {
    // The leader's notice of the unit's reply opens the task.
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(page, server.base, leader.username, leader.password);
    await page
      .getByRole('button', { name: /未读消息|消息/ })
      .first()
      .click();
    const notice = page.locator('.luoshi-inbox-item').first();
    await notice.waitFor();
    expect(await notice.getAttribute('data-target')).toBe(`/tasks/${redTask.id}`);
    await screenshot(page, 'cockpit-05-bell-leader');
    await notice.click();
    await page.waitForURL(new RegExp(`/tasks/${redTask.id}$`));
    await page.close();

    // The unit's notice of the rectification opens that rectification.
    const unit = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(unit, server.base, operator.username, operator.password);
    await unit
      .getByRole('button', { name: /未读消息|消息/ })
      .first()
      .click();
    const items = unit.locator('.luoshi-inbox-item');
    await items.first().waitFor();
    const targets = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-target')));
    // Every notice the unit received leads somewhere.
    expect(targets.every((t) => t !== null)).toBe(true);
    await unit.locator('.luoshi-inbox-item', { hasText: '整改' }).first().click();
    await unit.waitForURL(/\/supervision\?tab=rectifications&id=/);
    await unit.locator('.ant-table-row', { hasText: '改造工地安全防护不到位' }).waitFor();
    expect(await unit.locator('.ant-table-row').count()).toBe(1);
    await settle(unit);
    await shoot(unit, 'cockpit-06-rectification-from-bell');
    await unit.close();
  });

  it('the bulletin preview prints on A4: no menu, full width, the chart within the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, server.base, supervisor.username, supervisor.password);
    await page.goto(`${server.base}/bulletins?id=${bulletinId}`);
    const preview = page.getByTestId('bulletin-preview');
    await preview.locator('canvas').waitFor();
    await settle(page);
    await page.waitForTimeout(600);
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(600);
    // Printed, the preview starts at the page's left edge and the chart is no wider than the preview.
    const previewBox = await preview.boundingBox();
    const chartBox = await preview.locator('canvas').first().boundingBox();
    expect(previewBox?.x ?? 99).toBeLessThan(40);
    expect((chartBox?.x ?? 0) + (chartBox?.width ?? 0)).toBeLessThanOrEqual(
      (previewBox?.x ?? 0) + (previewBox?.width ?? 0) + 1,
    );
    expect(await page.locator('.luoshi-sider').isVisible()).toBe(false);
    await screenshot(page, 'cockpit-07-bulletin-print-media');
    const pdf = join(screenshotDir, 'cockpit-bulletin-print.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    // Each page as an image, to look at.
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(screenshotDir, 'cockpit-08-bulletin-pdf')]);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});
