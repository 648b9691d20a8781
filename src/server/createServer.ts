/**
 * The HTTP surface: POST /api/messages (Bot Framework), GET /healthz and the Messenger webhook, plus what every route
 * shares: a request id, security headers, a JSON body parser with a size limit, short JSON errors that never echo
 * the request or a stack trace, and request tracking for graceful shutdown. No bot logic here.
 * Returns the restify server without listening, so tests can listen on an ephemeral port.
 */
import restify from 'restify';
import type { Request, Response } from 'restify';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { CheckedCloudAdapter } from '../bot/createCloudAdapter.js';
import type { AnswerEngine } from '../knowledge/types.js';
import { isLoopbackAddress, isLoopbackUrl } from './isLoopback.js';
import type { MessengerGateway } from '../channels/facebook/messengerGateway.js';
import { MESSENGER_WEBHOOK_PATH, registerMessengerRoutes } from '../channels/facebook/registerMessengerRoutes.js';
import { readClientAddress, type TrustProxy } from './clientAddress.js';
import { applySecurityHeaders } from './securityHeaders.js';
import { trackRequests } from './gracefulShutdown.js';
import type { ConnectionGauge } from './connectionGauge.js';
import { chooseRequestId, REQUEST_ID, requestIdOf } from '../logging/requestContext.js';
import { isStoreUnavailable } from '../storage/redis/StoreUnavailableError.js';

export interface ServerLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
  debug?(details: object, message?: string): void;
}

export interface ServerDeps {
  adapter: CheckedCloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  getEngine: () => AnswerEngine;
  /** False when no MicrosoftAppId is set: then only loopback clients and loopback serviceUrls are accepted. */
  isAuthEnabled: boolean;
  logger: ServerLogger;
  /** The self-hosted Messenger webhook; absent (404 on /api/facebook) unless FACEBOOK_* are configured. */
  messenger?: MessengerGateway;
  /** BODY_LIMIT_BYTES: largest JSON body accepted (413 above). */
  bodyLimitBytes?: number;
  /** TRUST_PROXY: how the client address is read behind a reverse proxy. */
  trustProxy?: TrustProxy;
  /** Extra fields for GET /healthz (other parts of the system report there). */
  readHealth?: () => Record<string, unknown>;
  /** Where state lives and whether it can be reached now; 'down' makes /healthz answer 503 "degraded". */
  readStoreHealth?: () => StoreHealth;
  /** Counts the server's open client connections (for the understanding thread's choice, see connectionGauge.ts). */
  connections?: ConnectionGauge;
}

export interface StoreHealth {
  kind: 'redis' | 'memory';
  status: 'ok' | 'down';
}

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/** Where channels (Azure Bot Service, the emulator) post activities. */
const BOT_FRAMEWORK_PATH = '/api/messages';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const hasId = (value: unknown): boolean => isRecord(value) && typeof value.id === 'string' && value.id.length > 0;

/**
 * Bot Framework activity types a channel may send this bot. Not `invoke`: the bot has no cards or Teams features, and
 * botbuilder answers an unhandled invoke with 501.
 */
const ACTIVITY_TYPES = new Set([
  'message', 'conversationUpdate', 'event', 'typing', 'endOfConversation', 'messageReaction', 'messageUpdate', 'messageDelete',
  'installationUpdate', 'contactRelationUpdate', 'deleteUserData', 'suggestion', 'trace', 'handoff', 'command', 'commandResult',
]);

/** What botbuilder would otherwise turn into a 500: reject it as the client's mistake. */
function findActivityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'body must be a JSON activity';
  if (typeof body.type !== 'string' || !body.type) return 'type is required';
  if (!ACTIVITY_TYPES.has(body.type)) return 'type is not an activity type this bot handles';
  if (typeof body.channelId !== 'string' || !body.channelId) return 'channelId is required';
  if (!hasId(body.conversation)) return 'conversation.id is required';
  if (!hasId(body.from)) return 'from.id is required';
  if (typeof body.serviceUrl !== 'string' || !body.serviceUrl) return 'serviceUrl is required';
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string') return 'text must be a string';
  if (body.locale !== undefined && body.locale !== null && typeof body.locale !== 'string') return 'locale must be a string';
  if (body.deliveryMode !== undefined && body.deliveryMode !== null && typeof body.deliveryMode !== 'string') return 'deliveryMode must be a string';
  if (body.recipient !== undefined && body.recipient !== null && !isRecord(body.recipient)) return 'recipient must be an object';
  for (const key of ['membersAdded', 'membersRemoved', 'entities', 'attachments'] as const) {
    if (body[key] !== undefined && body[key] !== null && !Array.isArray(body[key])) return `${key} must be an array`;
  }
  for (const key of ['membersAdded', 'membersRemoved'] as const) {
    const members = body[key];
    if (Array.isArray(members) && !members.every((member) => isRecord(member))) return `${key} must hold accounts`;
  }
  return undefined;
}

