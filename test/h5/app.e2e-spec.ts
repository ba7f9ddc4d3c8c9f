import { DEMO_USERS, ROLE_LABELS, WASTE_CATEGORIES, WASTE_CATEGORY_LABELS } from '@zerowaste/shared';
import sharp from 'sharp';
import {
  type BrowserGlobals,
  DISTANCE,
  describeBrowser,
  fontSize,
  publish,
  shot,
  startApi,
  stopApi,
  useBrowserHarness,
  waitUntil,
} from './support/harness';

// The H5 build of the mini-program, served by the real API in demo mode, driven in Debian's Chromium.

describeBrowser('H5 app in Chromium', () => {
  const { phone, baseUrl, loginAs, pickUser, expectText, openTab } = useBrowserHarness();

  it('logs a resident in through the demo picker and shows every tab', async () => {
    const page = await phone();
    await page.goto(`${baseUrl()}/`);
    await page.getByText('选择一个演示账号').waitFor();
    expect(await page.locator('.login__user').count()).toBe(DEMO_USERS.length);
    await shot(page, 'login');

    await page.locator('.login__user', { hasText: '王阿姨' }).click();
    await expectText(page, '.home__nickname', '王阿姨');
    await page.locator('.home__service', { hasText: '河湖随手拍' }).getByText('即将上线').waitFor();
    for (const service of ['扫码投放', '预约回收']) {
      expect(await page.locator('.home__service', { hasText: service }).getByText('即将上线').count()).toBe(0);
    }
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
    // The newest profile page is the last in the DOM while the previous one may still be leaving.
    const input = page.locator('.profile__input input').last();
    await input.waitFor();
    await input.fill('赵督导（已改名）');
    await shot(page, 'profile');
    const save = page.locator('.profile__save').last();
    await save.click();
    await expectText(page, '.me__nickname', '赵督导（已改名）');

    // Put the seeded nickname back for the other tests.
    await page.locator('.me__profile').click();
    await input.fill('赵督导');
    await save.click();
    await expectText(page, '.me__nickname', '赵督导');
    await page.context().close();
  });

  it('uploads a profile photo from the profile page and shows it on 我的', async () => {
    const page = await phone();
    await loginAs(page, '赵督导');
    await openTab(page, '我的');
    await page.locator('.me__profile').click();
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2e9d5b' } })
      .jpeg()
      .toBuffer();
    const chooser = page.waitForEvent('filechooser');
    await page.locator('.profile__avatar-button').last().click();
    await (await chooser).setFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: photo });
    const saved = page.locator('.profile__avatar img[src*="/api/images/"]').last();
    await saved.waitFor();
    await shot(page, 'profile-avatar');

    // An image the browser shows but the API does not take (SVG) is refused with a Chinese message.
    const refused = page.waitForEvent('filechooser');
    await page.locator('.profile__avatar-button').last().click();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>';
    await (await refused).setFiles({ name: 'me.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
    await page.locator('.profile__avatar-error', { hasText: '请选择 JPG 或 PNG 格式的照片' }).last().waitFor();
    await saved.waitFor();

    await page.goBack();
    await page.locator('.me__profile img[src*="/api/images/"]').last().waitFor();
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
    await pickUser(page, '陈主任');
    await expectText(page, '.home__nickname', '陈主任');
    await page.context().close();
  });
});
