/** A text's width in `ch` (the width of a digit, as tabular figures are), a little over rather than under. */
export function widthCh(text: string): number {
  let w = 0;
  for (const c of text) w += /[.,:'\s]/.test(c) ? 0.5 : /[%–]/.test(c) ? 1.5 : /[\u2e80-\uffff]/.test(c) ? 2 : 1;
  return w;
}
