import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { useSignedInAccount } from '../../../api/session';
import { useIndicatorReport } from '../../../api/queries/indicators';
import { useFeeders } from '../../../api/queries/assets';
import { useBranches, useGridTeams, useMemberSummary, useUnits, useZoneMembers, useZones } from '../../../api/queries/org';
import { useSettledFilterWindow } from '../../../data/use-violation-table';
import { homePlaceOf } from '../../../lib/home-place';
import { samePlace, type PlaceLevel } from '../../../lib/url-state';
import { IndicatorTiles } from '../../../components/indicator-tiles';
import { LinkButton } from '../../../components/link-button';
import { Panel, PanelBody, PanelHead, PanelSection } from '../../../components/panel';
import { StatList, StatRow } from '../../../components/stat-row';
import { EmptyState, ErrorState, LoadingState, updatingProps } from '../../../components/states';
import { useDrillTo, useLanguage, usePlace, useSelect } from '../../../store/hooks';
import { unitsById } from '../hooks/use-place-chain';
import './place.css';

/**
 * The place on the drill path: its key figures over the time window and the way down (district
 * bureaus, branches, zones, members). The map frames the same place. A branch and a member have
 * panels of their own (the secretary's workspace, composed in src/app/branch-panels.tsx).
 */
// Memoised: the map screen re-renders on every window change; only the indicators follow the window (they subscribe to it).
export const PlacePanel = memo(function PlacePanel() {
  const { t } = useTranslation();
  const place = usePlace();
  const kind = place.level === 'bureau' ? t('place.kinds.bureau') : t(`place.kinds.${place.level}`);
  const account = useSignedInAccount();
  const drillTo = useDrillTo();
  // A secretary or district manager who has looked around (the city, another place) is one click from their own.
  const home = account ? homePlaceOf(account) : null;
  const away = home !== null && !samePlace(home, place);
  return (
    <Panel as="aside" className="place-panel" aria-label={t('place.panel')}>
      <PanelHead kind={kind}>{away && <LinkButton onClick={() => drillTo(home)}>{home.level === 'branch' ? t('place.myBranch') : t('place.myUnit')}</LinkButton>}</PanelHead>
      {place.level === 'bureau' && <BureauPlace />}
      {place.level === 'unit' && <UnitPlace id={place.id} />}
      {place.level === 'zone' && <ZonePlace id={place.id} />}
    </Panel>
  );
});

function Pending({ error, pending }: { error: unknown; pending: boolean }) {
  const { t } = useTranslation();
  if (pending) return <LoadingState>{t('details.loading')}</LoadingState>;
  if (error instanceof ApiError && error.status === 403) return <EmptyState>{t('details.forbidden')}</EmptyState>;
  if (error instanceof ApiError && error.status === 404) return <EmptyState>{t('details.notFound')}</EmptyState>;
  if (error) return <ErrorState>{t('details.failed')}</ErrorState>;
  return <EmptyState>{t('details.notFound')}</EmptyState>;
}

function DrillList({ level, items }: { level: PlaceLevel; items: readonly { id: string; name: string }[] }) {
  const drillTo = useDrillTo();
  return (
    <ul className="place-panel__list">
      {items.map((item) => (
        <li key={item.id}>
          <LinkButton onClick={() => drillTo({ level, id: item.id })}>{item.name}</LinkButton>
        </li>
      ))}
    </ul>
  );
}

/**
 * 指标（2026-01-01 至 2026-12-04）, each date in a span that does not break (a date broken at a hyphen reads as two
 * figures). The message's two dates are marked and split on, rather than react-i18next's <Trans>: its HTML
 * parser was 4 kB of the first screen's gzip for this one title.
 */
