import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderAt } from '../../test/render';
import { WorklistPage } from './WorklistPage';

describe('the worklist', () => {
  it('lists each kind of work, every item a link to where it is acted on', async () => {
    renderAt([{ path: '/', element: <WorklistPage /> }], '/', () => jsonResponse(200, {
      generatedAt: '2026-12-07T08:00:00Z',
      terminationRights: [{ rightId: 'tr-1', agreementId: 'agr-1', title: 'Core hosting', vendorId: 'vnd-1', vendorName: 'Northwind',
        serviceLevelId: 'availability', exerciseBy: '2099-01-01' }],
      disputedCredits: [{ creditId: 'c-1', agreementId: 'agr-1', title: 'Core hosting', month: '2026-10', serviceLevelId: 'availability',
        amount: '5000.00', currency: 'EUR', vendorId: 'vnd-1', vendorName: 'Northwind' }],
      unclosedPeriods: [],
      monthsNotRecorded: [{ agreementId: 'agr-2', title: 'Service desk', month: '2026-11', timeZone: 'Europe/Berlin',
        monthEnd: '2026-11-30T23:00:00Z', vendorId: 'vnd-2', vendorName: 'Contoso' }],
      reviewsDue: [],
      renegotiations: [],
    }));

    expect(await screen.findByRole('heading', { name: /Months with nothing recorded/ })).toBeInTheDocument();
    const notRecorded = screen.getByRole('region', { name: /Months with nothing recorded/ });
    expect(within(notRecorded).getByRole('link', { name: 'Service desk: November 2026' }))
      .toHaveAttribute('href', '/agreements/agr-2/periods/2026-11');
    expect(notRecorded).toHaveTextContent('ended 2026-12-01 00:00 Europe/Berlin');

    const disputes = screen.getByRole('region', { name: /Disputed credits/ });
    expect(within(disputes).getByRole('link', { name: /5,000.00 EUR for availability, October 2026/ }))
      .toHaveAttribute('href', '/agreements/agr-1/periods/2026-10');

    const rights = screen.getByRole('region', { name: /Termination rights/ });
    expect(within(rights).getByRole('link', { name: /Core hosting: right to terminate/ }))
      .toHaveAttribute('href', '/agreements/agr-1#termination-rights');
    expect(within(rights).getByRole('link', { name: 'Northwind' })).toHaveAttribute('href', '/vendors/vnd-1');

    expect(screen.getByRole('region', { name: /Months to close/ })).toHaveTextContent('Every ended month is closed.');
  });

  it('says what went wrong instead of a blank page', async () => {
    renderAt([{ path: '/', element: <WorklistPage /> }], '/',
      () => jsonResponse(403, { status: 403, code: 'FORBIDDEN', detail: 'your role may not see this' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your role may not do this.');
  });
});
