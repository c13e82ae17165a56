/**
 * Runs `run` when the main thread is next idle (at the latest after `timeoutMs`, where given); returns
 * a cancel. Safari has no requestIdleCallback: a timer there, after the frame the change brought.
 */
export function whenIdle(run: () => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 1000);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(run, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}
