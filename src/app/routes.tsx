import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { AppMessages } from '../i18n/zh-cn';
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
  name: `routes.${Exclude<keyof AppMessages['routes'], 'nav' | 'myIssues'>}`;
  screen: ComponentType | LazyExoticComponent<ComponentType>;
  /** A kiosk screen draws the whole window itself: no header, no sign-in dialog (it signs in by its link). */
  kiosk?: boolean;
  /** Opened first, the screen stays hidden until its map is drawn (src/lib/first-screen.ts). */
  appearsWithMap?: boolean;
}

export const ROUTES: readonly Route[] = [
  { mode: '', name: 'routes.map', screen: MapScreen, appearsWithMap: true },
  // The analysis workspace: its code and ECharts load on first visit, never with the map.
  { mode: 'analysis', name: 'routes.analysis', screen: lazy(() => import('./analysis-screen').then((m) => ({ default: m.AnalysisScreen }))) },
  { mode: 'issues', name: 'routes.issues', screen: lazy(() => import('./issues-screen')) },
  { mode: 'wall', name: 'routes.wall', screen: lazy(() => import('./wall-screen').then((m) => ({ default: m.WallScreen }))), kiosk: true, appearsWithMap: true },
];

/** The route of a mode; unknown modes fall back to the map (an old or mistyped link still opens something useful). */
export function routeOf(mode: string): Route {
  return ROUTES.find((r) => r.mode === mode) ?? (ROUTES[0] as Route);
}
