/**
 * Starts the understanding thread's worker (UnderstandingThread.ts). Light on purpose, with nothing but Node's own
 * modules: src/index.ts calls it before the bot's own modules load, so that the thread loads its code meanwhile.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The worker for `workerFile`, by default understandingWorker: through tsx when this module is TypeScript, as the bot runs. */
export function spawnUnderstandingWorker(workerFile?: string): Worker {
  const ownFile = fileURLToPath(import.meta.url);
  const isTypeScript = path.extname(ownFile) === '.ts';
  const file = workerFile ?? path.join(path.dirname(ownFile), isTypeScript ? 'understandingWorker.tsx-boot.mjs' : 'understandingWorker.js');
  return new Worker(file, { execArgv: [] });
}

/**
 * Whether UNDERSTANDING_THREAD (auto, on, off; validated in config.ts, where an empty value counts as unset) asks for
 * the thread on this machine.
 */
export function wantsUnderstandingThread(setting: string | undefined, cores: number): boolean {
  return setting === 'on' || ((!setting || setting === 'auto') && cores > 1);
}
