import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AuthProvider } from '../lib/auth';
import { SessionStore, type Session } from '../lib/session';

export const MANAGER: Session = {
  credentials: { kind: 'basic', username: 'manager', password: 'manager' },
  user: { username: 'manager', roles: ['VENDOR_MANAGER'] },
};

export type Route = (url: string, init: RequestInit) => Response | Promise<Response>;

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

/** Renders routes at an address with a signed-in session (or none) and a fake platform answering `answer`. */
export function renderAt(routes: RouteObject[], address: string, answer: Route, session: Session | null = MANAGER) {
  const store = new SessionStore(sessionStorage);
  if (session) {
    store.set(session);
  }
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => answer(String(url), init ?? {}));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [address] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <AuthProvider store={store} fetchImpl={fetch as unknown as typeof globalThis.fetch}>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>,
  );
  return { ...view, fetch, router, store };
}

export function element(node: ReactElement, path = '/'): RouteObject[] {
  return [{ path, element: node }];
}
