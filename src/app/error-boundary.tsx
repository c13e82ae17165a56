import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/button';
import { revealFirstScreen } from '../lib/first-screen';

/** An unattended wall screen must come back by itself: after a crash it reloads after this long. */
const RELOAD_AFTER_S = 60;

function CrashScreen() {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(RELOAD_AFTER_S);
  useEffect(revealFirstScreen, []);
  useEffect(() => {
    const id = setInterval(() => setSeconds((s) => Math.max(0, s - 1)), 1000);
    const reload = setTimeout(() => window.location.reload(), RELOAD_AFTER_S * 1000);
    return () => {
      clearInterval(id);
      clearTimeout(reload);
    };
  }, []);
  return (
    <div className="app-error" role="alert">
      <h1>{t('errors.crashed')}</h1>
      <p>{t('errors.reloading', { seconds })}</p>
      <div>
        <Button aria-label={t('errors.reloadNow')} onClick={() => window.location.reload()}>
          {t('errors.reloadNow')}
        </Button>
      </div>
    </div>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('app crashed', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashScreen /> : this.props.children;
  }
}
