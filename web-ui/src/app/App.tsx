import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { AuthProvider, useAuth } from '../lib/auth';
import { ApiError } from '../lib/problem';
import type { UiConfig } from '../lib/uiConfig';
import { SignInPage } from '../features/auth/SignInPage';
import { OidcCallback } from '../features/auth/OidcCallback';
import { agreementRoutes } from '../features/agreements/routes';
import { periodRoutes } from '../features/periods/routes';
import { vendorRoutes } from '../features/vendors/routes';
import { WorklistPage } from '../features/worklist/WorklistPage';
import { NotFoundPage } from './NotFoundPage';
import { acquisitionRoutes } from '../features/acquisitions/routes';
import { legalRoutes } from '../features/legal/routes';
import { auditRoutes } from '../features/audit/routes';
import { reviewRoutes } from '../features/reviews/routes';
import { operationsRoutes } from '../features/operations/routes';
import { Layout } from './Layout';
import { startPageFor } from './navigation';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        // a problem the platform answered is not retried (a 404 stays a 404); a lost connection is, once
        retry: (failures, error) => !(error instanceof ApiError) && failures < 1,
      },
    },
  });
}

/** Signed in: the page in its frame; signed out: the sign-in form at the same address, so a deep link survives. */
function SignedIn({ config }: { config: UiConfig }) {
  const { session } = useAuth();
  if (!session) {
    return <SignInPage config={config} />;
  }
  return <Layout user={session.user} />;
}

function StartPage() {
  const { session } = useAuth();
  if (session && startPageFor(session.user) !== '/') {
    return <Navigate to={startPageFor(session.user)} replace />;
  }
  return <WorklistPage />;
}

export function appRoutes(config: UiConfig): RouteObject[] {
  return [
    { path: '/signin/callback', element: <OidcCallback config={config} /> },
    {
      path: '/',
      element: <SignedIn config={config} />,
      children: [
        { index: true, element: <StartPage /> },
        ...vendorRoutes,
        ...agreementRoutes,
        ...periodRoutes,
        ...acquisitionRoutes,
        ...legalRoutes,
        ...auditRoutes,
        ...reviewRoutes,
        ...operationsRoutes,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function App({ config }: { config: UiConfig }) {
  const queryClient = useMemo(createQueryClient, []);
  const router = useMemo(() => createBrowserRouter(appRoutes(config)), [config]);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}

