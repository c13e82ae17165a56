import type { Account } from '../../src/api/schemas/session';
import type { IssueAction } from '../../src/api/schemas/enums';
import type { DatasetIndex } from './dataset-index';
import { ROLE_ACTIONS } from '../../src/api/issue-workflow';

/** 张三丰 → 张*丰, 张三 → 张*: the first and last characters kept (by code point), the middle starred. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0] ?? ''}*`;
  return `${chars[0] ?? ''}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1] ?? ''}`;
}

/*
 * What a caller may see in full. Bureau manager: everything. District manager: their district bureau.
 * Branch secretary: their own branch. Everywhere else: aggregates (people only as counts by role), and
 * where a row shows a person (a violation's, an issue's assignee) the name is masked.
 */
export class Scope {
  constructor(
    readonly account: Account,
    private readonly index: DatasetIndex,
  ) {}

  /** A stable key of what this caller may see, so that cached representations differ per scope. */
  get key(): string {
    const { unitId, branchId } = this.account.scope;
    return this.account.role === 'bureau_manager' ? 'all' : `${unitId ?? ''}/${branchId ?? ''}`;
  }

  fullOverUnit(unitId: string): boolean {
    switch (this.account.role) {
      case 'bureau_manager':
        return true;
      case 'district_manager':
        return this.index.districtOfUnit(unitId) === this.account.scope.unitId;
      default:
        return false;
    }
  }

  fullOverBranch(branchId: string): boolean {
    if (this.account.role === 'branch_secretary') return branchId === this.account.scope.branchId;
    const branch = this.index.branchById.get(branchId);
    return branch ? this.fullOverUnit(branch.unitId) : this.account.role === 'bureau_manager';
  }

  /** A person's name as this caller may see it. */
  name(name: string, branchId: string | null): { name: string; masked: boolean } {
    const full = branchId ? this.fullOverBranch(branchId) : this.account.role === 'bureau_manager';
    return full ? { name, masked: false } : { name: maskName(name), masked: true };
  }

  /**
   * Who may make which transition: a secretary every action on their own branch's issues (they run the
   * rectification); a district manager verify/reject/reopen in their district; the bureau manager
   * verify/reject/reopen everywhere.
   */
  mayTransition(action: IssueAction, branchId: string): boolean {
    return ROLE_ACTIONS[this.account.role].includes(action) && this.fullOverBranch(branchId);
  }
}
