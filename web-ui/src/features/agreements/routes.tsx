import type { RouteObject } from 'react-router';
import { NotYetHere } from '../placeholders/NotYetHere';

/**
 * The agreement screens (ui.md, Agreements). Addresses other screens link to:
 *   /agreements                         the list (filters as query parameters: ?vendorId=&status=)
 *   /agreements/:agreementId            one agreement
 * Built in web-ui/src/features/agreements (Web interface I, second part); these placeholders hold the addresses.
 */
export const agreementRoutes: RouteObject[] = [
  { path: 'agreements', element: <NotYetHere title="Agreements" api="GET /api/agreements" /> },
  { path: 'agreements/:agreementId', element: <NotYetHere title="Agreement" api="GET /api/agreements/{id}" /> },
];

export const agreementPath = (agreementId: string) => `/agreements/${encodeURIComponent(agreementId)}`;
