import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ZoneOption } from '../core/time-zones';
import { otherZones, searchZones, suggestedZones } from '../core/time-zones';
import { useChat, useTranslate } from './chat-context';

/**
 * The time-zone picker: a search box over a list (the ARIA combobox pattern with an always-open
 * listbox). Suggestions come first; typing "berl", "tokyo" or "gmt+9" narrows the whole list.
 * Arrow keys move through the list, Enter or a click picks, Escape cancels.
 */
type Pick = (zone: string, event?: { nativeEvent: Event }) => void;

export function ZonePicker(props: { onPick: Pick; onCancel: () => void }) {
  const t = useTranslate();
  const current = useChat((state) => state.timeZone);
  const locale = useChat((state) => state.locale);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const id = useId();
  const suggested = useMemo(() => suggestedZones(locale, current), [locale, current]);
  // Labelling every zone takes a few hundred Intl look-ups: the suggestions show at once, the
  // full list a moment later, and both are made once per opening, not per keystroke.
  const [others, setOthers] = useState<ZoneOption[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setOthers(otherZones(locale, suggested)), 0);
    return () => clearTimeout(timer);
  }, [locale, suggested]);
  const groups = useMemo(() => {
    if (query.trim()) {
      return [{ label: null, zones: searchZones([...suggested, ...others], query) }];
    }
    return [
      { label: t('timeZoneSuggested'), zones: suggested },
      ...(others.length > 0 ? [{ label: t('timeZoneAll'), zones: others }] : []),
    ];
  }, [suggested, others, query, t]);
  const flat = groups.flatMap((group) => group.zones);
  const active = flat[Math.min(activeIndex, flat.length - 1)];
  const optionId = (zone: ZoneOption) => `${id}-${zone.id.replace(/[^\w-]/g, '-')}`;
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('.zone-option.active')?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function move(to: number) {
    setActiveIndex(Math.max(0, Math.min(flat.length - 1, to)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const page = 8;
    const steps: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
    };
    if (event.key in steps) {
      event.preventDefault();
      move(steps[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active) props.onPick(active.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
    }
  }

  const listId = `${id}-list`;
  return (
    <div className="zone-picker" role="group" aria-label={t('changeTimeZone')}>
      <label htmlFor={id} className="zone-label">
        {t('timeZone')}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active) : undefined}
        placeholder={t('timeZoneSearch')}
        autoComplete="off"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul ref={listRef} id={listId} role="listbox" className="zone-list" aria-label={t('timeZone')}>
        {groups.map((group) =>
          group.label ? (
            <li key={group.label} role="presentation">
              <span className="zone-group" aria-hidden="true">
                {group.label}
              </span>
              <ul role="group" aria-label={group.label}>
                {group.zones.map((zone) => (
                  <ZoneRow
                    key={zone.id}
                    zone={zone}
                    id={optionId(zone)}
                    active={zone === active}
                    selected={zone.id === current}
                    onPick={props.onPick}
                  />
                ))}
              </ul>
            </li>
          ) : (
            group.zones.map((zone) => (
              <ZoneRow
                key={zone.id}
                zone={zone}
                id={optionId(zone)}
                active={zone === active}
                selected={zone.id === current}
                onPick={props.onPick}
              />
            ))
          ),
        )}
      </ul>
      <p className="visually-hidden" role="status">
        {query.trim()
          ? flat.length === 0
            ? t('timeZoneNoMatch', { query: query.trim() })
            : t('timeZoneMatches', { count: flat.length })
          : ''}
      </p>
      {query.trim() && flat.length === 0 ? (
        <p className="muted" aria-hidden="true">
          {t('timeZoneNoMatch', { query: query.trim() })}
        </p>
      ) : null}
      <button type="button" className="chip" onClick={props.onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

function ZoneRow(props: {
  zone: ZoneOption;
  id: string;
  active: boolean;
  selected: boolean;
  onPick: Pick;
}) {
  const { zone } = props;
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={props.active}
      className={`zone-option${props.active ? ' active' : ''}${props.selected ? ' current' : ''}`}
      // The search box keeps focus while the pointer picks.
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => props.onPick(zone.id, event)}
    >
      <span className="zone-city">{zone.city}</span>{' '}
      <span className="zone-detail">
        {zone.name ? <span>{zone.name}</span> : null} <span>{zone.offset}</span>
      </span>
    </li>
  );
}
