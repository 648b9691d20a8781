/**
 * `npm run kb:schema`: writes knowledge/knowledge.schema.json from the zod schema, so editors such as VS Code
 * (with the YAML extension) complete fields and underline mistakes while staff type. The files point to it with
 * `# yaml-language-server: $schema=./knowledge.schema.json`. A test checks that the committed file is current.
 */
import { writeFileSync } from 'node:fs';
import { buildFollowupJsonSchema, buildKnowledgeJsonSchema } from '../knowledge/jsonSchema.js';

for (const [target, schema] of [
  ['knowledge/knowledge.schema.json', buildKnowledgeJsonSchema()],
  ['knowledge/followup.schema.json', buildFollowupJsonSchema()],
] as const) {
  writeFileSync(target, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${target}`);
}
