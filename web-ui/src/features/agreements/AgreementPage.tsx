import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { SelectField, TextField } from '../../components/FormField';
import { isNotFound, QueryState } from '../../components/QueryState';
import { hasRole, useAuth } from '../../lib/auth';
import { daysUntil, instantText, moneyText, monthText } from '../../lib/format';
import type { SignedInUser } from '../../lib/session';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import './agreements.css';
import { CREDIT_STATUS_WORDS } from '../periods/components/CreditLines';
import { useVendor } from '../vendors/api';
import {
  useAgreement, useAgreementAct, useCreditLedger, useDiff, usePeriods, useTerminationRights, useVersions,
  type Agreement, type AgreementAct, type Party,
} from './api';
import { ActForm } from './components/ActForm';
import { AsOfPicker, isPast, useAsOf } from '../../components/AsOfPicker';
import { DiffView } from './components/DiffView';
import { at } from './components/ErrorSummary';
import { TermsFields } from './components/TermsFields';
import { termsFormFrom, termsFrom, type TermsForm } from './components/termsForm';
import { TermsView } from './components/TermsView';
import {
  CAUSE_WORDS, PARTY_WORDS, REASON_WORDS, STATUS_WORDS, TERMINATION_WORDS, TYPE_WORDS, words,
} from './words';

const enc = encodeURIComponent;

/** The party a person acts for: a vendor user always for the vendor; the customer's people choose (default customer). */
function PartyField({ user, value, onChange, errors }:
  { user: SignedInUser | undefined; value: Party; onChange: (p: Party) => void; errors: Record<string, string> }) {
  if (hasRole(user, 'VENDOR')) {
    return <p className="meta">Acting for the vendor.</p>;
  }
  return (
    <SelectField label="Acting for" value={value} onChange={(e) => onChange(e.target.value as Party)} {...at(errors, 'party')}>
      <option value="CUSTOMER">Customer</option>
      <option value="VENDOR">Vendor (on its behalf)</option>
    </SelectField>
  );
}

function useParty(): [Party, (p: Party) => void] {
  const { session } = useAuth();
  const [party, setParty] = useState<Party>(hasRole(session?.user, 'VENDOR') ? 'VENDOR' : 'CUSTOMER');
  return [hasRole(session?.user, 'VENDOR') ? 'VENDOR' : party, setParty];
}

/** One agreement: status and parties, terms, versions and their diff, negotiation, revisions, rights, months, credits. */
export function AgreementPage() {
  const { agreementId = '' } = useParams();
  const asOf = useAsOf();
  const past = isPast(asOf);
  const agreement = useAgreement(agreementId, asOf);
  const location = useLocation();
  useDocumentTitle(agreement.data?.title ? `${agreement.data.title}${past ? ' (past view)' : ''}`
    : isNotFound(agreement.error) ? 'Agreement not found' : 'Agreement', 'Agreements');
  const drafted = (location.state as { drafted?: boolean } | null)?.drafted;
  return (
    <QueryState query={agreement} label="the agreement" notFound="Agreement">
      {(a) => (
        <>
          <p><Link to="/agreements">Agreements</Link></p>
          <h1>{a.title}</h1>
          {drafted && !past ? <p role="status" className="notice notice--success">Agreement drafted.</p> : null}
          <Facts agreement={a} />
          <TimelineLink agreementId={agreementId} />
          <AsOfPicker what="The agreement" />
          <section aria-labelledby="terms-heading">
            <h2 id="terms-heading">Terms{a.termsVersion ? ` (version ${a.termsVersion})` : ''}</h2>
            <TermsView terms={a.terms} provenance={a.termsProvenance} />
          </section>
          <Negotiation agreement={a} past={past} />
          <Revisions agreement={a} past={past} />
          {past ? null : <>
            <Versions agreementId={agreementId} />
            <TerminationRights agreement={a} />
            <Months agreementId={agreementId} />
            <Ledger agreementId={agreementId} />
          </>}
        </>
      )}
    </QueryState>
  );
}

