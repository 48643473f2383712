import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { TextField, useFocusFirstInvalid } from '../../components/FormField';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useRegisterVendor, type RegisterVendor } from './api';
import { vendorPath } from './routes';

/** Register a vendor: the platform validates, and its messages appear at the fields. */
export function RegisterVendorPage() {
  useDocumentTitle('Register a vendor', 'Vendors');
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', country: '', reference: '' });
  const register = useRegisterVendor((result) => navigate(vendorPath(result.id), { state: { registered: true } }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: RegisterVendor = { name: form.name.trim() };
    if (form.country.trim()) {
      input.country = form.country.trim();
    }
    if (form.reference.trim()) {
      input.reference = form.reference.trim();
    }
    register.submit(input);
  }

  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const errors = register.fieldErrors;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, register.error);
  return (
    <>
      <p><Link to="/vendors">Vendors</Link></p>
      <h1>Register a vendor</h1>
      <form ref={formRef} onSubmit={submit} noValidate className="card">
        <TextField label="Name" name="name" required value={form.name} onChange={set('name')} error={errors.name} />
        <TextField label="Country" name="country" value={form.country} onChange={set('country')} error={errors.country}
          hint="Two-letter ISO code, such as DE or US" autoComplete="off" />
        <TextField label="Reference" name="reference" value={form.reference} onChange={set('reference')}
          error={errors.reference} hint="Your own reference for the vendor, optional" />
        <ProblemMessage error={register.error} />
        <button type="submit" disabled={register.pending}>{register.pending ? 'Registering…' : 'Register vendor'}</button>
      </form>
    </>
  );
}
