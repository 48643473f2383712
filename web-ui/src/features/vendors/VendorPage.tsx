import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/FormField';
import { hasRole, useAuth } from '../../lib/auth';
import { instantText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { agreementPath } from '../agreements/routes';
import { useLineage, useVendor, useVendorAgreements, type Lineage } from './api';
import { AcquisitionForm } from './AcquisitionForm';
import { ScorecardSection } from './ScorecardSection';
import { vendorPath } from './routes';

const STATUS_WORDS: Record<string, string> = {
  DRAFT: 'Draft', NEGOTIATION: 'In negotiation', ACTIVE: 'Active', TERMINATED: 'Terminated', EXPIRED: 'Expired',
};

/** One vendor: facts, its agreements, acquisition lineage, and the scorecard of a year (in the address: ?year=). */
export function VendorPage() {
  const { vendorId = '' } = useParams();
  const vendor = useVendor(vendorId);
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getUTCFullYear();
  const year = Number(params.get('year')) || thisYear;
  const { session } = useAuth();
  const [acquiring, setAcquiring] = useState(false);
  useDocumentTitle(vendor.data?.name ?? 'Vendor', 'Vendors');
  const registered = (location.state as { registered?: boolean } | null)?.registered;

  return (
    <QueryState query={vendor} label="the vendor">
      {(v) => (
        <>
          <p><Link to="/vendors">Vendors</Link></p>
          <h1>{v.name}</h1>
          {registered ? <p role="status" className="notice notice--success">Vendor registered.</p> : null}
          <dl className="facts">
            <dt>Status</dt><dd className="status">{v.status === 'ACQUIRED' ? 'Acquired' : 'Active'}</dd>
            <dt>Country</dt><dd>{v.country ?? '—'}</dd>
            <dt>Reference</dt><dd>{v.reference ?? '—'}</dd>
            <dt>Registered</dt><dd>{instantText(v.registeredAt)}</dd>
            <dt>Version</dt><dd>{v.version}</dd>
          </dl>

          <VendorAgreements vendorId={vendorId} />
          <LineageSection vendorId={vendorId} />
          {hasRole(session?.user, 'VENDOR_MANAGER') && v.status !== 'ACQUIRED' ? (
            acquiring ? <AcquisitionForm vendor={v} onDone={() => setAcquiring(false)} />
              : <p><button type="button" className="button--quiet" onClick={() => setAcquiring(true)}>Record an acquisition</button></p>
          ) : null}

          <section aria-labelledby="scorecard-heading">
            <h2 id="scorecard-heading">Scorecard {year}</h2>
            <div className="toolbar">
              <SelectField label="Year" value={String(year)} onChange={(e) => {
                const next = new URLSearchParams(params);
                next.set('year', e.target.value);
                setParams(next, { replace: true });
              }}>
                {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => <option key={y} value={y}>{y}</option>)}
              </SelectField>
            </div>
            <ScorecardSection vendorId={vendorId} year={year} />
          </section>
        </>
      )}
    </QueryState>
  );
}

function VendorAgreements({ vendorId }: { vendorId: string }) {
  const agreements = useVendorAgreements(vendorId);
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">Agreements</h2>
      <QueryState query={agreements} label="agreements">
        {(list) => list.length === 0 ? <p className="empty">No agreement with this vendor yet.</p> : (
          <table>
            <thead>
              <tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Customer</th>
                <th scope="col">From</th><th scope="col">To</th></tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <td><Link to={agreementPath(a.id!)}>{a.title}</Link></td>
                  <td>{STATUS_WORDS[a.status ?? ''] ?? a.status}</td>
                  <td>{a.customer ?? '—'}</td>
                  <td>{a.effectiveFrom}</td>
                  <td>{a.effectiveTo ?? 'open-ended'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}

function LineageSection({ vendorId }: { vendorId: string }) {
  const lineage = useLineage(vendorId);
  return (
    <section aria-labelledby="lineage-heading">
      <h2 id="lineage-heading">Acquisition lineage</h2>
      <QueryState query={lineage} label="the acquisition lineage">
        {(l) => <LineageView lineage={l} />}
      </QueryState>
    </section>
  );
}

export function LineageView({ lineage }: { lineage: Lineage }) {
  const acquiredBy = lineage.acquiredBy ?? [];
  const acquired = lineage.acquired ?? [];
  if (acquiredBy.length === 0 && acquired.length === 0) {
    return <p className="empty">No acquisition: this vendor was not acquired and acquired no vendor.</p>;
  }
  return (
    <ul className="items">
      {acquiredBy.map((link) => (
        <li key={link.acquisitionId}>
          Acquired by <Link to={vendorPath(link.acquirerId!)}>{link.acquirerName ?? link.acquirerId}</Link> effective{' '}
          {link.effectiveDate}{link.reference ? ` (${link.reference})` : ''}{' '}
          (<Link to={`/acquisitions/${encodeURIComponent(link.vendorId!)}`}>renegotiations</Link>)
        </li>
      ))}
      {acquired.map((link) => (
        <li key={link.acquisitionId}>
          Acquired <Link to={vendorPath(link.vendorId!)}>{link.vendorName ?? link.vendorId}</Link> effective{' '}
          {link.effectiveDate}{link.reference ? ` (${link.reference})` : ''}
        </li>
      ))}
    </ul>
  );
}
