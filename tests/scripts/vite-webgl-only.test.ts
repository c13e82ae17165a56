import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseAst } from 'vite';
import {
  emptyRanges,
  IMAGE_LOADER_STUB,
  isImageLoaderModule,
  isLoadersCoreModule,
  isWebGpuOnlyModule,
  isWgslScannerModule,
  LOADERS_CORE_STUB,
  WEBGPU_ONLY_STUB,
  WGSL_SCANNER_STUB,
  wgslTemplateRanges,
} from '../../scripts/vite-webgl-only';

// The shapes deck.gl and luma.gl ship: a WGSL twin tagged /* wgsl */, beside GLSL that must stay.
const source = `
const vs = \`#version 300 es
void main() { gl_Position = vec4(0.0); }\`;
const shaderWGSL = /* wgsl */ \`struct Uniforms { radius: f32, };
@vertex fn main() -> @builtin(position) vec4<f32> { return vec4<f32>(\${1}); }\`;
export const module = { name: 'scatter', vs, source: /* WGSL */ \`fn f() {}\`, wgsl: shaderWGSL };
`;

describe('webgl-only: WGSL twins', () => {
  it('finds exactly the templates tagged wgsl, interpolations included', () => {
    const ranges = wgslTemplateRanges(source, parseAst(source));
    expect(ranges).toHaveLength(2);
    expect(source.slice(...(ranges[0] as [number, number]))).toContain('struct Uniforms');
    expect(source.slice(...(ranges[1] as [number, number]))).toBe('`fn f() {}`');
  });

  it('empties them and leaves valid code with the GLSL intact', () => {
    const out = emptyRanges(source, wgslTemplateRanges(source, parseAst(source)));
    expect(out).not.toContain('struct Uniforms');
    expect(out).not.toContain('fn f()');
    expect(out).toContain('gl_Position = vec4(0.0)');
    expect(out).toContain('const shaderWGSL = /* wgsl */ ``;');
    expect(() => parseAst(out)).not.toThrow();
  });
});

describe('webgl-only: WebGPU-only modules', () => {
  it("recognises deck.gl's attribute buffer groups, and nothing else of deck.gl", () => {
    expect(isWebGpuOnlyModule('/app/node_modules/@deck.gl/core/dist/lib/attribute/attribute-buffer-groups.js')).toBe(true);
    expect(isWebGpuOnlyModule('C:\\app\\node_modules\\@deck.gl\\core\\dist\\lib\\attribute\\attribute-buffer-groups.js')).toBe(true);
    expect(isWebGpuOnlyModule('/app/node_modules/@deck.gl/core/dist/lib/attribute/attribute-manager.js')).toBe(false);
    expect(isWebGpuOnlyModule('/app/src/layers/attribute-buffer-groups.js')).toBe(false);
  });

  it('the stub parses, imports nothing, and fails loudly if it is ever constructed', async () => {
    expect(() => parseAst(WEBGPU_ONLY_STUB)).not.toThrow();
    expect(WEBGPU_ONLY_STUB).not.toMatch(/\bimport\b/);
    const url = `data:text/javascript,${encodeURIComponent(WEBGPU_ONLY_STUB)}`;
    const { default: Stub } = (await import(/* @vite-ignore */ url)) as { default: new () => unknown };
    expect(() => new Stub()).toThrow(/WebGL2 only/);
  });

  it("is where the installed deck.gl has it in the installed deck.gl, used only for a WebGPU device", () => {
    const manager = readFileSync(new URL('../../node_modules/@deck.gl/core/dist/lib/attribute/attribute-manager.js', import.meta.url), 'utf8');
    expect(existsSync(new URL('../../node_modules/@deck.gl/core/dist/lib/attribute/attribute-buffer-groups.js', import.meta.url))).toBe(true);
    expect(manager).toMatch(/device\.type === 'webgpu'\s*\?\s*new AttributeBufferGroups/);
  });
});

