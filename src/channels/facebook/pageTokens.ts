/**
 * Page access tokens by page id. Kiruna runs the bot on two pages ("Polisen norra Lappland", "Kiruna kommun"), and each
 * reply must be sent with the token of the page that received the message. Pure: no botbuilder, no environment.
 */

export type PageTokens = Record<string, string>;

/**
 * Parses FACEBOOK_PAGE_TOKENS: either JSON `{"<pageId>":"<token>"}` or `id:token,id:token`.
 * Throws an Error naming the problem (never the token) so that config validation can report it.
 */
export function parsePageTokens(value: string): PageTokens {
  const text = value.trim();
  if (text === '') return {};
  let pairs: [string, unknown][];
  if (text.startsWith('{') || text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error('not valid JSON (expected {"<pageId>":"<token>"})');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected a JSON object {"<pageId>":"<token>"}');
    pairs = Object.entries(parsed);
  } else {
    pairs = text.split(',').map((part, index) => {
      const at = part.indexOf(':');
      if (at < 0) throw new Error(`item ${index + 1}: expected <pageId>:<token>`);
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    });
  }
  const tokens: PageTokens = {};
  for (const [pageId, token] of pairs) {
    if (!/^\d+$/.test(pageId)) throw new Error(`page id "${pageId}" must be digits`);
    if (typeof token !== 'string' || token.trim() === '') throw new Error(`page ${pageId}: empty token`);
    tokens[pageId] = token.trim();
  }
  return tokens;
}

/** The token for a page: its own from the mapping, else the single FACEBOOK_PAGE_ACCESS_TOKEN. */
export function findPageToken(pageId: string, tokens: PageTokens, defaultToken: string | undefined): string | undefined {
  return tokens[pageId] ?? defaultToken;
}
