import { useTranslation } from 'react-i18next';
import { wallEn } from '../../../i18n/wall-en';
import { wallZhCN } from '../../../i18n/wall-zh-cn';

/** The wall's words ('wall' namespace), added to the app's i18next with the wall's code. */
export function useWallMessages() {
  const translation = useTranslation('wall');
  const { i18n } = translation;
  // Idempotent, and before the first `t` of this render: nothing is shown untranslated.
  if (!i18n.hasResourceBundle('zh-CN', 'wall')) i18n.addResourceBundle('zh-CN', 'wall', wallZhCN);
  if (!i18n.hasResourceBundle('en', 'wall')) i18n.addResourceBundle('en', 'wall', wallEn);
  return translation;
}
