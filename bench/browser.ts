import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/*
 * Headless Chromium for the benchmark: Debian's Chromium (or CHROMIUM_PATH), WebGL through SwiftShader
 * unless --gpu, nothing that phones home. The same flags as the browser tests plus precise memory info.
 */

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const COMMON_ARGS = [
  '--no-sandbox',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--no-first-run',
  // A headless window must keep rendering frames at full rate.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];
const SWIFTSHADER_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export function chromiumArgs(gpu: boolean): string[] {
  return gpu ? [...COMMON_ARGS] : [...COMMON_ARGS, ...SWIFTSHADER_ARGS];
}

export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const path of CHROMIUM_CANDIDATES) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  throw new Error('No Chromium found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH.');
}

export async function launchChromium(gpu: boolean): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: chromiumArgs(gpu), timeout: 60_000 });
}

export interface GpuInfo {
  renderer: string | null;
  vendor: string | null;
}

/** The WebGL renderer string as pages see it (WEBGL_debug_renderer_info). */
export async function readGpuInfo(browser: Browser): Promise<GpuInfo> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      const gl: WebGLRenderingContext | null = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      if (!gl) return { renderer: null, vendor: null };
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return {
        renderer: String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
        vendor: String(gl.getParameter(ext ? ext.UNMASKED_VENDOR_WEBGL : gl.VENDOR)),
      };
    });
  } finally {
    await context.close();
  }
}

/** Loopback, data: and blob: stay on this machine; anything else would leave it. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.href === 'about:blank') return true;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
