import { queryOptions, useQuery } from '@tanstack/react-query';
import { AccountList, SessionToken } from '../schemas/session';
import { apiClient } from '../api-client';

// The demo identities: the public account list for the picker, and signing in (POST /session).

export const sessionQueries = {
  all: () => ['session'] as const,
  accounts: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'accounts'] as const,
      queryFn: ({ signal }) => apiClient.get('/session/accounts', AccountList, { signal }),
      staleTime: 10 * 60_000,
    }),
};

export function useAccounts(enabled = true) {
  return useQuery({ ...sessionQueries.accounts(), enabled });
}

/** Signs in as a demo account: the token, when it expires, and the account with its scope. */
export async function requestSession(accountId: string): Promise<SessionToken> {
  const { data } = await apiClient.send('POST', '/session', { account: accountId }, SessionToken);
  return data;
}
