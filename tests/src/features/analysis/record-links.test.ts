import { describe, expect, it } from 'vitest';
import { recordsListOf } from '../../../../src/api/queries/records';
import { issueHref, violationMapHref } from '../../../../src/features/analysis/lib/record-links';
import { parseUrlState } from '../../../../src/lib/url-state';

const context = { place: { level: 'unit', id: 'U-440112' }, lang: 'zh-CN', theme: 'dark' } as const;

describe('record links', () => {
  it('a violation opens selected on the map, at the reader’s place, and the URL schema reads it back', () => {
    const href = violationMapHref('V-000123', context);
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/');
    const state = parseUrlState(url.search, url.pathname);
    expect(state.selection).toEqual({ kind: 'violation', id: 'V-000123' });
    expect(state.place).toEqual(context.place);
  });

  it('an issue from a violation opens that violation; any other issue opens in the issues workspace', () => {
    expect(issueHref({ id: 'I-1', violationId: 'V-9' }, context)).toBe(violationMapHref('V-9', context));
    const url = new URL(issueHref({ id: 'IS-3-1', violationId: null }, { ...context, lang: 'en' }), 'http://localhost');
    expect(url.pathname).toBe('/issues');
    const state = parseUrlState(url.search, url.pathname);
    expect([state.issues.open, state.lang]).toEqual(['IS-3-1', 'en']);
  });
});

describe('recordsListOf', () => {
  it('reads the list and its filters from the API’s link, without paging', () => {
    const target = recordsListOf('/api/v1/issues?zoneId=Z-1&from=2026-01-01&to=2026-09-30&status=found,assigned&overdue=true&offset=40&limit=5');
    expect(target?.list).toBe('issues');
    expect(Object.fromEntries(target?.search ?? [])).toEqual({ zoneId: 'Z-1', from: '2026-01-01', to: '2026-09-30', status: 'found,assigned', overdue: 'true' });
    expect(recordsListOf('/api/v1/violations?memberId=M-1')?.list).toBe('violations');
  });

  it('no other list, and nothing outside the API', () => {
    expect(recordsListOf('/api/v1/teams?unitId=U-1&kind=grid')).toBeNull();
    expect(recordsListOf('/api/v1/marketing?unitId=U-1')).toBeNull();
    expect(recordsListOf('/violations')).toBeNull();
  });
});
