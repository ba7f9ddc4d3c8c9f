import {
  type Page as ApiPage,
  type CellAlert,
  type CellResponse,
  type CellScoreResponse,
  chinaPeriodOf,
  type EvidenceResponse,
  GRADE_LABELS,
  type HomeCellScoreResponse,
  type RubricResponse,
  type ScoreRankingItem,
  type ScoreTrendItem,
  shiftPeriod,
} from '@zerowaste/shared';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describeBrowser, publish, shot, useBrowserHarness } from './support/harness';

// 陈主任 (cell manager) opens 幸福里小区's score, reads the breakdown and the trend, and uploads evidence
// with a photo; the city admin ranks the cells, exports the ranking, sees the map and the trend, and
// approves that evidence; a resident sees the home cell's grade on the home page. The demo seed gives
// every demo cell a score history, so the pages show real months on first start.

const LAST_PERIOD = shiftPeriod(chinaPeriodOf(new Date()), -1);
const HOME_CELL_ID = 1; // 幸福里小区, 陈主任's and 王阿姨's
const EVIDENCE_NOTE = '11月在3号楼开展入户宣传，发放宣传册120份（H5 测试）';

/** 86.5 → "86.5", 90 → "90", as the pages print totals. */
function score(value: number): string {
  return String(Math.round(value * 10) / 10);
}

