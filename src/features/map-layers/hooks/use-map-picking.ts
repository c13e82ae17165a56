import { useCallback, useEffect, useRef, useState } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import type { LayerContext, Picked } from '../../../layers/layer-entry';
import { entryOfPick } from '../../../layers/registry';
import { useClearSelection, useDrillTo, useSelect } from '../../../store/hooks';

export interface HoverState {
  picked: Picked;
  x: number;
  y: number;
}

/**
 * One path for hover and click, for every layer: the registry finds the entry a pick belongs to, the
 * entry says what it is (tooltip) and where a click leads (a drill step or a selection). A click on
 * empty map clears the selection.
 */
export function useMapPicking(contexts: ReadonlyMap<string, LayerContext>) {
  const [hover, setHover] = useState<HoverState | null>(null);
  const select = useSelect();
  const drillTo = useDrillTo();
  const clearSelection = useClearSelection();
  // The latest contexts for deck.gl's callbacks, which the map registers once.
  const latest = useRef(contexts);
  useEffect(() => {
    latest.current = contexts;
  });

  const pickedOf = useCallback((info: PickingInfo | null): Picked | null => {
    if (!info?.picked) return null;
    const entry = entryOfPick(info);
    const context = entry ? latest.current.get(entry.key) : undefined;
    return entry && context ? entry.pick(info, context) : null;
  }, []);
  const onHover = useCallback(
    (info: PickingInfo) => {
      const picked = pickedOf(info);
      setHover(picked ? { picked, x: info.x, y: info.y } : null);
    },
    [pickedOf],
  );
  const onClick = useCallback(
    (info: PickingInfo | null) => {
      const target = pickedOf(info)?.target;
      if (!target) clearSelection();
      else if ('place' in target) drillTo(target.place);
      else select(target.selection);
    },
    [pickedOf, select, drillTo, clearSelection],
  );
  return { hover, onHover, onClick };
}
