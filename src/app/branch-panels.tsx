import { useTranslation } from 'react-i18next';
import { BranchWorkspace } from '../features/my-branch/components/branch-workspace';
import { MemberPage } from '../features/my-branch/components/member-page';
import { branchEn } from '../i18n/branch-en';
import { branchZhCN } from '../i18n/branch-zh-cn';

/*
 * The map's right panel at a branch or a member: the secretary's workspace. Why on the map and not a
 * mode of its own: "my branch" is a place on the drill path (`/?at=branch:<id>`, `/?at=member:<id>`),
 * so the map frames it, the breadcrumb leads up from it, back/forward and links work as for any place,
 * and a member picked on the map opens the same page a roster link opens. Its code and words load on
 * first visit (a bureau manager's first screen never needs them).
 */
export default function BranchPanels({ level, id }: { level: 'branch' | 'member'; id: string }) {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('zh-CN', 'branch')) {
    i18n.addResourceBundle('zh-CN', 'branch', branchZhCN);
    i18n.addResourceBundle('en', 'branch', branchEn);
  }
  return level === 'branch' ? <BranchWorkspace branchId={id} /> : <MemberPage memberId={id} />;
}
