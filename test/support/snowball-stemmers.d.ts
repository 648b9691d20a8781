// snowball-stemmers ships no type declarations; the tests keep it as the reference for src/language/stemWord.ts.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
}
