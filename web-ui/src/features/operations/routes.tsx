import '../acquisitions/acquisitions.css';
import type { RouteObject } from 'react-router';
import { OperationsPage } from './OperationsPage';

/** Admins' screens: /operations (read models and replays). */
export const operationsRoutes: RouteObject[] = [
  { path: 'operations', element: <OperationsPage /> },
];
