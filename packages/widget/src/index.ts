/**
 * @slotchat/widget for React sites and for other packages. A plain site embeds the built
 * `dist/widget.js` by script tag instead (see `embed/loader.ts`).
 */
import './embed/zod-jitless';

export { SlotchatWidget } from './react/slotchat-widget';
export type { SlotchatWidgetProps } from './react/slotchat-widget';
export { createChat } from './core/create-chat';
export type { Chat, ChatOptions } from './core/create-chat';
export { createChatStore } from './core/chat-store';
export type { ChatActions, ChatStore, ChatStoreOptions } from './core/chat-store';
export type * from './core/chat-types';
export type { DialogEngine } from './core/engine-port';
export { createHttpTransport, memorySessionTokens } from './core/http-transport';
export type { ChatTransport } from './core/transport';
export { TransportError } from './core/transport';
export type { ChatPersistence } from './core/persistence';
export { memoryPersistence } from './core/persistence';
export { localStoragePersistence } from './core/local-storage-persistence';
export { en as englishStrings } from './core/strings';
export type { Catalogue } from './core/strings';
