import type { ReactNode } from 'react';

/** Links come from providers and from storage: only absolute http(s) URLs become links. */
export function isSafeUrl(href: string): boolean {
  try {
    const protocol = new URL(href).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Only http(s) links are shown as links; they open in a new tab without access to this page. */
export function SafeLink(props: { href: string; children: ReactNode; className?: string }) {
  if (!isSafeUrl(props.href)) return <span className={props.className}>{props.children}</span>;
  return (
    <a className={props.className} href={props.href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}
