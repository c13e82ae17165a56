import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { MapScreen } from './map-screen';

/*
 * The route table: one entry per mode, keyed by the URL's first path segment ('' is the map). The
 * map is the first screen and comes with it; every other mode loads its own code on first visit
 * (`lazy`), so the first screen's JavaScript does not grow with the modes. Add a mode: a screen in
 * src/app composing its features, and a line here.
 */

export interface Route {
  mode: string;
  /** i18n key of its name (navigation, document title). */
  name: string;
  screen: ComponentType | LazyExoticComponent<ComponentType>;
}

export const ROUTES: readonly Route[] = [
  { mode: '', name: 'routes.map', screen: MapScreen },
  { mode: 'issues', name: 'routes.issues', screen: lazy(() => import('./issues-screen')) },
];

/** The route of a mode; unknown modes fall back to the map (an old or mistyped link still opens something useful). */
export function routeOf(mode: string): Route {
  return ROUTES.find((r) => r.mode === mode) ?? (ROUTES[0] as Route);
}
