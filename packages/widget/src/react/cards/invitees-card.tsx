import type { InviteeView } from '@slotchat/dialog';
import { useTranslate } from '../chat-context';
import { SafeLink } from './safe-link';

export function InviteesCard(props: {
  eventName: string;
  invitees: InviteeView[];
  emptyText: string;
}) {
  const t = useTranslate();
  return (
    <section className="card invitees" aria-label={props.eventName}>
      <h3 className="card-title">{props.eventName}</h3>
      {props.invitees.length === 0 ? <p>{props.emptyText}</p> : null}
      <ul>
        {props.invitees.map((invitee) => (
          <li key={invitee.email}>
            <strong>{invitee.name}</strong> <span className="muted">{invitee.email}</span>
            {invitee.status === 'canceled' ? (
              <>
                {' '}
                <span className="tag">{t('inviteeCancelled')}</span>
              </>
            ) : null}
            {invitee.answers.length > 0 ? (
              <dl>
                {invitee.answers.map((answer) => (
                  <div key={answer.question}>
                    <dt>{answer.question}</dt>
                    <dd>{answer.answer}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            <p className="links">
              {invitee.rescheduleUrl ? (
                <SafeLink href={invitee.rescheduleUrl}>{t('reschedule')}</SafeLink>
              ) : null}
              {invitee.cancelUrl ? (
                <SafeLink href={invitee.cancelUrl}>{t('cancelBooking')}</SafeLink>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
