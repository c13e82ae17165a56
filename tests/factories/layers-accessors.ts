// Evaluates a deck.gl accessor prop the way deck.gl does: a constant, or a function of (object, info).

type AccessorLike = unknown;

export function evalAccessor<T = unknown>(accessor: AccessorLike, object: unknown, index = 0, data: unknown = null): T {
  if (typeof accessor === 'function') {
    return (accessor as (o: unknown, i: { index: number; data: unknown; target: number[] }) => T)(object, {
      index,
      data,
      target: [],
    });
  }
  return accessor as T;
}

/** A colour or position as a plain array, for toEqual against typed or readonly arrays. */
export const plain = (v: unknown): number[] => Array.from(v as ArrayLike<number>);
