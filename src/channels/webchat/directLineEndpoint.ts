/**
 * A self-hosted Direct Line 3.0 endpoint, just enough of it for Web Chat 4.18 in polling mode (CHANNELS.md):
 * conversations, activities with string watermarks, token refresh. The same PromiseBot answers through ChannelAdapter
 * with channelId 'webchat'. Every malformed request gets a 4xx with a Direct Line style error body, never a 5xx.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity, ChannelAccount, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { ChannelAdapter } from '../channelAdapter.js';
import type { ConversationStore, StoredActivity } from './conversationStore.js';
import type { CorsPolicy } from './corsPolicy.js';
import type { TokenClaims, TokenSigner } from './directLineToken.js';
import { refuseOverLimit, type RateLimiter } from '../../server/rateLimiter.js';
import { requestIdOf } from '../../logging/requestContext.js';

export const DIRECT_LINE_PATH = '/v3/directline';
export const CHANNEL_ID = 'webchat';
const SERVICE_URL = 'inproc://webchat';
const MAX_TEXT_CHARS = 4000;
const MAX_SHORT_CHARS = 200;

export interface DirectLineLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export interface DirectLineEndpointDeps {
  store: ConversationStore;
  signer: TokenSigner;
  cors: CorsPolicy;
  logger: DirectLineLogger;
  /** The bot's name as screen readers announce it ("Medborgarlöftesboten said:"), per locale. */
  readBotName: (locale: string | undefined) => string;
  onTurnError?: (context: TurnContext, error: Error) => Promise<void>;
  now?: () => number;
  /** Rate limits: posting per conversation, polling per conversation, starting and refreshing per client address. */
  limits?: WebchatLimits;
  /** The client's address as TRUST_PROXY says to read it (per-address limits). */
  readClientAddress?: (req: Request) => string;
}

export interface WebchatLimits {
  post?: RateLimiter;
  poll?: RateLimiter;
  token?: RateLimiter;
}

export interface DirectLineEndpoint {
  registerRoutes(server: Server, bot: { run(context: TurnContext): Promise<void> }): void;
  /** Issues a token for a new conversation (the page's token route). */
  issueConversationToken(): { token: string; conversationId: string; userId: string; expiresIn: number };
  /** "Delete my data": empties the resident's transcripts, keeping only the request being answered right now. */
  eraseResident(ref: { channelId: string; userId: string; conversationId: string }): Promise<void>;
  /** Resolves when no turn is running or queued (graceful shutdown). */
  idle(): Promise<void>;
  /** The client address per-address limits count by: the configured reader's (TRUST_PROXY), else the socket's. */
  readClientAddress(req: Request): string;
}

