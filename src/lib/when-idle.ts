/**
 * Runs `run` when the main thread is next idle; returns a cancel. Safari has no requestIdleCallback: a
 * timer there, after the frame the change brought.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 1000);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(run);
  return () => cancelIdleCallback(id);
}
