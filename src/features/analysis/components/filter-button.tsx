import type { ReactNode } from 'react';
import type { CodeDimension } from '../../../store/filters-slice';
import { useClearFilter, useFilters, useIsolateFilter } from '../../../store/hooks';
import { fill, useAnalysisStrings } from '../strings';

/**
 * A chart segment as a control (cross-filter): it filters by its codes, as the filter panel would;
 * pressed while they are the only ones shown, and pressed again it shows everything.
 */
export function FilterButton({ codes, name, children }: { codes: Partial<Record<CodeDimension, string>>; name: string; children: ReactNode }) {
  const s = useAnalysisStrings();
  const filters = useFilters();
  const isolate = useIsolateFilter();
  const clear = useClearFilter();
  const entries = Object.entries(codes) as [CodeDimension, string][];
  const only = (dimension: CodeDimension, code: string) => filters[dimension].length === 1 && filters[dimension][0] === code;
  const pressed = entries.every(([dimension, code]) => only(dimension, code));
  const click = () => {
    for (const [dimension, code] of entries) {
      if (pressed) clear(dimension);
      else if (!only(dimension, code)) isolate(dimension, code);
    }
  };
  return (
    <button type="button" className="analysis__filter-button" aria-pressed={pressed} title={fill(s.crossFilter.filterBy, { name })} onClick={click}>
      {children}
    </button>
  );
}
