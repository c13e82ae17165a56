import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { BaseStationCollection, FeederCollection, SubstationCollection, TransformerDistrictCollection } from '../../../src/api/schemas/assets';
import type { ServerContext } from '../context';
import { etagFor } from '../context';
import { sendJson } from '../conditional';
import { bearer, dataResponses } from '../openapi';
import { AssetQuery, TransformerDistrictQuery } from '../../../src/api/schemas/params';
import { isAssignedGridder } from '../grid-facts';

type BBox = [number, number, number, number];
interface AnyFeature {
  geometry: { coordinates: unknown };
  properties: { unitId: string; zoneId?: string };
}

/** Extent of any GeoJSON coordinates (positions nested in arrays). */
function extentOf(coordinates: unknown, box: BBox = [Infinity, Infinity, -Infinity, -Infinity]): BBox {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    const [lon, lat] = coordinates as [number, number];
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  } else if (Array.isArray(coordinates)) {
    for (const c of coordinates) extentOf(c, box);
  }
  return box;
}

/** Features whose extent meets the bbox, in the unit (or its sub-units) and zone asked for. */
function selectFeatures<F extends AnyFeature>(ctx: ServerContext, features: F[], q: { bbox?: BBox; unitId?: string; zoneId?: string }): F[] {
  return features.filter((f) => {
    const p = f.properties;
    if (q.unitId && !ctx.index.withinUnit(q.unitId, p.unitId)) return false;
    if (q.zoneId && p.zoneId !== q.zoneId) return false;
    if (!q.bbox) return true;
    const e = extentOf(f.geometry.coordinates);
    return e[0] <= q.bbox[2] && e[2] >= q.bbox[0] && e[1] <= q.bbox[3] && e[3] >= q.bbox[1];
  });
}

export function assetRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const common = { security: bearer, tags: ['map'] };
  const d = ctx.dataset;
  return (app, _options, done) => {
    app.get('/substations', {
      schema: { ...common, summary: '110/220 kV substations (GeoJSON points)', querystring: AssetQuery, response: dataResponses(SubstationCollection) },
      handler: (request, reply) =>
        sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({ type: 'FeatureCollection', features: selectFeatures(ctx, d.substations.features, request.query) })),
    });
    app.get('/feeders', {
      schema: { ...common, summary: '10 kV feeders (GeoJSON lines)', querystring: AssetQuery, response: dataResponses(FeederCollection) },
      handler: (request, reply) =>
        sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({ type: 'FeatureCollection', features: selectFeatures(ctx, d.feeders.features, request.query) })),
    });
    app.get('/transformer-districts', {
      schema: {
        ...common,
        summary: 'Transformer districts (台区): the transformer point, or its service area',
        querystring: TransformerDistrictQuery,
        response: dataResponses(TransformerDistrictCollection),
      },
      handler: (request, reply) => {
        const q = request.query;
        const source = q.geometry === 'area' ? d.transformerDistrictAreas : d.transformerDistricts;
        const branchOf = (zoneId: string) => d.zones.features[ctx.index.zoneIndexById.get(zoneId) ?? -1]?.properties.branchId;
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          type: 'FeatureCollection',
          features: selectFeatures(ctx, source.features, q).filter(
            (f) =>
              (!q.branchId || branchOf(f.properties.zoneId) === q.branchId) &&
              (q.assigned === undefined || isAssignedGridder(ctx, f.properties.gridderId) === q.assigned),
          ),
        }));
      },
    });
    app.get('/base-stations', {
      schema: { ...common, summary: '5G base stations (Nansha, Mingzhu Bay)', querystring: AssetQuery, response: dataResponses(BaseStationCollection) },
      handler: (request, reply) =>
        sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({ type: 'FeatureCollection', features: selectFeatures(ctx, d.baseStations.features, request.query) })),
    });
    done();
  };
}
