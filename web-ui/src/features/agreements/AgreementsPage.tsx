import { Link, useSearchParams } from 'react-router';
import { SelectField } from '../../components/FormField';
import { QueryState } from '../../components/QueryState';
import { hasRole, useAuth } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useVendors } from '../vendors/api';
import { useAgreements } from './api';
import { STATUS_WORDS, TYPE_WORDS, words } from './words';

/** Agreements with filters in the address (?vendorId=&status=), so a filtered list can be sent to a colleague. */
export function AgreementsPage() {
  useDocumentTitle('Agreements');
  const [params, setParams] = useSearchParams();
  const vendorId = params.get('vendorId') ?? undefined;
  const status = params.get('status') ?? undefined;
  const agreements = useAgreements({ vendorId, status });
  const vendors = useVendors();
  const { session } = useAuth();
  const vendorName = (id: string | undefined) => vendors.data?.find((v) => v.id === id)?.name ?? id;
  const filter = (name: string) => (e: { target: { value: string } }) => {
    const next = new URLSearchParams(params);
    if (e.target.value) next.set(name, e.target.value); else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>Agreements</h1>
      {hasRole(session?.user, 'VENDOR_MANAGER') ? <p><Link to="/agreements/new">Draft an agreement</Link></p> : null}
      <form className="toolbar" aria-label="Filter agreements" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Vendor" value={vendorId ?? ''} onChange={filter('vendorId')}>
          <option value="">All vendors</option>
          {(vendors.data ?? []).map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </SelectField>
        <SelectField label="Status" value={status ?? ''} onChange={filter('status')}>
          <option value="">Any status</option>
          {Object.entries(STATUS_WORDS).map(([k, w]) => <option key={k} value={k}>{w}</option>)}
        </SelectField>
      </form>
      <QueryState query={agreements} label="agreements">
        {(list) => list.length === 0 ? <p className="empty">No agreement matches.</p> : (
          <table>
            <caption>{list.length} agreement{list.length === 1 ? '' : 's'}</caption>
            <thead>
              <tr><th scope="col">Title</th><th scope="col">Vendor</th><th scope="col">Type</th><th scope="col">Status</th>
                <th scope="col">Customer</th><th scope="col">From</th><th scope="col">To</th><th scope="col" className="number">Terms version</th></tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <td><Link to={`/agreements/${encodeURIComponent(a.id ?? '')}`}>{a.title}</Link></td>
                  <td>{vendorName(a.vendorId)}</td>
                  <td>{words(TYPE_WORDS, a.type)}</td>
                  <td>{words(STATUS_WORDS, a.status)}</td>
                  <td>{a.customer ?? '—'}</td>
                  <td>{a.effectiveFrom}</td>
                  <td>{a.effectiveTo ?? 'open-ended'}</td>
                  <td className="number">{a.termsVersion ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </>
  );
}
