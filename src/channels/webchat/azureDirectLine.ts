/**
 * The Azure route: when the municipality runs the bot on Azure Bot Service, the page talks to Azure's Direct Line and
 * this server only swaps its DIRECT_LINE_SECRET for a short-lived token, so the secret never reaches a browser.
 */
import { randomUUID } from 'node:crypto';

export const DEFAULT_DIRECT_LINE_DOMAIN = 'https://directline.botframework.com/v3/directline';

export interface DirectLineTokenGrant {
  token: string;
  conversationId: string;
  expiresIn: number;
  userId: string;
}

export class DirectLineTokenError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'DirectLineTokenError';
  }
}

/** POST {domain}/tokens/generate with the secret; the user id starts with dl_ so Direct Line trusts it (no forgery). */
export async function generateDirectLineToken(options: {
  secret: string;
  domain: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<DirectLineTokenGrant> {
  const userId = `dl_${randomUUID()}`;
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${options.domain.replace(/\/+$/, '')}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new DirectLineTokenError(`Direct Line token server unreachable: ${(error as Error).message}`);
  }
  if (!response.ok) throw new DirectLineTokenError(`Direct Line token server answered ${response.status}`, response.status);
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  const { token, conversationId, expires_in: expiresIn } = body ?? {};
  if (typeof token !== 'string' || typeof conversationId !== 'string') {
    throw new DirectLineTokenError('Direct Line token server answered without token or conversationId');
  }
  return { token, conversationId, expiresIn: typeof expiresIn === 'number' ? expiresIn : 3600, userId };
}
