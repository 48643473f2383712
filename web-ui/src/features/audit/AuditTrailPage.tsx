import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TextField } from '../../components/FormField';
import { useApi } from '../../lib/auth';
import { instantText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { exportCsv, saveFile, useAuditEvents, type AuditEvent } from './api';
import { agreementOfAggregate, creditAddressOf, eventName } from './creditLink';
import { auditSearch, filtersFrom, inputFromUtcInstant, pageFrom, utcInstantFromInput, type AuditFilters } from './filters';
import { IntegrityPanel } from './IntegrityPanel';

/** The audit trail with every filter of GET /api/audit/events, paging, CSV of exactly the filtered rows, integrity. */
export function AuditTrailPage() {
  useDocumentTitle('Audit trail', 'Audit');
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  const page = pageFrom(search);
  const events = useAuditEvents(filters, page);
  const go = (next: AuditFilters, nextPage = 0) => setSearch(new URLSearchParams(auditSearch(next, nextPage)));
  const data = events.data;
  const pages = data ? Math.max(1, Math.ceil((data.total ?? 0) / (data.size || 100))) : 1;
  return (
    <>
      <h1>Audit trail</h1>
      <FilterForm key={search.toString()} initial={filters} onApply={(f) => go(f)} />
      <CsvDownload filters={filters} total={data?.total} />
      <ProblemMessage error={events.error} onReload={() => void events.refetch()} />
      {events.isPending ? <p role="status">Loading the audit trail…</p> : null}
      {data ? (
        <section aria-labelledby="trail-heading">
          <h2 id="trail-heading">Events <span className="count">({data.total ?? 0} matching)</span></h2>
          <EventTable events={data.events ?? []} caption={`Audit events, page ${page + 1} of ${pages}`} />
          <nav aria-label="Pages of the audit trail" className="toolbar">
            <button type="button" disabled={page === 0} onClick={() => go(filters, page - 1)}>Previous page</button>
            <span aria-live="polite">Page {page + 1} of {pages}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => go(filters, page + 1)}>Next page</button>
          </nav>
        </section>
      ) : null}
      <IntegrityPanel />
    </>
  );
}

function FilterForm({ initial, onApply }: { initial: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const [draft, setDraft] = useState(initial);
  const field = (name: keyof AuditFilters) => ({
    value: draft[name], name, onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form onSubmit={submit} aria-label="Filters" className="filters">
      <div className="toolbar">
        <TextField label="Aggregate id" {...field('aggregateId')} />
        <TextField label="Actor" {...field('actor')} />
        <TextField label="Acting vendor id" {...field('actingVendorId')} />
        <TextField label="Event type" hint="e.g. RenegotiationConcluded; several comma-separated" {...field('type')} />
        <TextField label="Recorded from (UTC)" type="datetime-local" name="from" value={inputFromUtcInstant(draft.from)}
          onChange={(e) => setDraft({ ...draft, from: utcInstantFromInput(e.target.value) })} />
        <TextField label="Recorded before (UTC)" type="datetime-local" name="to" value={inputFromUtcInstant(draft.to)}
          onChange={(e) => setDraft({ ...draft, to: utcInstantFromInput(e.target.value) })} />
      </div>
      <div className="toolbar">
        <button type="submit">Apply filters</button>
        <Link to="/audit">Clear filters</Link>
      </div>
    </form>
  );
}

function CsvDownload({ filters, total }: { filters: AuditFilters; total?: number }) {
  const api = useApi();
  const [state, setState] = useState<{ busy: boolean; error?: Error; saved?: string }>({ busy: false });
  async function download() {
    setState({ busy: true });
    try {
      const csv = await exportCsv(api, filters);
      const name = `audit-events-${new Date().toISOString().replace(/[:.]/g, '-')}.csv`;
      saveFile(csv, name, 'text/csv');
      setState({ busy: false, saved: name });
    } catch (error) {
      setState({ busy: false, error: error as Error });
    }
  }
  return (
    <div className="toolbar">
      <button type="button" onClick={() => void download()} disabled={state.busy}>
        Download CSV{total !== undefined ? ` (${total} ${total === 1 ? 'event' : 'events'})` : ''}
      </button>
      {state.busy ? <span role="status">Preparing the CSV…</span> : null}
      {state.saved ? <span role="status">Saved {state.saved}.</span> : null}
      <ProblemMessage error={state.error} />
    </div>
  );
}

export function EventTable({ events, caption }: { events: AuditEvent[]; caption: string }) {
  if (events.length === 0) {
    return <p className="empty">No event matches these filters.</p>;
  }
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr><th scope="col">Recorded</th><th scope="col">Business time</th><th scope="col">Aggregate</th>
            <th scope="col">Seq.</th><th scope="col">Type</th><th scope="col">Actor</th><th scope="col">Role</th>
            <th scope="col">Acting vendor</th><th scope="col">Reason</th></tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const credit = creditAddressOf(e);
            const agreement = agreementOfAggregate(e.aggregateId);
            return (
              <tr key={e.globalIndex ?? `${e.aggregateId}-${e.sequence}`}>
                <td>{instantText(e.recordedAt)}</td>
                <td>{instantText(e.occurredAt)}</td>
                <td>{agreement
                  ? <Link to={`/agreements/${encodeURIComponent(agreement)}/timeline`} title="Timeline of the agreement">{e.aggregateId}</Link>
                  : <code>{e.aggregateId}</code>}</td>
                <td>{e.sequence}</td>
                <td>{eventName(e)}{credit ? <> (<Link to={credit}>credit inputs</Link>)</> : null}</td>
                <td>{e.actor ?? '—'}</td>
                <td>{e.role ?? '—'}</td>
                <td>{e.actingVendorId ?? '—'}</td>
                <td>{e.reason ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
