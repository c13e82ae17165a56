import { addProtocol, type StyleSpecification } from 'maplibre-gl';
import type { Protocol } from 'pmtiles';
import { z } from '../lib/zod';
import { OFFLINE_DATUM } from '../layers/base-map-style';
import type { buildPmtilesStyle } from './pmtiles-style';
import { datums, isDatum, type Datum } from '../lib/datum';
import type { Language, Theme } from '../lib/view-options';

/*
 * Which base map the app draws, chosen at run time by `config.json` (public/config.json, served next
 * to index.html) so that an intranet can point the app at its own tiles without rebuilding it:
 *
 *   { "basemap": { "kind": "offline" } }                                          the default
 *   { "basemap": { "kind": "pmtiles", "url": "/tiles/guangzhou.pmtiles", "datum": "WGS84" } }
 *   { "basemap": { "kind": "style", "url": "https://example.org/styles/dark.json", "datum": "GCJ02" } }
 *
 * A missing or invalid file falls back to the offline base map with a console warning. The datum is
 * the one the base map draws in; the data is converted to it (src/lib/datum.ts). See docs/base-map.md.
 */

export const CONFIG_URL = '/config.json';

/** Same-origin paths (`/tiles/x.pmtiles`, `tiles/x.pmtiles`) or http(s) URLs; no other scheme. */
const ResourceUrl = z.string().check(
  z.trim(),
  z.minLength(1),
  z.refine((value) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    }
    // A relative path, but not a protocol-relative URL (//host/…), which would leave the origin silently.
    return !value.startsWith('//');
  }, 'must be a same-origin path or an http(s) URL'),
);

const DatumSchema = z.enum(datums);

export const BaseMapConfig = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('offline') }),
  z.strictObject({
    kind: z.literal('pmtiles'),
    /** The .pmtiles archive (HTTP range requests), e.g. /tiles/guangzhou.pmtiles. */
    url: ResourceUrl,
    /** The archive's layer schema; the built-in style knows the Protomaps basemap layers. */
    flavor: z._default(z.enum(['protomaps']), 'protomaps'),
    /** A MapLibre style for the archive (its sources use `pmtiles://…`); without it a built-in style is used. */
    styleUrl: z.optional(ResourceUrl),
    datum: DatumSchema,
  }),
  z.strictObject({ kind: z.literal('style'), url: ResourceUrl, datum: DatumSchema }),
]);
export type BaseMapConfig = z.infer<typeof BaseMapConfig>;

export const RuntimeConfig = z.object({ basemap: z._default(BaseMapConfig, { kind: 'offline' }) });
export type RuntimeConfig = z.infer<typeof RuntimeConfig>;

export const OFFLINE_CONFIG: RuntimeConfig = { basemap: { kind: 'offline' } };

export interface LoadedConfig {
  config: RuntimeConfig;
  /** Why the offline default is used instead of the file (absent, unreadable, invalid); null when the file was used. */
  fallbackReason: string | null;
}

/** Validates parsed JSON: the config, or the offline default with the reason. */
export function parseRuntimeConfig(json: unknown): LoadedConfig {
  const result = RuntimeConfig.safeParse(json);
  if (result.success) return { config: result.data, fallbackReason: null };
  const reason = result.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
  return { config: OFFLINE_CONFIG, fallbackReason: `invalid config: ${reason}` };
}

export interface LoadConfigOptions {
  url?: string;
  fetch?: typeof fetch;
  /** Give up after this long (a wall screen must start even if the file hangs). Default 5000. */
  timeoutMs?: number;
  warn?: (message: string) => void;
}

