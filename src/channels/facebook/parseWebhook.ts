/**
 * Turns a webhook POST body into the events the bot must answer. Echoes of the page's own messages, delivery and read
 * receipts are dropped here; what remains is a resident's message, quick-reply tap or postback.
 */
import type { MessagingEvent, WebhookBody } from './messengerTypes.js';

export interface IncomingEvent {
  pageId: string;
  psid: string;
  /** Identifies the event across re-deliveries. */
  dedupKey: string;
  event: MessagingEvent;
}

export function parseWebhook(body: unknown): IncomingEvent[] {
  if (body === null || typeof body !== 'object') return [];
  const { object, entry } = body as WebhookBody;
  if (object !== 'page' || !Array.isArray(entry)) return [];
  const events: IncomingEvent[] = [];
  for (const item of entry) {
    if (!item || !Array.isArray(item.messaging)) continue;
    for (const event of item.messaging) {
      const parsed = toIncomingEvent(event, item.id);
      if (parsed) events.push(parsed);
    }
  }
  return events;
}

function toIncomingEvent(event: MessagingEvent | undefined, entryId: string | undefined): IncomingEvent | undefined {
  if (!event || typeof event !== 'object') return undefined;
  const psid = event.sender?.id;
  const pageId = event.recipient?.id ?? entryId;
  if (typeof psid !== 'string' || typeof pageId !== 'string') return undefined;
  if (event.message) {
    if (event.message.is_echo) return undefined;
    const mid = event.message.mid;
    return { pageId, psid, dedupKey: `${pageId}:${mid ?? `${psid}:${event.timestamp ?? ''}:message`}`, event };
  }
  if (event.postback) {
    const mid = event.postback.mid;
    const fallback = `${psid}:${event.timestamp ?? ''}:postback:${event.postback.payload ?? ''}`;
    return { pageId, psid, dedupKey: `${pageId}:${mid ?? fallback}`, event };
  }
  // delivery, read, reactions, optins and the rest need no answer.
  return undefined;
}
