import { useQueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError } from '../lib/problem';

/**
 * A failed request said in words (role="alert"): the problem's message, and for a 412 the offer to reload what
 * someone else changed.
 */
export function ProblemMessage({ error, onReload }: { error: Error | null | undefined; onReload?: () => void }) {
  const queryClient = useQueryClient();
  if (!error) {
    return null;
  }
  const stale = error instanceof ApiError && error.isStale;
  const message = error instanceof ApiError || error instanceof NetworkError ? error.message
    : 'Something went wrong. Please try again.';
  const reload = onReload ?? (() => {
    void queryClient.invalidateQueries();
  });
  return (
    <div role="alert" className={stale ? 'notice notice--warning' : 'notice notice--error'}>
      <p>{message}</p>
      {error instanceof ApiError && error.code && !stale && error.code !== 'VALIDATION_FAILED'
        ? <p className="notice__code">Rule: {error.code}</p> : null}
      {stale ? <button type="button" onClick={reload}>Reload</button> : null}
    </div>
  );
}
