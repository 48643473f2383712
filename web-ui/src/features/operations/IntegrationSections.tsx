import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { TextField } from '../../components/FormField';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { instantText } from '../../lib/format';
import { agreementPath } from '../agreements/routes';
import {
  subscriptionPath, useBindings, useIssueToken, useRevokeToken, useSubscribe, useSubscriptions, useTokens, type IssuedToken,
} from './integrations';

/** Integration tokens (ADMIN): who issued which and when; issue one (shown once, stored as a hash), revoke one. */
export function TokensSection() {
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<IssuedToken>();
  const [revoked, setRevoked] = useState<string>();
  const tokens = useTokens((list) => (!issued?.id || list.some((t) => t.id === issued.id))
    && (!revoked || list.some((t) => t.id === revoked && t.status === 'REVOKED')));
  const issue = useIssueToken((result) => { setIssued(result); setName(''); });
  const revoke = useRevokeToken((id) => setRevoked(id));
  function submit(event: FormEvent) {
    event.preventDefault();
    setIssued(undefined);
    issue.submit({ name: name.trim() });
  }
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Integration tokens</h2>
      <p className="detail">A monitoring system (Alertmanager) presents one as its bearer token when it reports alerts.</p>
      <QueryState query={tokens} label="integration tokens">
        {(list) => list.length === 0 ? <p className="empty">No token issued yet.</p> : (
          <table>
            <caption>Integration tokens</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Issued</th><th scope="col">Status</th><th scope="col">Action</th></tr></thead>
            <tbody>
              {list.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>{instantText(t.issuedAt)} by {t.issuedBy}</td>
                  <td>{t.status === 'REVOKED' ? `Revoked ${instantText(t.revokedAt)}` : 'Active'}</td>
                  <td>{t.status === 'REVOKED' ? null : (
                    <button type="button" className="button--quiet" disabled={revoke.pending}
                      aria-label={`Revoke ${t.name}`} onClick={() => revoke.submit(t.id!)}>Revoke</button>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <ProblemMessage error={revoke.error} />
      <form className="toolbar" aria-label="Issue a token" onSubmit={submit} noValidate>
        <TextField label="Token name" value={name} onChange={(e) => setName(e.target.value)} hint="Such as alertmanager-prod"
          error={issue.fieldErrors.name} />
        <button type="submit" disabled={issue.pending}>Issue token</button>
      </form>
      <ProblemMessage error={issue.fieldErrors.name ? null : issue.error} />
      {issued?.token ? (
        <div role="status" className="notice notice--success">
          <p>Token <strong>{issued.name}</strong> issued. Copy it now: it is shown only this once.</p>
          <p><code aria-label="The new token">{issued.token}</code></p>
        </div>
      ) : null}
    </section>
  );
}

/** Monitor bindings in force (label matchers → agreement, service level, cause); vendor managers keep them. */
export function BindingsSection() {
  const bindings = useBindings();
  return (
    <section aria-labelledby="bindings-heading">
      <h2 id="bindings-heading">Monitor bindings</h2>
      <p className="detail">A resolved alert whose labels equal every matcher of a binding is recorded as a downtime of its service level.
        Vendor managers add and remove bindings.</p>
      <QueryState query={bindings} label="monitor bindings">
        {(list) => list.length === 0 ? <p className="empty">No binding: alerts are listed as unmatched.</p> : (
          <table>
            <caption>Monitor bindings</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Matchers</th><th scope="col">Agreement</th><th scope="col">Service level</th>
              <th scope="col">Cause</th><th scope="col">Created</th></tr></thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{b.name}</th>
                  <td>{Object.entries(b.matchers ?? {}).map(([k, v]) => `${k}="${v}"`).join(', ')}</td>
                  <td><Link to={agreementPath(b.agreementId ?? '')}>{b.agreementId}</Link></td>
                  <td>{b.serviceLevelId}</td>
                  <td>{b.cause ?? 'VENDOR'}</td>
                  <td>{instantText(b.createdAt)}{b.createdBy ? ` by ${b.createdBy}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}

const STATUS_WORDS: Record<string, string> = { ACTIVE: 'Active', SUSPENDED: 'Suspended', DELETED: 'Stopped' };
export const subscriptionStatus = (status: string | undefined) => (status ? STATUS_WORDS[status] ?? status : '—');

/** Webhook subscriptions with status, position and failures; subscribe a receiver; each opens to its deliveries. */
export function SubscriptionsSection() {
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [types, setTypes] = useState('');
  const [done, setDone] = useState<string>();
  const stopped = (useLocation().state as { stopped?: string } | null)?.stopped;
  const subscriptions = useSubscriptions((list) => !done || list.some((s) => s.id === done));
  const subscribe = useSubscribe((result) => { setDone(result.id); setUrl(''); setSecret(''); setTypes(''); });
  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const list = types.split(',').map((t) => t.trim()).filter(Boolean);
    subscribe.submit({ url: url.trim(), secret, types: list.length ? list : undefined });
  }
  const errors = subscribe.fieldErrors;
  return (
    <section aria-labelledby="subscriptions-heading">
      <h2 id="subscriptions-heading">Webhook subscriptions</h2>
      {stopped ? <p role="status" className="notice notice--success">Stopped delivering to {stopped} for good.</p> : null}
      <QueryState query={subscriptions} label="subscriptions">
        {(list) => list.length === 0 ? <p className="empty">No subscription.</p> : (
          <table>
            <caption>Webhook subscriptions</caption>
            <thead><tr><th scope="col">Receiver</th><th scope="col">Events</th><th scope="col">Status</th><th scope="col" className="number">Position</th>
              <th scope="col" className="number">Failures in a row</th><th scope="col">Last delivery</th></tr></thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id}>
                  <th scope="row"><Link to={subscriptionPath(s.id!)}>{s.url}</Link></th>
                  <td>{s.types?.length ? s.types.join(', ') : 'every type'}{s.vendorId ? ` (vendor ${s.vendorId})` : ''}</td>
                  <td>{subscriptionStatus(s.status)}</td>
                  <td className="number">{s.position ?? '—'}</td>
                  <td className="number">{s.consecutiveFailures ?? 0}</td>
                  <td>{s.lastDeliveryAt ? instantText(s.lastDeliveryAt) : 'none yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <form className="act" aria-label="Subscribe a receiver" onSubmit={submit} noValidate>
        <h3>Subscribe a receiver</h3>
        <TextField label="Receiver URL" value={url} onChange={(e) => setUrl(e.target.value)} hint="Such as https://erp.example.com/hooks/sla" error={errors.url} />
        <TextField label="Secret" type="password" autoComplete="new-password" value={secret} onChange={(e) => setSecret(e.target.value)}
          hint="At least 16 characters; signs each delivery (X-SLA-Signature); never shown again" error={errors.secret} />
        <TextField label="Event types (optional)" value={types} onChange={(e) => setTypes(e.target.value)}
          hint="Separated by commas, such as TerminationRightGranted, CreditDisputed; empty: every type" error={errors.types} />
        <ProblemMessage error={Object.keys(errors).length ? null : subscribe.error} />
        {subscribe.error && Object.keys(errors).length ? <p role="alert" className="notice notice--error">Some fields need attention.</p> : null}
        {done ? <p role="status" className="notice notice--success">Subscribed: <Link to={subscriptionPath(done)}>{done}</Link>.</p> : null}
        <button type="submit" disabled={subscribe.pending}>Subscribe</button>
      </form>
    </section>
  );
}
