import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../../api/queries/session';
import type { Account } from '../../../api/schemas/session';
import { accountRoles } from '../../../api/schemas/enums';
import './session.css';

/**
 * Shown when nobody is signed in: the demo accounts by role (bureau manager, district managers,
 * branch secretaries). A wall screen skips it with `?account=<id>` in its link.
 */
export function AccountPicker({ onPick, busy, error }: { onPick: (id: string) => void; busy: boolean; error: string | null }) {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const [query, setQuery] = useState('');
  const titleId = useId();
  const searchId = useId();
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const items = (accounts.data?.items ?? []).filter(
      (a) => !q || a.displayName.toLowerCase().includes(q) || a.id.toLowerCase().includes(q),
    );
    return accountRoles.map((role) => ({ role, items: items.filter((a: Account) => a.role === role) }));
  }, [accounts.data, query]);

  return (
    <div className="account-picker__backdrop">
      <section className="account-picker" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} className="account-picker__title">
          {t('session.pickTitle')}
        </h2>
        <p className="account-picker__hint">{t('session.pickHint')}</p>
        <label htmlFor={searchId} className="account-picker__search-label">
          {t('session.search')}
        </label>
        <input
          id={searchId}
          className="account-picker__search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        {accounts.isPending && <p role="status">{t('session.loadingAccounts')}</p>}
        {accounts.isError && <p role="alert">{t('session.accountsFailed')}</p>}
        {error && (
          <p role="alert" className="account-picker__error">
            {t('session.signInFailed')}
          </p>
        )}
        <div className="account-picker__groups">
          {groups.map(
            ({ role, items }) =>
              items.length > 0 && (
                <section key={role} className="account-picker__group" aria-label={t(`session.roles.${role}`)}>
                  <h3>{t(`session.roles.${role}`)}</h3>
                  <ul>
                    {items.map((a) => (
                      <li key={a.id}>
                        <button type="button" className="account-picker__account" disabled={busy} onClick={() => onPick(a.id)}>
                          {a.displayName}
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              ),
          )}
        </div>
      </section>
    </div>
  );
}
