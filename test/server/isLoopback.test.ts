import { isLoopbackAddress, isLoopbackUrl } from '../../src/server/isLoopback.js';

describe('loopback checks', () => {
  it.each<[string | undefined, boolean]>([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['::ffff:10.0.0.5', false],
    ['fe80::1', false],
    ['127.0.0.1.example.org', false],
    [undefined, false],
  ])('address %s → %s', (address, expected) => expect(isLoopbackAddress(address)).toBe(expected));

  it.each<[string, boolean]>([
    ['http://127.0.0.1:9', true],
    ['http://localhost:3978/', true],
    ['https://[::1]/', true],
    ['http://127.0.0.1.example.org/', false],
    ['https://smba.trafficmanager.net/emea/', false],
    ['ftp://127.0.0.1/', false],
    ['nonsense', false],
  ])('serviceUrl %s → %s', (url, expected) => expect(isLoopbackUrl(url)).toBe(expected));

  it('gives the same verdicts when asked again, after more distinct serviceUrls than it remembers', () => {
    const urls = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? `http://127.0.0.${i % 250}:${3000 + i}/` : `https://host${i}.example.org/`));
    const first = urls.map((url) => isLoopbackUrl(url));
    expect(first.filter(Boolean)).toHaveLength(100);
    expect(urls.map((url) => isLoopbackUrl(url))).toEqual(first);
    expect(isLoopbackUrl('http://127.0.0.1:9')).toBe(true);
    expect(isLoopbackUrl('https://smba.trafficmanager.net/emea/')).toBe(false);
  });
});
