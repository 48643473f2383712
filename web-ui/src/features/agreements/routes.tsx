import type { RouteObject } from 'react-router';
import { AgreementPage } from './AgreementPage';
import { AgreementsPage } from './AgreementsPage';
import { DraftAgreementPage } from './DraftAgreementPage';

/**
 * The agreement screens (ui.md, Agreements). Addresses other screens link to:
 *   /agreements                         the list (filters as query parameters: ?vendorId=&status=)
 *   /agreements/new                     the draft form (?vendorId= preselects the vendor)
 *   /agreements/:agreementId            one agreement (?asOf=&knownAt= shows it as it stood then)
 */
export const agreementRoutes: RouteObject[] = [
  { path: 'agreements', element: <AgreementsPage /> },
  { path: 'agreements/new', element: <DraftAgreementPage /> },
  { path: 'agreements/:agreementId', element: <AgreementPage /> },
];

export const agreementPath = (agreementId: string) => `/agreements/${encodeURIComponent(agreementId)}`;
