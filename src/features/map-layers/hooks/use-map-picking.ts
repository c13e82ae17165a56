import { useCallback, useState } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import { useClearSelection, useSelectFeature } from '../../../store/hooks';
import { pickedOf, selectionOf } from '../lib/picking';
import type { HoverState } from '../components/map-tooltip';

/** Hover → a tooltip; click → select what is under the pointer (or clear on empty map). */
export function useMapPicking() {
  const [hover, setHover] = useState<HoverState | null>(null);
  const selectFeature = useSelectFeature();
  const clearSelection = useClearSelection();
  const onHover = useCallback((info: PickingInfo) => {
    const picked = info.picked ? pickedOf(info) : null;
    setHover(picked ? { picked, x: info.x, y: info.y } : null);
  }, []);
  const onClick = useCallback(
    (info: PickingInfo) => {
      const selection = selectionOf(info.picked ? pickedOf(info) : null);
      if (selection) selectFeature(selection);
      else clearSelection();
    },
    [selectFeature, clearSelection],
  );
  return { hover, onHover, onClick };
}
