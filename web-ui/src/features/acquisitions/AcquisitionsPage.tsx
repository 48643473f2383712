import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { daysUntil } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { TerminationRightsSection } from '../legal/TerminationRightsSection';
import { useVendors } from '../vendors/api';
import { useRenegotiations, type RenegotiationSummary } from './api';
import { acquisitionPath } from './routes';

export const STATUS_WORDS: Record<string, string> = { OPEN: 'Open', OVERDUE: 'Overdue', CONCLUDED: 'Concluded' };

/** Days left to a deadline in words: "12 days left", "3 days overdue", "due today". */
export function daysLeftText(deadline: string | undefined, today?: Date): string {
  if (!deadline) {
    return '—';
  }
  const days = daysUntil(deadline, today);
  if (days === 0) {
    return 'due today';
  }
  return days > 0 ? `${days} ${days === 1 ? 'day' : 'days'} left` : `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
}

/** Legal's start: every acquisition with its renegotiations, and the termination rights across the portfolio. */
export function AcquisitionsPage() {
  useDocumentTitle('Acquisitions');
  const renegotiations = useRenegotiations();
  return (
    <>
      <h1>Acquisitions</h1>
      <section aria-labelledby="acquisitions-heading">
        <h2 id="acquisitions-heading">Acquisitions and their renegotiations</h2>
        <QueryState query={renegotiations} label="renegotiations">
          {(list) => <AcquisitionList renegotiations={list} />}
        </QueryState>
      </section>
      <TerminationRightsSection />
    </>
  );
}

function AcquisitionList({ renegotiations }: { renegotiations: RenegotiationSummary[] }) {
  const vendors = useVendors();
  const name = (id: string | undefined) => vendors.data?.find((v) => v.id === id)?.name ?? id;
  if (renegotiations.length === 0) {
    return <p className="empty">No acquisition has affected an agreement.</p>;
  }
  const byAcquisition = new Map<string, RenegotiationSummary[]>();
  for (const r of renegotiations) {
    const key = r.acquisitionId ?? r.acquiredVendorId ?? '';
    byAcquisition.set(key, [...(byAcquisition.get(key) ?? []), r]);
  }
  return (
    <table>
      <thead>
        <tr><th scope="col">Acquired vendor</th><th scope="col">Acquirer</th><th scope="col">Effective</th><th scope="col">Agreements</th>
          <th scope="col">Open</th><th scope="col">Overdue</th><th scope="col">Concluded</th><th scope="col">Next deadline</th></tr>
      </thead>
      <tbody>
        {[...byAcquisition.entries()].map(([key, list]) => {
          const first = list[0];
          const count = (status: string) => list.filter((r) => r.status === status).length;
          const pending = list.filter((r) => r.status !== 'CONCLUDED').map((r) => r.deadline ?? '').filter(Boolean).sort();
          return (
            <tr key={key}>
              <td><Link to={acquisitionPath(first.acquiredVendorId!)}>Acquisition of {name(first.acquiredVendorId)}</Link></td>
              <td>{name(first.acquirerId)}</td>
              <td>{first.acquisitionEffectiveDate}</td>
              <td>{list.length}</td>
              <td>{count('OPEN')}</td>
              <td>{count('OVERDUE')}</td>
              <td>{count('CONCLUDED')}</td>
              <td>{pending[0] ? `${pending[0]} (${daysLeftText(pending[0])})` : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
