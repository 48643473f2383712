import './acquisitions.css';
import type { RouteObject } from 'react-router';
import { AcquisitionPage } from './AcquisitionPage';
import { AcquisitionsPage } from './AcquisitionsPage';

const enc = encodeURIComponent;

/** Legal's screens: /acquisitions (with termination rights), /acquisitions/:vendorId (by the acquired vendor). */
export const acquisitionRoutes: RouteObject[] = [
  { path: 'acquisitions', element: <AcquisitionsPage /> },
  { path: 'acquisitions/:vendorId', element: <AcquisitionPage /> },
];

export const acquisitionPath = (vendorId: string) => `/acquisitions/${enc(vendorId)}`;
export const revisionsPath = (agreementId: string) => `/agreements/${enc(agreementId)}/revisions`;
export const timelinePath = (agreementId: string) => `/agreements/${enc(agreementId)}/timeline`;
