import { ApiError } from '../../../api/api-error';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useLanguage, usePlace, useTheme } from '../../../store/hooks';
import { childLevelOf } from '../lib/levels';
import { fill, useAnalysisStrings } from '../strings';
import { PrefetchChartsContext, useLevel, useLevelComparison, useLevelPlace, usePrefetchCharts, useLevelReport } from '../hooks/use-level';
import { ClosureFunnel, OverdueIssues, WorkTypes } from './breakdown-tables';
import { IssuesChart } from './issues-chart';
import { FilterChips } from './filter-chips';
import { ComparisonNote, KpiGrid } from './kpi-grid';
import { RankingTable } from './ranking-table';
import { SeverityMatrix } from './severity-matrix';
import { TrendChart } from './trend-chart';
import './analysis.css';

/**
 * The level view of the URL's place (bureau, district bureau, branch, zone, member): its KPIs over
 * the window, the 36-month trends (violations by category, issues opened and closed), category ×
 * severity, its children ranked (each a step down), the closure funnel and the work types.
 */
export function LevelView() {
  const s = useAnalysisStrings();
  const language = useLanguage();
  // The theme on the workspace itself: charts read their tokens from here as soon as it changes.
  const theme = useTheme();
  const place = usePlace();
  const where = useLevelPlace();
  const level = useLevel(where);
  const report = useLevelReport(where);
  const comparison = useLevelComparison(where).data;
  const prefetchCharts = usePrefetchCharts(where);
  const childLevel = childLevelOf(place);

  let content;
  if (report.error instanceof ApiError && report.error.status === 403) content = <EmptyState>{s.forbidden}</EmptyState>;
  else if (report.isError) content = <ErrorState>{s.failed}</ErrorState>;
  else if (!report.data) content = <LoadingState>{s.loading}</LoadingState>;
  else {
    const data = report.data;
    const name = language === 'en' && data.level === 'unit' ? (level.unitNamesEn.get(data.id) ?? data.name) : data.name;
    content = (
      <>
        <header className="analysis__head">
          <h2 className="analysis__title">{fill(s.levelHeading, { kind: s.levels[place.level], name })}</h2>
          <p className="analysis__window">{fill(s.window, { from: data.from, to: data.to })}</p>
          <ComparisonNote
            comparison={comparison}
            // English counts its siblings in the plural ("the 11 district bureaus of …"); Chinese by the level's name.
            levelName={language === 'en' && place.level !== 'bureau' ? s.childLevels[place.level] : s.levels[place.level]}
            nameOf={(unit) => (language === 'en' && unit.level === 'unit' ? (level.unitNamesEn.get(unit.id) ?? unit.name) : unit.name)}
          />
        </header>
        <KpiGrid report={data} level={where} updating={report.isPlaceholderData} />
        <FilterChips />
        <div className="analysis__body">
          <div className="analysis__column">
            {level.filter === null ? (
              <div className="chart-frame">
                <EmptyState>{s.crossFilter.nothing}</EmptyState>
              </div>
            ) : (
              <>
                <TrendChart level={level} />
                <IssuesChart level={level} />
                <SeverityMatrix level={level} />
              </>
            )}
          </div>
          <div className="analysis__column">
            {childLevel ? (
              <RankingTable level={where} childLevel={childLevel} subjectName={name} />
            ) : (
              <div className="chart-frame analysis__ranking-frame">
                <EmptyState>{s.ranking.none}</EmptyState>
              </div>
            )}
            {level.filter !== null && (
              <>
                <ClosureFunnel level={level} />
                <OverdueIssues report={data} />
                <WorkTypes level={level} />
              </>
            )}
          </div>
        </div>
      </>
    );
  }
  return (
    <div className="analysis" data-theme={theme}>
      <PrefetchChartsContext value={prefetchCharts}>{content}</PrefetchChartsContext>
    </div>
  );
}
