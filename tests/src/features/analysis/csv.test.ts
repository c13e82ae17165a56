import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, toCsv, UTF8_BOM } from '../../../../src/features/analysis/lib/csv';
import { rankingCsv } from '../../../../src/features/analysis/lib/ranking-csv';
import type { RankingItem } from '../../../../src/api/schemas/indicators';

const makeItem = (over: Partial<RankingItem> = {}): RankingItem => ({
  rank: 1,
  id: 'U-440112',
  name: '黄埔供电局',
  value: 2.6,
  numerator: 5122,
  denominator: 196_000,
  records: null,
  ...over,
});

describe('CSV', () => {
  it('starts with the BOM, which UTF-8 encodes as EF BB BF', () => {
    const text = toCsv(['名次', '名称'], [[1, '黄埔供电局']]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Only one BOM, and the Chinese header right after it.
    expect(text.slice(1).startsWith('名次,名称\r\n')).toBe(true);
  });

  it('ends every line with CRLF (RFC 4180)', () => {
    expect(toCsv(['a', 'b'], [[1, 2], [3, 4]])).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n3,4\r\n`);
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('一行\n两行')).toBe('"一行\n两行"');
    expect(csvField('plain')).toBe('plain');
  });

  it('leaves empty what has no value, and writes numbers as they are', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(-3.25)).toBe('-3.25');
    expect(csvField(0)).toBe('0');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    // A number is a number, negative or not.
    expect(csvField(-1)).toBe('-1');
  });

  it('names files without characters Windows refuses', () => {
    expect(csvFileName(['广州供电局', '百人违章率 (起/百人)', '2023-10-01_2026-09-30'])).toBe('广州供电局-百人违章率_(起_百人)-2023-10-01_2026-09-30.csv');
  });
});

describe('ranking CSV', () => {
  const words = { rank: '名次', name: '名称', id: 'ID', value: '百次作业违章率（起/百次作业）', numerator: '分子', denominator: '分母' };

  it('has the headers in the UI language and one row per child, values unformatted', () => {
    const text = rankingCsv({ items: [makeItem(), makeItem({ rank: 2, id: 'U-440115', name: '南沙供电局', value: null, numerator: 0, denominator: 0 })] }, words);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('名次,名称,ID,百次作业违章率（起/百次作业）,分子,分母');
    expect(lines[1]).toBe('1,黄埔供电局,U-440112,2.6,5122,196000');
    // No value (a zero denominator) is an empty field, not 0 or "—".
    expect(lines[2]).toBe('2,南沙供电局,U-440115,,0,0');
    expect(lines[3]).toBe('');
  });

  it('escapes a hostile name', () => {
    const text = rankingCsv({ items: [makeItem({ name: '=cmd|"/c calc"!A1, 支部' })] }, words);
    expect(text.split('\r\n')[1]).toBe('1,"\'=cmd|""/c calc""!A1, 支部",U-440112,2.6,5122,196000');
  });
});
