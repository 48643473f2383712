import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderAt } from '../../test/render';
import { diffRows, flattenTerms } from './diff';
import { DiffTable, TermsDiff } from './TermsDiff';

const BEFORE = {
  currency: 'EUR', monthlyCharge: '100000.00',
  serviceLevels: [{ id: 'availability', kind: 'AVAILABILITY', target: '99.9' }, { id: 'fcr', kind: 'KPI', target: '70' }],
  coverage: { timeZone: 'UTC', hours: '24x7' },
};
const AFTER = {
  currency: 'EUR', monthlyCharge: '100000.00',
  serviceLevels: [{ id: 'availability', kind: 'AVAILABILITY', target: '99.95' }, { id: 'fcr', kind: 'KPI', target: '70' }],
  coverage: { timeZone: 'UTC', hours: '24x7' },
};

describe('terms side by side', () => {
  it('names list items by their id, as the platform names changed paths', () => {
    const flat = flattenTerms(BEFORE);
    expect(flat.get('serviceLevels[availability].target')).toBe('99.9');
    expect(flat.get('coverage.timeZone')).toBe('UTC');
  });

  it('marks the fields the platform reports changed, and only those', () => {
    const rows = diffRows(BEFORE, AFTER, [{ path: 'serviceLevels[availability].target', before: '99.9', after: '99.95' }]);
    expect(rows.filter((r) => r.changed).map((r) => r.path)).toEqual(['serviceLevels[availability].target']);
    expect(rows.find((r) => r.path === 'serviceLevels[fcr].target')).toMatchObject({ changed: false, before: '70', after: '70' });
  });

  it('marks every field of a service level added as a whole', () => {
    const added = { ...AFTER, serviceLevels: [...AFTER.serviceLevels, { id: 'urgent', kind: 'RESPONSE_TIME', target: '95' }] };
    const rows = diffRows(BEFORE, added, [{ path: 'serviceLevels[urgent]', before: null, after: { id: 'urgent' } }]);
    expect(rows.filter((r) => r.path.startsWith('serviceLevels[urgent]')).every((r) => r.changed && r.before === '—')).toBe(true);
  });

  it('shows the table with changed rows marked, and can hide the unchanged ones', async () => {
    const rows = diffRows(BEFORE, AFTER, [{ path: 'serviceLevels[availability].target' }]);
    render(<DiffTable rows={rows} from={1} to={2} changeCount={1} />);
    const table = screen.getByRole('table', { name: 'Terms, version 1 and version 2' });
    const changed = within(table).getByRole('row', { name: /serviceLevels\[availability\]\.target changed/ });
    expect(within(changed).getAllByRole('cell').map((c) => c.textContent)).toEqual(['99.9', '99.95']);
    expect(within(table).getByRole('columnheader', { name: 'Version 1 (before)' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(rows.length + 1);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Only changed fields' }));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  }, 30_000);

  it('reads both versions and the diff from the platform', async () => {
    const { fetch } = renderAt([{ path: '/', element: <TermsDiff agreementId="agr-1" from={1} to={2} /> }], '/', (url) => {
      if (url.endsWith('/versions/1')) return jsonResponse(200, { termsVersion: 1, terms: BEFORE });
      if (url.endsWith('/versions/2')) return jsonResponse(200, { termsVersion: 2, terms: AFTER });
      return jsonResponse(200, [{ path: 'serviceLevels[availability].target', before: '99.9', after: '99.95' }]);
    });
    expect(await screen.findByText('1 change from version 1 to version 2; changed fields are marked.', { exact: false })).toBeInTheDocument();
    expect(fetch.mock.calls.map((c) => String(c[0]))).toContain('/api/agreements/agr-1/versions/1/diff/2');
  }, 30_000);
});
