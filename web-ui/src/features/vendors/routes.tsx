import type { RouteObject } from 'react-router';
import { RegisterVendorPage } from './RegisterVendorPage';
import { VendorPage } from './VendorPage';
import { VendorsPage } from './VendorsPage';

/** Vendor screens: /vendors (?status=), /vendors/new, /vendors/:vendorId (?year=). */
export const vendorRoutes: RouteObject[] = [
  { path: 'vendors', element: <VendorsPage /> },
  { path: 'vendors/new', element: <RegisterVendorPage /> },
  { path: 'vendors/:vendorId', element: <VendorPage /> },
];

export const vendorPath = (vendorId: string) => `/vendors/${encodeURIComponent(vendorId)}`;
