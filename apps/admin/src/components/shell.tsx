import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useClient } from '../api/client-context';

const sections = [
  { href: '/', label: 'Integrations' },
  { href: '/embedding', label: 'Embedding' },
  { href: '/audit', label: 'Audit log' },
];

/** The frame of every signed-in page: the product, the sections, sign-out. */
export function Shell(props: { children: ReactNode; onSignedOut: () => void }) {
  const client = useClient();
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);

  // A new page moves focus to its content, so keyboard and screen-reader users land on it.
  useEffect(() => {
    main.current?.focus();
  }, [location]);

  const current = (href: string) =>
    href === '/' ? location === '/' || location.startsWith('/integrations') : location === href;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <span className="brand">Slotchat admin</span>
        <nav aria-label="Sections">
          <ul>
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} aria-current={current(section.href) ? 'page' : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            void client.signOut().finally(props.onSignedOut);
          }}
        >
          Sign out
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
