import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/auth';
import type { ApiClient, WriteResult } from '../../lib/api';
import type { Schemas } from '../../lib/schema';
import { useSubmit } from '../../lib/useSubmit';

export type Portfolio = Schemas['PortfolioView'];
export type ReviewListItem = Schemas['ReviewListItem'];
export type AnnualReport = Schemas['AnnualReviewReport'];
export type Completion = Schemas['CompletionRequest'];
export type AgreementTerms = Schemas['AgreementTerms'];

const enc = encodeURIComponent;

export const portfolioQuery = (api: ApiClient, year: number) => queryOptions({
  queryKey: ['reviews', 'portfolio', year],
  queryFn: ({ signal }) => api.get<Portfolio>(`/api/reviews/${year}`, { signal }),
});

export const reviewListQuery = (api: ApiClient, year: number) => queryOptions({
  queryKey: ['reviews', 'list', year],
  queryFn: ({ signal }) => api.get<ReviewListItem[]>('/api/reviews', { query: { year }, signal }),
});

export const reportQuery = (api: ApiClient, agreementId: string, year: number) => queryOptions({
  queryKey: ['agreements', agreementId, 'reviews', year],
  queryFn: ({ signal }) => api.get<AnnualReport>(`/api/agreements/${enc(agreementId)}/reviews/${year}`, { signal }),
});

export const usePortfolio = (year: number) => useQuery(portfolioQuery(useApi(), year));
export const useReviewList = (year: number) => useQuery(reviewListQuery(useApi(), year));
export const useReport = (agreementId: string, year: number) => useQuery(reportQuery(useApi(), agreementId, year));

/** POST /api/agreements/{id}/reviews/{year}: completes the review (findings, decisions, optional revision). */
export function useCompleteReview(agreementId: string, year: number, shownVersion: number | undefined) {
  return useSubmit<Completion, WriteResult>({
    send: (api, input, key) => api.write(`/api/agreements/${enc(agreementId)}/reviews/${year}`, input,
      { idempotencyKey: key, ifMatch: shownVersion }),
    invalidates: () => [['agreements', agreementId], ['reviews'], ['worklist']],
  });
}

/** The current terms with new targets for some service levels (an annual review's revision). */
export function termsWithTargets(terms: AgreementTerms, targets: Record<string, string>): AgreementTerms {
  return {
    ...terms,
    serviceLevels: (terms.serviceLevels ?? []).map((sl) => (sl.id && targets[sl.id]?.trim()
      ? { ...sl, target: targets[sl.id].trim() } : sl)),
  };
}

/** One finding or decision per non-empty line. */
export function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}
