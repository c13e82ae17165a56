import { useTranslation } from 'react-i18next';
import { useBranches, useMemberSummary } from '../../../api/queries/org';
import { useSignedInAccount } from '../../../api/session';
import { LinkButton } from '../../../components/link-button';
import { StatList, StatRow } from '../../../components/stat-row';
import { useDrillTo } from '../../../store/hooks';

/**
 * "Not in your scope": what a link to another branch (or one of its members) opens for a secretary.
 * The server refused the rows; what anyone signed in may read of that branch is its head counts (and,
 * on the branch's panel, its aggregate KPIs), so that is what is shown, with the way back.
 */
export function OutOfScope({ kind, branchId }: { kind: 'branch' | 'member'; branchId: string | null }) {
  const { t } = useTranslation('branch');
  const account = useSignedInAccount();
  const drillTo = useDrillTo();
  const branches = useBranches();
  const summary = useMemberSummary(branchId ? { branchId } : null);
  const branchName = branches.data?.items.find((b) => b.id === branchId)?.name ?? branchId ?? '';
  const home = account?.scope.branchId ?? null;
  const s = summary.data;
  return (
    <section className="out-of-scope" role="status" aria-labelledby="out-of-scope-title">
      <h3 id="out-of-scope-title">{t('scope.title')}</h3>
      <p>{kind === 'member' ? t('scope.member', { branch: branchName }) : t('scope.branch')}</p>
      {s && (
        <>
          <h4>{t('scope.counts')}</h4>
          <StatList>
            <StatRow label={t('scope.members')}>{s.members}</StatRow>
            <StatRow label={t('zones.gridder')}>{s.gridders}</StatRow>
            <StatRow label={t('scope.staff')}>{t('scope.staffCounts', { staff: s.staff, gridStaff: s.gridStaff })}</StatRow>
          </StatList>
        </>
      )}
      <p className="out-of-scope__actions">
        {kind === 'member' && branchId && <LinkButton onClick={() => drillTo({ level: 'branch', id: branchId })}>{t('scope.openBranch')}</LinkButton>}
        {home && home !== branchId && <LinkButton onClick={() => drillTo({ level: 'branch', id: home })}>{t('scope.backHome')}</LinkButton>}
      </p>
    </section>
  );
}
