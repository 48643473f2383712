import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/auth';
import type { WriteResult } from '../../lib/api';
import type { Schemas } from '../../lib/schema';
import { useSubmit } from '../../lib/useSubmit';

export type Token = Schemas['TokenView'];
export type Binding = Schemas['BindingView'];
export type Subscription = Schemas['SubscriptionView'];
export type Delivery = Schemas['DeliveryView'];
export type SubscriptionRequest = Schemas['SubscriptionRequest'];
/** POST /api/integration-tokens answers the token once, beside its id: it is stored only as a hash. */
export type IssuedToken = WriteResult & { name?: string; token?: string };

const enc = encodeURIComponent;

/** The address of one subscription's page (its state and deliveries). */
export const subscriptionPath = (id: string) => `/operations/subscriptions/${enc(id)}`;

export const integrationKeys = {
  tokens: ['admin', 'integration-tokens'] as const,
  bindings: ['admin', 'monitor-bindings'] as const,
  subscriptions: ['admin', 'subscriptions'] as const,
  subscription: (id: string) => ['admin', 'subscriptions', id] as const,
  deliveries: (id: string, page: number) => ['admin', 'subscriptions', id, 'deliveries', page] as const,
};

/** Deliveries come 100 a page (GET /api/subscriptions/{id}/deliveries?page=). */
export const DELIVERIES_PER_PAGE = 100;

/**
 * These lists are read models without minVersion: after a write the list is read again until it shows the write
 * (`shows`), every POLL_MS, instead of showing the state before the user's own change.
 */
export type Shows<T> = ((list: T[]) => boolean) | undefined;
const POLL_MS = 500;
const untilShown = <T,>(shows: Shows<T>) => (query: { state: { data?: T[] } }) =>
  (shows && !shows(query.state.data ?? []) ? POLL_MS : false);

export function useTokens(shows?: Shows<Token>) {
  const api = useApi();
  return useQuery({
    queryKey: integrationKeys.tokens, queryFn: ({ signal }) => api.get<Token[]>('/api/integration-tokens', { signal }),
    refetchInterval: untilShown(shows),
  });
}

export function useBindings() {
  const api = useApi();
  return useQuery({ queryKey: integrationKeys.bindings, queryFn: ({ signal }) => api.get<Binding[]>('/api/monitor-bindings', { signal }) });
}

export function useSubscriptions(shows?: Shows<Subscription>) {
  const api = useApi();
  return useQuery({
    queryKey: integrationKeys.subscriptions, queryFn: ({ signal }) => api.get<Subscription[]>('/api/subscriptions', { signal }),
    refetchInterval: untilShown(shows),
  });
}

/** One subscription; after this page's own write (`written`: its version) read again until the view shows it. */
export function useSubscription(id: string, written?: number) {
  const api = useApi();
  return useQuery({
    queryKey: integrationKeys.subscription(id),
    queryFn: ({ signal }) => api.get<Subscription>(`/api/subscriptions/${enc(id)}`, { signal }),
    refetchInterval: (query) => (written !== undefined && (query.state.data?.version ?? -1) < written ? POLL_MS : false),
  });
}

export function useDeliveries(id: string, page: number) {
  const api = useApi();
  return useQuery({
    queryKey: integrationKeys.deliveries(id, page),
    queryFn: ({ signal }) => api.get<Delivery[]>(`/api/subscriptions/${enc(id)}/deliveries`, { query: { page }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Issue a token (ADMIN): the answer holds the token, shown once. */
export function useIssueToken(onIssued: (issued: IssuedToken) => void) {
  return useSubmit<{ name: string }, IssuedToken>({
    send: (api, input, key) => api.write<IssuedToken>('/api/integration-tokens', input, { idempotencyKey: key }),
    invalidates: () => [integrationKeys.tokens],
    onSuccess: onIssued,
  });
}

/** Revoke a token for good (DELETE): calls presenting it answer 401 from then on. */
export function useRevokeToken(onRevoked: (id: string) => void) {
  return useSubmit<string>({
    send: (api, id, key) => api.write(`/api/integration-tokens/${enc(id)}`, undefined, { method: 'DELETE', idempotencyKey: key }),
    invalidates: () => [integrationKeys.tokens],
    onSuccess: (_result, id) => onRevoked(id),
  });
}

/** Subscribe a receiver to the events recorded from now on; the secret is never shown again. */
export function useSubscribe(onSubscribed: (result: WriteResult) => void) {
  return useSubmit<SubscriptionRequest>({
    send: (api, input, key) => api.write('/api/subscriptions', input, { idempotencyKey: key }),
    invalidates: () => [integrationKeys.subscriptions],
    onSuccess: onSubscribed,
  });
}

/** One act on a subscription with If-Match (the version the page showed): resume, rewind, or stop for good. */
export type SubscriptionAct = { act: 'resumption' } | { act: 'rewind'; position: number } | { act: 'delete' };

export function useSubscriptionAct(id: string, shownVersion: number | undefined,
  onDone?: (result: WriteResult, input: SubscriptionAct) => void) {
  return useSubmit<SubscriptionAct>({
    send: (api, input, key) => {
      const url = `/api/subscriptions/${enc(id)}`;
      const options = { idempotencyKey: key, ifMatch: shownVersion };
      if (input.act === 'delete') return api.write(url, undefined, { ...options, method: 'DELETE' });
      if (input.act === 'rewind') return api.write(`${url}/rewind`, { position: input.position }, options);
      return api.write(`${url}/resumption`, undefined, options);
    },
    invalidates: () => [integrationKeys.subscriptions],
    onSuccess: onDone,
  });
}
