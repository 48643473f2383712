import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/**
 * A screen of ui.md that this build does not have yet (Web interface II): says so plainly and points to the API,
 * instead of pretending.
 */
export function NotYetHere({ title, api }: { title: string; api: string }) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>This screen is not built yet. Until it is, the same data is available from the API: <code>{api}</code> (see{' '}
        <a href="/swagger-ui.html">the API documentation</a>).</p>
      <p><Link to="/">Back to the worklist</Link></p>
    </>
  );
}

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. <Link to="/">Go to the start page</Link>.</p>
    </>
  );
}
