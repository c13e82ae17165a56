import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranchTransformerDistricts, useFeeders, useSubstations } from '../../../api/queries/assets';
import { useZones } from '../../../api/queries/org';
import type { BranchRoster } from '../../../api/schemas/org';
import { LinkButton } from '../../../components/link-button';
import { PanelSection } from '../../../components/panel';
import { LoadingState } from '../../../components/states';
import { useDrillTo, useSelect } from '../../../store/hooks';
import { zoneViews, type PersonRef, type ZoneView } from '../lib/branch-view';
import { PersonLink, RoleLabel } from './person-link';

/** Each zone of the branch: its "4+N" roster, its transformer districts with their gridder, its feeders and substations. */
export function BranchZones({ branchId, zoneIds, roster }: { branchId: string; zoneIds: readonly string[]; roster: BranchRoster }) {
  const { t } = useTranslation('branch');
  const zones = useZones();
  const tds = useBranchTransformerDistricts(branchId);
  const feeders = useFeeders();
  const substations = useSubstations();
  const views = useMemo(() => {
    if (!zones.data || !tds.data || !feeders.data || !substations.data) return null;
    const own = zoneIds.map((id) => ({ id, name: zones.data.features.find((f) => f.id === id)?.properties.name ?? id }));
    return zoneViews(own, roster, { transformerDistricts: tds.data, feeders: feeders.data, substations: substations.data });
  }, [zoneIds, roster, zones.data, tds.data, feeders.data, substations.data]);
  return (
    <PanelSection title={t('zones.title')}>
      {views ? views.map((zone, i) => <ZoneCard key={zone.id} zone={zone} open={i === 0} />) : <LoadingState>{t('loading')}</LoadingState>}
    </PanelSection>
  );
}

function ZoneCard({ zone, open }: { zone: ZoneView; open: boolean }) {
  const { t } = useTranslation('branch');
  const drillTo = useDrillTo();
  const select = useSelect();
  const people: PersonRef[] = [...zone.gridders, ...zone.staff];
  return (
    <details className="zone-card" open={open}>
      <summary>
        <span className="zone-card__name">{zone.name}</span>
        {zone.team && <span className="zone-card__team">{zone.team.name}</span>}
      </summary>
      <p className="zone-card__line">
        <LinkButton onClick={() => drillTo({ level: 'zone', id: zone.id })}>{t('showOnMap')}</LinkButton>
      </p>
      {zone.liaison && (
        <p className="zone-card__line">{t('zones.liaison', { name: zone.liaison.name, committee: zone.liaison.committeeName })}</p>
      )}
      {zone.team ? (
        <table className="branch-table">
          <caption>
            {t('zones.rosterCaption', {
              team: zone.team.name,
              gridders: t('zones.gridderCount', { count: zone.gridders.length }),
              staff: t('zones.staffCount', { count: zone.staff.length }),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('zones.name')}</th>
              <th scope="col">{t('zones.role')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <PersonLink person={p} />
                </th>
                <td>
                  <RoleLabel person={p} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="zone-card__line">{t('zones.noTeam')}</p>
      )}
      <details className="zone-card__more">
        <summary>{t('zones.tds', { count: zone.transformerDistricts.length })}</summary>
        <table className="branch-table">
          <caption className="visually-hidden">{t('zones.tdCaption', { zone: zone.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('zones.td')}</th>
              <th scope="col">{t('zones.responsible')}</th>
              <th scope="col" className="branch-table__num">
                {t('zones.customers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {zone.transformerDistricts.map((td) => (
              <tr key={td.id}>
                <th scope="row">
                  <LinkButton onClick={() => select({ kind: 'transformer-district', id: td.id })}>{td.name}</LinkButton>
                </th>
                <td>{td.gridder ? <PersonLink person={td.gridder} /> : t('zones.unassigned')}</td>
                <td className="branch-table__num">{td.customers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details className="zone-card__more">
        <summary>{t('zones.feeders', { count: zone.feeders.length })}</summary>
        {zone.feeders.length === 0 ? (
          <p className="zone-card__line">{t('none')}</p>
        ) : (
          <ul className="zone-card__feeders">
            {zone.feeders.map((f) => (
              <li key={f.id}>
                <LinkButton onClick={() => select({ kind: 'feeder', id: f.id })}>{f.name}</LinkButton>
                <span aria-hidden="true"> ← </span>
                <span className="visually-hidden">{t('zones.substation')}</span>
                <LinkButton onClick={() => select({ kind: 'substation', id: f.substationId })}>{f.substationName}</LinkButton>
              </li>
            ))}
          </ul>
        )}
      </details>
    </details>
  );
}
