// Starts understandingWorker.ts through tsx, as `npm start` runs the bot: Node 20 does not apply `--import tsx` to a
// worker thread's own module, so the thread registers tsx itself first (see UnderstandingThread.ts).
import { register } from 'tsx/esm/api';

register();
await import('./understandingWorker.ts');
