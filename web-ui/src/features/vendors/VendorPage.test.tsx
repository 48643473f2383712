import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../lib/session';
import { jsonResponse, renderAt } from '../../test/render';
import { VendorPage } from './VendorPage';

const AUDITOR: Session = { credentials: { kind: 'basic', username: 'auditor', password: 'auditor' }, user: { username: 'auditor', roles: ['AUDITOR'] } };
const NORTHWIND: Session = { credentials: { kind: 'basic', username: 'northwind', password: 'northwind' },
  user: { username: 'northwind', roles: ['VENDOR'], vendorId: 'vnd-1' } };

const routes = [{ path: '/vendors/:vendorId', element: <VendorPage /> }, { path: '/agreements/:agreementId', element: <p>agreement page</p> }];

const today = { id: 'vnd-1', name: 'Globex Networks', status: 'ACQUIRED', acquiredBy: 'vnd-2', country: 'DE', registeredAt: '2025-04-11T00:00:00Z',
  version: 3, agreementIds: [] };
const then = { ...today, status: 'ACTIVE', acquiredBy: undefined, version: 1, agreementIds: ['agr-1', 'agr-old'], asOf: '2026-01-10T00:00:00Z' };

describe('the vendor page', () => {
  it('shows the vendor as it stood at an instant, marked as a past view, with its agreements then opening as of the same instant', async () => {
    const { fetch, router } = renderAt(routes, '/vendors/vnd-1', (url) => {
      const u = new URL(url, 'http://localhost');
      if (u.pathname === '/api/vendors/vnd-1') return jsonResponse(200, u.searchParams.get('asOf') ? then : today);
      if (u.pathname === '/api/vendors/vnd-2') return jsonResponse(200, { id: 'vnd-2', name: 'Initech Holdings', status: 'ACTIVE', version: 0 });
      if (u.pathname === '/api/agreements') return jsonResponse(200, [{ id: 'agr-1', title: 'Corporate network', status: 'ACTIVE' }]);
      if (u.pathname.endsWith('/lineage')) return jsonResponse(200, { vendorId: 'vnd-1', acquiredBy: [], acquired: [] });
      if (u.pathname.endsWith('/scorecard')) return jsonResponse(200, { vendorId: 'vnd-1', year: 2026, agreements: [] });
      return jsonResponse(404, { status: 404, code: 'NOT_FOUND' });
    }, AUDITOR);
    expect(await screen.findByRole('heading', { level: 1, name: 'Globex Networks' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Initech Holdings' })).toHaveAttribute('href', '/vendors/vnd-2');

    await userEvent.type(screen.getByLabelText('As of (UTC)'), '2026-01-10T00:00');
    await userEvent.click(screen.getByRole('button', { name: 'Show as of' }));

    const past = await screen.findByRole('status');
    expect(past).toHaveTextContent('Past view: The vendor as it stood at 2026-01-10 00:00 UTC');
    expect(router.state.location.search).toBe('?asOf=2026-01-10T00%3A00%3A00Z');
    expect(fetch.mock.calls.some(([url]) => String(url) === '/api/vendors/vnd-1?asOf=2026-01-10T00%3A00%3A00Z')).toBe(true);
    const agreements = screen.getByRole('region', { name: 'Agreements then' });
    expect(within(agreements).getByRole('link', { name: 'Corporate network' }))
      .toHaveAttribute('href', '/agreements/agr-1?asOf=2026-01-10T00%3A00%3A00Z');
    expect(within(agreements).getByRole('link', { name: 'agr-old' })).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Scorecard/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record an acquisition' })).toBeNull();
    expect(document.title).toBe('Globex Networks (past view) · Vendors · Vendor SLA');
  }, 30_000);

  it('says "Vendor not found" for another vendor, as the API does for an id never used', async () => {
    renderAt(routes, '/vendors/vnd-9', () => jsonResponse(404, {
      status: 404, title: 'Not Found', code: 'NOT_FOUND', detail: 'no vendor vnd-9' }), NORTHWIND);
    expect(await screen.findByRole('heading', { level: 1, name: 'Vendor not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('There is no vendor at this address (no vendor vnd-9).');
    expect(document.title).toBe('Vendor not found · Vendors · Vendor SLA');
  }, 30_000);
});
