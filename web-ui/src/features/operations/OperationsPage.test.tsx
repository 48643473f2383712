import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderAt } from '../../test/render';
import type { Session } from '../../lib/session';
import { OperationsPage } from './OperationsPage';
import { paceText, replayPercent, ReplayStatus } from './ReplayStatus';

const ADMIN: Session = { credentials: { kind: 'basic', username: 'admin', password: 'admin' }, user: { username: 'admin', roles: ['ADMIN'] } };

const idle = { processingGroup: 'agreement-view', status: 'CAUGHT_UP', replaying: false, head: 100, position: 100 };

describe('replay progress', () => {
  it('shows a progress bar with the platform\'s percentage while replaying', () => {
    render(<ReplayStatus progress={{ processingGroup: 'agreement-view', status: 'REPLAYING', replaying: true, head: 200, position: 50,
      replayUntil: 200, percent: '25' }} />);
    expect(screen.getByRole('progressbar', { name: 'Replay of agreement-view' })).toHaveAttribute('value', '25');
    expect(screen.getByText('Replaying')).toBeInTheDocument();
  });

  it('says how fast the replay goes and how long it has left, once the platform knows', () => {
    render(<ReplayStatus progress={{ processingGroup: 'audit-trail', status: 'REPLAYING', replaying: true, head: 200000,
      position: 50000, replayUntil: 200000, percent: '25', eventsPerSecond: 12500, secondsLeft: 72,
      expectedFinishAt: '2026-12-07T06:00:12Z' }} />);
    expect(screen.getByText(/12,500 events\/s, about 1 min 12 s left/)).toBeInTheDocument();
    expect(paceText({ status: 'REPLAYING', replaying: true, head: 10, eventsPerSecond: 800 })).toBe('· 800 events/s');
    expect(paceText({ status: 'REPLAYING', replaying: true, head: 10 })).toBeNull();
  });

  it('falls back to positions when no percentage is given', () => {
    expect(replayPercent({ status: 'REPLAYING', replaying: true, head: 200, position: 50, replayUntil: 100 })).toBe(50);
    expect(replayPercent({ status: 'CAUGHT_UP', replaying: false, head: 0 })).toBe(100);
  });

  it('starts a replay and follows it until it finishes', async () => {
    let polls = 0;
    const { fetch } = renderAt([{ path: '/operations', element: <OperationsPage /> }], '/operations', (url, init) => {
      if (!url.startsWith('/api/admin/replays')) {
        return jsonResponse(200, []); // the page's other sections: tokens, bindings, subscriptions
      }
      if (init.method === 'POST') {
        return jsonResponse(202, { ...idle, status: 'REPLAYING', replaying: true, position: 0, replayUntil: 100, percent: '0',
          lastReplay: { requestedBy: 'admin', requestedAt: '2026-12-07T03:00:00Z' } });
      }
      polls += 1;
      if (polls === 1) return jsonResponse(200, [idle]);
      if (polls === 2) return jsonResponse(200, [{ ...idle, status: 'REPLAYING', replaying: true, position: 40, replayUntil: 100, percent: '40',
        lastReplay: { requestedBy: 'admin', requestedAt: '2026-12-07T03:00:00Z' } }]);
      return jsonResponse(200, [{ ...idle, lastReplay: { requestedBy: 'admin', requestedAt: '2026-12-07T03:00:00Z',
        finishedAt: '2026-12-07T03:00:02Z', durationMs: 2100 } }]);
    }, ADMIN);
    const row = await screen.findByRole('row', { name: /agreement-view/ });
    await userEvent.click(within(row).getByRole('button', { name: 'Replay agreement-view' }));

    expect(String(fetch.mock.calls.find((c) => (c[1] as RequestInit).method === 'POST')![0])).toBe('/api/admin/replays/agreement-view');
    expect(await screen.findByRole('progressbar', { name: 'Replay of agreement-view' })).toBeInTheDocument();
    expect(await screen.findByText('Replay of agreement-view finished.')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /agreement-view/ })).toHaveTextContent('finished 2026-12-07 03:00 UTC in 2.1 s');
    expect(screen.queryByRole('progressbar')).toBeNull();
  }, 30_000);
});