describe('webgl-only: no WGSL scanners', () => {
  const shaderAssembly = '../../node_modules/@luma.gl/shadertools/dist/lib/shader-assembly/';

  it("recognises luma.gl's WGSL interface scan and binding table, and not the binding scan the GLSL path shares", () => {
    expect(isWgslScannerModule('/app/node_modules/@luma.gl/shadertools/dist/lib/shader-assembly/wgsl-interface-scan.js')).toBe(true);
    expect(isWgslScannerModule('C:\\app\\node_modules\\@luma.gl\\shadertools\\dist\\lib\\shader-assembly\\wgsl-binding-debug.js')).toBe(true);
    expect(isWgslScannerModule('/app/node_modules/@luma.gl/shadertools/dist/lib/shader-assembly/wgsl-binding-scan.js')).toBe(false);
    expect(isWgslScannerModule('/app/node_modules/@luma.gl/shadertools/dist/lib/shader-assembly/assemble-shaders.js')).toBe(false);
  });

  it('the installed luma.gl calls them only from its WGSL assembly, and exports nothing else from them', () => {
    for (const file of ['assemble-shaders.js', '../shader-assembler.js']) {
      const code = readFileSync(new URL(shaderAssembly + file, import.meta.url), 'utf8');
      // Every call sits in a function whose name says WGSL: the nearest function declared before it.
      for (const call of code.matchAll(/(scanWGSLInterface|getShaderBindingDebugRowsFromWGSL)\(/g)) {
        const before = code.slice(0, call.index);
        const enclosing = [...before.matchAll(/^\s*(?:export )?(?:function )?(\w+)\([^)]*\)\s*\{\s*$/gm)].at(-1)?.[1];
        expect(enclosing).toMatch(/WGSL/);
      }
    }
    for (const [file, name] of [['wgsl-interface-scan.js', 'scanWGSLInterface'], ['wgsl-binding-debug.js', 'getShaderBindingDebugRowsFromWGSL']]) {
      const code = readFileSync(new URL(shaderAssembly + file, import.meta.url), 'utf8');
      expect([...code.matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1])).toEqual([name]);
    }
  });

  it('the stub parses, imports nothing, and throws if a WGSL shader is ever assembled', async () => {
    expect(WGSL_SCANNER_STUB).not.toMatch(/\bimport\b/);
    const url = `data:text/javascript,${encodeURIComponent(WGSL_SCANNER_STUB)}`;
    const stub = (await import(/* @vite-ignore */ url)) as Record<string, () => unknown>;
    expect(() => stub.scanWGSLInterface!()).toThrow(/WebGL2 only/);
    expect(() => stub.getShaderBindingDebugRowsFromWGSL!()).toThrow(/WebGL2 only/);
  });
});

describe('webgl-only: no image loader', () => {
  it("recognises @loaders.gl/images' entry, which the installed deck.gl imports only for its ImageLoader", () => {
    expect(isImageLoaderModule('/app/node_modules/@loaders.gl/images/dist/index.js')).toBe(true);
    expect(isImageLoaderModule('/app/node_modules/@loaders.gl/core/dist/index.js')).toBe(false);
    const init = readFileSync(new URL('../../node_modules/@deck.gl/core/dist/lib/init.js', import.meta.url), 'utf8');
    expect(init.match(/from '@loaders\.gl\/images'/g)).toHaveLength(1);
    expect(init).toMatch(/import \{ ImageLoader \} from '@loaders\.gl\/images'/);
  });

  it('the stub is a loader that refuses to load', async () => {
    expect(IMAGE_LOADER_STUB).not.toMatch(/\bimport\b/);
    const url = `data:text/javascript,${encodeURIComponent(IMAGE_LOADER_STUB)}`;
    const { ImageLoader } = (await import(/* @vite-ignore */ url)) as { ImageLoader: { id: string; parse: () => Promise<unknown> } };
    expect(ImageLoader.id).toBe('image');
    await expect(ImageLoader.parse()).rejects.toThrow(/no images by URL/);
  });
});

describe('webgl-only: no URL loading', () => {
  const deckFile = (path: string) => readFileSync(new URL(`../../node_modules/@deck.gl/${path}`, import.meta.url), 'utf8');
  const importsOf = (code: string) => [...code.matchAll(/import \{([^}]*)\} from '@loaders\.gl\/core'/g)].flatMap((m) => (m[1] ?? '').split(',').map((name) => name.trim()));

  it("recognises @loaders.gl/core's entry, and the stub exports every name the first screen's deck.gl modules import from it", async () => {
    expect(isLoadersCoreModule('/app/node_modules/@loaders.gl/core/dist/index.js')).toBe(true);
    expect(isLoadersCoreModule('/app/node_modules/@loaders.gl/core/dist/lib/api/load.js')).toBe(false);
    expect(isLoadersCoreModule('/app/node_modules/@loaders.gl/images/dist/index.js')).toBe(false);
    const imported = new Set(['core/dist/lib/init.js', 'core/dist/lib/layer.js', 'core/dist/lib/resource/resource.js', 'layers/dist/icon-layer/icon-manager.js'].flatMap((f) => importsOf(deckFile(f))));
    expect([...imported].sort()).toEqual(['load', 'registerLoaders']);
    expect(LOADERS_CORE_STUB).not.toMatch(/\bimport\b/);
    const stub = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(LOADERS_CORE_STUB)}`)) as Record<string, (...args: unknown[]) => unknown>;
    for (const name of imported) expect(typeof stub[name], name).toBe('function');
  });

  it('registering does nothing and loading refuses, loudly', async () => {
    const stub = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(LOADERS_CORE_STUB)}`)) as Record<string, (...args: unknown[]) => unknown>;
    expect(stub.registerLoaders?.([])).toBeUndefined();
    await expect(stub.load?.('/data.json')).rejects.toThrow(/no layer data by URL/);
    await expect(stub.parse?.('{}')).rejects.toThrow(/no layer data by URL/);
  });
});
