import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_USERS, ROLE_LABELS, WASTE_CATEGORIES, WASTE_CATEGORY_LABELS } from '@zerowaste/shared';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

// The H5 build of the mini-program, served by the real API in demo mode, driven in Debian's Chromium.

const ROOT = resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const H5_DIST = join(ROOT, 'apps', 'miniprogram', 'dist', 'h5');
const API_MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');
const SHOTS = join(ROOT, 'test-results', 'h5');
const DOCS_SHOTS = join(ROOT, 'docs', 'screenshots');
const IN_CI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);

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

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The test tsconfig has no DOM lib; these are the browser globals the page callbacks use.
interface BrowserGlobals {
  getComputedStyle(element: unknown): { fontSize: string };
  localStorage: { getItem(key: string): string | null };
}

const DISTANCE = /^\d+(\.\d)? (米|公里)$/;

function freePort(): Promise<number> {
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

interface RunningApi {
  base: string;
  process: ChildProcess;
  dataDir: string;
  output: string[];
}

async function startApi(demoMode = true): Promise<RunningApi> {
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

async function stopApi(api: RunningApi | undefined): Promise<void> {
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

async function shot(page: Page, name: string, fullPage = true): Promise<string> {
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

// The committed README screenshots change only when asked for, or when missing.
function publish(file: string, name: string): void {
  const target = join(DOCS_SHOTS, name);
  if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(target)) {
    mkdirSync(DOCS_SHOTS, { recursive: true });
    copyFileSync(file, target);
  }
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat((globalThis as unknown as BrowserGlobals).getComputedStyle(el).fontSize));
}

const describeBrowser = hasChromium || IN_CI ? describe : describe.skip;

describeBrowser('H5 app in Chromium', () => {
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
    await page.locator('.login__user', { hasText: nickname }).click();
    await expectText(page, '.home__nickname', nickname);
  }

  async function expectText(page: Page, selector: string, text: string): Promise<void> {
    await page.locator(selector, { hasText: text }).first().waitFor({ state: 'visible' });
    expect((await page.locator(selector, { hasText: text }).first().textContent())?.trim()).toBe(text);
  }

  async function openTab(page: Page, label: string): Promise<void> {
    await page.locator('.weui-tabbar__item', { hasText: label }).click();
  }

  it('logs a resident in through the demo picker and shows every tab', async () => {
    const page = await phone();
    await page.goto(`${baseUrl()}/`);
    await page.getByText('选择一个演示账号').waitFor();
    expect(await page.locator('.login__user').count()).toBe(DEMO_USERS.length);
    await shot(page, 'login');

    await page.locator('.login__user', { hasText: '王阿姨' }).click();
    await expectText(page, '.home__nickname', '王阿姨');
    await page.locator('.home__service', { hasText: '扫码投放' }).getByText('即将上线').waitFor();
    publish(await shot(page, 'home', false), 'home.png');
    await shot(page, 'home-full');

    await openTab(page, '分类');
    for (const category of WASTE_CATEGORIES) {
      await page.locator('.sorting__name', { hasText: WASTE_CATEGORY_LABELS[category] }).waitFor();
    }
    expect(await page.locator('.sorting__card').count()).toBe(4);
    await page.getByText('也叫湿垃圾').waitFor();
    publish(await shot(page, 'sorting', false), 'sorting.png');
    await shot(page, 'sorting-full');

    await openTab(page, '附近');
    await page.locator('.cell-item').first().waitFor();
    // Headless Chromium grants no location: the list falls back to the city centre and says so.
    await page.getByText('未能获取您的位置').waitFor();
    const distances = await page.locator('.cell-item__distance').allInnerTexts();
    expect(distances.length).toBeGreaterThan(0);
    for (const distance of distances) expect(distance.trim()).toMatch(DISTANCE);
    await shot(page, 'nearby');

    await openTab(page, '我的');
    await expectText(page, '.me__nickname', '王阿姨');
    expect(await page.locator('.me__role').allInnerTexts()).toContain(ROLE_LABELS.resident);
    await shot(page, 'me');

    await page.context().close();
  });

  it('edits the nickname on the profile page', async () => {
    const page = await phone();
    await loginAs(page, '赵督导');
    await openTab(page, '我的');
    await page.locator('.me__profile').click();
    const input = page.locator('.profile__input input');
    await input.waitFor();
    await input.fill('赵督导（已改名）');
    await shot(page, 'profile');
    await page.locator('.profile__save').click();
    await expectText(page, '.me__nickname', '赵督导（已改名）');

    // Put the seeded nickname back for the other tests.
    await page.locator('.me__profile').click();
    await input.fill('赵督导');
    await page.locator('.profile__save').click();
    await expectText(page, '.me__nickname', '赵督导');
    await page.context().close();
  });

  it('sorts nearby cells from the device position when the browser shares it', async () => {
    const page = await phone({ geolocation: { latitude: 37.0631, longitude: 114.4983 }, permissions: ['geolocation'] });
    await loginAs(page, '王阿姨');
    await openTab(page, '附近');
    await page.getByText('按您当前的位置').waitFor();
    await page.locator('.cell-item').first().waitFor();
    const meters = (await page.locator('.cell-item__distance').allInnerTexts()).map((text) => {
      const [value, unit] = text.trim().split(' ');
      return Number(value) * (unit === '公里' ? 1000 : 1);
    });
    expect(meters).toEqual([...meters].sort((a, b) => a - b));
    await page.context().close();
  });

  it('turns on 长辈模式 for bigger text and keeps it after a reload', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    const homeBefore = await fontSize(page, '.home__hello');
    await openTab(page, '我的');
    await page.locator('.me__nickname').waitFor();
    const before = await fontSize(page, '.me__nickname');

    await page.locator('.me__elderly-switch').click();
    await page.locator('.page--elderly .me__nickname').waitFor();
    const after = await fontSize(page, '.me__nickname');
    expect(after).toBeGreaterThanOrEqual(before * 1.25);
    await shot(page, 'me-elderly');

    await page.reload();
    await page.locator('.page--elderly .me__nickname').waitFor();
    expect(await fontSize(page, '.me__nickname')).toBeCloseTo(after, 1);

    await openTab(page, '首页');
    await page.locator('.page--elderly .home__big-button', { hasText: '垃圾分类查询' }).waitFor();
    expect(await page.locator('.home__service').count()).toBe(0);
    expect(await fontSize(page, '.home__hello')).toBeGreaterThanOrEqual(homeBefore * 1.25);
    await shot(page, 'home-elderly');
    await page.context().close();
  });

  it('sets a home cell from the searchable directory', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    await openTab(page, '我的');
    await page.locator('.me__row', { hasText: '我的无废细胞' }).click();
    await page.locator('.home-cell__input').waitFor();
    await page.locator('.cell-item').first().waitFor();

    const choice = page.locator('.cell-item:not(.cell-item--selected)').first();
    const name = ((await choice.locator('.cell-item__name').textContent()) ?? '').trim();
    // Search narrows the list to the cell's name before picking it.
    await page.locator('.home-cell__input input').fill(name);
    await waitUntil(async () => {
      const names = await page.locator('.cell-item__name').allTextContents();
      return names.length > 0 && names.every((n) => n.includes(name));
    }, 'the directory search to narrow the list');
    await shot(page, 'home-cell');
    await page.locator('.cell-item', { hasText: name }).first().click();

    await expectText(page, '.me__row-value', name);
    const token = await page.evaluate(() => {
      const raw = (globalThis as unknown as BrowserGlobals).localStorage.getItem('zw.session');
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      const session = (parsed as { data?: { accessToken?: string } } | null)?.data;
      return session?.accessToken ?? null;
    });
    expect(token).toBeTruthy();
    const me = (await (
      await fetch(`${baseUrl()}/api/me`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { homeCellId: number | null };
    const directory = (await (
      await fetch(`${baseUrl()}/api/cells/directory?q=${encodeURIComponent(name)}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { items: { id: number; name: string }[] };
    expect(me.homeCellId).toBe(directory.items.find((cell) => cell.name === name)?.id);
    await page.context().close();
  });

  it('shows the admin role label to the city admin', async () => {
    const page = await phone();
    await loginAs(page, '市级管理员');
    await openTab(page, '我的');
    await page.locator('.me__role', { hasText: ROLE_LABELS.admin }).waitFor();
    await shot(page, 'me-admin');
    await page.context().close();
  });

  it('greets each of the demo users by nickname', async () => {
    for (const user of DEMO_USERS) {
      const page = await phone();
      await loginAs(page, user.nickname);
      await page.context().close();
    }
  });

  it('tells an H5 visitor to use WeChat when demo mode is off', async () => {
    const plain = await startApi(false);
    try {
      const page = await phone();
      await page.goto(`${plain.base}/`);
      await page.getByText('请在微信中使用').waitFor();
      expect(await page.locator('.login__user').count()).toBe(0);
      await shot(page, 'login-no-demo');
      await page.context().close();
    } finally {
      await stopApi(plain);
    }
  });

  it('switches account from 我的 back to the demo picker', async () => {
    const page = await phone();
    await loginAs(page, '张师傅');
    await openTab(page, '我的');
    await page.locator('.me__action', { hasText: '切换账号' }).click();
    await page.locator('.login__user', { hasText: '陈主任' }).click();
    await expectText(page, '.home__nickname', '陈主任');
    await page.context().close();
  });
});
