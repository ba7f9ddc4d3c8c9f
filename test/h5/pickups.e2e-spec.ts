import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Page as ApiPage,
  type BalanceResponse,
  chinaDateOf,
  type PickupAreaResponse,
  type PickupResponse,
  type PickupSlotResponse,
  type RecyclingSummaryResponse,
} from '@zerowaste/shared';
import type { Page } from 'playwright-core';
import { describeBrowser, publish, ROOT, shot, useBrowserHarness } from './support/harness';

// Doorstep pickups end to end in Chromium: 王阿姨 books a slot (a closed one shown as such), sees it
// on her home page and in 我的预约; 张师傅 (the demo collector) finds it in his round, sets out and
// weighs it; 王阿姨 then sees the points, the kg and the CO2e, and rates the visit.

const ADDRESS = '幸福里小区 3 号楼 2 单元 501（H5 测试）';
const PHONE = '13812345678';
const PAPER_KG = 8;
const POINTS_PER_KG: Record<string, number> = JSON.parse(readFileSync(join(ROOT, 'config', 'points.json'), 'utf8'))
  .pickup.pointsPerKg;

// A toast (Taro.showToast, 1.5 s) has gone before the picture.
const TOAST_MS = 1600;

/** As the mini-program writes kg (utils/format.ts): at most one decimal. */
const kg = (value: number) => `${Number(value.toFixed(1))} kg`;

