import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { deriveBaseMapLabels, interiorPoint } from '../../../src/layers/base-map-labels';

type Areas = FeatureCollection<Polygon | MultiPolygon, Record<string, unknown> | null>;
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/basemap/${name}`, import.meta.url), 'utf8'));
const LABELS = new URL('../../../public/basemap/guangzhou-basemap-labels.geojson', import.meta.url);

let derived: ReturnType<typeof deriveBaseMapLabels> | undefined;
function derive() {
  return (derived ??= deriveBaseMapLabels(read('guangzhou-districts.geojson') as Areas, read('guangdong-context-cities.geojson') as Areas));
}

describe('base-map labels', () => {
  it('puts a label inside a simple polygon, away from its edges', () => {
    // An L shape: its bbox centre (2,2) lies outside the shape, so a naive centroid would fail.
    const l = [[[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4], [0, 0]]];
    const [x, y] = interiorPoint(l);
    const inside = x > 0 && y > 0 && ((x < 4 && y < 1) || (x < 1 && y < 4));
    expect(inside).toBe(true);
  });

  it('labels every district at its centre and every neighbouring city, in both languages', () => {
    const labels = derive();
    const districts = labels.features.filter((f) => f.properties.kind === 'district');
    const cities = labels.features.filter((f) => f.properties.kind === 'city');
    expect(districts).toHaveLength(11);
    expect(cities).toHaveLength(10);
    const huangpu = districts.find((f) => f.properties.name === '黄埔区');
    expect(huangpu?.properties.name_en).toBe('Huangpu');
    expect(huangpu?.geometry.coordinates).toEqual([113.480541, 23.181706]);
    for (const f of labels.features) {
      expect(f.properties.name).toMatch(/[\u4e00-\u9fff]/);
      expect(f.properties.name_en).toMatch(/^[A-Z][a-z]+$/);
    }
  });

  // The committed file is generated: regenerate with UPDATE_BASEMAP_LABELS=1 npx vitest run tests/src/layers/base-map-labels.test.ts
  it('matches the committed public/basemap/guangzhou-basemap-labels.geojson', () => {
    const labels = derive();
    if (process.env.UPDATE_BASEMAP_LABELS === '1') writeFileSync(LABELS, `${JSON.stringify(labels)}\n`);
    expect(JSON.parse(readFileSync(LABELS, 'utf8'))).toEqual(labels);
  });
});
