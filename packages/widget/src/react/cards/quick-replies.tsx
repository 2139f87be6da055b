import type { QuickReply } from '@slotchat/dialog';
import { ReplyButton } from './reply-button';

export function QuickReplies(props: { options: QuickReply[]; active: boolean }) {
  return (
    <div className="chips" role="group">
      {props.options.map((option) => (
        <ReplyButton key={option.value} reply={option} active={props.active} />
      ))}
    </div>
  );
}