describeBrowser('H5 doorstep pickups in Chromium', () => {
  const { phone, baseUrl, loginAs, expectText, openTab, demoToken } = useBrowserHarness();

  async function api<T>(openid: string, method: string, path: string, body?: object): Promise<T> {
    const res = await fetch(`${baseUrl()}/api${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await demoToken(openid)}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  const visible = (page: Page, selector: string, hasText?: string | RegExp) =>
    page.locator(selector, hasText === undefined ? undefined : { hasText }).filter({ visible: true });

  let before: { balance: number; recycling: RecyclingSummaryResponse };
  let booking: PickupResponse;

  it('lets 王阿姨 book a slot (a closed one cannot be chosen) and shows it on her home page', async () => {
    before = {
      balance: (await api<BalanceResponse>('demo-resident', 'GET', '/points')).balance,
      recycling: await api<RecyclingSummaryResponse>('demo-resident', 'GET', '/me/recycling'),
    };
    // The admin closes the area's last slot of the week, as for a holiday.
    const [area] = (await api<ApiPage<PickupAreaResponse>>('demo-admin', 'GET', '/pickup-areas')).items;
    const slots = await api<PickupSlotResponse[]>('demo-admin', 'GET', `/pickups/slots?days=7&areaId=${area.id}`);
    const holiday = slots[slots.length - 1];
    await api('demo-admin', 'PATCH', `/pickup-slots/${holiday.id}`, { closed: true });

    const page = await phone();
    await loginAs(page, '王阿姨');
    await visible(page, '.home__service', '预约回收').click();
    await visible(page, '.book__category', '废纸').click();
    const estimate = visible(page, '.kg-row', '废纸');
    for (let i = 5; i < PAPER_KG; i++) await estimate.locator('.kg-row__step', { hasText: '+' }).click();
    expect(await estimate.locator('input').inputValue()).toBe(String(PAPER_KG));
    await visible(page, '.book__address textarea').fill(ADDRESS);
    await visible(page, '.book__phone input').fill(PHONE);
    await visible(page, '.book__slot--disabled', '暂停预约').first().waitFor();
    await shot(page, 'pickup-book-slots', false);
    await visible(page, '.book__slot:not(.book__slot--disabled)').first().click();
    await visible(page, '.book__section-title').first().scrollIntoViewIfNeeded();
    publish(await shot(page, 'pickup-book', false), 'pickup-book.png');

    await visible(page, '.book__review').click();
    await visible(page, '.sheet__title', '确认预约').waitFor();
    await visible(page, '.book__summary-value', `废纸 约${kg(PAPER_KG)}`).waitFor();
    await shot(page, 'pickup-confirm', false);
    await visible(page, '.book__confirm').click();

    await expectText(page, '.pickup-detail__booked-title', '预约成功');
    await expectText(page, '.pickup-facts .pickup-status', '已预约');
    await visible(page, '.pickup-facts__value', PHONE).waitFor();
    await visible(page, '.pickup-facts__value', '张师傅').waitFor();
    // Cancelling closes two hours before the slot, which may already be the case for this evening's.
    await visible(page, '.pickup-detail__cancel-text', /前可以取消|已过取消时间/).waitFor();
    publish(await shot(page, 'pickup-booked'), 'pickup-booked.png');

    const mine = await api<ApiPage<PickupResponse>>('demo-resident', 'GET', '/pickups/mine');
    const found = mine.items.find((p) => p.address.text === ADDRESS);
    if (!found) throw new Error('the booking is not among 王阿姨 bookings');
    booking = found;
    expect(booking.status).toBe('booked');
    // The demo seed's own booking of hers, readable with the demo key.
    expect(mine.items.some((p) => p.status === 'booked' && p.address.text.startsWith('幸福里小区 5 号楼'))).toBe(true);

    // The booking page replaced itself with the booking: back is the home page, with the next pickup on it.
    await page.goBack();
    await visible(page, '.next-pickup', '下次上门回收').waitFor();
    await shot(page, 'pickup-home', false);
    await page.context().close();
  });

  it('lets 张师傅 find it in his round, set out and weigh it', async () => {
    const page = await phone();
    await loginAs(page, '张师傅');
    await visible(page, '.home__staff-row', '上门回收任务').click();
    await visible(page, '.filter-chips__chip', '今天').waitFor();
    if (chinaDateOf(new Date(booking.slot.startsAt)) !== chinaDateOf(new Date())) {
      await visible(page, '.filter-chips__chip', '明天').click();
    }
    const stop = visible(page, '.round__stop', ADDRESS);
    await stop.waitFor();
    await stop.locator('.round__address', { hasText: ADDRESS }).waitFor();
    publish(await shot(page, 'pickup-round', false), 'pickup-round.png');

    await stop.locator('.btn', { hasText: '去上门' }).click();
    await visible(page, '.pickup-facts__value', PHONE).waitFor();
    await visible(page, '.btn', '出发上门').click();
    await expectText(page, '.pickup-facts .pickup-status', '回收员已出发');
    await page.waitForTimeout(TOAST_MS);

    await visible(page, '.kg-row', '废纸').locator('input').fill(String(PAPER_KG));
    await shot(page, 'pickup-weigh');
    await visible(page, '.btn', '完成称重，发放积分').click();
    await expectText(page, '.pickup-result__title', '称重完成，积分已发放');
    const points = PAPER_KG * POINTS_PER_KG.paper;
    await expectText(page, '.pickup-result__value', `+${points}`);
    await visible(page, '.visit__balance', `居民当前积分 ${before.balance + points}`).waitFor();
    await expectText(page, '.pickup-result__value', kg(PAPER_KG));
    await page.waitForTimeout(TOAST_MS);
    publish(await shot(page, 'pickup-completed', false), 'pickup-completed.png');
    await page.context().close();
  });

  it('shows 王阿姨 the points, the kg and the CO2e, and takes her rating', async () => {
    const after = await api<RecyclingSummaryResponse>('demo-resident', 'GET', '/me/recycling');
    expect(after.recycledKg).toBeCloseTo(before.recycling.recycledKg + PAPER_KG, 2);
    expect(after.co2eKg).toBeGreaterThan(before.recycling.co2eKg);
    const points = PAPER_KG * POINTS_PER_KG.paper;

    const page = await phone();
    await loginAs(page, '王阿姨');
    await expectText(page, '.home__balance', String(before.balance + points));
    await openTab(page, '我的');
    await expectText(page, '.me__recycling-value', kg(after.recycledKg));
    await expectText(page, '.me__recycling-value', kg(after.co2eKg));
    await shot(page, 'pickup-me', false);

    await visible(page, '.me__recycling').click();
    const row = visible(page, '.my-pickups__row', `+${points} 积分`);
    await row.locator('.pickup-status', { hasText: '已完成' }).waitFor();
    await shot(page, 'pickup-mine', false);
    await row.click();
    await expectText(page, '.pickup-result__value', `+${points}`);
    await expectText(page, '.pickup-result__value', kg(after.co2eKg - before.recycling.co2eKg));
    await visible(page, '.pickup-timeline__title', '已称重完成').waitFor();
    await visible(page, '.pickup-detail__star').nth(4).click();
    await visible(page, '.btn', '提交评价').click();
    await expectText(page, '.pickup-detail__card-title', '我的评价');
    await page.waitForTimeout(TOAST_MS);
    await visible(page, '.pickup-result').scrollIntoViewIfNeeded();
    publish(await shot(page, 'pickup-detail', false), 'pickup-detail.png');
    expect((await api<PickupResponse>('demo-resident', 'GET', `/pickups/${booking.id}`)).rating?.stars).toBe(5);
    await page.context().close();
  });
  it('lets 张师傅 mark the demo booking of tomorrow as missed, with the reason 王阿姨 then reads', async () => {
    const page = await phone();
    await loginAs(page, '张师傅');
    await visible(page, '.home__staff-row', '上门回收任务').click();
    await visible(page, '.filter-chips__chip', '明天').click();
    const stop = visible(page, '.round__stop', '幸福里小区 5 号楼');
    await stop.locator('.btn', { hasText: '去上门' }).click();
    await visible(page, '.btn', '未能上门').click();
    await visible(page, '.sheet__title', '未能上门回收').waitFor();
    await visible(page, '.visit__reason', '居民改约其他时间').click();
    await shot(page, 'pickup-missed', false);
    await visible(page, '.btn', '确认未上门').click();
    await expectText(page, '.pickup-facts .pickup-status', '未上门成功');
    await visible(page, '.pickup-timeline__title', '居民改约其他时间').waitFor();
    await page.context().close();

    const mine = await api<ApiPage<PickupResponse>>('demo-resident', 'GET', '/pickups/mine?status=missed');
    expect(mine.items.map((p) => p.missedReason)).toEqual(['居民改约其他时间']);
  });
});
