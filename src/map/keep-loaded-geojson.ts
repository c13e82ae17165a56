import type { StyleSpecification } from 'maplibre-gl';

type TransformStyle = (previous: StyleSpecification | undefined, next: StyleSpecification) => StyleSpecification;

/**
 * A `transformStyle` for `setStyle(next, { diff: true })` that keeps GeoJSON sources loaded from a URL.
 *
 * MapLibre diffs the next style against its own serialisation of the current one, in which a GeoJSON
 * source loaded from a URL holds the loaded features, not the URL. So every style change (a theme, a
 * language, the zone labels arriving, a layer shown) "changed" the base map's districts and cities, and
 * MapLibre fetched, parsed, tiled and drew them again. Where the style we applied last and the next one
 * give a source the same URL, the serialisation (a copy made for this diff) is given the URL back.
 */
export function keepLoadedGeoJson(applied: StyleSpecification | string | null): TransformStyle {
  return (previous, next) => {
    if (!previous || applied === null || typeof applied === 'string') return next;
    for (const [id, source] of Object.entries(next.sources)) {
      const before = applied.sources[id];
      const current = previous.sources[id];
      if (
        source.type === 'geojson' &&
        typeof source.data === 'string' &&
        before?.type === 'geojson' &&
        before.data === source.data &&
        current?.type === 'geojson'
      ) {
        current.data = source.data;
      }
    }
    return next;
  };
}
