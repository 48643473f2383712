import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/FormField';
import { hasRole, useAuth } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useVendors } from './api';
import { vendorPath } from './routes';

/** Vendors: the list (filter by status in the address), and the way to register one. */
export function VendorsPage() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? undefined;
  useDocumentTitle(status ? `Vendors (${status.toLowerCase()})` : 'Vendors');
  const vendors = useVendors(status);
  const { session } = useAuth();
  return (
    <>
      <h1>Vendors</h1>
      <div className="toolbar">
        <SelectField label="Status" value={status ?? ''} onChange={(e) => {
          const next = new URLSearchParams(params);
          if (e.target.value) {
            next.set('status', e.target.value);
          } else {
            next.delete('status');
          }
          setParams(next);
        }}>
          <option value="">All</option>
          <option value="ACTIVE">Active</option>
          <option value="ACQUIRED">Acquired</option>
        </SelectField>
        {hasRole(session?.user, 'VENDOR_MANAGER') ? <Link to="/vendors/new">Register a vendor</Link> : null}
      </div>
      <QueryState query={vendors} label="vendors">
        {(list) => list.length === 0 ? <p className="empty">No vendor{status ? ' with this status' : ''} yet.</p> : (
          <table>
            <caption>{list.length} {list.length === 1 ? 'vendor' : 'vendors'}</caption>
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Status</th>
                <th scope="col" className="number">Agreements</th></tr>
            </thead>
            <tbody>
              {[...list].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')).map((vendor) => (
                <tr key={vendor.id}>
                  <td><Link to={vendorPath(vendor.id!)}>{vendor.name}</Link></td>
                  <td>{vendor.country ?? '—'}</td>
                  <td>{vendor.status === 'ACQUIRED' ? 'Acquired' : 'Active'}</td>
                  <td className="number">{vendor.agreementIds?.length ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </>
  );
}
