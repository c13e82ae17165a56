import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/*
 * The baseline page (bench/baseline/) is built by a small vite build of its own, kept in memory (no
 * build output on disk), and served by a tiny HTTP server that passes /api and /basemap through to
 * the real API server unchanged (headers and content-encoding included), so that both pages fetch
 * the same bytes from one origin.
 */

export interface BuiltFile {
  body: Buffer;
  contentType: string;
}

export type BuiltSite = Map<string, BuiltFile>;

const BASELINE_ROOT = fileURLToPath(new URL('./baseline/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

function contentTypeOf(path: string): string {
  const ext = /\.[a-z0-9]+$/i.exec(path)?.[0]?.toLowerCase() ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

interface OutputItem {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  source?: string | Uint8Array;
}

/** Builds bench/baseline/ with vite into memory: path ('/index.html', '/assets/…') → file. */
export async function buildBaseline(): Promise<BuiltSite> {
  const result = await build({
    root: BASELINE_ROOT,
    configFile: false,
    logLevel: 'warn',
    base: '/',
    build: {
      write: false,
      sourcemap: false,
      outDir: 'never-written',
      emptyOutDir: false,
      chunkSizeWarningLimit: 5000,
      reportCompressedSize: false,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as unknown[];
  const site: BuiltSite = new Map();
  for (const out of outputs) {
    const items = (out as { output?: OutputItem[] }).output;
    if (!items) throw new Error('baseline build: vite returned a watcher, not an output');
    for (const item of items) {
      const content = item.type === 'chunk' ? (item.code ?? '') : (item.source ?? '');
      site.set(`/${item.fileName}`, {
        body: typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content),
        contentType: contentTypeOf(item.fileName),
      });
    }
  }
  if (!site.has('/index.html')) throw new Error('baseline build: no index.html in the output');
  return site;
}

export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

function proxy(target: URL, req: IncomingMessage, res: ServerResponse): void {
  const upstream = httpRequest(
    {
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
    },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`baseline proxy: ${error.message}`);
  });
  req.pipe(upstream);
}

/** Serves the built baseline on an ephemeral loopback port; everything else goes to `apiUrl`. */
export async function startBaselineServer(site: BuiltSite, apiUrl: string): Promise<BaselineServer> {
  const target = new URL(apiUrl);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = site.get(path === '/' ? '/index.html' : path);
    if (file && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.byteLength, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : file.body);
      return;
    }
    proxy(target, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
