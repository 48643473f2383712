import type { RouteObject } from 'react-router';
import { PeriodPage } from './PeriodPage';

/**
 * The month (period) page (ui.md, Month page). Address other screens link to:
 *   /agreements/:agreementId/periods/:period     period as 2026-02 (?asOf=&knownAt= shows it as it stood then)
 */
export const periodRoutes: RouteObject[] = [
  { path: 'agreements/:agreementId/periods/:period', element: <PeriodPage /> },
];

export const periodPath = (agreementId: string, period: string) =>
  `/agreements/${encodeURIComponent(agreementId)}/periods/${encodeURIComponent(period)}`;
