import '../acquisitions/acquisitions.css';
import type { RouteObject } from 'react-router';
import { RevisionsPage } from './RevisionsPage';

/** /agreements/:agreementId/revisions: every revision with who proposed, who approved, reasons, rationale. */
export const legalRoutes: RouteObject[] = [
  { path: 'agreements/:agreementId/revisions', element: <RevisionsPage /> },
];
