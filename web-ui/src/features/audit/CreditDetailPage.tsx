import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useApi } from '../../lib/auth';
import { decimalText, instantText, moneyText, monthText, percentText } from '../../lib/format';
import type { Schemas } from '../../lib/schema';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { creditParts } from './creditLink';

type Period = Schemas['PerformancePeriodView'];
type Credit = Schemas['Credit'];
type Result = Schemas['Result'];

const METHOD: Record<string, string> = { POOL: 'Pool (share of the at-risk amount)', TIERED: 'Tiered (percentage of the monthly charge)' };

/**
 * One credit's inputs (/credits/:creditId): the id names the agreement and month, so the month's view answers it
 * (GET /api/agreements/{id}/periods/{p}); nothing is recomputed here, everything is shown as the platform gives it.
 */
export function CreditDetailPage() {
  const { creditId = '' } = useParams();
  const parts = creditParts(creditId);
  const api = useApi();
  const period = useQuery({
    queryKey: ['agreements', parts?.agreementId, 'periods', parts?.period],
    queryFn: ({ signal }) => api.get<Period>(`/api/agreements/${encodeURIComponent(parts!.agreementId)}/periods/${parts!.period}`,
      { signal }),
    enabled: Boolean(parts),
  });
  useDocumentTitle(parts ? `Credit ${parts.number} of ${monthText(parts.period)}` : 'Credit', 'Audit');
  if (!parts) {
    return (<><h1>Credit not found</h1><p>“{creditId}” is not a credit id (crd-&lt;agreement&gt;-&lt;yyyy-MM&gt;-&lt;n&gt;).</p></>);
  }
  return (
    <QueryState query={period} label="the credit">
      {(p) => {
        const credit = (p.credits ?? []).find((c) => c.id === creditId);
        const monthPath = `/agreements/${encodeURIComponent(parts.agreementId)}/periods/${parts.period}`;
        return (
          <>
            <p>
              <Link to={`/agreements/${encodeURIComponent(parts.agreementId)}`}>Agreement</Link>{' · '}
              <Link to={monthPath}>{monthText(parts.period)}</Link>{' · '}
              <Link to={`/agreements/${encodeURIComponent(parts.agreementId)}/timeline`}>Timeline</Link>
            </p>
            <h1>Credit {parts.number} of {monthText(parts.period)}</h1>
            {credit ? <CreditInputs credit={credit} period={p}
              result={(p.results ?? []).find((r) => r.serviceLevelId === credit.serviceLevelId)} />
              : <p className="notice notice--warning">This month has no credit {creditId}{p.status === 'OPEN' ? ' (the month is still open)' : ''}.</p>}
          </>
        );
      }}
    </QueryState>
  );
}

/** Every input of a credit, as the month page may show it too: measured (and exact fraction), target, method, rate, amounts, terms version, formula. */
export function CreditInputs({ credit, period, result }: { credit: Credit; period: Period; result?: Result }) {
  const currency = period.currency;
  return (
    <section aria-labelledby={`credit-${credit.id}`} className="card card--wide">
      <h2 id={`credit-${credit.id}`}>Credit for {result?.name ?? credit.serviceLevelId}</h2>
      <dl className="facts">
        <dt>Credit id</dt><dd><code>{credit.id}</code></dd>
        <dt>Service level</dt><dd>{credit.serviceLevelId}{result?.kind ? ` (${result.kind})` : ''}</dd>
        <dt>Measured</dt><dd>{decimalText(credit.measured)}{result?.exact ? ` = ${result.exact.part} / ${result.exact.whole}${result.exact.unit ? ` ${result.exact.unit}` : ''} (exact)` : ''}</dd>
        <dt>Target</dt><dd>{decimalText(credit.target)}</dd>
        <dt>Method</dt><dd>{METHOD[credit.method ?? ''] ?? credit.method}</dd>
        <dt>Rate</dt><dd>{percentText(credit.ratePercent)}</dd>
        <dt>Amount before cap</dt><dd>{moneyText(credit.amountBeforeCap, currency)}</dd>
        <dt>Amount after cap</dt><dd>{moneyText(credit.amount, currency)}{credit.capped ? ' (capped)' : ''}</dd>
        <dt>Net amount</dt><dd>{moneyText(credit.netAmount, currency)}</dd>
        <dt>Status</dt><dd>{credit.status}</dd>
        <dt>Terms version</dt><dd>{credit.termsVersion ?? period.termsVersion}</dd>
        <dt>Monthly charge</dt><dd>{moneyText(period.monthlyCharge, currency)}{period.atRiskAmount !== undefined ? `; at risk ${moneyText(period.atRiskAmount, currency)} (${percentText(period.atRiskPercent)})` : ''}</dd>
      </dl>
      <h3>Formula</h3>
      <p className="formula"><code>{credit.formula ?? '—'}</code></p>
      {result?.formula || result?.explanation ? (
        <>
          <h3>How the measured value came about</h3>
          {result.formula ? <p className="formula"><code>{result.formula}</code></p> : null}
          {result.explanation ? <p>{result.explanation}</p> : null}
        </>
      ) : null}
      {credit.dispute ? (
        <>
          <h3>Dispute</h3>
          <p>Disputed {instantText(credit.dispute.disputedAt)}: {credit.dispute.reason}.
            {credit.dispute.outcome ? ` Resolved ${instantText(credit.dispute.resolvedAt)}: ${credit.dispute.outcome}, ${moneyText(credit.dispute.amountBefore, currency)} → ${moneyText(credit.dispute.amountAfter, currency)}.` : ' Not resolved yet.'}</p>
        </>
      ) : null}
      {(credit.lines ?? []).length > 0 ? (
        <table>
          <caption>Ledger lines of this credit</caption>
          <thead><tr><th scope="col">Line</th><th scope="col">Type</th><th scope="col">Amount</th><th scope="col">When</th><th scope="col">Reference</th></tr></thead>
          <tbody>
            {(credit.lines ?? []).map((l) => (
              <tr key={`${l.id}-${l.line}`}><td>{l.line}</td><td>{l.type}</td><td>{moneyText(l.amount, l.currency ?? currency)}</td>
                <td>{instantText(l.occurredAt)}</td><td>{l.reference ?? '—'}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
