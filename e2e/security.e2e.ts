/**
 * The second login factor in the browser: the district requires TOTP for admin, auditor and supervisor; an
 * auditor logging in is made to enrol (QR code, first code, recovery codes to print), then logs in again
 * with password + code; the account security page shows it on. The test computes the codes from the secret
 * shown on the page, as a phone would. Screenshots: test-results/security-*.png.
 */
import { TOTP } from 'otpauth';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { Client, seedDistrict, settle, shoot, type TestServer } from './helpers';

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

describe('TOTP second factor in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const auditor = {
    username: 'shenji',
    password: 'Shenji#2024x',
    displayName: '审计管理员王敏',
    roles: ['auditor'],
  };
  let officer: { username: string; password: string; displayName: string; roles: string[] };
  beforeAll(async () => {
    // The TOTP policy is the security officer's setting (三员分立).
    officer = {
      username: 'anquan',
      password: 'Anquan#2024x',
      displayName: '安全管理员赵强',
      roles: ['security_officer'],
    };
    server = await seedDistrict({ accounts: [auditor, officer], jobs: true });
    browser = await launchBrowser();
    const security = await Client.login(server.base, officer.username, officer.password);
    // Set after the accounts exist: the administrator's own enrolment is not this test's subject.
    await security.call('PATCH', '/settings', {
      'security.totpRequiredRoles': ['admin', 'auditor', 'supervisor'],
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an auditor enrols at first login, keeps the recovery codes, and logs in again with password + code', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    await page.goto(`${server.base}/login`);
    await page.getByLabel('用户名').fill(auditor.username);
    await page.getByLabel('密码').fill(auditor.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();

    // Enrolment comes before anything else.
    await page.getByText('按本区安全要求').waitFor();
    await settle(page);
    await shoot(page, 'security-01-enrol-required');
    await page.getByRole('button', { name: /开始绑定/ }).click();
    await page.getByRole('img', { name: '动态验证码绑定二维码' }).waitFor();
    const shown = await page.locator('.luoshi-totp-secret').innerText();
    const secret = shown.replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('动态验证码').fill(codeAt(secret));
    await shoot(page, 'security-02-enrol-qr');
    await page.getByRole('button', { name: /完成绑定/ }).click();
    await page.getByText('请保存恢复码').waitFor();
    const codes = await page.locator('.luoshi-recovery-codes li').allInnerTexts();
    expect(codes).toHaveLength(10);
    await shoot(page, 'security-03-recovery-codes');
    await page.getByRole('button', { name: /我已保存/ }).click();
    await page.waitForURL((url) => !/login/.test(url.pathname));
    await settle(page);

    // Log out and in again: the password opens only the second step.
    await page.context().clearCookies();
    await page.goto(`${server.base}/login`);
    await page.getByLabel('用户名').fill(auditor.username);
    await page.getByLabel('密码').fill(auditor.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('输入动态验证码').first().waitFor();
    await settle(page);
    await shoot(page, 'security-04-login-second-step');
    await page.getByLabel('动态验证码').fill('000000' === codeAt(secret, 1) ? '111111' : '000000');
    await page.getByRole('button', { name: /验证并登录/ }).click();
    await page.getByRole('alert').filter({ hasText: '验证码不正确' }).waitFor();
    await shoot(page, 'security-05-wrong-code');
    // The enrolment used this step's code; the next step's is accepted (one step of drift).
    await page.getByLabel('动态验证码').fill(codeAt(secret, 1));
    await page.getByRole('button', { name: /验证并登录/ }).click();
    await page.waitForURL((url) => !/login/.test(url.pathname));

    await page.goto(`${server.base}/security`);
    await page.getByText('已启用').waitFor();
    await settle(page);
    await shoot(page, 'security-06-account');

    // The recovery code way in, in English.
    await page.context().clearCookies();
    await page.goto(`${server.base}/login`);
    await page.getByLabel('用户名').fill(auditor.username);
    await page.getByLabel('密码').fill(auditor.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('button', { name: /改用恢复码/ }).click();
    await page.getByLabel('恢复码').fill(codes[0]!);
    await shoot(page, 'security-07-recovery-login');
    await page.getByRole('button', { name: /验证并登录/ }).click();
    await page.waitForURL((url) => !/login/.test(url.pathname));
    await page.close();
  }, 240_000);

  it('the security officer edits the password, lockout, session and TOTP policy, and nothing else', async () => {
    for (const [name, viewport] of [
      ['desktop', { width: 1440, height: 900 }],
      ['mobile', { width: 390, height: 844 }],
    ] as const) {
      const page = await browser.newPage({ viewport, locale: 'zh-CN' });
      await page.goto(`${server.base}/login`);
      await page.getByLabel('用户名').fill(officer.username);
      await page.getByLabel('密码').fill(officer.password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((url) => !/login/.test(url.pathname));
      await page.goto(`${server.base}/settings`);
      await page.getByText('密码策略').waitFor();
      await page.getByText('登录锁定与会话').waitFor();
      // The administrator's settings are not offered to the security officer.
      expect(await page.getByText('进度亮灯与填报').count()).toBe(0);
      await settle(page);
      await shoot(page, `security-08-officer-settings-${name}`);
      await page.close();
    }
  }, 120_000);
});
