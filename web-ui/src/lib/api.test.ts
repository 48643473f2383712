import { describe, expect, it, vi } from 'vitest';
import { authorizationHeader, createApiClient, type Credentials } from './api';
import { ApiError } from './problem';

type Call = { url: string; init: RequestInit & { headers: Record<string, string> } };

function fakeFetch(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(url), init: init as Call['init'] };
    calls.push(call);
    return answer(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json', ...headers },
  });

const manager: Credentials = { kind: 'basic', username: 'manager', password: 'manager' };

describe('the API client', () => {
  it('sends the demo user as HTTP Basic and a token as Bearer', () => {
    expect(authorizationHeader(manager)).toBe(`Basic ${btoa('manager:manager')}`);
    expect(authorizationHeader({ kind: 'bearer', token: 'abc' })).toBe('Bearer abc');
  });

  it('sends If-Match with the version shown and the submit key as Idempotency-Key', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { id: 'vnd-1', version: 4 }));
    const api = createApiClient({ credentials: () => manager, fetch });

    await api.write('/api/vendors/vnd-1/acquisitions', { acquirerId: 'vnd-2' }, { ifMatch: 3, idempotencyKey: 'k-1' });

    expect(calls).toHaveLength(1);
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.headers['If-Match']).toBe('"3"');
    expect(calls[0].init.headers['Idempotency-Key']).toBe('k-1');
    expect(calls[0].init.headers.Authorization).toBe(authorizationHeader(manager));
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ acquirerId: 'vnd-2' });
  });

  it('sends one request for the same submit sent twice while the first is on its way', async () => {
    let release: (r: Response) => void = () => {};
    const { fetch, calls } = fakeFetch(() => new Promise<Response>((resolve) => { release = resolve; }) as unknown as Response);
    const api = createApiClient({ credentials: () => manager, fetch });

    const first = api.write('/api/vendors', { name: 'Acme' }, { idempotencyKey: 'same' });
    const second = api.write('/api/vendors', { name: 'Acme' }, { idempotencyKey: 'same' });
    release(json(201, { id: 'vnd-9', version: 0 }));

    expect(await first).toEqual({ id: 'vnd-9', version: 0 });
    expect(await second).toEqual({ id: 'vnd-9', version: 0 });
    expect(calls).toHaveLength(1);
  });

  it('reads an aggregate it wrote with minVersion, so the page never shows the state before the change', async () => {
    const { fetch, calls } = fakeFetch((call) => call.init.method === 'POST'
      ? json(201, { id: 'vnd-9', version: 2 }) : json(200, { id: 'vnd-9' }));
    const api = createApiClient({ credentials: () => manager, fetch });

    await api.get('/api/vendors/vnd-9', { aggregateId: 'vnd-9' });
    await api.write('/api/vendors', { name: 'Acme' });
    await api.get('/api/vendors/vnd-9', { aggregateId: 'vnd-9', query: { year: 2026, empty: '' } });
    await api.get('/api/vendors/vnd-8', { aggregateId: 'vnd-8' });

    expect(calls.map((c) => c.url)).toEqual([
      '/api/vendors/vnd-9',
      '/api/vendors',
      '/api/vendors/vnd-9?year=2026&minVersion=2',
      '/api/vendors/vnd-8',
    ]);
  });

  it('turns a validation problem into field errors and a message', async () => {
    const { fetch } = fakeFetch(() => json(400, {
      type: 'about:blank', title: 'Bad Request', status: 400, detail: 'request validation failed',
      code: 'VALIDATION_FAILED', errors: [{ field: 'name', message: 'must not be blank' }],
    }));
    const api = createApiClient({ credentials: () => manager, fetch });

    const error = await api.write('/api/vendors', { name: '' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual({ name: 'must not be blank' });
    expect((error as ApiError).message).toBe('Some fields need attention.');
  });

  it('explains a broken rule in words and keeps the server detail', async () => {
    const { fetch } = fakeFetch(() => json(409, {
      title: 'Conflict', status: 409, detail: 'period 2026-02 is closed', code: 'PERIOD_CLOSED',
    }));
    const api = createApiClient({ credentials: () => manager, fetch });

    const error = (await api.write('/api/x', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('PERIOD_CLOSED');
    expect(error.message).toBe('This month is closed: change it with a correction instead. (period 2026-02 is closed)');
  });

  it('says that someone else changed it on a 412', async () => {
    const { fetch } = fakeFetch(() => json(412, { title: 'Precondition Failed', status: 412, code: 'VERSION_MISMATCH' }));
    const api = createApiClient({ credentials: () => manager, fetch });

    const error = (await api.write('/api/x', {}, { ifMatch: 1 }).catch((e: unknown) => e)) as ApiError;

    expect(error.isStale).toBe(true);
    expect(error.message).toMatch(/Someone else changed this/);
  });

  it('asks for sign-in on a 401', async () => {
    const { fetch } = fakeFetch(() => json(401, { title: 'Unauthorized', status: 401, code: 'UNAUTHENTICATED' }));
    const onUnauthorized = vi.fn();
    const api = createApiClient({ credentials: () => manager, fetch, onUnauthorized });

    await expect(api.get('/api/worklist')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
