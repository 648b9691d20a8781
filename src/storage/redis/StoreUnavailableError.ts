/**
 * Thrown by the shared stores when Redis cannot be reached (disconnected, timed out). HTTP routes turn it into a 503
 * with a short JSON body; bot turns end in the turn-error handler's apology. Pure: no ioredis, no botbuilder.
 */
export class StoreUnavailableError extends Error {
  constructor(message = 'The store is unavailable.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** True when `error`, or an error it wraps (restify's AsyncError keeps the rejection as its cause), is a store outage. */
export function isStoreUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if ((current as Error).name === 'StoreUnavailableError') return true;
    const holder = current as { cause?: unknown; jse_cause?: unknown };
    current = typeof holder.cause === 'function' ? (holder.cause as () => unknown)() : (holder.cause ?? holder.jse_cause);
  }
  return false;
}
