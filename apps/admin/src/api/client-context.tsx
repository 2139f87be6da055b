import { createContext, useContext, type ReactNode } from 'react';
import type { AdminClient } from './admin-client';

const ClientContext = createContext<AdminClient | null>(null);

export function ClientProvider(props: { client: AdminClient; children: ReactNode }) {
  return <ClientContext.Provider value={props.client}>{props.children}</ClientContext.Provider>;
}

/** The console's API client; one per app, so tests can hand in one with a fake fetch. */
export function useClient(): AdminClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside <ClientProvider>');
  return client;
}