describeBrowser('H5 scoring pages in Chromium', () => {
  const { phone, baseUrl, loginAs, expectText, openTab, demoToken } = useBrowserHarness();

  async function api<T>(openid: string, path: string): Promise<T> {
    const res = await fetch(`${baseUrl()}/api${path}`, {
      headers: { Authorization: `Bearer ${await demoToken(openid)}` },
    });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async function send<T>(openid: string, method: string, path: string, body: object): Promise<T> {
    const res = await fetch(`${baseUrl()}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${await demoToken(openid)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  function shown(page: Page, selector: string, hasText?: string | RegExp) {
    return page.locator(selector, hasText === undefined ? {} : { hasText }).filter({ visible: true });
  }

  async function openHub(page: Page): Promise<void> {
    await openTab(page, '我的');
    await shown(page, '.me__row', '管理中心').click();
    await shown(page, '.hub__hero-title').waitFor();
  }

  it('shows a resident the home cell grade and rank on the home page', async () => {
    const res = await fetch(`${baseUrl()}/api/me/home-cell/score`, {
      headers: { Authorization: `Bearer ${await demoToken('demo-resident')}` },
    });
    expect(res.status).toBe(200);
    const home = (await res.json()) as HomeCellScoreResponse;
    const page = await phone();
    await loginAs(page, '王阿姨');
    await expectText(page, '.home-score__total', score(home.total));
    await expectText(page, '.home-score .grade-badge', GRADE_LABELS[home.grade]);
    expect(await shown(page, '.home-score__rank-value').textContent()).toBe(
      `第 ${home.rank.inRegion} / ${home.rank.ofInRegion}`,
    );
    await shot(page, 'score-home', false);
    await page.context().close();
  });

  it('tells a resident whose home cell has no score yet when scores come', async () => {
    // A cell opened today has no month scored; 张师傅 makes it his home cell.
    const created = await send<CellResponse>('demo-admin', 'POST', '/cells', {
      name: '新开无废小区（H5 测试）',
      type: 'community',
      regionCode: '130502001001',
      address: '新华路 1 号',
      households: 50,
    });
    await send('demo-collector', 'PATCH', '/me', { homeCellId: created.id });
    const page = await phone();
    await loginAs(page, '张师傅');
    await shown(page, '.home-score__empty').waitFor();
    expect(await shown(page, '.home-score__label').textContent()).toContain('新开无废小区（H5 测试）');
    expect(await shown(page, '.home-score__empty').textContent()).toContain('每月 1 日公布上个月的得分');
    expect(await shown(page, '.home-score__total').count()).toBe(0);
    await shot(page, 'score-home-empty', false);
    await page.context().close();
  });

  it("lets 陈主任 open the cell's breakdown and trend, and upload evidence with a photo", async () => {
    const trend = await api<ApiPage<ScoreTrendItem>>('demo-manager', `/cells/${HOME_CELL_ID}/scores`);
    // The demo history: several months, the last one scored.
    expect(trend.items.length).toBeGreaterThanOrEqual(3);
    const latest = trend.items[trend.items.length - 1];
    expect(latest.period).toBe(LAST_PERIOD);
    const detail = await api<CellScoreResponse>('demo-manager', `/cells/${HOME_CELL_ID}/scores/${LAST_PERIOD}`);

    const page = await phone();
    await loginAs(page, '陈主任');
    await openHub(page);
    await shown(page, '.hub__hero-score').click();

    // My cells: both of 陈主任's cells, each with the latest total and grade.
    const row = shown(page, '.cells__row', '幸福里小区');
    await row.locator('.cells__total').waitFor();
    expect(await row.locator('.cells__total').textContent()).toBe(score(latest.total));
    expect(await row.locator('.grade-badge').textContent()).toBe(GRADE_LABELS[latest.grade]);
    expect(await row.locator('.sparkline__bar').count()).toBe(Math.min(6, trend.items.length));
    await shown(page, '.cells__row', '襄都区实验小学').locator('.cells__total').waitFor();
    await shot(page, 'score-cells');

    // The breakdown: total, grade, ranks, every indicator and the things to fix, and the trend chart.
    await row.click();
    await expectText(page, '.cell__hero-total', score(detail.total));
    await expectText(page, '.cell__hero .grade-badge', GRADE_LABELS[detail.grade]);
    expect(await shown(page, '.cell__rank-value').allTextContents()).toEqual([
      `${detail.rank.inRegion}/${detail.rank.ofInRegion}`,
      `${detail.rank.inType}/${detail.rank.ofInType}`,
    ]);
    expect(await shown(page, '.cell__indicator').count()).toBe(detail.indicators.length);
    const first = detail.indicators[0];
    expect(await shown(page, '.cell__indicator-name').first().textContent()).toBe(first.name);
    expect(await shown(page, '.cell__fix-text').allTextContents()).toEqual(detail.toFix.map((item) => item.message));
    // ECharts drew the trend on a canvas with pixels in it.
    const canvas = shown(page, '.echart canvas').first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box?.height).toBeGreaterThan(150);
    publish(await shot(page, 'score-cell'), 'score-cell.png');

    // The evidence checklist: submit a manual indicator with a photo.
    const rubric = await api<RubricResponse>('demo-manager', `/cells/${HOME_CELL_ID}/rubric`);
    const manual = rubric.indicators.find((indicator) => indicator.source === 'manual' && indicator.rule === 'yes_no');
    if (!manual) throw new Error('the community rubric has no manual yes/no indicator');
    await shown(page, '.cell__action', '证据清单').click();
    const item = shown(page, '.evidence__item', manual.name);
    await item.waitFor();
    await item.locator('.evidence__open').click();
    await item.locator('.evidence__choice', { hasText: '已做到' }).click();
    await item.locator('.evidence__textarea textarea').fill(EVIDENCE_NOTE);
    const photo = await sharp({
      create: { width: 320, height: 240, channels: 3, background: { r: 26, g: 127, b: 90 } },
    })
      .jpeg()
      .toBuffer();
    const chooser = page.waitForEvent('filechooser');
    await item.locator('.photo-grid__add').click();
    await (await chooser).setFiles({ name: 'publicity.jpg', mimeType: 'image/jpeg', buffer: photo });
    await item.locator('.photo-grid__image').first().waitFor();
    await shot(page, 'score-evidence-form');
    await item.locator('.evidence__submit').click();
    await item.locator('.evidence__status--pending').waitFor();
    // Let the "已提交" toast go before the picture.
    await page.waitForTimeout(2000);

    const pending = await api<ApiPage<EvidenceResponse>>(
      'demo-manager',
      `/cells/${HOME_CELL_ID}/evidence?status=pending&pageSize=100`,
    );
    const mine = pending.items.find((evidence) => evidence.note === EVIDENCE_NOTE);
    expect(mine).toMatchObject({ indicatorKey: manual.key, value: 1, period: chinaPeriodOf(new Date()) });
    expect(mine?.imageIds).toHaveLength(1);
    await shot(page, 'score-evidence');

    // The alerts, as the API finds them, or the all-clear.
    const alerts = await api<ApiPage<CellAlert>>('demo-manager', `/cells/${HOME_CELL_ID}/alerts`);
    await page.goBack();
    await shown(page, '.cell__action', '查看预警').click();
    await shown(page, '.cell-header__name', '幸福里小区').waitFor();
    if (alerts.total === 0) {
      await shown(page, '.state-view__title', '暂无预警').waitFor();
    } else {
      await shown(page, '.alerts__card').first().waitFor();
      expect(await shown(page, '.alerts__message').allTextContents()).toEqual(alerts.items.map((item) => item.message));
    }
    await shot(page, 'score-alerts');
    await page.context().close();
  });

  it('lets the admin rank the cells, export them, see the map and trend, and approve evidence', async () => {
    const ranking = await api<ApiPage<ScoreRankingItem>>('demo-admin', `/scores?period=${LAST_PERIOD}`);
    expect(ranking.total).toBeGreaterThan(1);

    const page = await phone();
    await loginAs(page, '市级管理员');
    await openHub(page);
    await shown(page, '.hub__tile', '排名看板').click();

    // The ranking, best first, as the API ranks it.
    await shown(page, '.ranking__count', `共 ${ranking.total} 个细胞`).waitFor();
    const names = await shown(page, '.ranking__name').allTextContents();
    expect(names).toEqual(ranking.items.map((item) => item.cellName));
    publish(await shot(page, 'score-ranking'), 'score-ranking.png');

    // One grade only.
    const grade = ranking.items[0].grade;
    const ofGrade = ranking.items.filter((item) => item.grade === grade);
    // Exactly the label: 达标 is also part of 未达标.
    await shown(page, '.filter-chips__chip', new RegExp(`^${GRADE_LABELS[grade]}$`)).click();
    await shown(page, '.ranking__count', `共 ${ofGrade.length} 个细胞`).waitFor();
    expect(await shown(page, '.ranking__name').allTextContents()).toEqual(ofGrade.map((item) => item.cellName));

    // The Excel export, fetched with the token.
    const download = page.waitForEvent('download');
    await shown(page, '.ranking__export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`无废细胞评分-${LAST_PERIOD}.xlsx`);
    const stream = await file.createReadStream();
    const head = await new Promise<string>((resolve) =>
      stream.once('data', (chunk) => resolve(String(chunk).slice(0, 2))),
    );
    expect(head).toBe('PK');

    // Cells by location, coloured by grade.
    await shown(page, '.dashboard-nav__tab', '分布图').click();
    await shown(page, '.map__chart .echart canvas').waitFor();
    const counts = await shown(page, '.map__count-value').allTextContents();
    expect(counts.map(Number).reduce((sum, count) => sum + count, 0)).toBe(ranking.total);
    await shot(page, 'score-map');

    // Six months of grades.
    await shown(page, '.dashboard-nav__tab', '趋势').click();
    await shown(page, '.trend__chart .echart canvas').waitFor();
    expect(await shown(page, '.trend__tr').count()).toBe(1 + 6);
    publish(await shot(page, 'score-trend'), 'score-trend.png');

    // The evidence 陈主任 sent: approve it.
    await shown(page, '.dashboard-nav__tab', '证据审核').click();
    const card = shown(page, '.review__card', EVIDENCE_NOTE);
    await card.waitFor();
    await card.locator('.photo-grid__image').waitFor();
    await shot(page, 'score-review');
    await card.locator('.review__button', { hasText: '通过' }).click();
    await card.waitFor({ state: 'detached' });
    const approved = await api<ApiPage<EvidenceResponse>>(
      'demo-admin',
      `/cells/${HOME_CELL_ID}/evidence?status=approved&pageSize=100`,
    );
    expect(approved.items.some((evidence) => evidence.note === EVIDENCE_NOTE)).toBe(true);
    await page.context().close();
  });
});
