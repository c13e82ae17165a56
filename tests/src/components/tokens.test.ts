import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AA_LARGE_TEXT, AA_TEXT, contrastRatio, over, parseHex } from '../../../src/lib/contrast';

/*
 * The theme tokens of src/components/tokens.css, parsed as the browser would cascade them: :root,
 * then each theme's block. Every text colour the UI uses must reach WCAG AA on every surface it
 * sits on, in both themes.
 */

const css = readFileSync(new URL('../../../src/components/tokens.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties of each rule, by its selector list. */
function rules(source: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const m of source.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const vars: Record<string, string> = {};
    for (const d of (m[2] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars[d[1] ?? ''] = (d[2] ?? '').trim();
    out.set((m[1] ?? '').replace(/\s+/g, ' ').trim(), vars);
  }
  return out;
}

const all = rules(css);
const root = all.get(':root') ?? {};
const themes = {
  dark: { ...root, ...all.get(":root, [data-theme='dark']") },
  light: { ...root, ...all.get("[data-theme='light']") },
};

/** The colours a background token paints: a plain colour, or each stop of a gradient. */
const colours = (value: string) => value.match(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b/gi) ?? [];

/**
 * Every surface in the app's CSS that lets the map show through (`color-mix(in srgb, var(--surface) N%, transparent)`:
 * the wall's ticker, the map's tooltip and attribution), with its share of --surface and where it is.
 */
const srcDir = new URL('../../../src/', import.meta.url);
const translucent = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.css'))
  .flatMap((file) =>
    [...readFileSync(new URL(file, srcDir), 'utf8').matchAll(/color-mix\(in srgb, var\(--surface\) (\d+)%, transparent\)/g)].map((m) => ({
      file,
      opacity: Number(m[1]) / 100,
    })),
  );

const TEXT = ['--text', '--text-muted', '--accent', '--ok', '--warn', '--bad', '--party-gold-text'];
const SURFACES = ['--bg', '--surface', '--surface-raised', '--header-bg'];

describe('theme tokens', () => {
  it('parses both themes with every token the checks below need', () => {
    for (const [theme, vars] of Object.entries(themes)) {
      for (const name of [...TEXT, ...SURFACES, '--focus', '--border']) expect(vars[name], `${theme} ${name}`).toBeDefined();
      expect(colours(vars['--header-bg'] ?? '').length, theme).toBeGreaterThanOrEqual(2);
    }
    expect(themes.dark['--bg']).not.toBe(themes.light['--bg']);
  });

  for (const theme of ['dark', 'light'] as const) {
    it(`${theme}: every text colour reaches AA (4.5:1) on every surface`, () => {
      const vars = themes[theme];
      const failures: string[] = [];
      for (const text of TEXT) {
        for (const surface of SURFACES) {
          for (const bg of colours(vars[surface] ?? '')) {
            const ratio = contrastRatio(vars[text] ?? '', bg);
            if (ratio < AA_TEXT) failures.push(`${text} ${vars[text]} on ${surface} ${bg}: ${ratio.toFixed(2)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it(`${theme}: text still reaches AA on every translucent surface over the map's darkest and lightest pixels`, () => {
      // What sits on them in --surface-raised is opaque (tiles, buttons); the desk's panels are opaque.
      const vars = themes[theme];
      const failures: string[] = [];
      for (const { file, opacity } of translucent) {
        for (const under of [[0, 0, 0], [255, 255, 255]] as const) {
          const bg = over(parseHex(vars['--surface'] ?? ''), opacity, under);
          for (const text of TEXT) {
            const ratio = contrastRatio(vars[text] ?? '', bg);
            if (ratio < AA_TEXT) failures.push(`${text} on ${file}'s ${opacity * 100} % --surface over ${under.join(',')}: ${ratio.toFixed(2)}`);
          }
        }
      }
      expect(translucent.length).toBeGreaterThanOrEqual(3);
      expect(failures).toEqual([]);
    });

    it(`${theme}: the focus ring and the party red's white badge text stand out (3:1 / 4.5:1)`, () => {
      const vars = themes[theme];
      for (const surface of ['--bg', '--surface', '--surface-raised']) {
        expect(contrastRatio(vars['--focus'] ?? '', vars[surface] ?? ''), `${theme} focus on ${surface}`).toBeGreaterThanOrEqual(AA_LARGE_TEXT);
      }
      expect(contrastRatio('#ffffff', vars['--party-red'] ?? '')).toBeGreaterThanOrEqual(AA_TEXT);
    });
  }
});
