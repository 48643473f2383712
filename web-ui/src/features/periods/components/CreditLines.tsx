import type { ReactNode } from 'react';
import { decimalText, moneyText, percentText } from '../../../lib/format';
import type { Credit, Period } from '../api';

/** A credit's status in words (the credit lines here, the agreement's credits ledger). */
export const CREDIT_STATUS_WORDS: Record<string, string> = {
  ASSESSED: 'Assessed', DISPUTED: 'Disputed', UPHELD: 'Dispute resolved: upheld', REDUCED: 'Dispute resolved: reduced',
  WITHDRAWN: 'Dispute resolved: withdrawn', CLAWED_BACK: 'Clawed back',
};

/**
 * Why a credit is what it is, in words (domain.md, Service credits), with the exact amounts of the API and the
 * currency: pool = at-risk amount × allocation; tiered = the tier's percent of the monthly charge; then the cap.
 */
export function creditInWords(credit: Credit, period: Pick<Period, 'currency' | 'atRiskAmount' | 'monthlyCharge' | 'results'>): string {
  const money = (amount: Credit['amount']) => moneyText(amount, period.currency);
  const result = period.results?.find((r) => r.serviceLevelId === credit.serviceLevelId);
  const measured = result?.reported ?? credit.measured;
  const missed = `${credit.serviceLevelId} measured ${percentText(measured)} against a target of ${percentText(credit.target)}`;
  const cap = credit.capped || (credit.amountBeforeCap !== undefined && String(credit.amountBeforeCap) !== String(credit.amount))
    ? `; the month's cap reduced it to ${money(credit.amount)}` : '';
  if (credit.method === 'TIERED') {
    return `${missed}, so the tier of ${percentText(credit.ratePercent)} of the monthly charge of ${money(period.monthlyCharge)} applies: ${money(credit.amountBeforeCap ?? credit.amount)}${cap}.`;
  }
  return `${missed}, so it costs its allocation of ${percentText(credit.ratePercent)} of the at-risk amount of ${money(period.atRiskAmount)}: ${money(credit.amountBeforeCap ?? credit.amount)}${cap}.`;
}

/** Each credit line of a closed month: amount, formula in words and as the platform computed it, terms version, dispute. */
export function CreditLines({ period, actions }: { period: Period; actions?: (credit: Credit) => ReactNode }) {
  const credits = period.credits ?? [];
  if (credits.length === 0) {
    return <p className="empty">No credit: no critical service level was breached.</p>;
  }
  return (
    <>
      <ul className="credits">
        {credits.map((credit) => (
          <li key={credit.id} className="card credit" aria-label={`Credit for ${credit.serviceLevelId}`}>
            <p className="credit__amount"><strong>{credit.serviceLevelId}: {moneyText(credit.amount, period.currency)}</strong>
              {' '}<span className="status">{CREDIT_STATUS_WORDS[credit.status ?? ''] ?? credit.status}</span>
              {credit.netAmount !== undefined && String(credit.netAmount) !== String(credit.amount) ? <> (net {moneyText(credit.netAmount, period.currency)})</> : null}</p>
            <p>{creditInWords(credit, period)}</p>
            <p className="meta">Formula: <code>{credit.formula}</code> · {credit.method === 'TIERED' ? 'Tiered' : 'Pool'} method, rate {percentText(credit.ratePercent)},
              measured {decimalText(credit.measured)} · terms version {credit.termsVersion}</p>
            {credit.earnBack ? <p className="meta">Earn-back: met in each of the next {credit.earnBack.periods} months claws it back
              {(credit.earnBack as { status?: string }).status ? ` (${(credit.earnBack as { status?: string }).status?.toLowerCase()})` : ''}.</p> : null}
            {credit.dispute ? (
              <p>Disputed {credit.dispute.disputedAt ? `on ${credit.dispute.disputedAt.slice(0, 10)}` : ''}: “{credit.dispute.reason}”.
                {credit.dispute.outcome ? ` Resolved ${credit.dispute.outcome.toLowerCase()}: ${moneyText(credit.dispute.amountBefore, period.currency)} → ${moneyText(credit.dispute.amountAfter, period.currency)}.` : ' Not resolved yet.'}</p>
            ) : null}
            {actions?.(credit)}
          </li>
        ))}
      </ul>
      <dl className="facts">
        <dt>Credits in the month</dt><dd>{moneyText(period.creditTotal, period.currency)}</dd>
        <dt>Not owed (cap)</dt><dd>{moneyText(period.capReduction, period.currency)}</dd>
        <dt>Net after disputes</dt><dd><strong>{moneyText(period.creditNet, period.currency)}</strong></dd>
      </dl>
    </>
  );
}
