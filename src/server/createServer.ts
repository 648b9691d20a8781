/**
 * The HTTP surface: POST /api/messages (Bot Framework) and GET /healthz. No bot logic here.
 * Returns the restify server without listening, so tests can listen on an ephemeral port.
 */
import restify from 'restify';
import type { Request, Response } from 'restify';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { AnswerEngine } from '../knowledge/types.js';
import { isLoopbackAddress, isLoopbackUrl } from './isLoopback.js';
import type { MessengerGateway } from '../channels/facebook/messengerGateway.js';
import { MESSENGER_WEBHOOK_PATH, registerMessengerRoutes } from '../channels/facebook/registerMessengerRoutes.js';

export interface ServerLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  getEngine: () => AnswerEngine;
  /** False when no MicrosoftAppId is set: then only loopback clients and loopback serviceUrls are accepted. */
  isAuthEnabled: boolean;
  logger: ServerLogger;
  /** The self-hosted Messenger webhook; absent (404 on /api/facebook) unless FACEBOOK_* are configured. */
  messenger?: MessengerGateway;
}

const MAX_BODY_BYTES = 256 * 1024;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const hasId = (value: unknown): boolean => isRecord(value) && typeof value.id === 'string' && value.id.length > 0;

/** What botbuilder would otherwise turn into a 500: reject it as the client's mistake. */
function findActivityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'body must be a JSON activity';
  if (typeof body.type !== 'string' || !body.type) return 'type is required';
  if (typeof body.channelId !== 'string' || !body.channelId) return 'channelId is required';
  if (!hasId(body.conversation)) return 'conversation.id is required';
  if (!hasId(body.from)) return 'from.id is required';
  if (typeof body.serviceUrl !== 'string' || !body.serviceUrl) return 'serviceUrl is required';
  return undefined;
}

export function createServer(deps: ServerDeps): restify.Server {
  const { adapter, bot, getEngine, isAuthEnabled, logger } = deps;
  const server = restify.createServer({ name: 'kiruna-promises-bot', handleUncaughtExceptions: false });
  // The Messenger webhook checks an HMAC over the exact bytes received, so it reads its own body.
  const parseBody = restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false });
  server.use(parseBody.map((handler): restify.RequestHandler => (req, res, next) => (req.getPath() === MESSENGER_WEBHOOK_PATH ? next() : handler(req, res, next))));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = findActivityProblem(req.body);
    if (problem) {
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }
    if (!isAuthEnabled) {
      // Without an app id nobody is authenticated: refuse the network, and refuse to post replies anywhere but here.
      if (!isLoopbackAddress(req.socket.remoteAddress)) {
        res.send(403, { code: 'Forbidden', message: 'Only local clients may talk to a bot without MicrosoftAppId.' });
        return;
      }
      if (!isLoopbackUrl((req.body as { serviceUrl: string }).serviceUrl)) {
        res.send(403, { code: 'Forbidden', message: 'Only a loopback serviceUrl is allowed without MicrosoftAppId.' });
        return;
      }
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'activity failed');
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'The bot could not handle this activity.' });
    }
  });

  if (deps.messenger) registerMessengerRoutes(server, deps.messenger);

  server.get('/healthz', async (_req: Request, res: Response) => {
    const { knowledge } = getEngine();
    res.send(200, { status: 'ok', knowledge: { entries: knowledge.entries.length, loadedAt: knowledge.loadedAt.toISOString() } });
  });

  return server;
}
