import { describe, expect, it } from 'vitest';
import { analysisEn, analysisZhCN, fill } from '../../../../src/features/analysis/strings';

const shape = (o: object): unknown =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' && v !== null ? shape(v as object) : typeof v]));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const leaves = (o: object, path = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? leaves(v as object, `${path}${k}.`) : [[`${path}${k}`, String(v)] as [string, string]]));

describe('analysis strings', () => {
  it('have the same keys and placeholders in both languages', () => {
    expect(shape(analysisEn)).toEqual(shape(analysisZhCN));
    const en = new Map(leaves(analysisEn));
    for (const [key, zh] of leaves(analysisZhCN)) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(zh));
  });

  it('fill placeholders and leave unknown ones', () => {
    expect(fill(analysisZhCN.window, { from: '2023-10-01', to: '2026-09-30' })).toBe('统计时段：2023-10-01 至 2026-09-30');
    expect(fill('{{a}} {{b}}', { a: 1 })).toBe('1 {{b}}');
  });
});
