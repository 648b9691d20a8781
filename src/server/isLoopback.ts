/** Loopback checks for unauthenticated local use (no MicrosoftAppId): only this machine may talk, and only to itself. */
import { isIP } from 'node:net';

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (plain === '::1') return true;
  return isIP(plain) === 4 && plain.startsWith('127.');
}

function parseIsLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    hostname = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return false;
  }
  return hostname === 'localhost' || isLoopbackAddress(hostname);
}

/**
 * The few serviceUrls a bot sees (one per channel), remembered: every activity carries one, and parsing it as a URL
 * cost more than the rest of the request's checks. Bounded, because anyone on this machine may send any string.
 */
const urlVerdicts = new Map<string, boolean>();
const URL_VERDICTS_MAX = 64;

export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
  let verdict = urlVerdicts.get(url);
  if (verdict === undefined) {
    verdict = parseIsLoopbackUrl(url);
    if (urlVerdicts.size >= URL_VERDICTS_MAX) urlVerdicts.clear();
    urlVerdicts.set(url, verdict);
  }
  return verdict;
}
