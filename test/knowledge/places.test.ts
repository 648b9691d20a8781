/**
 * A village or district of Kiruna municipality named before the question (src/language/places.ts): it says where the
 * asker lives, and weighs against an entry at half an unknown word's weight, so that residents out in the villages get
 * the answer the same question gets in town (residents82, written blind in the forty-first session, names a place in
 * every question).
 */
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { AnswerEngine } from '../../src/knowledge/types.js';
import { isLocalPlaceName } from '../../src/language/places.js';
import { foldText } from '../../src/language/normalizeText.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = createAnswerEngine(await loadKnowledge('knowledge'));
});

const answerId = (q: string): string => {
  const r = engine.ask(q);
  return r.kind === 'answer' ? r.entry.id : r.kind;
};

describe('the villages and districts of the municipality', () => {
  it.each(['Vittangi', 'Vittangis', 'Gárasavvonis', 'Čohkkiras', 'Jukkasjärvi', 'Tuolluvaara', 'Nikkaluokta', 'Kaaresuvanto'])(
    '%s is a place of the municipality',
    (word) => expect(isLocalPlaceName(foldText(word))).toBe(true),
  );

  it.each(['polisen', 'skola', 'is', 'vittangiv', 'Gällivare', 'Luleå'])('%s is not', (word) => {
    expect(isLocalPlaceName(foldText(word))).toBe(false);
  });

  it.each([
    ['Gäller polisens trafikövervakning hela kommunen eller bara inne i stan? Jag bor i Vittangi.', 'traffic'],
    ['Om jag kör på vägen till Vittangi, kan jag bli kontrollerad där också?', 'traffic'],
    ['gör polisen trafik kontroller i hela kommunen eller bara inne i stan jag bor i abisko', 'traffic'],
    ['Can my grandfather in Karesuando talk to the municipality in Meänkieli?', 'minority-languages'],
    ['Dárkkistit go politiijat gárrenvuodjima maiddái Gárasavvonis, vai dušše Gironis?', 'traffic'],
  ])('a question that names a village gets the answer: %s', (q, id) => {
    expect(answerId(q)).toBe(id);
  });

  it.each([
    'Vilken dag kommer sophämtningen i Tuolluvaara?',
    'Vad heter polisen som jobbar i Karesuando?',
    'What is the speed limit on the E10 between Kiruna and Abisko?',
  ])('a local question the promises do not answer still gets none: %s', (q) => {
    expect(answerId(q)).toBe('none');
  });
});
