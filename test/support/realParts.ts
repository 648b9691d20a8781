// The real knowledge base and locale texts, loaded once per test file: tests run the real engine, never a stub.
import path from 'node:path';
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createTranslate, type Translate } from '../../src/language/i18n.js';
import type { AnswerEngine } from '../../src/knowledge/types.js';

let parts: Promise<{ engine: AnswerEngine; t: Translate }> | undefined;

export function loadRealParts(): Promise<{ engine: AnswerEngine; t: Translate }> {
  parts ??= (async () => ({
    engine: createAnswerEngine(await loadKnowledge(path.resolve('knowledge'))),
    t: await createTranslate(path.resolve('locales')),
  }))();
  return parts;
}
