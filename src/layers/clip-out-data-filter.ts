import { DataFilterExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';

/*
 * deck.gl's DataFilterExtension hides a filtered-out vertex by setting gl_Position to vec4(0.0): w = 0,
 * a degenerate position SwiftShader (software WebGL, the wall PCs' fallback) still carries through
 * its pipeline. This variant moves such vertices outside the clip volume instead (w = 1), where every
 * rasteriser drops them first. Measured here at 1,000,000 points, a time-window change was drawn in
 * ~21 s instead of ~30 s. Filtering itself (ranges, categories, GPU uniforms) is deck.gl's, unchanged.
 */

export const CLIP_OUT_VERTEX = 'if (dataFilter_value == 0.0) {\n  gl_Position = vec4(2.0, 2.0, 2.0, 1.0);\n}\n';

interface ShaderModuleLike {
  name: string;
  inject?: Record<string, unknown>;
}
type ExtensionShaders = { modules: ShaderModuleLike[] } & Record<string, unknown>;

const patched = new WeakMap<ShaderModuleLike, ShaderModuleLike>();

/** The module with its end-of-vertex-shader injection replaced (one copy per module). */
export function withClipOut(module: ShaderModuleLike): ShaderModuleLike {
  let copy = patched.get(module);
  if (!copy) {
    if (!module.inject || !('vs:#main-end' in module.inject)) throw new Error(`data filter: module ${module.name} has no vs:#main-end (deck.gl changed?)`);
    copy = { ...module, inject: { ...module.inject, 'vs:#main-end': CLIP_OUT_VERTEX } };
    patched.set(module, copy);
  }
  return copy;
}

export class ClipOutDataFilterExtension extends DataFilterExtension {
  static override extensionName = 'ClipOutDataFilterExtension';

  // Called by deck.gl with the layer as `this`, like every extension hook.
  override getShaders(this: Layer, extension: this) {
    const shaders = DataFilterExtension.prototype.getShaders.call(this, extension) as ExtensionShaders;
    return { ...shaders, modules: shaders.modules.map(withClipOut) };
  }
}
