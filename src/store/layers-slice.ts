import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/*
 * Which map layers are on, how each is drawn (its one option, e.g. violations coloured by severity),
 * and the fade between the production and party-building maps. The keys come from the layer registry
 * (the app passes its catalogue in), so the store knows no layer by name.
 */

export type LayerGroupKey = 'production' | 'party';

export interface LayerCatalogue {
  /** Every layer key, in registry order. */
  keys: readonly string[];
  defaultVisible: ReadonlySet<string>;
  /** Per layer with an option: its values and the default. */
  options: Readonly<Record<string, { values: readonly string[]; default: string }>>;
}

export const EMPTY_CATALOGUE: LayerCatalogue = { keys: [], defaultVisible: new Set(), options: {} };

export interface LayersSlice {
  layerCatalogue: LayerCatalogue;
  layerVisibility: Readonly<Record<string, boolean>>;
  /** Only options that differ from the layer's default. */
  layerOptions: Readonly<Record<string, string>>;
  /** 0..1 per group: the production/party fade. */
  groupOpacity: Record<LayerGroupKey, number>;
  toggleLayer: (key: string, visible?: boolean) => void;
  pickLayerOption: (key: string, option: string) => void;
  fadeGroup: (group: LayerGroupKey, opacity: number) => void;
  /** From the URL (back/forward): unknown keys and options ignored. */
  restoreLayers: (visible: readonly string[] | null, options: Readonly<Record<string, string>>) => void;
}

/** The visibility a URL's `layers=` list asks for (unknown keys ignored); the default set without one. */
export function initialVisibility(catalogue: LayerCatalogue, visible: readonly string[] | null | undefined): Record<string, boolean> {
  const on = visible ? new Set(visible) : catalogue.defaultVisible;
  return Object.fromEntries(catalogue.keys.map((key) => [key, on.has(key)]));
}

/** The visible layers for the URL, or null when they are the default set (links stay short). */
export function visibleLayersForUrl(catalogue: LayerCatalogue, visibility: Readonly<Record<string, boolean>>): string[] | null {
  if (catalogue.keys.every((key) => (visibility[key] ?? false) === catalogue.defaultVisible.has(key))) return null;
  return catalogue.keys.filter((key) => visibility[key]);
}

/** The valid options that are not the default. */
export function normaliseLayerOptions(catalogue: LayerCatalogue, options: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(options)) {
    const spec = catalogue.options[key];
    if (spec && spec.values.includes(value) && value !== spec.default) out[key] = value;
  }
  return out;
}

/** A layer's option: the picked one or its default. */
export function layerOptionOf(state: Pick<LayersSlice, 'layerCatalogue' | 'layerOptions'>, key: string): string | undefined {
  return state.layerOptions[key] ?? state.layerCatalogue.options[key]?.default;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1);

export const createLayersSlice =
  (init: { catalogue?: LayerCatalogue; layers?: readonly string[] | null; layerOptions?: Readonly<Record<string, string>> }): StateCreator<AppState, [], [], LayersSlice> =>
  (set, get) => {
    const catalogue = init.catalogue ?? EMPTY_CATALOGUE;
    return {
      layerCatalogue: catalogue,
      layerVisibility: initialVisibility(catalogue, init.layers),
      layerOptions: normaliseLayerOptions(catalogue, init.layerOptions ?? {}),
      groupOpacity: { production: 1, party: 1 },
      toggleLayer: (key, visible) => {
        if (!catalogue.keys.includes(key)) return;
        const s = get().layerVisibility;
        const next = visible ?? !s[key];
        if (next !== s[key]) set({ layerVisibility: { ...s, [key]: next } });
      },
      pickLayerOption: (key, option) => {
        const { [key]: _previous, ...rest } = get().layerOptions;
        set({ layerOptions: normaliseLayerOptions(catalogue, { ...rest, [key]: option }) });
      },
      fadeGroup: (group, opacity) => set((s) => ({ groupOpacity: { ...s.groupOpacity, [group]: clamp01(opacity) } })),
      restoreLayers: (visible, options) => {
        const s = get();
        const visibility = initialVisibility(catalogue, visible);
        const layerOptions = normaliseLayerOptions(catalogue, options);
        const same = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) =>
          Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
        set({
          layerVisibility: same(visibility, s.layerVisibility) ? s.layerVisibility : visibility,
          layerOptions: same(layerOptions, s.layerOptions) ? s.layerOptions : layerOptions,
        });
      },
    };
  };
