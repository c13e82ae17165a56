import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { useBranches, useBranchRoster, useZones } from '../../../api/queries/org';
import { useSignedInAccount } from '../../../api/session';
import { LinkButton } from '../../../components/link-button';
import { Panel, PanelBody, PanelHead, PanelSection } from '../../../components/panel';
import { ErrorState, LoadingState } from '../../../components/states';
import { useDrillTo } from '../../../store/hooks';
import { BranchKpis } from './branch-kpis';
import { BranchZones } from './branch-zones';
import { LiaisonChain } from './liaison-chain';
import { OutOfScope } from './out-of-scope';
import './my-branch.css';

/**
 * A branch on the map (`/?at=branch:<id>`), the secretary's landing place: its KPIs against the district's
 * branches, each zone's "4+N" team with transformer districts and feeders, and the liaison chain. Out of
 * the caller's scope: the aggregates only.
 */
export function BranchWorkspace({ branchId }: { branchId: string }) {
  const { t } = useTranslation('branch');
  const { t: tc } = useTranslation();
  const account = useSignedInAccount();
  const branches = useBranches();
  const zones = useZones();
  const roster = useBranchRoster(branchId);
  const drillTo = useDrillTo();
  const branch = branches.data?.items.find((b) => b.id === branchId);
  const refused = roster.error instanceof ApiError && roster.error.status === 403;
  const zoneNames = useMemo(() => new Map((zones.data?.features ?? []).map((f) => [String(f.id), f.properties.name])), [zones.data]);
  const mine = account?.role === 'branch_secretary' && account.scope.branchId === branchId;
  return (
    // Named as the place panel at every other level: one landmark a screen-reader user jumps to for "where am I".
    <Panel as="aside" className="place-panel branch-panel" aria-label={tc('place.panel')}>
      <PanelHead kind={tc('place.kinds.branch')} />
      <PanelBody title={branch?.name ?? roster.data?.name ?? branchId} badge={mine ? t('mine') : undefined}>
        {refused && <OutOfScope kind="branch" branchId={branchId} />}
        {branch && <BranchKpis branchId={branch.id} unitId={branch.unitId} />}
        {roster.data && branch && <BranchZones branchId={branch.id} zoneIds={branch.zoneIds} roster={roster.data} />}
        {roster.data && <LiaisonChain roster={roster.data} zoneNames={zoneNames} />}
        {refused && branch && (
          // The zones are on the map for everyone: their outlines and aggregate figures stay reachable.
          <PanelSection title={tc('details.zones')}>
            <ul className="chain-list">
              {branch.zoneIds.map((id) => (
                <li key={id}>
                  <LinkButton onClick={() => drillTo({ level: 'zone', id })}>{zoneNames.get(id) ?? id}</LinkButton>
                </li>
              ))}
            </ul>
          </PanelSection>
        )}
        {(roster.isPending || branches.isPending) && <LoadingState>{t('loading')}</LoadingState>}
        {roster.isError && !refused && <ErrorState>{t('failed')}</ErrorState>}
      </PanelBody>
    </Panel>
  );
}
