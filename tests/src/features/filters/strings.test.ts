import { describe, expect, it } from 'vitest';
import { fill, filtersEn, filtersZhCN } from '../../../../src/features/filters/strings';
import { issueStatuses, severities, violationCategories } from '../../../../src/api/schemas/enums';

const shape = (o: object): unknown =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' && v !== null ? shape(v as object) : typeof v]));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('filters strings', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(shape(filtersEn)).toEqual(shape(filtersZhCN));
    expect(placeholders(filtersEn.timeline.window)).toEqual(placeholders(filtersZhCN.timeline.window));
    expect(placeholders(filtersEn.timeline.histogram)).toEqual(placeholders(filtersZhCN.timeline.histogram));
  });

  it('names every contract code, with the product’s words', () => {
    expect(Object.keys(filtersZhCN.category)).toEqual([...violationCategories]);
    expect(Object.keys(filtersZhCN.severity)).toEqual([...severities]);
    expect(Object.keys(filtersZhCN.status)).toEqual([...issueStatuses]);
    expect(Object.values(filtersZhCN.category)).toEqual(['行为', '装置', '管理']);
    expect(Object.values(filtersZhCN.severity)).toEqual(['一般', '较严重', '严重']);
    expect(Object.values(filtersZhCN.status)).toEqual(['发现', '已派单', '整改中', '待验证', '已闭环']);
    expect([filtersZhCN.timeline.from, filtersZhCN.timeline.to]).toEqual(['时间窗口起', '时间窗口止']);
  });

  it('fills placeholders with text, leaving unknown ones', () => {
    expect(fill(filtersZhCN.timeline.window, { from: '2025年1月1日', to: '2025年1月31日' })).toBe('2025年1月1日 至 2025年1月31日');
    expect(fill('{{a}} {{b}}', { a: '<b>x</b>' })).toBe('<b>x</b> {{b}}');
  });
});
