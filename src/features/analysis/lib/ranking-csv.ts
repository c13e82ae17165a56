import type { IndicatorRanking } from '../../../api/schemas/indicators';
import { csvFileName, toCsv } from './csv';

export interface RankingCsvWords {
  rank: string;
  name: string;
  id: string;
  numerator: string;
  denominator: string;
  /** The indicator's name with its unit, the value column's header. */
  value: string;
}

/** The ranking as CSV: headers in the UI's language, values unformatted (a spreadsheet does its own). */
export function rankingCsv(ranking: Pick<IndicatorRanking, 'items'>, words: RankingCsvWords): string {
  return toCsv(
    [words.rank, words.name, words.id, words.value, words.numerator, words.denominator],
    ranking.items.map((item) => [item.rank, item.name, item.id, item.value, item.numerator, item.denominator]),
  );
}

export function rankingFileName(subjectName: string, indicator: string, from: string, to: string): string {
  return csvFileName([subjectName, indicator, `${from}_${to}`]);
}
