/**
 * A Messenger webhook event → the Bot Framework activity Azure Bot Service's Facebook channel would have sent for it,
 * so that the same bot code serves both routes (CHANNELS.md: text = the quick reply's TITLE, the event in channelData).
 */
import type { Activity, Attachment } from 'botbuilder';
import { FACEBOOK_CHANNEL_ID } from './facebookMiddleware.js';
import type { MessagingEvent } from './messengerTypes.js';

export function createConversationId(pageId: string, psid: string): string {
  return `${pageId}-${psid}`;
}

export function toActivity(event: MessagingEvent, pageId: string, psid: string): Partial<Activity> {
  const message = event.message;
  const postback = event.postback;
  const text = message ? message.text : (postback?.title ?? postback?.payload);
  const attachments = message ? toAttachments(message.attachments) : [];
  return {
    type: 'message',
    id: message?.mid ?? postback?.mid,
    channelId: FACEBOOK_CHANNEL_ID,
    timestamp: new Date(event.timestamp ?? Date.now()),
    from: { id: psid, name: '', role: 'user' },
    recipient: { id: pageId, name: '', role: 'bot' },
    conversation: { id: createConversationId(pageId, psid), isGroup: false, conversationType: 'personal', name: '' },
    // Messenger sends no locale: the bot decides the language from the words and the resident's choice.
    ...(text !== undefined ? { text } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
    channelData: event,
  };
}

/** Stickers, images and files: the bot only needs to know that something other than text arrived. */
function toAttachments(attachments: unknown[] | undefined): Attachment[] {
  if (!Array.isArray(attachments)) return [];
  return attachments.map((item) => {
    const record = (item ?? {}) as { type?: unknown; payload?: { url?: unknown } };
    const type = typeof record.type === 'string' ? record.type : 'file';
    const url = typeof record.payload?.url === 'string' ? record.payload.url : undefined;
    return { contentType: type, ...(url ? { contentUrl: url } : {}) };
  });
}
