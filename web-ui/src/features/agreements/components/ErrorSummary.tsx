import { forwardRef } from 'react';
import { ProblemMessage } from '../../../components/ProblemMessage';
import type { FieldErrors } from '../../../lib/problem';

/** The id of the input for a field path such as `terms.serviceLevels[0].target`, so the summary can link to it. */
export const fieldId = (path: string) => `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * Props that put the platform's message for `path` at its input (TextField / SelectField). The input takes the
 * path's id only while it has a message (for the summary's link); otherwise its own generated one, so several
 * small forms on a page never share an id.
 */
export const at = (errors: FieldErrors, path: string) => ({ id: errors[path] ? fieldId(path) : undefined, error: errors[path] });

/**
 * The failed submit in one place (focused after the submit): the problem in words, and each field error as a link
 * to its field, so a field error the form has no input for is still read.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { error: Error | null; fieldErrors: FieldErrors }>(
  function ErrorSummary({ error, fieldErrors }, ref) {
    const entries = Object.entries(fieldErrors);
    return (
      <div ref={ref} tabIndex={-1} className="error-summary">
        <ProblemMessage error={error} />
        {error && entries.length ? (
          <ul className="items">
            {entries.map(([path, message]) => (
              <li key={path}><a href={`#${fieldId(path)}`} onClick={(e) => {
                const input = document.getElementById(fieldId(path));
                if (input) {
                  e.preventDefault();
                  input.focus();
                }
              }}>{path}: {message}</a></li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  });
