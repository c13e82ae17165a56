/** How long after the last sign of activity deck.gl's loop looks at every frame. */
export const ACTIVE_MS = 1000;
/** How often it looks once the map is idle: what nothing announced would show within this. */
export const IDLE_INTERVAL_MS = 250;

/**
 * The frames deck.gl's animation loop asks for, throttled while the map is idle. The loop asks for a frame
 * 60 times a second to see whether anything must be drawn, even on a map nobody touches (deck.gl #6961):
 * ~60 ms of main thread a second here, all day on an unattended wall. A second after the last activity
 * (a map frame, the pointer, new layers) it looks four times a second instead; `wake` brings back every
 * frame at once. It serves one request at a time, as luma.gl's AnimationLoop makes them.
 */
export class IdleFrameProvider {
  private lastActivity = performance.now();
  private pending: { callback: FrameRequestCallback; frame?: number; timer?: ReturnType<typeof setTimeout> } | null = null;

  requestAnimationFrame = (callback: FrameRequestCallback): number => {
    this.cancelAnimationFrame();
    const pending: NonNullable<IdleFrameProvider['pending']> = { callback };
    this.pending = pending;
    if (this.isActive()) this.requestFrame(pending);
    else
      pending.timer = setTimeout(() => {
        pending.timer = undefined;
        this.requestFrame(pending);
      }, IDLE_INTERVAL_MS);
    return 1;
  };

  cancelAnimationFrame = (): void => {
    const pending = this.pending;
    this.pending = null;
    if (pending?.timer !== undefined) clearTimeout(pending.timer);
    if (pending?.frame !== undefined) cancelAnimationFrame(pending.frame);
  };

  /** Something may need drawing or picking: look at every frame again, starting with the next. */
  wake = (): void => {
    this.lastActivity = performance.now();
    const pending = this.pending;
    if (pending?.timer === undefined) return;
    clearTimeout(pending.timer);
    pending.timer = undefined;
    this.requestFrame(pending);
  };

  private isActive(): boolean {
    return performance.now() - this.lastActivity < ACTIVE_MS;
  }

  private requestFrame(pending: NonNullable<IdleFrameProvider['pending']>): void {
    pending.frame = requestAnimationFrame((time) => {
      if (this.pending === pending) this.pending = null;
      pending.callback(time);
    });
  }
}
