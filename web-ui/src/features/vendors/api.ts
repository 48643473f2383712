import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AsOf } from '../../components/AsOfPicker';
import { useApi } from '../../lib/auth';
import type { ApiClient, WriteResult } from '../../lib/api';
import type { Schemas } from '../../lib/schema';
import { useSubmit } from '../../lib/useSubmit';

export type Vendor = Schemas['VendorView'];
export type Scorecard = Schemas['VendorScorecardView'];
export type Lineage = Schemas['VendorLineageView'];
export type AgreementSummary = Schemas['AgreementSummary'];
export type AgreementView = Schemas['AgreementView'];
export type RegisterVendor = Schemas['RegisterVendorRequest'];
export type RecordAcquisition = Schemas['AcquisitionRequest'];

export const vendorKeys = {
  all: ['vendors'] as const,
  list: (status?: string) => ['vendors', 'list', status ?? 'all'] as const,
  one: (id: string) => ['vendors', id] as const,
  view: (id: string, at: AsOf) => ['vendors', id, 'view', at.asOf ?? '', at.knownAt ?? ''] as const,
  scorecard: (id: string, year: number) => ['vendors', id, 'scorecard', year] as const,
  lineage: (id: string) => ['vendors', id, 'lineage'] as const,
  agreements: (id: string) => ['agreements', 'list', { vendorId: id }] as const,
};

export const vendorsQuery = (api: ApiClient, status?: string) => queryOptions({
  queryKey: vendorKeys.list(status),
  queryFn: ({ signal }) => api.get<Vendor[]>('/api/vendors', { query: { status }, signal }),
});

/** The vendor now, or as it stood at an instant (`at`: asOf, optionally knownAt); minVersion only for the present. */
export const vendorQuery = (api: ApiClient, id: string, at: AsOf = {}) => queryOptions({
  queryKey: vendorKeys.view(id, at),
  queryFn: ({ signal }) => api.get<Vendor>(`/api/vendors/${encodeURIComponent(id)}`, {
    query: { asOf: at.asOf, knownAt: at.knownAt }, aggregateId: at.asOf || at.knownAt ? undefined : id, signal,
  }),
});

export const scorecardQuery = (api: ApiClient, id: string, year: number) => queryOptions({
  queryKey: vendorKeys.scorecard(id, year),
  queryFn: ({ signal }) => api.get<Scorecard>(`/api/vendors/${encodeURIComponent(id)}/scorecard`, { query: { year }, signal }),
});

export const lineageQuery = (api: ApiClient, id: string) => queryOptions({
  queryKey: vendorKeys.lineage(id),
  queryFn: ({ signal }) => api.get<Lineage>(`/api/vendors/${encodeURIComponent(id)}/lineage`, { signal }),
});

export const vendorAgreementsQuery = (api: ApiClient, id: string) => queryOptions({
  queryKey: vendorKeys.agreements(id),
  queryFn: ({ signal }) => api.get<AgreementSummary[]>('/api/agreements', { query: { vendorId: id }, signal }),
});

export const agreementQuery = (api: ApiClient, id: string) => queryOptions({
  queryKey: ['agreements', id],
  queryFn: ({ signal }) => api.get<AgreementView>(`/api/agreements/${encodeURIComponent(id)}`, { aggregateId: id, signal }),
});

export const useVendors = (status?: string) => useQuery(vendorsQuery(useApi(), status));
export const useVendor = (id: string, at: AsOf = {}) => useQuery(vendorQuery(useApi(), id, at));
export const useScorecard = (id: string, year: number) => useQuery(scorecardQuery(useApi(), id, year));
export const useLineage = (id: string) => useQuery(lineageQuery(useApi(), id));
export const useVendorAgreements = (id: string) => useQuery(vendorAgreementsQuery(useApi(), id));

/** POST /api/vendors: register a vendor (Idempotency-Key per submit). */
export function useRegisterVendor(onRegistered: (result: WriteResult) => void) {
  return useSubmit<RegisterVendor>({
    send: (api, input, key) => api.write('/api/vendors', input, { idempotencyKey: key }),
    invalidates: () => [vendorKeys.all],
    onSuccess: onRegistered,
  });
}

/** POST /api/vendors/{id}/acquisitions with If-Match: the vendor's version the page showed. */
export function useRecordAcquisition(vendorId: string, shownVersion: number | undefined) {
  return useSubmit<RecordAcquisition>({
    send: (api, input, key) => api.write(`/api/vendors/${encodeURIComponent(vendorId)}/acquisitions`, input,
      { idempotencyKey: key, ifMatch: shownVersion }),
    invalidates: () => [vendorKeys.all, ['agreements'], ['worklist']],
  });
}
