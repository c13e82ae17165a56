import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { LoadOptions } from '../dataset/load';
import { loadDataset } from '../dataset/load';
import type { Dataset } from '../dataset/model';
import { buildApp } from './app';
import type { FaultOptions } from './faults';

export interface StartServerOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  host?: string;
  /** The built app to serve (e.g. 'dist'), or null/undefined for the API alone. */
  staticDir?: string | null;
  /** Where writes are journaled; default: a fresh temporary directory, removed on close. */
  dataDir?: string;
  /** Passed to loadDataset (default scale generated in memory, province cached on disk). */
  datasetOptions?: LoadOptions;
  /** A dataset already in memory (tests); wins over datasetOptions. */
  dataset?: Dataset;
  tokenSecret?: string;
  faults?: FaultOptions;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
  app: FastifyInstance;
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const ownDataDir = options.dataDir ? null : await mkdtemp(join(tmpdir(), 'dangjian-api-'));
  const dataDir = options.dataDir ?? ownDataDir ?? '';
  const dataset = options.dataset ?? loadDataset({ asOf: new Date(), ...options.datasetOptions });
  const app = await buildApp({
    dataset,
    dataDir,
    staticDir: options.staticDir ?? null,
    ...(options.tokenSecret !== undefined && { tokenSecret: options.tokenSecret }),
    ...(options.faults && { faults: options.faults }),
    ...(options.now && { now: options.now }),
    ...(options.logger !== undefined && { logger: options.logger }),
  });
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 8080, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${port}`,
    app,
    close: () =>
      (closed ??= (async () => {
        await app.close();
        if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
      })()),
  };
}
