import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Issue, IssuePage } from '../../src/api/schemas/issues';
import { launchBrowser, setUpAppAndBrowser, waitForMapReady, type BrowserSession } from './harness';
import { getJson, tokenFor } from './map-helpers';
import type { BranchRoster } from '../../src/api/schemas/org';

/*
 * Issue 12 §4–§7 in Chromium: a branch secretary assigns an issue and submits it for verification, the
 * district manager verifies and closes it in another browser, and the secretary sees it closed; two
 * pages on one issue, the second's write answered 412 and applied again with its comment kept; a deep
 * link out of scope; axe-core on the list and the detail. The server has a fresh data directory for
 * this file (the harness's), so these writes reach no other test file.
 */

const app = setUpAppAndBrowser();
const BRANCH = 'B-440112-01';
const SECRETARY = `secretary-${BRANCH}`;
const MANAGER = 'manager-U-440112';

let manager: BrowserSession;
beforeAll(async () => {
  manager = await launchBrowser({ width: 1366, height: 768 });
}, 60_000);
afterAll(async () => {
  await manager?.close();
});

async function issuesOf(query: string): Promise<Issue[]> {
  const token = await tokenFor(app.server.url, SECRETARY);
  return (await getJson<IssuePage>(app.server.url, `/issues?${query}`, token)).items;
}

/** The detail region, once it shows the issue. */
async function openDetail(page: Page, account: string, id: string): Promise<Locator> {
  await page.goto(`${app.server.url}/issues?account=${account}&issue=${id}`);
  const detail = page.getByRole('region', { name: '问题详情' });
  await detail.getByRole('heading', { name: new RegExp(id) }).waitFor({ timeout: 60_000 });
  return detail;
}

/** Opens an action's form, fills the comment, confirms, and waits for the saved message. */
async function act(detail: Locator, action: string, comment: string, before?: (form: Locator) => Promise<void>): Promise<void> {
  await detail.getByRole('button', { name: action, exact: true }).click();
  const form = detail.getByRole('form');
  await before?.(form);
  if (comment) await form.locator('textarea').fill(comment);
  await form.getByRole('button', { name: `确认${action}` }).click();
  await detail.getByRole('status').filter({ hasText: `已${action}` }).waitFor({ timeout: 30_000 });
}

const stateChip = (detail: Locator) => detail.locator('dd .state-chip');

/** The branch's closure rate (问题闭环率) in the secretary's branch panel on the map, over the window from a day to now, as its text. */
async function branchClosureRate(page: Page, from: string): Promise<string> {
  await page.goto(`${app.server.url}/?account=${SECRETARY}&at=branch:${BRANCH}&from=${from}`);
  const row = page.getByRole('complementary', { name: '当前位置', exact: true }).getByRole('row', { name: /问题闭环率/ });
  const value = row.locator('.branch-kpis__value');
  await value.waitFor({ timeout: 90_000 });
  return ((await value.textContent()) ?? '').replace(/[^\d.]/g, '');
}
const shanghaiDay = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

function axePath(): string {
  return createRequire(import.meta.url).resolve('axe-core/axe.min.js');
}

