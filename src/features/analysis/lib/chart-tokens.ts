import type { Rgba } from '../../../layers/palette';

/** The theme's colours and type as the charts take them: read from tokens.css, so charts and map agree. */
export interface ChartTokens {
  text: string;
  muted: string;
  border: string;
  surface: string;
  accent: string;
  font: string;
}

/** The tokens in force on `el` (inside an element with data-theme, so a theme switch is seen at once). */
export function chartTokensOf(el: Element): ChartTokens {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#e8f1ff'),
    muted: v('--text-muted', '#8ea3c0'),
    border: v('--border', '#1f3a5f'),
    surface: v('--surface', '#0a1830'),
    accent: v('--accent', '#4cc3ff'),
    font: v('--font-sans', 'sans-serif'),
  };
}

export const cssColor = (c: Rgba | readonly [number, number, number], alpha?: number) =>
  `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${alpha ?? (c.length > 3 ? (c[3] as number) / 255 : 1)})`;
