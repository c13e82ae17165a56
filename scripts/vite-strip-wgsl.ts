import type { Plugin } from 'vite';

/*
 * deck.gl 9 and luma.gl ship a WGSL (WebGPU) twin of every shader, tagged `/* wgsl *\/` in their
 * sources. The app runs on WebGL2 only (MapLibre's context), so those strings are dead weight in the
 * first screen's JavaScript: this build step empties them. The WebGL (GLSL) shaders are untouched;
 * the browser tests' pixel checks would fail if a layer lost its program.
 */

const WGSL_TAG = /\/\*\s*wgsl\s*\*\/\s*$/i;
const PACKAGES = /[\\/]node_modules[\\/]@(deck|luma)\.gl[\\/]/;

interface Node {
  type: string;
  start: number;
  end: number;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** [start, end) of every template literal that directly follows a `/* wgsl *\/` comment. */
export function wgslTemplateRanges(code: string, program: unknown): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    if (value.type === 'TemplateLiteral' && WGSL_TAG.test(code.slice(Math.max(0, value.start - 40), value.start))) {
      ranges.push([value.start, value.end]);
      return;
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'type' && typeof child === 'object') visit(child);
  };
  visit(program);
  return ranges;
}

/** The code with each range replaced by an empty template literal. */
export function emptyRanges(code: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += `${code.slice(at, start)}\`\``;
    at = end;
  }
  return out + code.slice(at);
}

export function stripWgsl(): Plugin {
  return {
    name: 'strip-wgsl',
    apply: 'build',
    transform(code, id) {
      if (!PACKAGES.test(id) || !/wgsl/i.test(code)) return null;
      const ranges = wgslTemplateRanges(code, this.parse(code));
      return ranges.length ? { code: emptyRanges(code, ranges), map: null } : null;
    },
  };
}
