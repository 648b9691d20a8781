// @nlpjs/lang-sv ships no type declarations: the part of its Swedish stemmer that src/language/stemWord.ts uses.
declare module '@nlpjs/lang-sv/src/stemmer-sv.js' {
  /** The Snowball Swedish stemmer, as Snowball's JavaScript back end writes it (a program over `current`). */
  export default class StemmerSv {
    setCurrent(word: string): void;
    innerStem(): boolean;
    getCurrent(): string;
  }
}
