/**
 * How many client connections the server has open (keep-alive ones included). The understanding thread is used only
 * while more than one is open (src/main.ts, UnderstandingThread.ts): one connection sends one request at a time, so
 * there is nothing to run beside the thread, and handing the message over only adds to each request's time.
 */
import type { Server } from 'node:http';

export class ConnectionGauge {
  private count = 0;

  get open(): number {
    return this.count;
  }

  /** Counts `server`'s connections from now on (one listener per connection, none per request). */
  watch(server: Server): void {
    server.on('connection', (socket) => {
      this.count += 1;
      socket.once('close', () => {
        this.count -= 1;
      });
    });
  }
}
