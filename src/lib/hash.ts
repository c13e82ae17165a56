/** FNV-1a 32-bit: a stable, dependency-free hash, so an id keeps its colour and place across sessions and screens. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