/** Serious or critical axe-core violations on the page, one line each. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath() });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} ${JSON.stringify(n.target)}`));
  });
}

describe('the issues workspace', () => {
  it('a secretary assigns and submits; the district manager verifies and closes; the secretary sees it closed', async () => {
    const [issue] = await issuesOf(`branchId=${BRANCH}&status=found&limit=1`);
    if (!issue) throw new Error(`no found issue in ${BRANCH}`);
    const page = await app.browser.newPage();
    // The branch's closure rate as the secretary's branch panel shows it, before; over the days since the issue
    // was found, so that closing one issue shows in the rate's one decimal.
    const since = issue.createdAt.slice(0, 10);
    const closureBefore = await branchClosureRate(page, since);
    const detail = await openDetail(page, SECRETARY, issue.id);

    // The list: the branch's open issues, this one among them, with a link that opens it.
    const list = page.getByRole('table');
    await expect.poll(() => list.getByRole('link', { name: new RegExp(issue.id) }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '我的问题' }).getAttribute('aria-current')).toBe('page');
    expect(await stateChip(detail).textContent()).toBe('发现');
    // A secretary may only assign a found issue.
    expect(await detail.getByRole('group', { name: '可执行的操作' }).getByRole('button').allTextContents()).toEqual(['派单']);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Assign: an assignee from the roster and a deadline, both required.
    const deadline = shanghaiDay(5);
    await act(detail, '派单', '请五日内整改', async (form) => {
      await form.getByRole('button', { name: '确认派单' }).click();
      await form.getByText('请选择责任人').last().waitFor();
      expect(await form.getByLabel('责任人（本支部成员）').getAttribute('aria-invalid')).toBe('true');
      await form.getByLabel('责任人（本支部成员）').selectOption({ index: 1 });
      await form.getByLabel('整改期限').fill(deadline);
    });
    expect(await stateChip(detail).textContent()).toBe('已派单');
    await act(detail, '开始整改', '');
    // Submitting for verification needs a comment: the error sits next to the field.
    await detail.getByRole('button', { name: '提交验收', exact: true }).click();
    const form = detail.getByRole('form');
    await form.getByRole('button', { name: '确认提交验收' }).click();
    const comment = form.getByLabel('整改情况说明（必填）');
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    const errorId = await comment.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('请填写整改情况说明');
    await comment.fill('已整改，现场复查合格');
    await form.getByRole('button', { name: '确认提交验收' }).click();
    await detail.getByRole('status').filter({ hasText: '已提交验收' }).waitFor();
    expect(await stateChip(detail).textContent()).toBe('待验收');
    // Verifying is not the secretary's: no action now, and the page says whose turn it is.
    expect(await detail.getByRole('group', { name: '可执行的操作' }).count()).toBe(0);
    await detail.getByText('已提交验收，等待区局管理人员验收闭环或驳回').waitFor();
    // The list refreshed after the write.
    await expect.poll(() => list.getByRole('row', { name: new RegExp(issue.id) }).textContent()).toContain('待验收');

    // The district manager, in another browser, verifies and closes it.
    const other = await manager.newPage();
    const managed = await openDetail(other, MANAGER, issue.id);
    expect(await managed.getByRole('group', { name: '可执行的操作' }).getByRole('button').allTextContents()).toEqual(['验收通过并闭环', '驳回']);
    await act(managed, '验收通过并闭环', '');
    expect(await stateChip(managed).textContent()).toBe('已闭环');
    await other.close();

    // The secretary sees it closed, with who closed it in the timeline, and the deadline they set.
    await page.reload();
    const again = page.getByRole('region', { name: '问题详情' });
    await again.getByRole('heading', { name: new RegExp(issue.id) }).waitFor({ timeout: 60_000 });
    expect(await stateChip(again).textContent()).toBe('已闭环');
    const entries = again.getByRole('listitem');
    const last = (await entries.allTextContents()).at(-1) ?? '';
    expect(last).toContain('验收通过并闭环');
    expect(last).toContain('待验收 → 已闭环');
    expect(last).toContain('管理人员');
    expect(await again.getByText(`${Number(deadline.slice(5, 7))}月${Number(deadline.slice(8))}日`).count()).toBeGreaterThan(0);
    // Closed issues are not in the default list (open states); ticking 已闭环, latest deadline first, lists it.
    expect(await page.getByRole('row', { name: new RegExp(issue.id) }).count()).toBe(0);
    await page.getByRole('checkbox', { name: '已闭环' }).check();
    await page.getByRole('combobox', { name: '排序' }).selectOption('-deadline');
    await expect.poll(() => page.getByRole('row', { name: new RegExp(issue.id) }).count(), { timeout: 30_000 }).toBe(1);
    expect(page.url()).toContain('state=found,assigned,rectifying,awaiting_verification,closed');
    expect(page.url()).toContain('sort=-deadline');

    // Back on the map, the branch's closure rate has moved (one more of the window's issues closed).
    const closureAfter = await branchClosureRate(page, since);
    expect(Number(closureAfter)).toBeGreaterThan(Number(closureBefore));
    await page.close();
  }, 180_000);

  it('two pages on one issue: the second write gets the 412 flow and applies again with its comment', async () => {
    const [issue] = await issuesOf(`branchId=${BRANCH}&status=rectifying&limit=1`);
    if (!issue) throw new Error(`no rectifying issue in ${BRANCH}`);
    const [first, second] = [await app.browser.newPage(), await app.browser.newPage()];
    const a = await openDetail(first, SECRETARY, issue.id);
    const b = await openDetail(second, SECRETARY, issue.id);

    // The second page begins to submit, and writes its comment.
    const mine = '第二个页面：已更换安全围栏并拍照';
    await b.getByRole('button', { name: '提交验收', exact: true }).click();
    await b.getByRole('form').locator('textarea').fill(mine);
    // Meanwhile the first page submits, and the district manager rejects it back to rectifying.
    await act(a, '提交验收', '第一个页面提交');
    const managerPage = await manager.newPage();
    const managed = await openDetail(managerPage, MANAGER, issue.id);
    await act(managed, '驳回', '照片不清，请补充');
    expect(await stateChip(managed).textContent()).toBe('整改中');
    await managerPage.close();

    await b.getByRole('button', { name: '确认提交验收' }).click();
    const conflict = b.getByRole('alert').filter({ hasText: '此问题在您打开后已被他人修改' });
    await conflict.waitFor({ timeout: 30_000 });
    // What happened since it was opened: the first page's submission and the manager's rejection.
    expect(await conflict.textContent()).toContain('照片不清，请补充');
    expect(await b.getByRole('form').locator('textarea').inputValue()).toBe(mine);
    await conflict.getByRole('button', { name: '按最新版本重新提交' }).click();
    await b.getByRole('status').filter({ hasText: '已提交验收' }).waitFor({ timeout: 30_000 });
    expect(await stateChip(b).textContent()).toBe('待验收');
    expect((await b.getByRole('listitem').allTextContents()).at(-1)).toContain(mine);
    expect(await seriousAxeViolations(second)).toEqual([]);
    await first.close();
    await second.close();
  }, 120_000);

  it('a deep link to another branch\'s issue says it is out of scope, and the API refuses the write', async () => {
    const [foreign] = await issuesOf('branchId=B-440112-02&status=rectifying&limit=1');
    if (!foreign) throw new Error('no issue in another branch');
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/issues?account=${SECRETARY}&issue=${foreign.id}`);
    const detail = page.getByRole('region', { name: '问题详情' });
    await detail.getByRole('heading', { name: '不在您的权限范围内' }).waitFor({ timeout: 60_000 });
    expect(await detail.getByRole('button').allTextContents()).toEqual(['返回我的问题']);
    await detail.getByRole('button', { name: '返回我的问题' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('issue')).toBeNull();
    await page.close();

    const token = await tokenFor(app.server.url, SECRETARY);
    const response = await fetch(`${app.server.url}/api/v1/issues/${foreign.id}/transitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '"x"' },
      body: JSON.stringify({ action: 'submit', comment: '越权' }),
    });
    expect(response.status).toBe(403);
  }, 90_000);

  it('the header holds a secretary\'s long names in English at 1366, 1600 and 1920 px: nothing runs under anything, the title whole', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/issues?account=${SECRETARY}&lang=en`);
    await page.locator('.freshness__value').waitFor({ timeout: 60_000 });
    await page.locator('.session-badge').waitFor();
    for (const width of [1366, 1600, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => {
        const over = (selector: string) => {
          const el = document.querySelector(selector);
          return el ? el.scrollWidth - el.clientWidth : null;
        };
        return { freshness: over('.freshness'), pages: over('.app-header__middle'), title: over('.app-header__title') };
      });
      expect(overflow, `${width} px`).toEqual({ freshness: 0, pages: 0, title: 0 });
    }
    await page.close();
  }, 90_000);

  it('a secretary signs in and lands on their branch; a member of the roster opens their page; another branch\'s member is out of scope', async () => {
    const page = await app.browser.newPage();
    // Signed out first: the pages of this file share one browser profile, and the tests above signed in.
    await page.goto(app.server.url);
    await page.evaluate(() => localStorage.removeItem('dangjian.session'));
    await page.reload();
    // The sign-in list (names masked): found by the branch id, as a secretary would search for it.
    const picker = page.getByRole('dialog', { name: '选择演示账号登录' });
    await picker.getByLabel('搜索账号').fill(BRANCH);
    const accounts = picker.getByRole('button');
    await expect.poll(() => accounts.count(), { timeout: 30_000 }).toBe(1);
    await accounts.first().click();

    // Landed: the URL says the branch (in the entry the sign-in had, none pushed), the map frames it, the panel shows its roster.
    await expect.poll(() => new URL(page.url()).searchParams.get('at'), { timeout: 60_000 }).toBe(`branch:${BRANCH}`);
    const panel = page.getByRole('complementary', { name: '当前位置', exact: true });
    await panel.getByText('我的支部', { exact: true }).waitFor({ timeout: 60_000 });
    const roster = await getJson<BranchRoster>(app.server.url, `/branches/${BRANCH}/roster`, await tokenFor(app.server.url, SECRETARY));
    const firstTeam = roster.teams.find((t) => t.kind === 'grid');
    const gridder = roster.people.find((p) => p.id === firstTeam?.memberIds[0]);
    if (!firstTeam || !gridder) throw new Error(`no grid team in ${BRANCH}`);
    const table = panel.getByRole('table', { name: new RegExp(`${firstTeam.memberIds.length} 名网格员`) }).first();
    await table.waitFor({ timeout: 60_000 });
    expect(await table.getByRole('row').count()).toBe(1 + firstTeam.memberIds.length + firstTeam.staffIds.length);
    await panel.getByRole('table', { name: /排名/ }).getByRole('row', { name: /问题闭环率/ }).waitFor({ timeout: 60_000 });
    await waitForMapReady(page, '地图');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The member page: from the roster, a history entry of its own; the map keeps up.
    await table.getByRole('button', { name: gridder.name, exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(`member:${gridder.id}`);
    const memberPanel = page.getByRole('complementary', { name: '当前位置', exact: true });
    await memberPanel.getByRole('heading', { name: gridder.name, level: 2 }).waitFor({ timeout: 60_000 });
    // "近 36 个月": the as-of month so far and the 35 before it, as the workspace counts them.
    await memberPanel.getByRole('img', { name: /每月身边违章，共 36 个月/ }).waitFor({ timeout: 60_000 });
    await memberPanel.getByRole('heading', { name: /身边违章（共 \d+ 起/ }).waitFor({ timeout: 60_000 });
    await memberPanel.getByRole('heading', { name: /包干台区（[1-9]\d* 个）/ }).waitFor({ timeout: 60_000 });
    // Whose violations are around them: the people they liaise with (staff, or members for a committee member), by name.
    const linked = gridder.liaisonIds.flatMap((id) => roster.people.find((p) => p.id === id)?.name ?? []);
    expect(linked.length).toBeGreaterThan(0);
    await memberPanel.getByText(linked.join('、'), { exact: true }).waitFor({ timeout: 60_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(`branch:${BRANCH}`);

    // Another branch's member: not in scope, with that branch's counts; the map is still the map.
    const manager = await tokenFor(app.server.url, 'bureau-manager');
    const foreign = (await getJson<BranchRoster>(app.server.url, '/branches/B-440112-02/roster', manager)).people.find((p) => p.kind === 'member');
    if (!foreign) throw new Error('no member in B-440112-02');
    await page.goto(`${app.server.url}/?at=member:${foreign.id}`);
    const refused = page.getByRole('complementary', { name: '当前位置', exact: true });
    await refused.getByRole('heading', { name: '不在您的权限范围内' }).waitFor({ timeout: 60_000 });
    await refused.getByText('人员汇总（仅数量）').waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).not.toContain(foreign.name);
    await refused.getByRole('button', { name: '回到我的支部' }).waitFor();
    await waitForMapReady(page, '地图');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  }, 240_000);
});
