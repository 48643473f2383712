import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/problem';
import { ProblemMessage } from './ProblemMessage';

const wrap = (node: React.ReactNode) => render(<QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>);

describe('a problem shown to a person', () => {
  it('offers to reload when someone else changed the thing (412)', async () => {
    const reload = vi.fn();
    wrap(<ProblemMessage error={new ApiError(412, { status: 412, code: 'VERSION_MISMATCH' })} onReload={reload} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Someone else changed this since you opened it.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('explains a broken rule in words and names its code', () => {
    wrap(<ProblemMessage error={new ApiError(409, { status: 409, code: 'PERIOD_NOT_ENDED', detail: 'period 2026-12 has not ended' })} />);

    expect(screen.getByRole('alert')).toHaveTextContent('This month has not ended yet, so it cannot be closed. (period 2026-12 has not ended)');
    expect(screen.getByRole('alert')).toHaveTextContent('Rule: PERIOD_NOT_ENDED');
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  });
});
