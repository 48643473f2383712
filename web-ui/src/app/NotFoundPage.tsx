import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/useDocumentTitle';

/** An address no screen answers to: says so and leads back to the start page. */
export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. <Link to="/">Go to the start page</Link>.</p>
    </>
  );
}
