import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectionGauge } from '../../src/server/connectionGauge.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
});

function get(port: number, agent: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    request({ port, host: '127.0.0.1', path: '/', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    })
      .on('error', reject)
      .end();
  });
}

async function waitFor(check: () => boolean): Promise<void> {
  const until = Date.now() + 2000;
  while (!check()) {
    if (Date.now() > until) throw new Error('not in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

test('counts the open client connections, kept-alive ones too, until they close', async () => {
  const gauge = new ConnectionGauge();
  server = createServer((_req, res) => res.end('ok'));
  gauge.watch(server);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  expect(gauge.open).toBe(0);

  // Two clients, each keeping its connection open between requests.
  const [first, second] = [new Agent({ keepAlive: true, maxSockets: 1 }), new Agent({ keepAlive: true, maxSockets: 1 })];
  await get(port, first);
  await get(port, first);
  expect(gauge.open).toBe(1);
  await get(port, second);
  expect(gauge.open).toBe(2);

  first.destroy();
  await waitFor(() => gauge.open === 1);
  second.destroy();
  await waitFor(() => gauge.open === 0);
});
