/**
 * The launcher's name before the chat has loaded. Its own module so the tiny loader can use it
 * without carrying the whole catalogue (`strings.ts` reuses it, so the two never disagree).
 */
export const openChatLabel = 'Open chat';