/** Short, fixed messages by status: restify's own would echo the path, the JSON parser's error or an exception. */
const GENERIC_ERRORS: Record<number, [string, string]> = {
  400: ['BadRequest', 'The request is not valid.'],
  401: ['Unauthorized', 'Authentication is required.'],
  403: ['Forbidden', 'Not allowed.'],
  404: ['NotFound', 'Not found.'],
  405: ['MethodNotAllowed', 'Method not allowed.'],
  406: ['NotAcceptable', 'Not acceptable.'],
  413: ['PayloadTooLarge', 'The request body is too large.'],
  415: ['UnsupportedMediaType', 'Send JSON (Content-Type: application/json), without Content-Encoding.'],
  429: ['TooManyRequests', 'Too many requests. Please wait a moment.'],
  503: ['ServiceUnavailable', 'Please try again.'],
};

function describeError(status: number): { code: string; message: string } {
  const known = GENERIC_ERRORS[status];
  if (known) return { code: known[0], message: known[1] };
  return status >= 500 ? { code: 'InternalError', message: 'Something went wrong.' } : { code: 'BadRequest', message: 'The request is not valid.' };
}

/** Bot Framework tokens are RS256/384/512 JWTs: anything else is refused here, without a look-up at Microsoft. */
export function isPlausibleBotToken(header: string | undefined): boolean {
  const match = header ? /^Bearer ([A-Za-z0-9_-]{2,4096})\.([A-Za-z0-9_-]{2,8192})\.([A-Za-z0-9_-]{16,4096})$/.exec(header) : null;
  if (!match) return false;
  try {
    const jose = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) as { alg?: unknown };
    return typeof jose === 'object' && jose !== null && ['RS256', 'RS384', 'RS512'].includes(jose.alg as string);
  } catch {
    return false;
  }
}

