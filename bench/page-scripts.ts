/*
 * Code that runs inside the measured pages. Kept as plain JavaScript text (not functions handed to
 * page.evaluate) because tsx's transpiler wraps named functions in a helper the page does not have.
 */

/**
 * Installed before any page script: every WebGL draw or clear marks the current frame as drawn, and
 * a message posted at the first one runs once that frame has been rendered (tasks queued during
 * requestAnimationFrame run after the rendering step), recording when the drawn frame ended. It costs
 * a counter increment per draw call and nothing while the page is idle.
 */
export const INSTRUMENT_FRAMES = `(() => {
  if (window.__benchFrames) return;
  const state = { frames: [], pending: false, draws: 0, onFrame: null };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    state.frames.push({ end: performance.now(), draws: state.draws });
    state.draws = 0;
    state.pending = false;
    if (state.onFrame) state.onFrame();
  };
  const names = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements', 'clear'];
  const protos = [];
  if (typeof WebGLRenderingContext !== 'undefined') protos.push(WebGLRenderingContext.prototype);
  if (typeof WebGL2RenderingContext !== 'undefined') protos.push(WebGL2RenderingContext.prototype);
  for (const proto of protos) {
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function () {
        state.draws++;
        if (!state.pending) {
          state.pending = true;
          channel.port2.postMessage(0);
        }
        return original.apply(this, arguments);
      };
    }
  }
  // When map-ready's frame is on screen: from the mark, frames are asked for until one begins within 50 ms
  // of being asked (it then waited for no earlier frame still being rasterised, composited and presented;
  // in software rendering a 4K frame takes a second). The first only carries the mark's frame. A frame's
  // begin is its requestAnimationFrame time, which a long task on the main thread does not move.
  state.onScreenMs = null;
  new PerformanceObserver((list, observer) => {
    if (!list.getEntries().some((e) => e.name === 'map-ready')) return;
    observer.disconnect();
    const ask = (first) => {
      const asked = performance.now();
      requestAnimationFrame((frameTime) => {
        if (!first && frameTime - asked <= 50) state.onScreenMs = asked;
        else ask(false);
      });
    };
    ask(true);
  }).observe({ type: 'mark' });
  Object.defineProperty(window, '__benchFrames', { value: state });
})();`;

/** Resolves once no frame has been drawn for quietMs (or after timeoutMs): { quiet, waitedMs }. */
export const WAIT_QUIET = `async ({ quietMs, timeoutMs }) => {
  const state = window.__benchFrames;
  const start = performance.now();
  for (;;) {
    const now = performance.now();
    const last = state && state.frames.length ? state.frames[state.frames.length - 1].end : -Infinity;
    if (now - last >= quietMs) return { quiet: true, waitedMs: now - start };
    if (now - start > timeoutMs) return { quiet: false, waitedMs: now - start };
    await new Promise((r) => setTimeout(r, 20));
  }
}`;

/**
 * Resolves once the page's frame pipeline is free: a requestAnimationFrame answered within promptMs
 * (or after timeoutMs): { drained, waitedMs }. No WebGL draw for a while is not enough in software
 * rendering: the compositor and SwiftShader may still be working off the last frames (seconds at 4K
 * after a load), and a change made then waits for them before its own frame can start.
 */
export const WAIT_DRAINED = `async ({ promptMs, timeoutMs }) => {
  const start = performance.now();
  for (;;) {
    const asked = performance.now();
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    if (now - asked <= promptMs) return { drained: true, waitedMs: now - start };
    if (now - start > timeoutMs) return { drained: false, waitedMs: now - start };
  }
}`;

/**
 * Changes the time window the way a link or the back button does (URL, then popstate; startMark is
 * marked at that instant, for the main-thread trace) and waits until it has been drawn: with doneMark,
 * until the page marks it (the baseline marks MapLibre's next 'idle'); otherwise until the burst of
 * frames that follows has ended (no frame for quietMs). It waits on events (frames, marks, one timer),
 * never by polling: a 20 ms polling loop would itself add a task every 20 ms to the main-thread time
 * being measured (over a second per minute of waiting).
 */
export const CHANGE_URL = `({ params, quietMs, firstFrameTimeoutMs, timeoutMs, doneMark, startMark }) => new Promise((resolve) => {
  const state = window.__benchFrames;
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(params)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  const seen = state.frames.length;
  let quietTimer = null;
  let observer = null;
  const framesAfter = () => state.frames.slice(seen).filter((f) => f.end > t0);
  const finish = (outcome, latencyMs, frames) => {
    clearTimeout(quietTimer);
    clearTimeout(firstFrameTimer);
    clearTimeout(hardTimer);
    state.onFrame = null;
    if (observer) observer.disconnect();
    const all = framesAfter();
    resolve({ outcome, dispatchMs, firstFrameMs: all.length ? all[0].end - t0 : null, latencyMs, frames });
  };
  const onDone = (mark) => finish('ok', mark.startTime - t0, framesAfter().filter((f) => f.end <= mark.startTime + 1).length);
  if (doneMark) {
    observer = new PerformanceObserver((list) => {
      const mark = list.getEntries().find((e) => e.name === doneMark && e.startTime > t0);
      if (mark) onDone(mark);
    });
    observer.observe({ type: 'mark' });
  } else {
    state.onFrame = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => {
        const frames = framesAfter();
        finish('ok', frames[frames.length - 1].end - t0, frames.length);
      }, quietMs);
    };
  }
  // The URL as the page itself writes its links (',' and ':' unescaped): URLSearchParams would escape
  // them, and an app that canonicalises its URL would then rewrite it, work no link or back button asks for.
  const href = url.pathname + '?' + url.searchParams.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':') + url.hash;
  const t0 = performance.mark(startMark).startTime;
  history.replaceState(history.state, '', href);
  window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  const dispatchMs = performance.now() - t0;
  const firstFrameTimer = setTimeout(() => {
    if (framesAfter().length === 0) finish('no-redraw', null, 0);
  }, firstFrameTimeoutMs);
  const hardTimer = setTimeout(() => finish('timeout', null, framesAfter().length), timeoutMs);
})`;

/** When map-ready's frame was on screen (ms since navigation start), once known; null until then. */
export const READ_ON_SCREEN = `() => (window.__benchFrames ? window.__benchFrames.onScreenMs : null)`;

/** The map-ready mark (ms since navigation start) and the page's time origin (epoch ms). */
export const READ_READY = `() => {
  const ready = performance.getEntriesByName('map-ready', 'mark')[0];
  const failed = performance.getEntriesByName('baseline-failed', 'mark')[0];
  const frames = window.__benchFrames ? window.__benchFrames.frames : [];
  return {
    readyMs: ready ? ready.startTime : null,
    firstDrawMs: frames.length ? frames[0].end : null,
    framesBeforeReady: ready ? frames.filter((f) => f.end <= ready.startTime).length : frames.length,
    failed: failed ? String(failed.detail ?? 'failed') : null,
    timeOrigin: performance.timeOrigin,
  };
}`;

export const HAS_READY_OR_FAILED = `() => performance.getEntriesByName('map-ready', 'mark').length > 0 || performance.getEntriesByName('baseline-failed', 'mark').length > 0`;
