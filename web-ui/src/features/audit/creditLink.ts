import type { AuditEvent } from './api';

const CREDIT = /crd-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(\d{4}-\d{2})-([1-9]\d{0,3})/g;

/** A credit id names its agreement and month: crd-<agreement uuid>-<yyyy-MM>-<n> (CreditId). */
export function creditParts(creditId: string): { agreementId: string; period: string; number: number } | undefined {
  const match = new RegExp(`^${CREDIT.source}$`).exec(creditId);
  return match ? { agreementId: `agr-${match[1]}`, period: match[2], number: Number(match[3]) } : undefined;
}

/** The payload (the event's JSON as stored, an object: AuditEventView.payload) as text. */
export function payloadText(payload: AuditEvent['payload'] | null): string {
  return payload === undefined || payload === null ? '' : JSON.stringify(payload);
}

export const creditPath = (creditId: string) => `/credits/${encodeURIComponent(creditId)}`;

/** Every credit an event names (in its payload or as its aggregate), in order, once each. */
export function creditIdsOf(event: Pick<AuditEvent, 'payload'>): string[] {
  const found = new Set<string>();
  for (const match of payloadText(event.payload).matchAll(CREDIT)) {
    found.add(match[0]);
  }
  return [...found];
}

/** The address of the credit an event is about, when it names exactly one (an assessed, disputed, clawed back credit). */
export function creditAddressOf(event: Pick<AuditEvent, 'payload'>): string | undefined {
  const ids = creditIdsOf(event);
  return ids.length >= 1 ? creditPath(ids[0]) : undefined;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The agreement an aggregate belongs to: itself (agr-…), or the agreement of a month (prd-<agreement uuid>-<yyyy-MM>). */
export function agreementOfAggregate(aggregateId: string | undefined): string | undefined {
  if (!aggregateId) {
    return undefined;
  }
  if (new RegExp(`^agr-${UUID}$`).test(aggregateId)) {
    return aggregateId;
  }
  const month = new RegExp(`^prd-(${UUID})-\\d{4}-\\d{2}$`).exec(aggregateId);
  return month ? `agr-${month[1]}` : undefined;
}

/** An event's short name ("PeriodClosed"), whether or not the view gives typeName beside the full class name. */
export function eventName(event: Pick<AuditEvent, 'type' | 'typeName'>): string {
  return (event.typeName ?? event.type ?? 'event').split('.').pop()!;
}
