import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useChat, useTranslate } from './chat-context';

function timeZones(current: string): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return supported.includes(current) ? supported : [current, ...supported];
}

/** Title, each integration's connection state, the menu, and the close button. */
export function ChatHeader(props: { onClose: () => void }) {
  const t = useTranslate();
  const proxy = useChat((state) => state.proxy);
  const integrations = useChat((state) => state.integrations);
  const timeZone = useChat((state) => state.timeZone);
  const reset = useChat((state) => state.reset);
  const disconnect = useChat((state) => state.disconnect);
  const setTimeZone = useChat((state) => state.setTimeZone);
  const [menuOpen, setMenuOpen] = useState(false);
  const [pickingZone, setPickingZone] = useState(false);
  const menuId = useId();
  const zoneId = useId();

  function applyZone(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('timeZone');
    if (typeof value === 'string' && value) setTimeZone(value);
    setPickingZone(false);
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
          type="button"
          className="icon-button"
          aria-label={t('menu')}
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <circle cx="12" cy="5" r="2" fill="currentColor" />
            <circle cx="12" cy="12" r="2" fill="currentColor" />
            <circle cx="12" cy="19" r="2" fill="currentColor" />
          </svg>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('closeChat')}
          onClick={props.onClose}
        >
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
        <li className="zone">{t('timesIn', { zone: timeZone.replace(/_/g, ' ') })}</li>
      </ul>
      {menuOpen ? (
        <div className="menu" id={menuId}>
          <button
            type="button"
            onClick={() => {
              setMenuOpen(false);
              reset();
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
                  setMenuOpen(false);
                  void disconnect(integration.id);
                }}
              >
                {t('disconnect', { integration: integration.name })}
              </button>
            ))}
        </div>
      ) : null}
      {pickingZone ? (
        <form className="zone-form" onSubmit={applyZone}>
          <label htmlFor={zoneId}>{t('timeZone')}</label>
          <select id={zoneId} name="timeZone" defaultValue={timeZone}>
            {timeZones(timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <button type="submit" className="chip primary">
            {t('apply')}
          </button>
          <button type="button" className="chip" onClick={() => setPickingZone(false)}>
            {t('cancel')}
          </button>
        </form>
      ) : null}
    </header>
  );
}
