import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeeders, useSubstations, useTransformerDistricts, useBaseStations } from '../../../api/queries/assets';
import { useBranches, useBranchMembers, useGridTeams, useMember, useZoneMembers, useZones } from '../../../api/queries/org';
import { useViolation } from '../../../api/queries/violations';
import { useIssue } from '../../../api/queries/issues';
import { useIndicatorReport } from '../../../api/queries/indicators';
import { ApiError } from '../../../api/api-error';
import type { Indicator } from '../../../api/schemas/indicators';
import { formatDateTime } from '../../../lib/format-time';
import type { Language } from '../../../lib/view-options';
import { zoneFigures, type ZoneCounts } from '../../../lib/zone-stats';
import type { Selection } from '../../../store/selection-slice';
import { useClearSelection, useLanguage, useSelectFeature } from '../../../store/hooks';

export interface DetailsWindow {
  from: string;
  to: string;
}

/**
 * The details of what is selected. Everything from the API is rendered as text; names come as the
 * server serves them (masked outside the caller's scope).
 */
export function DetailsPanel({
  selection,
  counts,
  window,
}: {
  selection: Selection;
  counts: ZoneCounts | null;
  window: DetailsWindow | null;
}) {
  const { t } = useTranslation();
  const clear = useClearSelection();
  const language = useLanguage();
  return (
    <aside className="details-panel" aria-label={t('details.panel')}>
      <header className="details-panel__head">
        <span className="details-panel__kind">{t(`kinds.${selection.kind}`)}</span>
        <button type="button" className="ui-button details-panel__close" aria-label={t('details.close')} onClick={() => clear()}>
          ×
        </button>
      </header>
      <div className="details-panel__body">
        {selection.kind === 'zone' && <ZoneDetails id={selection.id} counts={counts} window={window} language={language} />}
        {selection.kind === 'violation' && <ViolationDetails id={selection.id} language={language} />}
        {selection.kind === 'feeder' && <FeederDetails id={selection.id} />}
        {selection.kind === 'substation' && <SubstationDetails id={selection.id} />}
        {selection.kind === 'transformer-district' && <TransformerDistrictDetails id={selection.id} />}
        {selection.kind === 'branch' && <BranchDetails id={selection.id} window={window} language={language} />}
        {selection.kind === 'base-station' && <BaseStationDetails id={selection.id} />}
        {selection.kind === 'member' && <MemberDetails id={selection.id} />}
      </div>
    </aside>
  );
}

function Title({ children }: { children: ReactNode }) {
  return <h2 className="details-panel__title">{children}</h2>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details-panel__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Pending({ error, pending }: { error: unknown; pending: boolean }) {
  const { t } = useTranslation();
  if (pending) return <p role="status">{t('details.loading')}</p>;
  if (error instanceof ApiError && error.status === 403) return <p>{t('details.forbidden')}</p>;
  if (error instanceof ApiError && error.status === 404) return <p>{t('details.notFound')}</p>;
  if (error) return <p role="alert">{t('details.failed')}</p>;
  return <p>{t('details.notFound')}</p>;
}

/** A linked object as a button that selects it (the map fits to it). */
function LinkTo({ kind, id, children }: { kind: Selection['kind']; id: string; children: ReactNode }) {
  const select = useSelectFeature();
  return (
    <button type="button" className="details-panel__link" onClick={() => select({ kind, id })}>
      {children}
    </button>
  );
}

/** Linked objects as a list of buttons that select them. */
function LinkList({ kind, items }: { kind: Selection['kind']; items: readonly { id: string; name: string }[] }) {
  return (
    <ul className="details-panel__links">
      {items.map((item) => (
        <li key={item.id}>
          <LinkTo kind={kind} id={item.id}>
            {item.name}
          </LinkTo>
        </li>
      ))}
    </ul>
  );
}

const percent = (v: number | null, lang: Language) =>
  v === null ? '—' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v);

const UNIT_KEYS = { per100: 'details.unitPer100', days: 'details.unitDays', CNY: 'details.unitCny' } as const;

