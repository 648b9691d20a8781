/**
 * Mounts the gateway on restify. The signature is an HMAC over the exact bytes Meta sent, so this route reads the
 * body stream itself; if a global bodyParser already consumed it, restify kept the UTF-8 text in req.rawBody, which
 * re-encodes to the same bytes for any valid UTF-8 body (Meta only sends JSON, which is UTF-8).
 */
import type { Request, Response, Server } from 'restify';
import type { MessengerGateway, HttpAnswer } from './messengerGateway.js';
import { requestIdOf } from '../../logging/requestContext.js';

export const MESSENGER_WEBHOOK_PATH = '/api/facebook';
/** Meta batches at most 1,000 events; a few megabytes is plenty and keeps a flood from filling memory. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

class BodyTooLargeError extends Error {}

export function registerMessengerRoutes(server: Server, gateway: MessengerGateway, path = MESSENGER_WEBHOOK_PATH): void {
  server.get(path, async (req: Request, res: Response) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    sendAnswer(res, gateway.verifySubscription(query));
  });

  server.post(path, async (req: Request, res: Response) => {
    let rawBody: Buffer;
    try {
      rawBody = await readRawBody(req);
    } catch (error) {
      sendAnswer(res, error instanceof BodyTooLargeError ? { status: 413, body: 'Payload Too Large' } : { status: 400, body: 'Bad Request' });
      return;
    }
    sendAnswer(res, gateway.receiveWebhook(rawBody, req.headers['x-hub-signature-256'], requestIdOf(req)));
  });
}

function sendAnswer(res: Response, answer: HttpAnswer): void {
  const body = Buffer.from(answer.body, 'utf8');
  // After a refused oversized body the rest of it is still on the socket: close it rather than read it as a request.
  const close = answer.status === 413 ? { connection: 'close' } : {};
  res.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length, ...close });
  res.end(body);
}

type MaybeParsedRequest = Request & { rawBody?: unknown; _readBody?: boolean };

export async function readRawBody(req: Request): Promise<Buffer> {
  const parsed = req as MaybeParsedRequest;
  if (Buffer.isBuffer(parsed.rawBody)) return parsed.rawBody;
  if (typeof parsed.rawBody === 'string') return Buffer.from(parsed.rawBody, 'utf8');
  if (parsed._readBody || req.readableEnded) {
    const body: unknown = req.body;
    if (Buffer.isBuffer(body)) return body;
    if (typeof body === 'string') return Buffer.from(body, 'utf8');
    return Buffer.alloc(0);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
