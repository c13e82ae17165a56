import { LineLayer } from '@deck.gl/layers';
import type { Position } from '../api/schemas/geojson';
import { LINK_COLOR } from './palette';
import type { BaseLayerOptions } from './layer-options';
import { baseProps } from './layer-options';

/*
 * Lines from a selected violation to the members in whose circle it falls (or from a selected member
 * to their violations). Few lines (one selection), so plain objects and a LineLayer are right here.
 */

export interface ViolationLink {
  from: Position;
  to: Position;
  /** Ids the tooltip can name: the violation and the member at the two ends. */
  violationId?: string;
  memberId?: string;
}

export const LINK_WIDTH_PIXELS = 2;

export function buildViolationLinksLayer(links: readonly ViolationLink[], options: BaseLayerOptions = {}) {
  const base = baseProps(options);
  return new LineLayer<ViolationLink>({
    id: 'violations-links',
    ...base,
    // Nothing selected: keep the layer, hide it (deck.gl keeps its GPU state, no re-creation later).
    visible: base.visible && links.length > 0,
    data: links,
    getSourcePosition: (l) => l.from,
    getTargetPosition: (l) => l.to,
    getColor: LINK_COLOR,
    getWidth: LINK_WIDTH_PIXELS,
    widthUnits: 'pixels',
  });
}
