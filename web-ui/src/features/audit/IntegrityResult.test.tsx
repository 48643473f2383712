import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderAt } from '../../test/render';
import { IntegrityPanel } from './IntegrityPanel';
import { IntegrityResult } from './IntegrityResult';

describe('the integrity result', () => {
  it('says verified with the count of events', () => {
    render(<IntegrityResult report={{ verified: true, events: 1234, aggregates: 56 }} scope="the whole event store" />);
    expect(screen.getByRole('status')).toHaveTextContent('Verified: 1234 events of 56 aggregates (the whole event store)');
  });

  it('names the first broken link prominently, as an alert', () => {
    render(<IntegrityResult scope="aggregate agr-1" report={{
      verified: false, firstBroken: { aggregateId: 'agr-1', sequence: 7, reason: 'HASH_MISMATCH', detail: 'payload changed' },
      brokenAggregates: 1, brokenLinks: [{ aggregateId: 'agr-1', sequence: 7 }, { aggregateId: 'agr-1', sequence: 8 }],
    }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('First broken link: aggregate agr-1, sequence 7');
    expect(alert).toHaveTextContent('HASH_MISMATCH: payload changed');
    expect(alert).toHaveTextContent('1 more broken link after the first');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('checks everything or one agreement', async () => {
    const { fetch } = renderAt([{ path: '/', element: <IntegrityPanel /> }], '/',
      () => jsonResponse(200, { verified: true, events: 9, aggregates: 1 }));
    await userEvent.click(screen.getByRole('button', { name: 'Check integrity' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Verified: 9 events');
    expect(String(fetch.mock.calls[0][0])).toBe('/api/audit/integrity');

    await userEvent.click(screen.getByRole('radio', { name: 'One agreement' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Agreement id/ }), 'agr-1');
    await userEvent.click(screen.getByRole('button', { name: 'Check integrity' }));
    await screen.findByText(/aggregate agr-1/);
    expect(String(fetch.mock.calls[1][0])).toBe('/api/audit/integrity?aggregateId=agr-1');
  }, 30_000);
});
