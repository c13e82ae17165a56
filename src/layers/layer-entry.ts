import type { Layer } from '@deck.gl/core';
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import type { Language, Theme } from '../lib/view-options';
import type { Place, PlaceLevel, Selection, SelectionKind } from '../lib/url-state';
import type { ViolationFilter } from '../lib/violation-filter';
import type { Linked } from '../data/linked';
import type { MapData, MapDataKey } from '../data/map-data';
import type { LegendDescriptor } from './legend';
import type { ZoomFade } from './scale-rules';

/*
 * One entry per map layer: everything the app needs of it. The map feature asks each visible entry
 * what data it needs, hands it a LayerContext, and gets deck.gl layers, legends, picks and details
 * back; nothing else in the app knows a layer by name. Adding a layer: one file that exports its
 * entry (builder beside it), and one line in registry.ts.
 */

export type LayerGroup = 'production' | 'party';

export interface LayerContext {
  data: MapData;
  visible: boolean;
  /** The group's fade, 0–1. */
  opacity: number;
  /** Floored to quarter steps. */
  zoom: number;
  /** The base map's theme: ramps that must recede into it differ between dark and light. */
  theme: Theme;
  /** The entry's drawing option (its default when none was picked); '' for entries without one. */
  option: string;
  filter: ViolationFilter;
  place: Place;
  selection: Selection | null;
  linked: Linked;
  /** Symbols and lines this many times their desk size: 1 on a desk, more on a wall (read from 5 m). */
  sizeScale: number;
  /**
   * What each of the entry's `lazy` parts loaded, in order: null until it has arrived (or when not
   * wanted). A new array every render: list its items in `inputs`, not the array.
   */
  lazy: readonly unknown[];
}

/** Where a click leads: a step on the drill path, or a selection. */
export type NavTarget = { place: Place & { level: PlaceLevel } } | { selection: Selection };

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface TooltipText {
  title: string;
  lines: readonly string[];
}

/** What the pointer is over, in the entry's terms. */
export interface Picked {
  layer: string;
  /** The kind, as an i18n key under `kinds.` (zone, violation, hexagon…). */
  kind: string;
  target: NavTarget | null;
  describe(t: Translate, language: Language): TooltipText;
}

/** The subset of deck.gl's pick info entries read. */
export interface PickInfoLike {
  layer?: { id: string } | null;
  object?: unknown;
  index: number;
}

/** A value in a details section: text, or a link to something else on the map. */
export type DetailValue = string | number | { text: string; to: NavTarget } | readonly { text: string; to: NavTarget }[];
export interface DetailRow {
  /** An i18n key. */
  label: string;
  value: DetailValue;
}
export interface DetailSection {
  title: string;
  badge?: string;
  rows: readonly DetailRow[];
}

/** What a selected object of this layer shows: from the map data, and optionally from a query of its own. */
export interface DetailsSpec<T = unknown, K extends QueryKey = QueryKey> {
  kind: SelectionKind;
  /** The map data its rows read (names of linked objects…), fetched while it is shown. */
  needs: readonly MapDataKey[];
  /** A query-options factory of src/api (plain data: layers stay free of React). */
  query?: (id: string) => UseQueryOptions<T, Error, T, K>;
  describe(id: string, data: MapData, fetched: T | undefined, t: Translate, language: Language): DetailSection | null;
}

export interface LayerOption {
  /** i18n key of the picker's label. */
  label: string;
  values: readonly string[];
  default: string;
  /** A value's name, in the reader's language. */
  valueLabel: (value: string, t: Translate, language: Language) => string;
  /**
   * 'indicator': the option is the app's indicator (zones are coloured by what the rankings rank),
   * kept in the store's indicator, not among the layer options.
   */
  bind?: 'indicator';
}

/** A part of an entry's code that loads the first time the layer is shown with an option that wants it. */
export interface LazyPart {
  wanted: (option: string) => boolean;
  load: () => Promise<unknown>;
}

export interface LayerEntry<K extends string = string> {
  key: K;
  /** deck.gl id of the main layer; sub-layers are `<id>-<part>`, so a pick maps back to the entry. */
  id: string;
  group: LayerGroup;
  names: { zh: string; en: string };
  defaultVisible: boolean;
  option?: LayerOption;
  /** The data it draws, given its option and the zoom. */
  needs(option: string, zoom: number): readonly MapDataKey[];
  /** Its layers (or sub-layers, by deck id) that fade in or out with the zoom: what each scale shows (scale-rules.ts). */
  fades?: readonly ZoomFade[];
  /** Code loaded on first use (e.g. deck.gl's HexagonLayer), each part when the option asks for it. */
  lazy?: readonly LazyPart[];
  /** What `build` reads from the context: the layers are rebuilt only when one of these changes. */
  inputs(ctx: LayerContext): readonly unknown[];
  build(ctx: LayerContext): readonly Layer[];
  legend(ctx: LayerContext): readonly LegendDescriptor[];
  pick(info: PickInfoLike, ctx: LayerContext): Picked | null;
  /** What its selection shows; null for a layer whose clicks move along the drill path (its place panel shows it). */
  details: DetailsSpec | null;
}

/** A details spec with a typed query result, as the entry holds it (the query and `describe` agree on T). */
export const defineDetails = <T, K extends QueryKey>(spec: DetailsSpec<T, K>): DetailsSpec => spec as unknown as DetailsSpec;

/** Keeps the key literal, so the registry's keys form a type. */
export const defineLayer = <const K extends string>(entry: LayerEntry<K>): LayerEntry<K> => entry;
