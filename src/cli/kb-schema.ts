/**
 * `npm run kb:schema`: writes knowledge/knowledge.schema.json from the zod schema, so editors such as VS Code
 * (with the YAML extension) complete fields and underline mistakes while staff type. The files point to it with
 * `# yaml-language-server: $schema=./knowledge.schema.json`. A test checks that the committed file is current.
 */
import { writeFileSync } from 'node:fs';
import { buildKnowledgeJsonSchema } from '../knowledge/jsonSchema.js';

const target = process.argv[2] ?? 'knowledge/knowledge.schema.json';
writeFileSync(target, JSON.stringify(buildKnowledgeJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
