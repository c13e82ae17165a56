import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem';

/*
 * Fault injection, off by default, so that screens can be proven to survive a failing API. Faults apply
 * to every /api route except /api/v1/openapi.json: the contract stays readable for tools and tests.
 */
export interface FaultOptions {
  /** Added latency per request: a fixed value or a [min, max] range, in ms. */
  latencyMs?: number | [number, number];
  /** Share of requests (0..1) answered 503 with Retry-After. */
  errorRate?: number;
  /** A full outage window: absolute instants, or seconds relative to the server's start. */
  outage?: { start: Date; end: Date } | { afterS: number; forS: number };
}

export class FaultConfigError extends Error {}

function parseNumber(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new FaultConfigError(`${name}=${raw}: expected a number in [${min}, ${max}]`);
  }
  return n;
}

/** Reads FAULT_LATENCY_MS ("200" or "100-800"), FAULT_ERROR_RATE (0..1), FAULT_OUTAGE ("<startISO>/<endISO>") or FAULT_OUTAGE_AFTER_S + FAULT_OUTAGE_FOR_S. */
export function faultOptionsFromEnv(env: NodeJS.ProcessEnv): FaultOptions {
  const options: FaultOptions = {};
  const latency = env.FAULT_LATENCY_MS;
  if (latency) {
    const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(latency);
    if (range) {
      const [min, max] = [Number(range[1]), Number(range[2])];
      if (min > max) throw new FaultConfigError(`FAULT_LATENCY_MS=${latency}: min is above max`);
      options.latencyMs = [min, max];
    } else {
      options.latencyMs = parseNumber('FAULT_LATENCY_MS', latency, 0, 600_000);
    }
  }
  if (env.FAULT_ERROR_RATE) options.errorRate = parseNumber('FAULT_ERROR_RATE', env.FAULT_ERROR_RATE, 0, 1);
  if (env.FAULT_OUTAGE) {
    const [startRaw, endRaw] = env.FAULT_OUTAGE.split('/');
    const start = new Date(startRaw ?? '');
    const end = new Date(endRaw ?? '');
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
      throw new FaultConfigError(`FAULT_OUTAGE=${env.FAULT_OUTAGE}: expected <startISO>/<endISO> with start before end`);
    }
    options.outage = { start, end };
  } else if (env.FAULT_OUTAGE_AFTER_S || env.FAULT_OUTAGE_FOR_S) {
    options.outage = {
      afterS: parseNumber('FAULT_OUTAGE_AFTER_S', env.FAULT_OUTAGE_AFTER_S ?? '0', 0, 1e9),
      forS: parseNumber('FAULT_OUTAGE_FOR_S', env.FAULT_OUTAGE_FOR_S ?? '', 0, 1e9),
    };
  }
  return options;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function registerFaults(app: FastifyInstance, faults: FaultOptions, now: () => Date): void {
  const startedAt = now().getTime();
  const outage = faults.outage
    ? 'start' in faults.outage
      ? { start: faults.outage.start.getTime(), end: faults.outage.end.getTime() }
      : { start: startedAt + faults.outage.afterS * 1000, end: startedAt + (faults.outage.afterS + faults.outage.forS) * 1000 }
    : null;
  const { latencyMs, errorRate = 0 } = faults;
  if (!outage && !latencyMs && errorRate <= 0) return;

  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || path === '/api/v1/openapi.json') return;
    if (latencyMs) {
      const [min, max] = typeof latencyMs === 'number' ? [latencyMs, latencyMs] : latencyMs;
      await sleep(min + Math.random() * (max - min));
    }
    const t = now().getTime();
    if (outage && t >= outage.start && t < outage.end) {
      const retryAfter = String(Math.max(1, Math.ceil((outage.end - t) / 1000)));
      throw new HttpProblem(503, 'The API is in an injected outage window (FAULT_OUTAGE).', { slug: 'injected-outage', headers: { 'retry-after': retryAfter } });
    }
    if (errorRate > 0 && Math.random() < errorRate) {
      throw new HttpProblem(503, 'Injected failure (FAULT_ERROR_RATE); retry later.', { slug: 'injected-failure', headers: { 'retry-after': '1' } });
    }
  });
}