function WindowTitle({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const MARK = '\u0000';
  const [before = '', between = '', after = ''] = t('details.indicators', { from: MARK, to: MARK }).split(MARK);
  return (
    <>
      {before}
      <span className="panel__date">{from}</span>
      {between}
      <span className="panel__date">{to}</span>
      {after}
    </>
  );
}

/** The place's indicators over the time window, from the API (every value with its definition). */
function Indicators({ level, id }: { level: 'unit' | 'branch' | 'zone' | 'member'; id: string }) {
  const language = useLanguage();
  const { window, settling } = useSettledFilterWindow();
  const report = useIndicatorReport(window ? { level, id, from: window.from, to: window.to } : null);
  if (!report.data) return <Pending error={report.error} pending={report.isPending} />;
  return (
    <PanelSection title={<WindowTitle from={report.data.from} to={report.data.to} />}>
      {/* The last window's figures, marked as updating, until this window's come (the title names the window they are for). */}
      <div {...updatingProps(report.isPlaceholderData || settling)}>
        <IndicatorTiles indicators={report.data.indicators} language={language} className="place-panel__tiles" />
      </div>
    </PanelSection>
  );
}

function useUnitTree() {
  const units = useUnits();
  return { byId: unitsById(units.data?.items ?? []), root: units.data?.items[0], query: units };
}

function BureauPlace() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { root, query } = useUnitTree();
  if (!root) return <PanelBody><Pending error={query.error} pending={query.isPending} /></PanelBody>;
  return (
    <PanelBody title={language === 'en' ? root.nameEn : root.name}>
      <PanelSection title={t('place.districtBureaus')}>
        <DrillList level="unit" items={root.children.map((u) => ({ id: u.id, name: language === 'en' ? u.nameEn : u.name }))} />
      </PanelSection>
      <Indicators level="unit" id={root.id} />
    </PanelBody>
  );
}

function UnitPlace({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { byId, query } = useUnitTree();
  const branches = useBranches();
  const unit = byId.get(id);
  if (!unit) return <PanelBody><Pending error={query.error} pending={query.isPending} /></PanelBody>;
  const own = branches.data?.items.filter((b) => b.unitId === id) ?? [];
  return (
    <PanelBody title={language === 'en' ? unit.nameEn : unit.name}>
      <Indicators level="unit" id={id} />
      <PanelSection title={t('place.branches', { count: own.length })}>
        <DrillList level="branch" items={own} />
      </PanelSection>
    </PanelBody>
  );
}

function ZonePlace({ id }: { id: string }) {
  const { t } = useTranslation();
  const zones = useZones();
  const teams = useGridTeams();
  const feeders = useFeeders();
  const gridders = useZoneMembers(id);
  const refused = gridders.error instanceof ApiError && gridders.error.status === 403;
  // Out of scope the gridders are not listed; their counts are what anyone signed in may read.
  const counts = useMemberSummary(refused ? { zoneId: id } : null).data;
  const select = useSelect();
  const zone = zones.data?.features.find((f) => f.id === id);
  if (!zone) return <PanelBody><Pending error={zones.error} pending={zones.isPending} /></PanelBody>;
  const p = zone.properties;
  const team = teams.data?.items.find((x) => x.id === p.gridTeamId);
  const through = feeders.data?.features.filter((f) => f.properties.zoneIds.includes(id)) ?? [];
  let gridderList: ReactNode = '…';
  if (gridders.data) gridderList = <DrillList level="member" items={gridders.data.items} />;
  else if (refused) gridderList = counts ? `${t('place.outOfScope')} · ${t('place.teamCounts', { gridders: t('place.gridders', { count: counts.gridders }), staff: t('place.staff', { count: counts.gridStaff }) })}` : t('place.outOfScope');
  return (
    <PanelBody title={p.name} badge={p.redGrid ? t('details.redGrid') : undefined}>
      <StatList>
        <StatRow label={t('details.team')}>{team ? `${team.name} · ${t('details.teamSize', { m: team.memberIds.length, n: team.staffIds.length })}` : p.gridTeamId}</StatRow>
        <StatRow label={t('details.teamMembers')}>{gridderList}</StatRow>
        <StatRow label={t('details.transformerDistricts')}>{p.transformerDistrictCount}</StatRow>
        <StatRow label={t('details.area')}>{`${p.areaKm2.toFixed(1)} km²`}</StatRow>
        <StatRow label={t('details.feedersThrough')}>
          {through.length === 0 ? (
            t('details.none')
          ) : (
            <ul className="place-panel__list">
              {through.map((f) => (
                <li key={f.id}>
                  <LinkButton onClick={() => select({ kind: 'feeder', id: f.id })}>{f.properties.name}</LinkButton>
                </li>
              ))}
            </ul>
          )}
        </StatRow>
      </StatList>
      <Indicators level="zone" id={id} />
    </PanelBody>
  );
}
