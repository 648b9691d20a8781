/**
 * A stand-in for Meta's Graph API on loopback, speaking its documented formats over real HTTP: the Send API answers
 * {recipient_id, message_id}, the Messenger Profile API {result:'success'}, and scripted failures the error body
 * {error:{message,type,code,error_subcode,fbtrace_id}}.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export interface ScriptedFailure {
  /** Which requests fail: messages (default), typing indicators or profile updates. */
  target?: 'message' | 'typing' | 'profile';
  status: number;
  code?: number;
  subcode?: number;
  message?: string;
}

export class GraphApiStandIn {
  readonly requests: RecordedRequest[] = [];
  private readonly failures: ScriptedFailure[] = [];
  private server: Server | undefined;
  private messageCount = 0;

  /** The base URL including the API version, as FACEBOOK_GRAPH_API_URL. */
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const text = Buffer.concat(chunks).toString('utf8');
        const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
        this.requests.push({ method: req.method ?? '', path: url.pathname.replace(/^\/v25\.0/, ''), query: url.searchParams, body });
        const target = url.pathname.endsWith('/me/messenger_profile') ? 'profile' : body.sender_action ? 'typing' : 'message';
        const index = this.failures.findIndex((f) => (f.target ?? 'message') === target);
        const failure = index >= 0 ? this.failures.splice(index, 1)[0] : undefined;
        res.setHeader('content-type', 'application/json');
        if (failure) {
          res.statusCode = failure.status;
          res.end(JSON.stringify({
            error: {
              message: failure.message ?? '(#' + String(failure.code) + ') scripted failure',
              type: failure.code === 190 ? 'OAuthException' : 'FacebookApiException',
              code: failure.code,
              ...(failure.subcode !== undefined ? { error_subcode: failure.subcode } : {}),
              fbtrace_id: 'AbCdEf123',
            },
          }));
          return;
        }
        if (url.pathname.endsWith('/me/messenger_profile')) {
          res.end(JSON.stringify({ result: 'success' }));
          return;
        }
        const recipient = (body.recipient as { id?: string } | undefined)?.id;
        res.end(JSON.stringify(body.sender_action ? { recipient_id: recipient } : { recipient_id: recipient, message_id: `m_${++this.messageCount}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v25.0`;
    return this;
  }

  /** The next requests fail, in order, with these answers. */
  failNext(...failures: ScriptedFailure[]): void {
    this.failures.push(...failures);
  }

  reset(): void {
    this.requests.length = 0;
    this.failures.length = 0;
  }

  /** Send API messages (not typing indicators), in the order they arrived. */
  get messages(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/me/messages' && r.body.message !== undefined);
  }

  get typingIndicators(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/me/messages' && r.body.sender_action === 'typing_on');
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
