import type { RouteObject } from 'react-router';
import { NotYetHere } from '../placeholders/NotYetHere';

/**
 * The month (period) page (ui.md, Month page). Address other screens link to:
 *   /agreements/:agreementId/periods/:period     period as 2026-02
 * Built in web-ui/src/features/periods; this placeholder holds the address.
 */
export const periodRoutes: RouteObject[] = [
  {
    path: 'agreements/:agreementId/periods/:period',
    element: <NotYetHere title="Month" api="GET /api/agreements/{id}/periods/{period}" />,
  },
];

export const periodPath = (agreementId: string, period: string) =>
  `/agreements/${encodeURIComponent(agreementId)}/periods/${encodeURIComponent(period)}`;
