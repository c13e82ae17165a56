import { CompositeLayer, type Accessor, type Color, type DefaultProps, type LayerProps, type Unit, type UpdateParameters } from '@deck.gl/core';
import { LineLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { Position } from '../api/schemas/geojson';

/*
 * Filled, outlined GeoJSON areas (grid zones, transformer districts' service areas): what deck.gl's
 * GeoJsonLayer draws for polygons, without the point and text sublayers it always bundles (icon and
 * text layers, font atlas: ~20 kB of gzip in the first screen's JavaScript for nothing we draw).
 * Picking reports the original feature, as GeoJsonLayer does.
 *
 * Outlines are drawn as straight segments (LineLayer), not paths (PathLayer): a path's vertices compute
 * joins and miters, which software WebGL (SwiftShader, where a wall PC has no GPU) pays for at every frame.
 * Traced on this machine at 1920×1080 with the province's 2,168 zones (50,000 outline vertices): after a
 * window change SwiftShader stayed busy 1.4–2.0 s with paths, 0.75–1.0 s with segments; after a pan 2–7 s
 * against 0.05–1.1 s. At widths of 1–3 px the missing joins do not show.
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
interface SegmentRow {
  source: Position;
  target: Position;
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

/** Each polygon of each area feature (other geometries are skipped), and each edge of their rings, as sublayer rows that point back to the feature. */
export function splitAreas<F extends AreaFeature>(
  features: readonly F[],
  wrap: <R extends object>(row: R, feature: F, index: number) => R,
): { polygons: PolygonRow[]; segments: SegmentRow[] } {
  const polygons: PolygonRow[] = [];
  const segments: SegmentRow[] = [];
  features.forEach((feature, index) => {
    const g = feature.geometry;
    const parts =
      g.type === 'Polygon' ? [g.coordinates as Position[][]] : g.type === 'MultiPolygon' ? (g.coordinates as Position[][][]) : [];
    for (const polygon of parts) {
      polygons.push(wrap({ polygon }, feature, index));
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) segments.push(wrap({ source: ring[i - 1] as Position, target: ring[i] as Position }, feature, index));
      }
    }
  });
  return { polygons, segments };
}

export class AreaLayer<F extends AreaFeature = AreaFeature> extends CompositeLayer<Required<AreaLayerProps<F>>> {
  static override layerName = 'AreaLayer';
  static override defaultProps = defaultProps;

  declare state: { polygons: PolygonRow[]; segments: SegmentRow[] };

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
      new LineLayer<SegmentRow>(
        this.sublayerProps('stroke', { getColor: updateTriggers.getLineColor, getWidth: updateTriggers.getLineWidth }),
        {
          data: this.state.segments,
          getSourcePosition: (d: SegmentRow) => d.source,
          getTargetPosition: (d: SegmentRow) => d.target,
          getColor: this.getSubLayerAccessor(getLineColor) as Accessor<SegmentRow, Color>,
          getWidth: this.getSubLayerAccessor(getLineWidth) as Accessor<SegmentRow, number>,
          widthUnits: lineWidthUnits,
          widthScale: lineWidthScale,
        },
      );
    return [fill, stroke];
  }
}
