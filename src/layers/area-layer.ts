import { CompositeLayer, type Accessor, type Color, type DefaultProps, type LayerProps, type Unit, type UpdateParameters } from '@deck.gl/core';
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { Position } from '../api/schemas/geojson';

/*
 * Filled, outlined GeoJSON areas (grid zones, transformer districts' service areas): what deck.gl's
 * GeoJsonLayer draws for polygons, without the point and text sublayers it always bundles (icon and
 * text layers, font atlas: ~20 kB of gzip in the first screen's JavaScript for nothing we draw).
 * Picking reports the original feature, as GeoJsonLayer does.
 */

/** A GeoJSON feature of the contract; only Polygon and MultiPolygon geometries are drawn. */
export interface AreaFeature {
  id: string;
  geometry: { type: string; coordinates: unknown };
}

export interface AreaLayerProps<F extends AreaFeature> {
  data: { features: readonly F[] };
  filled?: boolean;
  stroked?: boolean;
  lineWidthUnits?: Unit;
  getFillColor?: Accessor<F, Color>;
  getLineColor?: Accessor<F, Color>;
  getLineWidth?: Accessor<F, number>;
  /** Multiplies every outline's width (a uniform). */
  lineWidthScale?: number;
}

interface PolygonRow {
  polygon: Position[][];
}
interface RingRow {
  path: Position[];
}

const defaultProps: DefaultProps<AreaLayerProps<AreaFeature>> = {
  filled: true,
  stroked: true,
  lineWidthUnits: 'pixels',
  getFillColor: { type: 'accessor', value: [0, 0, 0, 255] },
  getLineColor: { type: 'accessor', value: [0, 0, 0, 255] },
  getLineWidth: { type: 'accessor', value: 1 },
  lineWidthScale: 1,
};

/** Each polygon of each area feature (other geometries are skipped), and each of their rings, as sublayer rows that point back to the feature. */
export function splitAreas<F extends AreaFeature>(
  features: readonly F[],
  wrap: <R extends object>(row: R, feature: F, index: number) => R,
): { polygons: PolygonRow[]; rings: RingRow[] } {
  const polygons: PolygonRow[] = [];
  const rings: RingRow[] = [];
  features.forEach((feature, index) => {
    const g = feature.geometry;
    const parts =
      g.type === 'Polygon' ? [g.coordinates as Position[][]] : g.type === 'MultiPolygon' ? (g.coordinates as Position[][][]) : [];
    for (const polygon of parts) {
      polygons.push(wrap({ polygon }, feature, index));
      for (const ring of polygon) rings.push(wrap({ path: ring }, feature, index));
    }
  });
  return { polygons, rings };
}

export class AreaLayer<F extends AreaFeature = AreaFeature> extends CompositeLayer<Required<AreaLayerProps<F>>> {
  static override layerName = 'AreaLayer';
  static override defaultProps = defaultProps;

  declare state: { polygons: PolygonRow[]; rings: RingRow[] };

  override updateState({ changeFlags }: UpdateParameters<this>) {
    if (!changeFlags.dataChanged) return;
    this.setState(splitAreas(this.props.data.features, (row, feature, index) => this.getSubLayerRow(row, feature, index)));
  }

  /** The props every sublayer inherits (opacity, visibility, picking), with its id and accessors' triggers. */
  private sublayerProps(id: string, updateTriggers: Record<string, unknown>): Omit<Partial<LayerProps>, 'data'> {
    return this.getSubLayerProps({ id, updateTriggers }) as Omit<Partial<LayerProps>, 'data'>;
  }

  override renderLayers() {
    // Rows are wrapped with getSubLayerRow: the wrapped accessors unwrap them to the feature.
    const { filled, stroked, lineWidthUnits, lineWidthScale, getFillColor, getLineColor, getLineWidth } = this.props;
    const updateTriggers = this.props.updateTriggers as Record<string, unknown>;
    const fill =
      filled &&
      new SolidPolygonLayer<PolygonRow>(
        this.sublayerProps('fill', { getFillColor: updateTriggers.getFillColor }),
        {
          data: this.state.polygons,
          getPolygon: (d: PolygonRow) => d.polygon,
          getFillColor: this.getSubLayerAccessor(getFillColor) as Accessor<PolygonRow, Color>,
        },
      );
    const stroke =
      stroked &&
      new PathLayer<RingRow>(
        this.sublayerProps('stroke', { getColor: updateTriggers.getLineColor, getWidth: updateTriggers.getLineWidth }),
        {
          data: this.state.rings,
          getPath: (d: RingRow) => d.path,
          getColor: this.getSubLayerAccessor(getLineColor) as Accessor<RingRow, Color>,
          getWidth: this.getSubLayerAccessor(getLineWidth) as Accessor<RingRow, number>,
          widthUnits: lineWidthUnits,
          widthScale: lineWidthScale,
          // No `_pathType: 'open'` (the rings are closed by their repeated first position anyway): with
          // it, deck.gl 9.4 drew no outline at all in the browser (nothing on a NullDevice shows that).
        },
      );
    return [fill, stroke];
  }
}
