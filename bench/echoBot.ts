/**
 * The benchmark's yardstick: the cheapest bot on the same stack as the real one — restify 11, botbuilder's CloudAdapter
 * with ConfigurationBotFrameworkAuthentication and no app id, an ActivityHandler that echoes the text — and the same
 * server options as src/server/createServer.ts.
 *
 *   PORT=4000 node --import tsx bench/echoBot.ts
 *
 * By default it runs CloudAdapter as botbuilder ships it and as its samples use it: `adapter.process(req, res, …)`,
 * which checks every request with zod schemas built anew for it and builds two new Bot Framework clients for every
 * activity. The real bot avoids both: it reuses the clients (src/bot/reuseConnectorClients.ts) and hands the activity
 * it has already checked to processActivity (src/bot/createCloudAdapter.ts). With ECHO_LEAN=true
 * (`npm run bench -- --lean-echo`) the echo bot does the same: the stricter yardstick, in which the only difference
 * left is the bot's own work.
 */
import restify from 'restify';
import type { Request, Response } from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { ReusingBotFrameworkAuthentication } from '../src/bot/reuseConnectorClients.js';
import { CheckedCloudAdapter } from '../src/bot/createCloudAdapter.js';

const MAX_BODY_BYTES = 256 * 1024;
const isLean = process.env.ECHO_LEAN === 'true';

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
  const bot = new EchoBot();
  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  if (isLean) {
    const adapter = new CheckedCloudAdapter(new ReusingBotFrameworkAuthentication(auth));
    server.post('/api/messages', async (req: Request, res: Response) => {
      const body = req.body as Activity | undefined;
      if (typeof body !== 'object' || body === null || typeof body.type !== 'string') {
        res.send(400);
        return;
      }
      const response = await adapter.processChecked(req.headers.authorization ?? '', body, (context) => bot.run(context));
      if (response?.body !== undefined) res.send(response.status, response.body);
      else res.send(response?.status ?? 200);
    });
  } else {
    const adapter = new CloudAdapter(auth);
    server.post('/api/messages', async (req: Request, res: Response) => {
      await adapter.process(req, res, (context) => bot.run(context));
    });
  }
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  return server;
}

// A benchmark tool, not the product: it reads its port straight from the environment.
const server = createEchoServer();
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1', () => console.log(`echo bot on ${server.url}${isLean ? ' (lean)' : ''}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.close(() => process.exit(0)));
