import { useEffect, useState } from 'react';

/**
 * What `load` resolves to, loaded the first time `wanted` is true and kept from then on; null until
 * it has arrived. For code the first screen does not need (a chunk of its own). A failed load is
 * logged and tried again the next time `wanted` turns true. `load` must be a stable function.
 */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [value, setValue] = useState<{ loaded: T } | null>(null);
  const needed = wanted && value === null;
  useEffect(() => {
    if (!needed) return;
    let current = true;
    load().then(
      (loaded) => {
        if (current) setValue({ loaded });
      },
      (error: unknown) => console.error('could not load a part of the app', error),
    );
    return () => {
      current = false;
    };
  }, [load, needed]);
  return value?.loaded ?? null;
}
