import type { IndicatorLevel } from '../../../api/schemas/enums';
import type { Place, PlaceLevel } from '../../../lib/url-state';

/** The level ranked under a place: bureau → district bureaus → branches → zones → members (a member has none). */
export function childLevelOf(place: Place): PlaceLevel | null {
  switch (place.level) {
    case 'bureau':
      return 'unit';
    case 'unit':
      return 'branch';
    case 'branch':
      return 'zone';
    case 'zone':
      return 'member';
    case 'member':
      return null;
  }
}

/** The API's subject for a place: the bureau is the unit at the root of the unit tree. */
export function subjectOf(place: Place, bureauId: string | null): { level: IndicatorLevel; id: string } | null {
  if (place.level === 'bureau') return bureauId ? { level: 'unit', id: bureauId } : null;
  return { level: place.level, id: place.id };
}
