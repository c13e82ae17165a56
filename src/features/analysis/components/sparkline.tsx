import { sparklinePoints } from '../lib/series';

const W = 120;
const H = 28;

/** A tiny line of 36 months; its words (lowest, highest, latest) are the accessible name. */
export function Sparkline({ values, label }: { values: readonly (number | null)[]; label: string }) {
  const points = sparklinePoints(values, W, H, 2);
  if (!points) return null;
  return (
    // Stretched to the tile's width at a fixed height; the stroke keeps its width, set in rem by the CSS (as the charts' lines).
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="currentColor" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
