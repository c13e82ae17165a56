import type { MouseEvent } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { useBranchTransformerDistricts } from '../../../api/queries/assets';
import { useIndicatorReport, useMonthlySeries } from '../../../api/queries/indicators';
import { useIssueList } from '../../../api/queries/issue-workspace';
import { useBranchRoster, useGridTeams, useMember } from '../../../api/queries/org';
import { useViolationsAroundMember } from '../../../api/queries/violations';
import { issueStatuses } from '../../../api/schemas/enums';
import { IndicatorTiles } from '../../../components/indicator-tiles';
import { LinkButton } from '../../../components/link-button';
import { Panel, PanelBody, PanelHead, PanelSection } from '../../../components/panel';
import { StatList, StatRow } from '../../../components/stat-row';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useDatasetExtent, useSettledFilterWindow } from '../../../data/use-violation-table';
import { formatDateTime } from '../../../lib/format-time';
import { lastMonths, TREND_MONTHS } from '../../../lib/time-window';
import { useAppStore, useDrillTo, useLanguage, useSelect } from '../../../store/hooks';
import { assignedTransformerDistricts, peopleById } from '../lib/branch-view';
import { MonthBars } from './month-bars';
import { OutOfScope } from './out-of-scope';
import './my-branch.css';

/** The member's figures a secretary asks about first: what happened around them, and what is still open. */
const MEMBER_KPI_KEYS = ['violation_count', 'severe_share', 'months_without_violation', 'open_issues', 'overdue_open_issues'];
const OPEN_STATES = issueStatuses.filter((s) => s !== 'closed');

/**
 * Around a member (党员身边, `/?at=member:<id>`): who they are in the branch, the violations in their
 * circle (their own and those of the people linked to them) over 36 months and the newest of them, the
 * transformer districts they answer for and the open issues around them. The map frames and marks the
 * member; a violation or transformer district here selects it on the map.
 */
export function MemberPage({ memberId }: { memberId: string }) {
  const { t } = useTranslation('branch');
  const { t: tc } = useTranslation();
  const member = useMember(memberId);
  const m = member.data;
  const refused = member.error instanceof ApiError && member.error.status === 403 ? member.error : null;
  return (
    <Panel as="aside" className="place-panel branch-panel" aria-label={tc('place.panel')}>
      <PanelHead kind={tc('place.kinds.member')} />
      <PanelBody title={m?.name ?? memberId}>
        {refused && <OutOfScope kind="member" branchId={refused.owner?.branchId ?? null} />}
        {member.isPending && <LoadingState>{t('loading')}</LoadingState>}
        {member.isError && !refused && <ErrorState>{member.error instanceof ApiError && member.error.status === 404 ? tc('details.notFound') : t('failed')}</ErrorState>}
        {m && <MemberBody memberId={m.id} branchId={m.branchId} role={m.role} gridTeamId={m.gridTeamId} teamId={m.teamId} joinedYear={m.joinedYear} liaisonIds={m.liaisonIds} />}
      </PanelBody>
    </Panel>
  );
}

interface MemberFacts {
  memberId: string;
  branchId: string;
  role: 'secretary' | 'branch_committee' | 'member';
  gridTeamId: string | null;
  teamId: string;
  joinedYear: number;
  liaisonIds: readonly string[];
}

function MemberBody(f: MemberFacts) {
  const { t } = useTranslation('branch');
  const { t: tc } = useTranslation();
  const drillTo = useDrillTo();
  const roster = useBranchRoster(f.branchId);
  const gridTeams = useGridTeams();
  const gridTeam = gridTeams.data?.items.find((x) => x.id === f.gridTeamId);
  const people = useMemo(() => (roster.data ? peopleById(roster.data) : null), [roster.data]);
  const opsTeam = roster.data?.teams.find((x) => x.id === f.teamId);
  // The people whose violations are around this member (a member: staff; a committee member: members); not teams.
  const linked = f.liaisonIds.flatMap((id) => {
    const p = people?.get(id);
    return p ? [p.name] : [];
  });
  return (
    <>
      <StatList>
        <StatRow label={t('member.role')}>{tc(`enums.memberRole.${f.role}`)}</StatRow>
        {gridTeam && (
          <StatRow label={t('member.zone')}>
            {gridTeam.zoneId ? <LinkButton onClick={() => drillTo({ level: 'zone', id: gridTeam.zoneId ?? '' })}>{gridTeam.name}</LinkButton> : gridTeam.name}
            {` · ${t('member.gridderOf')}`}
          </StatRow>
        )}
        <StatRow label={t('member.team')}>{opsTeam?.name ?? f.teamId}</StatRow>
        <StatRow label={t('member.joined')}>{f.joinedYear}</StatRow>
        {linked.length > 0 && (
          <StatRow label={t('member.liaisons')}>
            <span className="names-list">{linked.join(t('listSeparator'))}</span>
          </StatRow>
        )}
      </StatList>
      <MemberKpis memberId={f.memberId} />
      <Trend memberId={f.memberId} />
      <AroundViolations memberId={f.memberId} />
      <AssignedTds memberId={f.memberId} branchId={f.branchId} />
      <OpenIssues memberId={f.memberId} />
    </>
  );
}

