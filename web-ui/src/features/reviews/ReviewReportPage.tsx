import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { MonthlyChart } from '../../components/chart/MonthlyChart';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/FormField';
import { hasRole, useAuth } from '../../lib/auth';
import { decimalText, instantText, moneyText, monthText } from '../../lib/format';
import { attainmentText } from './ReviewsPage';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAgreement } from '../acquisitions/api';
import { lines, termsWithTargets, useCompleteReview, useReport, type AnnualReport } from './api';

type ServiceLevelYear = NonNullable<AnnualReport['serviceLevels']>[number];

/** An agreement's annual review: the 12 monthly values per service level against target, marks, credits, completion. */
export function ReviewReportPage() {
  const { agreementId = '', year: yearText = '' } = useParams();
  const year = Number(yearText);
  const report = useReport(agreementId, year);
  const { session } = useAuth();
  useDocumentTitle(`Annual review ${year} of ${report.data?.title ?? agreementId}`, 'Reviews');
  return (
    <QueryState query={report} label="the annual review">
      {(r) => (
        <>
          <p><Link to={`/reviews?year=${year}`}>Reviews {year}</Link> · <Link to={`/agreements/${encodeURIComponent(agreementId)}`}>{r.title}</Link></p>
          <h1>Annual review {year}: {r.title}</h1>
          <dl className="facts">
            <dt>Review</dt><dd className="status">{r.review?.status ?? '—'}{r.review?.dueOn ? `, due ${r.review.dueOn}` : ''}</dd>
            <dt>Months closed</dt><dd>{r.monthsClosed ?? 0}</dd>
            <dt>Attainment</dt><dd>{attainmentText(r.attainment, r.attainmentPercent)} ({r.met ?? 0} met, {r.breached ?? 0} breached)</dd>
            <dt>Credits</dt><dd>{moneyText(r.credits?.net, r.credits?.currency)} net of {moneyText(r.credits?.atRiskAmount, r.credits?.currency)} at risk</dd>
            <dt>Terms versions</dt><dd>{(r.termsVersions ?? []).join(', ') || '—'}</dd>
          </dl>
          {(r.serviceLevels ?? []).map((sl) => <ServiceLevelSection key={sl.serviceLevelId} sl={sl} year={year} />)}
          {(r.candidates ?? []).length > 0 ? (
            <section aria-labelledby="candidates-heading">
              <h2 id="candidates-heading">Candidates for a revision</h2>
              <ul className="items">{(r.candidates ?? []).map((c) => (
                <li key={`${c.serviceLevelId}-${c.reason}`}><strong>{c.serviceLevelId}</strong>: {c.reason === 'MET_WITH_MARGIN_ALL_YEAR' ? 'met with margin all year' : 'missed repeatedly'}. {c.explanation}</li>
              ))}</ul>
            </section>
          ) : null}
          {r.review?.status === 'COMPLETED' ? <CompletedReview report={r} />
            : hasRole(session?.user, 'VENDOR_MANAGER') ? <CompletionForm report={r} agreementId={agreementId} year={year} /> : null}
        </>
      )}
    </QueryState>
  );
}

