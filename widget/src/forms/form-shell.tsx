import { useId, type ReactElement, type ReactNode } from 'react';
import { useText } from '../i18n';

interface FormShellProps {
  title: string;
  summary: string | null;
  busy: boolean;
  /** A problem with the whole form (e.g. the address check failed), shown as an alert. */
  formError?: string | null;
  onConfirm: () => void;
  onReject: () => void;
  children: ReactNode;
}

/**
 * The frame of every confirmation form: a named form (tests and screen readers find it by its
 * title), the change in one sentence, the fields, and Confirm / Reject.
 */
export function FormShell(props: FormShellProps): ReactElement {
  const headingId = useId();
  const words = useText().form;
  return (
    <form
      className="kesher-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onConfirm();
      }}
    >
      <h3 id={headingId}>{props.title}</h3>
      {props.summary ? <p className="kesher-form-summary">{props.summary}</p> : null}
      {props.children}
      {props.formError ? (
        <p role="alert" className="kesher-error">
          {props.formError}
        </p>
      ) : null}
      <div className="kesher-form-actions">
        <button type="submit" disabled={props.busy}>
          {words.confirm}
        </button>
        <button type="button" className="kesher-secondary" disabled={props.busy} onClick={props.onReject}>
          {words.reject}
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  /** Renders the control with the ids the label, hint and error refer to. */
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled control with its hint and validation error, wired for assistive technology. */
export function Field({ label, error, hint, children }: FieldProps): ReactElement {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="kesher-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint ? (
        <small id={hintId} className="kesher-hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={errorId} className="kesher-error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}
