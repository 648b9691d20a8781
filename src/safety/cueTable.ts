/**
 * A table of word cues, searched in table order for the first that a message's folded words match: the safety
 * routes (detectSafety) and the free-worded small talk ("is this a real person?", detectIntent) are both written so.
 * Hand-written: the rules are ordered, fuzzy per word (isWordMatch) and bounded by gaps, which no maintained matcher
 * does for folded Swedish, English and Northern Sami.
 */
import { firstLettersToMatch, foldText, isWordMatch } from './foldText.js';

export interface CueRule {
  /**
   * Slots separated by spaces, each `a|b|stem*|*ending`; they must occur in this order, each at most `gap` words after
   * the last. `stem*` is a beginning (with a typo allowed, see isWordMatch); `*ending` is the end of a word, exactly
   * (Swedish and Sami compounds: `*olycka` is "olycka", "skoterolycka", "trafikolycka"). An alternative of several
   * words in a row is written with `+` ("av|ner+fran"): a space always starts a new slot, so "av|ner fran" would ask
   * for "från" after every alternative. A slot that begins with `?` may be left out ("jump off ?the bridge" is also
   * "jump off bridge").
   */
  cue: string;
  gap?: number;
  /** Folded phrases that, when present, mean the cue is an idiom or a general question, not a match. */
  unless?: readonly string[];
  /** When given, only these words may follow the word that fills the last slot ("… eller en robot?"). */
  trailing?: ReadonlySet<string>;
}

/** A rule's slots: in each, the numbers of the pattern words that may fill it. */
type Slots = ReadonlyArray<readonly number[]>;
/** For each word of a message, the numbers of the pattern words it matches. */
type PerWord = ReadonlyArray<readonly number[]>;

interface Compiled<R> {
  rule: R;
  slots: Slots;
  /** Per slot, how many words may come between it and the slot before (0 within an alternative of several words). */
  gaps: readonly number[];
  /** `unless`, padded once here, so that a message is searched for whole words without building strings per rule. */
  unless?: readonly string[];
}

export class CueTable<R extends CueRule> {
  private readonly compiled: ReadonlyArray<Compiled<R>>;
  /**
   * Every pattern word has a number, so that one message's word-against-pattern results are lists of numbers: the
   * rules share many pattern words, and the fuzzy comparison is the costly part of a check. A match needs the same
   * first letter (or the first two swapped, see isWordMatch), so each word is compared only with the patterns filed
   * under those letters.
   */
  private readonly patternsByLetter = new Map<string, Array<readonly [string, number]>>();
  /**
   * Pattern number p → the rules whose anchor slot it can fill: anchorRules[anchorStart[p] .. anchorStart[p + 1]). A
   * rule's anchor is the slot whose pattern words the fewest rules share ("skjuten" rather than "jag"): a message
   * reaches a rule only through a word that can fill its anchor, and only those rules have their other slots checked.
   * Common words then cost nothing, where filling every slot of every rule a word reaches cost most of a check.
   */
  private readonly anchorStart: Int32Array;
  private readonly anchorRules: Int32Array;
  /**
   * Each rule's slots as numbers in three flat arrays, for the check that every slot can be filled (isEverySlotFilled):
   * rule r's slots are ruleSlotStart[r] .. ruleSlotStart[r + 1], and slot s's pattern numbers are
   * slotPatterns[slotPatternStart[s] .. slotPatternStart[s + 1]). A turn reaches a dozen or more rules; under load, when
   * the tables are mostly out of the processor's caches, reading them from a few flat arrays rather than from nested
   * objects spread over the heap is most of what a check saves (the same layout for anchorStart and anchorRules).
   */
  private readonly ruleSlotStart: Int32Array;
  private readonly slotPatternStart: Int32Array;
  private readonly slotPatterns: Int32Array;
  /** Per pattern number, the number of the message that last had a word matching it (see find). */
  private readonly patternSeen: Int32Array;
  /** Per rule, the number of the message that last reached it through its anchor. */
  private readonly ruleSeen: Int32Array;
  private messageNumber = 0;
  /** The `*ending` patterns: the endings and their numbers (few; each is compared with every new word). */
  private readonly endings: Array<readonly [string, number]> = [];
  /**
   * The pattern words one message word matches, remembered per word (most messages reuse common words) and bounded;
   * it holds single folded words, never a message, and a word alone says nothing about who wrote it.
   */
  private readonly wordPatterns = new Map<string, readonly number[]>();

