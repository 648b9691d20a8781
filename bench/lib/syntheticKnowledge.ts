/**
 * Synthetic knowledge bases of any size, grown from the real entries so that the vocabulary grows as a real base
 * would: each synthetic entry is a real entry under a new id whose texts are varied — another municipality instead
 * of Kiruna, words borrowed from other entries, new compound words made from words of two entries, swapped words
 * and changed numbers. The real entries come first, so the golden questions still have their answers in the base.
 */
import { LANGS, TITLE_MAX, type Entry, type Lang } from '../../src/knowledge/schema.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { createRandom, pick } from './stats.js';

/** Real Swedish municipalities (and a few of Norrbotten's villages) to stand in for Kiruna. */
export const MUNICIPALITIES = [
  'Gällivare', 'Luleå', 'Umeå', 'Östersund', 'Jokkmokk', 'Pajala', 'Haparanda', 'Kalix', 'Boden', 'Piteå',
  'Arjeplog', 'Arvidsjaur', 'Älvsbyn', 'Överkalix', 'Övertorneå', 'Skellefteå', 'Lycksele', 'Storuman', 'Sorsele',
  'Vilhelmina', 'Dorotea', 'Åsele', 'Malå', 'Norsjö', 'Robertsfors', 'Vindeln', 'Vännäs', 'Bjurholm', 'Nordmaling',
  'Örnsköldsvik', 'Sundsvall', 'Härnösand', 'Kramfors', 'Sollefteå', 'Timrå', 'Ånge', 'Strömsund', 'Krokom', 'Åre',
  'Berg', 'Härjedalen', 'Bräcke', 'Ragunda', 'Hudiksvall', 'Söderhamn', 'Bollnäs', 'Ljusdal', 'Gävle', 'Sandviken',
  'Falun', 'Borlänge', 'Mora', 'Orsa', 'Älvdalen', 'Malung-Sälen', 'Karlstad', 'Torsby', 'Arvika', 'Örebro',
  'Västerås', 'Uppsala', 'Norrtälje', 'Södertälje', 'Nyköping', 'Norrköping', 'Linköping', 'Jönköping', 'Växjö',
  'Kalmar', 'Visby', 'Karlskrona', 'Kristianstad', 'Malmö', 'Lund', 'Helsingborg', 'Halmstad', 'Varberg',
  'Borås', 'Trollhättan', 'Uddevalla', 'Skövde', 'Lidköping', 'Motala', 'Eskilstuna', 'Katrineholm', 'Vetlanda',
  'Karesuando', 'Vittangi', 'Abisko', 'Svappavaara', 'Jukkasjärvi', 'Kurravaara', 'Tärendö', 'Korpilombolo',
];

const WORD = /[\p{L}]{4,}/gu;

const wordCache = new WeakMap<Entry, Record<Lang, string[]>>();

/** The words (4 letters or more) of an entry's title and questions, per language; computed once per real entry. */
function contentWords(entry: Entry): Record<Lang, string[]> {
  let words = wordCache.get(entry);
  if (!words) {
    words = {} as Record<Lang, string[]>;
    for (const lang of LANGS) words[lang] = [entry.title[lang], ...entry.questions[lang]].flatMap((t) => t.match(WORD) ?? []);
    wordCache.set(entry, words);
  }
  return words;
}

interface Varier {
  random: () => number;
  lang: Lang;
  place: string;
  /** Words of a donor entry in this language, to borrow and to build compounds with. */
  donorWords: string[];
  ownWords: string[];
}

function replacePlaces(text: string, v: Varier): string {
  // Kiruna's Sami and Finnish names too, so that no synthetic entry still says it is about Kiruna.
  return text.replace(/Kirunas?|Giron|Kiirun/g, (m) => (m.endsWith('s') && v.lang === 'sv' ? `${v.place}s` : v.place));
}

function perturbNumbers(text: string, v: Varier): string {
  return text.replace(/\d+/g, (digits) =>
    digits.length >= 4 ? String(2000 + Math.floor(v.random() * 40)) : String(Math.floor(v.random() * 10 ** digits.length)));
}

function makeCompound(v: Varier): string {
  const head = pick(v.random, v.ownWords.length > 0 ? v.ownWords : v.donorWords).toLowerCase();
  const tail = pick(v.random, v.donorWords.length > 0 ? v.donorWords : v.ownWords).toLowerCase();
  // Swedish compounds often join with an s ("trafiksäkerhet", "drogsök" vs "narkotikahund").
  return v.lang === 'sv' && v.random() < 0.3 ? `${head}s${tail}` : `${head}${tail}`;
}

