import { describe, expect, it } from 'vitest';
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import { CLIP_OUT_VERTEX, ClipOutDataFilterExtension, withClipOut } from '../../../src/layers/clip-out-data-filter';

type Shaders = { modules: { name: string; inject?: Record<string, unknown> }[]; defines: Record<string, unknown> };

describe('ClipOutDataFilterExtension', () => {
  const layer = new ScatterplotLayer({ id: 'points', data: [] });
  const opts = { filterSize: 1, categorySize: 3 } as const;

  it("keeps deck.gl's filter module and defines, with filtered vertices sent outside the clip volume", () => {
    const ours = new ClipOutDataFilterExtension(opts);
    const theirs = new DataFilterExtension(opts);
    const patched = ours.getShaders.call(layer, ours) as unknown as Shaders;
    const original = theirs.getShaders.call(layer, theirs) as unknown as Shaders;
    expect(patched.defines).toEqual(original.defines);
    expect(patched.modules.map((m) => m.name)).toEqual(original.modules.map((m) => m.name));
    expect(original.modules[0]?.inject?.['vs:#main-end']).toContain('vec4(0.)');
    expect(patched.modules[0]?.inject?.['vs:#main-end']).toBe(CLIP_OUT_VERTEX);
    // Everything else the module injects (the value at main start, the fragment discard) is deck.gl's.
    expect(patched.modules[0]?.inject?.['fs:DECKGL_FILTER_COLOR']).toBe(original.modules[0]?.inject?.['fs:DECKGL_FILTER_COLOR']);
  });

  it('patches each module once, and refuses a module without the injection it replaces', () => {
    const module = { name: 'm', inject: { 'vs:#main-end': 'x' } };
    expect(withClipOut(module)).toBe(withClipOut(module));
    expect(() => withClipOut({ name: 'other', inject: {} })).toThrow(/vs:#main-end/);
  });
});