  constructor(
    rules: readonly R[],
    private readonly options: {
      gap: number;
      wordCacheLimit: number;
      /**
       * Everyday words a typo away from a pattern word ("skjutsa", give a lift, from "skjuta"): they fill a slot only as
       * they are spelt, never as a typo of another word.
       */
      notTypos?: ReadonlySet<string>;
    },
  ) {
    // Messages are matched folded ("dö" is "do"): a cue word or an unless phrase written otherwise could never match.
    // Each distinct one is checked once, when first met: the rules share long lists spread from the same constants.
    const ids = new Map<string, number>();
    const idOf = (pattern: string, cue: string): number => {
      let id = ids.get(pattern);
      if (id === undefined) {
        if (!isFolded(pattern.replace(/^\*|\*$/g, ''))) throw new Error(`a cue has a word that is not folded: "${pattern}" in "${cue}"`);
        id = ids.size;
        ids.set(pattern, id);
      }
      return id;
    };
    const padded = new Map<string, string>();
    const padOf = (phrase: string, cue: string): string => {
      let out = padded.get(phrase);
      if (out === undefined) {
        if (!isFolded(phrase)) throw new Error(`an unless phrase is not folded: "${phrase}" in the rule "${cue}"`);
        out = ` ${phrase} `;
        padded.set(phrase, out);
      }
      return out;
    };
    // A rule with alternatives of several words is tried as one variant per choice of them, side by side in the
    // rule's place in the table.
    this.compiled = rules.flatMap((rule) => {
      const unless = rule.unless ? { unless: rule.unless.map((phrase) => padOf(phrase, rule.cue)) } : {};
      return expandCue(rule.cue, rule.gap ?? options.gap).map(({ slots, gaps }) => ({
        rule, slots: slots.map((slot) => slot.map((pattern) => idOf(pattern, rule.cue))), gaps, ...unless,
      }));
    });
    // How many rules each pattern word can serve, and from that each rule's anchor (see anchorStart).
    const usedBy = new Int32Array(ids.size);
    for (const { slots } of this.compiled) for (const id of new Set(slots.flat())) usedBy[id]!++;
    const rulesOfAnchor: number[][] = Array.from({ length: ids.size }, () => []);
    this.compiled.forEach(({ slots }, ruleIndex) => {
      let anchor = slots[0]!;
      let least = Infinity;
      for (const alternatives of slots) {
        const reach = alternatives.reduce((sum, id) => sum + usedBy[id]!, 0);
        if (reach < least) {
          least = reach;
          anchor = alternatives;
        }
      }
      for (const id of new Set(anchor)) rulesOfAnchor[id]!.push(ruleIndex);
    });
    this.anchorStart = new Int32Array(ids.size + 1);
    rulesOfAnchor.forEach((list, id) => (this.anchorStart[id + 1] = this.anchorStart[id]! + list.length));
    this.anchorRules = Int32Array.from(rulesOfAnchor.flat());
    this.ruleSlotStart = new Int32Array(this.compiled.length + 1);
    const slotPatternStart = [0];
    const slotPatterns: number[] = [];
    this.compiled.forEach(({ slots }, ruleIndex) => {
      for (const alternatives of slots) {
        slotPatterns.push(...alternatives);
        slotPatternStart.push(slotPatterns.length);
      }
      this.ruleSlotStart[ruleIndex + 1] = slotPatternStart.length - 1;
    });
    this.slotPatternStart = Int32Array.from(slotPatternStart);
    this.slotPatterns = Int32Array.from(slotPatterns);
    this.patternSeen = new Int32Array(ids.size);
    this.ruleSeen = new Int32Array(this.compiled.length);
    for (const [pattern, id] of ids) {
      if (pattern.length > 1 && pattern[0] === '*') {
        this.endings.push([pattern.slice(1), id]);
        continue;
      }
      const letter = pattern[0] ?? '';
      const list = this.patternsByLetter.get(letter);
      if (list) list.push([pattern, id]);
      else this.patternsByLetter.set(letter, [[pattern, id]]);
    }
  }

