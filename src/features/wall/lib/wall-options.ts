import { WallId } from '../../../api/schemas/walls';
import { defaultLanguage, defaultTheme, isTheme, parseLanguage } from '../../../lib/view-options';
import { z } from '../../../lib/zod';

/*
 * The wall screen's options: `/wall?account=…&tour=districts&interval=20&refresh=60&idle=60&theme=dark&lang=zh-CN`.
 * Unlike the rest of the URL, a wall reports a bad value on its screen (nobody is at a keyboard to
 * notice a silent fallback): each option is checked on its own, and a bad one falls back to its
 * default and is listed. `theme` and `lang` are read by the URL's schema (lib/url-state.ts); here they are only checked.
 */
export const WALL_TOURS = ['districts', 'off'] as const;
export type WallTour = (typeof WALL_TOURS)[number];

export interface WallOptions {
  /** districts: bureau → each district bureau → back; off: the bureau (or `at=`) only. */
  tour: WallTour;
  /** Seconds per tour stop. */
  interval: number;
  /** Seconds between revalidations of the wall's data (each a conditional GET). */
  refresh: number;
  /** Seconds the tour stays paused after the last touch, click or key. */
  idle: number;
  /** The wall's name, under which the API keeps what its room has acknowledged; null: the account's id. */
  wall: string | null;
}

export const WALL_DEFAULTS: WallOptions = { tour: 'districts', interval: 20, refresh: 60, idle: 60, wall: null };

/** A parameter the wall could not use: its name, what it said, and the default used instead. */
export interface WallOptionProblem {
  param: string;
  value: string;
  fallback: string;
}

const seconds = (min: number, max: number) =>
  z.pipe(z.pipe(z.string().check(z.regex(/^\d{1,6}$/)), z.transform(Number)), z.number().check(z.minimum(min), z.maximum(max)));

// Built on first use.
let wallSchema: ReturnType<typeof buildWallSchema> | null = null;
function buildWallSchema() {
  return z.object({
    tour: z.enum(WALL_TOURS),
    interval: seconds(5, 3600),
    refresh: seconds(2, 3600),
    idle: seconds(5, 3600),
    wall: WallId,
    theme: z.string().check(z.refine(isTheme)),
    lang: z.string().check(z.refine((v) => parseLanguage(v) !== null)),
  });
}

/** The wall's options from a search string; each bad one replaced by its default and reported. */
export function parseWallOptions(search: string): { options: WallOptions; problems: WallOptionProblem[] } {
  const params = new URLSearchParams(search);
  const shape = (wallSchema ??= buildWallSchema()).shape;
  const options: WallOptions = { ...WALL_DEFAULTS };
  const problems: WallOptionProblem[] = [];
  const fallbackOf = { ...WALL_DEFAULTS, wall: 'account', theme: defaultTheme, lang: defaultLanguage };
  for (const param of Object.keys(shape) as (keyof typeof shape)[]) {
    const value = params.get(param);
    if (value === null) continue;
    const parsed = shape[param].safeParse(value);
    if (!parsed.success) problems.push({ param, value, fallback: String(fallbackOf[param]) });
    else if (param in options) (options as unknown as Record<string, unknown>)[param] = parsed.data;
  }
  return { options, problems };
}
