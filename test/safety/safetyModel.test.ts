/**
 * The safety check's classifier (src/safety/safetyModel.ts, guessSafety.ts): the kept models are what the training
 * files give, the bot's odds are wink-naive-bayes-text-classifier's, and messages no rule knows the words of are
 * routed. The sentences below were written for this test, not taken from any set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGolden, RESIDENT_SETS } from '../../src/cli/golden.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { detectSafety, detectSafetyByRules } from '../../src/safety/detectSafety.js';
import { splitWords } from '../../src/safety/foldText.js';
import { guessSafety } from '../../src/safety/guessSafety.js';
import { KIND_MODEL_PATH, LANG_MODEL_PATH, messageFeatures, MIN_WORDS, OddsTable, type SafetyModelTable } from '../../src/safety/safetyModel.js';
import { readTrainingMessages, trainSafetyModels } from '../../src/safety/trainSafetyModel.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const messages = readTrainingMessages(root);
const trained = trainSafetyModels(messages);
const kept = {
  kind: JSON.parse(readFileSync(KIND_MODEL_PATH, 'utf8')) as SafetyModelTable,
  lang: JSON.parse(readFileSync(LANG_MODEL_PATH, 'utf8')) as SafetyModelTable,
};

describe('safety classifier: the models', () => {
  it('learns from the labelled sets and the golden questions', () => {
    expect(messages.length).toBeGreaterThan(7000);
    expect(new Set(messages.map((m) => m.kind))).toEqual(new Set(['suicide', 'domestic', 'emergency', 'report', 'help', 'none']));
  });

  it('keeps in src/safety/model/ what the training files give (else: npm run safety:train)', () => {
    expect(kept.kind).toEqual(trained.kind.table);
    expect(kept.lang).toEqual(trained.lang.table);
  });

  it.each(['kind', 'lang'] as const)('gives the %s odds wink gives, for every training message', (which) => {
    const table = new OddsTable(kept[which]);
    const { classifier } = trained[which];
    let compared = 0;
    for (const { text } of messages) {
      const odds = table.odds(messageFeatures(splitWords(text)));
      const winks = classifier.computeOdds(text);
      if (winks[0]![0] === 'unknown') {
        expect([...odds].every((x) => x === 0)).toBe(true);
        continue;
      }
      for (const [label, value] of winks) {
        // Weights are kept to four decimals: a message's odds may differ by a little.
        expect(Math.abs(odds[table.labels.indexOf(label)]! - value)).toBeLessThan(0.01);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(messages.length * 0.99);
  });
});

describe('safety classifier: messages no rule knows the words of', () => {
  it.each([
    ['emergency', 'sv', 'grannens barn står ute i bara strumpor i minus trettio och gråter'],
    ['emergency', 'sv', 'det har varit konstigt tyst hos grannen i en vecka och det luktar illa från brevinkastet'],
    ['emergency', 'sv', 'mamma svarar inte i telefon och hennes bil står kvar på parkeringen, det är minus 35'],
    // (Was "the old man next door is wandering outside in his pyjamas again, he seems confused": a rule knows it since
    // the twenty-seventh session.)
    ['emergency', 'en', 'the old lady upstairs has been outside in just her nightdress for ages and its minus 25'],
    ['domestic', 'sv', 'pappa har druckit hela dagen och nu kastar han saker efter mamma'],
    ['report', 'en', 'I think my grandmother is being scammed by a man she met online, she keeps sending him money'],
  ])('%s (%s): %s', (kind, lang, text) => {
    expect(detectSafetyByRules(text)).toBeNull();
    expect(guessSafety(splitWords(text))).toEqual({ kind, lang });
    expect(detectSafety(text)).toEqual({ kind, lang });
  });

  it.each([
    'Vad gör kommunen och polisen för att färre unga ska börja med narkotika här i Kiruna?',
    'Hur många bränder var det i Kiruna förra året och hur många av dem var anlagda?',
    'Jag jobbar på ett äldreboende och undrar om ni har tips på hur vi pratar om våld i nära relationer',
    'har stått i kö på vårdcentralen i två timmar nu och det här dödar mig sakta men säkert',
    'I loved the crime series about the murders in Kiruna, is it based on real events or made up?',
    'Where can I read about how many traffic accidents there were on the E10 last winter?',
    'Is it safe to walk alone through the city centre late at night during the dark season?',
    'My son wants to join the neighbourhood walks at night, how old do you have to be?',
  ])('leaves an ordinary message alone: %s', (text) => {
    expect(guessSafety(splitWords(text))).toBeNull();
    expect(detectSafety(text)).toBeNull();
  });

  it('says nothing on a short message: too little to go on', () => {
    // Eleven words that it would take for violence at home, were the message longer.
    const short = 'pappa har druckit hela dagen och kastar saker efter mamma nu';
    expect(splitWords(short).length).toBeLessThan(MIN_WORDS);
    expect(guessSafety(splitWords(short))).toBeNull();
    expect(guessSafety(splitWords(`${short} hemma hos oss`))).toEqual({ kind: 'domestic', lang: 'sv' });
  });

  it('is held to the checks a rule is: jest, or violence told as decades ago', () => {
    const jokes = [
      'pappa har druckit hela dagen och nu kastar han saker efter mamma 😂',
      'min brorsa sa att han ska kasta ut mig från rummet om jag inte slutar spela musik så högt lol',
    ];
    const history = 'för 40 år sedan kastade pappa saker efter mamma när han hade druckit hela kvällen';
    for (const text of [...jokes, history]) {
      expect(guessSafety(splitWords(text))).toEqual({ kind: 'domestic', lang: 'sv' });
      expect(detectSafety(text)).toBeNull();
    }
  });

  it.each(RESIDENT_SETS.filter((set) => !set.learntBySafetyModel).map((set) => set.dir))('adds no alarm to the rules\' on the resident questions it never learnt from (%s)', (dir) => {
    const golden = readGolden(path.join(root, dir));
    const questions = [...LANGS.flatMap((lang) => golden.byLang[lang].map((c) => c.q)), ...golden.offTopic.map((c) => c.q)];
    expect(questions.length).toBeGreaterThan(150);
    const alarms = questions.filter((q) => detectSafety(q) !== null && detectSafetyByRules(q) === null);
    // At most one in a hundred (none when the models were made).
    expect(alarms.length).toBeLessThanOrEqual(Math.floor(questions.length / 100));
  });
});
