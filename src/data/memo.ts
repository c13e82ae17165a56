/*
 * Derived data is computed once and read anywhere: these caches are shared by every component that
 * asks, keyed by the identity of the inputs (react-query hands everyone the same objects).
 */

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** `fn` remembering its last `size` results by argument identity. */
export function sharedMemo<A extends unknown[], R>(fn: (...args: A) => R, size = 4): (...args: A) => R {
  const entries: { args: A; result: R }[] = [];
  return (...args: A): R => {
    const i = entries.findIndex((e) => same(e.args, args));
    if (i >= 0) {
      const [hit] = entries.splice(i, 1);
      if (hit) {
        entries.unshift(hit);
        return hit.result;
      }
    }
    const result = fn(...args);
    entries.unshift({ args, result });
    if (entries.length > size) entries.pop();
    return result;
  };
}
