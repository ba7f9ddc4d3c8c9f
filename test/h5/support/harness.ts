import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

// The H5 build of the mini-program, served by the real API in demo mode, driven in Debian's Chromium.

export const ROOT = resolve(__dirname, '..', '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const H5_DIST = join(ROOT, 'apps', 'miniprogram', 'dist', 'h5');
export const API_MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');
export const SHOTS = join(ROOT, 'test-results', 'h5');
export const DOCS_SHOTS = join(ROOT, 'docs', 'screenshots');
export const IN_CI = process.env.CI === 'true';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && !IN_CI) {
  console.warn(
    `\n!!! H5 browser suite SKIPPED: no Chromium at ${CHROMIUM}.\n` +
      '!!! Install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH. Under CI=true this fails.\n',
  );
}

const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The test tsconfig has no DOM lib; these are the browser globals the page callbacks use.
export interface BrowserGlobals {
  getComputedStyle(element: unknown): { fontSize: string };
  localStorage: { getItem(key: string): string | null };
}

export const DISTANCE = /^\d+(\.\d)? (米|公里)$/;

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface RunningApi {
  base: string;
  process: ChildProcess;
  dataDir: string;
  output: string[];
}

export async function startApi(demoMode = true): Promise<RunningApi> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'zw-h5-'));
  const output: string[] = [];
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DEMO_MODE: demoMode ? '1' : '0',
      SQLITE_PATH: join(dataDir, 'h5.sqlite'),
      H5_DIR: H5_DIST,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode} before it was healthy:\n${output.join('')}`);
    }
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return { base, process: child, dataDir, output };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The API did not answer /api/health within 60 s:\n${output.join('')}`);
}

export async function stopApi(api: RunningApi | undefined): Promise<void> {
  if (!api) return;
  const { process: child } = api;
  if (child.exitCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(api.dataDir, { recursive: true, force: true });
}

// Taro's H5 pages slide in; let the transition end before the picture.
const PAGE_TRANSITION_MS = 500;

export async function shot(page: Page, name: string, fullPage = true): Promise<string> {
  await page.waitForTimeout(PAGE_TRANSITION_MS);
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

// The committed README screenshots change only when asked for, or when missing.
export function publish(file: string, name: string): void {
  const target = join(DOCS_SHOTS, name);
  if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(target)) {
    mkdirSync(DOCS_SHOTS, { recursive: true });
    copyFileSync(file, target);
  }
}

export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export async function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat((globalThis as unknown as BrowserGlobals).getComputedStyle(el).fontSize));
}

export const describeBrowser = hasChromium || IN_CI ? describe : describe.skip;

export interface BrowserHarness {
  phone(options?: BrowserContextOptions): Promise<Page>;
  baseUrl(): string;
  loginAs(page: Page, nickname: string): Promise<void>;
  pickUser(page: Page, nickname: string): Promise<void>;
  expectText(page: Page, selector: string, text: string): Promise<void>;
  openTab(page: Page, label: string): Promise<void>;
  /** A bearer token for a demo user, for calls the test makes to the API directly. */
  demoToken(openid: string): Promise<string>;
}

/**
 * Registers beforeAll/afterAll in the calling describe block: one API in demo mode on a fresh
 * SQLite file serving the H5 build, and one Chromium; returns the helpers the tests use.
 */
export function useBrowserHarness(): BrowserHarness {
  let api: RunningApi | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium)
      throw new Error(`CI=true but no Chromium at ${CHROMIUM}: the browser suite cannot be skipped in CI.`);
    if (!existsSync(join(H5_DIST, 'index.html'))) {
      throw new Error(`No H5 build at ${H5_DIST}: run \`npm run build:h5\` first.`);
    }
    if (!existsSync(API_MAIN)) throw new Error(`No API build at ${API_MAIN}: run \`npm run build:api\` first.`);
    mkdirSync(SHOTS, { recursive: true });
    api = await startApi();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await stopApi(api);
  });

  async function phone(options: BrowserContextOptions = {}): Promise<Page> {
    if (!browser) throw new Error('browser not started');
    const context = await browser.newContext({ ...PHONE, ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  function baseUrl(): string {
    if (!api) throw new Error('API not started');
    return api.base;
  }

  async function loginAs(page: Page, nickname: string): Promise<void> {
    await page.goto(`${baseUrl()}/`);
    await pickUser(page, nickname);
    await expectText(page, '.home__nickname', nickname);
  }

  /** Taps a demo user on the newest log-in page (a log-in page left from before may still be leaving). */
  async function pickUser(page: Page, nickname: string): Promise<void> {
    await page.locator('.login__user', { hasText: nickname }).filter({ visible: true }).last().click();
  }

  // Taro's H5 router keeps earlier pages of the stack in the DOM, hidden: match only what is shown.
  async function expectText(page: Page, selector: string, text: string): Promise<void> {
    const match = page.locator(selector, { hasText: text }).filter({ visible: true }).first();
    await match.waitFor({ state: 'visible' });
    expect((await match.textContent())?.trim()).toBe(text);
  }

  async function openTab(page: Page, label: string): Promise<void> {
    await page.locator('.weui-tabbar__item', { hasText: label }).click();
  }

  async function demoToken(openid: string): Promise<string> {
    const res = await fetch(`${baseUrl()}/api/auth/demo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ openid }),
    });
    const body = (await res.json()) as { accessToken?: string };
    if (!body.accessToken) throw new Error(`demo log-in as ${openid} failed: ${res.status}`);
    return body.accessToken;
  }

  return { phone, baseUrl, loginAs, pickUser, expectText, openTab, demoToken };
}
