/**
 * The static files of the website chat, served by the bot itself (no CDN): Web Chat's minimal bundle (no Adaptive
 * Cards, no speech), our page script and stylesheet. Each is compressed once and served under a versioned URL
 * (?v=<content hash>) with immutable caching, so a returning resident downloads nothing again until it changes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'restify';

const brotliCompressAsync = promisify(brotliCompress);

export const WEBCHAT_BUNDLE = 'webchat-minimal.js';
const BUNDLE_SOURCE = ['botframework-webchat', 'dist', WEBCHAT_BUNDLE];
const LICENSE_SOURCE = ['botframework-webchat', 'dist', `${WEBCHAT_BUNDLE}.LICENSE.txt`];

export interface StaticAsset {
  body: Buffer;
  gzip: Buffer;
  /** Filled in the background: Brotli at its best level takes a few seconds for the Web Chat bundle. */
  brotli?: Buffer;
  contentType: string;
  /** First 12 hex digits of the SHA-256 of the body: the ?v= of its URL and its ETag. */
  hash: string;
}

export interface AssetLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
}

export function hashContent(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

export function compressBrotli(body: Buffer): Promise<Buffer> {
  return brotliCompressAsync(body, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

/** Builds an asset from its body; uses `.gz`/`.br` files written next to `file` by the build step when they are fresh. */
export async function createAsset(body: Buffer, contentType: string, file?: string): Promise<StaticAsset> {
  const asset: StaticAsset = { body, contentType, hash: hashContent(body), gzip: Buffer.alloc(0) };
  const readFresh = async (suffix: string): Promise<Buffer | undefined> => {
    if (!file || !existsSync(file + suffix)) return undefined;
    const [source, compressed] = await Promise.all([stat(file), stat(file + suffix)]);
    return compressed.mtimeMs >= source.mtimeMs ? readFile(file + suffix) : undefined;
  };
  asset.gzip = (await readFresh('.gz')) ?? gzipSync(body, { level: 9 });
  const brotli = await readFresh('.br');
  if (brotli) asset.brotli = brotli;
  else
    void compressBrotli(body).then(
      (compressed) => (asset.brotli = compressed),
      () => {},
    );
  return asset;
}

/**
 * Copies Web Chat's minimal bundle and its licence notice from node_modules into `vendorDir` and writes the
 * precompressed `.gz` and `.br` next to it: the build step for production installs without devDependencies.
 */
export async function copyWebchatBundle(options: { nodeModulesDir: string; vendorDir: string }): Promise<{ raw: number; gzip: number; brotli: number }> {
  const source = path.join(options.nodeModulesDir, ...BUNDLE_SOURCE);
  const target = path.join(options.vendorDir, WEBCHAT_BUNDLE);
  await mkdir(options.vendorDir, { recursive: true });
  await copyFile(source, target);
  const licence = path.join(options.nodeModulesDir, ...LICENSE_SOURCE);
  const packageJson = JSON.parse(await readFile(path.join(options.nodeModulesDir, 'botframework-webchat', 'package.json'), 'utf8')) as { version: string };
  const notice = `botframework-webchat ${packageJson.version} (dist/${WEBCHAT_BUNDLE}), Copyright (c) Microsoft Corporation, MIT License.\nhttps://github.com/microsoft/BotFramework-WebChat/blob/main/LICENSE\n\nThird-party notices bundled in it:\n\n`;
  await writeFile(path.join(options.vendorDir, `${WEBCHAT_BUNDLE}.LICENSE.txt`), notice + (existsSync(licence) ? await readFile(licence, 'utf8') : ''));
  const body = await readFile(target);
  const gzip = gzipSync(body, { level: 9 });
  const brotli = await compressBrotli(body);
  await writeFile(`${target}.gz`, gzip);
  await writeFile(`${target}.br`, brotli);
  return { raw: body.length, gzip: gzip.length, brotli: brotli.length };
}

/** The Web Chat bundle from public/vendor/, copied there from node_modules on first start of a development install. */
export async function loadWebchatBundle(options: { publicDir: string; nodeModulesDir: string; logger: AssetLogger }): Promise<StaticAsset | undefined> {
  const vendorDir = path.join(options.publicDir, 'vendor');
  const file = path.join(vendorDir, WEBCHAT_BUNDLE);
  if (!existsSync(file)) {
    if (!existsSync(path.join(options.nodeModulesDir, ...BUNDLE_SOURCE))) {
      options.logger.warn(
        { file },
        'Web Chat bundle missing: run `npm run build:webchat` where devDependencies are installed; the website chat cannot start without it',
      );
      return undefined;
    }
    const sizes = await copyWebchatBundle({ nodeModulesDir: options.nodeModulesDir, vendorDir });
    options.logger.info({ file, ...sizes }, 'copied the Web Chat bundle from node_modules');
  }
  return createAsset(await readFile(file), 'application/javascript; charset=utf-8', file);
}

function acceptsEncoding(req: Request, encoding: string): boolean {
  const header = String(req.headers['accept-encoding'] ?? '');
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    return name?.trim().toLowerCase() === encoding && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}

/** Sends an asset: Brotli or gzip as the browser accepts, immutable when asked for by its current version. */
export function sendAsset(req: Request, res: Response, asset: StaticAsset, headers: Record<string, string> = {}): void {
  const etag = `"${asset.hash}"`;
  const version = new URL(req.url ?? '/', 'http://x').searchParams.get('v');
  res.setHeader('Content-Type', asset.contentType);
  res.setHeader('Cache-Control', version === asset.hash ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate');
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  let body = asset.body;
  if (asset.brotli && acceptsEncoding(req, 'br')) {
    res.setHeader('Content-Encoding', 'br');
    body = asset.brotli;
  } else if (acceptsEncoding(req, 'gzip')) {
    res.setHeader('Content-Encoding', 'gzip');
    body = asset.gzip;
  }
  res.setHeader('Content-Length', String(body.length));
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : body);
}
