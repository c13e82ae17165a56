import { indicatorDefinition, isIndicatorKey } from '../api/indicator-catalogue';
import type { Language } from './view-options';

/*
 * An indicator's words for the reader, from the catalogue (the API's own labels as a fallback for a
 * key this build does not know): the place panel, the workspace's tiles and rankings all say it alike.
 */

/** The indicator's name in the reader's language. */
export function indicatorLabel(i: { key: string; label: string; labelEn: string }, language: Language): string {
  if (isIndicatorKey(i.key)) return indicatorDefinition(i.key).label[language === 'en' ? 'en' : 'zh'];
  return language === 'en' ? i.labelEn : i.label;
}

/** What follows the number: a rate's "per 100 …", days (`daysWord`); nothing for counts and percentages. */
export function indicatorUnitSuffix(i: { key: string; unit: string }, language: Language, daysWord: string): string {
  const per = isIndicatorKey(i.key) ? indicatorDefinition(i.key).per : undefined;
  if (per) return language === 'en' ? per.en : per.zh;
  return i.unit === 'days' ? daysWord : '';
}
