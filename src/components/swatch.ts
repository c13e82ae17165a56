import type { CSSProperties } from 'react';

/** An RGB(A) 0–255 colour as CSS. */
export const cssRgba = (c: readonly number[]) => `rgba(${c[0] ?? 0}, ${c[1] ?? 0}, ${c[2] ?? 0}, ${((c[3] ?? 255) / 255).toFixed(2)})`;

/** A swatch's colour, as --swatch: legend.css draws it over the map's land, so it looks as the map draws it. */
export const swatchStyle = (c: readonly number[]) => ({ '--swatch': cssRgba(c) }) as CSSProperties;
