import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ProblemMessage } from './ProblemMessage';

/** Loading, failure or the data: a page never goes blank. */
export function QueryState<T>({ query, label, children }: { query: UseQueryResult<T>; label: string; children: (data: T) => ReactNode }) {
  if (query.isPending) {
    return <p role="status" aria-live="polite">Loading {label}…</p>;
  }
  if (query.isError) {
    return <ProblemMessage error={query.error} onReload={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
