/**
 * Direct Line tokens for the self-hosted endpoint: a signed, expiring ticket for one conversation and one user.
 * Stateless (HMAC-SHA256), so every instance behind a load balancer accepts every other instance's tokens as long as
 * they share DIRECT_LINE_TOKEN_SECRET. The payload sits where a JWT's does and names the user `user`, as Azure's tokens do:
 * Web Chat decodes it to learn the user id (it never checks the signature; the server does).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

export interface TokenSigner {
  readonly ttlSeconds: number;
  issueToken(subject: { conversationId: string; userId: string }): { token: string; expiresIn: number };
  checkToken(token: string): TokenCheck;
}

const PREFIX = 'kdl1';

function encodeBase64Url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export function createTokenSigner(options: { secret: string; ttlSeconds: number; now?: () => number }): TokenSigner {
  const now = options.now ?? Date.now;
  const sign = (payload: string) => createHmac('sha256', options.secret).update(`${PREFIX}.${payload}`).digest();
  return {
    ttlSeconds: options.ttlSeconds,
    issueToken({ conversationId, userId }) {
      const expiresAt = Math.floor(now() / 1000) + options.ttlSeconds;
      const payload = encodeBase64Url(JSON.stringify({ conv: conversationId, user: userId, exp: expiresAt }));
      return { token: `${PREFIX}.${payload}.${encodeBase64Url(sign(payload))}`, expiresIn: options.ttlSeconds };
    },
    checkToken(token) {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== PREFIX || !parts[1] || !parts[2]) return { ok: false, reason: 'malformed' };
      const [, payload, signature] = parts as [string, string, string];
      const expected = sign(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return { ok: false, reason: 'malformed' };
      }
      const { conv, user, exp } = (claims ?? {}) as Record<string, unknown>;
      if (typeof conv !== 'string' || typeof user !== 'string' || typeof exp !== 'number') return { ok: false, reason: 'malformed' };
      if (exp * 1000 <= now()) return { ok: false, reason: 'expired' };
      return { ok: true, claims: { conversationId: conv, userId: user, expiresAt: exp } };
    },
  };
}
