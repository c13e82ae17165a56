import { createHash } from 'node:crypto';
import { maxHeaderSize } from 'node:http';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifySwagger from '@fastify/swagger';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Dataset } from '../dataset/model';
import { PartyOrgNode, UnitTreeNode } from '../../src/api/schemas/org';
import { NoQuery } from '../../src/api/schemas/params';
import { demoAccounts } from './accounts';
import { registerAuth } from './auth';
import { ColumnsCache } from './columns';
import { BodyCache, matchesIfNoneMatch } from './conditional';
import type { ServerContext } from './context';
import { circleRowsByPerson } from '../dataset/circle';
import { indexDataset } from './dataset-index';
import { clientErrorHandler, frameworkErrors, registerErrorHandler } from './errors';
import type { FaultOptions } from './faults';
import { registerFaults } from './faults';
import { IssueStore } from './issue-store';
import { Journal, JournalCorruptError, readJournal } from './journal';
import { registerNotFound } from './not-found';
import { responses } from './openapi';
import { MAX_PARAM_LENGTH } from './params';
import { assetRoutes } from './routes/assets';
import { indicatorRoutes } from './routes/indicators';
import { issueRoutes } from './routes/issues';
import { metaRoutes } from './routes/meta';
import { orgRoutes } from './routes/org';
import { sessionRoutes } from './routes/session';
import { violationRoutes } from './routes/violations';
import { wallRoutes } from './routes/walls';
import { maskName } from './scope';
import { workRoutes } from './routes/work';
import { CircleIndex } from './selection';
import { registerStatic } from './static-files';
import { loadTokenSecret } from './tokens';
import { WallAcks } from './wall-acks';
import { WriteQueue } from './write-queue';

export interface BuildAppOptions {
  dataset: Dataset;
  /** Where the journal of writes and the token secret live. */
  dataDir: string;
  /** HS256 secret; default: TOKEN_SECRET-less, generated once and kept in dataDir. */
  tokenSecret?: string;
  faults?: FaultOptions;
  /** The built app to serve from the same origin (e.g. 'dist'), or null for the API alone. */
  staticDir?: string | null;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
}

export const API_PREFIX = '/api/v1';
const BODY_LIMIT = 16 * 1024;

// Recursive trees become named components, so the OpenAPI document can refer to them.
z.globalRegistry.add(UnitTreeNode, { id: 'UnitTreeNode' });
z.globalRegistry.add(PartyOrgNode, { id: 'PartyOrgNode' });

/** Replays a journal over the generated state and opens its write queue; corruption in the middle stops the start with a clear error. */
async function openWrites<R extends { seq: number }>(path: string, store: { apply(record: R): void }): Promise<WriteQueue<R>> {
  const { records } = await readJournal<R>(path);
  let lastSeq = 0;
  for (const record of records) {
    try {
      store.apply(record);
    } catch (error) {
      throw new JournalCorruptError(`journal ${path}: record ${record.seq} cannot be replayed (${(error as Error).message}); refusing to start`);
    }
    lastSeq = record.seq;
  }
  return new WriteQueue(await Journal.open<R>(path), store, lastSeq);
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const { dataset } = options;
  const index = indexDataset(dataset);
  const issues = new IssueStore(dataset, index, now);
  const wallAcks = new WallAcks();
  const ctx: ServerContext = {
    dataset,
    index,
    issues,
    writes: await openWrites(join(options.dataDir, `journal-${index.key}.jsonl`), issues),
    wallAcks,
    wallAckWrites: await openWrites(join(options.dataDir, `wall-acks-${index.key}.jsonl`), wallAcks),
    accounts: new Map(demoAccounts(dataset).map((a) => [a.id, a])),
    publicAccounts: demoAccounts(dataset, maskName),
    tokenSecret: await loadTokenSecret(options.dataDir, options.tokenSecret),
    columns: new ColumnsCache(dataset, issues),
    circles: new CircleIndex(dataset, circleRowsByPerson),
    bodies: new BodyCache(96 * 1024 * 1024),
    now,
  };

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: MAX_PARAM_LENGTH },
    // What fails before a route runs (an over-long path id, a bad %-escape, over-large headers) is problem+json too.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: without this, fastify would accept text/plain and answer 422 instead of 415.
  app.removeContentTypeParser('text/plain');
  registerErrorHandler(app, registerNotFound(app, Boolean(options.staticDir)));
  app.addHook('onClose', async () => {
    await ctx.writes.close();
    await ctx.wallAckWrites.close();
  });

  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '党建智图 Party-Building Smart Map API',
        version: '1.0.0',
        description:
          'The mocked REST API of 党建智图. Every GET answers an ETag and If-None-Match with 304; errors are RFC 9457 problem+json. ' +
          'Unknown names are refused everywhere, never ignored: an unknown query parameter is a 400, an unknown field in a JSON body a 422, ' +
          'each named in the problem\'s `errors`. Integer parameters (offset, limit) take plain decimal digits only. ' +
          `A path parameter longer than ${MAX_PARAM_LENGTH} characters is a 414, a request line and headers over ${maxHeaderSize / 1024} KiB a 431. ` +
          'Every route needs a bearer token from POST /session except this document, /meta, /meta/enums and the session routes. ' +
          'Fault injection (FAULT_LATENCY_MS, FAULT_ERROR_RATE, FAULT_OUTAGE…) applies to every /api route except this document.',
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  registerFaults(app, options.faults ?? {}, now);
  registerAuth(app, ctx);

  let openapi: { body: string; etag: string } | null = null;
  app.get(`${API_PREFIX}/openapi.json`, {
    config: { public: true },
    schema: { tags: ['meta'], summary: 'This OpenAPI 3.1 document', querystring: NoQuery, response: responses({ 200: z.record(z.string(), z.unknown()) }, [400]) },
    handler: (request, reply) => {
      if (!openapi) {
        const body = JSON.stringify(app.swagger());
        openapi = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
      }
      reply.header('etag', openapi.etag).header('cache-control', 'no-cache');
      if (matchesIfNoneMatch(request, openapi.etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(openapi.body);
    },
  });
  for (const routes of [metaRoutes, sessionRoutes, orgRoutes, assetRoutes, violationRoutes, issueRoutes, indicatorRoutes, workRoutes, wallRoutes]) {
    await app.register(routes(ctx), { prefix: API_PREFIX });
  }
  if (options.staticDir) await registerStatic(app, options.staticDir);
  await app.ready();
  // Encode and compress the map's columns now, off the request path; a failure shows on first request.
  ctx.columns.get().catch((error: unknown) => app.log.error({ err: error }, 'violation columns failed to build'));
  return app;
}
