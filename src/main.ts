/**
 * Composition root: loadConfig → loadKnowledge → i18n → bot → createServer().listen. Started by src/index.ts, which
 * loads .env first; with it, the only module that reads process.env.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.js';
import { LiveKnowledge } from './knowledge/LiveKnowledge.js';
import { JsonFileStaffStore } from './staff/JsonFileStaffStore.js';
import { createTranslate } from './language/i18n.js';
import { PromiseBot } from './bot/PromiseBot.js';
import { warmUp } from './bot/warmUp.js';
import { UnderstandingThread } from './bot/UnderstandingThread.js';
import { wantsUnderstandingThread, type StartedWorker } from './bot/spawnUnderstandingWorker.js';
import { createCloudAdapter } from './bot/createCloudAdapter.js';
import { createServer } from './server/createServer.js';
import { ConnectionGauge } from './server/connectionGauge.js';
import { createTurnErrorHandler } from './bot/handleTurnError.js';
import { createFacebookMiddleware } from './channels/facebook/facebookMiddleware.js';
import { createMessengerGateway } from './channels/facebook/createMessengerGateway.js';
import { createWebchatChannel } from './channels/webchat/webchatChannel.js';
import { DEFAULT_DIRECT_LINE_DOMAIN } from './channels/webchat/azureDirectLine.js';
import { createLogger } from './logging/createLogger.js';
import { BoundedMemoryStorage } from './storage/BoundedMemoryStorage.js';
import { MemoryRateLimiter, type RateLimit } from './server/rateLimiter.js';
import { readClientAddress } from './server/clientAddress.js';
import { guardTurns } from './server/guardTurns.js';
import { shutDownGracefully } from './server/gracefulShutdown.js';
import {
  openRedisConnection,
  waitUntilReady,
  RedisConversationStore,
  RedisDedupStore,
  RedisRateLimiter,
  RedisStaffStore,
  RedisStorage,
} from './storage/redis/index.js';

/** How long start-up waits for the understanding thread (beyond its warm-up) before the bot warms up and listens without it. */
const THREAD_START_TIMEOUT_MS = 10_000;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface MainOptions {
  /** The understanding thread's worker, started by src/index.ts before this module loaded (when UNDERSTANDING_THREAD asks for one). */
  understandingWorker?: StartedWorker;
}

