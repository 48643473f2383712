import { queryOptions, useQuery, type QueryKey } from '@tanstack/react-query';
import type { AsOf } from '../../components/AsOfPicker';
import { useApi } from '../../lib/auth';
import type { ApiClient, WriteResult } from '../../lib/api';
import type { Schemas } from '../../lib/schema';
import { useSubmit } from '../../lib/useSubmit';

export type Agreement = Schemas['AgreementView'];
export type AgreementSummary = Schemas['AgreementSummary'];
export type Terms = Schemas['AgreementTerms'];
export type ServiceLevel = Schemas['ServiceLevel'];
export type VersionSummary = Schemas['AgreementVersionSummary'];
export type VersionView = Schemas['AgreementVersionView'];
export type TermsChange = Schemas['TermsChange'];
export type TerminationRight = Schemas['TerminationRightView'];
export type PeriodSummary = Schemas['PeriodSummary'];
export type CreditLedger = Schemas['CreditLedgerView'];
export type Party = 'CUSTOMER' | 'VENDOR';

export type { AsOf };

const enc = encodeURIComponent;
export const agreementUrl = (id: string) => `/api/agreements/${enc(id)}`;

/** Keys by resource: everything of one agreement lives under ['agreements', id], so one invalidation refreshes it. */
export const agreementKeys = {
  all: ['agreements'] as const,
  list: (filters: { vendorId?: string; status?: string }) => ['agreements', 'list', filters] as const,
  one: (id: string) => ['agreements', id] as const,
  view: (id: string, at: AsOf) => ['agreements', id, 'view', at.asOf ?? '', at.knownAt ?? ''] as const,
  versions: (id: string) => ['agreements', id, 'versions'] as const,
  version: (id: string, v: number) => ['agreements', id, 'versions', v] as const,
  diff: (id: string, a: number, b: number) => ['agreements', id, 'diff', a, b] as const,
  rights: (id: string) => ['agreements', id, 'termination-rights'] as const,
  periods: (id: string, year?: number) => ['agreements', id, 'periods', 'list', year ?? 'all'] as const,
  credits: (id: string, year?: number) => ['agreements', id, 'credits', year ?? 'all'] as const,
};

export const agreementsQuery = (api: ApiClient, filters: { vendorId?: string; status?: string }) => queryOptions({
  queryKey: agreementKeys.list(filters),
  queryFn: ({ signal }) => api.get<AgreementSummary[]>('/api/agreements', { query: filters, signal }),
});

export const agreementViewQuery = (api: ApiClient, id: string, at: AsOf = {}) => queryOptions({
  queryKey: agreementKeys.view(id, at),
  // a past view is what it was: minVersion (read-your-writes) only for the present
  queryFn: ({ signal }) => api.get<Agreement>(agreementUrl(id), {
    query: { asOf: at.asOf, knownAt: at.knownAt }, aggregateId: at.asOf || at.knownAt ? undefined : id, signal,
  }),
});

export const useAgreements = (filters: { vendorId?: string; status?: string }) => useQuery(agreementsQuery(useApi(), filters));
export const useAgreement = (id: string, at: AsOf = {}) => useQuery(agreementViewQuery(useApi(), id, at));

export function useVersions(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.versions(id),
    queryFn: ({ signal }) => api.get<VersionSummary[]>(`${agreementUrl(id)}/versions`, { aggregateId: id, signal }),
  });
}

export function useDiff(id: string, from: number | undefined, to: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.diff(id, from ?? 0, to ?? 0),
    enabled: from !== undefined && to !== undefined && from !== to,
    queryFn: ({ signal }) => api.get<TermsChange[]>(`${agreementUrl(id)}/versions/${from}/diff/${to}`, { signal }),
  });
}

export function useTerminationRights(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.rights(id),
    queryFn: ({ signal }) => api.get<TerminationRight[]>(`${agreementUrl(id)}/termination-rights`, { aggregateId: id, signal }),
  });
}

export function usePeriods(id: string, year?: number) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.periods(id, year),
    queryFn: ({ signal }) => api.get<PeriodSummary[]>(`${agreementUrl(id)}/periods`, { query: { year }, signal }),
  });
}

export function useCreditLedger(id: string, year?: number) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.credits(id, year),
    queryFn: ({ signal }) => api.get<CreditLedger>(`${agreementUrl(id)}/credits`, { query: { year }, signal }),
  });
}

/** POST /api/agreements: a draft; its validation errors come back at the fields (terms.serviceLevels[0].target …). */
export function useDraftAgreement(onDrafted: (result: WriteResult) => void) {
  return useSubmit<unknown>({
    send: (api, input, key) => api.write('/api/agreements', input, { idempotencyKey: key }),
    invalidates: () => [agreementKeys.all, ['worklist'], ['vendors']],
    onSuccess: onDrafted,
  });
}

/** One act on an agreement (a proposal, a signature, a revision's approval …): its path under the agreement and body. */
export interface AgreementAct {
  path: string;
  body: unknown;
}

/**
 * Every write on the agreement page: If-Match with the agreement's version the page showed, an Idempotency-Key per
 * submit, then the agreement's reads come back with minVersion.
 */
export function useAgreementAct(agreementId: string, shownVersion: number | undefined,
  onDone?: (result: WriteResult, act: AgreementAct) => void, alsoInvalidates: QueryKey[] = []) {
  return useSubmit<AgreementAct>({
    send: (api, act, key) => api.write(`${agreementUrl(agreementId)}${act.path}`, act.body,
      { idempotencyKey: key, ifMatch: shownVersion }),
    invalidates: () => [agreementKeys.one(agreementId), ['agreements', 'list'], ['worklist'], ...alsoInvalidates],
    onSuccess: onDone,
  });
}
