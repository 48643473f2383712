/**
 * Times on the month page belong to the agreement's coverage time zone (ui.md): shown there with the zone named,
 * and typed there (a datetime-local value) then sent as UTC instants (api.md).
 */

function offsetMinutes(utcMillis: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMillis));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - utcMillis) / 60_000);
}

/** `2026-02-03T10:00` in `Europe/Berlin` → `2026-02-03T09:00:00Z`; undefined when not a date and time. */
export function zonedToInstant(local: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) {
    return undefined;
  }
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let utc = wall - offsetMinutes(wall, timeZone) * 60_000;
  utc = wall - offsetMinutes(utc, timeZone) * 60_000;
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}

/** An instant as a datetime-local value in the zone: the reverse of zonedToInstant, to prefill a correction. */
export function instantToZoned(instant: string | undefined, timeZone: string): string {
  if (!instant) {
    return '';
  }
  const millis = new Date(instant).getTime();
  if (Number.isNaN(millis)) {
    return '';
  }
  return new Date(millis + offsetMinutes(millis, timeZone) * 60_000).toISOString().slice(0, 16);
}
