import type { QuickReply } from '@slotchat/dialog';
import { ReplyButton } from './reply-button';

/** A summary to check before anything is written, with the dialog's options (Yes/Change/Cancel). */
export function ConfirmationCard(props: {
  title: string;
  fields: { label: string; value: string }[];
  options: QuickReply[];
  active: boolean;
}) {
  return (
    <section className="card confirmation" aria-label={props.title}>
      <h3 className="card-title">{props.title}</h3>
      <dl>
        {props.fields.map((field) => (
          <div key={field.label}>
            <dt>{field.label}</dt>
            <dd>{field.value}</dd>
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