function Facts({ agreement: a }: { agreement: Agreement }) {
  const vendor = useVendor(a.vendorId ?? '');
  return (
    <dl className="facts">
      <dt>Status</dt><dd className="status">{words(STATUS_WORDS, a.status)}</dd>
      <dt>Vendor</dt><dd><Link to={`/vendors/${enc(a.vendorId ?? '')}`}>{vendor.data?.name ?? a.vendorId}</Link></dd>
      <dt>Customer</dt><dd>{a.customer ?? '—'}</dd>
      <dt>Type</dt><dd>{words(TYPE_WORDS, a.type)}</dd>
      {a.parentAgreementId ? <><dt>Parent agreement</dt><dd><Link to={`/agreements/${enc(a.parentAgreementId)}`}>{a.parentAgreementId}</Link></dd></> : null}
      {a.underpinsAgreementId ? <><dt>Underpins</dt><dd><Link to={`/agreements/${enc(a.underpinsAgreementId)}`}>{a.underpinsAgreementId}</Link></dd></> : null}
      <dt>Effective</dt><dd>{a.effectiveFrom} to {a.effectiveTo ?? 'open-ended'}</dd>
      <dt>Version</dt><dd>{a.version}{a.termsInForceSince ? `; terms in force since ${a.termsInForceSince}` : ''}</dd>
      <dt>Signatures</dt>
      <dd>{a.signatures?.length ? a.signatures.map((s) => `${words(PARTY_WORDS, s.party)}: ${s.signatory ?? ''} (${instantText(s.signedAt)})`).join('; ') : 'none yet'}</dd>
      {a.termination ? <><dt>Termination</dt><dd>{words(TERMINATION_WORDS, a.termination.reason)}, effective {a.termination.effectiveDate}</dd></> : null}
      {a.renegotiation ? <><dt>Renegotiation</dt><dd>{a.renegotiation.status}, deadline {a.renegotiation.deadline}{a.renegotiation.outcome ? `, ${a.renegotiation.outcome}` : ''}</dd></> : null}
    </dl>
  );
}

/**
 * The agreement's other pages: its revisions (who proposed, who approved, why) and its timeline (history), which a
 * vendor's own user may not read (403, api.md, Auth).
 */
function TimelineLink({ agreementId }: { agreementId: string }) {
  const { session } = useAuth();
  return (
    <p>
      <Link to={`/agreements/${enc(agreementId)}/revisions`}>Revisions</Link>
      {hasRole(session?.user, 'VENDOR') ? null : <>{' · '}<Link to={`/agreements/${enc(agreementId)}/timeline`}>Timeline</Link></>}
    </p>
  );
}

/**
 * Actions per role (api.md, Auth): managers everything; legal revisions and terminations; a vendor's own user only
 * its side's acts (propose or counter-propose, sign, approve a revision): accepting, rejecting or withdrawing a
 * proposal and proposing, rejecting or withdrawing a revision answer it 403, so they are not offered.
 */
function useCan() {
  const { session } = useAuth();
  const user = session?.user;
  const vendorUser = hasRole(user, 'VENDOR');
  return {
    user,
    negotiate: hasRole(user, 'VENDOR_MANAGER', 'VENDOR'),
    decideProposal: hasRole(user, 'VENDOR_MANAGER'),
    revise: hasRole(user, 'VENDOR_MANAGER', 'LEGAL', 'VENDOR'),
    proposeRevision: hasRole(user, 'VENDOR_MANAGER', 'LEGAL') && !vendorUser,
    rejectRevision: hasRole(user, 'VENDOR_MANAGER', 'LEGAL') && !vendorUser,
    terminate: hasRole(user, 'VENDOR_MANAGER', 'LEGAL'),
    manage: hasRole(user, 'VENDOR_MANAGER'),
  };
}

