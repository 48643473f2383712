import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/auth';
import type { ApiClient } from '../../lib/api';
import type { Schemas } from '../../lib/schema';
import { useSubmit } from '../../lib/useSubmit';

export type RenegotiationSummary = Schemas['RenegotiationSummary'];
export type Acquisition = Schemas['AcquisitionView'];
export type AffectedAgreement = Schemas['AffectedAgreementView'];
export type TermsChange = Schemas['TermsChange'];
export type Revision = Schemas['RevisionView'];
export type Conclusion = Schemas['ConclusionRequest'];
export type AgreementView = Schemas['AgreementView'];
export type AgreementVersion = Schemas['AgreementVersionView'];

const enc = encodeURIComponent;

export const legalKeys = {
  renegotiations: ['renegotiations'] as const,
  acquisition: (vendorId: string) => ['vendors', vendorId, 'acquisition'] as const,
  revisions: (agreementId: string) => ['agreements', agreementId, 'revisions'] as const,
  version: (agreementId: string, v: number) => ['agreements', agreementId, 'versions', v] as const,
  diff: (agreementId: string, a: number, b: number) => ['agreements', agreementId, 'diff', a, b] as const,
};

export const renegotiationsQuery = (api: ApiClient) => queryOptions({
  queryKey: legalKeys.renegotiations,
  queryFn: ({ signal }) => api.get<RenegotiationSummary[]>('/api/renegotiations', { signal }),
});

export const acquisitionQuery = (api: ApiClient, vendorId: string) => queryOptions({
  queryKey: legalKeys.acquisition(vendorId),
  queryFn: ({ signal }) => api.get<Acquisition>(`/api/vendors/${enc(vendorId)}/acquisition`, { aggregateId: vendorId, signal }),
});

export const revisionsQuery = (api: ApiClient, agreementId: string) => queryOptions({
  queryKey: legalKeys.revisions(agreementId),
  queryFn: ({ signal }) => api.get<Revision[]>(`/api/agreements/${enc(agreementId)}/revisions`,
    { aggregateId: agreementId, signal }),
});

export const agreementQuery = (api: ApiClient, agreementId: string) => queryOptions({
  queryKey: ['agreements', agreementId],
  queryFn: ({ signal }) => api.get<AgreementView>(`/api/agreements/${enc(agreementId)}`, { aggregateId: agreementId, signal }),
});

export const termsQuery = (api: ApiClient, agreementId: string, version: number) => queryOptions({
  queryKey: legalKeys.version(agreementId, version),
  queryFn: ({ signal }) => api.get<Schemas['AgreementVersionView']>(`/api/agreements/${enc(agreementId)}/versions/${version}`,
    { signal }),
});

export const diffQuery = (api: ApiClient, agreementId: string, from: number, to: number) => queryOptions({
  queryKey: legalKeys.diff(agreementId, from, to),
  queryFn: ({ signal }) => api.get<TermsChange[]>(`/api/agreements/${enc(agreementId)}/versions/${from}/diff/${to}`,
    { signal }),
});

export const useRenegotiations = () => useQuery(renegotiationsQuery(useApi()));
export const useAcquisition = (vendorId: string) => useQuery(acquisitionQuery(useApi(), vendorId));
export const useRevisions = (agreementId: string) => useQuery(revisionsQuery(useApi(), agreementId));
export const useAgreement = (agreementId: string) => useQuery(agreementQuery(useApi(), agreementId));

/** POST /api/agreements/{id}/renegotiation/conclusion, If-Match: the agreement's version the page showed. */
export function useConcludeRenegotiation(agreementId: string, shownVersion: number | undefined, vendorId: string) {
  return useSubmit<Conclusion>({
    send: async (api, input, key) => {
      const result = await api.write(`/api/agreements/${enc(agreementId)}/renegotiation/conclusion`, input,
        { idempotencyKey: key, ifMatch: shownVersion });
      await untilConcluded(api, vendorId, agreementId);
      return result;
    },
    invalidates: () => [['agreements', agreementId], legalKeys.acquisition(vendorId), legalKeys.renegotiations,
      ['worklist']],
  });
}

/**
 * The acquisition view is the vendor's read model, and minVersion names the agreement written to, not the vendor: so
 * after a conclusion the page looks again (up to 10 s) until that view shows it, and never shows the state before
 * the user's own change.
 */
export async function untilConcluded(api: ApiClient, vendorId: string, agreementId: string, waitMs = 250, tries = 40): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const view = await api.get<Acquisition>(`/api/vendors/${enc(vendorId)}/acquisition`);
    if (view.agreements?.find((a) => a.agreementId === agreementId)?.renegotiation?.status === 'CONCLUDED') {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}