function ServiceLevelSection({ sl, year }: { sl: ServiceLevelYear; year: number }) {
  const headingId = `sl-${sl.serviceLevelId}`;
  const months = sl.months ?? [];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{sl.name ?? sl.serviceLevelId}{' '}
        {sl.metWithMarginAllYear ? <span className="mark mark--good">Met with margin all year</span> : null}
        {sl.missedRepeatedly ? <span className="mark mark--bad">Missed repeatedly</span> : null}
      </h2>
      <p>{sl.kind}, {sl.classification}: target {decimalText(sl.target)}{sl.internalTarget !== undefined ? `, internal target ${decimalText(sl.internalTarget)}` : ''};
        {' '}{sl.met ?? 0} of {sl.monthsMeasured ?? 0} months met, {sl.breached ?? 0} breached{sl.criticalFailures ? `, ${sl.criticalFailures} critical failures` : ''}.</p>
      <MonthlyChart label={`${sl.name ?? sl.serviceLevelId} per month of ${year} against the target ${decimalText(sl.target)}`}
        points={months.map((m) => ({ period: m.period, measured: m.measured }))} target={sl.target === undefined ? undefined : Number(sl.target)} />
      <table>
        <caption>{sl.name ?? sl.serviceLevelId}: monthly values {year}</caption>
        <thead><tr><th scope="col">Month</th><th scope="col">Measured</th><th scope="col">Target</th><th scope="col">Result</th></tr></thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.period} className={m.met === false ? 'row--missed' : undefined}>
              <td>{monthText(m.period)}</td>
              <td>{m.measured === undefined || m.measured === null ? (m.periodStatus === 'OPEN' ? 'open' : '—') : decimalText(m.measured)}</td>
              <td>{decimalText(m.target)}</td>
              <td>{m.measured === undefined || m.measured === null ? '—' : m.met ? (m.withMargin ? 'met with margin' : 'met') : m.criticalFailure ? 'critical failure' : 'missed'}
                {m.internalTargetMissed ? ' (internal target missed)' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CompletedReview({ report }: { report: AnnualReport }) {
  const review = report.review!;
  return (
    <section aria-labelledby="completed-heading">
      <h2 id="completed-heading">Completed {instantText(review.completedAt)} by {review.completedBy ?? '—'}</h2>
      <h3>Findings</h3><ul className="items">{(review.findings ?? []).map((f) => <li key={f}>{f}</li>)}</ul>
      <h3>Decisions</h3><ul className="items">{(review.decisions ?? []).map((d) => <li key={d}>{d}</li>)}</ul>
      {review.revisionOpened ? <p>Opened revision {review.revisionOpened} (<Link to={`/agreements/${encodeURIComponent(report.agreementId!)}/revisions`}>revisions</Link>).</p> : null}
    </section>
  );
}

function CompletionForm({ report, agreementId, year }: { report: AnnualReport; agreementId: string; year: number }) {
  const agreement = useAgreement(agreementId);
  const complete = useCompleteReview(agreementId, year, agreement.data?.version);
  const [findings, setFindings] = useState('');
  const [decisions, setDecisions] = useState('');
  const [revise, setRevise] = useState(false);
  const [effectiveFrom, setEffectiveFrom] = useState(`${year + 1}-01-01`);
  const [rationale, setRationale] = useState('');
  const [targets, setTargets] = useState<Record<string, string>>({});
  const candidates = [...new Set((report.candidates ?? []).map((c) => c.serviceLevelId!).filter(Boolean))];
  const levels = candidates.length > 0 ? candidates : (report.serviceLevels ?? []).map((s) => s.serviceLevelId!);
  function submit(event: FormEvent) {
    event.preventDefault();
    const terms = agreement.data?.terms;
    complete.submit({
      findings: lines(findings), decisions: lines(decisions),
      openRevision: revise && terms ? {
        proposedBy: 'CUSTOMER', effectiveFrom, rationale: rationale || undefined,
        terms: termsWithTargets(terms, targets),
      } : undefined,
    });
  }
  return (
    <section aria-labelledby="complete-heading">
      <h2 id="complete-heading">Complete the review</h2>
      {complete.pending ? <p role="status">Completing…</p> : null}
      <form onSubmit={submit} aria-label="Complete the annual review">
        <div className="field"><label htmlFor="findings">Findings (one per line)</label>
          <textarea id="findings" rows={4} value={findings} onChange={(e) => setFindings(e.target.value)}
            aria-invalid={complete.fieldErrors.findings ? true : undefined} aria-describedby={complete.fieldErrors.findings ? 'findings-error' : undefined} />
          {complete.fieldErrors.findings ? <p id="findings-error" className="field__error">{complete.fieldErrors.findings}</p> : null}</div>
        <div className="field"><label htmlFor="decisions">Decisions (one per line)</label>
          <textarea id="decisions" rows={4} value={decisions} onChange={(e) => setDecisions(e.target.value)}
            aria-invalid={complete.fieldErrors.decisions ? true : undefined} aria-describedby={complete.fieldErrors.decisions ? 'decisions-error' : undefined} />
          {complete.fieldErrors.decisions ? <p id="decisions-error" className="field__error">{complete.fieldErrors.decisions}</p> : null}</div>
        <label className="radio"><input type="checkbox" checked={revise} onChange={(e) => setRevise(e.target.checked)} /> Open a revision with new targets</label>
        {revise ? (
          <fieldset>
            <legend>Revision (reason: annual review, proposed by the customer)</legend>
            <TextField label="Effective from" type="date" value={effectiveFrom} required onChange={(e) => setEffectiveFrom(e.target.value)} />
            <TextField label="Rationale" value={rationale} onChange={(e) => setRationale(e.target.value)} />
            {levels.map((id) => {
              const current = agreement.data?.terms?.serviceLevels?.find((s) => s.id === id)?.target;
              return <TextField key={id} label={`New target for ${id}`} inputMode="decimal" hint={`now ${decimalText(current)}`}
                value={targets[id] ?? ''} onChange={(e) => setTargets({ ...targets, [id]: e.target.value })} />;
            })}
          </fieldset>
        ) : null}
        <ProblemMessage error={complete.error} />
        <button type="submit" disabled={complete.pending || !agreement.data}>Complete review</button>
      </form>
    </section>
  );
}
