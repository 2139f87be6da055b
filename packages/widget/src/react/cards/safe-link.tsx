import type { ReactNode } from 'react';

/** Only http(s) links are shown as links; they open in a new tab without access to this page. */
export function SafeLink(props: { href: string; children: ReactNode; className?: string }) {
  let safe: boolean;
  try {
    const protocol = new URL(props.href).protocol;
    safe = protocol === 'https:' || protocol === 'http:';
  } catch {
    safe = false;
  }
  if (!safe) return <span className={props.className}>{props.children}</span>;
  return (
    <a className={props.className} href={props.href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}
