import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/problem';
import { ProblemMessage } from './ProblemMessage';

/** A read the platform answered 404: the id was never used, or (for a vendor's own user) is another vendor's. */
export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/**
 * Loading, failure or the data: a page never goes blank. `notFound`: the page's own resource; a 404 then says so as
 * the page's heading ("Agreement not found"), exactly as the API does for an id never used and another vendor's id.
 */
export function QueryState<T>({ query, label, notFound, children }:
  { query: UseQueryResult<T>; label: string; notFound?: string; children: (data: T) => ReactNode }) {
  if (query.isPending) {
    return <p role="status" aria-live="polite">Loading {label}…</p>;
  }
  if (query.isError) {
    if (notFound && isNotFound(query.error)) {
      return (
        <>
          <h1>{notFound} not found</h1>
          <p role="alert" className="notice notice--error">There is no {notFound.toLowerCase()} at this address
            {query.error.message ? ` (${query.error.message})` : ''}.</p>
        </>
      );
    }
    return <ProblemMessage error={query.error} onReload={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
