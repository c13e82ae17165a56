/*
 * The wall soak's heap curve as a small self-contained SVG (no chart library in the bench): one point
 * per tour lap, the JS heap after a forced GC, with the warm-up laps shaded and the ±10 % band the
 * soak test allows around the first measured laps' mean.
 */

export interface SoakLap {
  /** Seconds since the wall opened. */
  atS: number;
  heapBytes: number;
  nodes: number;
  listeners: number;
}

const W = 640;
const H = 260;
const PAD = { left: 56, right: 16, top: 34, bottom: 40 };

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/** A tidy step for the y axis (1, 2 or 5 × 10ⁿ) giving about `ticks` ticks over `span`. */
export function niceStep(span: number, ticks = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / ticks;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

export function heapPlotSvg(laps: readonly SoakLap[], { warmUp, title }: { warmUp: number; title: string }): string {
  const mb = laps.map((l) => l.heapBytes / 1e6);
  const measured = mb.slice(warmUp, warmUp + 2);
  const base = measured.length ? measured.reduce((a, b) => a + b, 0) / measured.length : null;
  const top = Math.max(...mb, (base ?? 0) * 1.1, 1);
  // Headroom above the highest point, so that the band and its label stay inside the plot.
  const step = niceStep(top * 1.15);
  const yMax = Math.ceil((top * 1.15) / step) * step;
  const x = (i: number) => PAD.left + (laps.length > 1 ? (i / (laps.length - 1)) * (W - PAD.left - PAD.right) : 0);
  const y = (v: number) => PAD.top + (1 - v / yMax) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(title)}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${PAD.left}" y="18" font-size="13" font-weight="600" fill="#111">${escapeXml(title)}</text>`);
  if (warmUp > 0 && laps.length > 1) {
    // Half-way between the last warm-up lap and the first measured one.
    const end = x(Math.max(0, Math.min(warmUp, laps.length - 1) - 0.5));
    parts.push(`<rect x="${PAD.left}" y="${PAD.top}" width="${Math.max(0, end - PAD.left)}" height="${H - PAD.top - PAD.bottom}" fill="#eef0f4"/>`);
    parts.push(`<text x="${PAD.left + 4}" y="${H - PAD.bottom - 6}" fill="#667">warm-up</text>`);
  }
  if (base !== null) {
    const [lo, hi] = [y(base * 1.1), y(base * 0.9)];
    parts.push(`<rect x="${PAD.left}" y="${lo}" width="${W - PAD.left - PAD.right}" height="${hi - lo}" fill="#2a9d8f" fill-opacity="0.12"/>`);
    parts.push(`<text x="${W - PAD.right - 4}" y="${hi + 14}" text-anchor="end" fill="#2a7d70">±10 % of the first measured laps' mean</text>`);
  }
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ccd" stroke-width="0.5"/>`);
    parts.push(`<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#333">${Number(v.toFixed(6))} MB</text>`);
  }
  laps.forEach((l, i) => parts.push(`<text x="${x(i)}" y="${H - PAD.bottom + 16}" text-anchor="middle" fill="#333">${i + 1}</text>`));
  parts.push(`<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 8}" text-anchor="middle" fill="#333">tour lap (JS heap after a forced GC)</text>`);
  const points = mb.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  parts.push(`<polyline points="${points}" fill="none" stroke="#c21f32" stroke-width="2"/>`);
  mb.forEach((v, i) => parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="#c21f32"><title>lap ${i + 1}: ${v.toFixed(1)} MB</title></circle>`));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
