import './reviews.css';
import type { RouteObject } from 'react-router';
import { ReviewReportPage } from './ReviewReportPage';
import { ReviewsPage } from './ReviewsPage';

/** /reviews (?year=): ranking and reviews; /agreements/:agreementId/reviews/:year: one agreement's annual review. */
export const reviewRoutes: RouteObject[] = [
  { path: 'reviews', element: <ReviewsPage /> },
  { path: 'agreements/:agreementId/reviews/:year', element: <ReviewReportPage /> },
];

export const reportPath = (agreementId: string, year: number) =>
  `/agreements/${encodeURIComponent(agreementId)}/reviews/${year}`;
