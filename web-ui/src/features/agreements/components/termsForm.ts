import type { Terms } from '../api';

/**
 * The terms as a form holds them: every value a string as typed (decimals stay strings, exactly as api.md sends
 * them), turned into the API's shape on submit, with empty optional values left out.
 */
export interface LevelForm {
  id: string;
  name: string;
  kind: string;
  severity: string;
  thresholdMinutes: string;
  direction: string;
  target: string;
  minimum: string;
  internalTarget: string;
  classification: string;
  allocationPercent: string;
}

export interface TierForm {
  below: string;
  creditPercent: string;
}

export interface TermsForm {
  currency: string;
  monthlyCharge: string;
  coverageHours: '24x7' | 'BUSINESS_HOURS';
  timeZone: string;
  days: string[];
  from: string;
  to: string;
  holidays: string;
  creditMethod: 'POOL' | 'TIERED';
  atRiskPercent: string;
  poolPercent: string;
  tiers: TierForm[];
  capPercent: string;
  earnBackPeriods: string;
  breaches: string;
  withinPeriods: string;
  exerciseWithinDays: string;
  renegotiationWindowDays: string;
  serviceLevels: LevelForm[];
}

export const emptyLevel = (n: number): LevelForm => ({
  id: n === 0 ? 'availability' : `service-level-${n + 1}`, name: '', kind: 'AVAILABILITY', severity: 'URGENT',
  thresholdMinutes: '', direction: 'HIGHER_IS_BETTER', target: '', minimum: '', internalTarget: '',
  classification: 'CRITICAL', allocationPercent: '',
});

export const emptyTerms = (): TermsForm => ({
  currency: 'EUR', monthlyCharge: '', coverageHours: '24x7', timeZone: 'UTC', days: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
  from: '08:00', to: '18:00', holidays: '', creditMethod: 'POOL', atRiskPercent: '10', poolPercent: '100',
  tiers: [{ below: '', creditPercent: '' }], capPercent: '', earnBackPeriods: '', breaches: '', withinPeriods: '',
  exerciseWithinDays: '', renegotiationWindowDays: '', serviceLevels: [emptyLevel(0)],
});

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** A version's terms in the form, to propose or revise from what is in force. */
export function termsFormFrom(terms: Terms | undefined): TermsForm {
  if (!terms) {
    return emptyTerms();
  }
  const empty = emptyTerms();
  const coverage = terms.coverage;
  const businessHours = Boolean(coverage && coverage.hours !== '24x7' && coverage.days?.length);
  return {
    currency: text(terms.currency),
    monthlyCharge: text(terms.monthlyCharge),
    coverageHours: businessHours ? 'BUSINESS_HOURS' : '24x7',
    timeZone: text(coverage?.timeZone) || 'UTC',
    days: coverage?.days?.length ? [...coverage.days] : empty.days,
    from: text(coverage?.from) || empty.from,
    to: text(coverage?.to) || empty.to,
    holidays: (coverage?.holidays ?? []).join(', '),
    creditMethod: terms.creditPolicy?.method === 'TIERED' ? 'TIERED' : 'POOL',
    atRiskPercent: text(terms.creditPolicy?.atRiskPercent),
    poolPercent: text(terms.creditPolicy?.poolPercent),
    tiers: terms.creditPolicy?.tiers?.length
      ? terms.creditPolicy.tiers.map((t) => ({ below: text(t.below), creditPercent: text(t.creditPercent) })) : empty.tiers,
    capPercent: text(terms.creditPolicy?.capPercent),
    earnBackPeriods: text(terms.earnBack?.periods),
    breaches: text(terms.termination?.breaches),
    withinPeriods: text(terms.termination?.withinPeriods),
    exerciseWithinDays: text(terms.termination?.exerciseWithinDays),
    renegotiationWindowDays: text(terms.renegotiationWindowDays),
    serviceLevels: (terms.serviceLevels ?? []).map((l) => ({
      id: text(l.id), name: text(l.name), kind: text(l.kind) || 'AVAILABILITY', severity: text(l.severity) || 'URGENT',
      thresholdMinutes: text(l.thresholdMinutes), direction: text(l.direction) || 'HIGHER_IS_BETTER', target: text(l.target),
      minimum: text(l.minimum), internalTarget: text(l.internalTarget), classification: text(l.classification) || 'CRITICAL',
      allocationPercent: text(l.allocationPercent),
    })),
  };
}

type Json = Record<string, unknown>;

/** Leaves out what was not filled in, so the platform applies its defaults (or says what is missing). */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== '' && v !== undefined && v !== null));
}

/** A whole number as typed; something else is sent as typed, so the platform's message names it at the field. */
function whole(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (!trimmed) {
    return undefined;
  }
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The API's terms (api.md, Agreements) from the form. */
export function termsFrom(form: TermsForm): Json {
  const coverage = form.coverageHours === '24x7'
    ? { timeZone: form.timeZone.trim(), hours: '24x7' }
    : compact({
      timeZone: form.timeZone.trim(), days: form.days, from: form.from, to: form.to,
      holidays: form.holidays.split(/[\s,]+/).filter(Boolean),
    });
  const creditPolicy = form.creditMethod === 'POOL'
    ? compact({ method: 'POOL', atRiskPercent: form.atRiskPercent.trim(), poolPercent: form.poolPercent.trim() })
    : compact({
      method: 'TIERED', tiers: form.tiers.map((t) => compact({ below: t.below.trim(), creditPercent: t.creditPercent.trim() })),
      capPercent: form.capPercent.trim(),
    });
  const termination = compact({
    breaches: whole(form.breaches), withinPeriods: whole(form.withinPeriods), exerciseWithinDays: whole(form.exerciseWithinDays),
  });
  return compact({
    currency: form.currency.trim().toUpperCase(),
    monthlyCharge: form.monthlyCharge.trim(),
    coverage,
    serviceLevels: form.serviceLevels.map((l) => {
      const timed = l.kind === 'RESPONSE_TIME' || l.kind === 'RESOLUTION_TIME';
      return compact({
        id: l.id.trim(), name: l.name.trim(), kind: l.kind,
        severity: timed ? l.severity : undefined,
        thresholdMinutes: timed ? whole(l.thresholdMinutes) : undefined,
        direction: l.kind === 'KPI' ? l.direction : undefined,
        target: l.target.trim(), minimum: l.minimum.trim(), internalTarget: l.internalTarget.trim(),
        classification: l.classification,
        allocationPercent: l.classification === 'CRITICAL' ? l.allocationPercent.trim() : undefined,
      });
    }),
    creditPolicy,
    earnBack: form.earnBackPeriods.trim() ? { periods: whole(form.earnBackPeriods) } : undefined,
    termination: Object.keys(termination).length ? termination : undefined,
    renegotiationWindowDays: whole(form.renegotiationWindowDays),
  });
}