type Failure = { status: number; code: string; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const readShortText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_SHORT_CHARS ? value : undefined;

function sendFailure(res: Response, failure: Failure): void {
  res.send(failure.status, { error: { code: failure.code, message: failure.message } });
}

function readBearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

function readParam(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

function readQuery(req: Request, name: string): string {
  const value = new URL(req.url ?? '/', 'http://x').searchParams.get(name);
  return value ?? '';
}

/** Turns what Web Chat posted into the activity the bot sees; identity comes from the token, never from the body. */
function buildUserActivity(body: unknown, claims: TokenClaims, bot: ChannelAccount): Partial<Activity> | Failure {
  if (!isRecord(body)) return { status: 400, code: 'BadArgument', message: 'The body must be a JSON activity.' };
  const type = body.type;
  if (type !== 'message' && type !== 'event' && type !== 'typing') {
    return { status: 400, code: 'BadArgument', message: 'type must be message, event or typing.' };
  }
  if (body.text !== undefined && typeof body.text !== 'string') return { status: 400, code: 'BadArgument', message: 'text must be a string.' };
  const text = body.text as string | undefined;
  if (text && text.length > MAX_TEXT_CHARS) return { status: 400, code: 'MessageSizeTooBig', message: `text is longer than ${MAX_TEXT_CHARS} characters.` };
  if (type === 'message' && !text && body.value === undefined) return { status: 400, code: 'BadArgument', message: 'A message needs text or value.' };
  if (type === 'event' && !readShortText(body.name)) return { status: 400, code: 'BadArgument', message: 'An event needs a name.' };
  const from = isRecord(body.from) ? body.from : {};
  const channelData = isRecord(body.channelData) ? body.channelData : {};
  const clientActivityID = readShortText(channelData.clientActivityID);
  return {
    type,
    channelId: CHANNEL_ID,
    serviceUrl: SERVICE_URL,
    conversation: { id: claims.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: claims.userId, name: readShortText(from.name) ?? '', role: 'user' },
    recipient: bot,
    ...(text !== undefined ? { text } : {}),
    ...(body.value !== undefined ? { value: body.value } : {}),
    ...(type === 'event' ? { name: body.name as string } : {}),
    ...(readShortText(body.locale) ? { locale: body.locale as string } : {}),
    textFormat: 'plain',
    timestamp: new Date(),
    channelData: clientActivityID ? { clientActivityID } : {},
  };
}

export function createDirectLineEndpoint(deps: DirectLineEndpointDeps): DirectLineEndpoint {
  const { store, signer, cors, logger } = deps;
  const now = deps.now ?? Date.now;
  /** One turn at a time per conversation, so replies keep the order of the questions. */
  const turnQueues = new Map<string, Promise<void>>();
  /** Activities whose turn is running: "delete my data" keeps them so that Web Chat still sees its own message echo. */
  const inFlight = new Set<string>();
  let adapter: ChannelAdapter | undefined;

  const botAccount = (locale: string | undefined): ChannelAccount => ({ id: 'kiruna-promises-bot', name: deps.readBotName(locale), role: 'bot' });

  function authorize(req: Request, conversationId?: string): TokenClaims | Failure {
    const token = readBearer(req);
    if (!token) return { status: 401, code: 'MissingToken', message: 'Authorization: Bearer <token> is required.' };
    const check = signer.checkToken(token);
    if (!check.ok) {
      return check.reason === 'expired'
        ? { status: 403, code: 'TokenExpired', message: 'The token has expired.' }
        : { status: 403, code: 'BadToken', message: 'The token is not valid.' };
    }
    if (conversationId !== undefined && check.claims.conversationId !== conversationId) {
      return { status: 403, code: 'BadToken', message: 'The token is for another conversation.' };
    }
    return check.claims;
  }

  const readAddress = (req: Request) => deps.readClientAddress?.(req) ?? req.socket.remoteAddress ?? '';

  function runSerially(conversationId: string, work: () => Promise<void>): Promise<void> {
    const previous = turnQueues.get(conversationId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => {});
    turnQueues.set(conversationId, settled);
    void settled.then(() => {
      if (turnQueues.get(conversationId) === settled) turnQueues.delete(conversationId);
    });
    return next;
  }

  async function runTurn(activity: Partial<Activity>, isStored: boolean, reqId: string | undefined): Promise<void> {
    const conversationId = activity.conversation?.id ?? '';
    if (!adapter) throw new Error('Direct Line endpoint used before registerRoutes');
    const turnAdapter = adapter;
    if (activity.id) inFlight.add(activity.id);
    try {
      await turnAdapter.processActivity(activity, async (reply) => {
        // Trace activities are for the Emulator; Web Chat would show nothing useful.
        if (reply.type === 'trace') return;
        // A replyToId that Web Chat never sees (the conversationUpdate is not in the stream) would hold the reply back
        // for 5 seconds; only replies to the resident's own stored message keep it.
        const replyToId = isStored && reply.replyToId === activity.id ? reply.replyToId : undefined;
        const { replyToId: _dropped, ...rest } = reply;
        await store.appendActivity(conversationId, { ...rest, ...(replyToId ? { replyToId } : {}), timestamp: new Date() });
      }, reqId);
    } catch (error) {
      logger.error({ reqId, err: { name: (error as Error)?.name, message: (error as Error)?.message }, channelId: CHANNEL_ID }, 'webchat turn failed');
    } finally {
      if (activity.id) inFlight.delete(activity.id);
    }
  }

  function describeConversation(conversationId: string, token: string, expiresAt: number) {
    return { conversationId, token, expires_in: Math.max(0, expiresAt - Math.floor(now() / 1000)) };
  }

  async function startConversation(req: Request, res: Response): Promise<void> {
    cors.applyCors(req, res);
    const claims = authorize(req);
    if ('status' in claims) return sendFailure(res, claims);
    if (await refuseOverLimit(deps.limits?.token, `start:${readAddress(req)}`, res)) return;
    const body = isRecord(req.body) ? req.body : {};
    const locale = readShortText(body.locale);
    const { created } = await store.createConversation({ id: claims.conversationId, userId: claims.userId, ...(locale ? { locale } : {}) });
    if (created) {
      // Web Chat shows the welcome as soon as the chat opens: the bot greets on the user joining (WELCOME_MESSAGE.md).
      const user = { id: claims.userId, name: '', role: 'user' };
      await runSerially(claims.conversationId, () =>
        runTurn({
          type: 'conversationUpdate',
          id: randomUUID(),
          channelId: CHANNEL_ID,
          serviceUrl: SERVICE_URL,
          conversation: { id: claims.conversationId, isGroup: false, conversationType: 'personal', name: '' },
          from: user,
          recipient: botAccount(locale),
          membersAdded: [user],
          ...(locale ? { locale } : {}),
          timestamp: new Date(),
        }, false, requestIdOf(req)),
      );
    }
    res.send(created ? 201 : 200, describeConversation(claims.conversationId, readBearer(req) ?? '', claims.expiresAt));
  }

  async function resumeConversation(req: Request, res: Response): Promise<void> {
    cors.applyCors(req, res);
    const conversationId = readParam(req, 'conversationId');
    const claims = authorize(req, conversationId);
    if ('status' in claims) return sendFailure(res, claims);
    if (await refuseOverLimit(deps.limits?.poll, conversationId, res)) return;
    if (!(await store.getConversation(conversationId))) return sendFailure(res, { status: 404, code: 'BadArgument', message: 'Unknown conversation.' });
    res.send(200, describeConversation(conversationId, readBearer(req) ?? '', claims.expiresAt));
  }

  async function postActivity(req: Request, res: Response): Promise<void> {
    cors.applyCors(req, res);
    const conversationId = readParam(req, 'conversationId');
    const claims = authorize(req, conversationId);
    if ('status' in claims) return sendFailure(res, claims);
    if (await refuseOverLimit(deps.limits?.post, conversationId, res)) return;
    const conversation = await store.getConversation(conversationId);
    if (!conversation) return sendFailure(res, { status: 404, code: 'BadArgument', message: 'Unknown conversation.' });
    const activity = buildUserActivity(req.body, claims, botAccount(conversation.locale));
    if ('status' in activity) return sendFailure(res, activity as Failure);
    // Typing is not stored or forwarded: the bot has nothing to say to it.
    if (activity.type === 'typing') return void res.send(200, { id: `${conversationId}|typing` });
    const stored = await store.appendActivity(conversationId, activity);
    if (!stored) return sendFailure(res, { status: 404, code: 'BadArgument', message: 'Unknown conversation.' });
    // Answering before the bot has replied keeps the POST well within Web Chat's send timeout; the reply arrives by polling.
    const reqId = requestIdOf(req);
    void runSerially(conversationId, () => runTurn(stored, true, reqId));
    res.send(200, { id: stored.id });
  }

  async function listActivities(req: Request, res: Response): Promise<void> {
    cors.applyCors(req, res);
    const conversationId = readParam(req, 'conversationId');
    const claims = authorize(req, conversationId);
    if ('status' in claims) return sendFailure(res, claims);
    if (await refuseOverLimit(deps.limits?.poll, conversationId, res)) return;
    const watermark = readQuery(req, 'watermark');
    await store.dropDelivered(conversationId, watermark);
    const page = await store.listActivities(conversationId, watermark);
    if (!page) return sendFailure(res, { status: 404, code: 'BadArgument', message: 'Unknown conversation.' });
    res.send(200, page);
  }

  async function refreshToken(req: Request, res: Response): Promise<void> {
    cors.applyCors(req, res);
    const claims = authorize(req);
    if ('status' in claims) return sendFailure(res, claims);
    if (await refuseOverLimit(deps.limits?.token, `refresh:${readAddress(req)}`, res)) return;
    const { token, expiresIn } = signer.issueToken({ conversationId: claims.conversationId, userId: claims.userId });
    res.send(200, { conversationId: claims.conversationId, token, expires_in: expiresIn });
  }

  async function refuseUpload(req: Request, res: Response): Promise<void> {
    cors.applyCors(req, res);
    sendFailure(res, { status: 400, code: 'BadArgument', message: 'File upload is not supported.' });
  }

  return {
    registerRoutes(server, bot) {
      adapter = new ChannelAdapter((context) => bot.run(context));
      if (deps.onTurnError) adapter.onTurnError = deps.onTurnError;
      const base = DIRECT_LINE_PATH;
      const routes: Array<[string, string, (req: Request, res: Response) => Promise<void>]> = [
        ['POST', `${base}/conversations`, startConversation],
        ['GET', `${base}/conversations/:conversationId`, resumeConversation],
        ['POST', `${base}/conversations/:conversationId/activities`, postActivity],
        ['GET', `${base}/conversations/:conversationId/activities`, listActivities],
        ['POST', `${base}/conversations/:conversationId/upload`, refuseUpload],
        ['POST', `${base}/tokens/refresh`, refreshToken],
      ];
      const methodsByPath = new Map<string, string[]>();
      for (const [method, path, handler] of routes) {
        const guarded = async (req: Request, res: Response) => {
          try {
            await handler(req, res);
          } catch (error) {
            logger.error({ reqId: requestIdOf(req), err: { name: (error as Error)?.name, message: (error as Error)?.message }, path }, 'direct line request failed');
            if (!res.headersSent) res.send(503, { error: { code: 'ServiceError', message: 'Please try again.' } });
          }
        };
        if (method === 'GET') server.get(path, guarded);
        else server.post(path, guarded);
        methodsByPath.set(path, [...(methodsByPath.get(path) ?? []), method]);
      }
      for (const [path, methods] of methodsByPath) {
        server.opts(path, async (req: Request, res: Response) => cors.answerPreflight(req, res, methods));
      }
    },

    issueConversationToken() {
      const conversationId = randomBytes(18).toString('base64url');
      const userId = `dl_${randomUUID()}`;
      const { token, expiresIn } = signer.issueToken({ conversationId, userId });
      return { token, conversationId, userId, expiresIn };
    },

    async idle() {
      while (turnQueues.size > 0) await Promise.all([...turnQueues.values()]);
    },

    async eraseResident(ref) {
      if (ref.channelId !== CHANNEL_ID) return;
      const erased = await store.eraseUserTranscripts(ref.userId, inFlight);
      logger.info({ channelId: CHANNEL_ID, erased }, 'webchat transcript erased');
    },

    readClientAddress: readAddress,
  };
}

export type { StoredActivity };
