import { useTranslate } from '../chat-context';
import { ReplyButton } from './reply-button';

export function ErrorCard(props: {
  title: string;
  message: string;
  retry: boolean;
  active: boolean;
}) {
  const t = useTranslate();
  return (
    <section className="card error" aria-label={props.title}>
      <h3 className="card-title">{props.title}</h3>
      <p>{props.message}</p>
      {props.retry ? (
        <ReplyButton
          className="chip primary"
          active={props.active}
          reply={{ label: t('retry'), value: 'retry' }}
        />
      ) : null}
    </section>
  );
}