function Negotiation({ agreement: a, past }: { agreement: Agreement; past: boolean }) {
  const can = useCan();
  const open = a.openProposal;
  if (a.status !== 'DRAFT' && a.status !== 'NEGOTIATION') {
    return null;
  }
  return (
    <section aria-labelledby="negotiation-heading">
      <h2 id="negotiation-heading">Negotiation</h2>
      {open ? (
        <div className="card card--terms">
          <p>Open proposal by the {words(PARTY_WORDS, open.party).toLowerCase()} ({instantText(open.proposedAt)}): {open.rationale ?? 'no rationale given'}</p>
          <TermsView terms={open.terms} caption="Proposed service levels" />
        </div>
      ) : <p className="empty">No open proposal.</p>}
      {past || !can.negotiate ? null : (
        <div className="acts">
          {open && can.decideProposal ? <>
            <Decision agreement={a} title="Accept the proposal" path={`/proposals/${enc(open.proposalId ?? '')}/acceptance`} label="Accept" />
            <Decision agreement={a} title="Reject the proposal" path={`/proposals/${enc(open.proposalId ?? '')}/rejection`} label="Reject" reason />
            <Decision agreement={a} title="Withdraw the proposal" path={`/proposals/${enc(open.proposalId ?? '')}/withdrawal`} label="Withdraw" reason />
          </> : null}
          <Propose agreement={a} counter={Boolean(open)} />
          <Sign agreement={a} />
        </div>
      )}
    </section>
  );
}

/** Accept / reject / withdraw a proposal, or approve / reject / withdraw a revision: `{party, reason?}`. */
function Decision({ agreement: a, title, path, label, reason: withReason = false }:
  { agreement: Agreement; title: string; path: string; label: string; reason?: boolean }) {
  const can = useCan();
  const [party, setParty] = useParty();
  const [reason, setReason] = useState('');
  return (
    <ActForm<AgreementAct> title={title} submitLabel={label} doneText={`${title}: done`}
      useAct={(done) => useAgreementAct(a.id ?? '', a.version, done)}
      input={() => ({ path, body: reason.trim() ? { party, reason: reason.trim() } : { party } })}>
      {(errors) => <>
        <PartyField user={can.user} value={party} onChange={setParty} errors={errors} />
        {withReason ? <TextField label="Reason (optional)" value={reason} onChange={(e) => setReason(e.target.value)} {...at(errors, 'reason')} /> : null}
      </>}
    </ActForm>
  );
}

function Propose({ agreement: a, counter }: { agreement: Agreement; counter: boolean }) {
  const can = useCan();
  const [party, setParty] = useParty();
  const [rationale, setRationale] = useState('');
  const [terms, setTerms] = useState<TermsForm>(() => termsFormFrom(a.openProposal?.terms ?? a.terms));
  const title = counter ? 'Counter-propose terms' : 'Propose terms';
  return (
    <details>
      <summary>{title}</summary>
      <ActForm<AgreementAct> title={title} submitLabel={counter ? 'Send counter-proposal' : 'Send proposal'} doneText="Proposal sent"
        useAct={(done) => useAgreementAct(a.id ?? '', a.version, done)}
        input={() => ({ path: '/proposals', body: { party, terms: termsFrom(terms), rationale: rationale.trim() || undefined } })}>
        {(errors) => <>
          <PartyField user={can.user} value={party} onChange={setParty} errors={errors} />
          <TextField label="Rationale" value={rationale} onChange={(e) => setRationale(e.target.value)} {...at(errors, 'rationale')} />
          <TermsFields value={terms} onChange={setTerms} errors={errors} />
        </>}
      </ActForm>
    </details>
  );
}

function Sign({ agreement: a }: { agreement: Agreement }) {
  const can = useCan();
  const [party, setParty] = useParty();
  const [signatory, setSignatory] = useState('');
  return (
    <ActForm<AgreementAct> title="Sign the agreed terms" submitLabel="Sign" doneText="Signed"
      useAct={(done) => useAgreementAct(a.id ?? '', a.version, done)}
      input={() => ({ path: '/signatures', body: { party, signatory: signatory.trim() || undefined } })}>
      {(errors) => <>
        <PartyField user={can.user} value={party} onChange={setParty} errors={errors} />
        <TextField label="Signatory" value={signatory} onChange={(e) => setSignatory(e.target.value)} hint="Who signs, such as Jane Doe, CIO" {...at(errors, 'signatory')} />
      </>}
    </ActForm>
  );
}

