/**
 * Starts the understanding thread's worker (UnderstandingThread.ts). Light on purpose, with nothing but Node's own
 * modules: src/index.ts calls it before the bot's own modules load, so that the thread loads its code meanwhile.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A worker started, and whether it has stopped already (before UnderstandingThread listens to it). */
export interface StartedWorker {
  worker: Worker;
  /** The code it stopped with; undefined while it runs. */
  exitCode(): number | undefined;
}

/** The worker for `workerFile`, by default understandingWorker: through tsx when this module is TypeScript, as the bot runs. */
export function spawnUnderstandingWorker(workerFile?: string): StartedWorker {
  const ownFile = fileURLToPath(import.meta.url);
  const isTypeScript = path.extname(ownFile) === '.ts';
  const file = workerFile ?? path.join(path.dirname(ownFile), isTypeScript ? 'understandingWorker.tsx-boot.mjs' : 'understandingWorker.js');
  const worker = new Worker(file, { execArgv: [] });
  // Listened to from the start: a worker that fails while the bot's modules load must not stop the bot (an 'error'
  // nobody listens to would), and UnderstandingThread must know it is gone.
  let exitCode: number | undefined;
  worker.on('error', () => {});
  worker.once('exit', (code) => {
    exitCode = code;
  });
  return { worker, exitCode: () => exitCode };
}

/**
 * Whether UNDERSTANDING_THREAD (auto, on, off; validated in config.ts, where an empty value counts as unset) asks for
 * the thread on this machine.
 */
export function wantsUnderstandingThread(setting: string | undefined, cores: number): boolean {
  return setting === 'on' || ((!setting || setting === 'auto') && cores > 1);
}
