/** A bot reply → the `message` objects of Send API requests (plain text and quick replies, within Messenger's limits). */
import type { Activity } from 'botbuilder';
import { MESSENGER_TITLE_MAX } from './formatForMessenger.js';
import { formatReplyForMessenger, readActionPayload } from './facebookMiddleware.js';
import type { OutgoingMessage, QuickReply } from './messengerTypes.js';

const PAYLOAD_MAX = 1000;

export function toMessengerMessages(activity: Partial<Activity>): OutgoingMessage[] {
  return formatReplyForMessenger(activity, { titleMax: MESSENGER_TITLE_MAX })
    .filter((reply) => (reply.type ?? 'message') === 'message')
    .flatMap((reply) => {
      const quickReplies: QuickReply[] = (reply.suggestedActions?.actions ?? []).flatMap((action) => {
        const payload = readActionPayload(action);
        return payload && action.title ? [{ content_type: 'text', title: action.title, payload: payload.slice(0, PAYLOAD_MAX) }] : [];
      });
      // Messenger refuses quick replies without text, and an empty message altogether.
      if (!reply.text) return [];
      return [{ text: reply.text, ...(quickReplies.length > 0 ? { quick_replies: quickReplies } : {}) }];
    });
}