function Revisions({ agreement: a, past }: { agreement: Agreement; past: boolean }) {
  const can = useCan();
  const open = a.openRevision;
  if (a.status !== 'ACTIVE' && !open) {
    return null;
  }
  const base = open ? `/revisions/${open.revision}` : '';
  return (
    <section aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revision</h2>
      {open ? (
        <div className="card card--terms">
          <p>Revision {open.revision} proposed by the {words(PARTY_WORDS, open.proposedBy).toLowerCase()} ({words(REASON_WORDS, open.reason)}),
            effective {open.effectiveFrom}; approved by: {open.approvals?.length ? open.approvals.map((p) => words(PARTY_WORDS, p)).join(', ') : 'nobody yet'}.
            {open.rationale ? ` ${open.rationale}` : ''}</p>
          <TermsView terms={open.terms} caption="Revised service levels" />
        </div>
      ) : <p className="empty">No open revision.</p>}
      {past || !can.revise ? null : (
        <div className="acts">
          {open ? <>
            <Decision agreement={a} title="Approve the revision" path={`${base}/approvals`} label="Approve" />
            {can.rejectRevision ? <>
              <Decision agreement={a} title="Reject the revision" path={`${base}/rejection`} label="Reject" reason />
              <Decision agreement={a} title="Withdraw the revision" path={`${base}/withdrawal`} label="Withdraw" reason />
            </> : null}
          </> : a.status === 'ACTIVE' && can.proposeRevision ? <ProposeRevision agreement={a} /> : null}
          {a.status === 'ACTIVE' && can.manage ? <Renew agreement={a} /> : null}
          {a.status === 'ACTIVE' && can.terminate ? <Terminate agreement={a} /> : null}
        </div>
      )}
    </section>
  );
}

function ProposeRevision({ agreement: a }: { agreement: Agreement }) {
  const can = useCan();
  const [party, setParty] = useParty();
  const [reason, setReason] = useState('PERFORMANCE');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [rationale, setRationale] = useState('');
  const [terms, setTerms] = useState<TermsForm>(() => termsFormFrom(a.terms));
  return (
    <details>
      <summary>Propose a revision</summary>
      <ActForm<AgreementAct> title="Propose a revision" submitLabel="Propose revision" doneText="Revision proposed"
        useAct={(done) => useAgreementAct(a.id ?? '', a.version, done)}
        input={() => ({ path: '/revisions', body: { proposedBy: party, reason, effectiveFrom, rationale: rationale.trim() || undefined, terms: termsFrom(terms) } })}>
        {(errors) => <>
          <PartyField user={can.user} value={party} onChange={setParty} errors={{ party: errors.proposedBy }} />
          <SelectField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} {...at(errors, 'reason')}>
            {Object.entries(REASON_WORDS).map(([k, w]) => <option key={k} value={k}>{w}</option>)}
          </SelectField>
          <TextField label="Revision effective from" type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} {...at(errors, 'effectiveFrom')} />
          <TextField label="Rationale (optional)" value={rationale} onChange={(e) => setRationale(e.target.value)} {...at(errors, 'rationale')} />
          <TermsFields value={terms} onChange={setTerms} errors={errors} />
        </>}
      </ActForm>
    </details>
  );
}

function Renew({ agreement: a }: { agreement: Agreement }) {
  const [effectiveTo, setEffectiveTo] = useState('');
  return (
    <ActForm<AgreementAct> title="Renew" submitLabel="Renew" doneText="Renewed"
      useAct={(done) => useAgreementAct(a.id ?? '', a.version, done)}
      input={() => ({ path: '/renewal', body: { effectiveTo } })}>
      {(errors) => <TextField label="Renewed to" type="date" value={effectiveTo} onChange={(e) => setEffectiveTo(e.target.value)} {...at(errors, 'effectiveTo')} />}
    </ActForm>
  );
}

