/**
 * Entry point (`npm start`): reads .env when there is one, starts the understanding thread's worker when
 * UNDERSTANDING_THREAD asks for one (src/bot/UnderstandingThread.ts) — at once, so that it loads its code while this
 * thread loads the bot's (each takes most of a second) — and then runs the composition root, src/main.ts.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { spawnUnderstandingWorker, wantsUnderstandingThread } from './bot/spawnUnderstandingWorker.js';

if (existsSync('.env')) {
  try {
    process.loadEnvFile('.env');
  } catch (error) {
    console.error(`Could not read .env: ${(error as Error).message}`);
    process.exit(1);
  }
}
const understandingWorker = wantsUnderstandingThread(process.env.UNDERSTANDING_THREAD, availableParallelism()) ? spawnUnderstandingWorker() : undefined;

try {
  const { main } = await import('./main.js');
  await main(understandingWorker ? { understandingWorker } : {});
} catch (error) {
  // Start-up errors (a broken knowledge file, a missing locale) name their culprit in the message.
  console.error((error as Error)?.message ?? error);
  process.exit(1);
}
