/**
 * 群机器人 in the browser: the office adds a 钉钉 robot (加签) pointing at a receiver on loopback that checks
 * the signature as 钉钉 documents it, test-sends, and reads the vendor's answer; the list shows the address
 * masked and the secret only as 已设置. Screenshots: test-results/robots-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRobotReceiver, type RobotReceiver } from '../test/helpers/robot-receiver';
import { launchBrowser } from './browser';
import { logIn, seedDistrict, settle, shoot, type TestServer } from './helpers';

describe('group robots in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let receiver: RobotReceiver;
  const office = {
    username: 'ducha',
    password: 'Ducha#2024x',
    displayName: '督查室李娜',
    roles: ['supervisor'],
  };
  beforeAll(async () => {
    server = await seedDistrict({ accounts: [office] });
    browser = await launchBrowser();
    receiver = await startRobotReceiver(() => Date.now());
    receiver.add('/robot/send', { kind: 'dingtalk', secret: 'SECe2e-secret-0001' });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await server?.stop();
  });

  it('the office adds a 钉钉 robot, test-sends, and sees the answer', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await logIn(page, server.base, office.username, office.password);
    await page.goto(`${server.base}/robots`);
    await settle(page);
    await page.getByRole('button', { name: '添加机器人' }).click();
    await page.getByLabel('名称').fill('督查室工作群');
    await page
      .getByLabel('Webhook 地址')
      .fill(`${receiver.url('/robot/send')}?access_token=e2e-token-778899`);
    await page.getByLabel('加签密钥').fill('SECe2e-secret-0001');
    await shoot(page, 'robots-01-add');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('cell', { name: '督查室工作群' }).waitFor();
    await settle(page);
    await expect.poll(() => page.getByText('已设置').count()).toBeGreaterThan(0);
    // The drawer is destroyed once its closing motion ends; until then its form still holds what was typed.
    // After that, nothing the server sends back may carry the secret or the token.
    await expect
      .poll(async () => {
        const html = await page.content();
        return html.includes('SECe2e-secret-0001') || html.includes('e2e-token-778899');
      })
      .toBe(false);
    await page.getByRole('button', { name: '测试发送' }).click();
    await page.getByText('测试发送结果').waitFor();
    await page.getByText('成功：已送达').waitFor();
    await shoot(page, 'robots-02-test-answer');
    const got = receiver.received('/robot/send');
    expect(got).toHaveLength(1);
    expect(got[0]?.accepted).toBe(true);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    await shoot(page, 'robots-03-phone');
  }, 40_000);
});
