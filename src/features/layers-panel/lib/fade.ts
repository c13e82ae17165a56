/*
 * One slider fades the two maps against each other: -100 shows only the production map, +100 only
 * the party-building map, 0 both at full strength (the default).
 */
export function opacitiesOfFade(fade: number): { production: number; party: number } {
  const f = Math.max(-100, Math.min(100, Number.isFinite(fade) ? fade : 0)) / 100;
  return { production: Math.min(1, 1 - f), party: Math.min(1, 1 + f) };
}

export function fadeOfOpacities(production: number, party: number): number {
  if (production >= 1 && party >= 1) return 0;
  return production >= 1 ? Math.round((1 - party) * -100) : Math.round((1 - production) * 100);
}
