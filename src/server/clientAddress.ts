/**
 * The client's address, for per-address rate limits and the local-only check. Behind a reverse proxy the socket
 * address is the proxy's; TRUST_PROXY says how many proxies in front of the bot append to X-Forwarded-For. The client
 * is then the right-most address that no trusted proxy wrote: anything to its left the client may have made up.
 */
import { isIP } from 'node:net';

/** false: ignore X-Forwarded-For; a number: that many trusted proxy hops; true: trust every hop (left-most address). */
export type TrustProxy = boolean | number;

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'false' || text === '0' || text === 'no') return false;
  if (text === 'true' || text === 'yes') return true;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  throw new Error('TRUST_PROXY must be false, true or a number of proxy hops (e.g. 1)');
}

function normalizeAddress(address: string): string {
  let plain = address.trim();
  // "[::1]:1234" and "1.2.3.4:5678" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(plain);
  if (bracketed) plain = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(plain)) plain = plain.slice(0, plain.lastIndexOf(':'));
  if (plain.toLowerCase().startsWith('::ffff:') && isIP(plain.slice(7)) === 4) plain = plain.slice(7);
  return plain.toLowerCase();
}

/**
 * @param socketAddress req.socket.remoteAddress
 * @param forwardedFor the X-Forwarded-For header(s) as received
 */
export function readClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: TrustProxy): string {
  const socket = normalizeAddress(socketAddress ?? '');
  if (trust === false || trust === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor ?? '';
  const hops = header.split(',').map(normalizeAddress).filter((hop) => hop.length > 0);
  // Nearest first: the socket, then X-Forwarded-For from right to left.
  const chain = [socket, ...hops.reverse()];
  const index = trust === true ? chain.length - 1 : Math.min(trust, chain.length - 1);
  const candidate = chain[index]!;
  // A malformed entry is not an address: fall back to the nearest hop we can vouch for.
  return isIP(candidate) ? candidate : (chain.slice(0, index).reverse().find((hop) => isIP(hop)) ?? socket);
}
