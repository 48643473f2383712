import { describe, expect, it } from 'vitest';
import { daysUntil, decimalText, instantText, moneyText, monthText, percentText } from './format';

describe('formatting', () => {
  it('shows decimals exactly as the API gave them, grouped', () => {
    expect(decimalText('100000.00')).toBe('100,000.00');
    expect(decimalText('99.95039682539682539682539682539683')).toBe('99.95039682539682539682539682539683');
    expect(decimalText('-1250.5')).toBe('-1,250.5');
    expect(moneyText('5000.00', 'EUR')).toBe('5,000.00 EUR');
    expect(percentText('99.9')).toBe('99.9 %');
    expect(decimalText(undefined)).toBe('—');
  });

  it('names the zone of an instant', () => {
    expect(instantText('2026-02-03T10:00:00Z')).toBe('2026-02-03 10:00 UTC');
    expect(instantText('2026-02-28T23:00:00Z', 'Europe/Berlin')).toBe('2026-03-01 00:00 Europe/Berlin');
  });

  it('says months and days left', () => {
    expect(monthText('2026-02')).toBe('February 2026');
    expect(daysUntil('2026-03-01', new Date('2026-02-27T23:59:00Z'))).toBe(2);
    expect(daysUntil('2026-02-20', new Date('2026-02-27T08:00:00Z'))).toBe(-7);
  });
});