function IndicatorList({ indicators, language }: { indicators: readonly Indicator[]; language: Language }) {
  const { t } = useTranslation();
  // Units come from the API as codes; counts need none, unknown codes are shown as they are.
  const unitText = (unit: string) =>
    unit === 'count' ? '' : ` ${unit in UNIT_KEYS ? t(UNIT_KEYS[unit as keyof typeof UNIT_KEYS]) : unit}`;
  return (
    <ul className="details-panel__indicators">
      {indicators.map((i) => (
        <li key={i.key} title={i.definition.formula}>
          <span className="details-panel__indicator-label">{language === 'en' ? i.labelEn : i.label}</span>
          <span className="details-panel__indicator-value">
            {i.value === null ? '—' : i.unit === '%' ? `${i.value.toFixed(1)} %` : `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(i.value)}${unitText(i.unit)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function BranchIndicators({ branchId, window, language }: { branchId: string; window: DetailsWindow | null; language: Language }) {
  const { t } = useTranslation();
  const report = useIndicatorReport({ level: 'branch', id: branchId, ...(window ?? {}) });
  if (!report.data) return <Pending error={report.error} pending={report.isPending} />;
  return (
    <section>
      <h3>{t('details.indicators', { from: report.data.from, to: report.data.to })}</h3>
      <IndicatorList indicators={report.data.indicators} language={language} />
    </section>
  );
}

function ZoneDetails({ id, counts, window, language }: { id: string; counts: ZoneCounts | null; window: DetailsWindow | null; language: Language }) {
  const { t } = useTranslation();
  const zones = useZones();
  const branches = useBranches();
  const teams = useGridTeams();
  const feeders = useFeeders();
  const gridders = useZoneMembers(id);
  const zone = zones.data?.features.find((f) => f.id === id);
  if (!zone) return <Pending error={zones.error} pending={zones.isPending} />;
  const p = zone.properties;
  const branch = branches.data?.items.find((b) => b.id === p.branchId);
  const team = teams.data?.items.find((x) => x.id === p.gridTeamId);
  const through = feeders.data?.features.filter((f) => f.properties.zoneIds.includes(id)) ?? [];
  const fig = counts ? zoneFigures(counts, id) : null;
  return (
    <>
      <Title>{p.name}</Title>
      {p.redGrid && <p className="details-panel__badge">{t('details.redGrid')}</p>}
      <dl>
        <Row label={t('details.branch')}>{branch ? <LinkTo kind="branch" id={branch.id}>{branch.name}</LinkTo> : p.branchId}</Row>
        <Row label={t('details.team')}>
          {team ? `${team.name} · ${t('details.teamSize', { n: team.staffIds.length })}` : p.gridTeamId}
        </Row>
        <Row label={t('details.teamMembers')}>
          {gridders.data ? (
            <ul className="details-panel__names">
              {gridders.data.items.map((m) => (
                <li key={m.id}>
                  {m.name}
                  {m.nameMasked ? t('details.masked') : ''}
                </li>
              ))}
            </ul>
          ) : (
            '…'
          )}
        </Row>
        <Row label={t('details.transformerDistricts')}>{p.transformerDistrictCount}</Row>
        <Row label={t('details.area')}>{`${p.areaKm2.toFixed(1)} km²`}</Row>
        <Row label={t('details.feedersThrough')}>
          {through.length === 0 ? (
            t('details.none')
          ) : (
            <LinkList kind="feeder" items={through.map((f) => ({ id: f.id, name: f.properties.name }))} />
          )}
        </Row>
        {fig && (
          <Row label={t('details.violationsInWindow')}>
            <span className="details-panel__figures">
              <strong>{fig.violations}</strong>
              <span>
                {t('details.closed')} {fig.closed} · {t('details.open')} {fig.violations - fig.closed} · {t('details.overdue')} {fig.overdueOpen}
              </span>
              <span>
                {t('enums.category.behaviour')} {fig.byCategory[0]} · {t('enums.category.equipment')} {fig.byCategory[1]} ·{' '}
                {t('enums.category.management')} {fig.byCategory[2]}
              </span>
              <span>{percent(fig.violations ? fig.closed / fig.violations : null, language)}</span>
            </span>
          </Row>
        )}
      </dl>
      <BranchIndicators branchId={p.branchId} window={window} language={language} />
    </>
  );
}

function ViolationDetails({ id, language }: { id: string; language: Language }) {
  const { t } = useTranslation();
  const violation = useViolation(id);
  const v = violation.data;
  const issue = useIssue(v?.issueId ?? null);
  const members = useBranchMembers(v?.branchId ?? null);
  const zones = useZones();
  if (!v) return <Pending error={violation.error} pending={violation.isPending} />;
  const zone = zones.data?.features.find((f) => f.id === v.zoneId);
  const circle = v.memberIds.map((mid) => members.data?.items.find((m) => m.id === mid) ?? { id: mid, name: mid, nameMasked: false });
  return (
    <>
      <Title>{v.id}</Title>
      <dl>
        <Row label={t('details.category')}>{t(`enums.category.${v.category}`)}</Row>
        <Row label={t('details.severity')}>{t(`enums.severity.${v.severity}`)}</Row>
        <Row label={t('details.workType')}>{t(`enums.workType.${v.workType}`)}</Row>
        <Row label={t('details.occurredAt')}>
          <time dateTime={v.occurredAt}>{formatDateTime(v.occurredAt, language)}</time>
        </Row>
        <Row label={t('details.description')}>{v.description}</Row>
        <Row label={t('details.person')}>
          {v.personName}
          {v.personIsMember ? t('details.personMember') : ''}
          {v.personNameMasked ? t('details.masked') : ''}
        </Row>
        <Row label={t('details.zone')}>
          <LinkTo kind="zone" id={v.zoneId}>
            {zone?.properties.name ?? v.zoneId}
          </LinkTo>
        </Row>
        <Row label={t('details.circle')}>
          {circle.length === 0 ? (
            t('details.none')
          ) : (
            <ul className="details-panel__names">
              {circle.map((m) => (
                <li key={m.id}>
                  {m.name}
                  {m.nameMasked ? t('details.masked') : ''}
                </li>
              ))}
            </ul>
          )}
        </Row>
      </dl>
      <section>
        <h3>{t('details.issue')}</h3>
        <dl>
          <Row label={t('details.issueStatus')}>
            <span className={`details-panel__status details-panel__status--${v.issueStatus}`}>{t(`enums.status.${v.issueStatus}`)}</span>
            {v.issueOverdue ? ` · ${t('details.overdue')}` : ''}
          </Row>
          {issue.data && <Row label={t('details.deadline')}>{issue.data.deadline}</Row>}
          {issue.data?.assigneeName && <Row label={t('details.assignee')}>{issue.data.assigneeName}</Row>}
        </dl>
        <a className="details-panel__issue-link" href={`/issues/${encodeURIComponent(v.issueId)}`}>
          {t('details.issueLink', { id: v.issueId })}
        </a>
      </section>
    </>
  );
}

function FeederDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const feeders = useFeeders();
  const zones = useZones();
  const substations = useSubstations();
  const f = feeders.data?.features.find((x) => x.id === id);
  if (!f) return <Pending error={feeders.error} pending={feeders.isPending} />;
  const sub = substations.data?.features.find((s) => s.id === f.properties.substationId);
  return (
    <>
      <Title>{f.properties.name}</Title>
      <dl>
        <Row label={t('details.substation')}>
          <LinkTo kind="substation" id={f.properties.substationId}>
            {sub?.properties.name ?? f.properties.substationId}
          </LinkTo>
        </Row>
        <Row label={t('details.length')}>{`${f.properties.lengthKm.toFixed(1)} km`}</Row>
        <Row label={t('details.zonesServed')}>
          <LinkList kind="zone" items={f.properties.zoneIds.map((zid) => ({ id: zid, name: zones.data?.features.find((z) => z.id === zid)?.properties.name ?? zid }))} />
        </Row>
      </dl>
    </>
  );
}

function SubstationDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const substations = useSubstations();
  const feeders = useFeeders();
  const s = substations.data?.features.find((x) => x.id === id);
  if (!s) return <Pending error={substations.error} pending={substations.isPending} />;
  const out = feeders.data?.features.filter((f) => f.properties.substationId === id) ?? [];
  return (
    <>
      <Title>{s.properties.name}</Title>
      <dl>
        <Row label={t('details.voltage')}>{t('tooltip.voltage', { value: s.properties.voltageKv })}</Row>
        <Row label={t('details.has5g')}>{s.properties.has5g ? t('details.yes') : t('details.no')}</Row>
        <Row label={t('details.feeders')}>
          <LinkList kind="feeder" items={out.map((f) => ({ id: f.id, name: f.properties.name }))} />
        </Row>
      </dl>
    </>
  );
}

function TransformerDistrictDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const tds = useTransformerDistricts();
  const zones = useZones();
  const feeders = useFeeders();
  const f = tds.data?.features.find((x) => x.id === id);
  if (!f) return <Pending error={tds.error} pending={tds.isPending} />;
  const p = f.properties;
  return (
    <>
      <Title>{p.name}</Title>
      <dl>
        <Row label={t('details.capacity')}>{`${p.capacityKva} kVA`}</Row>
        <Row label={t('details.customers')}>{p.customers}</Row>
        <Row label={t('details.zone')}>
          <LinkTo kind="zone" id={p.zoneId}>
            {zones.data?.features.find((z) => z.id === p.zoneId)?.properties.name ?? p.zoneId}
          </LinkTo>
        </Row>
        <Row label={t('details.team')}>{p.gridTeamId}</Row>
        <Row label={t('details.feeder')}>
          <LinkTo kind="feeder" id={p.feederId}>
            {feeders.data?.features.find((x) => x.id === p.feederId)?.properties.name ?? p.feederId}
          </LinkTo>
        </Row>
      </dl>
    </>
  );
}

function BranchDetails({ id, window, language }: { id: string; window: DetailsWindow | null; language: Language }) {
  const { t } = useTranslation();
  const branches = useBranches();
  const zones = useZones();
  const b = branches.data?.items.find((x) => x.id === id);
  if (!b) return <Pending error={branches.error} pending={branches.isPending} />;
  return (
    <>
      <Title>{b.name}</Title>
      <dl>
        <Row label={t('details.members')}>{b.memberCount}</Row>
        <Row label={t('details.zones')}>
          <LinkList kind="zone" items={b.zoneIds.map((zid) => ({ id: zid, name: zones.data?.features.find((z) => z.id === zid)?.properties.name ?? zid }))} />
        </Row>
      </dl>
      <BranchIndicators branchId={b.id} window={window} language={language} />
    </>
  );
}

function BaseStationDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const stations = useBaseStations();
  const f = stations.data?.features.find((x) => x.id === id);
  if (!f) return <Pending error={stations.error} pending={stations.isPending} />;
  return (
    <>
      <Title>{f.properties.name}</Title>
      <dl>
        {f.properties.demoArea && <Row label={t('legend.keys.demoArea')}>{f.properties.demoArea}</Row>}
        {f.properties.substationId && (
          <Row label={t('details.substation')}>
            <LinkTo kind="substation" id={f.properties.substationId}>
              {f.properties.substationId}
            </LinkTo>
          </Row>
        )}
      </dl>
    </>
  );
}

function MemberDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const branches = useBranches();
  const member = useMember(id);
  const m = member.data;
  if (!m) return <Pending error={member.error} pending={member.isPending} />;
  return (
    <>
      <Title>{m.name}</Title>
      <dl>
        <Row label={t('details.role')}>{t(`enums.memberRole.${m.role}`)}</Row>
        <Row label={t('details.joined')}>{m.joinedYear}</Row>
        <Row label={t('details.branch')}>
          <LinkTo kind="branch" id={m.branchId}>
            {branches.data?.items.find((b) => b.id === m.branchId)?.name ?? m.branchId}
          </LinkTo>
        </Row>
      </dl>
    </>
  );
}
