/** What the browser tests share: an HTTP client for seeding, dates in Asia/Shanghai, waiting and logging in. */
import type { Page } from 'playwright-core';
import { screenshot } from './browser';

/** A logged-in HTTP client for seeding (the server's own API, as an office's script would use it). */
export class Client {
  constructor(
    private readonly base: string,
    private cookie = '',
  ) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}/api/v1${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), cookie: this.cookie },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.get('set-cookie');
    const sid = setCookie ? /luoshi_sid=([^;]+)/.exec(setCookie)?.[1] : undefined;
    if (sid) this.cookie = `luoshi_sid=${sid}`;
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  static async login(base: string, username: string, password: string): Promise<Client> {
    const client = new Client(base);
    await client.call('POST', '/auth/login', { username, password });
    return client;
  }
}

/** A calendar date `days` from today in Asia/Shanghai (the server's lights use that calendar). */
export function shanghaiDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

/** Full-page screenshots of a scrolled page draw the sticky header mid-page; start from the top. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
  await screenshot(page, name);
}

export async function logIn(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !/login/.test(url.pathname));
}

export interface Account {
  username: string;
  password: string;
  displayName: string;
  roles: string[];
  unitId?: string;
}

/** Creates an account as the administrator and sets its own password (the first login demands a change). */
export async function createAccount(admin: Client, base: string, a: Account): Promise<void> {
  const created = await admin.call<{ initialPassword: string }>('POST', '/users', {
    username: a.username,
    displayName: a.displayName,
    roles: a.roles,
    ...(a.unitId ? { unitId: a.unitId } : {}),
  });
  const self = await Client.login(base, a.username, created.initialPassword);
  await self.call('POST', '/auth/password', {
    oldPassword: created.initialPassword,
    newPassword: a.password,
  });
}

/**
 * A district to test in: a server on a fresh data directory, the administrator's password changed, the given
 * units and accounts (each with its own password set). Returns the administrator's client and the ids.
 */
export async function seedDistrict(
  start: (env: Record<string, string>) => Promise<{ base: string }>,
  dataDir: string,
  units: Array<{ name: string; code: string }>,
  accounts: Array<Omit<Account, 'unitId'> & { unitCode?: string }>,
): Promise<{ base: string; admin: Client; unitIds: Record<string, string> }> {
  const { base } = await start({
    LUOSHI_DATA_DIR: dataDir,
    LUOSHI_ADMIN_PASSWORD: 'First#Admin2024',
    LUOSHI_DISTRICT_NAME: '示范区',
    LUOSHI_JOBS: 'off',
  });
  const admin = await Client.login(base, 'admin', 'First#Admin2024');
  await admin.call('POST', '/auth/password', {
    oldPassword: 'First#Admin2024',
    newPassword: 'Second#Admin2024',
  });
  const unitIds: Record<string, string> = {};
  for (const u of units) {
    unitIds[u.code] = (await admin.call<{ id: string }>('POST', '/units', { ...u, kind: 'department' })).id;
  }
  for (const { unitCode, ...a } of accounts) {
    await createAccount(admin, base, { ...a, ...(unitCode ? { unitId: unitIds[unitCode] } : {}) });
  }
  return { base, admin, unitIds };
}
