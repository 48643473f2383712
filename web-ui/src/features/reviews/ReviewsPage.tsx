import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/FormField';
import { decimalText, moneyText, percentText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { vendorPath } from '../vendors/routes';
import type { Schemas } from '../../lib/schema';
import { usePortfolio, useReviewList } from './api';
import { reportPath } from './routes';

const TREND: Record<string, string> = {
  IMPROVED: '▲ improved', DECLINED: '▼ declined', STEADY: '■ steady', NEW: 'new this year', NO_DATA: 'no data',
};
const REVIEW_STATUS: Record<string, string> = { NOT_DUE: 'Not due', DUE: 'Due', OVERDUE: 'Overdue', COMPLETED: 'Completed' };

export function trendText(trend: Schemas['Trend'] | undefined): string {
  if (!trend?.direction) {
    return '—';
  }
  const words = TREND[trend.direction] ?? trend.direction;
  if (trend.attainmentChange === undefined || trend.attainmentChange === null) {
    return words;
  }
  const change = String(trend.attainmentChange);
  return `${words} (${change.startsWith('-') ? '' : '+'}${decimalText(change)} points since ${decimalText(trend.previousAttainmentPercent)} %)`;
}

/** Attainment as the platform gives it: met of measured service-level months ("7/8") and the percentage. */
export function attainmentText(ratio: string | undefined, percent: number | string | undefined): string {
  const share = percent === undefined || percent === null ? '' : `${decimalText(percent)} %`;
  return ratio && share ? `${ratio} = ${share}` : ratio || share || '—';
}

/** Annual reviews: the portfolio ranked for a year (?year=) with trend, and each agreement's review. */
export function ReviewsPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getUTCFullYear();
  const year = Number(params.get('year')) || thisYear;
  useDocumentTitle(`Reviews ${year}`);
  const portfolio = usePortfolio(year);
  const reviews = useReviewList(year);
  return (
    <>
      <h1>Reviews {year}</h1>
      <div className="toolbar">
        <SelectField label="Year" value={String(year)} onChange={(e) => setParams(new URLSearchParams({ year: e.target.value }))}>
          {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => <option key={y} value={y}>{y}</option>)}
        </SelectField>
      </div>
      <section aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">Portfolio ranking {year}</h2>
        <QueryState query={portfolio} label="the portfolio">
          {(p) => (p.vendors ?? []).length === 0 ? <p className="empty">No vendor had a closed month in {year}.</p> : (
            <table>
              <caption>Vendors ranked by attainment and credits, {year} against {p.previousYear ?? year - 1}</caption>
              <thead><tr><th scope="col">Rank</th><th scope="col">Vendor</th><th scope="col">Attainment</th>
                <th scope="col">Met / breached</th><th scope="col">Critical failures</th><th scope="col">At risk used</th>
                <th scope="col">Credits (net)</th><th scope="col">Trend</th></tr></thead>
              <tbody>
                {(p.vendors ?? []).map((v) => (
                  <tr key={v.vendorId}>
                    <td>{v.rank}</td>
                    <td><Link to={vendorPath(v.vendorId!)}>{v.name ?? v.vendorId}</Link></td>
                    <td>{attainmentText(v.attainment, v.attainmentPercent)}</td>
                    <td>{v.met ?? 0} / {v.breached ?? 0}</td>
                    <td>{v.criticalFailures ?? 0}</td>
                    <td>{percentText(v.atRiskUsedPercent)}</td>
                    <td>{(v.credits ?? []).map((c) => moneyText(c.net, c.currency)).join('; ') || '—'}</td>
                    <td>{trendText(v.trend)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">Annual reviews {year}</h2>
        <QueryState query={reviews} label="reviews">
          {(list) => list.length === 0 ? <p className="empty">No annual review for {year}.</p> : (
            <table>
              <thead><tr><th scope="col">Agreement</th><th scope="col">Vendor</th><th scope="col">Status</th><th scope="col">Due</th><th scope="col">Completed</th></tr></thead>
              <tbody>
                {list.map((r) => (
                  <tr key={r.reviewId ?? `${r.agreementId}-${r.year}`}>
                    <td><Link to={reportPath(r.agreementId!, r.year ?? year)}>{r.title ?? r.agreementId}</Link></td>
                    <td>{r.vendorName ?? r.vendorId}</td>
                    <td>{REVIEW_STATUS[r.status ?? ''] ?? r.status}</td>
                    <td>{r.dueOn ?? '—'}</td>
                    <td>{r.completedAt ? `${r.completedAt.slice(0, 10)} by ${r.completedBy ?? '—'}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
      </section>
    </>
  );
}
