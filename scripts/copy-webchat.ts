/**
 * Build step for production installs (`npm ci --omit=dev` has no botframework-webchat): copies Web Chat's minimal
 * bundle and its licence notice into public/vendor/ and precompresses it (gzip, Brotli), so the bot serves it as is.
 *   npm run build:webchat
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyWebchatBundle } from '../src/channels/webchat/webchatAssets.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sizes = await copyWebchatBundle({ nodeModulesDir: path.join(root, 'node_modules'), vendorDir: path.join(root, 'public', 'vendor') });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`public/vendor/webchat-minimal.js: ${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli`);
