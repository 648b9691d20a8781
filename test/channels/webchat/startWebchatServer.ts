/** Starts the real bot with the website chat on an ephemeral loopback port: the shared fixture of the webchat tests. */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { MemoryStorage } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../../src/config.js';
import { loadKnowledge } from '../../../src/knowledge/loadKnowledge.js';
import { createAnswerEngine } from '../../../src/knowledge/createAnswerEngine.js';
import { createTranslate } from '../../../src/language/i18n.js';
import { PromiseBot } from '../../../src/bot/PromiseBot.js';
import { createCloudAdapter } from '../../../src/bot/createCloudAdapter.js';
import { createServer } from '../../../src/server/createServer.js';
import { createWebchatChannel, type WebchatChannel, type WebchatOptions } from '../../../src/channels/webchat/webchatChannel.js';

export const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

export interface RunningWebchat {
  server: Server;
  base: string;
  channel: WebchatChannel;
  close(): Promise<void>;
}

export async function startWebchatServer(options: Partial<WebchatOptions> = {}, host = '127.0.0.1'): Promise<RunningWebchat> {
  const engine = createAnswerEngine(await loadKnowledge(path.resolve('knowledge')));
  const t = await createTranslate(path.resolve('locales'));
  const config = loadConfig({});
  const channel = await createWebchatChannel({ t, logger: silentLogger, tokenSecret: 'test-secret-test-secret-test-secret', ...options });
  const storage = new MemoryStorage();
  const bot = new PromiseBot({
    getEngine: () => engine,
    t,
    storage,
    erasers: [(ref) => channel.eraseResident(ref)],
  });
  const adapter = createCloudAdapter(config, { t, logger: silentLogger });
  const server = createServer({ adapter, bot, getEngine: () => engine, isAuthEnabled: false, logger: silentLogger });
  channel.registerRoutes(server, bot);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    channel,
    base: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
