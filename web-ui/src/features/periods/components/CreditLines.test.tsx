import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Period } from '../api';
import { CreditLines } from './CreditLines';

const pool = {
  currency: 'EUR', monthlyCharge: '100000.00', atRiskAmount: '10000.00', creditTotal: '10000.00', capReduction: '2000.00', creditNet: '10000.00',
  results: [{ serviceLevelId: 'availability', reported: '99.832', measured: '99.83198924731182795698924731182796' }],
  credits: [
    { id: 'crd-1', serviceLevelId: 'availability', method: 'POOL', measured: '99.83198924731182795698924731182796', target: '99.9',
      ratePercent: '50', amountBeforeCap: '5000.00', amount: '5000.00', status: 'ASSESSED', termsVersion: 2, formula: '10000.00 × 50 % = 5000.00' },
    { id: 'crd-2', serviceLevelId: 'resolution', method: 'POOL', measured: '80', target: '90', ratePercent: '70', amountBeforeCap: '7000.00',
      amount: '5000.00', capped: true, status: 'REDUCED', netAmount: '2500.00', termsVersion: 2, formula: '10000.00 × 70 % = 7000.00',
      dispute: { reason: 'maintenance was announced', outcome: 'REDUCED', amountBefore: '5000.00', amountAfter: '2500.00', disputedAt: '2026-02-06T10:00:00Z' } },
  ],
} as unknown as Period;

describe("a closed month's credit lines", () => {
  it('gives each credit with its currency, its formula in words and as computed, and the terms version', { timeout: 20_000 }, () => {
    render(<CreditLines period={pool} />);

    const availability = screen.getByRole('listitem', { name: 'Credit for availability' });
    expect(availability).toHaveTextContent('availability: 5,000.00 EUR');
    expect(availability).toHaveTextContent('availability measured 99.832 % against a target of 99.9 %, so it costs its allocation of 50 % of the at-risk amount of 10,000.00 EUR: 5,000.00 EUR.');
    expect(within(availability).getByText('10000.00 × 50 % = 5000.00')).toBeInTheDocument();
    expect(availability).toHaveTextContent('terms version 2');
    expect(availability).toHaveTextContent('measured 99.83198924731182795698924731182796');

    const resolution = screen.getByRole('listitem', { name: 'Credit for resolution' });
    expect(resolution).toHaveTextContent("7,000.00 EUR; the month's cap reduced it to 5,000.00 EUR.");
    expect(resolution).toHaveTextContent('(net 2,500.00 EUR)');
    expect(resolution).toHaveTextContent('Resolved reduced: 5,000.00 EUR → 2,500.00 EUR.');
    expect(screen.getByText('Not owed (cap)').nextElementSibling).toHaveTextContent('2,000.00 EUR');
  });

  it('explains a tiered credit as the tier of the monthly charge', { timeout: 20_000 }, () => {
    render(<CreditLines period={{
      currency: 'USD', monthlyCharge: '20000.00', creditTotal: '2000.00', capReduction: '0.00', creditNet: '2000.00', results: [],
      credits: [{ id: 'crd-3', serviceLevelId: 'availability', method: 'TIERED', measured: '99.884', target: '99.99', ratePercent: '10',
        amountBeforeCap: '2000.00', amount: '2000.00', status: 'ASSESSED', termsVersion: 1, formula: '20000.00 × 10 % = 2000.00' }],
    } as unknown as Period} />);

    expect(screen.getByRole('listitem', { name: 'Credit for availability' })).toHaveTextContent(
      'availability measured 99.884 % against a target of 99.99 %, so the tier of 10 % of the monthly charge of 20,000.00 USD applies: 2,000.00 USD.');
  });

  it('says plainly when a month bears no credit', { timeout: 20_000 }, () => {
    render(<CreditLines period={{ currency: 'EUR', credits: [] } as unknown as Period} />);
    expect(screen.getByText('No credit: no critical service level was breached.')).toBeInTheDocument();
  });
});
