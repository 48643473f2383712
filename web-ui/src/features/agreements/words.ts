/** The platform's enums said in words (domain.md glossary). */
export const STATUS_WORDS: Record<string, string> = {
  DRAFT: 'Draft', NEGOTIATION: 'In negotiation', ACTIVE: 'Active', TERMINATED: 'Terminated', EXPIRED: 'Expired',
};
export const TYPE_WORDS: Record<string, string> = {
  SERVICE_BASED: 'Service-based', CUSTOMER_BASED: 'Customer-based', MULTI_LEVEL: 'Multi-level', OLA: 'Operating-level (OLA)',
};
export const KIND_WORDS: Record<string, string> = {
  AVAILABILITY: 'Availability', RESPONSE_TIME: 'Response time', RESOLUTION_TIME: 'Resolution time', KPI: 'KPI',
};
export const PARTY_WORDS: Record<string, string> = { CUSTOMER: 'Customer', VENDOR: 'Vendor' };
export const REASON_WORDS: Record<string, string> = {
  ANNUAL_REVIEW: 'Annual review', ACQUISITION: 'Acquisition', PERFORMANCE: 'Performance', REGULATORY: 'Regulatory', OTHER: 'Other',
};
export const TERMINATION_WORDS: Record<string, string> = {
  FOR_CAUSE: 'For cause', CONVENIENCE: 'For convenience', ACQUISITION: 'After an acquisition',
};
export const CAUSE_WORDS: Record<string, string> = {
  VENDOR: 'Vendor', CUSTOMER: 'Customer', PLANNED_MAINTENANCE: 'Planned maintenance', FORCE_MAJEURE: 'Force majeure',
  BREACHES: 'Repeated breaches', CRITICAL_FAILURE: 'Critical failure',
};
export const DIRECTION_WORDS: Record<string, string> = {
  HIGHER_IS_BETTER: 'Higher is better', LOWER_IS_BETTER: 'Lower is better',
};
export const SEVERITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

export const words = (table: Record<string, string>, value: string | null | undefined) =>
  value ? table[value] ?? value : '—';