export async function main(options: MainOptions = {}): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, logMessageText: config.LOG_MESSAGE_TEXT });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: { name: (reason as Error)?.name, message: (reason as Error)?.message } }, 'unhandled rejection');
  });
  // REDIS_URL: every piece of state in Redis, shared by all instances (README "Scaling out with Redis").
  const redis = config.REDIS_URL
    ? openRedisConnection({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS, logger })
    : undefined;
  if (redis && !(await waitUntilReady(redis, 5000))) {
    // Start anyway: /healthz says 503 until Redis answers, and the connection keeps retrying by itself.
    logger.error({ store: 'redis' }, 'Redis is not reachable at start-up; serving 503 until it is');
  }
  const limiter = (name: string, perMinute: number, burst: number) =>
    redis
      ? new RedisRateLimiter(redis, name, { perMinute, burst } satisfies RateLimit)
      : new MemoryRateLimiter({ perMinute, burst } satisfies RateLimit, { maxKeys: config.RATE_LIMIT_MAX_KEYS });
  const readClient = (req: { socket: { remoteAddress?: string | undefined }; headers: Record<string, string | string[] | undefined> }) =>
    readClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.TRUST_PROXY);

  // Messages understood on a second thread when there is a core for it (src/bot/UnderstandingThread.ts; its worker
  // started by src/index.ts), and while more than one client connection is open; else, and while the thread cannot,
  // the bot's own thread understands them.
  const useThread = wantsUnderstandingThread(config.UNDERSTANDING_THREAD, availableParallelism());
  const connections = new ConnectionGauge();
  const understandingThread = useThread
    ? UnderstandingThread.start({ warmUpMs: config.WARMUP_MS, logger, isWorthIt: () => connections.open > 1 }, options.understandingWorker)
    : undefined;
  if (!useThread) void options.understandingWorker?.worker.terminate();
  // Edits to knowledge/ are live within a second; a broken edit is refused and the last good knowledge kept.
  const live = await LiveKnowledge.open(path.resolve(config.KNOWLEDGE_DIR), { watch: true, logger });
  const getEngine = () => live.engine();
  if (understandingThread) {
    understandingThread.load(live.knowledge());
    live.onLoaded((knowledge) => understandingThread.load(knowledge));
  }
  // What staff learn from residents (kb:report): redacted, anonymous, deleted after the retention period.
  const staffStore = redis
    ? new RedisStaffStore(redis, { retentionDays: config.UNANSWERED_RETENTION_DAYS, logUnanswered: config.UNANSWERED_LOG })
    : await JsonFileStaffStore.open({
        dataDir: path.resolve(config.DATA_DIR),
        retentionDays: config.UNANSWERED_RETENTION_DAYS,
        logUnanswered: config.UNANSWERED_LOG,
        logger,
      });
  const purgeTimer = setInterval(() => void staffStore.purgeExpired().catch(() => {}), 60 * 60 * 1000);
  purgeTimer.unref();
  const t = await createTranslate(path.join(projectRoot, 'locales'));

  // The website chat: the page, embed.js and a self-hosted Direct Line endpoint, or Azure's with DIRECT_LINE_SECRET.
  const webchat = await createWebchatChannel({
    t,
    logger,
    publicDir: path.join(projectRoot, 'public'),
    nodeModulesDir: path.join(projectRoot, 'node_modules'),
    ...(config.DIRECT_LINE_TOKEN_SECRET ? { tokenSecret: config.DIRECT_LINE_TOKEN_SECRET } : {}),
    ...(config.DIRECT_LINE_SECRET ? { azure: { secret: config.DIRECT_LINE_SECRET, domain: config.DIRECT_LINE_DOMAIN ?? DEFAULT_DIRECT_LINE_DOMAIN } } : {}),
    ...(config.WEBCHAT_ALLOWED_ORIGINS ? { allowedOrigins: config.WEBCHAT_ALLOWED_ORIGINS } : {}),
    ...(config.WEBCHAT_FRAME_ANCESTORS ? { frameAncestors: config.WEBCHAT_FRAME_ANCESTORS } : {}),
    ...(config.WEBCHAT_CONVERSATION_TTL_HOURS ? { conversationTtlHours: config.WEBCHAT_CONVERSATION_TTL_HOURS } : {}),
    ...(config.WEBCHAT_TOKEN_TTL_MINUTES ? { tokenTtlSeconds: config.WEBCHAT_TOKEN_TTL_MINUTES * 60 } : {}),
    ...(config.WEBCHAT_MAX_CONVERSATIONS ? { maxConversations: config.WEBCHAT_MAX_CONVERSATIONS } : {}),
    ...(redis
      ? {
          store: new RedisConversationStore(redis, {
            ttlMs: (config.WEBCHAT_CONVERSATION_TTL_HOURS ?? 24) * 3600_000,
            maxConversations: config.WEBCHAT_MAX_CONVERSATIONS ?? 10_000,
            maxActivitiesPerConversation: 500,
          }),
        }
      : {}),
    onTurnError: createTurnErrorHandler({ t, logger }),
    limits: {
      post: limiter('webchat-post', config.RATE_LIMIT_WEBCHAT_POST_PER_MIN, config.RATE_LIMIT_WEBCHAT_POST_BURST),
      poll: limiter('webchat-poll', config.RATE_LIMIT_WEBCHAT_POLL_PER_MIN, config.RATE_LIMIT_WEBCHAT_POLL_BURST),
      token: limiter('token', config.RATE_LIMIT_TOKEN_PER_MIN, config.RATE_LIMIT_TOKEN_BURST),
    },
    readClientAddress: readClient,
  });

  // Bounded in count and age, in Redis or in memory.
  const stateBounds = { maxItems: config.STATE_MAX_ITEMS, ttlMs: config.STATE_TTL_HOURS * 3600_000 };
  const storage = redis ? new RedisStorage(redis, stateBounds) : new BoundedMemoryStorage(stateBounds);
  const bot = new PromiseBot({
    getEngine,
    t,
    storage,
    logger,
    logMessageText: config.LOG_MESSAGE_TEXT,
    erasers: [(ref) => webchat.eraseResident(ref)],
    staffStore,
    retentionDays: config.UNANSWERED_RETENTION_DAYS,
    ...(understandingThread ? { understandingThread } : {}),
  });
  // Every channel's turns pass the same checks first: over-long texts, Messenger senders over their rate limit.
  const guardedBot = guardTurns(bot, {
    t,
    getEngine,
    maxTextChars: config.MAX_TEXT_CHARS,
    messengerLimiter: limiter('messenger', config.RATE_LIMIT_MESSENGER_PER_MIN, config.RATE_LIMIT_MESSENGER_BURST),
    logger,
  });
  const adapter = createCloudAdapter(config, { t, logger });
  // Azure's Facebook channel: Get Started, plain text and Messenger's limits (the self-hosted gateway does the same).
  adapter.use(createFacebookMiddleware());
  const messenger = createMessengerGateway(config, {
    logic: (context) => guardedBot.run(context),
    logger,
    onTurnError: createTurnErrorHandler({ t, logger }),
    ...(redis ? { dedup: new RedisDedupStore(redis) } : {}),
  });
  const server = createServer({
    adapter,
    bot: guardedBot,
    getEngine,
    isAuthEnabled: Boolean(config.MicrosoftAppId),
    logger,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    ...(messenger ? { messenger } : {}),
    readHealth: () => ({ knowledge: live.status(), understandingThread: understandingThread ? understandingThread.status() : 'off' }),
    readStoreHealth: () => ({ kind: redis ? 'redis' : 'memory', status: redis ? redis.status() : 'ok' }),
    connections,
  });
  webchat.registerRoutes(server, guardedBot);
  /** Stores that buffer writes register their flush here; called once on SIGTERM/SIGINT after the turns in flight. */
  const shutdownFlushers: Array<() => Promise<void>> = [];
  shutdownFlushers.push(async () => {
    live.close();
    await understandingThread?.close();
    clearInterval(purgeTimer);
    await staffStore.close();
    await redis?.close();
  });

  // Before the first resident: the hot code paths compiled by running the knowledge's own texts (src/bot/warmUp.ts),
  // on the understanding thread when there is one (it warms up before it says it is ready), else here.
  const isThreadReady = understandingThread
    ? await understandingThread.waitUntilReady(live.knowledge().version, THREAD_START_TIMEOUT_MS + config.WARMUP_MS, { untilStopped: true })
    : false;
  if (!isThreadReady) {
    if (understandingThread) logger.error({ timeoutMs: THREAD_START_TIMEOUT_MS + config.WARMUP_MS }, 'understanding thread not ready in time, or stopped; the bot understands messages itself until it is');
    const warm = warmUp(live.engine(), { budgetMs: config.WARMUP_MS });
    if (warm.error) logger.error({ err: { name: warm.error.name, message: warm.error.message }, texts: warm.texts }, 'warm-up stopped by an error');
    else logger.info({ texts: warm.texts, ms: Math.round(warm.ms) }, 'warmed up');
  }
  server.listen(config.PORT, () => {
    logger.info(
      { port: config.PORT, entries: live.knowledge().entries.length, auth: config.MicrosoftAppId ? 'azure' : 'local only' },
      `listening on ${server.url}/api/messages`,
    );
  });
  let isStopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (isStopping) return;
      isStopping = true;
      logger.info({ signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down');
      void shutDownGracefully({
        server,
        timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
        idle: [() => webchat.idle(), ...(messenger ? [() => messenger.idle()] : [])],
        flush: shutdownFlushers,
        logger,
      }).then(
        ({ isFlushed }) => logger.flush(() => process.exit(isFlushed ? 0 : 1)),
        () => process.exit(1),
      );
    });
  }
}