function Terminate({ agreement: a }: { agreement: Agreement }) {
  const rights = useTerminationRights(a.id ?? '');
  const open = (rights.data ?? []).filter((r) => r.status === 'OPEN');
  const [reason, setReason] = useState('CONVENIENCE');
  const [right, setRight] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  return (
    <ActForm<AgreementAct> title="Terminate" submitLabel="Terminate agreement" doneText="Terminated"
      useAct={(done) => useAgreementAct(a.id ?? '', a.version, done)}
      input={() => ({ path: '/termination', body: { reason, effectiveDate, terminationRightId: reason === 'FOR_CAUSE' ? right || undefined : undefined } })}>
      {(errors) => <>
        <SelectField label="Termination reason" value={reason} onChange={(e) => setReason(e.target.value)} {...at(errors, 'reason')}>
          {Object.entries(TERMINATION_WORDS).map(([k, w]) => <option key={k} value={k}>{w}</option>)}
        </SelectField>
        {reason === 'FOR_CAUSE' ? (
          <SelectField label="Termination right exercised" value={right} onChange={(e) => setRight(e.target.value)} {...at(errors, 'terminationRightId')}>
            <option value="">Choose an open right…</option>
            {open.map((r) => <option key={r.id} value={r.id}>{r.serviceLevelId}: {words(CAUSE_WORDS, r.cause)}, exercise by {r.exerciseBy}</option>)}
          </SelectField>
        ) : null}
        <TextField label="Termination effective" type="date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} {...at(errors, 'effectiveDate')} />
      </>}
    </ActForm>
  );
}

