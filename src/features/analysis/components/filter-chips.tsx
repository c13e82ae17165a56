import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/hooks';
import { CODE_DIMENSIONS, cleared, type CodeDimension } from '../lib/cross-filter';
import { useAnalysisStrings } from '../strings';

const ENUM_OF: Record<CodeDimension, 'category' | 'severity' | 'status' | 'workType'> = { categories: 'category', severities: 'severity', statuses: 'status', workTypes: 'workType' };

/**
 * The filters in force (the map's filter panel's, the URL's cat=, sev=, st=, wt=, overdue=1, and a period narrower
 * than the data's, from=/to=: the timeline's, or a drag across the trend) as chips: each clears its own.
 */
export function FilterChips() {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const filters = useAppStore((state) => state.filters);
  const restoreFilters = useAppStore((state) => state.restoreFilters);
  const changeTimeWindow = useAppStore((state) => state.changeTimeWindow);
  const chips: { key: CodeDimension | 'overdueOnly' | 'window'; text: string }[] = [];
  if (filters.from !== null || filters.to !== null) chips.push({ key: 'window', text: `${s.crossFilter.window}：${filters.from ?? '…'} — ${filters.to ?? '…'}` });
  for (const dimension of Object.keys(CODE_DIMENSIONS) as CodeDimension[]) {
    const picked: readonly string[] = filters[dimension];
    if (picked.length === CODE_DIMENSIONS[dimension].length) continue;
    const names = picked.map((code) => t(`enums.${ENUM_OF[dimension]}.${code}` as 'enums.status.found'));
    chips.push({ key: dimension, text: `${s.crossFilter[ENUM_OF[dimension]]}：${names.length > 0 ? names.join('、') : '—'}` });
  }
  if (filters.overdueOnly) chips.push({ key: 'overdueOnly', text: s.crossFilter.overdue });
  return (
    <div className="filter-chips">
      {chips.length > 0 ? (
        <ul aria-label={s.crossFilter.label}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="filter-chip"
                onClick={() => (chip.key === 'window' ? changeTimeWindow({ from: null, to: null }) : restoreFilters(cleared(filters, chip.key)))}
              >
                <span className="visually-hidden">{s.crossFilter.clear} </span>
                {chip.text}
                <span className="filter-chip__x" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="filter-chips__hint">{s.crossFilter.hint}</p>
    </div>
  );
}
