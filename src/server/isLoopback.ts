/** Loopback checks for unauthenticated local use (no MicrosoftAppId): only this machine may talk, and only to itself. */
import { isIP } from 'node:net';

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (plain === '::1') return true;
  return isIP(plain) === 4 && plain.startsWith('127.');
}

export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
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
