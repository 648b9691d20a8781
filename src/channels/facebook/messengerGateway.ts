/**
 * The self-hosted Messenger webhook (/api/facebook): Meta's subscription handshake, signed event delivery, and replies
 * through the Send API. Events run through ChannelAdapter with the same bot logic as every other channel.
 *
 * Meta wants a 200 within seconds and re-delivers otherwise, so the POST is answered as soon as the signature is
 * checked; the turns run afterwards, one at a time per conversation (replies stay in order), conversations in parallel.
 */
import type { Activity, TurnContext } from 'botbuilder';
import { ChannelAdapter, type BotLogic } from '../channelAdapter.js';
import { createFacebookMiddleware } from './facebookMiddleware.js';
import { MESSENGER_TITLE_MAX } from './formatForMessenger.js';
import { GraphError, hashId, type GraphClient } from './graphClient.js';
import { MemoryDedupStore, type DedupStore } from './dedupStore.js';
import { findPageToken, type PageTokens } from './pageTokens.js';
import { parseWebhook, type IncomingEvent } from './parseWebhook.js';
import { toActivity } from './toActivity.js';
import { toMessengerMessages } from './toMessengerMessages.js';
import { isValidSignature } from './verifySignature.js';
import { turnRequestId } from '../../logging/requestContext.js';

export interface GatewayLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export interface MessengerGatewayOptions {
  verifyToken: string;
  appSecret: string;
  /** Token per page id; replies use the token of the page that received the message. */
  pageTokens: PageTokens;
  /** FACEBOOK_PAGE_ACCESS_TOKEN: used for any page without its own token. */
  defaultPageToken?: string;
  graph: GraphClient;
  logic: BotLogic;
  dedup?: DedupStore;
  logger?: GatewayLogger;
  /** The bot's own turn-error handler (apologises in the resident's language); else the failure is only logged. */
  onTurnError?: (context: TurnContext, error: Error) => Promise<void>;
}

export interface HttpAnswer {
  status: number;
  body: string;
}

const silentLogger: GatewayLogger = { info() {}, warn() {}, error() {}, debug() {} };

export class MessengerGateway {
  private readonly adapter: ChannelAdapter;
  private readonly dedup: DedupStore;
  private readonly logger: GatewayLogger;
  /** The tail of each conversation's queue; removed when the conversation has nothing left to do. */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly options: MessengerGatewayOptions) {
    this.logger = options.logger ?? silentLogger;
    this.dedup = options.dedup ?? new MemoryDedupStore();
    this.adapter = new ChannelAdapter(options.logic);
    this.adapter.use(createFacebookMiddleware({ titleMax: MESSENGER_TITLE_MAX }));
    this.adapter.onTurnError = options.onTurnError ?? (async (context: TurnContext, error: Error) => {
      this.logger.error({ reqId: turnRequestId(context), err: { name: error.name, message: error.message }, user: hashId(context.activity.from?.id ?? '') }, 'Messenger turn failed');
    });
  }

  /** GET: Meta's subscription handshake. */
  verifySubscription(query: URLSearchParams): HttpAnswer {
    const challenge = query.get('hub.challenge');
    if (query.get('hub.mode') === 'subscribe' && query.get('hub.verify_token') === this.options.verifyToken && challenge !== null) {
      return { status: 200, body: challenge };
    }
    this.logger.warn({ mode: query.get('hub.mode') }, 'Messenger subscription handshake refused');
    return { status: 403, body: 'Forbidden' };
  }

  /**
   * POST: checks the signature over the raw bytes; on success schedules the events and answers 200 at once.
   * `reqId`: the webhook request's id, carried into the log lines of the turns it starts.
   */
  receiveWebhook(rawBody: Buffer, signature: string | string[] | undefined, reqId?: string): HttpAnswer {
    if (!isValidSignature(rawBody, signature, this.options.appSecret)) {
      this.logger.warn({ reqId, hasSignature: signature !== undefined }, 'Messenger webhook with missing or wrong signature refused');
      return { status: 403, body: 'Forbidden' };
    }
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return { status: 400, body: 'Bad Request' };
    }
    for (const event of parseWebhook(body)) this.enqueue(event, reqId);
    return { status: 200, body: 'EVENT_RECEIVED' };
  }

  /** Resolves when every scheduled event has been handled (tests, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
  }

  private enqueue(event: IncomingEvent, reqId: string | undefined): void {
    const key = `${event.pageId}-${event.psid}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const current = previous.then(() => this.handleEvent(event, reqId)).catch((error: unknown) => {
      this.logger.error({ reqId, err: { name: (error as Error).name, message: (error as Error).message }, user: hashId(event.psid) }, 'Messenger event failed');
    });
    this.queues.set(key, current);
    void current.finally(() => {
      if (this.queues.get(key) === current) this.queues.delete(key);
    });
  }

  private async handleEvent(event: IncomingEvent, reqId: string | undefined): Promise<void> {
    const user = hashId(event.psid);
    if (!(await this.dedup.claim(event.dedupKey))) {
      this.logger.debug({ reqId, user }, 'Messenger re-delivery ignored');
      return;
    }
    const token = findPageToken(event.pageId, this.options.pageTokens, this.options.defaultPageToken);
    if (!token) {
      this.logger.warn({ reqId, page: event.pageId }, 'No page access token for this page; event ignored');
      return;
    }
    const { graph } = this.options;
    await graph.sendTyping(token, event.psid);
    let isStopped = false;
    await this.adapter.processActivity(toActivity(event.event, event.pageId, event.psid), async (reply: Partial<Activity>) => {
      if (isStopped) return;
      if (reply.type === 'typing') return graph.sendTyping(token, event.psid);
      for (const message of toMessengerMessages(reply)) {
        try {
          await graph.sendMessage(token, event.psid, message);
        } catch (error) {
          // The client has logged it (without text or PSID). The rest of this turn's replies would fail the same way.
          if (error instanceof GraphError) {
            isStopped = true;
            return;
          }
          throw error;
        }
      }
    }, reqId);
  }
}
