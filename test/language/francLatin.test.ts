/**
 * francLatin is franc-all restricted to Swedish, English and Sami without franc's per-call script counting: it must
 * give franc's own answer for every text, so that language detection decides exactly as it did with franc.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { franc } from 'franc-all';
import { expressions } from 'franc-all/expressions.js';
import { parse } from 'yaml';
import { francLatin, isLatinOrCommon } from '../../src/language/francLatin.js';

const ONLY = ['swe', 'eng', 'sme'];

/** Every question of the golden and resident sets and every labelled safety message. */
function readAllTexts(dir: string): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) texts.push(...readAllTexts(file));
    else if (name.endsWith('.yaml')) texts.push(...((parse(readFileSync(file, 'utf8')) ?? []) as Array<{ q?: string }>).flatMap((c) => (c?.q ? [c.q] : [])));
    else if (name.endsWith('.jsonl')) {
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return texts;
}

describe('francLatin', () => {
  test('gives franc’s answer for every golden, resident and labelled text, most of them without franc', () => {
    const texts = readAllTexts('test/golden');
    expect(texts.length).toBeGreaterThan(40_000);
    const differ = texts.filter((text) => francLatin(text, ONLY, 12) !== franc(text, { only: ONLY, minLength: 12 }));
    expect(differ).toEqual([]);
    // The texts it answers itself, which is what the test above holds equal (the rest are franc's own answer).
    expect(texts.filter((text) => isLatinOrCommon(text.slice(0, 2048))).length).toBeGreaterThan(texts.length * 0.9);
    // All three languages come out, not one answer for everything.
    expect(new Set(texts.slice(0, 5000).map((text) => francLatin(text, ONLY, 12)))).toEqual(new Set(['swe', 'eng', 'sme', 'und']));
  });

  test('gives franc’s answer for texts in other scripts, mixed scripts, digits and emoji', () => {
    for (const text of [
      'Привет, как дела у полиции в Кируне?', 'مرحبا كيف يمكنني الاتصال بالشرطة في كيرونا', 'Hej! Привет, vad gör polisen i Kiruna?',
      '112 112 112 112 112 112', '!!!??? ... ---- 12345', 'Ring 112 om det är akut 🚓🚓🚓 snälla hjälp', 'Γεια σας, what is the number?',
      'Mo sáhtán váidit politiijaide go mu biila suolahuvvui?', 'What do the police and the municipality promise?',
    ]) {
      expect([text, francLatin(text, ONLY, 12)]).toEqual([text, franc(text, { only: ONLY, minLength: 12 })]);
    }
  });

  test('a text it answers itself has no unit that another of franc’s scripts counts', () => {
    const units: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (isLatinOrCommon(String.fromCharCode(code))) units.push(String.fromCharCode(code));
    const others = Object.entries(expressions).filter(([script]) => script !== 'Latin');
    expect(others.length).toBeGreaterThan(30);
    for (const [script, expression] of others) {
      const plain = new RegExp(expression.source, expression.flags.replace('g', ''));
      expect([script, units.filter((unit) => plain.test(unit))]).toEqual([script, []]);
    }
  });
});
