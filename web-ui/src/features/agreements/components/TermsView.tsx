import { Link } from 'react-router';
import { decimalText, moneyText, percentText } from '../../../lib/format';
import type { Schemas } from '../../../lib/schema';
import type { Terms } from '../api';
import { DIRECTION_WORDS, KIND_WORDS, words } from '../words';

type Provenance = Schemas['TermsProvenance'];

/** "own" or "inherited from <parent>" for a multi-level child; nothing for an agreement that inherits nothing. */
function Source({ source }: { source: Schemas['TermSource'] | undefined }) {
  if (!source) {
    return null;
  }
  return source.source === 'PARENT'
    ? <>inherited from <Link to={`/agreements/${encodeURIComponent(source.agreementId ?? '')}`}>{source.agreementId}</Link></>
    : <>own</>;
}

/** What a service level measures, in words: "Response time, urgent incidents within 60 min". */
export function measureText(level: Terms['serviceLevels'] extends (infer L)[] | undefined ? L : never): string {
  const kind = words(KIND_WORDS, level.kind);
  if (level.kind === 'RESPONSE_TIME' || level.kind === 'RESOLUTION_TIME') {
    return `${kind}, ${String(level.severity ?? '').toLowerCase()} incidents within ${level.thresholdMinutes ?? '?'} min`;
  }
  if (level.kind === 'KPI') {
    return `${kind}, ${words(DIRECTION_WORDS, level.direction).toLowerCase()}`;
  }
  return kind;
}

/** The terms of one version: service levels as a table, then the rest; a multi-level child says what is its own. */
export function TermsView({ terms, provenance, caption = 'Service levels' }:
  { terms: Terms | undefined; provenance?: Provenance; caption?: string }) {
  if (!terms) {
    return <p className="empty">No terms.</p>;
  }
  const showSource = Boolean(provenance && Object.values(provenance.parts ?? {}).some((p) => p.source === 'PARENT')
    || Object.values(provenance?.serviceLevels ?? {}).some((p) => p.source === 'PARENT'));
  const part = (name: string) => (showSource ? <> (<Source source={provenance?.parts?.[name]} />)</> : null);
  const coverage = terms.coverage;
  const policy = terms.creditPolicy;
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Service level</th><th scope="col">Measures</th><th scope="col">Class</th>
            <th scope="col" className="number">Target</th><th scope="col" className="number">Minimum</th>
            <th scope="col" className="number">Internal target</th><th scope="col" className="number">Allocation</th>
            {showSource ? <th scope="col">Source</th> : null}
          </tr>
        </thead>
        <tbody>
          {(terms.serviceLevels ?? []).map((level) => (
            <tr key={level.id}>
              <th scope="row">{level.name ?? level.id} <span className="meta">({level.id})</span></th>
              <td>{measureText(level)}</td>
              <td>{level.classification === 'CRITICAL' ? 'Critical' : 'Key'}</td>
              <td className="number">{decimalText(level.target)}</td>
              <td className="number">{decimalText(level.minimum)}</td>
              <td className="number">{decimalText(level.internalTarget)}</td>
              <td className="number">{level.allocationPercent !== undefined && level.allocationPercent !== null ? percentText(level.allocationPercent) : '—'}</td>
              {showSource ? <td><Source source={provenance?.serviceLevels?.[level.id ?? '']} /></td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts">
        <dt>Monthly charge</dt><dd>{moneyText(terms.monthlyCharge, terms.currency)}{part('monthlyCharge')}</dd>
        <dt>Coverage</dt>
        <dd>
          {coverage?.hours === '24x7' || !coverage?.days ? '24x7' : `${(coverage.days ?? []).join(', ')} ${coverage.from}–${coverage.to}`}
          {coverage?.timeZone ? `, time zone ${coverage.timeZone}` : ''}
          {coverage?.holidays?.length ? `, holidays ${coverage.holidays.join(', ')}` : ''}{part('coverage')}
        </dd>
        <dt>Credits</dt>
        <dd>
          {policy?.method === 'TIERED'
            ? `Tiered: ${(policy.tiers ?? []).map((t) => `below ${decimalText(t.below)} % → ${decimalText(t.creditPercent)} % of the charge`).join('; ')}${policy.capPercent !== undefined && policy.capPercent !== null ? `; capped at ${percentText(policy.capPercent)}` : ''}`
            : policy ? `Pool: ${percentText(policy.atRiskPercent)} of the charge at risk, pool ${percentText(policy.poolPercent)}` : '—'}
          {part('creditPolicy')}
        </dd>
        <dt>Earn-back</dt><dd>{terms.earnBack?.periods ? `after ${terms.earnBack.periods} months met in a row` : 'none'}{part('earnBack')}</dd>
        <dt>Termination right</dt>
        <dd>{terms.termination ? `${terms.termination.breaches} breaches within ${terms.termination.withinPeriods} months; exercise within ${terms.termination.exerciseWithinDays ?? 60} days` : '—'}{part('termination')}</dd>
        <dt>Renegotiation window</dt><dd>{terms.renegotiationWindowDays ?? 90} days{part('renegotiationWindowDays')}</dd>
      </dl>
    </>
  );
}
