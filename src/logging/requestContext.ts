/**
 * The request being served, for log lines written anywhere below it (bot turns, channel gateways): each HTTP request
 * runs inside its own context, and work it starts (a Direct Line turn answered after the POST) inherits it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const storage = new AsyncLocalStorage<{ reqId: string }>();

export function runWithRequestId<T>(reqId: string, work: () => T): T {
  return storage.run({ reqId }, work);
}

export function readRequestId(): string | undefined {
  return storage.getStore()?.reqId;
}

/** A caller's X-Request-Id when it looks like an id (so it cannot inject into logs), else a new one. */
export function chooseRequestId(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
}
