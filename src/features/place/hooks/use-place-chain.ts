import { useMemo } from 'react';
import { useBranches, useMember, useUnits, useZones } from '../../../api/queries/org';
import type { UnitTreeNode } from '../../../api/schemas/org';
import { BUREAU, type Place } from '../../../lib/url-state';
import type { Language } from '../../../lib/view-options';

export interface ChainStep {
  place: Place;
  name: string;
}

/** Every unit of the tree, by id. */
export function unitsById(roots: readonly UnitTreeNode[]): Map<string, UnitTreeNode> {
  const out = new Map<string, UnitTreeNode>();
  const visit = (n: UnitTreeNode) => {
    out.set(n.id, n);
    n.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

/**
 * The drill path from the bureau down to `place`: bureau → district bureau → branch → zone → member,
 * each step with its name (what the breadcrumb shows). Steps whose names are not in yet show their id.
 */
export function usePlaceChain(place: Place, language: Language): ChainStep[] {
  const units = useUnits();
  const branches = useBranches(place.level !== 'bureau' && place.level !== 'unit');
  const zones = useZones(place.level === 'zone');
  const member = useMember(place.level === 'member' ? place.id : null);
  return useMemo(() => {
    const roots = units.data?.items ?? [];
    const byId = unitsById(roots);
    const unitName = (u: UnitTreeNode | undefined, fallback: string) => (u ? (language === 'en' ? u.nameEn : u.name) : fallback);
    const root = roots[0];
    const chain: ChainStep[] = [{ place: BUREAU, name: unitName(root, '…') }];
    if (place.level === 'bureau') return chain;
    let branchId: string | null = null;
    let unitId: string | null = null;
    const tail: ChainStep[] = [];
    switch (place.level) {
      case 'unit':
        unitId = place.id;
        break;
      case 'branch':
        branchId = place.id;
        break;
      case 'zone': {
        const zone = zones.data?.features.find((f) => f.id === place.id);
        branchId = zone?.properties.branchId ?? null;
        tail.push({ place, name: zone?.properties.name ?? place.id });
        break;
      }
      case 'member':
        branchId = member.data?.branchId ?? null;
        tail.push({ place, name: member.data?.name ?? place.id });
        break;
    }
    const branch = branchId ? branches.data?.items.find((b) => b.id === branchId) : undefined;
    unitId ??= branch?.unitId ?? null;
    if (unitId) chain.push({ place: { level: 'unit', id: unitId }, name: unitName(byId.get(unitId), unitId) });
    if (branchId) chain.push({ place: { level: 'branch', id: branchId }, name: branch?.name ?? branchId });
    return [...chain, ...tail];
  }, [place, language, units.data, branches.data, zones.data, member.data]);
}
