import type { TermsChange } from '../api';

/** A term's value as text: decimals exactly as given, objects as compact JSON, absent as "—". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

/** Side-by-side diff of two versions' terms (`GET …/versions/{a}/diff/{b}`): one row per changed path. */
export function DiffView({ changes, from, to }: { changes: TermsChange[]; from: number; to: number }) {
  if (changes.length === 0) {
    return <p className="empty">Versions {from} and {to} have the same terms.</p>;
  }
  return (
    <table>
      <caption>Changes from version {from} to version {to}</caption>
      <thead>
        <tr><th scope="col">Term</th><th scope="col">Version {from}</th><th scope="col">Version {to}</th></tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row"><code>{change.path}</code></th>
            <td className={change.before === undefined || change.before === null ? 'diff diff--none' : 'diff diff--before'}>{valueText(change.before)}</td>
            <td className={change.after === undefined || change.after === null ? 'diff diff--none' : 'diff diff--after'}>{valueText(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
