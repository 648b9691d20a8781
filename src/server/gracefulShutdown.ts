/**
 * SIGTERM / SIGINT: stop accepting connections, let the requests and turns in flight finish (up to a timeout), flush
 * whatever stores can be flushed, then exit. systemd's TimeoutStopSec and App Service's stop grace period should be a
 * little longer than SHUTDOWN_TIMEOUT_MS.
 */
import type { Server as HttpServer } from 'node:http';
import type { Request, Response, Server } from 'restify';

export interface RequestTracker {
  readonly inFlight: number;
  readonly isDraining: boolean;
  startDraining(): void;
}

const trackers = new WeakMap<Server, RequestTracker>();

/** Counts requests between arrival and the end of their response; during draining asks clients not to keep alive. */
export function trackRequests(server: Server): RequestTracker {
  let inFlight = 0;
  let isDraining = false;
  /** The responses still counted: each is let go once, on 'finish' or 'close', whichever comes first. */
  const counted = new WeakSet<Response>();
  // One listener for every response (`this` is the response), not a new function per request.
  function release(this: Response): void {
    if (counted.delete(this)) inFlight -= 1;
  }
  server.pre((_req: Request, res: Response, next) => {
    inFlight += 1;
    counted.add(res);
    res.once('finish', release);
    res.once('close', release);
    if (isDraining) res.setHeader('Connection', 'close');
    next();
  });
  const tracker: RequestTracker = {
    get inFlight() {
      return inFlight;
    },
    get isDraining() {
      return isDraining;
    },
    startDraining() {
      isDraining = true;
    },
  };
  trackers.set(server, tracker);
  return tracker;
}

export function findRequestTracker(server: Server): RequestTracker | undefined {
  return trackers.get(server);
}

export interface ShutdownOptions {
  server: Server;
  timeoutMs: number;
  /** Work that runs after the HTTP response (Direct Line and Messenger turns): resolves when there is none left. */
  idle?: Array<() => Promise<void>>;
  /** Stores that buffer writes (the staff store): called once everything is idle. */
  flush?: Array<() => Promise<void>>;
  logger: { info(details: object, message?: string): void; warn(details: object, message?: string): void; error(details: object, message?: string): void };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drains and flushes. `isInTime`: every request and turn finished before the timeout; `isFlushed`: every flush
 * succeeded (only a failed flush can lose data, so only that should make the exit code non-zero).
 */
export async function shutDownGracefully(options: ShutdownOptions): Promise<{ isInTime: boolean; isFlushed: boolean }> {
  const { server, timeoutMs, logger } = options;
  const tracker = findRequestTracker(server);
  tracker?.startDraining();
  const http = server.server as HttpServer;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = Date.now() + timeoutMs;
  let isInTime = true;
  // Keep-alive connections that are idle now, or become idle after their last response, are closed as we go.
  while ((tracker?.inFlight ?? 0) > 0) {
    if (Date.now() >= deadline) {
      isInTime = false;
      break;
    }
    http.closeIdleConnections?.();
    await sleep(25);
  }
  const idle = Promise.all((options.idle ?? []).map((wait) => wait().catch(() => {})));
  const remaining = Math.max(0, deadline - Date.now());
  const finished = await Promise.race([idle.then(() => true), sleep(remaining).then(() => false)]);
  if (!finished) isInTime = false;
  if (!isInTime) logger.warn({ inFlight: tracker?.inFlight ?? 0, timeoutMs }, 'shutdown timeout: some requests or turns did not finish');
  let isFlushed = true;
  for (const flush of options.flush ?? []) {
    try {
      await flush();
    } catch (error) {
      isFlushed = false;
      logger.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'flush on shutdown failed');
    }
  }
  http.closeAllConnections?.();
  await Promise.race([closed, sleep(1000)]);
  logger.info({ isInTime, isFlushed }, 'shut down');
  return { isInTime, isFlushed };
}
