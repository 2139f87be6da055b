import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** Explains what goes here; always read out with the control. */
  hint?: ReactNode;
  error?: string | undefined;
  /** The environment variable that sets this value: the control is then read-only. */
  lockedBy?: string | null;
  children: (control: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': true | undefined;
    disabled: boolean;
  }) => ReactNode;
}

/** A labelled control with its hint, its lock and its error, all tied to it for screen readers. */
export function Field(props: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const lockId = `${id}-lock`;
  const describedBy =
    [props.hint ? hintId : null, props.lockedBy ? lockId : null, props.error ? errorId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={props.error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': props.error ? true : undefined,
        disabled: Boolean(props.lockedBy),
      })}
      {props.lockedBy ? (
        <p id={lockId} className="lock">
          Set by the environment variable <code>{props.lockedBy}</code>; change it there.
        </p>
      ) : null}
      {props.hint ? (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
