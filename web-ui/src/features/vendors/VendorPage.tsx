import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { AsOfPicker, asOfSearch, isPast, useAsOf, type AsOf } from '../../components/AsOfPicker';
import { isNotFound, QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/FormField';
import { hasRole, useAuth } from '../../lib/auth';
import { instantText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { agreementPath } from '../agreements/routes';
import { useLineage, useVendor, useVendorAgreements, type Lineage, type Vendor } from './api';
import { AcquisitionForm } from './AcquisitionForm';
import { ScorecardSection } from './ScorecardSection';
import { vendorPath } from './routes';

const STATUS_WORDS: Record<string, string> = {
  DRAFT: 'Draft', NEGOTIATION: 'In negotiation', ACTIVE: 'Active', TERMINATED: 'Terminated', EXPIRED: 'Expired',
};

/**
 * One vendor: facts, its agreements, acquisition lineage, and the scorecard of a year (in the address: ?year=); or,
 * with `?asOf=` (and `knownAt=`), the vendor as it stood then: its facts and the agreements it had, each opening as of
 * the same instant.
 */
export function VendorPage() {
  const { vendorId = '' } = useParams();
  const at = useAsOf();
  const past = isPast(at);
  const vendor = useVendor(vendorId, at);
  const location = useLocation();
  useDocumentTitle(vendor.data?.name ? `${vendor.data.name}${past ? ' (past view)' : ''}` : isNotFound(vendor.error) ? 'Vendor not found' : 'Vendor', 'Vendors');
  const registered = (location.state as { registered?: boolean } | null)?.registered;

  return (
    <QueryState query={vendor} label="the vendor" notFound="Vendor">
      {(v) => (
        <>
          <p><Link to="/vendors">Vendors</Link></p>
          <h1>{v.name}</h1>
          {registered && !past ? <p role="status" className="notice notice--success">Vendor registered.</p> : null}
          <VendorFacts vendor={v} at={at} />
          <AsOfPicker what="The vendor" />
          {past ? <PastAgreements vendor={v} at={at} /> : <PresentSections vendor={v} />}
        </>
      )}
    </QueryState>
  );
}

/** What the present view adds: today's agreements, the lineage, recording an acquisition, the scorecard of a year. */
function PresentSections({ vendor: v }: { vendor: Vendor }) {
  const vendorId = v.id ?? '';
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getUTCFullYear();
  const year = Number(params.get('year')) || thisYear;
  const { session } = useAuth();
  const [acquiring, setAcquiring] = useState(false);
  return (
    <>
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
  );
}

function VendorFacts({ vendor: v, at }: { vendor: Vendor; at: AsOf }) {
  return (
    <dl className="facts">
      <dt>Status</dt><dd className="status">{v.status === 'ACQUIRED' ? 'Acquired' : 'Active'}</dd>
      {v.acquiredBy ? <><dt>Acquired by</dt><dd><VendorLink vendorId={v.acquiredBy} at={at} /></dd></> : null}
      <dt>Country</dt><dd>{v.country ?? '—'}</dd>
      <dt>Reference</dt><dd>{v.reference ?? '—'}</dd>
      <dt>Registered</dt><dd>{instantText(v.registeredAt)}</dd>
      <dt>Version</dt><dd>{v.version}</dd>
    </dl>
  );
}

/** Another vendor by name, linked (a vendor's own user may not read it: then its id, unlinked). */
function VendorLink({ vendorId, at }: { vendorId: string; at: AsOf }) {
  const other = useVendor(vendorId);
  return other.data ? <Link to={`${vendorPath(vendorId)}${asOfSearch(at)}`}>{other.data.name}</Link> : <>{vendorId}</>;
}

/**
 * The agreements the vendor had at the instant shown (the past view's own list: an agreement assigned to an acquirer
 * later is still there), each a link to the agreement as of the same instant. Titles come from today's list where the
 * reader may still see the agreement.
 */
function PastAgreements({ vendor: v, at }: { vendor: Vendor; at: AsOf }) {
  const today = useVendorAgreements(v.id ?? '');
  const titles = new Map((today.data ?? []).map((a) => [a.id, a.title]));
  const ids = v.agreementIds ?? [];
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">Agreements then</h2>
      {ids.length === 0 ? <p className="empty">No agreement with this vendor at that time.</p> : (
        <ul className="items">
          {ids.map((id) => (
            <li key={id}><Link to={`${agreementPath(id)}${asOfSearch(at)}`}>{titles.get(id) ?? id}</Link> (as it stood then)</li>
          ))}
        </ul>
      )}
      <p className="meta">The acquisition lineage and the scorecard are shown for the present only.</p>
    </section>
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
