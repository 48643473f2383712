import { SelectField, TextField } from '../../../components/FormField';
import type { FieldErrors } from '../../../lib/problem';
import { DAYS, DIRECTION_WORDS, KIND_WORDS, SEVERITIES } from '../words';
import { at } from './ErrorSummary';
import { emptyLevel, type LevelForm, type TermsForm } from './termsForm';

/**
 * Every kind of term (domain.md): service levels of each kind, coverage, pool or tiered credits, earn-back,
 * termination, renegotiation window and charges. The platform's message for `terms.…` appears at its input.
 */
export function TermsFields({ value, onChange, errors, prefix = 'terms' }:
  { value: TermsForm; onChange: (next: TermsForm) => void; errors: FieldErrors; prefix?: string }) {
  const set = <K extends keyof TermsForm>(key: K, v: TermsForm[K]) => onChange({ ...value, [key]: v });
  const input = (key: keyof TermsForm) => (e: { target: { value: string } }) => set(key, e.target.value as never);
  const e = (path: string) => at(errors, `${prefix}.${path}`);
  const setLevel = (i: number, patch: Partial<LevelForm>) =>
    set('serviceLevels', value.serviceLevels.map((l, j) => (i === j ? { ...l, ...patch } : l)));

  return (
    <>
      <fieldset>
        <legend>Charges</legend>
        <div className="row">
          <TextField label="Currency" value={value.currency} onChange={input('currency')} hint="ISO 4217, such as EUR"
            {...e('currency')} autoComplete="off" />
          <TextField label="Monthly charge" value={value.monthlyCharge} onChange={input('monthlyCharge')} inputMode="decimal"
            hint="Such as 100000.00" {...e('monthlyCharge')} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Service levels</legend>
        {value.serviceLevels.map((level, i) => {
          const p = `serviceLevels[${i}]`;
          const timed = level.kind === 'RESPONSE_TIME' || level.kind === 'RESOLUTION_TIME';
          return (
            <fieldset key={i} className="nested">
              <legend>Service level {i + 1}</legend>
              <div className="row">
                <TextField label="Id" value={level.id} onChange={(ev) => setLevel(i, { id: ev.target.value })} {...e(`${p}.id`)} />
                <TextField label="Name" value={level.name} onChange={(ev) => setLevel(i, { name: ev.target.value })} {...e(`${p}.name`)} />
                <SelectField label="Kind" value={level.kind} onChange={(ev) => setLevel(i, { kind: ev.target.value })} {...e(`${p}.kind`)}>
                  {Object.entries(KIND_WORDS).map(([k, w]) => <option key={k} value={k}>{w}</option>)}
                </SelectField>
              </div>
              {timed ? (
                <div className="row">
                  <SelectField label="Severity" value={level.severity} onChange={(ev) => setLevel(i, { severity: ev.target.value })} {...e(`${p}.severity`)}>
                    {SEVERITIES.map((s) => <option key={s} value={s}>{s.charAt(0) + s.slice(1).toLowerCase()}</option>)}
                  </SelectField>
                  <TextField label="Threshold (minutes)" value={level.thresholdMinutes} inputMode="numeric"
                    onChange={(ev) => setLevel(i, { thresholdMinutes: ev.target.value })} {...e(`${p}.thresholdMinutes`)} />
                </div>
              ) : null}
              {level.kind === 'KPI' ? (
                <SelectField label="Direction" value={level.direction} onChange={(ev) => setLevel(i, { direction: ev.target.value })} {...e(`${p}.direction`)}>
                  {Object.entries(DIRECTION_WORDS).map(([k, w]) => <option key={k} value={k}>{w}</option>)}
                </SelectField>
              ) : null}
              <div className="row">
                <TextField label="Target" value={level.target} inputMode="decimal" hint={level.kind === 'KPI' ? 'The KPI value' : 'Percent, such as 99.9'}
                  onChange={(ev) => setLevel(i, { target: ev.target.value })} {...e(`${p}.target`)} />
                <TextField label="Minimum (optional)" value={level.minimum} inputMode="decimal" hint="Below it: a critical failure"
                  onChange={(ev) => setLevel(i, { minimum: ev.target.value })} {...e(`${p}.minimum`)} />
                <TextField label="Internal target (optional)" value={level.internalTarget} inputMode="decimal" hint="Early warning only, never a breach"
                  onChange={(ev) => setLevel(i, { internalTarget: ev.target.value })} {...e(`${p}.internalTarget`)} />
              </div>
              <div className="row">
                <SelectField label="Classification" value={level.classification} onChange={(ev) => setLevel(i, { classification: ev.target.value })} {...e(`${p}.classification`)}>
                  <option value="CRITICAL">Critical (bears credits)</option>
                  <option value="KEY">Key (reported, no credits)</option>
                </SelectField>
                {level.classification === 'CRITICAL' ? (
                  <TextField label="Allocation (percent of the at-risk amount)" value={level.allocationPercent} inputMode="decimal"
                    onChange={(ev) => setLevel(i, { allocationPercent: ev.target.value })} {...e(`${p}.allocationPercent`)} />
                ) : null}
              </div>
              {value.serviceLevels.length > 1 ? (
                <button type="button" className="button--quiet" onClick={() => set('serviceLevels', value.serviceLevels.filter((_, j) => j !== i))}>
                  Remove service level {i + 1}
                </button>
              ) : null}
            </fieldset>
          );
        })}
        <button type="button" className="button--quiet" onClick={() => set('serviceLevels', [...value.serviceLevels, emptyLevel(value.serviceLevels.length)])}>
          Add a service level
        </button>
      </fieldset>

      <fieldset>
        <legend>Coverage</legend>
        <div className="row">
          <SelectField label="Hours covered" value={value.coverageHours} onChange={input('coverageHours')} {...e('coverage.hours')}>
            <option value="24x7">24x7</option>
            <option value="BUSINESS_HOURS">Business hours</option>
          </SelectField>
          <TextField label="Time zone" value={value.timeZone} onChange={input('timeZone')} hint="Such as Europe/Berlin" {...e('coverage.timeZone')} />
        </div>
        {value.coverageHours === 'BUSINESS_HOURS' ? (
          <>
            <fieldset className="days" aria-describedby={errors[`${prefix}.coverage.days`] ? at(errors, `${prefix}.coverage.days`).id : undefined}>
              <legend>Days</legend>
              {DAYS.map((day) => (
                <label key={day} className="check">
                  <input type="checkbox" checked={value.days.includes(day)}
                    onChange={(ev) => set('days', ev.target.checked ? DAYS.filter((d) => d === day || value.days.includes(d)) : value.days.filter((d) => d !== day))} />
                  {day.charAt(0) + day.slice(1).toLowerCase()}
                </label>
              ))}
              {errors[`${prefix}.coverage.days`] ? <p className="field__error" id={at(errors, `${prefix}.coverage.days`).id}>{errors[`${prefix}.coverage.days`]}</p> : null}
            </fieldset>
            <div className="row">
              <TextField label="From" type="time" value={value.from} onChange={input('from')} {...e('coverage.from')} />
              <TextField label="To" type="time" value={value.to} onChange={input('to')} {...e('coverage.to')} />
              <TextField label="Holidays" value={value.holidays} onChange={input('holidays')} hint="Dates separated by commas, such as 2026-12-25, 2026-12-26" {...e('coverage.holidays')} />
            </div>
          </>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>Service credits</legend>
        <SelectField label="Credit method" value={value.creditMethod} onChange={input('creditMethod')} {...e('creditPolicy.method')}>
          <option value="POOL">Pool allocation</option>
          <option value="TIERED">Tiered</option>
        </SelectField>
        {value.creditMethod === 'POOL' ? (
          <div className="row">
            <TextField label="At risk (percent of the monthly charge)" value={value.atRiskPercent} inputMode="decimal" onChange={input('atRiskPercent')} {...e('creditPolicy.atRiskPercent')} />
            <TextField label="Pool (percent)" value={value.poolPercent} inputMode="decimal" hint="Allocations of critical service levels add up to at most this" onChange={input('poolPercent')} {...e('creditPolicy.poolPercent')} />
          </div>
        ) : (
          <>
            {value.tiers.map((tier, i) => (
              <div className="row" key={i}>
                <TextField label={`Tier ${i + 1}: below (percent)`} value={tier.below} inputMode="decimal"
                  onChange={(ev) => set('tiers', value.tiers.map((t, j) => (i === j ? { ...t, below: ev.target.value } : t)))} {...e(`creditPolicy.tiers[${i}].below`)} />
                <TextField label={`Tier ${i + 1}: credit (percent of the charge)`} value={tier.creditPercent} inputMode="decimal"
                  onChange={(ev) => set('tiers', value.tiers.map((t, j) => (i === j ? { ...t, creditPercent: ev.target.value } : t)))} {...e(`creditPolicy.tiers[${i}].creditPercent`)} />
              </div>
            ))}
            <button type="button" className="button--quiet" onClick={() => set('tiers', [...value.tiers, { below: '', creditPercent: '' }])}>Add a tier</button>
            <TextField label="Cap (percent of the charge, optional)" value={value.capPercent} inputMode="decimal" onChange={input('capPercent')} {...e('creditPolicy.capPercent')} />
          </>
        )}
        <TextField label="Earn-back after (months met in a row, optional)" value={value.earnBackPeriods} inputMode="numeric" onChange={input('earnBackPeriods')} {...e('earnBack.periods')} />
      </fieldset>

      <fieldset>
        <legend>Termination and renegotiation</legend>
        <div className="row">
          <TextField label="Breaches granting a termination right" value={value.breaches} inputMode="numeric" onChange={input('breaches')} {...e('termination.breaches')} />
          <TextField label="Within (months)" value={value.withinPeriods} inputMode="numeric" onChange={input('withinPeriods')} {...e('termination.withinPeriods')} />
          <TextField label="Exercise within (days)" value={value.exerciseWithinDays} inputMode="numeric" hint="Default 60" onChange={input('exerciseWithinDays')} {...e('termination.exerciseWithinDays')} />
        </div>
        <TextField label="Renegotiation window (days)" value={value.renegotiationWindowDays} inputMode="numeric" hint="After an acquisition; default 90"
          onChange={input('renegotiationWindowDays')} {...e('renegotiationWindowDays')} />
      </fieldset>
    </>
  );
}
