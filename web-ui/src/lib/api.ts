import { ApiError, NetworkError, apiErrorFrom } from './problem';

/**
 * The one API client (api.md, Conventions; ui.md, "How it behaves"): it adds the credentials, sends If-Match with the
 * version the page showed and an Idempotency-Key with every submit, reads after a write with minVersion, and turns
 * problem documents into ApiError. Every screen goes through it; nothing else calls fetch for the API.
 */

export type Credentials =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string };

/** What every write answers: the aggregate's id and its version after the write. */
export interface WriteResult {
  id: string;
  version: number;
  [more: string]: unknown;
}

export interface ReadOptions {
  /** Query parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | boolean | undefined | null>;
  /**
   * The aggregate this read shows: when this client wrote to it, the read carries minVersion so it never shows
   * the state before the user's own change.
   */
  aggregateId?: string;
  accept?: string;
  signal?: AbortSignal;
}

export interface WriteOptions {
  /** The version the page showed: sent as If-Match, so a change by someone else in between answers 412. */
  ifMatch?: number;
  /** The submit's key: the same submit sent twice (double click, retry) carries the same key and records once. */
  idempotencyKey?: string;
  method?: 'POST' | 'PUT' | 'DELETE';
}

export interface ApiClientSettings {
  baseUrl?: string;
  credentials: () => Credentials | undefined;
  /** Called on a 401: the credentials are gone or wrong, so the person must sign in again. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
}

export interface ApiClient {
  get<T>(path: string, options?: ReadOptions): Promise<T>;
  write<T extends WriteResult = WriteResult>(path: string, body: unknown, options?: WriteOptions): Promise<T>;
  /** The version this client last wrote to an aggregate (what minVersion asks for), if any. */
  writtenVersion(aggregateId: string): number | undefined;
}

export function authorizationHeader(credentials: Credentials): string {
  if (credentials.kind === 'bearer') {
    return `Bearer ${credentials.token}`;
  }
  const raw = new TextEncoder().encode(`${credentials.username}:${credentials.password}`);
  return `Basic ${btoa(String.fromCharCode(...raw))}`;
}

export function createApiClient(settings: ApiClientSettings): ApiClient {
  const baseUrl = settings.baseUrl ?? '';
  const doFetch = settings.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  /** Highest version this client wrote per aggregate id: later reads of it ask for at least that. */
  const written = new Map<string, number>();
  /** Submits still on their way, by Idempotency-Key: the same submit twice shares one request. */
  const inFlight = new Map<string, Promise<unknown>>();

  async function send(path: string, init: RequestInit, headers: Record<string, string>): Promise<Response> {
    const credentials = settings.credentials();
    if (credentials) {
      headers.Authorization = authorizationHeader(credentials);
    }
    let response: Response;
    try {
      response = await doFetch(baseUrl + path, { ...init, headers });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        throw error;
      }
      throw new NetworkError(error);
    }
    if (!response.ok) {
      const error = await apiErrorFrom(response);
      if (error.isUnauthenticated) {
        settings.onUnauthorized?.();
      }
      throw error;
    }
    return response;
  }

  async function body<T>(response: Response): Promise<T> {
    if (response.status === 204) {
      return undefined as T;
    }
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) {
      return (await response.json()) as T;
    }
    return (await response.text()) as T;
  }

  return {
    async get<T>(path: string, options: ReadOptions = {}): Promise<T> {
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(options.query ?? {})) {
        if (value !== undefined && value !== null && value !== '') {
          query.set(name, String(value));
        }
      }
      const floor = options.aggregateId ? written.get(options.aggregateId) : undefined;
      if (floor !== undefined && !query.has('minVersion')) {
        query.set('minVersion', String(floor));
      }
      const search = query.toString();
      const response = await send(search ? `${path}?${search}` : path, { method: 'GET', signal: options.signal },
        { Accept: options.accept ?? 'application/json, application/problem+json' });
      return body<T>(response);
    },

    write<T extends WriteResult = WriteResult>(path: string, payload: unknown, options: WriteOptions = {}): Promise<T> {
      const key = options.idempotencyKey;
      if (key && inFlight.has(key)) {
        return inFlight.get(key) as Promise<T>;
      }
      const headers: Record<string, string> = {
        Accept: 'application/json, application/problem+json',
      };
      if (payload !== undefined) {
        headers['Content-Type'] = 'application/json';
      }
      if (options.ifMatch !== undefined) {
        headers['If-Match'] = `"${options.ifMatch}"`;
      }
      if (key) {
        headers['Idempotency-Key'] = key;
      }
      const request = (async () => {
        const response = await send(path, {
          method: options.method ?? 'POST',
          body: payload === undefined ? undefined : JSON.stringify(payload),
        }, headers);
        const result = await body<T>(response);
        if (result && typeof result.id === 'string' && typeof result.version === 'number') {
          written.set(result.id, Math.max(result.version, written.get(result.id) ?? 0));
        }
        return result;
      })();
      if (key) {
        inFlight.set(key, request);
        request.then(() => inFlight.delete(key), () => inFlight.delete(key));
      }
      return request;
    },

    writtenVersion(aggregateId: string): number | undefined {
      return written.get(aggregateId);
    },
  };
}

export { ApiError, NetworkError };
