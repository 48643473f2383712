/**
 * The audit trail's filters (every one of `GET /api/audit/events`), kept in the page's address so a filtered trail
 * is a link an auditor can send, and turned into the API's query string.
 */
export interface AuditFilters {
  aggregateId: string;
  actor: string;
  actingVendorId: string;
  /** One or several event types, comma-separated (simple or full names). */
  type: string;
  /** Recording time from (inclusive), an instant in UTC: "2026-02-01T00:00:00Z". */
  from: string;
  /** Recording time to (exclusive), an instant in UTC. */
  to: string;
}

export const FILTER_NAMES: (keyof AuditFilters)[] = ['aggregateId', 'actor', 'actingVendorId', 'type', 'from', 'to'];

export const NO_FILTERS: AuditFilters = { aggregateId: '', actor: '', actingVendorId: '', type: '', from: '', to: '' };

export function filtersFrom(search: URLSearchParams): AuditFilters {
  const filters = { ...NO_FILTERS };
  for (const name of FILTER_NAMES) {
    filters[name] = (search.get(name) ?? '').trim();
  }
  return filters;
}

export function pageFrom(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 0;
}

/** The API's query: only the filters given (trimmed), and the page when it is not the first. */
export function auditQuery(filters: AuditFilters, page?: number): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = filters[name].trim();
    if (value) {
      query[name] = value;
    }
  }
  if (page !== undefined && page > 0) {
    query.page = String(page);
  }
  return query;
}

/** The page's address for filters and a page: `/audit?actor=legal&page=2`. */
export function auditSearch(filters: AuditFilters, page = 0): string {
  return new URLSearchParams(auditQuery(filters, page)).toString();
}

/** A `datetime-local` value read as UTC ("2026-02-01T10:00" → "2026-02-01T10:00:00Z"); empty stays empty. */
export function utcInstantFromInput(value: string): string {
  if (!value) {
    return '';
  }
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00Z` : /Z$/.test(value) ? value : `${value}Z`;
}

/** An instant for a `datetime-local` input showing UTC ("2026-02-01T10:00:00Z" → "2026-02-01T10:00"). */
export function inputFromUtcInstant(instant: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})/.exec(instant);
  return match ? match[1] : '';
}
