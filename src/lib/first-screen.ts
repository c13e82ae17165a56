/*
 * A screen with a map appears whole: index.html starts the app hidden behind a static line ("党建智图
 * 正在加载…"), and the map reveals it once its base map and data layers are drawn. Every change a page
 * shows while it loads is a frame the GPU composites, and the panels filling in one by one were most of
 * a load's frames: in software rendering a frame of a 3840×2160 page costs the GPU process 0.2–1 s,
 * which the map's own frames then wait for (traced: 17–20 frames, ~7 s of its 8 s at 4K). A map that
 * is not drawn by the deadline shows the screen as it is, loading states and all, as before.
 */

/** The latest the app stays hidden, counted from the navigation (ms): a slow or failing map does not hide it longer. */
export const FIRST_SCREEN_DEADLINE_MS = 8000;

/** Shows the app and removes the loading line; later calls do nothing. */
export function revealFirstScreen(): void {
  const root = document.getElementById('root');
  if (root?.dataset.firstScreen !== 'pending') return;
  delete root.dataset.firstScreen;
  document.getElementById('first-screen-loading')?.remove();
}

/** Keeps the app hidden until revealFirstScreen() or the deadline, whichever comes first. */
export function holdFirstScreen(deadlineMs = FIRST_SCREEN_DEADLINE_MS): void {
  setTimeout(revealFirstScreen, Math.max(0, deadlineMs - performance.now()));
}
