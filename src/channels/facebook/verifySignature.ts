/**
 * Meta signs every webhook POST with X-Hub-Signature-256: `sha256=<hex HMAC-SHA256(raw body, app secret)>`.
 * The HMAC must be computed over the exact bytes received: re-serialised JSON differs (escapes, key order, spaces).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';

export function computeSignature(rawBody: Buffer | string, appSecret: string): string {
  return PREFIX + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

export function isValidSignature(rawBody: Buffer, header: string | string[] | undefined, appSecret: string): boolean {
  if (typeof header !== 'string' || !header.startsWith(PREFIX)) return false;
  const given = Buffer.from(header.slice(PREFIX.length).trim().toLowerCase(), 'utf8');
  const expected = Buffer.from(computeSignature(rawBody, appSecret).slice(PREFIX.length), 'utf8');
  // timingSafeEqual throws on different lengths; the length of a hex SHA-256 is public anyway.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** appsecret_proof for Graph API calls: HMAC-SHA256 of the access token keyed with the app secret. */
export function computeAppSecretProof(accessToken: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}