function Versions({ agreementId }: { agreementId: string }) {
  const versions = useVersions(agreementId);
  const list = versions.data ?? [];
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const a = from ?? list[0]?.termsVersion;
  const b = to ?? list[list.length - 1]?.termsVersion;
  const diff = useDiff(agreementId, a, b);
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <QueryState query={versions} label="the versions">
        {(vs) => vs.length === 0 ? <p className="empty">No version yet: the terms get version 1 when both parties have signed.</p> : <>
          <table>
            <caption>Versions of the terms</caption>
            <thead><tr><th scope="col">Version</th><th scope="col">Effective from</th><th scope="col">From</th><th scope="col">Agreed</th></tr></thead>
            <tbody>
              {vs.map((v) => (
                <tr key={v.termsVersion}>
                  <td>{v.termsVersion}</td><td>{v.effectiveFrom}</td>
                  <td>{v.revision ? `revision ${v.revision} (${words(REASON_WORDS, v.reason)})` : 'signature'}</td>
                  <td>{instantText(v.agreedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {vs.length > 1 ? <>
            <div className="toolbar">
              <SelectField label="Compare version" value={String(a)} onChange={(e) => setFrom(Number(e.target.value))}>
                {vs.map((v) => <option key={v.termsVersion} value={v.termsVersion}>{v.termsVersion}</option>)}
              </SelectField>
              <SelectField label="with version" value={String(b)} onChange={(e) => setTo(Number(e.target.value))}>
                {vs.map((v) => <option key={v.termsVersion} value={v.termsVersion}>{v.termsVersion}</option>)}
              </SelectField>
            </div>
            {a === b ? <p className="empty">Choose two different versions to compare.</p>
              : <QueryState query={diff} label="the differences">{(changes) => <DiffView changes={changes} from={a!} to={b!} />}</QueryState>}
          </> : null}
        </>}
      </QueryState>
    </section>
  );
}

function TerminationRights({ agreement: a }: { agreement: Agreement }) {
  const rights = useTerminationRights(a.id ?? '');
  return (
    <section aria-labelledby="rights-heading" id="termination-rights">
      <h2 id="rights-heading">Termination rights</h2>
      <QueryState query={rights} label="the termination rights">
        {(list) => list.length === 0 ? <p className="empty">No termination right has arisen.</p> : (
          <table>
            <caption>Termination rights</caption>
            <thead><tr><th scope="col">Service level</th><th scope="col">Cause</th><th scope="col">Months</th><th scope="col">Granted</th>
              <th scope="col">Exercise by</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {list.map((r) => {
                const left = r.exerciseBy ? daysUntil(r.exerciseBy) : undefined;
                return (
                  <tr key={r.id}>
                    <td>{r.serviceLevelId}</td><td>{words(CAUSE_WORDS, r.cause)}</td><td>{(r.periods ?? []).join(', ')}</td>
                    <td>{r.grantedOn}</td>
                    <td>{r.exerciseBy}{r.status === 'OPEN' && left !== undefined ? ` (${left >= 0 ? `${left} day${left === 1 ? '' : 's'} left` : 'passed'})` : ''}</td>
                    <td>{r.status === 'OPEN' ? 'Open' : r.status === 'EXERCISED' ? 'Exercised' : 'Lapsed'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}

function Months({ agreementId }: { agreementId: string }) {
  const periods = usePeriods(agreementId);
  const navigate = useNavigate();
  const [month, setMonth] = useState('');
  return (
    <section aria-labelledby="months-heading">
      <h2 id="months-heading">Months</h2>
      <QueryState query={periods} label="the months">
        {(list) => list.length === 0 ? <p className="empty">Nothing recorded for any month yet.</p> : (
          <table>
            <caption>Months recorded</caption>
            <thead><tr><th scope="col">Month</th><th scope="col">Status</th><th scope="col">Breached</th><th scope="col" className="number">Credits</th>
              <th scope="col" className="number">Net</th></tr></thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.period}>
                  <td><Link to={`/agreements/${enc(agreementId)}/periods/${p.period}`}>{monthText(p.period)}</Link></td>
                  <td>{p.status === 'CLOSED' ? 'Closed' : 'Open'}</td>
                  <td>{p.breached?.length ? p.breached.join(', ') : 'none'}</td>
                  <td className="number">{moneyText(p.creditTotal, p.currency)}</td>
                  <td className="number">{moneyText(p.creditNet, p.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <form className="toolbar" aria-label="Open a month" onSubmit={(e) => { e.preventDefault(); if (/^\d{4}-\d{2}$/.test(month)) navigate(`/agreements/${enc(agreementId)}/periods/${month}`); }}>
        <TextField label="Month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} hint="Such as 2026-02" />
        <button type="submit" className="button--quiet">Open month</button>
      </form>
    </section>
  );
}

function Ledger({ agreementId }: { agreementId: string }) {
  const ledger = useCreditLedger(agreementId);
  return (
    <section aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">Credits ledger</h2>
      <QueryState query={ledger} label="the credits ledger">
        {(l) => <>
          <dl className="facts">
            <dt>Assessed</dt><dd>{moneyText(l.assessed, l.currency)}</dd>
            <dt>Clawed back</dt><dd>{moneyText(l.clawedBack, l.currency)}</dd>
            <dt>Adjustments</dt><dd>{moneyText(l.adjustments, l.currency)}</dd>
            <dt>Dispute resolutions</dt><dd>{moneyText(l.disputeResolutions, l.currency)}</dd>
            <dt>Net</dt><dd><strong>{moneyText(l.net, l.currency)}</strong></dd>
          </dl>
          {(l.lines ?? []).length === 0 ? <p className="empty">No credit yet.</p> : (
            <table>
              <caption>Credit lines</caption>
              <thead><tr><th scope="col">Month</th><th scope="col">Service level</th><th scope="col">Line</th><th scope="col" className="number">Amount</th>
                <th scope="col">Status</th><th scope="col">How</th></tr></thead>
              <tbody>
                {(l.lines ?? []).map((line) => (
                  <tr key={`${line.id}-${line.line}`}>
                    <td><Link to={`/agreements/${enc(agreementId)}/periods/${line.period}`}>{monthText(line.period)}</Link></td>
                    <td>{line.serviceLevelId}</td>
                    <td>{line.type === 'ASSESSED' ? 'Assessed' : line.type === 'CLAWED_BACK' ? 'Clawed back' : line.type === 'ADJUSTMENT' ? 'Adjustment' : 'Dispute resolution'}</td>
                    <td className="number">{moneyText(line.amount, line.currency ?? l.currency)}</td>
                    <td>{words(CREDIT_STATUS_WORDS, line.status)}</td>
                    <td>{line.formula}{line.termsVersion ? ` (terms version ${line.termsVersion})` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>}
      </QueryState>
    </section>
  );
}
