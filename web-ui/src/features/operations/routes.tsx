import '../acquisitions/acquisitions.css';
import type { RouteObject } from 'react-router';
import { OperationsPage } from './OperationsPage';
import { SubscriptionPage } from './SubscriptionPage';

export { subscriptionPath } from './integrations';

/** Admins' screens: /operations (read models and replays, integration tokens, monitor bindings, subscriptions) and
 * /operations/subscriptions/:subscriptionId (one subscription and its deliveries, ?page=). */
export const operationsRoutes: RouteObject[] = [
  { path: 'operations', element: <OperationsPage /> },
  { path: 'operations/subscriptions/:subscriptionId', element: <SubscriptionPage /> },
];
