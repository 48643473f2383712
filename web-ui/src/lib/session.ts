import type { Credentials } from './api';

/** Who signed in, as GET /api/me says. */
export interface SignedInUser {
  username: string;
  roles: Role[];
  vendorId?: string;
}

export type Role = 'VENDOR_MANAGER' | 'LEGAL' | 'AUDITOR' | 'ADMIN' | 'VENDOR';

export interface Session {
  credentials: Credentials;
  user: SignedInUser;
}

const KEY = 'sla.session';

/**
 * The signed-in session, kept in sessionStorage only: it ends with the tab, and signing out forgets it. Components
 * subscribe to it; the API client reads the credentials from it.
 */
export class SessionStore {
  private listeners = new Set<() => void>();
  private current: Session | undefined;

  constructor(private readonly storage: Storage = sessionStorage) {
    this.current = read(storage);
  }

  get(): Session | undefined {
    return this.current;
  }

  set(session: Session): void {
    this.current = session;
    this.storage.setItem(KEY, JSON.stringify(session));
    this.emit();
  }

  clear(): void {
    if (this.current === undefined && this.storage.getItem(KEY) === null) {
      return;
    }
    this.current = undefined;
    this.storage.removeItem(KEY);
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

function read(storage: Storage): Session | undefined {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) {
      return undefined;
    }
    const session = JSON.parse(raw) as Session;
    return session?.credentials && session?.user?.username ? session : undefined;
  } catch {
    return undefined;
  }
}
