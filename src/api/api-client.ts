import type { z } from '../lib/zod';
import { Problem } from './schemas/common';
// Types only: the parameter schemas stay on the server, out of the first screen's JavaScript.
import type { EndpointQueries, QueryParams } from './schemas/params';
import { ApiError } from './api-error';
import { session as defaultSession, type SessionStore } from './session';

export const API_BASE = '/api/v1';

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

type NoParams = Record<string, never>;

/** The query parameters of a path, typed from its schema (schemas/params.ts); a path not listed there takes none. */
export type ParamsOf<P extends string> = P extends keyof EndpointQueries ? QueryParams<EndpointQueries[P]> : NoParams;

export interface RequestOptions<Params extends object = NoParams> {
  params?: Params;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface ApiClientConfig {
  base?: string;
  session?: Pick<SessionStore, 'getToken'>;
  fetch?: typeof fetch;
}

/**
 * `/violations` + `{category: ['a','b'], from: '2026-01-01'}` → `/api/v1/violations?category=a,b&from=2026-01-01`:
 * lists joined by commas, numbers and booleans as text, as the parameter schemas read them back.
 */
export function buildUrl(base: string, path: string, params?: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const query = search.toString();
  return `${base}${path.startsWith('/') ? path : `/${path}`}${query ? `?${query}` : ''}`;
}

async function problemOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status line.
  }
  const problem = Problem.safeParse(body);
  if (problem.success) {
    return new ApiError({
      kind: 'http',
      status: response.status,
      title: problem.data.title,
      detail: problem.data.detail,
      type: problem.data.type,
      errors: problem.data.errors,
      owner: problem.data.owner,
    });
  }
  return new ApiError({
    kind: 'http',
    status: response.status,
    title: response.statusText || `HTTP ${response.status}`,
    detail: `The server answered ${response.status} without a problem document.`,
  });
}

export function createApiClient(config: ApiClientConfig = {}) {
  const base = config.base ?? API_BASE;
  const holder = config.session ?? defaultSession;
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function send(method: string, path: string, init: RequestOptions<Record<string, QueryValue>> & { body?: unknown; accept?: string; ifMatch?: string }) {
    const headers: Record<string, string> = { Accept: init.accept ?? 'application/json', ...init.headers };
    const token = holder.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (init.ifMatch) headers['If-Match'] = init.ifMatch;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    let response: Response;
    try {
      response = await doFetch(buildUrl(base, path, init.params), { method, headers, body, signal: init.signal });
    } catch (cause) {
      if (init.signal?.aborted) throw cause; // react-query cancelled it: not an error to show
      throw new ApiError({
        kind: 'network',
        status: 0,
        title: 'Network error',
        detail: cause instanceof Error ? cause.message : String(cause),
        cause,
      });
    }
    if (!response.ok) throw await problemOf(response);
    return response;
  }

  async function parseJson<S extends z.ZodMiniType>(response: Response, schema: S): Promise<z.infer<S>> {
    let json: unknown;
    try {
      json = await response.json();
    } catch (cause) {
      throw new ApiError({ kind: 'contract', status: response.status, title: 'Invalid response', detail: 'The body is not JSON.', cause });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError({
        kind: 'contract',
        status: response.status,
        title: 'Invalid response',
        detail: `${response.url || 'response'} does not match the contract: ${parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || '(root)'} ${i.message}`)
          .join('; ')}`,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  return {
    /** GET a JSON resource, validated by its contract schema; `params` typed by the path's query schema. */
    async get<S extends z.ZodMiniType, P extends string>(path: P, schema: S, options: RequestOptions<ParamsOf<P>> = {}): Promise<z.infer<S>> {
      // Checked at the call, where P is known; every parameter value is a QueryValue.
      return parseJson(await send('GET', path, options as RequestOptions<Record<string, QueryValue>>), schema);
    },
    /** GET a JSON resource with its ETag (what a later write sends back in If-Match). */
    async getTagged<S extends z.ZodMiniType>(path: string, schema: S, options: RequestOptions = {}): Promise<{ data: z.infer<S>; etag: string | null }> {
      const response = await send('GET', path, options);
      return { data: await parseJson(response, schema), etag: response.headers.get('ETag') };
    },
    /** A write (POST/PUT/PATCH/DELETE) with a JSON body; `ifMatch` carries the ETag for optimistic concurrency. */
    async send<S extends z.ZodMiniType>(
      method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      path: string,
      body: unknown,
      schema: S,
      options: RequestOptions & { ifMatch?: string } = {},
    ): Promise<{ data: z.infer<S>; etag: string | null }> {
      const response = await send(method, path, { ...options, body });
      return { data: await parseJson(response, schema), etag: response.headers.get('ETag') };
    },
    /** GET a binary resource (e.g. the violation columns), as bytes, with its ETag. */
    async getBytes(path: string, accept: string, options: RequestOptions = {}): Promise<{ bytes: ArrayBuffer; etag: string | null }> {
      const response = await send('GET', path, { ...options, accept });
      return { bytes: await response.arrayBuffer(), etag: response.headers.get('ETag') };
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client: same origin, the session's token. */
export const apiClient: ApiClient = createApiClient();
