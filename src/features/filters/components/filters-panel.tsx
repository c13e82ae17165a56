import { memo, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { issueStatuses, severities, violationCategories, workTypes } from '../../../api/schemas/enums';
import { CATEGORY_COLORS, SEVERITY_COLORS, type Rgba } from '../../../layers/palette';
import {
  useCategoryFilter,
  useFiltersStrings,
  useOverdueOnly,
  useResetFilters,
  useSeverityFilter,
  useStatusFilter,
  useToggleCategory,
  useToggleOverdueOnly,
  useToggleSeverity,
  useToggleStatus,
  useToggleWorkType,
  useWorkTypeFilter,
} from '../hooks/use-filters';
import { useFiltersPanelOpen, useToggleFiltersPanel } from '../../../store/hooks';
import { fill } from '../strings';
import { activeFilterCount } from '../../../lib/url-state';
import './filters.css';

const css = (c: Rgba) => `rgb(${c[0]} ${c[1]} ${c[2]})`;

interface CheckboxGroupProps<T extends string> {
  legend: string;
  codes: readonly T[];
  labels: Record<T, string>;
  checked: readonly T[];
  onToggle: (code: T, on: boolean) => void;
  /** A swatch per code: the colour the map draws it in (the same palette as the legend). */
  colors?: Readonly<Record<T, Rgba>>;
  children?: ReactNode;
}

function CheckboxGroup<T extends string>({ legend, codes, labels, checked, onToggle, colors, children }: CheckboxGroupProps<T>) {
  return (
    <fieldset className="filters-panel__group">
      <legend className="filters-panel__legend">{legend}</legend>
      {codes.map((code) => (
        <label key={code} className="filters-panel__option">
          <input
            type="checkbox"
            checked={checked.includes(code)}
            onChange={(event) => onToggle(code, event.target.checked)}
          />
          {colors && <span className="filters-panel__swatch" style={{ background: css(colors[code]) }} aria-hidden="true" />}
          <span>{labels[code]}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}

/**
 * Category, severity, closure status (+ overdue only) and work type as checkbox groups; all checked shows everything.
 * Memoised: it takes no props, and the map screen re-renders at every window change, which it does not show.
 */
export const FiltersPanel = memo(function FiltersPanel() {
  const s = useFiltersStrings();
  // The work types' names are the app's (the details and the records say them too).
  const { t } = useTranslation();
  const workTypeLabels = Object.fromEntries(workTypes.map((w) => [w, t(`enums.workType.${w}`)])) as Record<(typeof workTypes)[number], string>;
  const titleId = useId();
  const categories = useCategoryFilter();
  const severityFilter = useSeverityFilter();
  const statuses = useStatusFilter();
  const workTypeFilter = useWorkTypeFilter();
  const overdueOnly = useOverdueOnly();
  const toggleCategory = useToggleCategory();
  const toggleSeverity = useToggleSeverity();
  const toggleStatus = useToggleStatus();
  const toggleWorkType = useToggleWorkType();
  const toggleOverdueOnly = useToggleOverdueOnly();
  const resetFilters = useResetFilters();
  const open = useFiltersPanelOpen();
  const toggle = useToggleFiltersPanel();
  const bodyId = useId();
  // How many dimensions filter something: shown while folded, so a filter is never forgotten.
  const active = activeFilterCount({ categories, severities: severityFilter, statuses, workTypes: workTypeFilter, overdueOnly });

  return (
    <section className={`filters-panel${open ? '' : ' filters-panel--closed'}`} aria-labelledby={titleId}>
      <div className="filters-panel__head">
        <h2 id={titleId} className="filters-panel__title">
          {s.panel.title}
        </h2>
        <span className={`filters-panel__summary${active ? ' filters-panel__summary--active' : ''}`}>
          {active ? fill(s.panel.active, { count: active }) : s.panel.none}
        </span>
        <button
          type="button"
          className="ui-button filters-panel__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? s.panel.collapse : s.panel.expand}
          onClick={() => toggle()}
        >
          {open ? '‹' : '›'}
        </button>
      </div>
      <div id={bodyId} className="filters-panel__body" hidden={!open}>
        <CheckboxGroup
          legend={s.panel.category}
          codes={violationCategories}
          labels={s.category}
          checked={categories}
          onToggle={toggleCategory}
          colors={CATEGORY_COLORS}
        />
        <CheckboxGroup
          legend={s.panel.severity}
          codes={severities}
          labels={s.severity}
          checked={severityFilter}
          onToggle={toggleSeverity}
          colors={SEVERITY_COLORS}
        />
        <CheckboxGroup legend={s.panel.status} codes={issueStatuses} labels={s.status} checked={statuses} onToggle={toggleStatus}>
          <label className="filters-panel__option filters-panel__option--overdue">
            <input type="checkbox" checked={overdueOnly} onChange={(event) => toggleOverdueOnly(event.target.checked)} />
            <span>{s.panel.overdueOnly}</span>
          </label>
        </CheckboxGroup>
        <CheckboxGroup legend={s.panel.workType} codes={workTypes} labels={workTypeLabels} checked={workTypeFilter} onToggle={toggleWorkType} />
        <button type="button" className="filters-panel__reset" onClick={resetFilters}>
          {s.panel.reset}
        </button>
      </div>
    </section>
  );
});
