import { describe, expect, it } from 'vitest';
import { actionsFor, ISSUE_TRANSITIONS, ROLE_ACTIONS } from '../../../../src/api/issue-workflow';
import { issueStatuses, type IssueStatus } from '../../../../src/api/schemas/enums';
import type { Account } from '../../../../src/api/schemas/session';
import { dueOf, issueChanges, listFilterOf, sortIssues, waitingFor } from '../../../../src/features/issues/lib/issue-view';
import { draftErrors, transitionBody } from '../../../../src/features/issues/lib/transition-draft';
import { defaultIssuesView, formatUrlState, navigationKind, parseUrlState } from '../../../../src/lib/url-state';

const account = (role: Account['role'], unitId: string | null = null, branchId: string | null = null): Account => ({
  id: 'x',
  displayName: 'x',
  role,
  scope: { unitId, branchId },
});

describe('which actions a role sees, per state', () => {
  const table = (role: Account['role']) => Object.fromEntries(issueStatuses.map((s) => [s, actionsFor(role, s)]));

  it('a secretary runs the rectification and may reopen; the verification is not theirs', () => {
    expect(table('branch_secretary')).toEqual({
      found: ['assign'],
      assigned: ['start'],
      rectifying: ['submit'],
      awaiting_verification: [],
      closed: ['reopen'],
    });
  });

  it('managers only verify, reject and reopen', () => {
    for (const role of ['district_manager', 'bureau_manager'] as const) {
      expect(table(role)).toEqual({ found: [], assigned: [], rectifying: [], awaiting_verification: ['verify', 'reject'], closed: ['reopen'] });
    }
  });

  it('where a role has nothing to do, says whose turn it is', () => {
    expect(waitingFor('branch_secretary', 'awaiting_verification')).toBe('waitsForManager');
    expect(waitingFor('district_manager', 'rectifying')).toBe('waitsForBranch');
    expect(waitingFor('bureau_manager', 'found')).toBe('waitsForBranch');
  });

  it('every action leads somewhere else, and every state but none has a way on', () => {
    for (const [action, { from, to }] of Object.entries(ISSUE_TRANSITIONS)) expect(from, action).not.toBe(to);
    const reachable = new Set<IssueStatus>(Object.values(ISSUE_TRANSITIONS).map((t) => t.from));
    expect([...reachable].sort()).toEqual([...issueStatuses].sort());
    // Between them, the roles can take every action.
    const taken = new Set(Object.values(ROLE_ACTIONS).flat());
    expect([...taken].sort()).toEqual(Object.keys(ISSUE_TRANSITIONS).sort());
  });
});

describe('days left, in Asia/Shanghai', () => {
  const open = (deadline: string) => ({ status: 'rectifying' as const, deadline, daysOverdue: 0 });

  it('counts calendar days in Shanghai, not in UTC', () => {
    // 2026-11-30 23:30 in Shanghai is still 15:30 UTC on the 30th; 00:30 on 1 December in Shanghai is 16:30 UTC on the 30th.
    expect(dueOf(open('2026-12-01'), Date.parse('2026-11-30T23:30:00+08:00'))).toEqual({ kind: 'left', days: 1 });
    expect(dueOf(open('2026-12-01'), Date.parse('2026-12-01T00:30:00+08:00'))).toEqual({ kind: 'today' });
    expect(dueOf(open('2026-12-01'), Date.parse('2026-12-01T23:59:59+08:00'))).toEqual({ kind: 'today' });
    expect(dueOf(open('2026-12-01'), Date.parse('2026-12-02T00:00:00+08:00'))).toEqual({ kind: 'overdue', days: 1 });
    expect(dueOf(open('2026-11-01'), Date.parse('2026-12-01T08:00:00+08:00'))).toEqual({ kind: 'overdue', days: 30 });
  });

  it('a closed issue says whether it closed late, whatever the day', () => {
    expect(dueOf({ status: 'closed', deadline: '2026-01-01', daysOverdue: 3 }, Date.now())).toEqual({ kind: 'closed', daysLate: 3 });
    expect(dueOf({ status: 'closed', deadline: '2026-01-01', daysOverdue: 0 }, Date.now())).toEqual({ kind: 'closed', daysLate: 0 });
  });
});

