import { indicatorDefinition, type IndicatorKey } from '../../../api/indicator-catalogue';
import type { UnitTreeNode } from '../../../api/schemas/org';
import { BUREAU, type Place } from '../../../lib/url-state';

/*
 * Which places a wall tours, and what each stop shows. A bureau wall (or one whose account sees the
 * whole bureau) tours the bureau and its district bureaus; a district manager's wall tours their
 * district bureau and then each of its grid zones. Both ways a stop is a place on the drill path
 * (the URL says where the wall is) and a subject of the indicator API (its figures, its ranking).
 */

/** What the indicator API is asked about at a stop: the bureau is the unit at the tree's root. */
export interface WallSubject {
  level: 'unit' | 'zone';
  id: string;
}

/** What a zone needs to be a stop: its id and its district bureau. */
export interface ZoneRef {
  id: string;
  unitId: string;
}

/** The ranking a stop shows: a unit's children (district bureaus, branches), or a district's zones. */
export interface WallRankingSubject {
  level: 'unit';
  id: string;
  childLevel?: 'zone';
  key: IndicatorKey;
}

export const subjectKey = (s: WallSubject) => `${s.level}:${s.id}`;

/** The wall's home: the account's district bureau if it is one of the tree's, else the bureau. */
export function homeOf(root: UnitTreeNode, scopeUnitId: string | null): UnitTreeNode {
  return (scopeUnitId !== null && root.children.find((u) => u.id === scopeUnitId)) || root;
}

/** The tour's places in order: the bureau then its district bureaus, or a district bureau then its zones (by id: the same order every round). */
export function tourPlaces(root: UnitTreeNode, home: UnitTreeNode, zones: readonly ZoneRef[]): Place[] {
  if (home.id === root.id) return [BUREAU, ...root.children.map((u) => ({ level: 'unit' as const, id: u.id }))];
  const own = zones.filter((z) => z.unitId === home.id).map((z) => z.id);
  own.sort();
  return [{ level: 'unit', id: home.id }, ...own.map((id) => ({ level: 'zone' as const, id }))];
}

/** The subject of a place of the tour (a place outside the tour's levels: none). */
export function subjectOf(place: Place, root: UnitTreeNode): WallSubject | null {
  if (place.level === 'bureau') return { level: 'unit', id: root.id };
  if (place.level === 'unit' || place.level === 'zone') return { level: place.level, id: place.id };
  return null;
}

/**
 * The ranking shown at a subject's stop. At a district manager's wall every stop ranks the district's
 * zones (the same list all round, the stop's own zone marked); elsewhere a unit ranks its children.
 * A zone ranking needs an indicator zones have: another falls back to violations per transformer district and year.
 */
export function rankingSubjectOf(subject: WallSubject, root: UnitTreeNode, home: UnitTreeNode, indicator: IndicatorKey): WallRankingSubject {
  if (home.id === root.id) return { level: 'unit', id: subject.id, key: indicator };
  const key = (indicatorDefinition(indicator).levels as readonly string[]).includes('zone') ? indicator : 'violations_per_transformer_district_per_year';
  return { level: 'unit', id: home.id, childLevel: 'zone', key };
}
