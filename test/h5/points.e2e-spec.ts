import type { Page as ApiPage, BinResponse } from '@zerowaste/shared';
import type { Page } from 'playwright-core';
import { describeBrowser, publish, shot, useBrowserHarness } from './support/harness';

// Guide search, scan-to-drop, the daily quiz, redeeming at the community station, and the
// shopkeeper handing the reward over: the resident's points loop end to end in Chromium.

describeBrowser('H5 points loop in Chromium', () => {
  const { phone, baseUrl, loginAs, expectText, openTab, demoToken } = useBrowserHarness();

  /** The labels of the demo community's bins, as the manager prints them. */
  async function bins(): Promise<BinResponse[]> {
    const token = await demoToken('demo-manager');
    const res = await fetch(`${baseUrl()}/api/cells/1/bins`, { headers: { Authorization: `Bearer ${token}` } });
    return ((await res.json()) as ApiPage<BinResponse>).items;
  }

  async function binQr(category: BinResponse['category']): Promise<string> {
    const bin = (await bins()).find((b) => b.category === category && b.status === 'active');
    if (!bin) throw new Error(`no ${category ?? 'station'} bin in the demo community`);
    return bin.qr;
  }

  async function balanceOnHome(page: Page): Promise<number> {
    await openTab(page, '首页');
    const text = page.locator('.home__balance:visible');
    await text.filter({ hasText: /^\d+$/ }).waitFor();
    return Number((await text.textContent())?.trim());
  }

  async function typeBinCode(page: Page, qr: string): Promise<void> {
    await page.locator('.home__points .code-entry__input input:visible').last().fill(qr);
    await page.locator('.home__points .code-entry__submit:visible').last().click();
  }

  let redemptionCode = '';
  let rewardName = '';

  it('finds 易拉罐 by its initials and opens its detail', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    await openTab(page, '分类');
    await page.locator('.sorting__input input:visible').last().fill('ylg');
    const row = page.locator('.sorting .guide-item-row:visible', { hasText: '易拉罐' }).first();
    await row.waitFor();
    expect(await row.locator('.category-chip').textContent()).toContain('可回收物');
    publish(await shot(page, 'sorting-search', false), 'sorting-search.png');

    await row.click();
    await expectText(page, '.guide-item__name', '易拉罐');
    await expectText(page, '.guide-item__category', '可回收物');
    await page.locator('.guide-item__tip-text:visible').last().waitFor();
    await shot(page, 'guide-item');

    await page.locator('.guide-item__more:visible').last().click();
    await page.locator('.guide-browse__title:visible', { hasText: '可回收物' }).last().waitFor();
    await page.locator('.guide-browse .guide-item-row:visible').first().waitFor();
    await shot(page, 'guide-browse', false);
    await page.context().close();
  });

  it('says a missed search was recorded and shows the four categories', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    await openTab(page, '分类');
    await page.locator('.sorting__input input:visible').last().fill('火星石头');
    await page.getByText('没找到“火星石头”？').filter({ visible: true }).first().waitFor();
    await page.getByText('已经记录下来').filter({ visible: true }).first().waitFor();
    expect(await page.locator('.sorting__card:visible').count()).toBe(4);
    await shot(page, 'sorting-miss', false);
    await page.context().close();
  });

  it('earns points for a typed bin code, then refuses the same bin during the cool-down', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    const before = await balanceOnHome(page);
    const qr = await binQr('recyclable');

    await typeBinCode(page, qr);
    await expectText(page, '.result-card__title', '投放成功');
    await expectText(page, '.result-card__highlight', '+2 积分');
    await page.locator('.result-card__line:visible', { hasText: `您的积分 ${before + 2}` }).waitFor();
    publish(await shot(page, 'scan-result', false), 'scan-result.png');

    await page.locator('.scan__home:visible').last().click();
    await expectText(page, '.home__balance', String(before + 2));

    await typeBinCode(page, qr);
    await expectText(page, '.result-card__title', '刚刚已在这里投放过，稍后再来');
    const hint =
      (await page.locator('.result-card__highlight:visible', { hasText: '分钟后' }).last().textContent())?.trim() ?? '';
    expect(hint).toMatch(/^\d+ 分钟后可再次获得积分$/);
    await shot(page, 'scan-cooldown', false);
    await page.locator('.scan__home:visible').last().click();
    await expectText(page, '.home__balance', String(before + 2));
    await page.context().close();
  });

  it('asks the category at a four-bin station', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    const before = await balanceOnHome(page);
    await typeBinCode(page, await binQr(null));
    await page.getByText('这是四分类投放站').filter({ visible: true }).first().waitFor();
    await shot(page, 'scan-station', false);
    await page.locator('.category-picker__button:visible', { hasText: '厨余垃圾' }).last().click();
    await expectText(page, '.result-card__title', '投放成功');
    await page.locator('.result-card__line:visible', { hasText: '厨余垃圾' }).last().waitFor();
    await page.locator('.result-card__line:visible', { hasText: `您的积分 ${before + 2}` }).waitFor();
    await page.context().close();
  });

  it('keeps a drop made without network and sends it with the same key on 重试', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    const before = await balanceOnHome(page);
    const keys: string[] = [];
    await page.route('**/api/drops', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      await route.abort('internetdisconnected');
    });
    await typeBinCode(page, await binQr('hazardous'));
    await expectText(page, '.result-card__title', '网络不好，已先保存');
    await page.locator('.scan__home:visible').last().click();
    await page.getByText('有 1 次投放待上传').filter({ visible: true }).first().waitFor();
    await shot(page, 'home-queued', false);

    await page.unroute('**/api/drops');
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/drops')) sent.push(request.headers()['idempotency-key'] ?? '');
    });
    await page.locator('.home__queue-button:visible', { hasText: '重试' }).last().click();
    await page.getByText('1 次投放已上传').filter({ visible: true }).first().waitFor();
    await expectText(page, '.home__balance', String(before + 2));
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set([...keys, ...sent]).size).toBe(1);
    await page.context().close();
  });

  it('answers the daily quiz once and shows the result again', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    await openTab(page, '分类');
    await page.locator('.sorting__quiz:visible').last().click();
    for (let i = 1; i <= 5; i++) {
      await expectText(page, '.quiz__progress-text', `第 ${i} / 5 题`);
      if (i === 1) await shot(page, 'quiz-question', false);
      await page.locator('.category-picker__button:visible').first().click();
    }
    await page.locator('.quiz__submit:visible').last().click();
    await page.locator('.quiz__score-value:visible').last().waitFor();
    expect(await page.locator('.quiz__answer:visible').count()).toBe(5);
    await page.locator('.quiz__balance:visible').last().waitFor();
    await shot(page, 'quiz-result');

    await page.reload();
    await page.locator('.quiz__score-value:visible').last().waitFor();
    expect(await page.locator('.quiz__answer:visible').count()).toBe(5);
    await page.context().close();
  });

  it('redeems a reward at 幸福里积分兑换站 and shows the code with its QR', async () => {
    const page = await phone();
    await loginAs(page, '王阿姨');
    const before = await balanceOnHome(page);
    await page.locator('.home__service:visible', { hasText: '积分兑换' }).last().click();
    const shop = page.locator('.rewards__shop:visible', { hasText: '幸福里积分兑换站' });
    await shop.waitFor();
    await shot(page, 'rewards');
    const item = shop
      .locator('.rewards__item')
      .filter({ has: page.locator('.rewards__redeem:not(.btn--disabled):visible') })
      .first();
    rewardName = ((await item.locator('.rewards__name').textContent()) ?? '').trim();
    const cost = Number.parseInt((await item.locator('.rewards__cost').textContent()) ?? '', 10);
    await item.locator('.rewards__redeem').click();
    await page
      .locator('.rewards__sheet-after:visible', { hasText: String(before - cost) })
      .last()
      .waitFor();
    await shot(page, 'redeem-confirm', false);
    await page.locator('.rewards__confirm:visible').last().click();

    const code = page.locator('.redemption__code:visible');
    await code.waitFor();
    redemptionCode = ((await code.textContent()) ?? '').replace(/\s+/g, '');
    expect(redemptionCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    await expectText(page, '.status-tag', '待领取');
    const qr = page.locator('.qr-code:visible');
    await qr.waitFor();
    const box = await qr.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(200);
    expect(box?.width).toBeCloseTo(box?.height ?? 0, 0);
    const src = (await qr.locator('img').getAttribute('src')) ?? '';
    expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    publish(await shot(page, 'redemption-code', false), 'redemption-code.png');
    await page.context().close();
  });

  it('lets the shopkeeper fulfil the typed code, and the resident then sees 已领取', async () => {
    expect(redemptionCode).not.toBe('');
    const shopkeeper = await phone();
    await loginAs(shopkeeper, '刘店主');
    await shopkeeper.locator('.home__staff-row:visible', { hasText: '核销兑换码' }).last().click();
    await shopkeeper.locator('.fulfil .code-entry__input input:visible').last().fill(redemptionCode.toLowerCase());
    await shopkeeper.locator('.fulfil .code-entry__submit:visible').last().click();
    await expectText(shopkeeper, '.result-card__title', '核销成功，请发放商品');
    await expectText(shopkeeper, '.result-card__highlight', rewardName);
    await shopkeeper.locator('.result-card__line:visible', { hasText: '兑换人：王阿姨' }).last().waitFor();
    await shot(shopkeeper, 'fulfil-success', false);

    // The same code a second time is refused.
    await shopkeeper.locator('.fulfil__next:visible').last().click();
    await shopkeeper.locator('.fulfil .code-entry__input input:visible').last().fill(redemptionCode);
    await shopkeeper.locator('.fulfil .code-entry__submit:visible').last().click();
    await expectText(shopkeeper, '.result-card__title', '兑换码已使用、取消或过期');
    await shot(shopkeeper, 'fulfil-refused', false);
    await shopkeeper.context().close();

    const page = await phone();
    await loginAs(page, '王阿姨');
    await openTab(page, '我的');
    await page.locator('.me__row:visible', { hasText: '我的兑换码' }).last().click();
    const row = page.locator('.redemptions__row:visible', { hasText: rewardName }).first();
    await row.waitFor();
    await expectText(page, '.redemptions__row .status-tag', '已领取');
    await shot(page, 'redemptions');
    await row.click();
    await page.getByText('在「幸福里积分兑换站」领取').filter({ visible: true }).first().waitFor();
    await page.context().close();
  });

  it('lets the inspector judge pending drops with one tap or all at once', async () => {
    const page = await phone();
    await loginAs(page, '赵督导');
    await page.locator('.home__staff-row:visible', { hasText: '检查投放' }).last().click();
    await page.locator('.inspect__drop:visible').first().waitFor();
    await shot(page, 'inspect');
    const first = page.locator('.inspect__drop:visible').first();
    await first.locator('.inspect__button--correct').click();
    await first.getByText('已标为投放正确').waitFor();
    if ((await page.locator('.inspect__button--correct:visible').count()) > 0) {
      await page.locator('.inspect__all:visible').last().click();
      await page
        .getByText(/已标记 \d+ 条为正确/)
        .filter({ visible: true })
        .first()
        .waitFor();
    }
    expect(await page.locator('.inspect__button--correct:visible').count()).toBe(0);
    await page.context().close();
  });
});
