import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderAt } from '../../test/render';
import { DraftAgreementPage } from './DraftAgreementPage';

const routes = [
  { path: '/agreements/new', element: <DraftAgreementPage /> },
  { path: '/agreements/:agreementId', element: <p>agreement page</p> },
];

const VENDORS = [{ id: 'vnd-1', name: 'Northwind Hosting', status: 'ACTIVE' }];

describe('drafting an agreement', () => {
  it("puts the platform's messages at the fields they name, lists one it has no input for, and drafts once fixed", { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const posted: Record<string, unknown>[] = [];
    const { router } = renderAt(routes, '/agreements/new', (url, init) => {
      if (!init.method || init.method === 'GET') {
        return jsonResponse(200, url.startsWith('/api/vendors') ? VENDORS : []);
      }
      const body = JSON.parse(String(init.body));
      posted.push(body);
      const level = body.terms.serviceLevels[0];
      if (level.target === '150') {
        return jsonResponse(409, {
          status: 409, code: 'TARGET_OUT_OF_RANGE', detail: 'a percentage target lies above 0 and at most 100',
          errors: [
            { field: 'terms.serviceLevels[0].target', message: 'a percentage target lies above 0 and at most 100' },
            { field: 'terms.serviceLevels', message: 'allocations sum to 150 %, more than the pool of 100 %' },
          ],
        });
      }
      return jsonResponse(201, { id: 'agr-7', version: 0 });
    });

    await screen.findByRole('option', { name: 'Northwind Hosting' });
    await user.selectOptions(screen.getByRole('combobox', { name: /Vendor/ }), 'Northwind Hosting');
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Edge hosting');
    await user.type(screen.getByLabelText(/Effective from/), '2026-01-01');
    await user.type(screen.getByRole('textbox', { name: 'Monthly charge' }), '50000.00');
    const level = screen.getByRole('group', { name: 'Service level 1' });
    await user.type(within(level).getByRole('textbox', { name: 'Target' }), '150');
    await user.type(within(level).getByRole('textbox', { name: 'Allocation (percent of the at-risk amount)' }), '50');
    await user.click(screen.getByRole('button', { name: 'Draft agreement' }));

    const target = await within(level).findByRole('textbox', { name: 'Target', description: /at most 100/ });
    expect(target).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(target).toHaveFocus());
    expect(within(level).getByRole('textbox', { name: 'Minimum (optional)' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('The target is out of range.');
    expect(screen.getByRole('link', { name: /terms.serviceLevels: allocations sum to 150 %/ })).toBeInTheDocument();
    expect(posted[0]).toMatchObject({
      vendorId: 'vnd-1', title: 'Edge hosting', type: 'SERVICE_BASED', effectiveFrom: '2026-01-01',
      terms: {
        currency: 'EUR', monthlyCharge: '50000.00', coverage: { timeZone: 'UTC', hours: '24x7' },
        serviceLevels: [{ id: 'availability', kind: 'AVAILABILITY', target: '150', classification: 'CRITICAL', allocationPercent: '50' }],
        creditPolicy: { method: 'POOL', atRiskPercent: '10', poolPercent: '100' },
      },
    });
    expect(posted[0]).not.toHaveProperty('effectiveTo');

    await user.clear(target);
    await user.type(target, '99.9');
    await user.click(screen.getByRole('button', { name: 'Draft agreement' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/agreements/agr-7'));
  });

  it('sends business hours, tiered credits, earn-back and termination as the API names them', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const posted: Record<string, unknown>[] = [];
    renderAt(routes, '/agreements/new', (url, init) => {
      if (!init.method || init.method === 'GET') {
        return jsonResponse(200, url.startsWith('/api/vendors') ? VENDORS : []);
      }
      posted.push(JSON.parse(String(init.body)));
      return jsonResponse(400, { status: 400, errors: [{ field: 'terms.creditPolicy.tiers[0].below', message: 'tiers must be ordered' }] });
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hours covered' }), 'BUSINESS_HOURS');
    await user.clear(screen.getByRole('textbox', { name: 'Time zone' }));
    await user.type(screen.getByRole('textbox', { name: 'Time zone' }), 'Europe/Berlin');
    await user.click(screen.getByRole('checkbox', { name: 'Fri' }));
    await user.type(screen.getByRole('textbox', { name: 'Holidays' }), '2026-12-25, 2026-12-26');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credit method' }), 'TIERED');
    await user.type(screen.getByRole('textbox', { name: 'Tier 1: below (percent)' }), '99.99');
    await user.type(screen.getByRole('textbox', { name: 'Tier 1: credit (percent of the charge)' }), '10');
    await user.type(screen.getByRole('textbox', { name: /Earn-back/ }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Breaches granting a termination right' }), '2');
    await user.type(screen.getByRole('textbox', { name: 'Within (months)' }), '3');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'RESPONSE_TIME');
    await user.type(screen.getByRole('textbox', { name: 'Threshold (minutes)' }), '60');
    await user.click(screen.getByRole('button', { name: 'Draft agreement' }));

    expect(await screen.findByRole('textbox', { name: 'Tier 1: below (percent)', description: 'tiers must be ordered' })).toHaveAttribute('aria-invalid', 'true');
    expect(posted[0].terms).toMatchObject({
      coverage: { timeZone: 'Europe/Berlin', days: ['MON', 'TUE', 'WED', 'THU'], from: '08:00', to: '18:00', holidays: ['2026-12-25', '2026-12-26'] },
      creditPolicy: { method: 'TIERED', tiers: [{ below: '99.99', creditPercent: '10' }] },
      earnBack: { periods: 3 },
      termination: { breaches: 2, withinPeriods: 3 },
      serviceLevels: [{ kind: 'RESPONSE_TIME', severity: 'URGENT', thresholdMinutes: 60 }],
    });
  });
});
