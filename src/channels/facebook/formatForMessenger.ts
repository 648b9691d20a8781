/**
 * Messenger shows plain text only: no Markdown, no Adaptive Cards, at most 2,000 characters a message, at most
 * 13 quick replies with titles of at most 20 characters. These pure functions bring any reply within those limits.
 */

export const MESSENGER_TEXT_MAX = 2000;
export const QUICK_REPLIES_MAX = 13;
/** Messenger cuts quick-reply titles at 20 characters. */
export const MESSENGER_TITLE_MAX = 20;
/** Azure's Facebook channel cuts button titles at 19 (BotFramework-Services#112), without an ellipsis. */
export const AZURE_TITLE_MAX = 19;

const ELLIPSIS = '…';

/** `[text](url)` → `text: url`; a link whose text is its URL becomes the bare URL. Bold/italic markers are dropped. */
export function convertMarkdown(text: string): string {
  return text
    .replace(/\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_, label: string, url: string) =>
      label.trim() === url || label.trim() === url.replace(/^https?:\/\//, '') ? url : `${label.trim()}: ${url}`,
    )
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1');
}

/** Shortens a label to `max` characters (counted as code points, so no emoji or letter is cut in half). */
export function truncateLabel(label: string, max: number): string {
  const chars = Array.from(label.trim());
  if (chars.length <= max) return chars.join('');
  return chars.slice(0, max - 1).join('').trimEnd() + ELLIPSIS;
}

const charLength = (text: string) => Array.from(text).length;

/**
 * Splits text into parts of at most `max` characters, between paragraphs where possible, else between sentences,
 * else between words; a single word longer than `max` (a URL, say) is cut as a last resort.
 */
export function splitText(text: string, max = MESSENGER_TEXT_MAX): string[] {
  const trimmed = text.trim();
  if (charLength(trimmed) <= max) return trimmed ? [trimmed] : [];
  const parts: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) parts.push(current.trim());
    current = '';
  };
  for (const unit of splitUnits(trimmed, max)) {
    const candidate = current ? current + unit.separator + unit.text : unit.text;
    if (charLength(candidate) <= max) {
      current = candidate;
    } else {
      push();
      current = unit.text;
    }
  }
  push();
  return parts;
}

interface Unit {
  text: string;
  /** What joined this unit to the one before it in the original text. */
  separator: string;
}

/** Breaks text into units that each fit: paragraphs, then sentences, then words, then slices. */
function splitUnits(text: string, max: number): Unit[] {
  const units: Unit[] = [];
  text.split(/\n\s*\n/).forEach((paragraph, p) => {
    if (charLength(paragraph.trim()) <= max) {
      units.push({ text: paragraph.trim(), separator: p > 0 ? '\n\n' : '' });
      return;
    }
    const sentences = paragraph.trim().split(/(?<=[.!?…])\s+(?=\S)|\n/);
    sentences.forEach((sentence, s) => {
      const separator = s > 0 ? (paragraph.includes('\n' + sentence) ? '\n' : ' ') : p > 0 ? '\n\n' : '';
      if (charLength(sentence) <= max) {
        units.push({ text: sentence, separator });
        return;
      }
      sentence.split(/\s+/).forEach((word, w) => {
        const chars = Array.from(word);
        for (let i = 0; i < chars.length; i += max) {
          units.push({ text: chars.slice(i, i + max).join(''), separator: i > 0 ? '' : w > 0 ? ' ' : separator });
        }
      });
    });
  });
  return units;
}
