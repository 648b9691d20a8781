/**
 * Removes what could identify a person from a resident's text before staff ever see it: Swedish personal identity
 * numbers, phone numbers, e-mail addresses, web addresses and other long digit runs. Names cannot be found reliably,
 * so the bot also asks residents not to write them. Pure.
 */

export const REDACTED = '[borttaget]';

/** Longest texts kept for staff; longer ones are cut (a question or a suggestion fits easily). */
export const STORED_TEXT_MAX = 500;

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/giu;
/** 19900101-1234, 900101-1234, 900101+1234 (over 100), 199001011234, 9001011234. */
const PERSONAL_NUMBER = /(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)/g;
/** Digits with the separators people put in phone numbers: +46 70-123 45 67, (0980) 123 45, 070.123.45.67. */
const DIGIT_GROUP = /(?:\+|\b00)?\(?\d[\d\s().\/-]*\d/g;
/** Year ranges such as 2024–2027 or 2024-2027 carry no personal data and are common in questions about the promises. */
const YEAR_RANGE = /^(?:19|20)\d{2}\s*[-/]\s*(?:19|20)\d{2}$/;
const MIN_PHONE_DIGITS = 6;

function redactDigitGroup(match: string): string {
  const digits = match.replace(/\D/g, '').length;
  if (digits < MIN_PHONE_DIGITS || YEAR_RANGE.test(match.trim())) return match;
  return REDACTED;
}

export function redactText(text: string): string {
  const redacted = text
    .replace(URL, REDACTED)
    .replace(EMAIL, REDACTED)
    .replace(PERSONAL_NUMBER, REDACTED)
    .replace(DIGIT_GROUP, redactDigitGroup)
    .replace(/\s+/g, ' ')
    .trim();
  return redacted.length > STORED_TEXT_MAX ? `${redacted.slice(0, STORED_TEXT_MAX - 1)}…` : redacted;
}
