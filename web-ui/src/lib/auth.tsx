import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { createApiClient, type ApiClient, type Credentials } from './api';
import { ApiError } from './problem';
import { SessionStore, type Role, type Session, type SignedInUser } from './session';

interface AuthContextValue {
  session: Session | undefined;
  api: ApiClient;
  /** Demo profile: checks the name and password with GET /api/me and keeps them for this tab. */
  signIn(credentials: Credentials): Promise<SignedInUser>;
  signOut(): void;
}

const AuthContext = createContext<AuthContextValue | undefined>(undefined);

/** Looks up who the credentials belong to; a 401 means they are wrong. */
export async function whoIs(credentials: Credentials, fetchImpl?: typeof fetch): Promise<SignedInUser> {
  const probe = createApiClient({ credentials: () => credentials, fetch: fetchImpl });
  try {
    return await probe.get<SignedInUser>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw new Error(credentials.kind === 'basic' ? 'The user name or password is wrong.'
        : 'The sign-in was not accepted by the platform.');
    }
    throw error;
  }
}

export function AuthProvider({ store, children, fetchImpl }: { store?: SessionStore; children: ReactNode; fetchImpl?: typeof fetch }) {
  const sessions = useMemo(() => store ?? new SessionStore(), [store]);
  const session = useSyncExternalStore(sessions.subscribe, () => sessions.get());
  const value = useMemo<AuthContextValue>(() => {
    const api = createApiClient({
      credentials: () => sessions.get()?.credentials,
      onUnauthorized: () => sessions.clear(),
      fetch: fetchImpl,
    });
    return {
      session,
      api,
      async signIn(credentials) {
        const user = await whoIs(credentials, fetchImpl);
        sessions.set({ credentials, user });
        return user;
      },
      signOut() {
        sessions.clear();
      },
    };
  }, [sessions, session, fetchImpl]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth outside AuthProvider');
  }
  return value;
}

export function useApi(): ApiClient {
  return useAuth().api;
}

export function hasRole(user: SignedInUser | undefined, ...roles: Role[]): boolean {
  return Boolean(user?.roles.some((role) => roles.includes(role)));
}
