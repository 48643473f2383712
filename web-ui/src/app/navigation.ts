import type { Role, SignedInUser } from '../lib/session';

export interface NavLinkSpec {
  /** The link's accessible name, exactly as ui.md names the screens. */
  name: 'Worklist' | 'Vendors' | 'Agreements' | 'Reviews' | 'Acquisitions' | 'Audit' | 'Operations';
  to: string;
}

const CUSTOMER_ROLES: Role[] = ['VENDOR_MANAGER', 'LEGAL', 'AUDITOR', 'ADMIN'];

/**
 * The main navigation for a user: each link only for roles that may use it (api.md, Auth). A vendor's own user sees
 * Agreements and its own vendor; Operations is the admins'.
 */
export function navigationFor(user: SignedInUser): NavLinkSpec[] {
  const has = (...roles: Role[]) => user.roles.some((role) => roles.includes(role));
  const links: NavLinkSpec[] = [];
  if (has(...CUSTOMER_ROLES)) {
    links.push({ name: 'Worklist', to: '/' }, { name: 'Vendors', to: '/vendors' });
  } else if (has('VENDOR') && user.vendorId) {
    links.push({ name: 'Vendors', to: `/vendors/${user.vendorId}` });
  }
  links.push({ name: 'Agreements', to: '/agreements' });
  if (has(...CUSTOMER_ROLES)) {
    links.push({ name: 'Reviews', to: '/reviews' }, { name: 'Acquisitions', to: '/acquisitions' },
      { name: 'Audit', to: '/audit' });
  }
  if (has('ADMIN')) {
    links.push({ name: 'Operations', to: '/operations' });
  }
  return links;
}

/** Where a user starts: the worklist, or a vendor's own user its agreements. */
export function startPageFor(user: SignedInUser): string {
  return user.roles.some((role) => CUSTOMER_ROLES.includes(role)) ? '/' : '/agreements';
}

export function roleName(role: Role): string {
  switch (role) {
    case 'VENDOR_MANAGER': return 'Vendor manager';
    case 'LEGAL': return 'Legal';
    case 'AUDITOR': return 'Auditor';
    case 'ADMIN': return 'Admin';
    case 'VENDOR': return 'Vendor';
  }
}
