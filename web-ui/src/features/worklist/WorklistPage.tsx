import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { QueryState } from '../../components/QueryState';
import { daysUntil, instantText, moneyText, monthText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { agreementPath } from '../agreements/routes';
import { periodPath } from '../periods/routes';
import { vendorPath } from '../vendors/routes';
import { useWorklist, type Worklist } from './get-worklist';

/** The start page (ui.md, Worklist): what needs someone's action now, each item a link to where it is acted on. */
export function WorklistPage() {
  useDocumentTitle('Worklist');
  const worklist = useWorklist();
  return (
    <>
      <h1>Worklist</h1>
      <QueryState query={worklist} label="the worklist">
        {(data) => <WorklistSections worklist={data} />}
      </QueryState>
    </>
  );
}

function days(date: string | undefined): string {
  if (!date) {
    return '';
  }
  const left = daysUntil(date);
  if (left < 0) {
    return `${-left} ${-left === 1 ? 'day' : 'days'} overdue`;
  }
  return left === 0 ? 'today' : `${left} ${left === 1 ? 'day' : 'days'} left`;
}

function Vendor({ id, name }: { id?: string; name?: string }) {
  return id ? <Link to={vendorPath(id)}>{name ?? id}</Link> : <>{name ?? '—'}</>;
}

function Section({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="worklist-section">
      <h2 id={id}>{title} <span className="count">({count})</span></h2>
      {count === 0 ? <p className="empty">{empty}</p> : <ul className="items">{children}</ul>}
    </section>
  );
}

export function WorklistSections({ worklist }: { worklist: Worklist }) {
  const rights = worklist.terminationRights ?? [];
  const disputed = worklist.disputedCredits ?? [];
  const unclosed = worklist.unclosedPeriods ?? [];
  const notRecorded = worklist.monthsNotRecorded ?? [];
  const reviews = worklist.reviewsDue ?? [];
  const renegotiations = worklist.renegotiations ?? [];
  return (
    <>
      <p className="meta">As of {instantText(worklist.generatedAt)}.</p>
      <Section id="wl-unclosed" title="Months to close" count={unclosed.length} empty="Every ended month is closed.">
        {unclosed.map((p) => (
          <li key={p.periodId}>
            <Link to={periodPath(p.agreementId!, p.month!)}>{p.title}: {monthText(p.month)}</Link>
            {' '}<span className="detail">with <Vendor id={p.vendorId} name={p.vendorName} />, ended {instantText(p.periodEnd, p.timeZone ?? 'UTC')}</span>
          </li>
        ))}
      </Section>
      <Section id="wl-not-recorded" title="Months with nothing recorded" count={notRecorded.length}
        empty="Every ended month has records.">
        {notRecorded.map((m) => (
          <li key={`${m.agreementId}-${m.month}`}>
            <Link to={periodPath(m.agreementId!, m.month!)}>{m.title}: {monthText(m.month)}</Link>
            {' '}<span className="detail">with <Vendor id={m.vendorId} name={m.vendorName} />, ended {instantText(m.monthEnd, m.timeZone ?? 'UTC')}</span>
          </li>
        ))}
      </Section>
      <Section id="wl-disputes" title="Disputed credits" count={disputed.length} empty="No credit is disputed.">
        {disputed.map((c) => (
          <li key={c.creditId}>
            <Link to={periodPath(c.agreementId!, c.month!)}>
              {c.title}: {moneyText(c.amount, c.currency)} for {c.serviceLevelId}, {monthText(c.month)}
            </Link>
            {' '}<span className="detail">disputed by <Vendor id={c.vendorId} name={c.vendorName} /> on {instantText(c.disputedAt)}{c.disputeReason ? `: “${c.disputeReason}”` : ''}</span>
          </li>
        ))}
      </Section>
      <Section id="wl-rights" title="Termination rights" count={rights.length} empty="No termination right is open.">
        {rights.map((r) => (
          <li key={r.rightId}>
            <Link to={`${agreementPath(r.agreementId!)}#termination-rights`}>
              {r.title}: right to terminate for {r.serviceLevelId}
            </Link>
            {' '}<span className="detail">with <Vendor id={r.vendorId} name={r.vendorName} />, exercise by {r.exerciseBy} ({days(r.exerciseBy)})</span>
          </li>
        ))}
      </Section>
      <Section id="wl-reviews" title="Annual reviews due" count={reviews.length} empty="No annual review is due.">
        {reviews.map((r) => (
          <li key={r.reviewId}>
            <Link to={`/agreements/${encodeURIComponent(r.agreementId!)}/reviews/${r.year}`}>
              {r.title}: review of {r.year}
            </Link>
            {' '}<span className="detail">with <Vendor id={r.vendorId} name={r.vendorName} />, due {r.dueOn} ({r.status === 'OVERDUE' ? 'overdue' : 'due'})</span>
          </li>
        ))}
      </Section>
      <Section id="wl-renegotiations" title="Renegotiations after acquisitions" count={renegotiations.length}
        empty="No renegotiation is open.">
        {renegotiations.map((r) => (
          <li key={`${r.acquisitionId}-${r.agreementId}`}>
            <Link to={`/acquisitions/${encodeURIComponent(r.acquiredVendorId!)}`}>
              {r.title}: renegotiation {r.status === 'OVERDUE' ? 'overdue' : 'open'}
            </Link>
            {' '}<span className="detail">deadline {r.deadline} ({days(r.deadline)})</span>
          </li>
        ))}
      </Section>
    </>
  );
}
