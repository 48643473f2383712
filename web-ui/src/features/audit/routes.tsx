import './audit.css';
import type { RouteObject } from 'react-router';
import { AuditTrailPage } from './AuditTrailPage';
import { CreditDetailPage } from './CreditDetailPage';
import { TimelinePage } from './TimelinePage';

/** Auditors' screens: /audit (trail, CSV, integrity), /agreements/:id/timeline, /credits/:creditId. */
export const auditRoutes: RouteObject[] = [
  { path: 'audit', element: <AuditTrailPage /> },
  { path: 'agreements/:agreementId/timeline', element: <TimelinePage /> },
  { path: 'credits/:creditId', element: <CreditDetailPage /> },
];
