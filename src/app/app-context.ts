import { createContext, useContext } from 'react';
import type { RuntimeConfig } from '../map/base-map-source';
import type { buildPmtilesStyle } from '../map/pmtiles-style';
import type { SessionStatus } from '../features/session/hooks/use-session';

/** config.json as read at start, for the screens that draw a map (with the PMTiles style when it asks for one). */
export interface Runtime {
  config: RuntimeConfig;
  pmtilesStyle?: typeof buildPmtilesStyle;
}
export const RuntimeContext = createContext<Runtime>({ config: { basemap: { kind: 'offline' } } });
export const useRuntime = () => useContext(RuntimeContext);

/** Whether somebody is signed in or on the way (a screen stays busy while a link signs itself in). */
export const SessionStatusContext = createContext<SessionStatus>('signed-out');
export const useSessionStatus = () => useContext(SessionStatusContext);
