import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TextField } from '../../components/FormField';
import { useApi } from '../../lib/auth';
import { verifyIntegrity, type IntegrityReport } from './api';
import { IntegrityResult } from './IntegrityResult';

/** Integrity of the event store's hash chains: of everything, or of one agreement (or any aggregate) by id. */
export function IntegrityPanel({ aggregateId: fixed }: { aggregateId?: string }) {
  const api = useApi();
  const [scope, setScope] = useState<'all' | 'one'>(fixed ? 'one' : 'all');
  const [aggregateId, setAggregateId] = useState(fixed ?? '');
  const check = useMutation<{ report: IntegrityReport; scope: string }, Error, string | undefined>({
    mutationFn: async (id) => ({ report: await verifyIntegrity(api, id), scope: id ? `aggregate ${id}` : 'the whole event store' }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    check.mutate(scope === 'one' ? aggregateId.trim() : undefined);
  }
  return (
    <section aria-labelledby="integrity-heading">
      <h2 id="integrity-heading">Integrity</h2>
      <form onSubmit={submit} aria-label="Integrity check">
        {fixed ? null : (
          <fieldset>
            <legend>Check</legend>
            <label className="radio"><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> Everything</label>
            <label className="radio"><input type="radio" name="scope" checked={scope === 'one'} onChange={() => setScope('one')} /> One agreement</label>
          </fieldset>
        )}
        {scope === 'one' && !fixed ? (
          <TextField label="Agreement id" value={aggregateId} required onChange={(e) => setAggregateId(e.target.value)} />
        ) : null}
        <button type="submit" disabled={check.isPending}>Check integrity</button>
        {check.isPending ? <span role="status"> Recomputing the hash chains…</span> : null}
      </form>
      <ProblemMessage error={check.error} />
      {check.data ? <IntegrityResult report={check.data.report} scope={check.data.scope} /> : null}
    </section>
  );
}
