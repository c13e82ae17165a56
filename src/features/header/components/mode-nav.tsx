import { useTranslation } from 'react-i18next';
import { pathOfMode } from '../../../lib/url-state';
import { useMode, useSwitchMode } from '../../../store/hooks';

export interface ModeLink {
  mode: string;
  /** Its name, already translated. */
  label: string;
}

/** The screens one can go to, as links (a new tab works too); the current one marked. */
export function ModeNav({ links }: { links: readonly ModeLink[] }) {
  const { t } = useTranslation();
  const mode = useMode();
  const switchMode = useSwitchMode();
  return (
    <nav className="mode-nav" aria-label={t('nav.label')}>
      {links.map((link) => (
        <a
          key={link.mode}
          className="mode-nav__link"
          href={pathOfMode(link.mode)}
          aria-current={link.mode === mode ? 'page' : undefined}
          onClick={(e) => {
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            switchMode(link.mode);
          }}
        >
          {link.label}
        </a>
      ))}
    </nav>
  );
}
