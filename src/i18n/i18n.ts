import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, type AppMessages } from './resources';
import { languages, type Language } from '../lib/view-options';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AppMessages };
  }
}

/** One i18next instance for the app, initialised synchronously so the first render is already translated. */
export function createI18n(lng: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'zh-CN',
    supportedLngs: [...languages],
    resources,
    initAsync: false,
    // React escapes text itself; escaping here would double-escape API text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
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
