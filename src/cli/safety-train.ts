/**
 * `npm run safety:train`: trains the safety check's classifier again from the labelled sets and the golden questions
 * (src/safety/trainSafetyModel.ts) and writes its models to src/safety/model/. Run it after adding or changing a set;
 * `npm test` fails while the kept models are not what the files give. `--check` only says whether they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KIND_MODEL_PATH, LANG_MODEL_PATH } from '../safety/safetyModel.js';
import { readTrainingMessages, trainSafetyModels } from '../safety/trainSafetyModel.js';

const check = process.argv.includes('--check');
const messages = readTrainingMessages();
const models = trainSafetyModels(messages);
let stale = 0;
for (const [file, model] of [[KIND_MODEL_PATH, models.kind], [LANG_MODEL_PATH, models.lang]] as const) {
  const json = `${JSON.stringify(model.table)}\n`;
  const where = fileURLToPath(file);
  let kept = '';
  try {
    kept = readFileSync(where, 'utf8');
  } catch {
    // No model yet.
  }
  if (kept === json) continue;
  stale++;
  if (check) console.error(`${where} is not what the training files give: run npm run safety:train`);
  else writeFileSync(where, json);
}
const counts = new Map<string, number>();
for (const m of messages) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
console.log(`${messages.length} messages (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}): ` +
  (stale === 0 ? 'the models are up to date' : check ? `${stale} model(s) out of date` : `${stale} model(s) written`));
if (check && stale > 0) process.exitCode = 1;
