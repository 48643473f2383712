import { describe, expect, it } from 'vitest';
import { auditQuery, auditSearch, filtersFrom, inputFromUtcInstant, NO_FILTERS, pageFrom, utcInstantFromInput } from './filters';

describe('audit trail filters', () => {
  it('send only the filters given, trimmed, and the page after the first', () => {
    const filters = { ...NO_FILTERS, actor: ' legal ', type: 'RenegotiationConcluded', from: '2026-09-01T00:00:00Z' };
    expect(auditQuery(filters)).toEqual({ actor: 'legal', type: 'RenegotiationConcluded', from: '2026-09-01T00:00:00Z' });
    expect(auditQuery(filters, 0)).not.toHaveProperty('page');
    expect(auditQuery(filters, 2)).toHaveProperty('page', '2');
  });

  it('round-trip through the address, so a filtered trail is a link', () => {
    const filters = { ...NO_FILTERS, aggregateId: 'agr-1', actingVendorId: 'vnd-9', to: '2026-10-01T00:00:00Z' };
    const search = auditSearch(filters, 3);
    expect(search).toBe('aggregateId=agr-1&actingVendorId=vnd-9&to=2026-10-01T00%3A00%3A00Z&page=3');
    const back = new URLSearchParams(search);
    expect(filtersFrom(back)).toEqual(filters);
    expect(pageFrom(back)).toBe(3);
    expect(pageFrom(new URLSearchParams('page=-1'))).toBe(0);
  });

  it('read date-time inputs as UTC', () => {
    expect(utcInstantFromInput('2026-02-01T10:30')).toBe('2026-02-01T10:30:00Z');
    expect(utcInstantFromInput('')).toBe('');
    expect(inputFromUtcInstant('2026-02-01T10:30:00Z')).toBe('2026-02-01T10:30');
  });
});
