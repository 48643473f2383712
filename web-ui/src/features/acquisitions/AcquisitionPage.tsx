import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { hasRole, useAuth } from '../../lib/auth';
import { instantText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { LineageView } from '../vendors/VendorPage';
import { useLineage } from '../vendors/api';
import { vendorPath } from '../vendors/routes';
import { useAcquisition, useAgreement, useRevisions, type AffectedAgreement } from './api';
import { ConclusionForm } from './ConclusionForm';
import { STATUS_WORDS, daysLeftText } from './AcquisitionsPage';
import { TermsDiff } from './TermsDiff';
import { revisionsPath, timelinePath } from './routes';

const OUTCOME_TEXT: Record<string, string> = { CONFIRMED: 'Confirmed', REVISED: 'Revised', TERMINATED: 'Terminated' };

/** One acquisition (by the acquired vendor): every affected agreement with its renegotiation, diff and conclusion. */
export function AcquisitionPage() {
  const { vendorId = '' } = useParams();
  const acquisition = useAcquisition(vendorId);
  const lineage = useLineage(vendorId);
  useDocumentTitle(acquisition.data ? `Acquisition of ${acquisition.data.vendorName ?? vendorId}` : 'Acquisition', 'Acquisitions');
  return (
    <QueryState query={acquisition} label="the acquisition">
      {(a) => (
        <>
          <p><Link to="/acquisitions">Acquisitions</Link></p>
          <h1>Acquisition of {a.vendorName ?? a.vendorId} by {a.acquirerName ?? a.acquirerId}</h1>
          <dl className="facts">
            <dt>Acquired vendor</dt><dd><Link to={vendorPath(a.vendorId!)}>{a.vendorName ?? a.vendorId}</Link></dd>
            <dt>Acquirer</dt><dd><Link to={vendorPath(a.acquirerId!)}>{a.acquirerName ?? a.acquirerId}</Link></dd>
            <dt>Effective</dt><dd>{a.effectiveDate}</dd>
            <dt>Reference</dt><dd>{a.reference ?? '—'}</dd>
            <dt>Recorded</dt><dd>{instantText(a.recordedAt)} by {a.recordedBy ?? '—'}</dd>
          </dl>
          <section aria-labelledby="lineage-heading">
            <h2 id="lineage-heading">Lineage of {a.vendorName ?? a.vendorId}</h2>
            <QueryState query={lineage} label="the lineage">{(l) => <LineageView lineage={l} />}</QueryState>
          </section>
          <h2>Affected agreements</h2>
          {(a.agreements ?? []).length === 0 ? <p className="empty">No agreement of this vendor was affected.</p> : null}
          {(a.agreements ?? []).map((affected) => (
            <AffectedAgreementSection key={affected.agreementId} affected={affected} vendorId={vendorId} />
          ))}
        </>
      )}
    </QueryState>
  );
}

function AffectedAgreementSection({ affected, vendorId }: { affected: AffectedAgreement; vendorId: string }) {
  const agreementId = affected.agreementId!;
  const { session } = useAuth();
  const agreement = useAgreement(agreementId);
  const revisions = useRevisions(agreementId);
  const [previewVersion, setPreviewVersion] = useState<number | undefined>();
  const r = affected.renegotiation ?? {};
  const headingId = `agreement-${agreementId}`;
  const title = affected.title ?? agreementId;
  const before = affected.versionBefore;
  const after = affected.versionAfter ?? previewVersion ?? agreement.data?.latestTermsVersion ?? agreement.data?.termsVersion;
  const mayConclude = r.status !== 'CONCLUDED' && hasRole(session?.user, 'LEGAL', 'VENDOR_MANAGER');
  return (
    <section aria-labelledby={headingId} className="card card--wide">
      <h3 id={headingId}>{title}</h3>
      <dl className="facts">
        <dt>Renegotiation</dt><dd className="status">{STATUS_WORDS[r.status ?? ''] ?? r.status}</dd>
        <dt>Deadline</dt><dd>{r.deadline ?? '—'}{r.status !== 'CONCLUDED' && r.deadline ? ` (${daysLeftText(r.deadline)})` : ''}</dd>
        <dt>Outcome</dt><dd>{r.outcome ? `${OUTCOME_TEXT[r.outcome]}${r.revision ? ` with revision ${r.revision}` : ''}` : '—'}</dd>
        <dt>Concluded</dt><dd>{r.concludedAt ? `${instantText(r.concludedAt)} by ${r.concludedBy ?? 'unknown'}` : '—'}</dd>
        <dt>Terms version</dt><dd>before {before ?? '—'}{affected.versionAfter ? `, after ${affected.versionAfter}` : ''}</dd>
      </dl>
      <p>
        <Link to={`/agreements/${encodeURIComponent(agreementId)}`}>Open the agreement</Link>{' · '}
        <Link to={revisionsPath(agreementId)}>Revisions of {title}</Link>{' · '}
        <Link to={timelinePath(agreementId)}>Timeline of {title}</Link>
      </p>
      {before !== undefined && after !== undefined && before !== after ? (
        <details open={r.status === 'CONCLUDED' || previewVersion !== undefined}>
          <summary>Terms before and after (version {before} and {after})</summary>
          <TermsDiff agreementId={agreementId} from={before} to={after} title={`${title}: terms before and after`} />
        </details>
      ) : <p className="detail">No later terms version than version {before ?? '—'} yet.</p>}
      {mayConclude ? (
        <ConclusionForm agreementId={agreementId} title={title} vendorId={vendorId} version={agreement.data?.version}
          revisions={revisions.data ?? []} onRevisionChosen={setPreviewVersion} />
      ) : null}
    </section>
  );
}
