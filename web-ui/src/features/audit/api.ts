import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/auth';
import type { ApiClient } from '../../lib/api';
import type { Schemas } from '../../lib/schema';
import { auditQuery, type AuditFilters } from './filters';

export type AuditEvent = Schemas['AuditEventView'];
export type AuditEventPage = Schemas['AuditEventPage'];
export type IntegrityReport = Schemas['IntegrityReport'];

export const auditEventsQuery = (api: ApiClient, filters: AuditFilters, page: number) => queryOptions({
  queryKey: ['audit', 'events', auditQuery(filters, page)],
  queryFn: ({ signal }) => api.get<AuditEventPage>('/api/audit/events', { query: auditQuery(filters, page), signal }),
  placeholderData: keepPreviousData,
});

export const useAuditEvents = (filters: AuditFilters, page: number) => useQuery(auditEventsQuery(useApi(), filters, page));

/** Every matching event as CSV (no page, no size: the platform streams all of them), through the one client. */
export function exportCsv(api: ApiClient, filters: AuditFilters): Promise<string> {
  return api.get<string>('/api/audit/events', { query: auditQuery(filters), accept: 'text/csv' });
}

export function verifyIntegrity(api: ApiClient, aggregateId?: string): Promise<IntegrityReport> {
  return api.get<IntegrityReport>('/api/audit/integrity', { query: { aggregateId: aggregateId || undefined } });
}

export const historyQuery = (api: ApiClient, agreementId: string, filter: { type?: string; actor?: string }) => queryOptions({
  queryKey: ['agreements', agreementId, 'history', filter],
  queryFn: ({ signal }) => api.get<AuditEvent[]>(`/api/agreements/${encodeURIComponent(agreementId)}/history`,
    { query: { type: filter.type, actor: filter.actor }, signal }),
});

/** Saves text as a file the browser downloads (a Blob URL, revoked once the click is through). */
export function saveFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
