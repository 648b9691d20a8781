/**
 * CORS for the Direct Line endpoint and the token route. The bot's own page and the embed iframe are same-origin and
 * need none of this; it is for a municipality that hosts Web Chat on its own site (WEBCHAT_ALLOWED_ORIGINS).
 */
import type { Request, Response } from 'restify';

// What directlinejs and Web Chat send (CHANNELS.md): anything else in a preflight is refused.
const ALLOWED_HEADERS = ['authorization', 'content-type', 'x-ms-bot-agent'];

export interface CorsPolicy {
  /** Adds the CORS headers to a response when the request comes from an allowed origin. */
  applyCors(req: Request, res: Response): void;
  /** Answers an OPTIONS preflight: 204 with the headers for an allowed origin and method, otherwise 403. */
  answerPreflight(req: Request, res: Response, methods: string[]): void;
}

export function normalizeOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export function createCorsPolicy(allowedOrigins: readonly string[]): CorsPolicy {
  const allowed = new Set(allowedOrigins.map(normalizeOrigin).filter((origin): origin is string => Boolean(origin)));
  const readOrigin = (req: Request): string | undefined => {
    const origin = req.headers.origin;
    return typeof origin === 'string' && allowed.has(origin) ? origin : undefined;
  };
  return {
    applyCors(req, res) {
      res.setHeader('Vary', 'Origin');
      const origin = readOrigin(req);
      if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
    },
    answerPreflight(req, res, methods) {
      res.setHeader('Vary', 'Origin');
      const origin = readOrigin(req);
      const method = String(req.headers['access-control-request-method'] ?? '').toUpperCase();
      const requested = String(req.headers['access-control-request-headers'] ?? '')
        .split(',')
        .map((header) => header.trim().toLowerCase())
        .filter(Boolean);
      if (!origin || !methods.includes(method) || requested.some((header) => !ALLOWED_HEADERS.includes(header))) {
        res.send(403, { error: { code: 'CorsRefused', message: 'Origin, method or headers not allowed' } });
        return;
      }
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Methods', methods.join(', '));
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
      res.setHeader('Access-Control-Max-Age', '600');
      res.send(204);
    },
  };
}
