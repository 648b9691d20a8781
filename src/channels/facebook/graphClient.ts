/**
 * A small client for the Graph API endpoints the bot uses: the Send API (/me/messages) and the Messenger Profile API
 * (/me/messenger_profile). Transient failures are retried with exponential backoff and jitter; permanent ones are
 * reported once and not retried (retrying a bad token or a closed 24-hour window only adds load and delay).
 */
import { createHash } from 'node:crypto';
import { computeAppSecretProof } from './verifySignature.js';
import type { GraphErrorBody, OutgoingMessage } from './messengerTypes.js';

export const DEFAULT_GRAPH_API_URL = 'https://graph.facebook.com/v25.0';

/** Graph error codes that mean "try again later": unknown/service errors, rate limits, temporary send failures. */
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 32, 341, 613, 1200]);

export interface GraphLogger {
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug?(obj: object, msg?: string): void;
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per-request timeout. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 4, baseDelayMs: 400, maxDelayMs: 8000, timeoutMs: 10_000 };

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    readonly subcode: number | undefined,
    readonly isTransient: boolean,
    readonly fbtraceId: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export interface GraphClientOptions {
  graphApiUrl?: string;
  /** When set, every request carries appsecret_proof (required if the app enables "Require App Secret"). */
  appSecret?: string;
  retry?: Partial<RetryOptions>;
  logger?: GraphLogger;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface SendResult {
  recipient_id?: string;
  message_id?: string;
}

/** Hashes a PSID for logs: enough to follow one conversation, not enough to find the person. */
export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}

export function classifyGraphError(status: number, body: GraphErrorBody | undefined): { code?: number; subcode?: number; isTransient: boolean } {
  const code = body?.error?.code;
  const subcode = body?.error?.error_subcode;
  if (status >= 500 || status === 429) return { code, subcode, isTransient: true };
  if (code !== undefined && TRANSIENT_CODES.has(code)) return { code, subcode, isTransient: true };
  return { code, subcode, isTransient: false };
}

export class GraphClient {
  private readonly baseUrl: string;
  private readonly retry: RetryOptions;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: GraphClientOptions = {}) {
    this.baseUrl = (options.graphApiUrl ?? DEFAULT_GRAPH_API_URL).replace(/\/+$/, '');
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** Sends one message as a reply to the resident (messaging_type RESPONSE: inside the 24-hour window). */
  async sendMessage(pageToken: string, psid: string, message: OutgoingMessage): Promise<SendResult> {
    return (await this.post(pageToken, '/me/messages', { recipient: { id: psid }, messaging_type: 'RESPONSE', message }, psid)) as SendResult;
  }

  /** Shows "typing…" to the resident. Best effort: one attempt, never throws. */
  async sendTyping(pageToken: string, psid: string): Promise<void> {
    try {
      await this.post(pageToken, '/me/messages', { recipient: { id: psid }, sender_action: 'typing_on' }, psid, 1);
    } catch {
      // Already logged; a missing typing bubble must not hold up the answer.
    }
  }

  async setMessengerProfile(pageToken: string, profile: object): Promise<unknown> {
    return this.post(pageToken, '/me/messenger_profile', profile);
  }

  private buildUrl(path: string, pageToken: string): string {
    const url = new URL(this.baseUrl + path);
    url.searchParams.set('access_token', pageToken);
    if (this.options.appSecret) url.searchParams.set('appsecret_proof', computeAppSecretProof(pageToken, this.options.appSecret));
    return url.toString();
  }

  private async post(pageToken: string, path: string, body: object, psid?: string, maxAttempts = this.retry.maxAttempts): Promise<unknown> {
    const logFields = { path, user: psid ? hashId(psid) : undefined };
    for (let attempt = 1; ; attempt++) {
      let error: GraphError;
      try {
        const response = await this.fetchImpl(this.buildUrl(path, pageToken), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(this.retry.timeoutMs),
        });
        const text = await response.text();
        const parsed = parseJson(text);
        if (response.ok) return parsed;
        const errorBody = parsed as GraphErrorBody | undefined;
        const { code, subcode, isTransient } = classifyGraphError(response.status, errorBody);
        error = new GraphError(
          response.status, code, subcode, isTransient, errorBody?.error?.fbtrace_id,
          `Graph API ${path} failed: HTTP ${response.status}${code !== undefined ? ` code ${code}` : ''}${subcode !== undefined ? `/${subcode}` : ''}`,
        );
      } catch (cause) {
        // Network errors and timeouts: nothing reached Meta or we could not hear back; both are worth another try.
        error = new GraphError(0, undefined, undefined, true, undefined, `Graph API ${path} unreachable: ${(cause as Error).name}`);
      }
      const fields = { ...logFields, status: error.status, code: error.code, subcode: error.subcode, fbtrace_id: error.fbtraceId, attempt };
      if (!error.isTransient || attempt >= maxAttempts) {
        this.options.logger?.error(fields, error.isTransient ? 'Graph API request failed after retries' : 'Graph API request refused');
        throw error;
      }
      this.options.logger?.warn(fields, 'Graph API request failed, retrying');
      await this.sleep(this.computeDelay(attempt));
    }
  }

  /** Equal jitter: between half and all of base·2^(attempt-1), capped, so that many senders do not retry in step. */
  private computeDelay(attempt: number): number {
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