const TIMESTAMP_FIELDS = [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const;

/**
 * What CloudAdapter.process does to an activity before processActivity (its validateAndFixActivity, which botbuilder
 * does not export): timestamps sent as strings become Dates, the strings kept as raw*.
 */
function fixTimestamps(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of TIMESTAMP_FIELDS) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/**
 * The status for a token that was checked and refused, or undefined for one that could not be checked. botbuilder
 * refuses with an AuthenticationError (401, 403); a bad signature or a token not yet valid comes from jsonwebtoken as
 * it is, which CloudAdapter.process answered with 500.
 */
function refusedTokenStatus(error: unknown): number | undefined {
  if (error instanceof AuthenticationError) return error.statusCode === 401 || error.statusCode === 403 ? error.statusCode : undefined;
  const name = (error as Error | undefined)?.name;
  return name === 'JsonWebTokenError' || name === 'NotBeforeError' ? 401 : undefined;
}

function readHeader(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function createServer(deps: ServerDeps): restify.Server {
  const { adapter, bot, getEngine, isAuthEnabled, logger } = deps;
  const bodyLimitBytes = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const trustProxy = deps.trustProxy ?? false;
  // An empty name: restify then sends no Server header.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });

  trackRequests(server);
  deps.connections?.watch(server.server);
  server.pre((req: Request, res: Response, next) => {
    const reqId = chooseRequestId(req.headers['x-request-id']);
    (req as Request & { reqId?: string }).reqId = reqId;
    res.setHeader('X-Request-Id', reqId);
    applySecurityHeaders(res, { isForBrowsers: req.getPath() !== BOT_FRAMEWORK_PATH });
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const status = res.statusCode;
      const details = { reqId, method: req.method, route: req.getRoute?.()?.path ?? 'unrouted', status, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      if (status >= 500) logger.error(details, 'request failed');
      else if (status === 429 || status === 413) logger.warn(details, 'request refused');
      else logger.debug?.(details, 'request');
    });
    next();
  });

  // Only JSON, never multipart (restify's bodyParser would write uploads to disk) and never compressed (a gzip bomb
  // passes any size limit). The Messenger webhook checks an HMAC over the exact bytes received, so it reads its own body.
  const [readBody, parseJson] = restify.plugins.jsonBodyParser({ maxBodySize: bodyLimitBytes, mapParams: false } as restify.plugins.JsonBodyParserOptions) as unknown as restify.RequestHandler[];
  server.use((req: Request, res: Response, next) => {
    if (req.getPath() === MESSENGER_WEBHOOK_PATH || req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    // With Bot Framework auth on, a caller without a plausible token learns nothing about its body.
    if (isAuthEnabled && req.getPath() === BOT_FRAMEWORK_PATH && !isPlausibleBotToken(readHeader(req, 'authorization'))) {
      res.send(401, describeError(401));
      return next(false);
    }
    const encoding = readHeader(req, 'content-encoding');
    if (encoding && encoding.toLowerCase() !== 'identity') {
      res.send(415, describeError(415));
      return next(false);
    }
    const declared = Number(readHeader(req, 'content-length'));
    if (Number.isFinite(declared) && declared > bodyLimitBytes) {
      res.setHeader('Connection', 'close');
      res.send(413, describeError(413));
      return next(false);
    }
    const contentType = (readHeader(req, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const hasBody = declared > 0 || req.isChunked();
    if (hasBody && contentType !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(contentType)) {
      res.send(415, describeError(415));
      return next(false);
    }
    readBody!(req, res, (error?: unknown) => {
      if (error) return next(error as Error);
      parseJson!(req, res, next);
    });
  });

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number; body?: unknown; toJSON?: () => unknown }, callback: () => void) => {
    // Redis unreachable: 503, so that clients and load balancers retry instead of reporting a bug.
    const status = isStoreUnavailable(error)
      ? 503
      : typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    const description = describeError(status);
    if (status >= 500) logger.error({ reqId: requestIdOf(req), err: { name: error?.name, message: error?.message }, route: req.getRoute?.()?.path }, 'unexpected error');
    error.statusCode = status;
    error.toJSON = () => description;
    error.body = description;
    error.toString = () => description.message;
    if (status === 413) res.setHeader('Connection', 'close');
    callback();
  });

  server.post(BOT_FRAMEWORK_PATH, async (req: Request, res: Response) => {
    const problem = findActivityProblem(req.body);
    if (problem) {
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }
    if (!isAuthEnabled) {
      // Without an app id nobody is authenticated: refuse the network, and refuse to post replies anywhere but here.
      // A request that came through a proxy is not local, whatever address the proxy connects from.
      const isProxied = trustProxy === false && ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((name) => req.headers[name] !== undefined);
      const client = readClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy);
      if (isProxied || !isLoopbackAddress(client)) {
        res.send(403, { code: 'Forbidden', message: 'Only local clients may talk to a bot without MicrosoftAppId.' });
        return;
      }
      if (!isLoopbackUrl((req.body as { serviceUrl: string }).serviceUrl)) {
        res.send(403, { code: 'Forbidden', message: 'Only a loopback serviceUrl is allowed without MicrosoftAppId.' });
        return;
      }
    }
    // The activity was checked above: it goes straight to processActivity (createCloudAdapter.ts). Error bodies are
    // ours: CloudAdapter's are exception messages that name the Microsoft endpoint that failed.
    let response: InvokeResponse | undefined;
    try {
      response = await adapter.processChecked(readHeader(req, 'authorization') ?? '', fixTimestamps(req.body as Record<string, unknown>), (context) => {
        context.turnState.set(REQUEST_ID, requestIdOf(req));
        return bot.run(context);
      });
    } catch (error) {
      // A turn's own errors end in an apology (handleTurnError.ts); what lands here failed around the turn, nearly
      // always authentication. A refused token is 401 (or 403); anything else is 503, so that the channel retries:
      // a token that could not be checked because Microsoft was unreachable, or answered its key request with an error
      // (botbuilder reports that as an AuthenticationError with status 500, which CloudAdapter.process turned into 401).
      const status = refusedTokenStatus(error) ?? 503;
      if (status === 503) logger.error({ reqId: requestIdOf(req), err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'activity failed');
      if (!res.headersSent) res.send(status, describeError(status));
      return;
    }
    const status = response?.status ?? 200;
    if (status >= 400) res.send(status, describeError(status));
    else if (response?.body !== undefined) res.send(status, response.body);
    else res.send(status);
  });

  if (deps.messenger) registerMessengerRoutes(server, deps.messenger);

  server.get('/healthz', async (_req: Request, res: Response) => {
    const { knowledge } = getEngine();
    const store = deps.readStoreHealth?.();
    const isDegraded = store?.status === 'down';
    res.setHeader('Cache-Control', 'no-store');
    res.send(isDegraded ? 503 : 200, {
      status: isDegraded ? 'degraded' : 'ok',
      knowledge: { entries: knowledge.entries.length, loadedAt: knowledge.loadedAt.toISOString() },
      ...(deps.readHealth?.() ?? {}),
      ...(store ? { store } : {}),
    });
  });

  return server;
}
