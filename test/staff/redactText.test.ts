import { redactText, REDACTED, STORED_TEXT_MAX } from '../../src/staff/redactText.js';

describe('redactText', () => {
  it.each<[string, string, string]>([
    ['personnummer, 12 digits with dash', 'Mitt personnummer är 19900101-1234', `Mitt personnummer är ${REDACTED}`],
    ['personnummer, 10 digits with dash', 'pnr 900101-1234 tack', `pnr ${REDACTED} tack`],
    ['personnummer, over 100 (plus)', 'född 120101+1234', `född ${REDACTED}`],
    ['personnummer, 12 digits', '199001011234', REDACTED],
    ['mobile with dash and spaces', 'ring 070-123 45 67', `ring ${REDACTED}`],
    ['mobile, international', 'ring +46 70 123 45 67 i kväll', `ring ${REDACTED} i kväll`],
    ['mobile, 0046', '0046701234567', REDACTED],
    ['landline with area code', 'Kiruna 0980-123 45', `Kiruna ${REDACTED}`],
    ['landline with brackets', '(0980) 12345', REDACTED],
    ['mobile with dots', '070.123.45.67', REDACTED],
    ['mobile without separators', 'nr 0701234567', `nr ${REDACTED}`],
    ['e-mail', 'mejla anna.svensson@example.com', `mejla ${REDACTED}`],
    ['e-mail with Swedish letters', 'åsa.öberg@kiruna.se svarar', `${REDACTED} svarar`],
    ['URL', 'se https://example.org/a?b=1 nu', `se ${REDACTED} nu`],
    ['www address', 'på www.foo.se/x', `på ${REDACTED}`],
    ['long digit run', 'ärendenummer 12345678901', `ärendenummer ${REDACTED}`],
    ['six digits', 'kod 123456', `kod ${REDACTED}`],
    ['year range kept', 'Hur går det med löftena 2024–2027?', 'Hur går det med löftena 2024–2027?'],
    ['year range with hyphen kept', 'löftena 2024-2027', 'löftena 2024-2027'],
    ['public numbers kept', 'ring 112 eller 114 14', 'ring 112 eller 114 14'],
    ['short numbers kept', 'Självmordslinjen 90101', 'Självmordslinjen 90101'],
    ['normal text unchanged', 'Vad gör polisen i Kiruna?', 'Vad gör polisen i Kiruna?'],
    ['Sami text unchanged', 'Mii lea lohpádus narkobeatnaga birra?', 'Mii lea lohpádus narkobeatnaga birra?'],
    ['whitespace folded', '  två   rader\nhär ', 'två rader här'],
  ])('%s', (_name, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('cuts very long texts', () => {
    const result = redactText('ord '.repeat(400));
    expect(result.length).toBe(STORED_TEXT_MAX);
    expect(result.endsWith('…')).toBe(true);
  });
});
