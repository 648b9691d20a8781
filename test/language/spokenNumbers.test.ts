import { readSpokenNumbers } from '../../src/language/spokenNumbers.js';

describe('readSpokenNumbers', () => {
  test.each([
    ['när ringer man ett ett två', 'när ringer man 112'],
    ['is it one one four one four for the police', 'is it 11414 for the police'],
    ['One, one, two!', '112!'],
    ['ring 1 1 2 direkt', 'ring 112 direkt'],
    ['noll tjugo fem noll fem noll', 'noll tjugo 5050'],
    ['Åtta Nio Tre', '893'],
    // Years and the emergency number said as numbers (residents42: dictated questions).
    ['vad var enkäten tjugo tjugotre', 'vad var enkäten 2023'],
    ['gäller löftena till tjugotjugosju', 'gäller löftena till 2027'],
    ['from tvåtusentjugofyra', 'from 2024'],
    ['två tusen och fem', '2005'],
    ['back in twenty sixteen or so', 'back in 2016 or so'],
    ['in twenty twenty-three', 'in 2023'],
    ['two thousand and twenty', '2020'],
    ['ska jag ringa etthundratolv', 'ska jag ringa 112'],
    ['call one hundred and twelve', 'call 112'],
  ])('reads "%s" as "%s"', (text, read) => {
    expect(readSpokenNumbers(text)).toBe(read);
  });

  test.each([
    'en eller två gånger i veckan',
    'one or two police cars',
    'vi är sex sju stycken',
    'Vittangi har en tre mil lång väg',
    'someone took three bikes',
    'ett',
    'fyrahjuling tre',
    // A lone number in words is as often an amount or an age.
    'han är tjugotre år',
    'han är tjugo tre år',
    'twenty five people came',
    'hundra kronor',
  ])('leaves "%s" as it is (fewer than three digits in a row, digits inside words, or a number that is no year)', (text) => {
    expect(readSpokenNumbers(text)).toBe(text);
  });
});
