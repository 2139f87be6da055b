import { useChat } from '../chat-context';

/** The visitor's locale and time zone, for Intl formatting. */
export function useZone(): { locale: string; timeZone: string } {
  const locale = useChat((state) => state.locale);
  const timeZone = useChat((state) => state.timeZone);
  return { locale, timeZone };
}
