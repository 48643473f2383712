import type { Decimal } from './schema';

/** A decimal exactly as the API gave it ("1250.00" stays "1250.00"), with thousands grouped for reading. */
export function decimalText(value: Decimal | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const text = String(value);
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!match) {
    return text;
  }
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}

/** Money with its currency, exact: "1,250.00 EUR". */
export function moneyText(amount: Decimal | null | undefined, currency: string | null | undefined): string {
  const text = decimalText(amount);
  return currency && text !== '—' ? `${text} ${currency}` : text;
}

/** A percentage exactly as given: "99.9 %". */
export function percentText(value: Decimal | null | undefined): string {
  const text = decimalText(value);
  return text === '—' ? text : `${text} %`;
}

/** An instant with its zone named: "2026-02-03 10:00 UTC" (or in the zone given, named). */
export function instantText(instant: string | null | undefined, timeZone = 'UTC'): string {
  if (!instant) {
    return '—';
  }
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return instant;
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${timeZone}`;
}

/** A month "2026-02" as "February 2026". */
export function monthText(period: string | null | undefined): string {
  if (!period) {
    return '—';
  }
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) {
    return period;
  }
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  return `${names[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** Whole days from today (UTC) to a date "2026-03-01"; negative once it has passed. */
export function daysUntil(date: string, today: Date = new Date()): number {
  const target = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((target - now) / 86_400_000);
}
