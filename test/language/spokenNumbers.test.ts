import { readSpokenNumbers } from '../../src/language/spokenNumbers.js';

describe('readSpokenNumbers', () => {
  test.each([
    ['när ringer man ett ett två', 'när ringer man 112'],
    ['is it one one four one four for the police', 'is it 11414 for the police'],
    ['One, one, two!', '112!'],
    ['ring 1 1 2 direkt', 'ring 112 direkt'],
    ['noll tjugo fem noll fem noll', 'noll tjugo 5050'],
    ['Åtta Nio Tre', '893'],
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
  ])('leaves "%s" as it is (fewer than three digits in a row, or digits inside words)', (text) => {
    expect(readSpokenNumbers(text)).toBe(text);
  });
});
