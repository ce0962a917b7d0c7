/**
 * What the browser tests share: the district they test in (a server on a fresh data directory, the
 * administrator's password changed, units and accounts), an HTTP client for seeding, dates in Asia/Shanghai,
 * waiting and logging in.
 */
import { randomUUID } from 'node:crypto';
import { cp, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { startServerProcess, type ServerProcess } from '../test/helpers/server-process';
import { screenshot } from './browser';

/** The administrator's password the server is started with, and the one it is changed to by seedDistrict. */
export const FIRST_ADMIN_PASSWORD = 'First#Admin2024';
export const ADMIN_PASSWORD = 'Second#Admin2024';

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
export async function createAccount(admin: Client, base: string, a: Account): Promise<string> {
  const created = await admin.call<{ user: { id: string }; initialPassword: string }>('POST', '/users', {
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
  return created.user.id;
}

export interface TestServer {
  server: ServerProcess;
  base: string;
  /** The data directory (a test may restart a server on it). */
  dataDir: string;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

/**
 * A server of the district 示范区 on a fresh data directory under .tmp/, with the administrator's first
 * password. Background jobs are off unless asked for, so that nothing changes the data under the test.
 */
export async function startDistrictServer(options: { jobs?: boolean } = {}): Promise<TestServer> {
  const dataDir = resolve('.tmp', `e2e-${randomUUID()}`);
  const removeData = () => rm(dataDir, { recursive: true, force: true });
  let server: ServerProcess;
  try {
    // A copy of the migrated template (test/global-setup.ts) opens in about a second; a new directory takes
    // PGlite's initdb and every migration, ~6 s more per browser file.
    await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
    server = await startServerProcess({
      LUOSHI_DATA_DIR: dataDir,
      LUOSHI_ADMIN_PASSWORD: FIRST_ADMIN_PASSWORD,
      LUOSHI_DISTRICT_NAME: '示范区',
      ...(options.jobs ? {} : { LUOSHI_JOBS: 'off' }),
    });
  } catch (e) {
    await removeData();
    throw e;
  }
  return {
    server,
    base: server.base,
    dataDir,
    stop: async () => {
      await server.stop();
      await removeData();
    },
  };
}

export interface SeedUnit {
  name: string;
  code: string;
  /** 'department' unless given. */
  kind?: 'department' | 'street' | 'town' | 'other';
}

export type SeedAccount = Omit<Account, 'unitId'> & { unitCode?: string };

export interface District extends TestServer {
  admin: Client;
  /** Unit ids by code. */
  unitIds: Record<string, string>;
  /** User ids by username. */
  userIds: Record<string, string>;
}

/**
 * The district every browser test starts from: a server (startDistrictServer), the administrator's password
 * changed to ADMIN_PASSWORD, the given units and accounts (each with its own password set), created in order.
 */
export async function seedDistrict(options: {
  units?: readonly SeedUnit[];
  accounts?: readonly SeedAccount[];
  jobs?: boolean;
}): Promise<District> {
  const started = await startDistrictServer(options.jobs ? { jobs: true } : {});
  const { base } = started;
  // The session outlives the change of password: the same client goes on seeding.
  const admin = await Client.login(base, 'admin', FIRST_ADMIN_PASSWORD);
  await admin.call('POST', '/auth/password', {
    oldPassword: FIRST_ADMIN_PASSWORD,
    newPassword: ADMIN_PASSWORD,
  });
  const unitIds: Record<string, string> = {};
  for (const { kind = 'department', ...u } of options.units ?? []) {
    unitIds[u.code] = (await admin.call<{ id: string }>('POST', '/units', { ...u, kind })).id;
  }
  const userIds: Record<string, string> = {};
  for (const { unitCode, ...a } of options.accounts ?? []) {
    const unitId = unitCode ? unitIds[unitCode] : undefined;
    if (unitCode && !unitId) throw new Error(`no unit ${unitCode} for ${a.username}`);
    userIds[a.username] = await createAccount(admin, base, { ...a, ...(unitId ? { unitId } : {}) });
  }
  return { ...started, admin, unitIds, userIds };
}

/** Picks an option in the open antd Select dropdown and waits until the dropdown is gone. */
export async function pickOption(page: Page, option: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}
