import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError } from './api';
import { queryClient } from './query';

export type Role =
  | 'agent'
  | 'supervisor'
  | 'editor'
  | 'backoffice'
  | 'dispatcher'
  | 'billing'
  | 'admin'
  | 'auditor'
  | 'itdesk'
  | 'privacy_officer';

export interface Me {
  user: { id: string; username: string; displayName: string; roles: Role[]; tenantId: string | null; departmentIds: string[] };
  tenant: { id: string; name: string; slug: string } | null;
}

interface SessionValue {
  me: Me | null;
  loading: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    api<Me>('GET', '/api/v1/auth/me')
      .then(setMe)
      .catch((e) => {
        if (!(e instanceof ApiError)) console.error(e);
      })
      .finally(() => setLoading(false));
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const signedIn = await api<Me>('POST', '/api/v1/auth/login', { username, password });
    // Nothing cached for the previous person may show for the next one.
    queryClient.clear();
    setMe(signedIn);
  }, []);
  const logout = useCallback(async () => {
    await api('POST', '/api/v1/auth/logout');
    queryClient.clear();
    setMe(null);
  }, []);
  const hasRole = useCallback((...roles: Role[]) => !!me && roles.some((r) => me.user.roles.includes(r)), [me]);

  return <SessionContext.Provider value={{ me, loading, login, logout, hasRole }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
