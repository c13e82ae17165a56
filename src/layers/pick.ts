import type { PickInfoLike } from './layer-entry';

/** The picked object when it is a feature (or any object) with a string id, else null. */
export function pickedWithId<T extends { id: string }>(info: PickInfoLike): T | null {
  const o = info.object;
  return typeof o === 'object' && o !== null && typeof (o as { id?: unknown }).id === 'string' ? (o as T) : null;
}

/** Whether a deck.gl layer id is the entry's own (`<id>`) or one of its sub-layers (`<id>-<part>`). */
export function isOfEntry(layerId: string | undefined, entryId: string): boolean {
  return layerId !== undefined && (layerId === entryId || layerId.startsWith(`${entryId}-`));
}