function MemberKpis({ memberId }: { memberId: string }) {
  const { t } = useTranslation('branch');
  const language = useLanguage();
  const { window } = useSettledFilterWindow();
  const report = useIndicatorReport(window ? { level: 'member', id: memberId, from: window.from, to: window.to } : null);
  if (!report.data) return null;
  const shown = report.data.indicators.filter((i) => MEMBER_KPI_KEYS.includes(i.key));
  return (
    <PanelSection title={`${t('member.kpis')} · ${t('kpis.window', { from: report.data.from, to: report.data.to })}`}>
      <IndicatorTiles indicators={shown} language={language} className="member-kpis" />
    </PanelSection>
  );
}

function Trend({ memberId }: { memberId: string }) {
  const { t } = useTranslation('branch');
  const extent = useDatasetExtent();
  // "近 36 个月" as the workspace's trends count them: the as-of month so far and the 35 before it.
  const months = extent ? lastMonths(extent, TREND_MONTHS) : null;
  const series = useMonthlySeries(months ? { level: 'member', id: memberId, ...months } : null);
  return (
    <PanelSection title={t('member.trend')}>
      {series.data && months ? <MonthBars points={series.data.points} dataTo={months.to} /> : <LoadingState>{t('loading')}</LoadingState>}
    </PanelSection>
  );
}

function AroundViolations({ memberId }: { memberId: string }) {
  const { t } = useTranslation('branch');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const select = useSelect();
  const page = useViolationsAroundMember(memberId);
  if (!page.data) return <PanelSection title={t('member.around', { total: '…', count: '…' })}>{page.error ? <ErrorState>{t('failed')}</ErrorState> : <LoadingState>{t('loading')}</LoadingState>}</PanelSection>;
  const { items, total } = page.data;
  return (
    <PanelSection title={t('member.around', { total, count: items.length })}>
      <p className="zone-card__muted">{t('member.aroundHint')}</p>
      {items.length === 0 ? (
        <EmptyState>{t('member.noneAround')}</EmptyState>
      ) : (
        <ul className="around-list">
          {items.map((v) => (
            <li key={v.id} className={`around-list__item around-list__item--${v.severity}`}>
              <span className="around-list__meta">
                {formatDateTime(v.occurredAt, language)} · {tc(`enums.severity.${v.severity}`)} · {tc(`enums.category.${v.category}`)}
              </span>
              <LinkButton onClick={() => select({ kind: 'violation', id: v.id })}>{v.description}</LinkButton>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}

function AssignedTds({ memberId, branchId }: { memberId: string; branchId: string }) {
  const { t } = useTranslation('branch');
  const select = useSelect();
  // A gridder's districts lie in their grid zone, one of their branch's.
  const tds = useBranchTransformerDistricts(branchId);
  const own = useMemo(() => (tds.data ? assignedTransformerDistricts(tds.data, memberId) : null), [tds.data, memberId]);
  if (!own) return null;
  return (
    <PanelSection title={t('member.tds', { count: own.length })}>
      {own.length === 0 ? (
        <p className="zone-card__muted">{t('member.noTds')}</p>
      ) : (
        <ul className="chain-list chain-list--inline">
          {own.map((f) => (
            <li key={String(f.id)}>
              <LinkButton onClick={() => select({ kind: 'transformer-district', id: String(f.id) })}>{f.properties.name}</LinkButton>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}

function OpenIssues({ memberId }: { memberId: string }) {
  const { t } = useTranslation('branch');
  const { t: tc } = useTranslation();
  const list = useIssueList({ memberId, statuses: OPEN_STATES });
  const openIssue = useAppStore((s) => s.openIssue);
  const switchMode = useAppStore((s) => s.switchMode);
  if (!list.data) return null;
  const follow = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    // Into the issues workspace with this issue open: one history entry, back returns to the member.
    openIssue(id);
    switchMode('issues');
  };
  const { total } = list.data;
  // The most overdue first, then by deadline: what the secretary must chase before what can wait.
  const items = [...list.data.items].sort((a, b) => b.daysOverdue - a.daysOverdue || a.deadline.localeCompare(b.deadline));
  return (
    <PanelSection title={t('member.issues', { count: total })}>
      {items.length === 0 ? (
        <p className="zone-card__muted">{t('member.noIssues')}</p>
      ) : (
        <ul className="around-list">
          {items.map((issue) => (
            <li key={issue.id} className="around-list__item">
              <span className="around-list__meta">
                {tc(`enums.status.${issue.status}`)} ·{' '}
                {issue.overdue && issue.status !== 'closed' ? (
                  <strong className="around-list__late">{t('member.overdue', { count: issue.daysOverdue })}</strong>
                ) : (
                  t('member.deadline', { day: issue.deadline })
                )}
              </span>
              <a className="link-button" href={`/issues?issue=${encodeURIComponent(issue.id)}`} onClick={(e) => follow(e, issue.id)}>
                {issue.id} {issue.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
