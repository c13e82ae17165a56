import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import type { DetailValue, DetailsSpec, NavTarget, Translate } from '../../../layers/layer-entry';
import { LAYER_REGISTRY } from '../../../layers/registry';
import type { Selection } from '../../../lib/url-state';
import { useMapData } from '../../../data/use-map-data';
import { LinkButton } from '../../../components/link-button';
import { Panel, PanelBody, PanelHead } from '../../../components/panel';
import { StatList, StatRow } from '../../../components/stat-row';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useClearSelection, useDrillTo, useLanguage, useSelect } from '../../../store/hooks';
import './details-panel.css';

const specOf = (kind: Selection['kind']): DetailsSpec | undefined => LAYER_REGISTRY.find((e) => e.details?.kind === kind)?.details ?? undefined;
const NO_QUERY = { queryKey: ['details', 'none'] as const, queryFn: () => Promise.resolve(null), enabled: false };

/**
 * The details of the selected object, as its layer's registry entry describes them. Everything from
 * the API is rendered as text; names come as the server serves them (masked outside the caller's scope).
 */
export function DetailsPanel({ selection }: { selection: Selection }) {
  const { t } = useTranslation();
  const clear = useClearSelection();
  const spec = specOf(selection.kind);
  return (
    <Panel as="aside" className="details-panel" aria-label={t('details.panel')}>
      <PanelHead kind={t(`kinds.${selection.kind}`)} closeLabel={t('details.close')} onClose={clear} />
      {spec ? <Details spec={spec} id={selection.id} /> : <PanelBody><EmptyState>{t('details.notFound')}</EmptyState></PanelBody>}
    </Panel>
  );
}

function Details({ spec, id }: { spec: DetailsSpec; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, status } = useMapData(new Set(spec.needs), { enabled: true, areaBBox: null, membersVisible: false });
  const fetched = useQuery(spec.query ? { ...spec.query(id), placeholderData: undefined } : NO_QUERY);
  const tx = t as unknown as Translate;
  const section = spec.describe(id, data, fetched.data ?? undefined, tx, language);
  if (!section) {
    const error = fetched.error ?? (Object.values(status).includes('failed') ? new Error('failed') : null);
    return (
      <PanelBody>
        {error instanceof ApiError && error.status === 403 ? (
          <EmptyState>{t('details.forbidden')}</EmptyState>
        ) : error instanceof ApiError && error.status === 404 ? (
          <EmptyState>{t('details.notFound')}</EmptyState>
        ) : error ? (
          <ErrorState>{t('details.failed')}</ErrorState>
        ) : (
          <LoadingState>{t('details.loading')}</LoadingState>
        )}
      </PanelBody>
    );
  }
  return (
    <PanelBody title={section.title} badge={section.badge}>
      <StatList>
        {section.rows.map((row) => (
          <StatRow key={row.label} label={tx(row.label)}>
            <Value value={row.value} />
          </StatRow>
        ))}
      </StatList>
    </PanelBody>
  );
}

/** A link to another object: a drill step or a selection (the map frames it). */
function NavLink({ to, children }: { to: NavTarget; children: string }) {
  const select = useSelect();
  const drillTo = useDrillTo();
  return <LinkButton onClick={() => ('place' in to ? drillTo(to.place) : select(to.selection))}>{children}</LinkButton>;
}

function Value({ value }: { value: DetailValue }) {
  const { t } = useTranslation();
  if (typeof value === 'string' || typeof value === 'number') return <>{value}</>;
  if (!Array.isArray(value)) {
    const link = value as { text: string; to: NavTarget };
    return <NavLink to={link.to}>{link.text}</NavLink>;
  }
  if (value.length === 0) return <>{t('details.none')}</>;
  return (
    <ul className="details-panel__links">
      {value.map((item: { text: string; to: NavTarget }) => (
        <li key={JSON.stringify(item.to)}>
          <NavLink to={item.to}>{item.text}</NavLink>
        </li>
      ))}
    </ul>
  );
}
