import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { TextField } from '../../components/FormField';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { instantText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { subscriptionStatus } from './IntegrationSections';
import { DELIVERIES_PER_PAGE, useDeliveries, useSubscription, useSubscriptionAct, type Subscription } from './integrations';

/** One webhook subscription: its state, resume / rewind / stop, and every delivery attempt (?page= from 0). */
export function SubscriptionPage() {
  const { subscriptionId = '' } = useParams();
  const [written, setWritten] = useState<number>();
  const subscription = useSubscription(subscriptionId, written);
  useDocumentTitle(subscription.data?.url ? `Subscription ${subscription.data.url}` : 'Subscription', 'Operations');
  return (
    <>
      <p><Link to="/operations">Operations</Link></p>
      <QueryState query={subscription} label="the subscription" notFound="Subscription">
        {(s) => (
          <>
            <h1>Subscription {s.url}</h1>
            <dl className="facts">
              <dt>Status</dt><dd className="status">{subscriptionStatus(s.status)}</dd>
              <dt>Events</dt><dd>{s.types?.length ? s.types.join(', ') : 'every type'}</dd>
              {s.vendorId ? <><dt>Vendor</dt><dd>{s.vendorId}</dd></> : null}
              <dt>Position</dt><dd>{s.position ?? '—'} (the last event handled)</dd>
              <dt>Failures in a row</dt><dd>{s.consecutiveFailures ?? 0}{s.failingSince ? ` since ${instantText(s.failingSince)}` : ''}</dd>
              {s.lastError ? <><dt>Last error</dt><dd>{s.lastError}</dd></> : null}
              {s.nextAttemptAt ? <><dt>Next attempt</dt><dd>{instantText(s.nextAttemptAt)}</dd></> : null}
              <dt>Last delivery</dt><dd>{s.lastDeliveryAt ? instantText(s.lastDeliveryAt) : 'none yet'}</dd>
              <dt>Created</dt><dd>{instantText(s.createdAt)}</dd>
              <dt>Version</dt><dd>{s.version}</dd>
            </dl>
            {s.status === 'DELETED' ? null : <Acts subscription={s} onDone={setWritten} />}
            <Deliveries subscriptionId={subscriptionId} />
          </>
        )}
      </QueryState>
    </>
  );
}

function Acts({ subscription: s, onDone }: { subscription: Subscription; onDone: (version: number) => void }) {
  const [done, setDone] = useState<string>();
  const [position, setPosition] = useState('');
  const navigate = useNavigate();
  const act = useSubscriptionAct(s.id ?? '', s.version, (result, input) => {
    if (input.act === 'delete') {
      // a stopped subscription is gone from the API (404): back to the list, which says what happened
      navigate('/operations', { state: { stopped: s.url } });
      return;
    }
    setDone(`Done (version ${result.version}).`);
    onDone(result.version);
  });
  function rewind(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    act.submit({ act: 'rewind', position: Number(position) });
  }
  return (
    <section aria-labelledby="subscription-acts-heading">
      <h2 id="subscription-acts-heading">Actions</h2>
      <ProblemMessage error={act.error} />
      {done ? <p role="status" className="notice notice--success">{done}</p> : null}
      <div className="toolbar">
        {s.status === 'SUSPENDED' ? (
          <button type="button" disabled={act.pending} onClick={() => { setDone(undefined); act.submit({ act: 'resumption' }); }}>
            Resume delivering</button>
        ) : null}
        <button type="button" className="button--quiet" disabled={act.pending} onClick={() => {
          if (window.confirm(`Stop delivering to ${s.url} for good? Its secret is erased; its deliveries stay listed.`)) {
            setDone(undefined);
            act.submit({ act: 'delete' });
          }
        }}>Stop for good</button>
      </div>
      <form className="toolbar" aria-label="Deliver again from a position" onSubmit={rewind} noValidate>
        <TextField label="Deliver again from position" inputMode="numeric" value={position} onChange={(e) => setPosition(e.target.value)}
          hint="A global event position; every event from it on is delivered again" error={act.fieldErrors.position} />
        <button type="submit" className="button--quiet" disabled={act.pending || !/^\d+$/.test(position)}>Rewind</button>
      </form>
    </section>
  );
}

function Deliveries({ subscriptionId }: { subscriptionId: string }) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page')) || 0);
  const deliveries = useDeliveries(subscriptionId, page);
  const go = (next: number) => {
    const search = new URLSearchParams(params);
    if (next > 0) search.set('page', String(next)); else search.delete('page');
    setParams(search);
  };
  return (
    <section aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">Deliveries</h2>
      <QueryState query={deliveries} label="the deliveries">
        {(list) => <>
          {list.length === 0 ? <p className="empty">{page === 0 ? 'No delivery attempt yet.' : 'No more delivery attempts.'}</p> : (
            <table>
              <caption>Delivery attempts, page {page + 1}</caption>
              <thead><tr><th scope="col">At</th><th scope="col">Event</th><th scope="col" className="number">Position</th>
                <th scope="col" className="number">Attempt</th><th scope="col">Outcome</th><th scope="col">Answer</th></tr></thead>
              <tbody>
                {list.map((d) => (
                  <tr key={d.deliveryId}>
                    <td>{instantText(d.at)}</td>
                    <td>{d.type} <span className="meta">{d.eventId}</span></td>
                    <td className="number">{d.position}</td>
                    <td className="number">{d.attempt}</td>
                    <td>{d.outcome === 'DELIVERED' ? 'Delivered' : d.outcome === 'FAILED' ? 'Failed' : d.outcome}</td>
                    <td>{d.httpStatus ? `HTTP ${d.httpStatus}` : ''}{d.error ? `${d.httpStatus ? ': ' : ''}${d.error}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav aria-label="Pages of deliveries" className="toolbar">
            <button type="button" className="button--quiet" disabled={page === 0} onClick={() => go(page - 1)}>Previous page</button>
            <button type="button" className="button--quiet" disabled={list.length < DELIVERIES_PER_PAGE} onClick={() => go(page + 1)}>Next page</button>
          </nav>
        </>}
      </QueryState>
    </section>
  );
}
