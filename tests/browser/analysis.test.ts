import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPixels, setUpAppAndBrowser, waitForMapReady } from './harness';
import { changedPixels, expectRowsInKeyClasses, settle } from './map-helpers';

/*
 * The analysis workspace (issue #10) as only a browser shows it: reached from the map by its link
 * (and its code fetched only then), a drill step from the ranking by click (URL and heading), back
 * walking up, the ranking's CSV download (BOM, Chinese header), and axe-core on the screen.
 */

const app = setUpAppAndBrowser();

const heading = (page: Page) => page.locator('h2.analysis__title');
const place = (page: Page) => new URL(page.url()).searchParams.get('at');
const analysisChunks = () => app.browser.requests.filter((url) => /\/assets\/analysis-screen-[^/]*\.js$/.test(url));

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; html: string }[];
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160) })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${JSON.stringify(n.target)} ${n.html}`));
}

describe('analysis workspace', () => {
  it('opens from the map, drills from the ranking, walks back up, exports CSV and passes axe', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/?account=bureau-manager`);
    const link = page.getByRole('navigation', { name: '功能切换' }).getByRole('link', { name: '分析', exact: true });
    await link.waitFor({ timeout: 60_000 });
    // The first screen has not fetched the workspace (nor ECharts with it).
    expect(analysisChunks()).toEqual([]);
    expect(await link.getAttribute('href')).toMatch(/^\/analysis(\?|$)/);

    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/analysis');
    await expect.poll(() => heading(page).textContent(), { timeout: 60_000 }).toBe('供电局 · 广州供电局');
    expect(analysisChunks().length).toBe(1);
    expect(place(page)).toBeNull();

    // The ranking lists the district bureaus; a click on one is a drill step (a new URL).
    const ranking = page.getByRole('table', { name: /下级排名/ });
    await ranking.waitFor({ timeout: 60_000 });
    const rows = ranking.locator('tbody tr');
    expect(await rows.count()).toBe(11);
    const first = rows.first().getByRole('button');
    const name = (await first.textContent()) ?? '';
    expect(name).toMatch(/供电局$/);
    const historyBefore = await page.evaluate(() => history.length);
    await first.click();
    await expect.poll(() => place(page)).toMatch(/^unit:U-\d{6}$/);
    expect(new URL(page.url()).pathname).toBe('/analysis');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    await expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe(`区局 · ${name}`);
    await expect.poll(() => page.getByRole('table', { name: /下级排名：各党支部/ }).count(), { timeout: 30_000 }).toBe(1);
    // The breadcrumb follows: bureau › this district bureau.
    expect(await page.getByRole('navigation', { name: '钻取路径' }).locator('li').allTextContents()).toEqual(['广州供电局', name]);

    // A reload reproduces the level.
    const drilled = page.url();
    await page.reload();
    await expect.poll(() => heading(page).textContent(), { timeout: 60_000 }).toBe(`区局 · ${name}`);
    expect(page.url()).toBe(drilled);

    // Back walks up: the bureau, then the map.
    await page.goBack();
    await expect.poll(() => place(page)).toBeNull();
    await expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe('供电局 · 广州供电局');
    expect(new URL(page.url()).pathname).toBe('/analysis');

    // The ranking as CSV: UTF-8 with a BOM (EF BB BF), the header in the UI's language.
    await page.getByRole('table', { name: /下级排名：各区局/ }).waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^广州供电局-.+\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n');
    expect(lines[0]).toBe('名次,名称,ID,台区年均违章数（起/台区·年）,分子,分母');
    expect(lines[1]).toMatch(/^1,[^,]+供电局,U-\d{6},[\d.]+,\d+,[\d.]+$/);
    expect(lines.filter((l) => l !== '').length).toBe(12);

    // A figure opens its definition (in Chinese) and the records behind it, each linked to the map.
    await page.getByRole('button', { name: '口径: 违章数' }).click();
    const dialog = page.getByRole('dialog', { name: /违章数：口径与明细/ });
    await dialog.waitFor();
    expect(await dialog.locator('dd').first().textContent()).toMatch(/违章起数/);
    const records = dialog.locator('.explain-dialog__table tbody tr');
    await records.first().waitFor({ timeout: 30_000 });
    expect(await records.count()).toBe(20);
    expect(await dialog.getByText(/^第 1–20 条，共 .+ 条$/).count()).toBe(1);
    const href = (await dialog.getByRole('link', { name: '在地图上查看' }).first().getAttribute('href')) ?? '';
    const onMap = new URL(href, app.server.url);
    expect(onMap.pathname).toBe('/');
    expect(onMap.searchParams.get('sel')).toMatch(/^violation:V\d+$/);
    await dialog.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => dialog.getByText(/^第 21–40 条/).count()).toBe(1);
    const inDialog = await seriousAxeViolations(page);
    if (inDialog.length) console.error(`axe on the definition dialog:\n${inDialog.join('\n')}`);
    expect(inDialog).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);


    // Every chart has its name and a table view.
    const trend = page.getByRole('img', { name: /近36个月每月违章数/ });
    await trend.waitFor();
    await page.getByRole('button', { name: '查看数据表' }).first().click();
    expect(await page.getByRole('table', { name: /违章趋势/ }).locator('tbody tr').count()).toBe(36);

    const severe = await seriousAxeViolations(page);
    if (severe.length) console.error(`axe on the analysis workspace:\n${severe.join('\n')}`);
    expect(severe).toEqual([]);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.close();
  }, 240_000);

  it('light theme, in English: a district bureau, named in English, passes axe and prints', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/analysis?account=bureau-manager&at=unit:U-440112&theme=light&lang=en`);
    await expect.poll(() => heading(page).textContent(), { timeout: 60_000 }).toBe('District bureau · Huangpu Power Supply Bureau');
    await page.getByRole('table', { name: 'Ranking: party branches' }).locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await page.getByRole('img', { name: /^Violations per month/ }).waitFor();
    await page.getByRole('img', { name: /^Issues opened and closed per month/ }).waitFor();
    await page.getByRole('table', { name: 'Issue closure funnel' }).waitFor();
    // The whole three years have no previous period in the data: the tiles compare among the district bureaus only.
    const tile = page.locator('.kpi-tile').first();
    await tile.locator('.kpi-compare').waitFor({ timeout: 30_000 });
    expect(await tile.locator('.kpi-compare dt').allTextContents()).toEqual(['vs average', 'Rank']);
    expect(await tile.locator('.kpi-compare dd').last().textContent()).toMatch(/^\d+ of 11$/);
    // English labels and units are long ("4+N" team completeness, per 100 worker-years): each tile holds its text.
    const spilling = await page.evaluate(() =>
      [...document.querySelectorAll('.analysis__kpis .kpi-tile')]
        .filter((t) => [...t.querySelectorAll('*')].some((el) => el.getBoundingClientRect().right > t.getBoundingClientRect().right + 0.5))
        .map((t) => t.querySelector('.kpi-tile__label')?.textContent),
    );
    expect(spilling).toEqual([]);
    // The district bureau's overdue open issues, the longest overdue first (earliest deadline), each saying how late.
    const overdue = page.getByRole('region', { name: /^Overdue open issues/ });
    await overdue.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const deadlines = await overdue.locator('tbody td:nth-child(3)').allTextContents();
    expect(deadlines.length).toBeGreaterThan(1);
    expect(deadlines.every((d) => /^\d{4}-\d{2}-\d{2} · (1 day|\d+ days) overdue$/.test(d))).toBe(true);
    expect(deadlines.map((d) => d.slice(0, 10))).toEqual(deadlines.map((d) => d.slice(0, 10)).sort());
    // English words are long: the status, the days overdue and the link wrap rather than push the table
    // wider than its box (the link cut off at the edge, the description a few characters a line).
    const box = overdue.locator('.explain-dialog__scroll');
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await box.getByRole('link').first().evaluate((a) => a.getBoundingClientRect().right <= a.closest('.explain-dialog__scroll')!.getBoundingClientRect().right)).toBe(true);
    const severe = await seriousAxeViolations(page);
    if (severe.length) console.error(`axe on the analysis workspace (light, en):\n${severe.join('\n')}`);
    expect(severe).toEqual([]);

    // Printed (A4 portrait is ~720 px wide): no app header, and the charts scaled into their frames.
    await page.setViewportSize({ width: 720, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    // The charts print as drawn on screen, scaled into their frames by their viewBox. A browser about to print
    // sends a resize; so does this check, each time it looks.
    const fits = () =>
      page.evaluate(() => {
        window.dispatchEvent(new Event('resize'));
        return [...document.querySelectorAll('.chart-frame__chart')].map((frame) => {
          const svg = frame.querySelector('svg');
          return svg !== null && svg.getBoundingClientRect().width <= frame.getBoundingClientRect().width + 1 && svg.getBoundingClientRect().height > 50;
        });
      });
    await expect.poll(fits, { timeout: 30_000 }).toEqual([true, true]);
    // And they stay so: a resize measured in print once collapsed a chart to nothing a frame later.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await fits()).toEqual([true, true]);
    await page.waitForTimeout(500);
    expect(await fits()).toEqual([true, true]);
    // The printed report lists the overdue issues whole (no scroll box, no pager).
    expect(await overdue.locator('.explain-dialog__pager').isVisible()).toBe(false);
    expect(await overdue.locator('.explain-dialog__scroll').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

    // At the bureau the ranking's district bureaus are named in English too (the API names them in Chinese).
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${app.server.url}/analysis?account=bureau-manager&theme=light&lang=en`);
    const names = page.getByRole('table', { name: 'Ranking: district bureaus' }).locator('tbody th');
    await expect.poll(() => names.count(), { timeout: 30_000 }).toBe(11);
    expect((await names.allTextContents()).filter((name) => !/^[A-Z][a-z]+ Power Supply Bureau$/.test(name))).toEqual([]);
    await page.close();
  }, 150_000);

  it('at 3840×2160 the charts’ type is at least the body text’s, and follows a resize; a tile compares with the previous period', async () => {
    const page = await app.browser.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${app.server.url}/analysis?account=bureau-manager&at=unit:U-440112&from=2026-01-01&to=2026-09-30`);
    const chart = page.locator('.analysis__trend-chart svg');
    await chart.waitFor({ timeout: 60_000 });
    // The smallest text the trend chart draws (axis labels, legend) against the page's body text.
    const sizes = () =>
      page.evaluate(() => {
        const texts = [...document.querySelectorAll('.analysis__trend-chart svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
        return { chart: Math.min(...texts), body: parseFloat(getComputedStyle(document.body).fontSize), count: texts.length };
      });
    await expect.poll(async () => (await sizes()).count).toBeGreaterThan(5);
    const desk = await sizes();
    expect(desk.chart).toBeGreaterThanOrEqual(desk.body);
    await page.setViewportSize({ width: 3840, height: 2160 });
    await expect.poll(async () => (await sizes()).body).toBeGreaterThan(30);
    await expect.poll(async () => (await sizes()).chart, { timeout: 10_000 }).toBeGreaterThanOrEqual((await sizes()).body);

    // 2026 to September against the 273 days before: every tile with a previous value says by how much.
    const tile = page.locator('.kpi-tile').first();
    await tile.locator('.kpi-compare').waitFor({ timeout: 30_000 });
    expect(await tile.locator('.kpi-compare dt').allTextContents()).toEqual(['较上期', '较同级平均', '同级排名']);
    expect(await tile.locator('.kpi-compare dd').first().textContent()).toMatch(/^[▲▼]?[+−][\d.,]+%$|^持平$/);
    expect(await page.getByText(/^对比：上期为 2025-04-03 至 2025-12-31/).count()).toBe(1);
    await page.close();
  }, 120_000);

  it('a click on a chart segment sets the map’s filters (URL and chips), the other charts follow, a chip clears it', async () => {
    const page = await app.browser.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${app.server.url}/analysis?account=bureau-manager&at=unit:U-440112&from=2026-01-01&to=2026-09-30`);
    const matrix = page.getByRole('table', { name: '违章类别 × 严重程度' });
    await matrix.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    const total = async () => (await matrix.locator('tfoot td').last().textContent()) ?? '';
    const before = await total();
    const funnelReached = () => page.getByRole('table', { name: '问题闭环漏斗' }).locator('tbody tr').first().locator('td').first().textContent();
    const funnelBefore = await funnelReached();

    // The trend's bars are SVG paths: click the tallest bar of the first category (行为违章, the first series).
    await page.locator('.analysis__trend-chart').scrollIntoViewIfNeeded();
    const bar = await page.evaluate(() => {
      const svg = document.querySelector('.analysis__trend-chart svg');
      const legendFill = [...(svg?.querySelectorAll('path') ?? [])].find((p) => p.getBoundingClientRect().height > 0)?.getAttribute('fill');
      const bars = [...(svg?.querySelectorAll('path') ?? [])].filter((p) => p.getAttribute('fill') === legendFill).map((p) => p.getBoundingClientRect());
      const tallest = bars.sort((a, b) => b.height - a.height)[0];
      return tallest ? { x: tallest.x + tallest.width / 2, y: tallest.y + tallest.height / 2 } : null;
    });
    expect(bar).not.toBeNull();
    await page.mouse.click(bar?.x ?? 0, bar?.y ?? 0);
    await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBe('behaviour');
    const chip = page.getByRole('list', { name: '当前筛选' }).getByRole('button');
    // The period of the link is a chip too, before the category.
    await expect.poll(() => chip.allTextContents()).toEqual(['清除筛选 时段：2026-01-01 — 2026-09-30×', '清除筛选 类别：行为违章×']);
    // The matrix and the funnel follow: only behaviour left, fewer in all.
    await expect.poll(total, { timeout: 30_000 }).not.toBe(before);
    expect(await matrix.locator('tbody tr').nth(1).locator('td').last().textContent()).toBe('0');
    await expect.poll(funnelReached, { timeout: 30_000 }).not.toBe(funnelBefore);

    // A severity from the matrix combines with it; each chip clears its own. While the new counts are on their
    // way (held back here), the matrix keeps the last ones on screen, marked busy, rather than a loading state.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/v1\/breakdown/, async (route) => {
      await held;
      await route.continue();
    });
    const frame = page.locator('.analysis__matrix-frame');
    const shown = await total();
    const monthly = page.waitForResponse((r) => r.url().includes('/api/v1/series/monthly') && r.url().includes('severity=severe'));
    await matrix.getByRole('button', { name: '严重', exact: true }).click();
    await expect.poll(() => frame.getAttribute('aria-busy')).toBe('true');
    expect(await total()).toBe(shown);
    // The charts switch together: the trend's months are in, but it waits for the matrix's answer.
    await monthly;
    await page.waitForTimeout(300);
    expect(await page.locator('.analysis__trend').getAttribute('aria-busy')).toBe('true');
    release();
    await expect.poll(() => frame.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    expect(await page.locator('.analysis__trend').getAttribute('aria-busy')).toBe('false');
    await page.unroute(/\/api\/v1\/breakdown/);
    await expect.poll(() => new URL(page.url()).searchParams.get('sev')).toBe('severe');
    await expect.poll(() => chip.count()).toBe(3);
    await chip.nth(1).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBeNull();
    expect(new URL(page.url()).searchParams.get('sev')).toBe('severe');
    await chip.nth(1).click();
    await expect.poll(() => chip.count()).toBe(1);
    await expect.poll(total, { timeout: 30_000 }).toBe(before);

    // Pointed at, a segment fetches what the charts would show: its click then redraws from the cache, at once
    // (never marked busy, no request of its own).
    const serious = matrix.getByRole('button', { name: '较严重', exact: true });
    const answered = (path: string) => page.waitForResponse((r) => r.url().includes(path) && r.url().includes('severity=serious'));
    const prefetched = Promise.all([answered('/api/v1/breakdown'), answered('/api/v1/series/monthly')]);
    await serious.hover();
    await prefetched;
    await page.waitForTimeout(200);
    const requestsBefore = app.browser.requests.filter((url) => url.includes('severity=serious')).length;
    await page.evaluate(() => {
      const watched = window as unknown as { busySeen: boolean };
      const matrixFrame = document.querySelector('.analysis__matrix-frame') as Element;
      watched.busySeen = false;
      new MutationObserver(() => {
        if (matrixFrame.getAttribute('aria-busy') === 'true') watched.busySeen = true;
      }).observe(matrixFrame, { attributes: true });
    });
    await serious.click();
    await expect.poll(total, { timeout: 2_000 }).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { busySeen: boolean }).busySeen)).toBe(false);
    expect(app.browser.requests.filter((url) => url.includes('severity=serious')).length).toBe(requestsBefore);
    await serious.click();
    await expect.poll(total, { timeout: 30_000 }).toBe(before);

    // A drag across the trend picks whole months as the period (the URL's from= and to=); its chip clears it.
    await page.locator('.analysis__trend-chart').scrollIntoViewIfNeeded();
    const plot = await page.locator('.analysis__trend-chart').boundingBox();
    if (!plot) throw new Error('no trend chart');
    const y = plot.y + plot.height * 0.5;
    await page.mouse.move(plot.x + plot.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * 0.45, y, { steps: 5 });
    await page.mouse.move(plot.x + plot.width * 0.6, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 30_000 }).not.toBe('2026-01-01');
    const period = new URL(page.url()).searchParams;
    const [from, to] = [period.get('from') ?? '', period.get('to') ?? ''];
    expect(from).toMatch(/^\d{4}-\d{2}-01$/);
    expect(to > from).toBe(true);
    // The last day of its month: the next day is the first of a month.
    expect(new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(8, 10)).toBe('01');
    // No category was picked by the drag's mouse-up on a bar.
    expect(new URL(page.url()).searchParams.get('cat')).toBeNull();
    await expect.poll(() => chip.allTextContents()).toEqual([`清除筛选 时段：${from} — ${to}×`]);
    await expect.poll(() => heading(page).locator('xpath=..').locator('.analysis__window').textContent(), { timeout: 30_000 }).toBe(`统计时段：${from} 至 ${to}`);
    await chip.first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
    expect(new URL(page.url()).searchParams.get('to')).toBeNull();
    await expect.poll(() => chip.count()).toBe(0);

    // A count opens the records behind it, as many as it says, each with its place on the map (once the
    // matrix shows this window's counts: until then it keeps the last window's, aria-busy).
    await expect.poll(() => page.locator('.analysis__matrix-frame').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    const cell = matrix.locator('tbody tr').first().locator('td').first().getByRole('button');
    const cellCount = (await cell.textContent())?.replace(/\D/g, '') ?? '';
    await cell.click();
    const records = page.getByRole('dialog', { name: /^行为违章 · 一般：记录明细/ });
    await expect.poll(() => records.locator('.explain-dialog__note').textContent(), { timeout: 30_000 }).toMatch(new RegExp(`共 ${Number(cellCount).toLocaleString('en-US')} 条`));
    expect(await records.getByRole('link', { name: '在地图上查看' }).count()).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await records.waitFor({ state: 'hidden' });

    // A work type filters like any segment (wt=): the matrix follows, and so does the map, on the GPU.
    const workTypes = page.getByRole('table', { name: '按作业类型' });
    const liveWorkRow = workTypes.locator('tbody tr').filter({ hasText: '带电作业' });
    // The count as shown (the button's first text; the rest is its name for screen readers).
    const liveWork = await liveWorkRow.locator('td').first().locator('button').evaluate((el) => el.firstChild?.textContent ?? '');
    const everything = await total();
    await liveWorkRow.getByRole('button', { name: '带电作业', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('wt')).toBe('live_work');
    await expect.poll(() => chip.allTextContents()).toEqual(['清除筛选 作业类型：带电作业×']);
    await expect.poll(total, { timeout: 30_000 }).not.toBe(everything);
    expect(await total()).toBe(liveWork);
    await page.getByRole('navigation', { name: '功能切换' }).getByRole('link', { name: '地图' }).click();
    const map = await waitForMapReady(page, '地图');
    expect(new URL(page.url()).searchParams.get('wt')).toBe('live_work');
    await page.getByRole('checkbox', { name: '网格', exact: true }).uncheck();
    await settle(page, '地图');
    const filtered = await readPixels(page, map);
    // The filter panel shows the same filter (one state), and clears it.
    const expand = page.getByRole('button', { name: '展开违章筛选' });
    if (await expand.isVisible()) await expand.click();
    expect(await page.getByRole('checkbox', { name: '带电作业' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '巡视' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: '重置筛选' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('wt')).toBeNull();
    await settle(page, '地图');
    expect(changedPixels(filtered, await readPixels(page, map)), 'pixels changed by clearing the work type').toBeGreaterThan(300);
    await page.close();
  }, 180_000);

  it('a branch secretary’s workspace opens on their own branch', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/analysis?account=secretary-B-440112-01`);
    await expect.poll(() => place(page), { timeout: 60_000 }).toBe('branch:B-440112-01');
    await expect.poll(() => heading(page).textContent(), { timeout: 60_000 }).toMatch(/党支部/);
    // Its zones are ranked each in its class's colour on the map, under the map's key to the classes.
    await page.locator('.analysis__ranking-key .class-key__step').first().waitFor({ timeout: 30_000 });
    await page.locator('.analysis__ranking tbody .class-swatch').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.analysis__ranking-key .class-key__title').textContent()).toMatch(/^网格着色 · /);
    expect(await expectRowsInKeyClasses(page, { key: '.analysis__ranking-key', row: '.analysis__ranking tbody tr', value: 'td.num:nth-of-type(2)' })).toBeGreaterThan(1);
    await page.close();
  }, 120_000);
});
