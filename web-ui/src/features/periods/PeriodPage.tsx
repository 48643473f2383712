import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { SelectField, TextField } from '../../components/FormField';
import { isNotFound, QueryState } from '../../components/QueryState';
import { hasRole, useAuth } from '../../lib/auth';
import { decimalText, instantText, moneyText, monthText, percentText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAgreement, type ServiceLevel } from '../agreements/api';
import { ActForm } from '../agreements/components/ActForm';
import { AsOfPicker, isPast, useAsOf } from '../../components/AsOfPicker';
import { at } from '../agreements/components/ErrorSummary';
import { CAUSE_WORDS, SEVERITIES, words } from '../agreements/words';
import { usePeriod, usePeriodAct, type Credit, type Downtime, type Period, type PeriodAct } from './api';
import { CreditLines } from './components/CreditLines';
import '../agreements/agreements.css';
import { instantToZoned, zonedToInstant } from './time';

const enc = encodeURIComponent;

/** The month's aggregate id as the platform names it (`prd-<agreement>-<month>`), for reads after a first write. */
export const periodIdOf = (agreementId: string, period: string) => `${agreementId.replace(/^agr-/, 'prd-')}-${period}`;

interface Ctx {
  agreementId: string;
  period: string;
  view: Period;
  zone: string;
  levels: ServiceLevel[];
}

const act = (c: Ctx) => (done: Parameters<typeof usePeriodAct>[3]) => usePeriodAct(c.agreementId, c.period, c.view.version ?? undefined, done);

