import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderAt } from '../../test/render';
import type { Session } from '../../lib/session';
import { AuditTrailPage } from './AuditTrailPage';

const AUDITOR: Session = {
  credentials: { kind: 'basic', username: 'auditor', password: 'auditor' }, user: { username: 'auditor', roles: ['AUDITOR'] },
};

const EVENT = {
  globalIndex: 7, aggregateId: 'prd-11111111-2222-3333-4444-555555555555-2026-09', aggregateType: 'Agreement', sequence: 3, type: 'x.RenegotiationConcluded',
  typeName: 'RenegotiationConcluded', occurredAt: '2026-09-10T08:00:00Z', recordedAt: '2026-09-10T08:00:01Z', actor: 'legal',
  role: 'LEGAL', reason: 'kept', payload: {},
};

describe('the audit trail page', () => {
  it('turns the filters into the query string and the address, and pages', async () => {
    const { fetch, router } = renderAt([{ path: '/audit', element: <AuditTrailPage /> }], '/audit',
      () => jsonResponse(200, { events: [EVENT], page: 0, size: 100, total: 250 }), AUDITOR);
    expect(await screen.findByRole('table', { name: 'Audit events, page 1 of 3' })).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: 'Actor' }), 'legal');
    await userEvent.type(screen.getByRole('textbox', { name: /Event type/ }), 'RenegotiationConcluded');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(router.state.location.search).toBe('?actor=legal&type=RenegotiationConcluded');
    await vi.waitFor(() => expect(fetch.mock.calls.map((c) => String(c[0])))
      .toContain('/api/audit/events?actor=legal&type=RenegotiationConcluded'));

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await vi.waitFor(() => expect(fetch.mock.calls.map((c) => String(c[0])))
      .toContain('/api/audit/events?actor=legal&type=RenegotiationConcluded&page=1'));
    const row = within(screen.getByRole('table')).getAllByRole('row')[1];
    // a month's event leads to its agreement's timeline
    expect(within(row).getByRole('link', { name: 'prd-11111111-2222-3333-4444-555555555555-2026-09' }))
      .toHaveAttribute('href', '/agreements/agr-11111111-2222-3333-4444-555555555555/timeline');
  }, 30_000);

  it('downloads exactly the filtered rows as CSV: the same filters, no page, Accept text/csv', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => { created.push(blob); return 'blob:csv'; });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { fetch } = renderAt([{ path: '/audit', element: <AuditTrailPage /> }], '/audit?actor=legal&page=2', (_url, init) => {
      const accept = new Headers(init.headers).get('Accept');
      return accept === 'text/csv'
        ? new Response('globalIndex,actor\r\n7,legal\r\n', { status: 200, headers: { 'Content-Type': 'text/csv' } })
        : jsonResponse(200, { events: [EVENT], page: 2, size: 100, total: 1 });
    }, AUDITOR);
    await userEvent.click(await screen.findByRole('button', { name: /Download CSV/ }));

    expect(await screen.findByText(/Saved audit-events-.*\.csv/)).toBeInTheDocument();
    const csvCall = fetch.mock.calls.find((c) => new Headers((c[1] as RequestInit).headers).get('Accept') === 'text/csv')!;
    expect(String(csvCall[0])).toBe('/api/audit/events?actor=legal');
    expect(new Headers((csvCall[1] as RequestInit).headers).get('Authorization')).toMatch(/^Basic /);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]);
    });
    expect(text).toBe('globalIndex,actor\r\n7,legal\r\n');
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  }, 30_000);
});
