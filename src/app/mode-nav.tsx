import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pathOfMode } from '../lib/url-state';
import { useAppStore, useMode } from '../store/hooks';
import { ROUTES } from './routes';
import { searchOfStore } from './url-sync';

/**
 * The modes as links, in the header (a secretary's issues are "my issues"): a real href (open in a new tab, copy the link), and a plain click switches
 * the mode in the store, which url-sync turns into a history entry. Where you are (place, window,
 * filters) goes along; the camera does not: the other mode frames the place itself.
 */
export function ModeNav({ secretary = false }: { secretary?: boolean }) {
  const { t } = useTranslation();
  const mode = useMode();
  const search = useAppStore(searchOfStore);
  const switchMode = useAppStore((s) => s.switchMode);
  const follow = (e: MouseEvent<HTMLAnchorElement>, to: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    switchMode(to);
  };
  return (
    <nav className="mode-nav" aria-label={t('routes.nav')}>
      {/* A kiosk (the wall) is opened by its own link: in the desk's switch it would strand a person without controls. */}
      {ROUTES.filter((route) => !route.kiosk).map((route) => (
        <a
          key={route.mode}
          className="mode-nav__link"
          href={`${pathOfMode(route.mode)}${search}`}
          aria-current={route.mode === mode ? 'page' : undefined}
          onClick={(e) => follow(e, route.mode)}
        >
          {route.mode === 'issues' && secretary ? t('routes.myIssues') : t(route.name)}
        </a>
      ))}
    </nav>
  );
}
