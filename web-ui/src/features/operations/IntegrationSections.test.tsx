import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../lib/session';
import { jsonResponse, renderAt } from '../../test/render';
import { TokensSection } from './IntegrationSections';

const ADMIN: Session = { credentials: { kind: 'basic', username: 'admin', password: 'admin' }, user: { username: 'admin', roles: ['ADMIN'] } };
const old = { id: 'itk-1', name: 'alertmanager-prod', issuedBy: 'admin', issuedAt: '2026-12-01T08:00:00Z', status: 'ACTIVE' };

describe('integration tokens', () => {
  it('shows a new token once, reads the list again until it is there, and revokes a token with DELETE', async () => {
    let tokens = [old];
    let lists = 0;
    const { fetch } = renderAt([{ path: '/operations', element: <TokensSection /> }], '/operations', (url, init) => {
      if (init.method === 'POST') {
        return jsonResponse(201, { id: 'itk-2', version: 0, name: 'staging', token: 'itk-2.secret-value' });
      }
      if (init.method === 'DELETE') {
        tokens = tokens.map((t) => (url.endsWith('/itk-1') && t.id === 'itk-1' ? { ...t, status: 'REVOKED', revokedAt: '2026-12-07T05:00:00Z' } : t));
        return jsonResponse(200, { id: 'itk-1', version: 1 });
      }
      lists += 1;
      // the read model lags: the first read after the issue does not list the new token yet
      if (lists === 3) tokens = [...tokens, { id: 'itk-2', name: 'staging', issuedBy: 'admin', issuedAt: '2026-12-07T04:59:00Z', status: 'ACTIVE' }];
      return jsonResponse(200, tokens);
    }, ADMIN);
    expect(await screen.findByRole('row', { name: /alertmanager-prod/ })).toHaveTextContent('Active');

    await userEvent.type(screen.getByRole('textbox', { name: 'Token name' }), 'staging');
    await userEvent.click(screen.getByRole('button', { name: 'Issue token' }));
    const issued = await screen.findByRole('status');
    expect(issued).toHaveTextContent('Token staging issued. Copy it now: it is shown only this once.');
    expect(within(issued).getByLabelText('The new token')).toHaveTextContent('itk-2.secret-value');
    const row = await screen.findByRole('row', { name: /staging/ }, { timeout: 5000 });
    expect(row).not.toHaveTextContent('secret-value');
    const post = fetch.mock.calls.find(([, i]) => (i as RequestInit).method === 'POST')!;
    expect(JSON.parse(String((post[1] as RequestInit).body))).toEqual({ name: 'staging' });
    expect(new Headers((post[1] as RequestInit).headers).get('Idempotency-Key')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Revoke alertmanager-prod' }));
    expect(await screen.findByText(/Revoked 2026-12-07 05:00 UTC/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(String(fetch.mock.calls.find(([, i]) => (i as RequestInit).method === 'DELETE')![0])).toBe('/api/integration-tokens/itk-1');
  }, 30_000);
});