  /** The first rule, in table order, whose cue the folded words match; undefined when none does. */
  find(words: readonly string[]): R | undefined {
    if (words.length === 0) return undefined;
    const perWord = words.map((word) => this.findPatternsOf(word));
    // This message's pattern words, marked with its number (the marks of earlier messages need no clearing; the
    // counter wraps long before it overflows).
    const message = this.messageNumber >= 0x3fffffff ? 1 : this.messageNumber + 1;
    this.messageNumber = message;
    if (message === 1) {
      this.patternSeen.fill(0);
      this.ruleSeen.fill(0);
    }
    const { patternSeen, ruleSeen, anchorStart, anchorRules } = this;
    // Indexed loops here and below: a for-of allocated an iterator result per word and per pattern on every message.
    for (let w = 0; w < perWord.length; w++) {
      const ids = perWord[w]!;
      for (let j = 0; j < ids.length; j++) patternSeen[ids[j]!] = message;
    }
    // The rules reached through their anchor whose every slot some word can fill; most messages fill none.
    let candidates: number[] | undefined;
    for (let w = 0; w < perWord.length; w++) {
      const ids = perWord[w]!;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j]!;
        for (let k = anchorStart[id]!, end = anchorStart[id + 1]!; k < end; k++) {
          const rule = anchorRules[k]!;
          if (ruleSeen[rule] === message) continue;
          ruleSeen[rule] = message;
          if (this.isEverySlotFilled(rule, message)) (candidates ??= []).push(rule);
        }
      }
    }
    if (!candidates) return undefined;
    // In table order: the first rule that matches wins.
    candidates.sort((a, b) => a - b);
    let joined: string | undefined;
    for (const index of candidates) {
      const { rule, slots, gaps, unless } = this.compiled[index]!;
      joined ??= ` ${words.join(' ')} `;
      if (unless?.some((phrase) => joined!.includes(phrase))) continue;
      if (matchesSlotsFrom(words, perWord, slots, gaps, rule.trailing, 0, 0, perWord.length)) return rule;
    }
    return undefined;
  }

  /** Whether each of the rule's slots has a pattern word that the message marked (`patternSeen[pattern] === message`). */
  private isEverySlotFilled(rule: number, message: number): boolean {
    const { ruleSlotStart, slotPatternStart, slotPatterns, patternSeen } = this;
    for (let slot = ruleSlotStart[rule]!, lastSlot = ruleSlotStart[rule + 1]!; slot < lastSlot; slot++) {
      let filled = false;
      for (let i = slotPatternStart[slot]!, end = slotPatternStart[slot + 1]!; i < end && !filled; i++) filled = patternSeen[slotPatterns[i]!] === message;
      if (!filled) return false;
    }
    return true;
  }

  private findPatternsOf(word: string): readonly number[] {
    let ids = this.wordPatterns.get(word);
    if (ids) return ids;
    const found: number[] = [];
    const isExactOnly = this.options.notTypos?.has(word) === true;
    for (const letter of firstLettersToMatch(word)) {
      for (const [pattern, id] of this.patternsByLetter.get(letter) ?? []) {
        if (isExactOnly ? word === pattern : isWordMatch(word, pattern)) found.push(id);
      }
    }
    for (const [ending, id] of this.endings) if (word.endsWith(ending)) found.push(id);
    ids = found;
    if (word.length <= 40) {
      if (this.wordPatterns.size >= this.options.wordCacheLimit) this.wordPatterns.clear();
      this.wordPatterns.set(word, ids);
    }
    return ids;
  }
}

/**
 * A cue's slots (alternatives split at `|`) and the gap before each, one variant per choice among its alternatives of
 * several words (`ner+fran`) and per optional slot left in or out (`?the|a`; see CueRule.cue). Throws on an empty
 * alternative ("a||b", "a|", "ner+"): a slip that would otherwise ask for a word no message has.
 */
/** Whether a cue word or phrase is written as foldText would give it (lower case, no accents, no punctuation). */
function isFolded(text: string): boolean {
  return foldText(text) === text;
}

export function expandCue(cue: string, gap: number): Array<{ slots: string[][]; gaps: number[] }> {
  let variants: Array<{ slots: string[][]; gaps: number[] }> = [{ slots: [], gaps: [] }];
  for (const written of cue.split(' ')) {
    const isOptional = written.length > 1 && written.startsWith('?');
    const slot = isOptional ? written.slice(1) : written;
    const alternatives = slot.split('|');
    if (alternatives.some((alternative) => alternative.split('+').some((word) => word === ''))) {
      throw new Error(`a cue has an empty alternative: "${cue}"`);
    }
    const single = alternatives.filter((alternative) => !alternative.includes('+'));
    const choices: string[][][] = [
      ...(single.length > 0 ? [[single]] : []),
      ...alternatives.filter((alternative) => alternative.includes('+')).map((phrase) => phrase.split('+').map((word) => [word])),
    ];
    variants = variants.flatMap(({ slots, gaps }) => [
      ...(isOptional ? [{ slots, gaps }] : []),
      ...choices.map((choice) => ({
        slots: [...slots, ...choice],
        gaps: [...gaps, ...choice.map((_, i) => (i === 0 ? gap : 0))],
      })),
    ]);
  }
  if (variants.some(({ slots }) => slots.length === 0)) throw new Error(`a cue has no slot that must be there: "${cue}"`);
  return variants;
}

/**
 * Do the slots occur in order, each within its gap of words after the one before, with only `trailing` words after
 * the last when that is given? (A plain function: this runs per rule.)
 */
function matchesSlotsFrom(
  words: readonly string[], perWord: PerWord, slots: Slots, gaps: readonly number[], trailing: ReadonlySet<string> | undefined,
  slotIndex: number, from: number, to: number,
): boolean {
  if (slotIndex === slots.length) {
    if (trailing) for (let i = from; i < words.length; i++) if (!trailing.has(words[i]!)) return false;
    return true;
  }
  const alternatives = slots[slotIndex]!;
  const end = Math.min(to, perWord.length);
  for (let i = from; i < end; i++) {
    for (const id of alternatives) {
      if (perWord[i]!.includes(id)) {
        if (matchesSlotsFrom(words, perWord, slots, gaps, trailing, slotIndex + 1, i + 1, i + 2 + (gaps[slotIndex + 1] ?? 0))) return true;
        break;
      }
    }
  }
  return false;
}
