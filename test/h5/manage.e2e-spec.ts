import type {
  Page as ApiPage,
  BalanceResponse,
  BinResponse,
  GuideSearchResponse,
  HouseholdCardResponse,
  UserResponse,
} from '@zerowaste/shared';
import type { Page } from 'playwright-core';
import { describeBrowser, publish, shot, useBrowserHarness } from './support/harness';

// 陈主任 (cell manager) and the city admin find their management pages from 我的 and use them:
// bins and their labels, household cards, roles and a points adjustment, end to end in Chromium.

describeBrowser('H5 management pages in Chromium', () => {
  const { phone, baseUrl, loginAs, expectText, openTab, demoToken } = useBrowserHarness();

  async function api<T>(openid: string, path: string): Promise<T> {
    const res = await fetch(`${baseUrl()}/api${path}`, {
      headers: { Authorization: `Bearer ${await demoToken(openid)}` },
    });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  /** Taro's H5 modal (Taro.showModal): tap its confirm button. */
  async function confirmModal(page: Page, confirmText: string): Promise<void> {
    const button = page.locator('.taro-model__confirm', { hasText: confirmText }).filter({ visible: true });
    await button.waitFor();
    await button.click();
  }

  async function openHub(page: Page): Promise<void> {
    await openTab(page, '我的');
    await page.locator('.me__row', { hasText: '管理中心' }).filter({ visible: true }).click();
    await page.locator('.hub__hero-title').filter({ visible: true }).waitFor();
  }

  it('shows no 管理中心 to a resident', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    await openTab(page, '我的');
    await expectText(page, '.me__nickname', '王阿姨');
    expect(await page.locator('.me__row', { hasText: '管理中心' }).count()).toBe(0);
    await page.context().close();
  });

  it('lets 陈主任 register a bin, re-issue its label, print the sheet and see the household cards', async () => {
    const page = await phone();
    await loginAs(page, '陈主任');
    await openHub(page);
    const community = page.locator('.hub__cell', { hasText: '幸福里小区' }).filter({ visible: true });
    await community.waitFor();
    await page.locator('.hub__cell', { hasText: '襄都区实验小学' }).filter({ visible: true }).waitFor();
    expect(await page.locator('.hub__tile', { hasText: '用户与角色' }).count()).toBe(0);
    publish(await shot(page, 'manage-hub', false), 'manage-hub.png');

    await community.locator('.hub__tile', { hasText: '垃圾桶' }).click();
    const before = (await api<ApiPage<BinResponse>>('demo-manager', '/cells/1/bins')).total;
    await page
      .locator('.cell-header__subtitle', { hasText: `共 ${before} 个` })
      .filter({ visible: true })
      .waitFor();
    await page.locator('.bins__row').filter({ visible: true }).first().waitFor();
    await shot(page, 'manage-bins');

    // Register: name, category and the cell's own location (the default).
    await page.locator('.bins__register').filter({ visible: true }).click();
    await page.locator('.sheet__title', { hasText: '登记垃圾桶' }).filter({ visible: true }).waitFor();
    await page.locator('.bins__submit').filter({ visible: true }).click();
    await page.getByText('请填写名称（1–64 个字）').filter({ visible: true }).waitFor();
    await page.locator('.sheet .form-field__input input').filter({ visible: true }).fill('5 号楼北侧有害垃圾桶');
    await page.locator('.sheet .category-picker__button', { hasText: '有害垃圾' }).filter({ visible: true }).click();
    await page.locator('.location-field__source', { hasText: '细胞位置' }).filter({ visible: true }).waitFor();
    publish(await shot(page, 'manage-bin-register', false), 'manage-bin-register.png');
    await page.locator('.bins__submit').filter({ visible: true }).click();
    const row = page.locator('.bins__row', { hasText: '5 号楼北侧有害垃圾桶' }).filter({ visible: true });
    await row.waitFor();
    await page
      .locator('.cell-header__subtitle', { hasText: `共 ${before + 1} 个` })
      .filter({ visible: true })
      .waitFor();
    const created = (await api<ApiPage<BinResponse>>('demo-manager', '/cells/1/bins?pageSize=100')).items.find(
      (bin) => bin.name === '5 号楼北侧有害垃圾桶',
    );
    expect(created).toMatchObject({ category: 'hazardous', codeVersion: 1, status: 'active' });
    expect(await row.locator('.category-chip').textContent()).toContain('有害垃圾');

    // Re-issue: asks first, then the row shows the second label version.
    await row.locator('.bins__row-button', { hasText: '重新生成标签' }).click();
    await confirmModal(page, '重新生成');
    await row.locator('.bins__row-code', { hasText: '第 2 版标签' }).waitFor();
    await shot(page, 'manage-bin-reissued', false);

    // Print: the label sheet arrives as a PDF download, fetched with the token.
    const download = page.waitForEvent('download');
    await page.locator('.bins__print').filter({ visible: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('垃圾桶标签-1.pdf');
    const pdf = await file.createReadStream();
    const head = await new Promise<string>((resolve) =>
      pdf.once('data', (chunk) => resolve(String(chunk).slice(0, 5))),
    );
    expect(head).toBe('%PDF-');

    // Household cards of the same cell: none yet, so the empty state offers the first one.
    await page.goBack();
    await community.locator('.hub__tile', { hasText: '户卡' }).click();
    await page.getByText('还没有户卡').filter({ visible: true }).waitFor();
    await page.locator('.state-view__action', { hasText: '办理第一张户卡' }).filter({ visible: true }).click();
    await page.locator('.sheet .form-field__input input').filter({ visible: true }).fill('2 号楼 301 张奶奶');
    await page.locator('.cards__submit').filter({ visible: true }).click();
    const card = page.locator('.cards__row', { hasText: '2 号楼 301 张奶奶' }).filter({ visible: true });
    await card.locator('.cards__balance', { hasText: '0 积分' }).waitFor();
    const [newCard] = (await api<ApiPage<HouseholdCardResponse>>('demo-manager', '/cells/1/household-cards')).items;
    expect(newCard).toMatchObject({ holderName: '2 号楼 301 张奶奶', status: 'active', codeVersion: 1 });
    await card.locator('.cards__code', { hasText: newCard.code }).waitFor();
    await shot(page, 'manage-cards', false);
    const cardPdf = page.waitForEvent('download');
    await card.locator('.cards__action', { hasText: '打印' }).click();
    expect((await cardPdf).suggestedFilename()).toBe(`户卡-${newCard.code}.pdf`);
    await card.locator('.cards__action', { hasText: '补办' }).click();
    await confirmModal(page, '补办');
    await card.locator('.cards__code', { hasText: '第 2 版' }).waitFor();
    await page.context().close();
  });

  it('lets 陈主任 put a reward on the shelf of the community station, change its stock, withdraw it and offer it again', async () => {
    const page = await phone();
    await loginAs(page, '陈主任');
    await openHub(page);
    const community = page.locator('.hub__cell', { hasText: '幸福里小区' }).filter({ visible: true });
    await community.locator('.hub__tile', { hasText: '积分超市' }).click();
    const shop = page.locator('.shop__card').filter({ visible: true }).first();
    await shop.locator('.shop__reward').first().waitFor();

    await shop.locator('.shop__add').click();
    const inputs = page.locator('.sheet .form-field__input input').filter({ visible: true });
    await inputs.nth(0).fill('环保布袋');
    await inputs.nth(1).fill('0');
    await inputs.nth(2).fill('40');
    await page.locator('.shop__submit').filter({ visible: true }).click();
    await page.getByText('请填 1 到 100000 之间的整数').filter({ visible: true }).waitFor();
    await inputs.nth(1).fill('60');
    await page.locator('.shop__submit').filter({ visible: true }).click();
    const reward = shop.locator('.shop__reward', { hasText: '环保布袋' });
    await reward.locator('.shop__stock', { hasText: '库存 40' }).waitFor();

    await reward.click();
    await inputs.nth(2).fill('0');
    await page.locator('.shop__submit').filter({ visible: true }).click();
    await reward.locator('.shop__stock', { hasText: '已兑完' }).waitFor();

    // Off the shelf: residents no longer see it, the manager still does and can put it back.
    await reward.click();
    await page.locator('.shop__toggle', { hasText: '下架' }).filter({ visible: true }).click();
    await confirmModal(page, '下架');
    await reward.locator('.shop__stock', { hasText: '已下架' }).waitFor();
    await shot(page, 'manage-shop', false);
    const shopId = (await api<ApiPage<{ id: number }>>('demo-manager', '/shops?cellId=1')).items[0].id;
    const offered = await api<ApiPage<{ name: string }>>('demo-resident', `/rewards?shopId=${shopId}&pageSize=100`);
    expect(offered.items.map((r) => r.name)).not.toContain('环保布袋');
    await reward.click();
    await page.locator('.shop__toggle', { hasText: '重新上架' }).filter({ visible: true }).click();
    await reward.locator('.shop__stock', { hasText: '已兑完' }).waitFor();
    await page.context().close();
  });

  it('lets the admin give 李大爷 the collector role and an inspector cell, then adjust his points', async () => {
    const page = await phone();
    await loginAs(page, '市级管理员');
    await openHub(page);
    await page.locator('.hub__tile', { hasText: '用户与角色' }).filter({ visible: true }).click();
    await page.locator('.search-bar__input input').filter({ visible: true }).fill('李大爷');
    const row = page.locator('.users__row', { hasText: '李大爷' }).filter({ visible: true });
    await row.waitFor();
    await shot(page, 'admin-users', false);

    await row.click();
    await page.locator('.sheet__title', { hasText: '李大爷 的角色' }).filter({ visible: true }).waitFor();
    await page.locator('.roles-sheet__switch--collector').filter({ visible: true }).click();
    const inspector = page.locator('.roles-sheet__role', { hasText: '督导员' }).filter({ visible: true });
    await inspector.locator('.roles-sheet__add').click();
    await inspector.locator('.roles-sheet__search-input input').fill('幸福里');
    await inspector.locator('.roles-sheet__result', { hasText: '幸福里小区' }).click();
    await inspector.locator('.roles-sheet__chip', { hasText: '幸福里小区' }).waitFor();
    publish(await shot(page, 'admin-roles', false), 'admin-roles.png');
    await page.locator('.roles-sheet__save').filter({ visible: true }).click();
    await row.locator('.users__role', { hasText: '回收员' }).waitFor();
    await row.locator('.users__role', { hasText: '督导员' }).waitFor();

    const [villager] = (await api<ApiPage<UserResponse>>('demo-admin', `/users?q=${encodeURIComponent('李大爷')}`))
      .items;
    expect(villager.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'collector' }),
        expect.objectContaining({ role: 'inspector', scopeKind: 'cell', scopeId: 1 }),
      ]),
    );

    // Points: pick the user, add 30 with a reason, confirm; the request carries an Idempotency-Key.
    const before = (await api<BalanceResponse>('demo-villager', '/points')).balance;
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/points/adjustments')) keys.push(request.headers()['idempotency-key'] ?? '');
    });
    await page.goBack();
    await page.locator('.hub__tile', { hasText: '积分调整' }).filter({ visible: true }).click();
    await page.locator('.search-bar__input input').filter({ visible: true }).fill('李大爷');
    await page.locator('.adjust__user', { hasText: '李大爷' }).filter({ visible: true }).click();
    await page.locator('.adjust__amount input').filter({ visible: true }).fill('30');
    await page.locator('.adjust__submit').filter({ visible: true }).click();
    await page.getByText('请写明原因（2–200 个字）').filter({ visible: true }).waitFor();
    await page.locator('.adjust__reason textarea').filter({ visible: true }).fill('补记 11 月 3 日扫码失败的投放');
    await shot(page, 'admin-adjust-form', false);
    await page.locator('.adjust__submit').filter({ visible: true }).click();
    await confirmModal(page, '确认调整');
    await expectText(page, '.adjust__done-amount', '+30 积分');
    await expectText(page, '.adjust__done-line', `「李大爷」现有 ${before + 30} 积分`);
    await shot(page, 'admin-adjust-done', false);
    expect((await api<BalanceResponse>('demo-villager', '/points')).balance).toBe(before + 30);
    expect(keys).toHaveLength(1);
    expect(keys[0].length).toBeGreaterThanOrEqual(8);
    await page.context().close();
  });

  it('lets the admin filter cells, open a points shop, hide and restore a guide item, and dismiss a missed search', async () => {
    const page = await phone();
    await loginAs(page, '市级管理员');
    await openHub(page);
    await shot(page, 'admin-hub', false);

    await page.locator('.hub__tile', { hasText: '无废细胞' }).filter({ visible: true }).click();
    await page.locator('.cells__row').filter({ visible: true }).first().waitFor();
    await page.locator('.search-bar__input input').filter({ visible: true }).fill('实验小学');
    await page.locator('.cells__total', { hasText: '共 1 个无废细胞' }).filter({ visible: true }).waitFor();
    await page.locator('.cells__row', { hasText: '襄都区实验小学' }).filter({ visible: true }).click();
    const name = page.locator('.cell-edit__form .form-field__input input').filter({ visible: true }).first();
    await name.waitFor();
    expect(await name.inputValue()).toBe('襄都区实验小学');
    await page.locator('.cell-edit__link', { hasText: '垃圾桶与标签' }).filter({ visible: true }).waitFor();
    await shot(page, 'admin-cell-edit');

    // The school has no points shop: the admin opens one and names 刘店主 its shopkeeper.
    await page.locator('.cell-edit__link', { hasText: '积分超市' }).filter({ visible: true }).click();
    await page.locator('.state-view__action', { hasText: '开设积分超市' }).filter({ visible: true }).click();
    const inputs = page.locator('.sheet .form-field__input input').filter({ visible: true });
    await inputs.nth(0).fill('实验小学积分角');
    await inputs.nth(1).fill('刘店主');
    await page.locator('.shop__keeper', { hasText: '刘店主' }).filter({ visible: true }).click();
    await page.locator('.shop__keeper--picked', { hasText: '已选' }).filter({ visible: true }).waitFor();
    await shot(page, 'admin-open-shop', false);
    await page.locator('.shop__submit').filter({ visible: true }).click();
    await page.locator('.shop__name', { hasText: '实验小学积分角' }).filter({ visible: true }).waitFor();
    await page.getByText('还没有上架商品').filter({ visible: true }).waitFor();
    const keeper = await api<UserResponse>('demo-shopkeeper', '/me');
    const shops = await api<ApiPage<{ id: number; name: string }>>('demo-admin', '/shops?pageSize=100');
    const opened = shops.items.find((shop) => shop.name === '实验小学积分角');
    expect(keeper.roles).toContainEqual(expect.objectContaining({ role: 'shopkeeper', scopeId: opened?.id }));
    await page.goBack();
    await page.goBack();
    await page.locator('.search-bar__clear').filter({ visible: true }).click();
    await shot(page, 'admin-cells', false);
    await page.goBack();

    // A searched term that finds nothing shows up for the admin.
    await fetch(`${baseUrl()}/api/guide/search?q=${encodeURIComponent('火星石头')}`);
    await page.locator('.hub__tile', { hasText: '分类指南' }).filter({ visible: true }).click();
    await page.locator('.search-bar__input input').filter({ visible: true }).fill('易拉罐');
    const item = page.locator('.guide-admin__row', { hasText: '易拉罐' }).filter({ visible: true }).first();
    await item.waitFor();
    await item.locator('.guide-admin__toggle', { hasText: '隐藏' }).click();
    await item.locator('.guide-admin__hidden-tag').waitFor();
    await page.locator('.guide-admin__tab', { hasText: '已隐藏' }).filter({ visible: true }).click();
    await page.locator('.guide-admin__row', { hasText: '易拉罐' }).filter({ visible: true }).first().waitFor();
    await shot(page, 'admin-guide-hidden', false);
    const search = (await (await fetch(`${baseUrl()}/api/guide/search?q=ylg`)).json()) as GuideSearchResponse;
    expect(search.items).not.toContainEqual(expect.objectContaining({ name: '易拉罐' }));
    await page
      .locator('.guide-admin__row', { hasText: '易拉罐' })
      .filter({ visible: true })
      .first()
      .locator('.guide-admin__toggle', { hasText: '恢复' })
      .click();
    await page.getByText('没有找到“易拉罐”').filter({ visible: true }).waitFor();

    await page.locator('.guide-admin__misses').filter({ visible: true }).click();
    const miss = page.locator('.misses__row', { hasText: '火星石头' }).filter({ visible: true });
    await miss.waitFor();
    await shot(page, 'admin-misses', false);
    await miss.locator('.misses__action', { hasText: '忽略' }).click();
    await confirmModal(page, '忽略');
    await miss.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
