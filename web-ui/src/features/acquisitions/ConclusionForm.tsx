import { useState, type FormEvent } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage';
import { SelectField, TextField } from '../../components/FormField';
import { useConcludeRenegotiation, type Revision } from './api';

export const OUTCOME_WORDS: Record<string, string> = {
  CONFIRMED: 'Confirmed (terms kept)', REVISED: 'Revised (agreed acquisition revision)', TERMINATED: 'Terminated',
};

/** The revisions a REVISED outcome may name: agreed by both parties with reason ACQUISITION. */
export function agreedAcquisitionRevisions(revisions: Revision[]): Revision[] {
  return revisions.filter((r) => r.reason === 'ACQUISITION' && r.status === 'AGREED');
}

/** Concludes an open (or overdue) renegotiation: CONFIRMED, REVISED with the agreed revision, or TERMINATED. */
export function ConclusionForm({ agreementId, title, vendorId, version, revisions, onRevisionChosen }: {
  agreementId: string; title: string; vendorId: string; version: number | undefined; revisions: Revision[];
  onRevisionChosen?: (termsVersion: number | undefined) => void;
}) {
  const [outcome, setOutcome] = useState<'CONFIRMED' | 'REVISED' | 'TERMINATED'>('CONFIRMED');
  const agreed = agreedAcquisitionRevisions(revisions);
  const [revision, setRevision] = useState<string>('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [reason, setReason] = useState('');
  const conclude = useConcludeRenegotiation(agreementId, version, vendorId);
  const chosen = revision || (agreed.length > 0 ? String(agreed[agreed.length - 1].revision) : '');

  function submit(event: FormEvent) {
    event.preventDefault();
    conclude.submit({
      outcome,
      revision: outcome === 'REVISED' && chosen ? Number(chosen) : undefined,
      effectiveDate: outcome === 'TERMINATED' && effectiveDate ? effectiveDate : undefined,
      reason: reason || undefined,
    });
  }

  return (
    <form onSubmit={submit} aria-label={`Conclude the renegotiation of ${title}`} className="form form--inline">
      <fieldset>
        <legend>Outcome</legend>
        {(['CONFIRMED', 'REVISED', 'TERMINATED'] as const).map((o) => (
          <label key={o} className="radio">
            <input type="radio" name={`outcome-${agreementId}`} value={o} checked={outcome === o} onChange={() => {
              setOutcome(o);
              if (o === 'REVISED' && chosen) {
                onRevisionChosen?.(agreed.find((r) => String(r.revision) === chosen)?.termsVersion);
              }
            }} /> {OUTCOME_WORDS[o]}
          </label>
        ))}
      </fieldset>
      {outcome === 'REVISED' ? (
        agreed.length === 0
          ? <p className="notice notice--warning">No revision with reason ACQUISITION has been agreed by both parties yet: propose one on the agreement and have both parties approve it first.</p>
          : <SelectField label="Agreed revision" value={chosen} error={conclude.fieldErrors.revision} onChange={(e) => {
            setRevision(e.target.value);
            onRevisionChosen?.(agreed.find((r) => String(r.revision) === e.target.value)?.termsVersion);
          }}>
            {agreed.map((r) => (
              <option key={r.revision} value={r.revision}>
                Revision {r.revision} (terms version {r.termsVersion}, from {r.effectiveFrom})
              </option>
            ))}
          </SelectField>
      ) : null}
      {outcome === 'TERMINATED' ? (
        <TextField label="Termination effective on" type="date" value={effectiveDate}
          error={conclude.fieldErrors.effectiveDate} hint="Empty: today" onChange={(e) => setEffectiveDate(e.target.value)} />
      ) : null}
      <TextField label="Reason" value={reason} error={conclude.fieldErrors.reason} onChange={(e) => setReason(e.target.value)} />
      <ProblemMessage error={conclude.error} />
      <button type="submit" disabled={conclude.pending || (outcome === 'REVISED' && agreed.length === 0)}>
        Conclude {outcome.toLowerCase()}
      </button>
    </form>
  );
}
