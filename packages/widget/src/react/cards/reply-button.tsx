import type { QuickReply } from '@slotchat/dialog';
import type { ReactNode } from 'react';
import { useChat } from '../chat-context';

/** A button that answers the dialog; inactive once the conversation has moved on. */
export function ReplyButton(props: {
  reply: QuickReply;
  active: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const chooseReply = useChat((state) => state.chooseReply);
  return (
    <button
      type="button"
      className={props.className ?? 'chip'}
      disabled={!props.active}
      onClick={() => chooseReply(props.reply)}
    >
      {props.children ?? props.reply.label}
    </button>
  );
}
