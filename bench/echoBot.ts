/**
 * The benchmark's yardstick: the cheapest bot on the same stack as the real one — restify 11, botbuilder's CloudAdapter
 * with ConfigurationBotFrameworkAuthentication and no app id, an ActivityHandler that echoes the text — and the same
 * server options as src/server/createServer.ts.
 *
 *   PORT=4000 node --import tsx bench/echoBot.ts
 *
 * By default it runs CloudAdapter as botbuilder ships it, which builds two new Bot Framework clients for every
 * activity. The real bot reuses them (src/bot/reuseConnectorClients.ts), so its framework work per turn is smaller than
 * this echo bot's. With ECHO_REUSE_CLIENTS=true (`npm run bench -- --echo-reusing-clients`) the echo bot reuses them
 * too: the stricter yardstick, in which the only difference left is the bot's own work.
 */
import restify from 'restify';
import type { Request, Response } from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ReusingBotFrameworkAuthentication } from '../src/bot/reuseConnectorClients.js';

const MAX_BODY_BYTES = 256 * 1024;

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(context.activity.text ?? '');
      await next();
    });
  }
}

function createEchoServer(): restify.Server {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: '',
    MicrosoftAppTenantId: '',
  });
  const adapter = new CloudAdapter(process.env.ECHO_REUSE_CLIENTS === 'true' ? new ReusingBotFrameworkAuthentication(auth) : auth);
  const bot = new EchoBot();
  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  return server;
}

// A benchmark tool, not the product: it reads its port straight from the environment.
const server = createEchoServer();
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1', () => console.log(`echo bot on ${server.url}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.close(() => process.exit(0)));
