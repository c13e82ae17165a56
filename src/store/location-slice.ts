import type { StateCreator } from 'zustand';
import { BUREAU, formatCamera, samePlace, sameSelection, type Camera, type Place, type Selection } from '../lib/url-state';
import type { AppState } from './app-store';

/*
 * Where you are: the mode (route), the place on the drill path, the selected object, and what the
 * camera should do about a move. The URL mirrors these (src/app/url-sync.ts): a change of any of them
 * pushes a history entry, and back/forward restore them (restoreLocation).
 */

/** A move the map should make: to `camera`, or (null) to frame the place or selection. Bumped per move. */
export interface CameraRequest {
  seq: number;
  camera: Camera | null;
}

export interface LocationState {
  mode: string;
  place: Place;
  selection: Selection | null;
}

export interface LocationSlice extends LocationState {
  cameraRequest: CameraRequest;
  /** A step on the drill path (bureau → district bureau → branch → zone → member); clears the selection. */
  drillTo: (place: Place) => void;
  select: (selection: Selection) => void;
  clearSelection: () => void;
  switchMode: (mode: string) => void;
  /** Back or forward: everything as the URL says, the camera where that entry left it (or framed). */
  restoreLocation: (location: LocationState, camera: Camera | null) => void;
}

export const createLocationSlice =
  (init: Partial<LocationState> & { camera?: Camera | null }): StateCreator<AppState, [], [], LocationSlice> =>
  (set, get) => {
    const follow = (camera: Camera | null = null): CameraRequest => ({ seq: get().cameraRequest.seq + 1, camera });
    return {
      mode: init.mode ?? '',
      place: init.place ?? BUREAU,
      selection: init.selection ?? null,
      // A link with a camera opens there; without one, the map frames the place (or Guangzhou).
      cameraRequest: { seq: 0, camera: init.camera ?? null },
      drillTo: (place) => {
        const s = get();
        if (samePlace(s.place, place) && s.selection === null) return;
        set({ place, selection: null, cameraRequest: follow() });
      },
      // Selecting what is already selected changes nothing (no re-render, no history entry, no re-fit).
      select: (selection) => {
        if (!sameSelection(get().selection, selection)) set({ selection: { kind: selection.kind, id: selection.id }, cameraRequest: follow() });
      },
      clearSelection: () => {
        if (get().selection !== null) set({ selection: null });
      },
      switchMode: (mode) => {
        if (get().mode !== mode) set({ mode });
      },
      restoreLocation: (location, camera) => {
        const s = get();
        const moved = !samePlace(s.place, location.place) || !sameSelection(s.selection, location.selection);
        // The entry's camera is asked for when it is not the one already asked for (a time window or filter
        // restored on the same spot moves nothing).
        const asked = s.cameraRequest.camera;
        const newCamera = camera !== null && (asked === null || formatCamera(asked) !== formatCamera(camera));
        set({
          mode: location.mode,
          place: samePlace(s.place, location.place) ? s.place : location.place,
          selection: sameSelection(s.selection, location.selection) ? s.selection : location.selection,
          ...((moved || newCamera) && { cameraRequest: follow(camera) }),
        });
      },
    };
  };
