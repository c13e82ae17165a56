import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../components/link-button';
import { useDrillTo } from '../../../store/hooks';
import type { PersonRef } from '../lib/branch-view';

/** A party member opens their page (党员身边, on the map); staff have none: their name is plain text. */
export function PersonLink({ person }: { person: PersonRef }) {
  const drillTo = useDrillTo();
  if (person.role === 'staff') return <>{person.name}</>;
  return <LinkButton onClick={() => drillTo({ level: 'member', id: person.id })}>{person.name}</LinkButton>;
}

/** 支部书记 · 网格员, 党员, 群众 … */
export function RoleLabel({ person }: { person: PersonRef }) {
  const { t } = useTranslation('branch');
  const { t: tc } = useTranslation();
  if (person.role === 'staff' || person.role === null) return <>{t('zones.staff')}</>;
  const role = tc(`enums.memberRole.${person.role}`);
  return <>{person.isGridder ? `${role} · ${t('zones.gridder')}` : role}</>;
}
