/**
 * Composition root: loadConfig → loadKnowledge → i18n → bot → createServer().listen.
 * The only module that reads process.env.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConversationState, MemoryStorage, UserState } from 'botbuilder';
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { loadKnowledge } from './knowledge/loadKnowledge.js';
import { createAnswerEngine } from './knowledge/createAnswerEngine.js';
import { createTranslate } from './language/i18n.js';
import { PromiseBot } from './bot/PromiseBot.js';
import { createCloudAdapter } from './bot/createCloudAdapter.js';
import { createServer } from './server/createServer.js';
import { createTurnErrorHandler } from './bot/handleTurnError.js';
import { createFacebookMiddleware } from './channels/facebook/facebookMiddleware.js';
import { createMessengerGateway } from './channels/facebook/createMessengerGateway.js';
import { createWebchatChannel } from './channels/webchat/webchatChannel.js';
import { DEFAULT_DIRECT_LINE_DOMAIN } from './channels/webchat/azureDirectLine.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  if (existsSync('.env')) {
    try {
      process.loadEnvFile('.env');
    } catch (error) {
      console.error(`Could not read .env: ${(error as Error).message}`);
      process.exit(1);
    }
  }
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
  const logger = pino({ level: config.LOG_LEVEL });

  const knowledge = await loadKnowledge(path.resolve(config.KNOWLEDGE_DIR));
  const engine = createAnswerEngine(knowledge);
  const getEngine = () => engine;
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
    onTurnError: createTurnErrorHandler({ t, logger }),
  });

  // In memory for now: a later issue bounds it and adds Redis.
  const storage = new MemoryStorage();
  const bot = new PromiseBot({
    getEngine,
    t,
    userState: new UserState(storage),
    conversationState: new ConversationState(storage),
    logger,
    logMessageText: config.LOG_MESSAGE_TEXT,
    erasers: [(ref) => webchat.eraseResident(ref)],
  });
  const adapter = createCloudAdapter(config, { t, logger });
  // Azure's Facebook channel: Get Started, plain text and Messenger's limits (the self-hosted gateway does the same).
  adapter.use(createFacebookMiddleware());
  const messenger = createMessengerGateway(config, {
    logic: (context) => bot.run(context),
    logger,
    onTurnError: createTurnErrorHandler({ t, logger }),
  });
  const server = createServer({
    adapter, bot, getEngine, isAuthEnabled: Boolean(config.MicrosoftAppId), logger, ...(messenger ? { messenger } : {}),
  });
  webchat.registerRoutes(server, bot);

  server.listen(config.PORT, () => {
    logger.info(
      { port: config.PORT, entries: knowledge.entries.length, auth: config.MicrosoftAppId ? 'azure' : 'local only' },
      `listening on ${server.url}/api/messages`,
    );
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => server.close(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  // Start-up errors (a broken knowledge file, a missing locale) name their culprit in the message.
  console.error((error as Error)?.message ?? error);
  process.exit(1);
});
