import { useRef, useState, type FormEvent } from 'react';
import { SelectField, TextField, useFocusFirstInvalid } from '../../components/FormField';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useQueryClient } from '@tanstack/react-query';
import { useRecordAcquisition, useVendors, vendorKeys, type Vendor } from './api';

/**
 * Record that another vendor acquired this one. Sent with If-Match: the vendor's version this page showed, so a
 * change by someone else in between is refused (412) and the page offers to reload.
 */
export function AcquisitionForm({ vendor, onDone }: { vendor: Vendor; onDone: () => void }) {
  const vendors = useVendors('ACTIVE');
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ acquirerId: '', effectiveDate: '', reference: '' });
  const record = useRecordAcquisition(vendor.id!, vendor.version);
  const errors = record.fieldErrors;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, record.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    record.submit({
      acquirerId: form.acquirerId,
      effectiveDate: form.effectiveDate,
      ...(form.reference.trim() ? { reference: form.reference.trim() } : {}),
    }, { onSuccess: onDone });
  }

  const acquirers = (vendors.data ?? []).filter((v) => v.id !== vendor.id);
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="card" aria-labelledby="acquisition-heading">
      <h2 id="acquisition-heading">Record an acquisition</h2>
      <SelectField label="Acquirer" value={form.acquirerId} error={errors.acquirerId}
        onChange={(e) => setForm({ ...form, acquirerId: e.target.value })}>
        <option value="">Choose the acquiring vendor</option>
        {acquirers.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
      </SelectField>
      <TextField label="Effective date" type="date" value={form.effectiveDate} error={errors.effectiveDate}
        onChange={(e) => setForm({ ...form, effectiveDate: e.target.value })} />
      <TextField label="Acquisition reference" value={form.reference} error={errors.reference}
        onChange={(e) => setForm({ ...form, reference: e.target.value })} />
      <ProblemMessage error={record.error} onReload={() => {
        record.reset();
        void queryClient.invalidateQueries({ queryKey: vendorKeys.one(vendor.id!) });
      }} />
      <div className="toolbar">
        <button type="submit" disabled={record.pending}>{record.pending ? 'Recording…' : 'Record acquisition'}</button>
        <button type="button" className="button--quiet" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
