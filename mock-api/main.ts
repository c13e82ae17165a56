import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetOptionsFromEnv } from './dataset/load';
import { faultOptionsFromEnv } from './server/faults';
import { pinnedAsOf } from './server/pinned-as-of';
import { startServer } from './server/start';

/*
 * `npm start`: the API under /api/v1 and the built app (dist/) from one origin.
 * Env: PORT (8080), HOST (0.0.0.0), DATA_DIR (var/), TOKEN_SECRET, STATIC_DIR (dist; empty: API only), DATASET_SEED,
 * DATASET_SCALE (default|province), DATASET_HOSTILE (1), DATASET_VIOLATIONS, DATASET_AS_OF (default: pinned in DATA_DIR at the first start, see server/pinned-as-of.ts),
 * FAULT_* (see server/faults.ts), LOG_LEVEL (warn).
 */

function portFromEnv(raw: string | undefined): number {
  const port = raw === undefined || raw === '' ? 8080 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT=${raw ?? ''}: expected an integer in 0..65535`);
  return port;
}

async function main(): Promise<void> {
  const started = performance.now();
  const env = process.env;
  const staticDir = resolve(env.STATIC_DIR || 'dist');
  const dataDir = resolve(env.DATA_DIR ?? 'var');
  const datasetOptions = datasetOptionsFromEnv(env);
  if (!env.DATASET_AS_OF && datasetOptions.asOf) datasetOptions.asOf = pinnedAsOf(dataDir, datasetOptions.asOf);
  const server = await startServer({
    port: portFromEnv(env.PORT),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    staticDir: env.STATIC_DIR !== '' && existsSync(resolve(staticDir, 'index.html')) ? staticDir : null,
    // Cached on disk at every scale, so that a restart is ready in well under 3 s.
    datasetOptions: { ...datasetOptions, cache: true, log: (message: string) => console.log(message) },
    faults: faultOptionsFromEnv(env),
    ...(env.TOKEN_SECRET && { tokenSecret: env.TOKEN_SECRET }),
    logger: { level: env.LOG_LEVEL ?? 'warn' },
  });
  const port = new URL(server.url).port;
  console.log(`党建智图 ready at http://localhost:${port} (${Math.round(performance.now() - started)} ms)`);
  if (!existsSync(resolve(staticDir, 'index.html'))) console.warn(`no built app in ${staticDir}: serving the API only (run \`vite build\`)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Finishes in-flight requests and the pending journal write, then exits.
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`党建智图 failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
