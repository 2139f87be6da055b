/** The chat core's state: plain JSON, so it can be persisted and synced across tabs. */
import type { BotMessage } from '@slotchat/dialog';
import type { IntegrationStatus } from '@slotchat/integrations';

export type ChatEntry =
  | { id: string; role: 'visitor'; text: string; at: number }
  | {
      id: string;
      role: 'bot';
      message: BotMessage;
      at: number;
      /**
       * How the sign-in this message asked for ended, kept on the message itself so that an old
       * auth card goes on saying what happened to it, whatever the integration does later.
       */
      authOutcome?: AuthCardStatus;
    };

/** What the auth card of an integration shows. */
export type AuthCardStatus =
  | 'connect'
  | 'waiting'
  | 'blocked'
  | 'connected'
  | 'denied'
  | 'closed'
  | 'expired'
  | 'missing-scopes'
  | 'failed';

export interface AuthCardState {
  status: AuthCardStatus;
  /** The attempt in flight, kept so a reload can still learn its outcome. */
  attemptId?: string;
  authorizeUrl?: string;
  expiresAt?: string;
}

export interface ChatSnapshot {
  entries: ChatEntry[];
  engineState: unknown;
  timeZone: string;
  auth: Record<string, AuthCardState>;
}

export type ProxyConnection = 'connecting' | 'online' | 'offline';

export interface ChatState extends ChatSnapshot {
  locale: string;
  open: boolean;
  /** Bot messages that arrived while the panel was closed. */
  unread: number;
  /** Operations in flight (the typing indicator shows while this is above zero). */
  pending: number;
  proxy: ProxyConnection;
  integrations: IntegrationStatus[];
  /** The templates the site owner offers, from the proxy; null until known or when all are. */
  enabledTemplates: string[] | null;
}
