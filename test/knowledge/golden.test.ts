// The golden tables (test/golden/) as a regression guard: `npm run eval` prints the same figures in detail.
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { evaluate, readGolden, RESIDENT_SETS } from '../../src/cli/golden.js';
import { LANGS } from '../../src/knowledge/schema.js';

const MIN_TOP1 = 0.9;
const MIN_OFF_TOPIC_NONE = 0.9;

test('the golden tables have at least 25 questions per language and 10 off-topic ones', () => {
  const g = readGolden();
  for (const lang of LANGS) expect(g.byLang[lang].length).toBeGreaterThanOrEqual(25);
  expect(g.offTopic.length).toBeGreaterThanOrEqual(10);
});

test(`top-1 accuracy is at least ${MIN_TOP1 * 100} % per language and off-topic questions get no answer`, async () => {
  const report = evaluate(createAnswerEngine(await loadKnowledge('knowledge')));
  for (const lang of LANGS) {
    const s = report.perLang[lang];
    expect({ lang, accuracy: s.top1 / s.total >= MIN_TOP1, misses: s.misses }).toMatchObject({ lang, accuracy: true });
  }
  const o = report.offTopic;
  expect({ offTopic: o.none / o.total >= MIN_OFF_TOPIC_NONE, answered: o.answered }).toMatchObject({ offTopic: true });
});

