/*
 * Geodetic datums the app meets (converting between them is datum-convert.ts, loaded only when a base
 * map's datum differs from the data's). Chinese web maps (AMap, Tencent, most intranet tiles made from
 * them) use GCJ-02, an obfuscated datum offset from WGS-84 by a few hundred metres (about 500 m in
 * Guangzhou); OpenStreetMap/Protomaps tiles and GPS use WGS-84. CGCS2000, the national datum, differs
 * from WGS-84 by centimetres: at map precision it is treated as WGS-84, with no conversion.
 * Coordinates are [longitude, latitude] in degrees.
 */

export const datums = ['WGS84', 'CGCS2000', 'GCJ02'] as const;
export type Datum = (typeof datums)[number];

export function isDatum(value: unknown): value is Datum {
  return typeof value === 'string' && (datums as readonly string[]).includes(value);
}

/** Whether data in `from` must be converted to be drawn on a base map in `to` (CGCS2000 ≈ WGS-84 to centimetres). */
export function needsConversion(from: Datum, to: Datum): boolean {
  return (from === 'GCJ02') !== (to === 'GCJ02');
}

export type LngLat = readonly [number, number];
