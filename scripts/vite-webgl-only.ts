import type { Plugin } from 'vite';

/*
 * The app draws with WebGL2 only (deck.gl inside MapLibre's context), yet deck.gl 9 and luma.gl carry
 * their WebGPU paths into every bundle. This build step leaves them out of the first screen's JavaScript:
 * - the WGSL twin of every shader (template literals tagged `/* wgsl *\/`) is emptied; the GLSL is
 *   untouched, and the browser tests' pixel checks would fail if a layer lost its program;
 * - modules that only a WebGPU device uses are replaced by a stub that throws if ever constructed;
 * - luma.gl's WGSL scanners (a WGSL shader's layout and binding table), called only when a WGSL
 *   shader is assembled, become stubs that throw if ever called;
 * - the image loader deck.gl registers for layers that fetch images by URL: the app gives its one
 *   bitmap (the issue heat) as ImageData, so nothing is ever loaded; a stub fails loudly if it were;
 * - loaders.gl's core (load, parse, the loader registry and its workers, ~8 kB gzip), which deck.gl
 *   uses only when a layer's data or image is a URL: the app's data comes through react-query as
 *   arrays and binary columns, never as URLs; a stub fails loudly if a URL were ever given.
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

/**
 * Modules a WebGL device never runs, by path inside node_modules. deck.gl's attribute manager builds
 * its interleaved buffer groups only `if (device.type === 'webgpu')`; the module pulls in all of
 * @luma.gl/gpgpu.
 */
const WEBGPU_ONLY_MODULES = [/[\\/]@deck\.gl[\\/]core[\\/]dist[\\/]lib[\\/]attribute[\\/]attribute-buffer-groups\.js$/];

export function isWebGpuOnlyModule(id: string): boolean {
  return WEBGPU_ONLY_MODULES.some((pattern) => pattern.test(id));
}

/** What a WebGPU-only module becomes: the same default export, failing loudly if it is ever used. */
export const WEBGPU_ONLY_STUB = `export default class WebGpuOnly {
  constructor() { throw new Error('This build is WebGL2 only: a WebGPU-only module was used (scripts/vite-webgl-only.ts).'); }
}
`;

const WGSL_SCANNER_MODULE = /[\\/]@luma\.gl[\\/]shadertools[\\/]dist[\\/]lib[\\/]shader-assembly[\\/]wgsl-(interface-scan|binding-debug)\.js$/;

export function isWgslScannerModule(id: string): boolean {
  return WGSL_SCANNER_MODULE.test(id);
}

/** What the two WGSL scanners become: their one export each, failing loudly if a WGSL shader is ever assembled. */
export const WGSL_SCANNER_STUB = `const refuse = () => {
  throw new Error('This build is WebGL2 only: a WGSL shader was assembled (scripts/vite-webgl-only.ts).');
};
export const scanWGSLInterface = refuse;
export const getShaderBindingDebugRowsFromWGSL = refuse;
`;

const IMAGE_LOADER_MODULE = /[\\/]node_modules[\\/]@loaders\.gl[\\/]images[\\/]dist[\\/]index\.js$/;

export function isImageLoaderModule(id: string): boolean {
  return IMAGE_LOADER_MODULE.test(id);
}

/** What @loaders.gl/images becomes: an ImageLoader deck.gl can register, which refuses to load anything. */
export const IMAGE_LOADER_STUB = `export const ImageLoader = {
  id: 'image', name: 'Images (not in this build)', module: 'images', version: '0', extensions: [], mimeTypes: [], options: {},
  parse: async () => { throw new Error('This build loads no images by URL: give bitmaps as ImageData (scripts/vite-webgl-only.ts).'); },
};
`;

const LOADERS_CORE_MODULE = /[\\/]node_modules[\\/]@loaders\.gl[\\/]core[\\/]dist[\\/]index\.js$/;

export function isLoadersCoreModule(id: string): boolean {
  return LOADERS_CORE_MODULE.test(id);
}

/** What @loaders.gl/core becomes: the four functions deck.gl imports; registering is a no-op, loading refuses. */
export const LOADERS_CORE_STUB = `const refuse = async () => {
  throw new Error('This build loads no layer data by URL: give data as arrays or binary columns (scripts/vite-webgl-only.ts).');
};
export const registerLoaders = () => {};
export const load = refuse;
export const parse = refuse;
export const fetchFile = refuse;
`;

export function webglOnly(): Plugin {
  return {
    name: 'webgl-only',
    apply: 'build',
    transform(code, id) {
      if (isWebGpuOnlyModule(id)) return { code: WEBGPU_ONLY_STUB, map: null };
      if (isWgslScannerModule(id)) return { code: WGSL_SCANNER_STUB, map: null };
      if (isImageLoaderModule(id)) return { code: IMAGE_LOADER_STUB, map: null };
      if (isLoadersCoreModule(id)) return { code: LOADERS_CORE_STUB, map: null };
      if (!PACKAGES.test(id) || !/wgsl/i.test(code)) return null;
      const ranges = wgslTemplateRanges(code, this.parse(code));
      return ranges.length ? { code: emptyRanges(code, ranges), map: null } : null;
    },
  };
}
