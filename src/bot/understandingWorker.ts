/**
 * The understanding thread's side (see UnderstandingThread.ts): builds the answer engine from the knowledge it is
 * sent, warms it up, and understands each message it is sent with the same pure functions as the bot's thread.
 * It keeps nothing of a message after answering it, and logs nothing.
 */
import { parentPort } from 'node:worker_threads';
import { createAnswerEngine } from '../knowledge/createAnswerEngine.js';
import type { AnswerEngine } from '../knowledge/types.js';
import { understandMessage } from './understandMessage.js';
import { knowledgeFromWire, understandingToWire } from './understandingWire.js';
import type { FromUnderstandingThread, ToUnderstandingThread } from './UnderstandingThread.js';
import { warmUp } from './warmUp.js';

const port = parentPort;
if (!port) throw new Error('understandingWorker.ts runs only as a worker thread (see UnderstandingThread.ts)');

let engine: AnswerEngine | undefined;
const post = (message: FromUnderstandingThread): void => port.postMessage(message);

port.on('message', (message: ToUnderstandingThread) => {
  if (message.type === 'knowledge') {
    try {
      engine = createAnswerEngine(knowledgeFromWire(message.knowledge));
      const warm = warmUp(engine, { budgetMs: message.warmUpMs });
      post({ type: 'ready', version: engine.knowledge.version, warmUpTexts: warm.texts });
    } catch (error) {
      engine = undefined;
      post({ type: 'broken', version: message.knowledge.version, message: (error as Error).message });
    }
    return;
  }
  if (!engine) {
    post({ type: 'understood', id: message.id, version: '' });
    return;
  }
  try {
    const understanding = understandingToWire(understandMessage(engine, message.text, message.ctx));
    post({ type: 'understood', id: message.id, version: engine.knowledge.version, understanding });
  } catch (error) {
    // Only the error's name: its message might quote the resident's text.
    post({ type: 'understood', id: message.id, version: engine.knowledge.version, error: (error as Error).name });
  }
});
