import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ProblemMessage } from '../../../components/ProblemMessage';
import type { WriteResult } from '../../../lib/api';
import type { FieldErrors } from '../../../lib/problem';

export interface ActSubmit<TInput> {
  submit: (input: TInput) => void;
  pending: boolean;
  error: Error | null;
  fieldErrors: FieldErrors;
  reset: () => void;
}

/**
 * One act as a small form of its own (its own Idempotency-Key, its own error): the fields, the problem in words,
 * the button; after success a status message takes the focus, after a failure the first field with a message does.
 * `useAct` is the write hook (useAgreementAct / usePeriodAct), called with what to do on success.
 */
export function ActForm<TInput>({ title, submitLabel, useAct, input, children, doneText, className }: {
  title: string;
  submitLabel: string;
  useAct: (onDone: (result: WriteResult) => void) => ActSubmit<TInput>;
  input: () => TInput | undefined;
  children?: (errors: FieldErrors) => ReactNode;
  doneText: string;
  className?: string;
}) {
  const form = useRef<HTMLFormElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const [shown, setShown] = useState<string>();
  const act = useAct((result) => setShown(`${doneText} (version ${result.version}).`));
  useEffect(() => {
    if (!act.error) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? form.current?.querySelector<HTMLElement>('[role="alert"] button, [role="alert"]'))?.focus();
  }, [act.error]);
  useEffect(() => {
    if (shown) status.current?.focus();
  }, [shown]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setShown(undefined);
    const value = input();
    if (value !== undefined) {
      act.submit(value);
    }
  }
  return (
    <form ref={form} onSubmit={submit} noValidate className={className ?? 'act'} aria-label={title}>
      <h3>{title}</h3>
      {children?.(act.fieldErrors)}
      <ProblemMessage error={act.error} />
      {shown ? <p ref={status} tabIndex={-1} role="status" className="notice notice--success">{shown}</p> : null}
      <button type="submit" disabled={act.pending}>{act.pending ? 'Sending…' : submitLabel}</button>
    </form>
  );
}
