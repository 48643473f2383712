import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../components/FormField';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import './agreements.css';
import { useVendors } from '../vendors/api';
import { useAgreements, useDraftAgreement } from './api';
import { at, ErrorSummary } from './components/ErrorSummary';
import { TermsFields } from './components/TermsFields';
import { emptyTerms, termsFrom, type TermsForm } from './components/termsForm';
import { TYPE_WORDS } from './words';

interface DraftForm {
  vendorId: string;
  title: string;
  type: string;
  customer: string;
  effectiveFrom: string;
  effectiveTo: string;
  parentAgreementId: string;
  underpinsAgreementId: string;
  terms: TermsForm;
}

/** The request of POST /api/agreements from the form (api.md, Agreements); empty optional values are left out. */
export function draftRequest(form: DraftForm): Record<string, unknown> {
  const request: Record<string, unknown> = {
    vendorId: form.vendorId, title: form.title.trim(), type: form.type, effectiveFrom: form.effectiveFrom,
    terms: termsFrom(form.terms),
  };
  if (form.customer.trim()) request.customer = form.customer.trim();
  if (form.effectiveTo) request.effectiveTo = form.effectiveTo;
  if (form.type === 'MULTI_LEVEL' && form.parentAgreementId) request.parentAgreementId = form.parentAgreementId;
  if (form.type === 'OLA' && form.underpinsAgreementId) request.underpinsAgreementId = form.underpinsAgreementId;
  return request;
}

/** Draft an agreement: every kind of term, the platform's own validation at the fields. */
export function DraftAgreementPage() {
  useDocumentTitle('Draft an agreement', 'Agreements');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const vendors = useVendors();
  const agreements = useAgreements({});
  const [form, setForm] = useState<DraftForm>({
    vendorId: params.get('vendorId') ?? '', title: '', type: 'SERVICE_BASED', customer: '', effectiveFrom: '',
    effectiveTo: '', parentAgreementId: '', underpinsAgreementId: '', terms: emptyTerms(),
  });
  const draft = useDraftAgreement((result) => navigate(`/agreements/${encodeURIComponent(result.id)}`, { state: { drafted: true } }));
  const summary = useRef<HTMLDivElement>(null);
  const errors = draft.fieldErrors;

  // after a refused submit, focus goes to what went wrong: the first field with a message, else the summary
  useEffect(() => {
    if (!draft.error) return;
    const first = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    (first ?? summary.current)?.focus();
  }, [draft.error]);

  function submit(event: FormEvent) {
    event.preventDefault();
    draft.submit(draftRequest(form));
  }

  const set = (key: keyof DraftForm) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const parents = (agreements.data ?? []).filter((a) => a.vendorId === form.vendorId || !form.vendorId);
  return (
    <>
      <p><Link to="/agreements">Agreements</Link></p>
      <h1>Draft an agreement</h1>
      <form onSubmit={submit} noValidate className="wide-form">
        <ErrorSummary ref={summary} error={draft.error} fieldErrors={errors} />
        <fieldset>
          <legend>Parties and dates</legend>
          <SelectField label="Vendor" required value={form.vendorId} onChange={set('vendorId')} {...at(errors, 'vendorId')}>
            <option value="">Choose a vendor…</option>
            {(vendors.data ?? []).map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </SelectField>
          <TextField label="Title" required value={form.title} onChange={set('title')} {...at(errors, 'title')} />
          <div className="row">
            <SelectField label="Type" value={form.type} onChange={set('type')} {...at(errors, 'type')}>
              {Object.entries(TYPE_WORDS).map(([k, w]) => <option key={k} value={k}>{w}</option>)}
            </SelectField>
            <TextField label="Customer (optional)" value={form.customer} onChange={set('customer')} hint="The department served, such as Finance IT" {...at(errors, 'customer')} />
          </div>
          {form.type === 'MULTI_LEVEL' ? (
            <SelectField label="Parent agreement" value={form.parentAgreementId} onChange={set('parentAgreementId')}
              hint="The child inherits every term it does not state itself" {...at(errors, 'parentAgreementId')}>
              <option value="">Choose the parent…</option>
              {parents.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
            </SelectField>
          ) : null}
          {form.type === 'OLA' ? (
            <SelectField label="Underpins (optional)" value={form.underpinsAgreementId} onChange={set('underpinsAgreementId')} {...at(errors, 'underpinsAgreementId')}>
              <option value="">None</option>
              {(agreements.data ?? []).map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
            </SelectField>
          ) : null}
          <div className="row">
            <TextField label="Effective from" type="date" required value={form.effectiveFrom} onChange={set('effectiveFrom')} {...at(errors, 'effectiveFrom')} />
            <TextField label="Effective to (optional)" type="date" value={form.effectiveTo} onChange={set('effectiveTo')} hint="Empty: open-ended" {...at(errors, 'effectiveTo')} />
          </div>
        </fieldset>
        <TermsFields value={form.terms} onChange={(terms) => setForm({ ...form, terms })} errors={errors} />
        <button type="submit" disabled={draft.pending}>{draft.pending ? 'Drafting…' : 'Draft agreement'}</button>
      </form>
    </>
  );
}
