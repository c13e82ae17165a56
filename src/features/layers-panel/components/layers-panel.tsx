import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerEntry, Translate } from '../../../layers/layer-entry';
import { LAYER_GROUPS } from '../../../layers/registry';
import type { LegendDescriptor } from '../../../layers/legend';
import type { Language } from '../../../lib/view-options';
import { Legend } from '../../../components/legend';
import { Panel } from '../../../components/panel';
import { RangeSlider } from '../../../components/range-slider';
import {
  useAppStore,
  useFadeGroup,
  useIndicator,
  useLanguage,
  useLayersPanelOpen,
  useLayerVisibility,
  usePickIndicator,
  usePickLayerOption,
  useToggleLayer,
  useToggleLayersPanel,
} from '../../../store/hooks';
import { layerOptionOf } from '../../../store/layers-slice';
import { fadeOfOpacities, opacitiesOfFade } from '../lib/fade';
import './layers-panel.css';

/**
 * The layer panel, drawn from the layer registry: the two maps' layers as checkboxes (named as the
 * registry names them), the fade between the two maps, each visible layer's drawing option and legend.
 */
export function LayersPanel({
  legends,
  status,
}: {
  legends: Readonly<Record<string, readonly LegendDescriptor[]>>;
  /** Per layer: still loading, or failed (shown next to its name). */
  status?: Readonly<Record<string, 'loading' | 'failed' | undefined>>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = useLayersPanelOpen();
  const togglePanel = useToggleLayersPanel();
  const bodyId = useId();
  const production = useAppStore((s) => s.groupOpacity.production);
  const party = useAppStore((s) => s.groupOpacity.party);
  const fadeGroup = useFadeGroup();
  const onFade = (value: number) => {
    const o = opacitiesOfFade(value);
    fadeGroup('production', o.production);
    fadeGroup('party', o.party);
  };

  return (
    <Panel className={`layers-panel${open ? '' : ' layers-panel--closed'}`} aria-label={t('layers.panel')}>
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
          <RangeSlider
            label={t('layers.fade')}
            valueText={t('layers.fadeValue', { production: Math.round(production * 100), party: Math.round(party * 100) })}
            value={fadeOfOpacities(production, party)}
            min={-100}
            max={100}
            step={5}
            onChange={onFade}
            ends={[t('layers.groups.production'), t('layers.groups.party')]}
          />
        </div>
        {(['production', 'party'] as const).map((group) => (
          <fieldset key={group} className={`layers-panel__group layers-panel__group--${group}`}>
            <legend>{t(`layers.groups.${group}`)}</legend>
            <ul>
              {LAYER_GROUPS[group].map((entry: LayerEntry) => (
                <LayerItem key={entry.key} entry={entry} status={status?.[entry.key]} language={language} />
              ))}
            </ul>
          </fieldset>
        ))}
        {/* The switches first, always in reach; how the visible layers are drawn below them. */}
        <section className="layers-panel__legends" aria-label={t('layers.legends')}>
          <h3>{t('layers.legends')}</h3>
          {[...LAYER_GROUPS.party, ...LAYER_GROUPS.production].map((entry: LayerEntry) => (
            <LayerLegend key={entry.key} entry={entry} legends={legends[entry.key] ?? NO_LEGENDS} language={language} />
          ))}
        </section>
      </div>
    </Panel>
  );
}

const NO_LEGENDS: readonly LegendDescriptor[] = [];

// Memoised, as are the legend and option below: a time-window change re-renders the panel (the
// violations' legend follows the window), and only what changed should follow it.
const LayerItem = memo(function LayerItem({ entry, status, language }: { entry: LayerEntry; status: 'loading' | 'failed' | undefined; language: Language }) {
  const { t } = useTranslation();
  const visible = useLayerVisibility()[entry.key] === true;
  const toggleLayer = useToggleLayer();
  return (
    <li className="layers-panel__layer">
      <label className="layers-panel__check">
        <input type="checkbox" checked={visible} onChange={() => toggleLayer(entry.key)} />
        <span>{language === 'en' ? entry.names.en : entry.names.zh}</span>
        {visible && status && <span className={`layers-panel__status layers-panel__status--${status}`}>{t(`layers.${status}`)}</span>}
      </label>
    </li>
  );
});

/** A visible layer's drawing option and legends (nothing for a hidden one). */
const LayerLegend = memo(function LayerLegend({ entry, legends, language }: { entry: LayerEntry; legends: readonly LegendDescriptor[]; language: Language }) {
  const { t } = useTranslation();
  const visible = useLayerVisibility()[entry.key] === true;
  if (!visible) return null;
  const name = language === 'en' ? entry.names.en : entry.names.zh;
  return (
    <div className="layers-panel__legend" role="group" aria-label={t('layers.legend', { layer: name })}>
      <h4>{name}</h4>
      {entry.option && <OptionPicker entry={entry} language={language} />}
      {legends.map((legend, i) => (
        <Legend key={i} legend={legend} language={language} />
      ))}
    </div>
  );
});

/** The entry's one drawing option; an option bound to the app's indicator reads and writes that. */
const OptionPicker = memo(function OptionPicker({ entry, language }: { entry: LayerEntry; language: Language }) {
  const { t } = useTranslation();
  const option = entry.option;
  const indicator = useIndicator();
  const pickIndicator = usePickIndicator();
  const own = useAppStore((s) => layerOptionOf(s, entry.key));
  const pickOption = usePickLayerOption();
  if (!option) return null;
  const bound = option.bind === 'indicator';
  const value = bound ? indicator : (own ?? option.default);
  const pick = (v: string) => (bound ? pickIndicator(v) : pickOption(entry.key, v));
  return (
    <label className="layers-panel__select">
      <span>{(t as unknown as Translate)(option.label)}</span>
      <select value={value} onChange={(e) => pick(e.target.value)}>
        {option.values.map((v) => (
          <option key={v} value={v}>
            {option.valueLabel(v, t as unknown as Translate, language)}
          </option>
        ))}
      </select>
    </label>
  );
});