/** Reads config.json once at start; never throws. */
export async function loadRuntimeConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const { url = CONFIG_URL, fetch: fetchFn = globalThis.fetch, timeoutMs = 5000 } = options;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const fallback = (reason: string): LoadedConfig => {
    warn(`config: ${reason}; using the offline base map`);
    return { config: OFFLINE_CONFIG, fallbackReason: reason };
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { signal: controller.signal, cache: 'no-cache' });
    if (response.status === 404) return fallback(`${url} is absent (404)`);
    if (!response.ok) return fallback(`${url} answered HTTP ${response.status}`);
    // A server with an SPA fallback answers a missing file with the app's index.html.
    if (/text\/html/i.test(response.headers.get('content-type') ?? '')) return fallback(`${url} is absent (HTML answered)`);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return fallback(`${url} is not JSON`);
    }
    const loaded = parseRuntimeConfig(json);
    if (loaded.fallbackReason) return fallback(loaded.fallbackReason);
    return loaded;
  } catch (error) {
    return fallback(`${url} could not be read (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

type AddProtocol = (name: string, load: Protocol['tile']) => void;
let pmtilesRegistration: Promise<void> | null = null;

/**
 * Registers MapLibre's `pmtiles://` protocol, once per page (more calls wait for the first). Returns
 * whether this call registered it. The PMTiles reader is loaded only here: the offline base map never
 * downloads it. `add` is for tests; the default is maplibre-gl's addProtocol.
 */
export async function registerPmtilesProtocol(add: AddProtocol = addProtocol): Promise<boolean> {
  if (pmtilesRegistration) {
    await pmtilesRegistration;
    return false;
  }
  pmtilesRegistration = import('pmtiles').then(({ Protocol: PmtilesProtocol }) => add('pmtiles', new PmtilesProtocol().tile));
  await pmtilesRegistration;
  return true;
}

export interface ResolvedBaseMap {
  kind: BaseMapConfig['kind'];
  /** A style object, or a style URL that MapLibre fetches (`map.setStyle(url)` takes both). */
  style: StyleSpecification | string;
  /** The datum the base map draws in: convert the data to it. */
  datum: Datum;
  /** Whether `registerPmtilesProtocol()` must have run before the style is given to MapLibre. */
  needsPmtiles: boolean;
}

export interface ResolveOptions {
  theme: Theme;
  lang: Language;
  /** Turns relative URLs into absolute ones (MapLibre's worker needs them). Default: as they are. */
  resolveUrl?: (path: string) => string;
  textScale?: number;
  /** The built-in PMTiles style (loadPmtilesStyle): needed only for an archive configured without a style of its own. */
  pmtilesStyle?: typeof buildPmtilesStyle;
}

function pmtilesStyleOf(options: ResolveOptions): typeof buildPmtilesStyle {
  if (!options.pmtilesStyle) throw new Error('a PMTiles base map without a styleUrl needs the built-in style: loadPmtilesStyle() first');
  return options.pmtilesStyle;
}

/** The built-in PMTiles style, in a chunk of its own (main.tsx loads it when config.json asks for an archive). */
export async function loadPmtilesStyle(): Promise<typeof buildPmtilesStyle> {
  return (await import('./pmtiles-style')).buildPmtilesStyle;
}

/** The offline style's datum is in its metadata (buildBaseMapStyle writes 'dangjian:datum'). */
export function datumOfStyle(style: StyleSpecification, fallback: Datum = 'GCJ02'): Datum {
  const metadata = style.metadata as Record<string, unknown> | undefined;
  const datum = metadata?.['dangjian:datum'];
  return isDatum(datum) ? datum : fallback;
}

/** The datum the configured base map draws in (fixed for the session: the data is converted to it once). */
export function baseMapDatumOf(config: RuntimeConfig): Datum {
  return config.basemap.kind === 'offline' ? OFFLINE_DATUM : config.basemap.datum;
}

/**
 * The base map to draw: the offline style as it is; a PMTiles archive with its own style, or with a
 * built-in one; or a MapLibre style URL as it is. Pure: call registerPmtilesProtocol() when
 * `needsPmtiles` (the app does it once before creating the map).
 */
export function resolveBaseMapStyle(
  config: RuntimeConfig | BaseMapConfig,
  offlineStyle: StyleSpecification,
  options: ResolveOptions,
): ResolvedBaseMap {
  const basemap = 'basemap' in config ? config.basemap : config;
  const resolveUrl = options.resolveUrl ?? ((path: string) => path);
  switch (basemap.kind) {
    case 'offline':
      return { kind: 'offline', style: offlineStyle, datum: datumOfStyle(offlineStyle), needsPmtiles: false };
    case 'pmtiles': {
      const archive = `pmtiles://${resolveUrl(basemap.url)}`;
      const style = basemap.styleUrl
        ? resolveUrl(basemap.styleUrl)
        : pmtilesStyleOf(options)({ url: archive, theme: options.theme, lang: options.lang, textScale: options.textScale });
      return { kind: 'pmtiles', style, datum: basemap.datum, needsPmtiles: true };
    }
    case 'style':
      return { kind: 'style', style: resolveUrl(basemap.url), datum: basemap.datum, needsPmtiles: false };
  }
}
