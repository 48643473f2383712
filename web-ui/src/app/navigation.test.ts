import { describe, expect, it } from 'vitest';
import { navigationFor, startPageFor } from './navigation';

const names = (roles: Parameters<typeof navigationFor>[0]['roles'], vendorId?: string) =>
  navigationFor({ username: 'u', roles, vendorId }).map((l) => l.name);

describe('the main navigation', () => {
  it('shows each role the screens it may use', () => {
    expect(names(['VENDOR_MANAGER'])).toEqual(['Worklist', 'Vendors', 'Agreements', 'Reviews', 'Acquisitions', 'Audit']);
    expect(names(['AUDITOR'])).toEqual(['Worklist', 'Vendors', 'Agreements', 'Reviews', 'Acquisitions', 'Audit']);
    expect(names(['ADMIN'])).toEqual(['Worklist', 'Vendors', 'Agreements', 'Reviews', 'Acquisitions', 'Audit', 'Operations']);
  });

  it("shows a vendor's own user its agreements and its own vendor only", () => {
    const links = navigationFor({ username: 'northwind', roles: ['VENDOR'], vendorId: 'vnd-1' });
    expect(links).toEqual([{ name: 'Vendors', to: '/vendors/vnd-1' }, { name: 'Agreements', to: '/agreements' }]);
    expect(startPageFor({ username: 'northwind', roles: ['VENDOR'], vendorId: 'vnd-1' })).toBe('/agreements');
    expect(startPageFor({ username: 'manager', roles: ['VENDOR_MANAGER'] })).toBe('/');
  });
});
