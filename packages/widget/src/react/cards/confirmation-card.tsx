import type { ConfirmationField, QuickReply } from '@slotchat/dialog';
import { formatDayTime, formatRange } from '../../core/datetime';
import { ReplyButton } from './reply-button';
import { useZone } from './use-zone';

/** A line's value; a time the engine sent as instants is formatted here, like every card's. */
function fieldValue(field: ConfirmationField, locale: string, timeZone: string): string {
  if (field.start && field.end) return formatRange(field.start, field.end, locale, timeZone);
  if (field.start) return formatDayTime(field.start, locale, timeZone);
  return field.value;
}

/** A summary to check before anything is written, with the dialog's options (Yes/Change/Cancel). */
export function ConfirmationCard(props: {
  title: string;
  fields: ConfirmationField[];
  options: QuickReply[];
  active: boolean;
}) {
  const { locale, timeZone } = useZone();
  return (
    <section className="card confirmation" aria-label={props.title}>
      <h3 className="card-title">{props.title}</h3>
      <dl>
        {props.fields.map((field) => (
          <div key={field.label}>
            <dt>{field.label}</dt>
            <dd>{fieldValue(field, locale, timeZone)}</dd>
          </div>
        ))}
      </dl>
      <div className="chips" role="group" aria-label={props.title}>
        {props.options.map((option, index) => (
          <ReplyButton
            key={option.value}
            className={index === 0 ? 'chip primary' : 'chip'}
            reply={option}
            active={props.active}
          />
        ))}
      </div>
    </section>
  );
}
