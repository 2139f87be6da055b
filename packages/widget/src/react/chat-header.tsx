import { useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, Ref } from 'react';
import { zoneShortLabel } from '../core/time-zones';
import { useChat, useTranslate } from './chat-context';
import { usePanelFocus } from './panel-focus';
import { ZonePicker } from './zone-picker';

/** Title, each integration's connection state, the menu, and the close button. */
export function ChatHeader({
  onClose,
  menuButtonRef,
}: {
  onClose: () => void;
  menuButtonRef: Ref<HTMLButtonElement>;
}) {
  const t = useTranslate();
  const proxy = useChat((state) => state.proxy);
  const allIntegrations = useChat((state) => state.integrations);
  // One the site owner switched off is not part of this chat: no line for it, no Disconnect.
  const integrations = allIntegrations.filter((integration) => integration.enabled !== false);
  const timeZone = useChat((state) => state.timeZone);
  const locale = useChat((state) => state.locale);
  const reset = useChat((state) => state.reset);
  const disconnect = useChat((state) => state.disconnect);
  const setTimeZone = useChat((state) => state.setTimeZone);
  const focus = usePanelFocus();
  const [menuOpen, setMenuOpen] = useState(false);
  const [pickingZone, setPickingZone] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  // A menu opened from its button takes focus on its first item, as menus do.
  useEffect(() => {
    if (menuOpen) menuRef.current?.querySelector('button')?.focus();
  }, [menuOpen]);

  function closeMenu() {
    setMenuOpen(false);
    focus.toMenuButton();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menuRef.current?.querySelectorAll('button') ?? [])];
    const index = items.findIndex((item) => item === event.target);
    if (event.key === 'Escape') {
      // Escape closes the innermost thing only: the menu, not the whole chat.
      event.stopPropagation();
      closeMenu();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    }
  }

  function onMenuBlur(event: FocusEvent<HTMLDivElement>) {
    // Tabbing or clicking away closes the menu (it would otherwise float over the conversation).
    const next = event.relatedTarget as Node | null;
    if (next && !menuRef.current?.contains(next)) setMenuOpen(false);
  }

  const proxyText =
    proxy === 'online'
      ? t('connectionOnline')
      : proxy === 'offline'
        ? t('connectionOffline')
        : t('connectionConnecting');

  return (
    <header className="header">
      <div className="header-row">
        <h2 className="title">{t('title')}</h2>
        <button
          ref={menuButtonRef}
          type="button"
          className="icon-button"
          aria-label={t('menu')}
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <circle cx="12" cy="5" r="2" fill="currentColor" />
            <circle cx="12" cy="12" r="2" fill="currentColor" />
            <circle cx="12" cy="19" r="2" fill="currentColor" />
          </svg>
        </button>
        <button type="button" className="icon-button" aria-label={t('closeChat')} onClick={onClose}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path stroke="currentColor" strokeWidth="2" d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
      <ul className="status" aria-label={t('connections')}>
        <li className={`proxy proxy-${proxy}`}>{proxyText}</li>
        {integrations.map((integration) => (
          <li key={integration.id} className={integration.connected ? 'on' : 'off'}>
            {integration.connected
              ? integration.connectedBy === 'owner'
                ? t('integrationConnectedByOwner', { integration: integration.name })
                : t('integrationConnected', { integration: integration.name })
              : t('integrationNotConnected', { integration: integration.name })}
          </li>
        ))}
        <li className="zone">{t('timesIn', { zone: zoneShortLabel(timeZone, locale) })}</li>
      </ul>
      {menuOpen ? (
        <div
          ref={menuRef}
          className="menu"
          id={menuId}
          role="group"
          aria-label={t('menu')}
          onKeyDown={onMenuKeyDown}
          onBlur={onMenuBlur}
        >
          <button
            type="button"
            onClick={(event) => {
              setMenuOpen(false);
              reset();
              focus.afterAction(event);
            }}
          >
            {t('startOver')}
          </button>
          <button
            type="button"
            onClick={() => {
              setMenuOpen(false);
              setPickingZone(true);
            }}
          >
            {t('changeTimeZone')}
          </button>
          {integrations
            .filter((integration) => integration.connected && integration.connectedBy === 'visitor')
            .map((integration) => (
              <button
                key={integration.id}
                type="button"
                onClick={() => {
                  closeMenu();
                  void disconnect(integration.id);
                }}
              >
                {t('disconnect', { integration: integration.name })}
              </button>
            ))}
        </div>
      ) : null}
      {pickingZone ? (
        <ZonePicker
          onPick={(zone, event) => {
            setPickingZone(false);
            setTimeZone(zone);
            focus.afterAction(event);
          }}
          onCancel={() => {
            setPickingZone(false);
            focus.toMenuButton();
          }}
        />
      ) : null}
    </header>
  );
}
