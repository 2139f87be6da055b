import type { QuickReply } from '@slotchat/dialog';
import type { ReactNode } from 'react';
import { useChat } from '../chat-context';
import { usePanelFocus } from '../panel-focus';

/**
 * A button that answers the dialog; inactive once the conversation has moved on. Answering
 * disables it, so focus moves on to the text box (or the conversation, after a tap) instead of
 * falling out of the widget.
 */
export function ReplyButton(props: {
  reply: QuickReply;
  active: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const chooseReply = useChat((state) => state.chooseReply);
  const focus = usePanelFocus();
  return (
    <button
      type="button"
      className={props.className ?? 'chip'}
      disabled={!props.active}
      onClick={(event) => {
        chooseReply(props.reply);
        focus.afterAction(event);
      }}
    >
      {props.children ?? props.reply.label}
    </button>
  );
}
