import { useTranslation } from 'react-i18next';
import type { Account } from '../../../api/schemas/session';
import { Button } from '../../../components/button';
import './session.css';

/** Who is signed in, in which role, and the sign-out button. */
export function SessionBadge({ account, onSignOut }: { account: Account; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="session-badge" role="group" aria-label={t('session.current')}>
      <div className="session-badge__who">
        <span className="session-badge__role">{t(`session.roles.${account.role}`)}</span>
        <span className="session-badge__name" title={account.displayName}>{account.displayName}</span>
      </div>
      <Button aria-label={t('session.signOut')} onClick={onSignOut}>
        {t('session.signOut')}
      </Button>
    </div>
  );
}
