import { describe, expect, it } from 'vitest';
import type { RankingItem } from '../../../../src/api/schemas/indicators';
import { RANKING_ROWS, rankingRows, shortName, wallKpisOf, WALL_KPIS } from '../../../../src/features/wall/lib/wall-kpis';
import { indicatorDefinition } from '../../../../src/api/indicator-catalogue';

const items = (n: number): RankingItem[] =>
  Array.from({ length: n }, (_, i) => ({ rank: i + 1, id: `Z-${String(i + 1).padStart(3, '0')}`, name: `网格${i + 1}`, value: i, numerator: i, denominator: 10, records: null }));
const shown = (rows: ReturnType<typeof rankingRows>) => rows.map((r) => (r.kind === 'gap' ? '…' : `${r.item.rank}${r.current ? '*' : ''}`));

describe('the key figures of a stop', () => {
  it('are the same six at every level, the rate per transformer district and year in place of per 100 operations for a zone (which has none)', () => {
    expect(wallKpisOf('unit')).toEqual(WALL_KPIS);
    const zone = wallKpisOf('zone');
    expect(zone).toHaveLength(6);
    expect(zone).toContain('violations_per_transformer_district_per_year');
    expect(zone.every((k) => (indicatorDefinition(k).levels as readonly string[]).includes('zone'))).toBe(true);
  });
});

describe('the rows of a ranking', () => {
  it('are the leaders while the current one is among them, marked', () => {
    expect(shown(rankingRows(items(64), 'Z-003'))).toEqual(['1', '2', '3*', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(shown(rankingRows(items(5), null))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keep the current one in view between its neighbours when it ranks lower, in as many rows', () => {
    const rows = rankingRows(items(64), 'Z-040');
    expect(rows).toHaveLength(RANKING_ROWS);
    expect(shown(rows)).toEqual(['1', '2', '3', '4', '5', '6', '7', '…', '39', '40*', '41']);
    // The last has no one below it: one leader more.
    expect(shown(rankingRows(items(64), 'Z-064'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '…', '63', '64*']);
    // Just past the leaders.
    expect(shown(rankingRows(items(64), 'Z-012'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '…', '11', '12*', '13']);
  });

  it('in fewer rows where fewer fit, the current one and its neighbours kept before any leader', () => {
    expect(shown(rankingRows(items(64), 'Z-040', 6))).toEqual(['1', '2', '…', '39', '40*', '41']);
    expect(shown(rankingRows(items(64), 'Z-040', 4))).toEqual(['…', '39', '40*', '41']);
    expect(shown(rankingRows(items(64), 'Z-040', 2))).toEqual(['…', '39', '40*', '41']);
    expect(shown(rankingRows(items(64), 'Z-002', 3))).toEqual(['1', '2*', '3']);
  });
});

describe('a ranked name under a heading that names its parent', () => {
  it('drops the parent’s name in front, or the words both end with, never the whole name', () => {
    expect(shortName('番禺供电局石壁东供电所党支部', '番禺供电局')).toBe('石壁东供电所党支部');
    expect(shortName('Yuexiu Power Supply Bureau', 'Guangzhou Power Supply Bureau')).toBe('Yuexiu');
    // Chinese unit names have no spaces: 越秀供电局 stays whole beside 广州供电局.
    expect(shortName('越秀供电局', '广州供电局')).toBe('越秀供电局');
    expect(shortName('Power Supply Bureau', 'Guangzhou Power Supply Bureau')).toBe('Power');
    expect(shortName('番禺供电局', '番禺供电局')).toBe('番禺供电局');
    expect(shortName('大沙网格', '')).toBe('大沙网格');
  });
});
