import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/auth';
import type { WriteResult } from '../../lib/api';
import type { Schemas } from '../../lib/schema';
import { useSubmit } from '../../lib/useSubmit';
import { agreementKeys, agreementUrl, type AsOf } from '../agreements/api';

export type Period = Schemas['PerformancePeriodView'];
export type PeriodResult = Schemas['Result'];
export type Credit = Schemas['Credit'];
export type LedgerLine = Schemas['CreditLedgerLine'];
export type Downtime = Schemas['Downtime'];
export type Incident = Schemas['Incident'];
export type KpiValue = Schemas['KpiValue'];

export const periodUrl = (agreementId: string, period: string) => `${agreementUrl(agreementId)}/periods/${encodeURIComponent(period)}`;

export const periodKeys = {
  /** Under the agreement's key: a write to the month also refreshes the agreement's period list and ledger. */
  one: (agreementId: string, period: string) => ['agreements', agreementId, 'periods', period] as const,
  view: (agreementId: string, period: string, at: AsOf) =>
    ['agreements', agreementId, 'periods', period, at.asOf ?? '', at.knownAt ?? ''] as const,
};

/** The period's aggregate id as the platform names it in write answers (`{id, version}`), for minVersion reads. */
export const periodAggregateId = (view: Period | undefined) => view?.id;

export function usePeriod(agreementId: string, period: string, at: AsOf = {}, aggregateId?: string) {
  const api = useApi();
  const past = Boolean(at.asOf || at.knownAt);
  return useQuery({
    queryKey: periodKeys.view(agreementId, period, at),
    queryFn: ({ signal }) => api.get<Period>(periodUrl(agreementId, period), {
      query: { asOf: at.asOf, knownAt: at.knownAt }, aggregateId: past ? undefined : aggregateId, signal,
    }),
  });
}

/** One act on the month (record, correct, claim, decide, close) or on one of its credits (dispute, resolve). */
export interface PeriodAct {
  /** Under the month's address (`/downtime`, `/close` …), or absolute for credits (`/api/credits/…`). */
  path: string;
  body: unknown;
}

/**
 * Every write on the month page: If-Match with the month's version the page showed (absent for a month nothing was
 * recorded in yet), an Idempotency-Key per submit, then the month is read with minVersion.
 */
export function usePeriodAct(agreementId: string, period: string, shownVersion: number | undefined,
  onDone?: (result: WriteResult, act: PeriodAct) => void) {
  return useSubmit<PeriodAct>({
    send: (api, act, key) => api.write(act.path.startsWith('/api/') ? act.path : `${periodUrl(agreementId, period)}${act.path}`,
      act.body, { idempotencyKey: key, ifMatch: shownVersion }),
    invalidates: () => [agreementKeys.one(agreementId), ['worklist']],
    onSuccess: onDone,
  });
}
