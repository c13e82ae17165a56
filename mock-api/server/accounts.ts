import type { Dataset } from '../dataset/model';
import type { Account } from '../../src/api/schemas/session';

/**
 * The demo accounts: the bureau manager, a manager per district bureau, the secretary of every branch.
 * `personName` shapes the secretaries' names: maskName for the public sign-in list.
 */
export function demoAccounts(dataset: Dataset, personName: (name: string) => string = (name) => name): Account[] {
  const bureau = dataset.units.find((u) => u.kind === 'bureau');
  const accounts: Account[] = [
    {
      id: 'bureau-manager',
      displayName: `${bureau?.name ?? '广州供电局'} 局管理人员`,
      role: 'bureau_manager',
      scope: { unitId: null, branchId: null },
    },
  ];
  for (const unit of dataset.units.filter((u) => u.kind === 'district_bureau')) {
    accounts.push({
      id: `manager-${unit.id}`,
      displayName: `${unit.name} 管理人员`,
      role: 'district_manager',
      scope: { unitId: unit.id, branchId: null },
    });
  }
  const names = new Map(dataset.people.map((p) => [p.id, personName(p.name)]));
  for (const branch of dataset.branches) {
    accounts.push({
      id: `secretary-${branch.id}`,
      displayName: `${branch.name} 书记 ${names.get(branch.secretaryId) ?? ''}`.trim(),
      role: 'branch_secretary',
      scope: { unitId: branch.unitId, branchId: branch.id },
    });
  }
  return accounts;
}
