import { useEffect, useRef, useState } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TextField } from '../../components/FormField';
import { useAgreement } from '../acquisitions/api';
import { monthText } from '../../lib/format';
import { useExerciseRight, type TerminationRightItem } from './api';
import { CAUSE_WORDS } from './TerminationRightsSection';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The confirmation before a termination for cause: names the right, its cause and the months it rests on; the
 * agreement ends on the date given (today by default) once confirmed.
 */
export function ExerciseRightDialog({ right, onClose }: { right: TerminationRightItem; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const agreement = useAgreement(right.agreementId!);
  const [effectiveDate, setEffectiveDate] = useState(todayIso());
  const [done, setDone] = useState(false);
  const exercise = useExerciseRight(right.agreementId!, agreement.data?.version);
  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) {
      if (typeof node.showModal === 'function') {
        node.showModal();
      } else {
        node.setAttribute('open', '');
      }
    }
  }, []);
  const title = right.title ?? right.agreementId;
  const periods = (right.periods ?? []).map(monthText).join(', ');
  return (
    <dialog ref={dialog} aria-labelledby="exercise-heading" onClose={onClose} className="dialog">
      <h2 id="exercise-heading">Terminate {title} for cause?</h2>
      {done ? (
        <>
          <p role="status" className="notice notice--success">{title} is terminated for cause, effective {effectiveDate}.</p>
          <button type="button" onClick={() => dialog.current?.close()}>Close</button>
        </>
      ) : (
        <form method="dialog" onSubmit={(e) => {
          e.preventDefault();
          exercise.submit({ reason: 'FOR_CAUSE', terminationRightId: right.rightId, effectiveDate },
            { onSuccess: () => setDone(true) });
        }}>
          <p>
            This exercises the termination right for <strong>{CAUSE_WORDS[right.cause ?? ''] ?? right.cause}</strong> of
            service level <strong>{right.serviceLevelId}</strong>, granted on {right.grantedOn} for the months{' '}
            <strong>{periods || '—'}</strong>, to be exercised by {right.exerciseBy}. The agreement ends; this cannot be undone.
          </p>
          <TextField label="Termination effective on" type="date" value={effectiveDate} required
            error={exercise.fieldErrors.effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} />
          <ProblemMessage error={exercise.error ?? agreement.error} />
          <div className="toolbar">
            <button type="submit" className="button--danger" disabled={exercise.pending || !agreement.data}>Terminate for cause</button>
            <button type="button" className="button--quiet" onClick={() => dialog.current?.close()}>Cancel</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
