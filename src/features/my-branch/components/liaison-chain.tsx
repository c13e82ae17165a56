import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchRoster } from '../../../api/schemas/org';
import { PanelSection } from '../../../components/panel';
import { liaisonChain, type LiaisonLink } from '../lib/branch-view';
import { PersonLink } from './person-link';

/**
 * The liaison chain as far as the dataset has it (党委委员联系网格片区 → 支委委员联系党员和团队 → 党员联系群众);
 * members and staff → customers is not in the dataset.
 */
export function LiaisonChain({ roster, zoneNames }: { roster: BranchRoster; zoneNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('branch');
  const chain = useMemo(() => liaisonChain(roster), [roster]);
  return (
    <PanelSection title={t('chain.title')}>
      <details className="zone-card__more">
        <summary>{t('chain.zones')}</summary>
        <ul className="chain-list">
          {roster.zoneLiaisons.map((l) => (
            <li key={l.zoneId}>
              {l.name} → {zoneNames.get(l.zoneId) ?? l.zoneId}
            </li>
          ))}
        </ul>
      </details>
      <details className="zone-card__more" open>
        <summary>{t('chain.committee')}</summary>
        <Links links={chain.committee} />
      </details>
      <details className="zone-card__more">
        <summary>{t('chain.members')}</summary>
        <Links links={chain.members} />
      </details>
    </PanelSection>
  );
}

function Links({ links }: { links: readonly LiaisonLink[] }) {
  const { t } = useTranslation('branch');
  return (
    <ul className="chain-list">
      {links.map((l) => (
        <li key={l.from.id}>
          <PersonLink person={l.from} /> →{' '}
          {l.people.map((p, i) => (
            <span key={p.id}>
              {i > 0 && t('listSeparator')}
              <PersonLink person={p} />
            </span>
          ))}
          {l.teams.length > 0 && (
            <span className="zone-card__muted">{t('chain.teams', { names: l.teams.map((team) => team.name).join(t('listSeparator')) })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
