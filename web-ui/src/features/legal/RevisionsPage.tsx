import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { hasRole, useAuth } from '../../lib/auth';
import { instantText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAgreement, useRevisions } from '../acquisitions/api';
import { TermsDiff } from '../acquisitions/TermsDiff';
import { timelinePath } from '../acquisitions/routes';

const PARTY = { CUSTOMER: 'Customer', VENDOR: 'Vendor' } as Record<string, string>;
const REASON: Record<string, string> = {
  ANNUAL_REVIEW: 'Annual review', ACQUISITION: 'Acquisition', PERFORMANCE: 'Performance', REGULATORY: 'Regulatory', OTHER: 'Other',
};
const STATUS: Record<string, string> = { OPEN: 'Open', AGREED: 'Agreed', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn', LAPSED: 'Lapsed' };

/** Every revision of an agreement: who proposed and approved, reason, rationale, decision; agreed ones with their diff. */
export function RevisionsPage() {
  const { agreementId = '' } = useParams();
  const agreement = useAgreement(agreementId);
  const revisions = useRevisions(agreementId);
  const title = agreement.data?.title ?? agreementId;
  useDocumentTitle(`Revisions of ${title}`, 'Agreements');
  const { session } = useAuth();
  // a vendor's own user may read the revisions but not the history (403)
  const timeline = hasRole(session?.user, 'VENDOR') ? null : <> · <Link to={timelinePath(agreementId)}>Timeline</Link></>;
  return (
    <>
      <p><Link to={`/agreements/${encodeURIComponent(agreementId)}`}>{title}</Link>{timeline}</p>
      <h1>Revisions of {title}</h1>
      <QueryState query={revisions} label="revisions">
        {(list) => list.length === 0 ? <p className="empty">This agreement has never been revised.</p> : (
          <ol className="revisions">
            {list.map((r) => {
              const prior = r.termsVersion !== undefined ? r.termsVersion - 1 : undefined;
              return (
                <li key={r.revision}>
                  <section aria-labelledby={`revision-${r.revision}`} className="card card--wide">
                    <h2 id={`revision-${r.revision}`}>Revision {r.revision}: {STATUS[r.status ?? ''] ?? r.status}</h2>
                    <dl className="facts">
                      <dt>Proposed by</dt><dd>{PARTY[r.proposedBy ?? ''] ?? r.proposedBy}, {instantText(r.proposedAt)}</dd>
                      <dt>Approved by</dt><dd>{(r.approvals ?? []).map((p) => PARTY[p] ?? p).join(' and ') || 'nobody yet'}</dd>
                      <dt>Reason</dt><dd>{REASON[r.reason ?? ''] ?? r.reason}</dd>
                      <dt>Rationale</dt><dd>{r.rationale ?? '—'}</dd>
                      <dt>Effective from</dt><dd>{r.effectiveFrom}</dd>
                      <dt>Decided</dt><dd>{r.decidedAt ? instantText(r.decidedAt) : '—'}{r.decisionReason ? `: ${r.decisionReason}` : ''}</dd>
                      <dt>Terms version</dt><dd>{r.termsVersion ?? 'none (not agreed)'}</dd>
                    </dl>
                    {r.termsVersion !== undefined && prior !== undefined && prior >= 1 ? (
                      <details>
                        <summary>Terms changed by revision {r.revision} (version {prior} → {r.termsVersion})</summary>
                        <TermsDiff agreementId={agreementId} from={prior} to={r.termsVersion} />
                      </details>
                    ) : null}
                  </section>
                </li>
              );
            })}
          </ol>
        )}
      </QueryState>
    </>
  );
}
