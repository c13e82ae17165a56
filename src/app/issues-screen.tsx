import { useTranslation } from 'react-i18next';
import { IssuesWorkspace } from '../features/issues/components/issues-workspace';
import { issuesEn } from '../i18n/issues-en';
import { issuesZhCN } from '../i18n/issues-zh-cn';
import { useSessionStatus } from './app-context';

/** The issues workspace (`/issues`): its code and its words load with this route, not with the map. */
export default function IssuesScreen() {
  const { i18n } = useTranslation();
  // Both tables are small and in this chunk already: added once, before anything reads them.
  if (!i18n.hasResourceBundle('zh-CN', 'issues')) {
    i18n.addResourceBundle('zh-CN', 'issues', issuesZhCN);
    i18n.addResourceBundle('en', 'issues', issuesEn);
  }
  const status = useSessionStatus();
  return <div className="issues-screen">{status === 'signed-in' && <IssuesWorkspace />}</div>;
}
