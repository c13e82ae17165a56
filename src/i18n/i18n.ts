import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN, type AppMessages } from './zh-cn';
// Types only: each mode's own namespace comes with its code (wall-zh-cn.ts, issues-zh-cn.ts).
import type { WallMessages } from './wall-zh-cn';
import type { IssuesMessages } from './issues-zh-cn';
import type { BranchMessages } from './branch-zh-cn';
import { languages, type Language } from '../lib/view-options';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // 'wall' and 'issues': added when their routes load (src/app/wall-screen.tsx, issues-screen.tsx).
    // 'branch': added with the branch and member panels (src/app/branch-panels.tsx).
    resources: { translation: AppMessages; wall: WallMessages; issues: IssuesMessages; branch: BranchMessages };
  }
}

/** Tables beyond the first screen's: each loaded the first time the app is read in its language. */
const loaders: Partial<Record<Language, () => Promise<AppMessages>>> = {
  en: () => import('./en').then((m) => m.en),
};

/**
 * One i18next instance for the app, initialised synchronously with Chinese, the default language, so
 * the first render is already translated; other languages come with useLanguage (awaited at start).
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    supportedLngs: [...languages],
    resources: { 'zh-CN': { translation: zhCN } },
    initAsync: false,
    // React escapes text itself; escaping here would double-escape API text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Switches to `lng`, loading its table first if this is its first use. */
export async function switchLanguage(instance: I18n, lng: Language): Promise<void> {
  const load = loaders[lng];
  if (load && !instance.hasResourceBundle(lng, 'translation')) instance.addResourceBundle(lng, 'translation', await load());
  await instance.changeLanguage(lng);
}

/** Keeps `<html lang>` and the document title in step with the language. */
export function bindDocumentLanguage(instance: I18n, doc: Document = document): () => void {
  const apply = (lng: string) => {
    doc.documentElement.lang = lng;
    doc.title = instance.t('app.documentTitle');
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return () => instance.off('languageChanged', apply);
}