/** One month of one agreement: what was recorded, forms to record more, close; then results, credits and disputes. */
export function PeriodPage() {
  const { agreementId = '', period = '' } = useParams();
  const asOf = useAsOf();
  const past = isPast(asOf);
  const agreement = useAgreement(agreementId);
  const view = usePeriod(agreementId, period, asOf, periodIdOf(agreementId, period));
  const title = agreement.data?.title;
  useDocumentTitle(isNotFound(agreement.error) ? 'Agreement not found'
    : `${monthText(period)}${title ? ` · ${title}` : ''}${past ? ' (past view)' : ''}`, 'Agreements');
  const { session } = useAuth();
  const manager = hasRole(session?.user, 'VENDOR_MANAGER');
  const vendor = hasRole(session?.user, 'VENDOR');
  if (isNotFound(agreement.error)) {
    // another vendor's agreement (for a vendor's own user) or an id never used: the API answers 404 for both
    return <QueryState query={agreement} label="the agreement" notFound="Agreement">{() => null}</QueryState>;
  }
  return (
    <>
      <p><Link to="/agreements">Agreements</Link> › <Link to={`/agreements/${enc(agreementId)}`}>{title ?? 'Agreement'}</Link></p>
      <h1>{monthText(period)}{title ? `: ${title}` : ''}</h1>
      <QueryState query={view} label="the month">
        {(p) => {
          const a = agreement.data;
          const c: Ctx = {
            agreementId, period, view: p, zone: a?.terms?.coverage?.timeZone ?? 'UTC', levels: a?.terms?.serviceLevels ?? [],
          };
          const open = p.status !== 'CLOSED';
          return (
            <>
              <Facts c={c} />
              <AsOfPicker what="The month" />
              {p.status === 'CLOSED' ? <Results c={c} /> : null}
              <section aria-labelledby="credits-heading">
                <h2 id="credits-heading">Credits</h2>
                {p.status === 'CLOSED' ? (
                  <CreditLines period={p} actions={past ? undefined : (credit) => <CreditActs c={c} credit={credit} manager={manager} vendor={vendor} />} />
                ) : <p className="empty">Credits are assessed when the month is closed.</p>}
              </section>
              <Records c={c} past={past} manager={manager} vendor={vendor} />
              {!past && manager ? (
                <section aria-labelledby="record-heading">
                  <h2 id="record-heading">{open ? 'Record' : 'Correct'}</h2>
                  <div className="acts">
                    {open ? <>
                      <RecordDowntime c={c} />
                      <RecordIncident c={c} />
                      <RecordKpi c={c} />
                    </> : null}
                    <Correct c={c} />
                    {open ? <Close c={c} /> : null}
                  </div>
                </section>
              ) : null}
              {!a && agreement.isError ? <p className="empty">The agreement's terms could not be read; times are shown in UTC.</p> : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function Facts({ c }: { c: Ctx }) {
  const p = c.view;
  return (
    <dl className="facts">
      <dt>Status</dt><dd className="status">{p.status === 'CLOSED' ? 'Closed' : p.id ? 'Open' : 'Open, nothing recorded yet'}</dd>
      <dt>Month</dt><dd>{instantText(p.periodStart, c.zone)} to {instantText(p.periodEnd, c.zone)} (coverage time zone {c.zone})</dd>
      {p.termsVersion ? <><dt>Terms version</dt><dd>{p.termsVersion}</dd></> : null}
      {p.monthlyCharge !== undefined ? <><dt>Monthly charge</dt><dd>{moneyText(p.monthlyCharge, p.currency)}</dd></> : null}
      {p.atRiskAmount !== undefined ? <><dt>At risk</dt><dd>{moneyText(p.atRiskAmount, p.currency)} ({percentText(p.atRiskPercent)})</dd></> : null}
      {p.closedAt ? <><dt>Closed</dt><dd>{instantText(p.closedAt, c.zone)}</dd></> : null}
      {p.waiverReason ? <><dt>Waiver</dt><dd>{p.waiverReason}</dd></> : null}
      {p.version !== undefined ? <><dt>Version</dt><dd>{p.version}</dd></> : null}
      {p.explanation ? <><dt>In short</dt><dd>{p.explanation}</dd></> : null}
    </dl>
  );
}

function Results({ c }: { c: Ctx }) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <table>
        <caption>Each service level against its target</caption>
        <thead><tr><th scope="col">Service level</th><th scope="col" className="number">Measured</th><th scope="col" className="number">Target</th>
          <th scope="col" className="number">Minimum</th><th scope="col">Outcome</th><th scope="col">Why</th></tr></thead>
        <tbody>
          {(c.view.results ?? []).map((r) => (
            <tr key={r.serviceLevelId}>
              <th scope="row">{r.name ?? r.serviceLevelId}</th>
              <td className="number">{decimalText(r.reported ?? r.measured)}</td>
              <td className="number">{decimalText(r.target)}</td>
              <td className="number">{decimalText(r.minimum)}</td>
              <td>{r.met ? 'Met' : 'Breached'}{r.criticalFailure ? ', critical failure' : ''}{r.classification === 'KEY' ? ' (key, no credit)' : ''}</td>
              <td>{r.explanation}{r.formula ? <><br /><code className="meta">{r.formula}</code></> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Records({ c, past, manager, vendor }: { c: Ctx; past: boolean; manager: boolean; vendor: boolean }) {
  const r = c.view.records;
  const t = (instant: string | undefined) => instantText(instant, c.zone);
  return (
    <section aria-labelledby="recorded-heading">
      <h2 id="recorded-heading">Recorded</h2>
      {(r?.downtimes ?? []).length === 0 ? <p className="empty">No downtime recorded.</p> : (
        <table>
          <caption>Downtime</caption>
          <thead><tr><th scope="col">Service level</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Cause</th>
            <th scope="col" className="number">Minutes</th><th scope="col">Counts</th><th scope="col">Exclusion claims</th></tr></thead>
          <tbody>
            {(r?.downtimes ?? []).map((d) => (
              <tr key={d.id}>
                <td>{d.serviceLevelId}{d.reference ? <span className="meta"> ({d.reference})</span> : null}</td>
                <td>{t(d.start)}</td><td>{t(d.end)}</td><td>{words(CAUSE_WORDS, d.cause)}</td>
                <td className="number">{decimalText(d.minutes)}</td><td>{d.counts ? 'Yes' : 'No'}</td>
                <td><Claims c={c} downtime={d} past={past} manager={manager} vendor={vendor} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(r?.incidents ?? []).length === 0 ? <p className="empty">No incident recorded.</p> : (
        <table>
          <caption>Incidents</caption>
          <thead><tr><th scope="col">Ticket</th><th scope="col">Severity</th><th scope="col">Opened</th><th scope="col">Responded</th>
            <th scope="col">Resolved</th><th scope="col">Waiting on the customer</th></tr></thead>
          <tbody>
            {(r?.incidents ?? []).map((i) => (
              <tr key={i.id}>
                <td>{i.ticket}</td><td>{i.severity}</td><td>{t(i.openedAt)}</td><td>{t(i.respondedAt)}</td><td>{t(i.resolvedAt)}</td>
                <td>{(i.customerWaits ?? []).map((w) => `${t(w.from)} to ${t(w.to)}`).join('; ') || 'none'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(r?.kpiValues ?? []).length === 0 ? <p className="empty">No KPI value recorded.</p> : (
        <table>
          <caption>KPI values</caption>
          <thead><tr><th scope="col">Service level</th><th scope="col" className="number">Value</th><th scope="col">Recorded</th></tr></thead>
          <tbody>
            {(r?.kpiValues ?? []).map((k) => (
              <tr key={k.id}><td>{k.serviceLevelId}</td><td className="number">{decimalText(k.value)}</td><td>{t(k.recordedAt)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {(r?.corrections ?? []).length ? (
        <table>
          <caption>Corrections</caption>
          <thead><tr><th scope="col">Corrected</th><th scope="col">Reason</th><th scope="col">When</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
          <tbody>
            {(r?.corrections ?? []).map((k) => (
              <tr key={k.id}><td>{k.target} {k.targetId}</td><td>{k.reason}</td><td>{t(k.occurredAt)}</td>
                <td><code>{JSON.stringify(k.before)}</code></td><td><code>{JSON.stringify(k.after)}</code></td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** A claim's decision (`PENDING` until the customer decides). */
const decided = (claim: { decision?: string }) => Boolean(claim.decision) && claim.decision !== 'PENDING';
const DECISION_WORDS: Record<string, string> = { APPROVED: 'approved', REJECTED: 'rejected' };

/** A downtime's exclusion claims with their decisions; the vendor claims, the customer decides. */
function Claims({ c, downtime, past, manager, vendor }: { c: Ctx; downtime: Downtime; past: boolean; manager: boolean; vendor: boolean }) {
  const claims = downtime.exclusionClaims ?? [];
  return (
    <>
      {claims.length === 0 ? 'none' : (
        <ul className="items">
          {claims.map((claim) => (
            <li key={claim.id}>“{claim.reason}”: {decided(claim) ? `${DECISION_WORDS[claim.decision ?? ''] ?? claim.decision?.toLowerCase()}${claim.note ? ` (${claim.note})` : ''}` : 'awaiting decision'}
              {!past && manager && !decided(claim) ? <DecideClaim c={c} claimId={claim.id ?? ''} /> : null}
            </li>
          ))}
        </ul>
      )}
      {!past && vendor && downtime.cause === 'VENDOR' && downtime.counts !== false && !claims.some((x) => !decided(x))
        ? <ClaimExclusion c={c} downtime={downtime} /> : null}
    </>
  );
}

function ClaimExclusion({ c, downtime }: { c: Ctx; downtime: Downtime }) {
  const [reason, setReason] = useState('');
  return (
    <details>
      <summary>Claim an exclusion</summary>
      <ActForm<PeriodAct> title={`Claim an exclusion for the downtime from ${instantText(downtime.start, c.zone)}`} submitLabel="Claim exclusion" doneText="Exclusion claimed"
        useAct={act(c)} input={() => ({ path: '/exclusion-claims', body: { downtimeId: downtime.id, reason: reason.trim() } })}>
        {(errors) => <TextField label="Why the customer caused it" value={reason} onChange={(e) => setReason(e.target.value)} {...at(errors, 'reason')} />}
      </ActForm>
    </details>
  );
}

function DecideClaim({ c, claimId }: { c: Ctx; claimId: string }) {
  const [approved, setApproved] = useState('true');
  const [note, setNote] = useState('');
  return (
    <ActForm<PeriodAct> title="Decide the claim" submitLabel="Decide" doneText="Claim decided" useAct={act(c)}
      input={() => ({ path: `/exclusion-claims/${enc(claimId)}/decision`, body: { approved: approved === 'true', note: note.trim() || undefined } })}>
      {(errors) => <>
        <SelectField label="Decision" value={approved} onChange={(e) => setApproved(e.target.value)} {...at(errors, 'approved')}>
          <option value="true">Approve: the downtime does not count</option>
          <option value="false">Reject: the downtime counts</option>
        </SelectField>
        <TextField label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} {...at(errors, 'note')} />
      </>}
    </ActForm>
  );
}

function DateTimeField({ label, value, onChange, zone, error }: { label: string; value: string; onChange: (v: string) => void; zone: string; error?: { id?: string; error?: string } }) {
  return <TextField label={`${label} (${zone})`} type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} {...error} />;
}

const instant = (c: Ctx, local: string) => (local ? zonedToInstant(local, c.zone) ?? local : undefined);

function RecordDowntime({ c }: { c: Ctx }) {
  const levels = c.levels.filter((l) => l.kind === 'AVAILABILITY');
  const [form, setForm] = useState({ serviceLevelId: levels[0]?.id ?? '', start: '', end: '', cause: 'VENDOR', reference: '' });
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  return (
    <ActForm<PeriodAct> title="Record a downtime" submitLabel="Record downtime" doneText="Downtime recorded" useAct={act(c)}
      input={() => ({ path: '/downtime', body: { serviceLevelId: form.serviceLevelId || levels[0]?.id, start: instant(c, form.start), end: instant(c, form.end), cause: form.cause, reference: form.reference.trim() || undefined } })}>
      {(errors) => <>
        <SelectField label="Service level" value={form.serviceLevelId || levels[0]?.id || ''} onChange={(e) => set('serviceLevelId')(e.target.value)} {...at(errors, 'serviceLevelId')}>
          {levels.map((l) => <option key={l.id} value={l.id}>{l.name ?? l.id}</option>)}
        </SelectField>
        <DateTimeField label="Down from" value={form.start} onChange={set('start')} zone={c.zone} error={at(errors, 'start')} />
        <DateTimeField label="Up again at" value={form.end} onChange={set('end')} zone={c.zone} error={at(errors, 'end')} />
        <SelectField label="Cause" value={form.cause} onChange={(e) => set('cause')(e.target.value)} {...at(errors, 'cause')}>
          {['VENDOR', 'CUSTOMER', 'PLANNED_MAINTENANCE', 'FORCE_MAJEURE'].map((k) => <option key={k} value={k}>{CAUSE_WORDS[k]}</option>)}
        </SelectField>
        <TextField label="Reference (optional)" value={form.reference} onChange={(e) => set('reference')(e.target.value)} {...at(errors, 'reference')} />
      </>}
    </ActForm>
  );
}

function RecordIncident({ c }: { c: Ctx }) {
  const [form, setForm] = useState({ ticket: '', severity: 'URGENT', openedAt: '', respondedAt: '', resolvedAt: '' });
  const [waits, setWaits] = useState<{ from: string; to: string }[]>([]);
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  return (
    <ActForm<PeriodAct> title="Record an incident" submitLabel="Record incident" doneText="Incident recorded" useAct={act(c)}
      input={() => ({
        path: '/incidents', body: {
          ticket: form.ticket.trim(), severity: form.severity, openedAt: instant(c, form.openedAt),
          respondedAt: instant(c, form.respondedAt), resolvedAt: instant(c, form.resolvedAt),
          customerWaits: waits.map((w) => ({ from: instant(c, w.from), to: instant(c, w.to) })),
        },
      })}>
      {(errors) => <>
        <TextField label="Ticket" value={form.ticket} onChange={(e) => set('ticket')(e.target.value)} {...at(errors, 'ticket')} />
        <SelectField label="Severity" value={form.severity} onChange={(e) => set('severity')(e.target.value)} {...at(errors, 'severity')}>
          {SEVERITIES.map((s) => <option key={s} value={s}>{s.charAt(0) + s.slice(1).toLowerCase()}</option>)}
        </SelectField>
        <DateTimeField label="Opened" value={form.openedAt} onChange={set('openedAt')} zone={c.zone} error={at(errors, 'openedAt')} />
        <DateTimeField label="Responded (optional)" value={form.respondedAt} onChange={set('respondedAt')} zone={c.zone} error={at(errors, 'respondedAt')} />
        <DateTimeField label="Resolved (optional)" value={form.resolvedAt} onChange={set('resolvedAt')} zone={c.zone} error={at(errors, 'resolvedAt')} />
        {waits.map((w, i) => (
          <fieldset key={i} className="nested">
            <legend>Waiting on the customer {i + 1}</legend>
            <DateTimeField label="Waiting from" value={w.from} zone={c.zone} error={at(errors, `customerWaits[${i}].from`)}
              onChange={(v) => setWaits(waits.map((x, j) => (i === j ? { ...x, from: v } : x)))} />
            <DateTimeField label="Waiting until" value={w.to} zone={c.zone} error={at(errors, `customerWaits[${i}].to`)}
              onChange={(v) => setWaits(waits.map((x, j) => (i === j ? { ...x, to: v } : x)))} />
            <button type="button" className="button--quiet" onClick={() => setWaits(waits.filter((_, j) => j !== i))}>Remove wait {i + 1}</button>
          </fieldset>
        ))}
        <p><button type="button" className="button--quiet" onClick={() => setWaits([...waits, { from: '', to: '' }])}>Add a wait on the customer</button></p>
      </>}
    </ActForm>
  );
}

function RecordKpi({ c }: { c: Ctx }) {
  const kpis = c.levels.filter((l) => l.kind === 'KPI');
  const [serviceLevelId, setLevel] = useState(kpis[0]?.id ?? '');
  const [value, setValue] = useState('');
  if (kpis.length === 0) {
    return null;
  }
  return (
    <ActForm<PeriodAct> title="Record a KPI value" submitLabel="Record KPI value" doneText="KPI value recorded" useAct={act(c)}
      input={() => ({ path: '/kpis', body: { serviceLevelId: serviceLevelId || kpis[0]?.id, value: value.trim() } })}>
      {(errors) => <>
        <SelectField label="KPI" value={serviceLevelId || kpis[0]?.id || ''} onChange={(e) => setLevel(e.target.value)} {...at(errors, 'serviceLevelId')}>
          {kpis.map((l) => <option key={l.id} value={l.id}>{l.name ?? l.id}</option>)}
        </SelectField>
        <TextField label="Value" value={value} inputMode="decimal" onChange={(e) => setValue(e.target.value)} {...at(errors, 'value')} />
      </>}
    </ActForm>
  );
}

/** A correction replaces one record (its earlier value stays in history) and needs a reason. */
function Correct({ c }: { c: Ctx }) {
  const r = c.view.records;
  const targets = [
    ...(r?.downtimes ?? []).map((d) => ({ id: d.id ?? '', label: `Downtime of ${d.serviceLevelId} from ${instantText(d.start, c.zone)}` })),
    ...(r?.incidents ?? []).map((i) => ({ id: i.id ?? '', label: `Incident ${i.ticket}` })),
    ...(r?.kpiValues ?? []).map((k) => ({ id: k.id ?? '', label: `KPI ${k.serviceLevelId}: ${decimalText(k.value)}` })),
  ];
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  if (targets.length === 0) {
    return null;
  }
  const choose = (id: string) => {
    setTarget(id);
    const d = r?.downtimes?.find((x) => x.id === id);
    const i = r?.incidents?.find((x) => x.id === id);
    const k = r?.kpiValues?.find((x) => x.id === id);
    setFields(d ? { serviceLevelId: d.serviceLevelId ?? '', start: instantToZoned(d.start, c.zone), end: instantToZoned(d.end, c.zone), cause: d.cause ?? 'VENDOR', reference: d.reference ?? '' }
      : i ? { ticket: i.ticket ?? '', severity: i.severity ?? 'NORMAL', openedAt: instantToZoned(i.openedAt, c.zone), respondedAt: instantToZoned(i.respondedAt, c.zone), resolvedAt: instantToZoned(i.resolvedAt, c.zone) }
        : k ? { value: String(k.value ?? '') } : {});
  };
  const f = (name: string) => fields[name] ?? '';
  const setF = (name: string) => (v: string) => setFields({ ...fields, [name]: v });
  const incident = r?.incidents?.find((x) => x.id === target);
  const replacement = () => (target.startsWith('dt-')
    ? { serviceLevelId: f('serviceLevelId'), start: instant(c, f('start')), end: instant(c, f('end')), cause: f('cause'), reference: f('reference') || undefined }
    : target.startsWith('inc-')
      ? { ticket: f('ticket'), severity: f('severity'), openedAt: instant(c, f('openedAt')), respondedAt: instant(c, f('respondedAt')), resolvedAt: instant(c, f('resolvedAt')), customerWaits: incident?.customerWaits ?? [] }
      : { value: f('value') });
  return (
    <ActForm<PeriodAct> title="Correct a record" submitLabel="Correct" doneText="Correction recorded" useAct={act(c)}
      input={() => ({ path: '/corrections', body: { target, reason: reason.trim(), replacement: replacement() } })}>
      {(errors) => <>
        <SelectField label="Record to correct" value={target} onChange={(e) => choose(e.target.value)} {...at(errors, 'target')}>
          <option value="">Choose a record…</option>
          {targets.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
        </SelectField>
        {target.startsWith('dt-') ? <>
          <DateTimeField label="Down from" value={f('start')} onChange={setF('start')} zone={c.zone} error={at(errors, 'replacement.start')} />
          <DateTimeField label="Up again at" value={f('end')} onChange={setF('end')} zone={c.zone} error={at(errors, 'replacement.end')} />
          <SelectField label="Cause" value={f('cause')} onChange={(e) => setF('cause')(e.target.value)}>
            {['VENDOR', 'CUSTOMER', 'PLANNED_MAINTENANCE', 'FORCE_MAJEURE'].map((k) => <option key={k} value={k}>{CAUSE_WORDS[k]}</option>)}
          </SelectField>
        </> : null}
        {target.startsWith('inc-') ? <>
          <SelectField label="Severity" value={f('severity')} onChange={(e) => setF('severity')(e.target.value)}>
            {SEVERITIES.map((s) => <option key={s} value={s}>{s.charAt(0) + s.slice(1).toLowerCase()}</option>)}
          </SelectField>
          <DateTimeField label="Opened" value={f('openedAt')} onChange={setF('openedAt')} zone={c.zone} error={at(errors, 'replacement.openedAt')} />
          <DateTimeField label="Responded (optional)" value={f('respondedAt')} onChange={setF('respondedAt')} zone={c.zone} error={at(errors, 'replacement.respondedAt')} />
          <DateTimeField label="Resolved (optional)" value={f('resolvedAt')} onChange={setF('resolvedAt')} zone={c.zone} error={at(errors, 'replacement.resolvedAt')} />
        </> : null}
        {target.startsWith('kpi-') ? <TextField label="Corrected value" value={f('value')} onChange={(e) => setF('value')(e.target.value)} {...at(errors, 'replacement.value')} /> : null}
        <TextField label="Reason for the correction" value={reason} onChange={(e) => setReason(e.target.value)} {...at(errors, 'reason')} />
      </>}
    </ActForm>
  );
}

function Close({ c }: { c: Ctx }) {
  const [waiverReason, setWaiver] = useState('');
  return (
    <ActForm<PeriodAct> title="Close the month" submitLabel="Close month" doneText="Month closed" useAct={act(c)}
      input={() => ({ path: '/close', body: waiverReason.trim() ? { waiverReason: waiverReason.trim() } : {} })}>
      {(errors) => <TextField label="Waiver reason (optional)" value={waiverReason} onChange={(e) => setWaiver(e.target.value)}
        hint="Needed only to waive a KPI without a value (otherwise: no report, no relief)" {...at(errors, 'waiverReason')} />}
    </ActForm>
  );
}

/** The vendor disputes an assessed credit; the customer resolves a disputed one (upheld, reduced to an amount, withdrawn). */
function CreditActs({ c, credit, manager, vendor }: { c: Ctx; credit: Credit; manager: boolean; vendor: boolean }) {
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('UPHELD');
  const [amount, setAmount] = useState('');
  if (credit.status === 'ASSESSED' && vendor) {
    return (
      <ActForm<PeriodAct> title={`Dispute the ${credit.serviceLevelId} credit`} submitLabel="Dispute credit" doneText="Credit disputed" useAct={act(c)}
        input={() => ({ path: `/api/credits/${enc(credit.id ?? '')}/dispute`, body: { reason: reason.trim() } })}>
        {(errors) => <TextField label="Reason for the dispute" value={reason} onChange={(e) => setReason(e.target.value)} {...at(errors, 'reason')} />}
      </ActForm>
    );
  }
  if (credit.status === 'DISPUTED' && manager) {
    return (
      <ActForm<PeriodAct> title={`Resolve the dispute of the ${credit.serviceLevelId} credit`} submitLabel="Resolve dispute" doneText="Dispute resolved" useAct={act(c)}
        input={() => ({ path: `/api/credits/${enc(credit.id ?? '')}/resolution`, body: { outcome, amount: outcome === 'REDUCED' ? amount.trim() : undefined } })}>
        {(errors) => <>
          <SelectField label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)} {...at(errors, 'outcome')}>
            <option value="UPHELD">Upheld: the credit stands</option>
            <option value="REDUCED">Reduced to an amount</option>
            <option value="WITHDRAWN">Withdrawn: the credit is dropped</option>
          </SelectField>
          {outcome === 'REDUCED' ? <TextField label={`Reduced amount (${c.view.currency ?? ''})`} value={amount} inputMode="decimal" onChange={(e) => setAmount(e.target.value)} {...at(errors, 'amount')} /> : null}
        </>}
      </ActForm>
    );
  }
  return null;
}

