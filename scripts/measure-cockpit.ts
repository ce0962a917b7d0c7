/**
 * The cockpit at district scale: serve a generated district (npm run bench:gen -- --scale district --out DIR),
 * add a few instructions (one answered) and overdue rectifications, then time GET /api/v1/cockpit (first and
 * 30 warm requests, as a leader) and, in Chromium, navigation → the figures on screen (first and warm visits).
 * Usage: tsx scripts/measure-cockpit.ts DIR [LUOSHI_WEB_DIR]. Prints one line per figure; docs/performance.md
 * keeps the numbers.
 */
import { readFileSync } from 'node:fs';
import { startServerProcess } from '../test/helpers/server-process';
import { launchBrowser } from '../e2e/browser';
import { Client } from '../e2e/helpers';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: tsx scripts/measure-cockpit.ts DIR [WEB_DIR]');
const webDir = process.argv[3];
const password = 'Bench#Pass2024';
const server = await startServerProcess({
  LUOSHI_DATA_DIR: dataDir,
  LUOSHI_JOBS: 'off',
  ...(webDir ? { LUOSHI_WEB_DIR: webDir } : {}),
});
/** CPU seconds the server process has used (utime + stime from /proc, in clock ticks of 10 ms). */
const serverCpu = (pid: number | undefined) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
try {
  const leader = await Client.login(server.base, 'b0-leader1', password);
  const office = await Client.login(server.base, 'b0-supervisor', password);
  const me = await leader.call<{ id: string }>('GET', '/me');
  const mine = await leader.call<{ items: { id: string; leadUnitId: string | null }[] }>(
    'GET',
    `/tasks?leaderId=${me.id}&light=red&pageSize=5`,
  );
  const existing = await leader.call<{ instructions: unknown[] }>('GET', '/cockpit');
  if (existing.instructions.length === 0) {
    for (const [i, task] of mine.items.slice(0, 3).entries()) {
      const made = await leader.call<{ id: string }>('POST', `/tasks/${task.id}/instructions`, {
        text: `请牵头单位${i + 1}周内说明滞后原因并提出追赶措施`,
      });
      if (i === 0)
        await office
          .call('POST', `/instructions/${made.id}/replies`, {
            text: '已召开专题会，倒排工期，本月底前完成招标。',
          })
          .catch(() => undefined);
    }
    const units = await office.call<{ items: { id: string }[] }>('GET', '/units');
    await office.call('POST', '/inspections', {
      date: '2024-06-20',
      team: '督查室第一组',
      places: '各街道',
      findings: units.items.slice(0, 4).map((u, i) => ({
        finding: `台账资料不完整，问题${i + 1}`,
        unitId: u.id,
        deadline: `2024-07-0${i + 1}`,
      })),
    });
  }

  const times: number[] = [];
  let cpuBefore = 0;
  for (let i = 0; i < 31; i++) {
    if (i === 1) cpuBefore = serverCpu(server.child.pid);
    const start = performance.now();
    await leader.call('GET', '/cockpit');
    times.push(performance.now() - start);
  }
  const cpuPerRequest = (serverCpu(server.child.pid) - cpuBefore) / 30;
  const first = times.shift() ?? 0;
  times.sort((a, b) => a - b);
  process.stdout.write(
    `GET /api/v1/cockpit (leader): first ${first.toFixed(0)} ms; warm p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms; server CPU ${cpuPerRequest.toFixed(0)} ms a request (load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})\n`,
  );

  if (webDir) {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      await page.goto(`${server.base}/login`);
      await page.getByLabel('用户名').fill('b0-leader1');
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((url) => !/login/.test(url.pathname));
      const visits: number[] = [];
      for (let i = 0; i < 6; i++) {
        await page.goto(`${server.base}/cockpit`);
        // Time from the navigation's start to the figures on screen, as the page itself measures it.
        const shown = await page.waitForFunction(
          () => (document.querySelector('[data-testid="cockpit-published"]') ? performance.now() : 0),
          undefined,
          { polling: 10, timeout: 30_000 },
        );
        visits.push(Number(await shown.jsonValue()));
      }
      const firstVisit = visits.shift() ?? 0;
      visits.sort((a, b) => a - b);
      process.stdout.write(
        `cockpit page, navigation → figures visible: first ${firstVisit.toFixed(0)} ms; then median ${percentile(visits, 50).toFixed(0)} ms, max ${(visits.at(-1) ?? 0).toFixed(0)} ms\n`,
      );
      await page.screenshot({ path: 'test-results/cockpit-district-normal.png', fullPage: true });
      const big = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
      await big.context().addCookies(await page.context().cookies());
      await big.goto(`${server.base}/cockpit?mode=screen`);
      await big.getByTestId('cockpit-screen').waitFor();
      await big.waitForTimeout(1200);
      await big.screenshot({ path: 'test-results/cockpit-district-screen.png' });
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.stop();
}
