import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiffView } from './DiffView';

describe('the side-by-side diff of two versions', () => {
  it('shows each changed term with its value in each version, decimals exactly as given', { timeout: 20_000 }, () => {
    render(<DiffView from={1} to={2} changes={[
      { path: 'serviceLevels[availability].target', before: '99.9', after: '99.95' },
      { path: 'serviceLevels[fcr]', before: null, after: { id: 'fcr', kind: 'KPI' } },
      { path: 'earnBack.periods', before: 3, after: undefined },
    ]} />);

    const table = screen.getByRole('table', { name: 'Changes from version 1 to version 2' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Term', 'Version 1', 'Version 2']);
    expect(within(table).getByRole('row', { name: /serviceLevels\[availability\]\.target/ })).toHaveTextContent('99.999.95');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([['99.9', '99.95'], ['—', '{"id":"fcr","kind":"KPI"}'], ['3', '—']]);
  });

  it('says so when the versions have the same terms', { timeout: 20_000 }, () => {
    render(<DiffView from={2} to={3} changes={[]} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Versions 2 and 3 have the same terms.')).toBeInTheDocument();
  });
});