/**
 * The later held-out sets have lower floors, as guards against a change that makes the bot much worse at phrasings
 * nobody tuned for. The second (test/golden/residents/) was written with longer and looser questions. The third
 * (test/golden/residents2/) was measured once as it came (sv 65/83, en 51/60, se 28/30, off-topic 40/46 unanswered)
 * before any change it could inspire; its floor sits a little under that. The fourth (test/golden/residents3/, written
 * on 2026-12-01) was measured so too at commit 6ae382b: sv 58/85, en 54/64, se 30/31, off-topic 42/48. The fifth
 * (test/golden/residents4/, harder styles: statements, two questions in one, split compounds) at commit 02363ca: sv
 * 49/80, en 48/64, se 24/33, off-topic 40/45. The sixth (test/golden/residents5/, written in the thirteenth session:
 * synonyms the seed does not use, near misses asking for figures) at commit be9de1f: sv 60/80, en 46/60, se 26/30,
 * off-topic 33/45. The seventh (test/golden/residents6/, written in the fourteenth session: voice-to-text, Messenger
 * style, formal letters, negations, villages and other municipalities) at commit 02ba8d3: sv 65/80, en 51/60, se 28/30,
 * off-topic 43/45. The eighth (test/golden/residents7/, written in the eighteenth session: stories before the question,
 * complaints and doubts, villages, code-switching, voice typing) at the session's start commit 9846679: sv 49/80, en
 * 43/60, se 26/30, off-topic 40/45. The ninth (test/golden/residents8/, written later in that session, half of it long
 * questions with a story first) at 9846679: sv 43/80, en 35/60, se 20/30, off-topic 40/45. The tenth
 * (test/golden/residents9/, written at the end of that session, half long questions and long near-miss off-topic ones)
 * at 9846679: sv 45/80, en 35/60, se 26/30, off-topic 44/45. The eleventh (test/golden/residents10/, a natural mix,
 * written after that session's changes) at 9846679: sv 56/80, en 44/60, se 30/30, off-topic 42/45. The twelfth
 * (test/golden/residents11/, the same brief, written blind in the nineteenth session) at its start commit d2069f5: sv
 * 67/80, en 51/60, se 28/30, off-topic 42/45. The thirteenth (test/golden/residents12/, formal letters, teenagers,
 * Swedish and English mixed, places in Kiruna, sceptics; written blind later in that session) at d2069f5: sv 64/80,
 * en 42/60, se 27/30, off-topic 39/45; with that session's changes sv 67, en 44, se 27, off-topic 39. The fourteenth
 * (test/golden/residents13/, half of it on the priorities, the follow-up and minority languages; written blind at the
 * end of that session) at d2069f5: sv 48/60, en 34/45, se 16/20, off-topic 25/30; as it came: sv 48, en 35, se 17, 25.
 * The fifteenth (test/golden/residents14/, stories before the question, speech typed out, northern Swedish dialect,
 * local places; written blind at the start of the twentieth session) as it came, at 91e8436: sv 67/80, en 57/60, se
 * 27/30, off-topic 42/45. The sixteenth (test/golden/residents15/, a natural mix weighted like real traffic: short plain
 * questions, a personal angle, stories first, wrong assumptions; written blind later in that session) as it came, at
 * 492f7d7 (and the same at 91e8436): sv 59/80, en 49/60, se 30/30, off-topic 42/45. The seventeenth
 * (test/golden/residents16/, half of it told after a story, off-topic questions too; written blind after the last
 * question was first asked alone) as it came, at 09f1705: sv 72/80, en 57/60, se 29/30, off-topic 37/45 (at 91e8436:
 * sv 66, en 52, se 28, off-topic 41). The eighteenth (test/golden/residents17/, the first messages real residents might
 * send once the bot is live: mostly short, in their own words; written blind at the end of that session) as it came, at
 * 08776c6: sv 76/80, en 58/60, se 30/30, off-topic 39/45 (at 91e8436: sv 74, en 56, se 30, off-topic 39). The
 * nineteenth (test/golden/residents18/, a third short, a third ordinary, a third long; wrong assumptions) as it came, at
 * 82c2bbe: sv 62/80, en 52/60, se 27/30, off-topic 40/45. The twentieth (test/golden/residents19/, written the way
 * people talk: voice typing, teenagers' slang, letters from older residents, Swedish and English mixed) as it came, at
 * c39aa4d: sv 65/80, en 41/60, se 26/30, off-topic 42/45. The twenty-first (test/golden/residents20/, the first
 * month of a municipal chat: half short search-box queries) as it came, after that session's search changes: sv 73/80,
 * en 55/60, se 29/30, off-topic 32/45 (at 82c2bbe: sv 72, en 55, se 29, off-topic 32). The twenty-second
 * (test/golden/residents21/, a year of a municipal chat: a third short, a third one sentence, a third with context;
 * written blind while that session's keywords were added) as it came, at 990ca13: sv 74/80, en 55/60, se 28/30,
 * off-topic 34/45 (at 82c2bbe: sv 71, en 52, se 28, off-topic 34). The twenty-third (test/golden/residents22/, two
 * fifths short keyword queries, bilingual Swedish–English mixing, sceptical questions; near misses among the off-topic
 * ones) as it came, at 788f2aa: sv 68/75, en 56/60, se 27/30, off-topic 32/45. The twenty-fourth
 * (test/golden/residents23/, newcomers writing learner's Swedish or simple English, parents after a school meeting,
 * readers of a news item; written blind in the twenty-third session) as it came, after the general words: sv 67/75,
 * en 55/60, se 28/30, off-topic 40/45 (at b050533, the session's start: the same but off-topic 34/45). The
 * twenty-fifth (test/golden/residents24/, typed on a phone in a hurry: northern Swedish dialect and chat abbreviations,
 * sceptics, the villages, tourists; written blind in the same session) as it came: sv 59/75, en 50/60, se 26/30,
 * off-topic 42/45 (at b050533 the same but off-topic 41/45). The twenty-sixth (test/golden/residents25/, a third voice
 * dictation, a third from people who half remember the promises or ask two things at once; written blind in the
 * twenty-fourth session) as it came, at 8a4f8c1: sv 60/75, en 54/60, se 25/30, off-topic 40/45. The twenty-seventh
 * (test/golden/residents26/, a third search-box phrases of two to five words, a third with a negation, a condition, a
 * comparison or a role; written blind in the same session) as it came, at 74f0a43 (as at the session's start): sv
 * 63/75, en 55/60, se 28/30, off-topic 39/45. The twenty-eighth (test/golden/residents27/, a third paraphrasing the
 * seed without its key terms, a third polite or belief-first, the rest from outside Kiruna with long lead-ins) as it
 * came, at 07e740a (as at the session's start): sv 56/75, en 51/60, se 26/30, off-topic 41/45. The twenty-ninth
 * (test/golden/residents28/, a third yes/no questions, a third tied to Kiruna's life now, a third half-remembered dates,
 * numbers and names) as it came, at fdbc4e5 (as at the session's start): sv 62/75, en 56/60, se 29/30, off-topic 40/45.
 * The thirtieth (test/golden/residents29/, written blind in the twenty-fifth session: a third comments under the
 * municipality's Facebook post, a third in the words of professionals, journalists and students, a third two to five
 * words) as it came, at 2b4f4b7: sv 70/75, en 56/60, se 29/30, off-topic 35/45 (seven of the ten answered ask for
 * figures, which get the entry with its note that the promises give none). The thirty-first (test/golden/residents30/,
 * written blind in the twenty-sixth session: a third dictated by voice, a third in teenagers' chat slang, a third from
 * residents in a practical situation — a parent, a bar owner, a driver on the E10, a reindeer herder) as it came, at
 * 26fb4ca (as at the session's start): sv 64/75, en 54/60, se 26/30, off-topic 33/45 (most misses are messages the
 * safety check routes first: a break-in to report, a fight now, a friend who talks of suicide). The thirty-second
 * (test/golden/residents31/, written blind in the twenty-seventh session: a third comparisons and yes/no doubts, "stämmer
 * det att …", a third follow-up turns and corrections, a third asked for someone else or at work) as it came, at
 * 62da7f8 (as at the session's start): sv 58/75, en 51/60, se 24/30, off-topic 42/45; after the framing words and
 * openings written from it, sv 61, en 54, se 24, off-topic 42. The thirty-third (test/golden/residents32/, written
 * blind in the same session: a third children aged 10–14, a third residents writing Swedish or English as learners —
 * first languages Finnish, Meänkieli, Polish, Arabic, Tigrinya, Thai —, a third two things named where one is asked)
 * as it came, at 40b8d28: sv 53/75, en 43/60, se 26/30, off-topic 36/45; after the greetings and keywords written from
 * it, sv 58, en 44, se 26, off-topic 36. The thirty-fourth (test/golden/residents33/, written blind in the
 * twenty-eighth session: a third comments under a police Facebook post in slang, a third long formal questions from
 * older residents, a third newcomers and seasonal workers mixing Swedish and English) as it came, at ee99619: sv 50/75,
 * en 51/60, se 30/30, off-topic 43/45; after the search of questions written in two languages (askMixed), a few
 * function words and keywords, sv 57, en 51, se 30, off-topic 43. The thirty-fifth (test/golden/residents34/, written
 * blind later in that session: a third one-to-four-word searches, a third long stories with the question at the end, a
 * third negative questions and doubts) as it came, at ebb2259: sv 62/75, en 51/60, se 29/30, off-topic 42/45; with
 * "verkligen" and "surely" as function words, the same. The thirty-sixth (test/golden/residents35/, written blind
 * at the end of that session: a third professionals naming their role, a third comparisons with other towns and
 * earlier years, a third Norwegian and Finnish neighbours) as it came, at 645d4a9: sv 53/75, en 55/60, se 26/30,
 * off-topic 40/45; after Norwegian and Danish words read as the Swedish ones (language/slang.ts), sv 67. The
 * thirty-seventh (test/golden/residents36/, written blind last in that session: statements and requests with an implied
 * question, phonetic and dyslexia-like spelling, questions inside a complaint or a compliment) as it came, at cfa8596:
 * sv 69/75, en 55/60, se 29/30, off-topic 39/45. The thirty-eighth (test/golden/residents37/, written blind after it:
 * one precise detail of one topic — who, how often, since when, whether something is included — or a wrong detail to
 * confirm) as it came, at 2e602ff: sv 57/75, en 53/60, se 29/30, off-topic 44/45. The thirty-ninth
 * (test/golden/residents38/, written blind in the twenty-ninth session: phone fragments, second-language grammar, run-on
 * lines, missing å/ä/ö) as it came, at 14b9c2d: sv 70/75, en 58/60, se 29/30, off-topic 37/45; the same after the
 * session's changes. The fortieth (test/golden/residents39/, written blind beside it: requests and statements — "Kan du
 * förklara …", "Tell me …", "Muital munnje …" — framed by who asks, "I'm a journalist and I'd like to know …") as it
 * came: sv 65/75, en 50/60, se 23/30, off-topic 37/45; after the self-introduction joined by "and"/"och" and the
 * request words "förklara", "like", "muital", "munnje" as function words, sv 71, en 53, se 27, off-topic 41. The
 * forty-first (test/golden/residents40/, written blind last in that session: everyday words and places instead of the
 * document's — "snuten", "blåsa på E10:an", "knarkhund i plugget", "cops", "the council" — a concrete worry, a wrong
 * assumption, two things at once) as it came, at 4d36b59: sv 55/75, en 54/60, se 28/30, off-topic 37/45; after
 * "kirunabor" read as "invånare" and "Hur ofta följs löftena upp?" / "How often are the promises followed up?" among the
 * follow-up entry's questions, sv 57 (and over all sets sv +10, en +2). The forty-second (test/golden/residents41/,
 * written blind in the thirtieth session: the asker's situation told first, then the question, and the promises named
 * indirectly — "det där ni skrev på", "the thing the police and the council agreed") as it came, at bd03c8f: sv 64/75,
 * en 54/60, se 29/30, off-topic 39/45; with a last question of two words that count, one of them rare, asked alone
 * (FOCUS_RARE in src/knowledge/createAnswerEngine.ts), sv 66. The forty-third (test/golden/residents42/, written blind
 * later in that session: questions dictated by voice — no punctuation, fillers, self-corrections, words split or
 * misheard, "tjugo tjugotre", "etthundratolv", "face book") as it came, at 2d7cb1e: sv 70/75, en 52/60, se 29/30,
 * off-topic 39/45; with years and "(ett)hundra …" read from words (src/language/spokenNumbers.ts) and English words
 * split in two read whole, sv 73, en 56. The forty-fourth (test/golden/residents43/, written blind last in that session:
 * half put through a machine translator — "the police authority", "the commune", "promises of the citizens" — half in
 * easy-to-read language, "Jag bor i Kiruna. Vem bestämmer om polisen?") as it came, at d9df20b: sv 66/75, en 47/60,
 * se 29/30, off-topic 35/45; "commune", "kommune" read as "municipality" was measured and not kept (en +4, but two
 * off-topic questions answered). The forty-fifth (test/golden/residents44/, written blind in the thirty-first session:
 * a third reactions to news with an opinion first — "Såg i tidningen att …", "Read that …" —, a third an everyday
 * situation before the question, a third short with typos and spoken forms) as it came, at 47165ca: sv 67/75, en 52/60,
 * se 27/30, off-topic 39/45; "hört" as a function word was measured and not kept (sv +2 and −2 over all sets). The
 * forty-sixth (test/golden/residents45/, written blind in the thirty-fifth session: a third asked for a group or someone
 * else — a sports club's board, a history society, a class project —, a third with a mix-up to see through — "the
 * promises ended in 2025", "signed by the government in Stockholm" —, a third typed in a hurry) as it came, at 537491e:
 * sv 53/75, en 44/60, se 22/30, off-topic 33/45; with what the asker heard and the group asked for dropped before the
 * search (withoutHearsay in src/language/selfIntroduction.ts), sv 55, se 23 (and 4 more right in earlier sets, none lost). The
 * forty-seventh (test/golden/residents46/, written blind in the thirty-sixth session: a third teenagers — "asså", "lowkey",
 * "ngl", "fr" —, a third about taking part or getting in touch, a third yes/no questions about one claim, some slightly
 * wrong) as it came, at 5dcdaa8: sv 58/75, en 44/60, se 29/30, off-topic 36/45; with the teenagers' fillers ("lowkey",
 * "fr", "ngl", "lol") as function words and three more example questions on who gives the promises ("Lovar bara polisen,
 * eller kommunen också?"), en 48 (and over all sets sv +1, en +1). The forty-eighth (test/golden/residents47/, written
 * blind later in that session: a third parents, a third commuters, fly-in workers and newcomers, a third quoting the
 * promise text back, often after a lead-in set off by a dash) as it came, at 996805e: sv 57/75, en 52/60, se 26/30,
 * off-topic 34/45; with a spaced dash ending a sentence like a colon (SENTENCE_END in src/knowledge/createAnswerEngine.ts),
 * sv 63, en 54. The forty-ninth (test/golden/residents48/, written blind last in that session: a third sceptical or
 * sarcastic, a third from the villages — Vittangi, Karesuando, Abisko —, a third young adults switching between Swedish
 * and English) as it came, at 32f3685: sv 60/75, en 47/60, se 26/30, off-topic 30/45; with English function words left
 * out of any question the Swedish and Sami indexes search (SearchIndex.analyzeQuery), sv 61, se 27. The fiftieth
 * (test/golden/residents49/, written blind last in that session: a third people who want to use the promises in their
 * work, a third long messages whose last question matters most, a third telegraphic one-liners) as it came, at
 * 26bf124: sv 66/75, en 49/60, se 25/30, off-topic 32/45. The fifty-first (test/golden/residents50/, written blind
 * last in that session: a third second-language Swedish at SFI level, a third a question about the chat itself before
 * the real one, a third English dictated by voice) as it came, at 72d3866: sv 63/75, en 49/60, se 25/30, off-topic
 * 36/45; with the question about the chat dropped before the search (withoutChatQuestion in
 * src/language/selfIntroduction.ts), sv 64, en 53, se 26, off-topic 35. The fifty-second (test/golden/residents51/,
 * written blind in the thirty-seventh session: a third older residents and their grown children, a third people new to
 * Kiruna, a third fast typing without å, ä, ö) as it came, at 0151c34: sv 70/75, en 57/60, se 29/30, off-topic 38/45.
 * The fifty-third (test/golden/residents52/, written blind in the same session: a third sceptical or angry residents, a
 * third questions on which of the police and the municipality does what, a third parents and teenagers) as it came, at
 * 0151c34: sv 64/75, en 53/60, se 25/30, off-topic 38/45. The fifty-fourth (test/golden/residents53/, written blind
 * last in that session: a third a detail of Kiruna's life now before the question, a third replies in a chat that went
 * on — "ok men …", "vänta, …", "and the school part?" —, a third people who need the promises in their work) as it
 * came, at 2b9add2: sv 67/75, en 58/60, se 27/30, off-topic 36/45; with interjections as function words ("vänta",
 * "okej", "ok", "hmm"; "wait", "okay", "oh"), sv 69.
 */