/** One question or title, varied: a borrowed word, maybe a new compound, maybe two words swapped. */
function varyPhrase(text: string, v: Varier): string {
  const words = perturbNumbers(replacePlaces(text, v), v).split(' ');
  if (v.donorWords.length > 0 && v.random() < 0.6) {
    words.splice(Math.floor(v.random() * (words.length + 1)), 0, pick(v.random, v.donorWords).toLowerCase());
  }
  if (v.random() < 0.15) words.splice(Math.floor(v.random() * (words.length + 1)), 0, makeCompound(v));
  if (words.length > 2 && v.random() < 0.3) {
    const i = Math.floor(v.random() * (words.length - 1));
    [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
  }
  if (v.random() < 0.3) words.push(v.place);
  return words.join(' ');
}

/** A varied text cut at a word to the length the knowledge schema allows (staff cannot save a longer one). */
function withinLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > 0 ? cut : max).trimEnd();
}

function varyAnswer(text: string, donorAnswer: string, v: Varier): string {
  const firstSentence = donorAnswer.split(/(?<=[.!?])\s/)[0] ?? '';
  const compound = v.random() < 0.3 ? ` ${makeCompound(v)}.` : '';
  return `${perturbNumbers(replacePlaces(text, v), v)} ${replacePlaces(firstSentence, v)}${compound}`;
}

/** The synthetic entry number `index` (deterministic): a varied copy of `real[index % real.length]`. */
export function createSyntheticEntry(real: readonly Entry[], index: number): Entry {
  const random = createRandom(0x5eed + index * 7919);
  const base = real[index % real.length]!;
  const donor = real[Math.floor(random() * real.length)]!;
  const place = pick(random, MUNICIPALITIES);
  const perLang = <T>(make: (lang: Lang, v: Varier) => T): Record<Lang, T> => {
    const out = {} as Record<Lang, T>;
    for (const lang of LANGS) {
      out[lang] = make(lang, { random, lang, place, donorWords: contentWords(donor)[lang], ownWords: contentWords(base)[lang] });
    }
    return out;
  };
  return {
    ...base,
    id: `${base.id}-${index}`,
    label: perLang((lang) => base.label[lang]),
    title: perLang((lang, v) => withinLength(varyPhrase(base.title[lang], v), TITLE_MAX)),
    answer: perLang((lang, v) => varyAnswer(base.answer[lang], donor.answer[lang], v)),
    questions: perLang((lang, v) => {
      const questions = base.questions[lang].filter(() => v.random() < 0.85).map((q) => varyPhrase(q, v));
      // Now and then a question of the donor entry, reworded: entries overlap in a real base too.
      if (v.random() < 0.3) questions.push(varyPhrase(pick(v.random, donor.questions[lang]), v));
      return questions.length > 0 ? questions : [varyPhrase(base.questions[lang][0]!, v)];
    }),
    keywords: perLang((lang, v) => [
      ...(base.keywords?.[lang] ?? []).map((k) => replacePlaces(k, v)),
      v.place.toLowerCase(),
      ...(v.random() < 0.5 ? [makeCompound(v)] : []),
    ]),
    related: base.related,
  };
}

/** A knowledge base of exactly `size` entries: the real ones first (when they fit), then synthetic ones. */
export function createSyntheticKnowledge(real: Knowledge, size: number): Knowledge {
  const entries = real.entries.slice(0, size);
  for (let i = entries.length; i < size; i++) entries.push(createSyntheticEntry(real.entries, i));
  return {
    entries,
    followups: [],
    byId: new Map(entries.map((e) => [e.id, e])),
    version: `synthetic-${size}`,
    loadedAt: new Date(),
    files: [],
  };
}

/** The real entry a synthetic one was made from ("drug-dog-school-512" → "drug-dog-school"). */
export function baseIdOf(id: string, realIds: ReadonlySet<string>): string {
  if (realIds.has(id)) return id;
  return id.replace(/-\d+$/, '');
}

/** Entries per file when a large base is kept as files: about one municipality's citizen promises. */
export const ENTRIES_PER_FILE = 35;

/** The file (of ENTRIES_PER_FILE entries) that withOneFileEdited edits in a given round. */
export function editedFileOf(knowledge: Knowledge, round: number): number {
  return (round * 7919) % Math.ceil(knowledge.entries.length / ENTRIES_PER_FILE);
}

/**
 * The base as a reload sees it after a staff member saved one file with one question changed: that file's entries
 * are read again (new objects and strings; the other files' entries are reused, as the loader's ParseCache does), the
 * first of them with a word added to its first Swedish question. `round` picks the file (editedFileOf).
 */
export function withOneFileEdited(knowledge: Knowledge, round: number): Knowledge {
  const start = editedFileOf(knowledge, round) * ENTRIES_PER_FILE;
  const entries = knowledge.entries.slice();
  for (let i = start; i < Math.min(start + ENTRIES_PER_FILE, entries.length); i++) entries[i] = structuredClone(entries[i]!);
  const edited = entries[start]!;
  entries[start] = { ...edited, questions: { ...edited.questions, sv: [`${edited.questions.sv[0]} ändring${round}`, ...edited.questions.sv.slice(1)] } };
  return { ...knowledge, entries, byId: new Map(entries.map((e) => [e.id, e])), version: `${knowledge.version}-edit-${round}` };
}
