import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/FormField';
import { useApi } from '../../lib/auth';
import { instantText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAgreement } from '../acquisitions/api';
import { historyQuery, type AuditEvent } from './api';
import { creditIdsOf, creditPath, eventName } from './creditLink';
import { IntegrityPanel } from './IntegrityPanel';

/** The payload (an object) indented for reading. */
export function prettyPayload(payload: AuditEvent['payload']): string {
  return payload === undefined || payload === null ? '' : JSON.stringify(payload, null, 2);
}

/** Every event of an agreement and its months (GET /api/agreements/{id}/history), filterable by type and actor. */
export function TimelinePage() {
  const { agreementId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const type = search.get('type') ?? '';
  const actor = search.get('actor') ?? '';
  const api = useApi();
  const agreement = useAgreement(agreementId);
  const history = useQuery(historyQuery(api, agreementId, { type: type || undefined, actor: actor || undefined }));
  const title = agreement.data?.title ?? agreementId;
  useDocumentTitle(`Timeline of ${title}`, 'Agreements');
  return (
    <>
      <p><Link to={`/agreements/${encodeURIComponent(agreementId)}`}>{title}</Link> · <Link to={`/agreements/${encodeURIComponent(agreementId)}/revisions`}>Revisions</Link></p>
      <h1>Timeline of {title}</h1>
      <TimelineFilter key={search.toString()} type={type} actor={actor} onApply={(next) => {
        const params = new URLSearchParams();
        if (next.type.trim()) params.set('type', next.type.trim());
        if (next.actor.trim()) params.set('actor', next.actor.trim());
        setSearch(params);
      }} />
      <QueryState query={history} label="the timeline">
        {(events) => <Timeline events={events} />}
      </QueryState>
      <IntegrityPanel aggregateId={agreementId} />
    </>
  );
}

function TimelineFilter({ type, actor, onApply }: { type: string; actor: string; onApply: (f: { type: string; actor: string }) => void }) {
  const [draft, setDraft] = useState({ type, actor });
  return (
    <form aria-label="Filter the timeline" onSubmit={(e: FormEvent) => { e.preventDefault(); onApply(draft); }}>
      <div className="toolbar">
        <TextField label="Event type" value={draft.type} hint="e.g. PeriodClosed; several comma-separated"
          onChange={(e) => setDraft({ ...draft, type: e.target.value })} />
        <TextField label="Actor" value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} />
        <button type="submit">Filter</button>
      </div>
    </form>
  );
}

export function Timeline({ events }: { events: AuditEvent[] }) {
  if (events.length === 0) {
    return <p className="empty">No event matches.</p>;
  }
  return (
    <ol className="timeline" aria-label={`${events.length} events`}>
      {events.map((e) => {
        const credits = creditIdsOf(e);
        return (
          <li key={e.eventId ?? `${e.aggregateId}-${e.sequence}`} className="timeline__event">
            <h2 className="timeline__type">{eventName(e)} <span className="count">#{e.sequence} of {e.aggregateId}</span></h2>
            <dl className="facts">
              <dt>Business time</dt><dd>{instantText(e.occurredAt)}</dd>
              <dt>Recorded</dt><dd>{instantText(e.recordedAt)}</dd>
              <dt>Actor</dt><dd>{e.actor ?? '—'} ({e.role ?? 'no role'}){e.actingVendorId ? `, acting for vendor ${e.actingVendorId}` : ''}</dd>
              <dt>Reason</dt><dd>{e.reason ?? '—'}</dd>
              <dt>Correlation</dt><dd><code>{e.correlationId ?? '—'}</code></dd>
              <dt>Causation</dt><dd><code>{e.causationId ?? '—'}</code></dd>
              {credits.length > 0 ? (<><dt>Credits</dt><dd>{credits.map((id, i) => (
                <span key={id}>{i > 0 ? ', ' : ''}<Link to={creditPath(id)}>inputs of credit {id.slice(-9)}</Link></span>
              ))}</dd></>) : null}
            </dl>
            <details>
              <summary>Payload of {eventName(e)} #{e.sequence}</summary>
              <pre>{prettyPayload(e.payload)}</pre>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
