import { useContext, type ReactNode } from 'react';
import { useAppStore } from '../../../store/hooks';
import { isOnly, isolated, type CodeDimension } from '../lib/cross-filter';
import { fill, useAnalysisStrings } from '../strings';
import { PrefetchChartsContext } from '../hooks/use-level';

/**
 * A chart segment as a control (cross-filter): it filters by its codes, as the filter panel would;
 * pressed while they are the only ones shown, and pressed again it shows everything. Pointed at or focused,
 * it fetches what the charts would show, so that the click redraws from the cache.
 */
export function FilterButton({ codes, name, children }: { codes: Partial<Record<CodeDimension, string>>; name: string; children: ReactNode }) {
  const s = useAnalysisStrings();
  const filters = useAppStore((state) => state.filters);
  const restoreFilters = useAppStore((state) => state.restoreFilters);
  const prefetch = useContext(PrefetchChartsContext);
  const pressed = (Object.entries(codes) as [CodeDimension, string][]).every(([dimension, code]) => isOnly(filters, dimension, code));
  return (
    <button
      type="button"
      className="analysis__filter-button"
      aria-pressed={pressed}
      title={fill(s.crossFilter.filterBy, { name })}
      onClick={() => restoreFilters(isolated(filters, codes))}
      onPointerEnter={() => prefetch(isolated(filters, codes))}
      onFocus={() => prefetch(isolated(filters, codes))}
    >
      {children}
    </button>
  );
}
