/**
 * `npm run messenger:setup [-- --dry-run]`: sets the Get Started button, the greeting and the persistent menu on every
 * configured Facebook page (FACEBOOK_PAGE_TOKENS and/or FACEBOOK_PAGE_ACCESS_TOKEN) through the Messenger Profile API.
 * `--dry-run` prints the JSON that would be sent and sends nothing (no tokens needed).
 * Like src/main.ts, this command is a composition root: it reads the environment (and .env) once, through loadConfig.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { createTranslate } from '../language/i18n.js';
import { loadKnowledgeOrExit } from './loadKnowledgeOrExit.js';
import { buildMessengerProfile } from '../channels/facebook/buildMessengerProfile.js';
import { DEFAULT_GRAPH_API_URL, GraphClient, GraphError } from '../channels/facebook/graphClient.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });

if (existsSync('.env')) process.loadEnvFile('.env');
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}

const knowledge = await loadKnowledgeOrExit(config.KNOWLEDGE_DIR);
const t = await createTranslate(path.join(projectRoot, 'locales'));
const profile = buildMessengerProfile(t, knowledge);

/** Pages to set up: each page of FACEBOOK_PAGE_TOKENS, plus the single token's page when it is another token. */
const pageTokens = Object.entries(config.FACEBOOK_PAGE_TOKENS ?? {}).map(([pageId, token]) => ({ label: `page ${pageId}`, token }));
const single = config.FACEBOOK_PAGE_ACCESS_TOKEN;
if (single && !pageTokens.some((page) => page.token === single)) pageTokens.push({ label: 'the page of FACEBOOK_PAGE_ACCESS_TOKEN', token: single });

if (values['dry-run']) {
  console.log(JSON.stringify(profile, null, 2));
  console.error(`dry run: nothing sent; would POST this to ${config.FACEBOOK_GRAPH_API_URL ?? DEFAULT_GRAPH_API_URL}/me/messenger_profile for ${pageTokens.length} page(s)${pageTokens.length ? `: ${pageTokens.map((p) => p.label).join(', ')}` : ''}`);
  process.exit(0);
}

if (pageTokens.length === 0) {
  console.error('No page token: set FACEBOOK_PAGE_ACCESS_TOKEN or FACEBOOK_PAGE_TOKENS (see README, "Facebook Messenger").');
  process.exit(1);
}

const graph = new GraphClient({
  graphApiUrl: config.FACEBOOK_GRAPH_API_URL ?? DEFAULT_GRAPH_API_URL,
  ...(config.FACEBOOK_APP_SECRET ? { appSecret: config.FACEBOOK_APP_SECRET } : {}),
});
let failures = 0;
for (const page of pageTokens) {
  try {
    await graph.setMessengerProfile(page.token, profile);
    console.log(`${page.label}: Get Started, greeting and menu set`);
  } catch (error) {
    failures++;
    const detail = error instanceof GraphError ? error.message : String(error);
    console.error(`${page.label}: failed — ${detail}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
