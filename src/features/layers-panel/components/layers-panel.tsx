import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_GROUPS, LAYER_NAMES, type LayerGroup, type LayerKey } from '../../../layers/layer-ids';
import type { LegendDescriptor } from '../../../layers/legend';
import { ZONE_INDICATORS, type ZoneIndicator } from '../../../layers/grid-zones';
import type { IssueHeatView } from '../../../layers/issue-heat';
import type { ViolationColorBy } from '../../../layers/violation-points';
import {
  useAppStore,
  useColorViolationsBy,
  useFadeGroup,
  useHeatView,
  useLanguage,
  useLayersPanelOpen,
  useLayerVisibility,
  usePickZoneIndicator,
  useSwitchHeatView,
  useToggleLayer,
  useToggleLayersPanel,
  useViolationColorBy,
  useZoneIndicator,
} from '../../../store/hooks';
import { fadeOfOpacities, opacitiesOfFade } from '../lib/fade';
import { LegendView } from './legend-view';

const HEAT_VIEWS: readonly IssueHeatView[] = ['heat', 'closureByZone', 'closureByHexagon'];
const COLOR_BY: readonly ViolationColorBy[] = ['category', 'severity'];

/**
 * The layer panel: two groups of checkboxes named exactly as issue 3 spells them, the fade between
 * the two maps, how the party layers are coloured, and a legend under each visible layer.
 */
export function LayersPanel({
  legends,
  status,
}: {
  legends: Readonly<Record<LayerKey, readonly LegendDescriptor[]>>;
  /** Per layer: still loading, or failed (shown next to its name). */
  status?: Partial<Record<LayerKey, 'loading' | 'failed'>>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = useLayersPanelOpen();
  const togglePanel = useToggleLayersPanel();
  const bodyId = useId();
  const production = useAppStore((s) => s.groupOpacity.production);
  const party = useAppStore((s) => s.groupOpacity.party);
  const fadeGroup = useFadeGroup();
  const fade = fadeOfOpacities(production, party);
  const onFade = (value: number) => {
    const o = opacitiesOfFade(value);
    fadeGroup('production', o.production);
    fadeGroup('party', o.party);
  };

  return (
    <section className={`layers-panel${open ? '' : ' layers-panel--closed'}`} aria-label={t('layers.panel')}>
      <div className="layers-panel__head">
        <h2 className="layers-panel__title">{t('layers.panel')}</h2>
        <button
          type="button"
          className="ui-button layers-panel__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? t('layers.collapse') : t('layers.expand')}
          onClick={() => togglePanel()}
        >
          {open ? '‹' : '›'}
        </button>
      </div>
      <div id={bodyId} className="layers-panel__body" hidden={!open}>
        <div className="layers-panel__fade">
          <label>
            <span className="layers-panel__fade-label">
              <span>{t('layers.groups.production')}</span>
              <span>{t('layers.groups.party')}</span>
            </span>
            <input
              type="range"
              min={-100}
              max={100}
              step={5}
              value={fade}
              aria-label={t('layers.fade')}
              aria-valuetext={t('layers.fadeValue', { production: Math.round(production * 100), party: Math.round(party * 100) })}
              onChange={(e) => onFade(Number(e.target.value))}
            />
          </label>
        </div>
        {(['production', 'party'] as const).map((group) => (
          <LayerGroupView key={group} group={group} legends={legends} status={status} language={language} />
        ))}
      </div>
    </section>
  );
}

function LayerGroupView({
  group,
  legends,
  status,
  language,
}: {
  group: LayerGroup;
  legends: Readonly<Record<LayerKey, readonly LegendDescriptor[]>>;
  status?: Partial<Record<LayerKey, 'loading' | 'failed'>>;
  language: 'zh-CN' | 'en';
}) {
  const { t } = useTranslation();
  const visibility = useLayerVisibility();
  const toggleLayer = useToggleLayer();
  const name = (key: LayerKey) => (language === 'en' ? LAYER_NAMES[key].en : LAYER_NAMES[key].zh);
  return (
    <fieldset className={`layers-panel__group layers-panel__group--${group}`}>
      <legend>{t(`layers.groups.${group}`)}</legend>
      <ul>
        {LAYER_GROUPS[group].map((key) => (
          <li key={key} className="layers-panel__layer">
            <label className="layers-panel__check">
              <input type="checkbox" checked={visibility[key]} onChange={() => toggleLayer(key)} />
              <span>{name(key)}</span>
              {visibility[key] && status?.[key] && (
                <span className={`layers-panel__status layers-panel__status--${status[key]}`}>{t(`layers.${status[key]}`)}</span>
              )}
            </label>
            {visibility[key] && (
              <div className="layers-panel__extra">
                {key === 'gridZones' && <ZoneIndicatorPicker />}
                {key === 'violations' && <ViolationColorPicker />}
                {key === 'issueHeat' && <HeatViewPicker />}
                <div className="layers-panel__legend" role="group" aria-label={t('layers.legend', { layer: name(key) })}>
                  {legends[key].map((legend, i) => (
                    <LegendView key={i} legend={legend} language={language} />
                  ))}
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ZoneIndicatorPicker() {
  const { t } = useTranslation();
  const indicator = useZoneIndicator();
  const pick = usePickZoneIndicator();
  return (
    <label className="layers-panel__select">
      <span>{t('layers.zoneIndicator')}</span>
      <select value={indicator} onChange={(e) => pick(e.target.value as ZoneIndicator)}>
        {ZONE_INDICATORS.map((i) => (
          <option key={i} value={i}>
            {t(`indicators.${i}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function ViolationColorPicker() {
  const { t } = useTranslation();
  const colorBy = useViolationColorBy();
  const pick = useColorViolationsBy();
  return (
    <label className="layers-panel__select">
      <span>{t('layers.colorBy')}</span>
      <select value={colorBy} onChange={(e) => pick(e.target.value as ViolationColorBy)}>
        {COLOR_BY.map((c) => (
          <option key={c} value={c}>
            {t(`colorBy.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function HeatViewPicker() {
  const { t } = useTranslation();
  const view = useHeatView();
  const pick = useSwitchHeatView();
  return (
    <label className="layers-panel__select">
      <span>{t('layers.heatView')}</span>
      <select value={view} onChange={(e) => pick(e.target.value as IssueHeatView)}>
        {HEAT_VIEWS.map((v) => (
          <option key={v} value={v}>
            {t(`heatViews.${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
