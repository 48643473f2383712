import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { hasRole, useAuth } from '../../lib/auth';
import { useWorklist } from '../worklist/get-worklist';
import { daysLeftText } from '../acquisitions/AcquisitionsPage';
import { ExerciseRightDialog } from './ExerciseRightDialog';
import type { TerminationRightItem } from './api';

export const CAUSE_WORDS: Record<string, string> = {
  BREACHES: 'repeated breaches', CRITICAL_FAILURE: 'critical failure',
};

/** Open termination rights across the portfolio (the worklist's), soonest lapse first, each exercisable. */
export function TerminationRightsSection() {
  const worklist = useWorklist();
  const { session } = useAuth();
  const [exercising, setExercising] = useState<TerminationRightItem | undefined>();
  const mayExercise = hasRole(session?.user, 'LEGAL', 'VENDOR_MANAGER');
  return (
    <section aria-labelledby="rights-heading">
      <h2 id="rights-heading">Termination rights</h2>
      <QueryState query={worklist} label="termination rights">
        {(w) => {
          const rights = [...(w.terminationRights ?? [])].sort((a, b) => (a.exerciseBy ?? '').localeCompare(b.exerciseBy ?? ''));
          return rights.length === 0 ? <p className="empty">No open termination right.</p> : (
            <table>
              <thead>
                <tr><th scope="col">Agreement</th><th scope="col">Vendor</th><th scope="col">Service level</th>
                  <th scope="col">Cause</th><th scope="col">Months</th><th scope="col">Granted</th>
                  <th scope="col">Exercise by</th>{mayExercise ? <th scope="col">Action</th> : null}</tr>
              </thead>
              <tbody>
                {rights.map((right) => (
                  <tr key={right.rightId}>
                    <td><Link to={`/agreements/${encodeURIComponent(right.agreementId!)}`}>{right.title ?? right.agreementId}</Link></td>
                    <td>{right.vendorName ?? right.vendorId}</td>
                    <td>{right.serviceLevelId}</td>
                    <td>{CAUSE_WORDS[right.cause ?? ''] ?? right.cause}</td>
                    <td>{(right.periods ?? []).join(', ')}</td>
                    <td>{right.grantedOn}</td>
                    <td>{right.exerciseBy} ({daysLeftText(right.exerciseBy)})</td>
                    {mayExercise ? (
                      <td><button type="button" onClick={() => setExercising(right)}
                        aria-label={`Exercise the right on ${right.title ?? right.agreementId} (${right.serviceLevelId})`}>Exercise…</button></td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryState>
      {exercising ? <ExerciseRightDialog right={exercising} onClose={() => setExercising(undefined)} /> : null}
    </section>
  );
}
