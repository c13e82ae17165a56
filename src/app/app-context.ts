import { createContext, useContext } from 'react';
import type { RuntimeConfig } from '../map/base-map-source';
import type { SessionStatus } from '../features/session/hooks/use-session';

/** config.json as read at start, for the screens that draw a map. */
export const RuntimeConfigContext = createContext<RuntimeConfig>({ basemap: { kind: 'offline' } });
export const useRuntimeConfig = () => useContext(RuntimeConfigContext);

/** Whether somebody is signed in or on the way (a screen stays busy while a link signs itself in). */
export const SessionStatusContext = createContext<SessionStatus>('signed-out');
export const useSessionStatus = () => useContext(SessionStatusContext);
