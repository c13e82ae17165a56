import { describe, expect, it } from 'vitest';
import { parseAst } from 'vite';
import { emptyRanges, wgslTemplateRanges } from '../../scripts/vite-strip-wgsl';

// The shapes deck.gl and luma.gl ship: a WGSL twin tagged /* wgsl */, beside GLSL that must stay.
const source = `
const vs = \`#version 300 es
void main() { gl_Position = vec4(0.0); }\`;
const shaderWGSL = /* wgsl */ \`struct Uniforms { radius: f32, };
@vertex fn main() -> @builtin(position) vec4<f32> { return vec4<f32>(\${1}); }\`;
export const module = { name: 'scatter', vs, source: /* WGSL */ \`fn f() {}\`, wgsl: shaderWGSL };
`;

describe('strip-wgsl', () => {
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
