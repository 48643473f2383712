import { useEffect, useId, type InputHTMLAttributes, type ReactNode, type RefObject, type SelectHTMLAttributes } from 'react';

/** After a refused submit, keyboard and screen-reader users land on the first field the platform refused. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, error: unknown): void {
  useEffect(() => {
    if (error) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [form, error]);
}

interface FieldProps {
  label: string;
  /** The server's message for this field (problem document errors[].field), shown next to it. */
  error?: string;
  hint?: ReactNode;
}

/** A labelled input with its hint and its error tied to it (aria-describedby, aria-invalid). */
export function TextField({ label, error, hint, id, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={inputId}>{label}{input.required ? <span aria-hidden="true"> *</span> : null}</label>
      {hint ? <p className="field__hint" id={hintId}>{hint}</p> : null}
      <input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? <p className="field__error" id={errorId}>{error}</p> : null}
    </div>
  );
}

export function SelectField({ label, error, hint, id, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const generated = useId();
  const selectId = id ?? generated;
  const errorId = `${selectId}-error`;
  const hintId = `${selectId}-hint`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={selectId}>{label}</label>
      {hint ? <p className="field__hint" id={hintId}>{hint}</p> : null}
      <select id={selectId} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {children}
      </select>
      {error ? <p className="field__error" id={errorId}>{error}</p> : null}
    </div>
  );
}
