/**
 * Terms side by side: both versions flattened to paths in the platform's own notation (`/versions/{a}/diff/{b}`
 * answers paths such as `serviceLevels[availability].target`: list items with an id are named by it, others by
 * position), and every path the platform reports as changed marked.
 */
export interface DiffRow {
  path: string;
  before: string;
  after: string;
  changed: boolean;
}

export function valueText(value: unknown): string {
  if (value === undefined || value === null) {
    return '—';
  }
  if (typeof value === 'object') {
    return JSON.stringify(value);
  }
  return String(value);
}

/** `{a: {b: 1}, list: [{id: 'x', v: 2}]}` → `{'a.b': 1, 'list[x].v': 2}`; empty lists and objects kept as values. */
export function flattenTerms(value: unknown, prefix = '', into: Map<string, unknown> = new Map()): Map<string, unknown> {
  if (Array.isArray(value)) {
    if (value.length === 0 || value.every((item) => typeof item !== 'object' || item === null)) {
      into.set(prefix, value.length === 0 ? [] : value.join(', '));
      return into;
    }
    value.forEach((item, index) => {
      const key = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : String(index);
      flattenTerms(item, `${prefix}[${key}]`, into);
    });
    return into;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) {
      into.set(prefix, {});
    }
    for (const [name, inner] of entries) {
      flattenTerms(inner, prefix ? `${prefix}.${name}` : name, into);
    }
    return into;
  }
  into.set(prefix, value);
  return into;
}

/**
 * Every path of either version, in the order of the terms, with the changed ones marked: a path is changed when the
 * platform's diff names it (or a part of it) or when the two values differ. Paths only the diff names (a service
 * level added or removed as a whole) are shown with the diff's values.
 */
export function diffRows(before: unknown, after: unknown, changes: { path?: string; before?: unknown; after?: unknown }[]): DiffRow[] {
  const left = flattenTerms(before);
  const right = flattenTerms(after);
  const changedPaths = changes.map((c) => c.path ?? '').filter(Boolean);
  const isUnder = (path: string, changed: string) => path === changed || path.startsWith(`${changed}.`)
    || path.startsWith(`${changed}[`);
  const paths: string[] = [];
  for (const path of [...left.keys(), ...right.keys()]) {
    if (!paths.includes(path)) {
      paths.push(path);
    }
  }
  const rows: DiffRow[] = paths.map((path) => {
    const b = valueText(left.get(path));
    const a = valueText(right.get(path));
    return { path, before: b, after: a, changed: b !== a || changedPaths.some((c) => isUnder(path, c)) };
  });
  for (const change of changes) {
    const path = change.path ?? '';
    if (path && !rows.some((row) => isUnder(row.path, path))) {
      rows.push({ path, before: valueText(change.before), after: valueText(change.after), changed: true });
    }
  }
  return rows;
}