/** Per set: the least top-1 accuracy per language, and the least share of off-topic questions left unanswered. */
const FLOORS: Record<string, readonly [minTop1: number, minOffTopicNone: number]> = {
  second: [0.8, 0.85],
  third: [0.75, 0.8],
  fourth: [0.65, 0.8],
  fifth: [0.55, 0.8],
  sixth: [0.65, 0.7],
  seventh: [0.7, 0.85],
  eighth: [0.6, 0.8],
  ninth: [0.55, 0.8],
  tenth: [0.6, 0.85],
  eleventh: [0.65, 0.85],
  twelfth: [0.75, 0.85],
  thirteenth: [0.7, 0.85],
  fourteenth: [0.7, 0.8],
  fifteenth: [0.75, 0.85],
  sixteenth: [0.7, 0.85],
  seventeenth: [0.8, 0.85],
  eighteenth: [0.85, 0.8],
  nineteenth: [0.75, 0.85],
  twentieth: [0.7, 0.85],
  'twenty-first': [0.85, 0.7],
  'twenty-second': [0.85, 0.7],
  'twenty-third': [0.85, 0.7],
  'twenty-fourth': [0.85, 0.8],
  'twenty-fifth': [0.75, 0.8],
  'twenty-sixth': [0.8, 0.85],
  'twenty-seventh': [0.8, 0.85],
  'twenty-eighth': [0.7, 0.85],
  'twenty-ninth': [0.8, 0.85],
  thirtieth: [0.85, 0.75],
  'thirty-first': [0.8, 0.7],
  'thirty-second': [0.75, 0.85],
  'thirty-third': [0.7, 0.75],
  'thirty-fourth': [0.75, 0.85],
  'thirty-fifth': [0.8, 0.85],
  'thirty-sixth': [0.8, 0.85],
  'thirty-seventh': [0.85, 0.85],
  'thirty-eighth': [0.75, 0.9],
  'thirty-ninth': [0.85, 0.8],
  fortieth: [0.85, 0.85],
  'forty-first': [0.75, 0.8],
  'forty-second': [0.85, 0.85],
  'forty-third': [0.85, 0.85],
  'forty-fourth': [0.75, 0.75],
  'forty-fifth': [0.85, 0.85],
  'forty-sixth': [0.7, 0.7],
  'forty-seventh': [0.75, 0.75],
  'forty-eighth': [0.8, 0.7],
  'forty-ninth': [0.75, 0.65],
  fiftieth: [0.8, 0.7],
  'fifty-first': [0.8, 0.75],
  'fifty-second': [0.9, 0.8],
  'fifty-third': [0.8, 0.8],
  'fifty-fourth': [0.85, 0.75],
  'fifty-fifth': [0.9, 0.75],
  'fifty-sixth': [0.7, 0.8],
  'fifty-seventh': [0.85, 0.7],
  'fifty-eighth': [0.8, 0.65],
  'fifty-ninth': [0.85, 0.75],
  sixtieth: [0.85, 0.65],
  'sixty-first': [0.8, 0.7],
  'sixty-second': [0.85, 0.8],
  'sixty-third': [0.85, 0.75],
  'sixty-fourth': [0.75, 0.75],
  'sixty-fifth': [0.9, 0.7],
  'sixty-sixth': [0.8, 0.75],
  'sixty-seventh': [0.7, 0.75],
  'sixty-eighth': [0.9, 0.7],
  'sixty-ninth': [0.8, 0.85],
  seventieth: [0.85, 0.75],
  'seventy-first': [0.8, 0.75],
  'seventy-second': [0.85, 0.75],
  'seventy-third': [0.85, 0.75],
  'seventy-fourth': [0.9, 0.75],
  'seventy-fifth': [0.8, 0.8],
  'seventy-sixth': [0.85, 0.8],
  'seventy-seventh': [0.9, 0.8],
  'seventy-eighth': [0.9, 0.7],
  'seventy-ninth': [0.9, 0.8],
  eightieth: [0.8, 0.85],
  'eighty-first': [0.9, 0.65],
  'eighty-second': [0.9, 0.65],
  'eighty-third': [0.75, 0.85],
  'eighty-fourth': [0.75, 0.8],
  'eighty-fifth': [0.95, 0.75],
  'eighty-sixth': [0.9, 0.85],
  'eighty-seventh': [0.85, 0.75],
  'eighty-eighth': [0.85, 0.7],
  'eighty-ninth': [0.75, 0.7],
  'ninetieth': [0.8, 0.8],
  'ninety-first': [0.7, 0.8],
  'ninety-second': [0.85, 0.7],
  'ninety-third': [0.85, 0.7],
  'ninety-fourth': [0.85, 0.75],
  'ninety-fifth': [0.75, 0.8],
  'ninety-sixth': [0.85, 0.65],
  'ninety-seventh': [0.85, 0.8],
  'ninety-eighth': [0.85, 0.75],
  'ninety-ninth': [0.85, 0.8],
  'hundredth': [0.8, 0.6],
};

test('every resident set has its floors', () => {
  expect(RESIDENT_SETS.map((set) => set.name)).toEqual(Object.keys(FLOORS));
});

describe.each(RESIDENT_SETS.map(({ name, dir }): [string, string, number, number] => [name, dir, ...(FLOORS[name] ?? [1, 1])]))('the %s set (%s)', (_name, dir, minTop1, minOffTopicNone) => {
  test(`top-1 accuracy is at least ${minTop1 * 100} % per language and off-topic questions get no answer`, async () => {
    const report = evaluate(createAnswerEngine(await loadKnowledge('knowledge')), readGolden(dir));
    for (const lang of LANGS) {
      const s = report.perLang[lang];
      expect(s.total).toBeGreaterThanOrEqual(20);
      expect({ lang, accuracy: s.top1 / s.total >= minTop1, misses: s.misses }).toMatchObject({ lang, accuracy: true });
    }
    const o = report.offTopic;
    expect({ offTopic: o.none / o.total >= minOffTopicNone, answered: o.answered }).toMatchObject({ offTopic: true });
  });
});