describe('the list', () => {
  it('sorts by deadline either way, ties by id', () => {
    const items = [
      { id: 'b', deadline: '2026-02-01' },
      { id: 'a', deadline: '2026-03-01' },
      { id: 'c', deadline: '2026-02-01' },
    ];
    expect(sortIssues(items, 'deadline').map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(sortIssues(items, '-deadline').map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(items.map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });

  it('lists a secretary\'s branch, a district manager\'s district bureau, the bureau\'s everything', () => {
    const view = { states: ['found'] as const, lateOnly: true };
    expect(listFilterOf(account('branch_secretary', 'U-1', 'B-1'), view)).toEqual({ branchId: 'B-1', statuses: ['found'], overdue: true });
    expect(listFilterOf(account('district_manager', 'U-1'), { ...view, lateOnly: false })).toEqual({ unitId: 'U-1', statuses: ['found'] });
    expect(listFilterOf(account('bureau_manager'), view)).toEqual({ statuses: ['found'], overdue: true });
  });

  it('keeps its state in the URL: the open issue is a history entry, filters are not', () => {
    const base = parseUrlState('', '/issues');
    expect(base.issues).toEqual(defaultIssuesView());
    const opened = { ...base, issues: { ...base.issues, open: 'IV0000001' } };
    expect(navigationKind(base, opened)).toBe('push');
    expect(navigationKind(opened, { ...opened, issues: { ...opened.issues, lateOnly: true } })).toBe('replace');
    expect(formatUrlState(opened)).toBe('?issue=IV0000001');
    const odd = parseUrlState('?issue=<x>&state=nonsense&sort=up&late=yes', '/issues').issues;
    expect(odd).toEqual(defaultIssuesView());
    expect(parseUrlState('?state=', '/issues').issues.states).toEqual([]);
  });
});

describe('a 412: what changed since the issue was opened', () => {
  const seen = { status: 'rectifying' as const, assigneeId: 'M1', assigneeName: '张三', deadline: '2026-12-01' };

  it('names each field a person acts on that moved', () => {
    expect(issueChanges(seen, { ...seen, status: 'awaiting_verification', assigneeId: 'M2', assigneeName: '李四', deadline: '2026-12-09' })).toEqual([
      { field: 'status', from: 'rectifying', to: 'awaiting_verification' },
      { field: 'assignee', from: '张三', to: '李四' },
      { field: 'deadline', from: '2026-12-01', to: '2026-12-09' },
    ]);
  });

  it('is empty when only the version moved (a reject and a resubmit), and notices an assignment from none', () => {
    expect(issueChanges(seen, { ...seen })).toEqual([]);
    expect(issueChanges({ ...seen, assigneeId: null, assigneeName: null }, seen)).toEqual([{ field: 'assignee', from: null, to: '张三' }]);
  });
});

describe('the transition form', () => {
  const empty = { comment: '', assigneeId: '', deadline: '' };

  it('needs a comment to submit or reject, an assignee and a deadline not in the past to assign', () => {
    expect(draftErrors('submit', empty, '2026-11-30')).toEqual({ comment: 'missing' });
    expect(draftErrors('reject', { ...empty, comment: '  ' }, '2026-11-30')).toEqual({ comment: 'missing' });
    expect(draftErrors('start', empty, '2026-11-30')).toEqual({});
    expect(draftErrors('assign', empty, '2026-11-30')).toEqual({ assigneeId: 'missing', deadline: 'missing' });
    expect(draftErrors('reopen', { ...empty, assigneeId: 'M1', deadline: '2026-11-29' }, '2026-11-30')).toEqual({ deadline: 'past' });
    expect(draftErrors('assign', { ...empty, assigneeId: 'M1', deadline: '2026-11-30' }, '2026-11-30')).toEqual({});
    expect(draftErrors('verify', { ...empty, comment: '字'.repeat(2001) }, '2026-11-30')).toEqual({ comment: 'too-long' });
  });

  it('sends the action\'s own words where no comment was needed, and the assignee and deadline only where they apply', () => {
    const draft = { comment: '', assigneeId: 'M1', deadline: '2026-12-05' };
    expect(transitionBody('start', draft, '开始整改')).toEqual({ action: 'start', comment: '开始整改' });
    expect(transitionBody('assign', { ...draft, comment: ' 请按期整改 ' }, '已派单')).toEqual({ action: 'assign', comment: '请按期整改', assigneeId: 'M1', deadline: '2026-12-05' });
  });
});
