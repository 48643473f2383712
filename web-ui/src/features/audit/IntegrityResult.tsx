import type { IntegrityReport } from './api';

/**
 * The answer of an integrity check, said prominently: verified with the number of events (and aggregates), or the
 * first broken link (aggregate and sequence) with why, and how many more are broken.
 */
export function IntegrityResult({ report, scope }: { report: IntegrityReport; scope: string }) {
  if (report.verified) {
    return (
      <div role="status" className="notice notice--success integrity">
        <p><strong>Verified:</strong> {report.events ?? 0} {report.events === 1 ? 'event' : 'events'}
          {report.aggregates !== undefined ? ` of ${report.aggregates} ${report.aggregates === 1 ? 'aggregate' : 'aggregates'}` : ''}{' '}
          ({scope}): every hash link is intact.</p>
      </div>
    );
  }
  const broken = report.firstBroken;
  const more = (report.brokenLinks?.length ?? 0) > 1 ? report.brokenLinks!.length - 1 : 0;
  return (
    <div role="alert" className="notice notice--error integrity">
      <p><strong>Broken chain</strong> ({scope}). First broken link: aggregate <code>{broken?.aggregateId ?? 'unknown'}</code>,
        sequence <strong>{broken?.sequence ?? '?'}</strong>.</p>
      {broken?.reason || broken?.detail ? <p>{[broken.reason, broken.detail].filter(Boolean).join(': ')}</p> : null}
      {report.brokenAggregates ? <p>{report.brokenAggregates} {report.brokenAggregates === 1 ? 'aggregate has' : 'aggregates have'} a broken link{more ? `; ${more} more broken ${more === 1 ? 'link' : 'links'} after the first` : ''}.</p> : null}
    </div>
  );
}
