/*
 * Files the app hands to the browser (a ranking's CSV, a PNG of the map screen): their names and the
 * download itself, one way for every export.
 */

/**
 * A file name without characters that Windows refuses, the parts joined by '-':
 * `广州供电局-违章数-2023-10-01_2026-09-30.csv`. Spaces go too: a name is often pasted into a command line.
 */
export function fileName(parts: readonly string[], extension: string): string {
  return `${parts
    .map((p) => p.replace(/[\\/:*?"<>|\s]+/g, '_'))
    .filter((p) => p !== '')
    .join('-')}.${extension}`;
}

/** Hands the blob to the browser as a download of that name. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; keep it a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
