import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useApi } from '../../lib/auth';
import { diffQuery, termsQuery } from './api';
import { diffRows, type DiffRow } from './diff';

/** The terms of two versions side by side, changed fields marked (the platform's `/versions/{a}/diff/{b}`). */
export function TermsDiff({ agreementId, from, to, title }: { agreementId: string; from: number; to: number; title?: string }) {
  const api = useApi();
  const before = useQuery(termsQuery(api, agreementId, from));
  const after = useQuery(termsQuery(api, agreementId, to));
  const changes = useQuery(diffQuery(api, agreementId, from, to));
  const failed = before.error ?? after.error ?? changes.error;
  if (failed) {
    return <ProblemMessage error={failed} />;
  }
  if (!before.data || !after.data || !changes.data) {
    return <p role="status">Loading the terms of versions {from} and {to}…</p>;
  }
  return <DiffTable rows={diffRows(before.data.terms, after.data.terms, changes.data)} from={from} to={to}
    title={title} changeCount={changes.data.length} />;
}

export function DiffTable({ rows, from, to, title, changeCount }: { rows: DiffRow[]; from: number; to: number; title?: string; changeCount: number }) {
  const [onlyChanged, setOnlyChanged] = useState(false);
  const shown = onlyChanged ? rows.filter((row) => row.changed) : rows;
  return (
    <div className="diff">
      <p>
        {changeCount === 0 ? `Versions ${from} and ${to} have the same terms.`
          : `${changeCount} ${changeCount === 1 ? 'change' : 'changes'} from version ${from} to version ${to}; changed fields are marked.`}
        {' '}
        <label><input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} /> Only changed fields</label>
      </p>
      <table>
        <caption>{title ?? `Terms, version ${from} and version ${to}`}</caption>
        <thead>
          <tr><th scope="col">Field</th><th scope="col">Version {from} (before)</th><th scope="col">Version {to} (after)</th></tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.path} className={row.changed ? 'diff__changed' : undefined}>
              <th scope="row"><code>{row.path}</code>{row.changed ? <>{' '}<strong className="diff__mark">changed</strong></> : null}</th>
              <td>{row.changed ? <del>{row.before}</del> : row.before}</td>
              <td>{row.changed ? <ins>{row.after}</ins> : row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
