import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { MonthlyChart } from '../../components/chart/MonthlyChart';
import { useApi } from '../../lib/auth';
import { decimalText, moneyText, monthText, percentText } from '../../lib/format';
import { agreementPath } from '../agreements/routes';
import { periodPath } from '../periods/routes';
import { agreementQuery, useScorecard, type AgreementView, type Scorecard } from './api';

type AgreementScore = NonNullable<Scorecard['agreements']>[number];
type ServiceLevelScore = NonNullable<AgreementScore['serviceLevels']>[number];

/** The vendor's scorecard for a year: per agreement its credits, per service level attainment charted against target. */
export function ScorecardSection({ vendorId, year }: { vendorId: string; year: number }) {
  const scorecard = useScorecard(vendorId, year);
  const api = useApi();
  const agreementIds = (scorecard.data?.agreements ?? []).map((a) => a.agreementId!).filter(Boolean);
  // the targets come from each agreement's terms in force
  const agreements = useQueries({ queries: agreementIds.map((id) => agreementQuery(api, id)) });
  const termsOf = new Map<string, AgreementView>();
  agreements.forEach((q) => {
    if (q.data?.id) {
      termsOf.set(q.data.id, q.data);
    }
  });
  return (
    <QueryState query={scorecard} label="the scorecard">
      {(card) => (card.agreements ?? []).length === 0
        ? <p className="empty">Nothing was measured for this vendor in {year}.</p>
        : (card.agreements ?? []).map((agreement) => (
          <AgreementScorecard key={agreement.agreementId} score={agreement} agreement={termsOf.get(agreement.agreementId!)} />
        ))}
    </QueryState>
  );
}

function AgreementScorecard({ score, agreement }: { score: AgreementScore; agreement?: AgreementView }) {
  const headingId = `score-${score.agreementId}`;
  return (
    <section aria-labelledby={headingId} className="scorecard">
      <h3 id={headingId}><Link to={agreementPath(score.agreementId!)}>{score.title}</Link></h3>
      <dl className="facts">
        <dt>Months measured</dt><dd>{score.monthsMeasured} ({score.monthsWithBreach} with a breach)</dd>
        <dt>Credits assessed</dt><dd>{moneyText(score.creditsAssessed, score.currency)}</dd>
        <dt>Clawed back</dt><dd>{moneyText(score.clawedBack, score.currency)}</dd>
        <dt>Net credits</dt><dd>{moneyText(score.net, score.currency)}</dd>
        <dt>Disputed</dt><dd>{moneyText(score.disputed, score.currency)}</dd>
        <dt>At risk used</dt><dd>{percentText(score.atRiskUsedPercent)} ({score.atRiskUsed} {score.currency})</dd>
      </dl>
      {(score.serviceLevels ?? []).map((level) => (
        <ServiceLevelScorecard key={level.serviceLevelId} agreementId={score.agreementId!} level={level}
          target={agreement?.terms?.serviceLevels?.find((s) => s.id === level.serviceLevelId)?.target} />
      ))}
    </section>
  );
}

function ServiceLevelScorecard({ agreementId, level, target }: { agreementId: string; level: ServiceLevelScore; target?: string | number }) {
  const months = level.months ?? [];
  const targetNumber = target === undefined ? undefined : Number(target);
  const name = `${level.serviceLevelId} (${(level.kind ?? '').toLowerCase().replace(/_/g, ' ')})`;
  const description = `Attainment of ${name} per month${target === undefined ? '' : ` against the target ${decimalText(target)}`}: `
    + `${level.met} of ${level.monthsMeasured} months met.`;
  const measuredAny = months.some((m) => m.measured !== undefined && m.measured !== null);
  return (
    <div className="service-level-score">
      <h4>{name}: {level.attainment} months met ({percentText(level.attainmentPercent)})</h4>
      {measuredAny ? <MonthlyChart label={description} points={months} target={targetNumber} /> : null}
      {measuredAny ? null : <p className="empty">No measured value to chart: met or breached as the table says.</p>}
      <table>
        <caption>Monthly values of {level.serviceLevelId}{target === undefined ? '' : `, target ${decimalText(target)}`}</caption>
        <thead>
          <tr><th scope="col">Month</th><th scope="col" className="number">Measured</th><th scope="col">Met</th></tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.period}>
              <td><Link to={periodPath(agreementId, m.period!)}>{monthText(m.period)}</Link></td>
              <td className="number">{decimalText(m.measured)}</td>
              <td>{m.met ? 'Met' : 'Breached'}{m.criticalFailure ? ' (critical failure)' : ''}{m.atRisk ? ' (at risk)' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
