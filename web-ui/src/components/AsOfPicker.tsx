import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { TextField } from './FormField';
import { instantText } from '../lib/format';

/** A past view of a resource (api.md: `?asOf=instant[&knownAt=instant]`); empty means "now". */
export interface AsOf {
  asOf?: string;
  knownAt?: string;
}

/** `2026-02-03T10:00` (a datetime-local value, read as UTC) → `2026-02-03T10:00:00Z`. */
export function instantFromLocal(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00Z` : undefined;
}

const localFromInstant = (instant: string | undefined) => (instant ? instant.slice(0, 16) : '');

/** The past view the address asks for (`?asOf=&knownAt=`): a deep link to "the agreement as it stood then". */
export function useAsOf(): AsOf {
  const [params] = useSearchParams();
  return { asOf: params.get('asOf') ?? undefined, knownAt: params.get('knownAt') ?? undefined };
}

export const isPast = (at: AsOf) => Boolean(at.asOf || at.knownAt);

/** The address suffix that keeps a past view when following a link (`?asOf=…&knownAt=…`), or '' for the present. */
export function asOfSearch(at: AsOf): string {
  const params = new URLSearchParams();
  if (at.asOf) params.set('asOf', at.asOf);
  if (at.knownAt) params.set('knownAt', at.knownAt);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * "As of" picker: shows the page as it stood at an instant (UTC), optionally as it was known at a later one. The
 * choice goes into the address, so the past view can be reloaded and sent to a colleague.
 */
export function AsOfPicker({ what }: { what: string }) {
  const [params, setParams] = useSearchParams();
  const at = useAsOf();
  const location = useLocation();
  const [asOf, setAsOf] = useState(localFromInstant(at.asOf));
  const [knownAt, setKnownAt] = useState(localFromInstant(at.knownAt));
  const [error, setError] = useState<string>();

  function show(event: FormEvent) {
    event.preventDefault();
    const asOfInstant = instantFromLocal(asOf);
    const knownAtInstant = knownAt ? instantFromLocal(knownAt) : undefined;
    if (!asOfInstant || (knownAt && !knownAtInstant)) {
      setError('Give a date and time, such as 2026-02-03 10:00.');
      return;
    }
    setError(undefined);
    const next = new URLSearchParams(params);
    next.set('asOf', asOfInstant);
    if (knownAtInstant) {
      next.set('knownAt', knownAtInstant);
    } else {
      next.delete('knownAt');
    }
    setParams(next);
  }

  return (
    <section aria-labelledby="as-of-heading" className="as-of">
      <h2 id="as-of-heading">As of</h2>
      {isPast(at) ? (
        <div className="notice notice--warning" role="status">
          <p><strong>Past view:</strong> {what} as it stood at {instantText(at.asOf)}
            {at.knownAt ? `, as known at ${instantText(at.knownAt)}` : ''}. Actions are hidden.</p>
          <p><Link to={location.pathname}>Back to the present</Link></p>
        </div>
      ) : null}
      <form className="toolbar" onSubmit={show} aria-label="Show as of">
        <TextField label="As of (UTC)" type="datetime-local" value={asOf} onChange={(e) => setAsOf(e.target.value)}
          error={error} />
        <TextField label="As known at (UTC, optional)" type="datetime-local" value={knownAt}
          onChange={(e) => setKnownAt(e.target.value)} />
        <button type="submit" className="button--quiet">Show as of</button>
      </form>
    </section>
  );
}
