/**
 * The outcome of a change: a success is announced politely (status), a failure at once (alert).
 */
export function Notice(props: { kind: 'ok' | 'error'; text: string }) {
  return (
    <p
      className={props.kind === 'ok' ? 'notice success' : 'notice error'}
      role={props.kind === 'ok' ? 'status' : 'alert'}
    >
      {props.text}
    </p>
  );
}
