import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { useLanguage, useSwitchLanguage, useSwitchTheme, useTheme } from '../../../store/hooks';
import { DataFreshness } from './data-freshness';
import { WallClock } from './wall-clock';
import './header.css';

/** The header; `session` is what the shell shows of the signed-in account (its badge), `nav` the screens it may go to. */
export function AppHeader({ session, nav }: { session?: ReactNode; nav?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const theme = useTheme();
  const switchLanguage = useSwitchLanguage();
  const switchTheme = useSwitchTheme();
  const themeLabel = theme === 'dark' ? t('header.switchThemeToLight') : t('header.switchThemeToDark');

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <svg className="app-header__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 2.5l2.8 6.1 6.7.7-5 4.5 1.4 6.6L12 17.1l-5.9 3.3 1.4-6.6-5-4.5 6.7-.7z" />
        </svg>
        <div>
          <h1 className="app-header__title">{t('app.name')}</h1>
          <p className="app-header__subtitle">{t('app.subtitle')}</p>
        </div>
      </div>
      <div className="app-header__middle">
        {nav}
        <DataFreshness language={language} />
      </div>
      <div className="app-header__tools">
        <WallClock language={language} />
        {session}
        <div className="app-header__buttons" role="group" aria-label={t('header.toolbar')}>
          <Button aria-label={themeLabel} title={themeLabel} onClick={() => switchTheme()}>
            {theme === 'dark' ? t('header.themeLight') : t('header.themeDark')}
          </Button>
          <Button aria-label={t('header.switchLanguage')} title={t('header.switchLanguage')} onClick={() => switchLanguage()}>
            {/* The visible text names the other language in that language. */}
            <span lang={language === 'en' ? 'zh-CN' : 'en'}>{t('header.switchLanguageShort')}</span>
          </Button>
        </div>
      </div>
    </header>
  );
}
