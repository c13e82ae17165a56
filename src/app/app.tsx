import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../features/header/components/app-header';
import { ModeNav } from './mode-nav';
import { SessionBadge } from '../features/session/components/session-badge';
import { useSession } from '../features/session/hooks/use-session';
import { useClearSelection, useMode, useTheme } from '../store/hooks';
import { RuntimeContext, SessionStatusContext, type Runtime } from './app-context';
import { routeOf } from './routes';
import { useHomeLanding } from './use-home-landing';
import { revealFirstScreen } from '../lib/first-screen';

// Loaded when first needed: a wall screen signed in by its URL never shows it.
const AccountPicker = lazy(() => import('../features/session/components/account-picker').then((m) => ({ default: m.AccountPicker })));

export interface AppProps {
  /** From config.json, read at start: the offline base map, an intranet PMTiles file or a style URL. */
  runtime: Runtime;
}

/** The shell: the header, the screen of the current mode, and sign-in. Screens compose the features. */
export function App({ runtime }: AppProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const mode = useMode();
  const session = useSession();
  const clearSelection = useClearSelection();
  useHomeLanding(session.account);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }, [theme]);

  // Somebody must sign in first: the screen behind the dialog has no map to wait for.
  useEffect(() => {
    if (session.status === 'signed-out') revealFirstScreen();
  }, [session.status]);

  // Escape clears the selection (unless a form control is using the key).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'SELECT' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'search'))) return;
      clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  const { screen: Screen, kiosk } = routeOf(mode);
  if (kiosk) {
    return (
      <RuntimeContext.Provider value={runtime}>
        <SessionStatusContext.Provider value={session.status}>
          <Suspense fallback={null}>
            <Screen />
          </Suspense>
        </SessionStatusContext.Provider>
      </RuntimeContext.Provider>
    );
  }
  return (
    <RuntimeContext.Provider value={runtime}>
      <SessionStatusContext.Provider value={session.status}>
      <div className="app-shell">
        <AppHeader
          session={session.account && <SessionBadge account={session.account} onSignOut={session.signOut} />}
          nav={
            session.account && (
              <ModeNav secretary={session.account.role === 'branch_secretary'} />
            )
          }
        />
        <main className="app-main">
          <Suspense fallback={null}>
            <Screen />
          </Suspense>
          {session.status === 'signed-out' && (
            <Suspense fallback={null}>
              <AccountPicker onPick={session.signIn} busy={false} error={session.error} />
            </Suspense>
          )}
          {session.status === 'signing-in' && (
            <p className="app-signing-in" role="status">
              {t('session.signingIn')}
            </p>
          )}
        </main>
      </div>
      </SessionStatusContext.Provider>
    </RuntimeContext.Provider>
  );
}
