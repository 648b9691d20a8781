/**
 * Loads and validates the staff-edited knowledge files. Every problem is reported at once, in plain Swedish (the
 * staff's language), with the file, line, entry id and field, e.g.
 *   knowledge/commitments.yaml:42 post "traffic" › answer.se: saknas. Lägg till texten på nordsamiska.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { entrySchema, LANGS, type Entry } from './schema.js';
import type { Knowledge } from './types.js';

export interface Problem {
  file: string;
  line: number;
  entryId?: string;
  field?: string;
  message: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `Kunskapsbasen har ${problems.length} ${problems.length === 1 ? 'fel' : 'fel'} och laddades inte:\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`;
  const entry = p.entryId ? ` post "${p.entryId}"` : '';
  const field = p.field ? ` › ${p.field}` : '';
  return `${where}${entry}${field}: ${p.message}`;
}

/** The file's outer shape; entries are validated one by one with entrySchema. */
const fileShapeSchema = z.object({ entries: z.array(z.unknown()).min(1) }).strict();

const LANG_NAMES: Record<string, string> = { sv: 'svenska', en: 'engelska', se: 'nordsamiska' };

/** Translates one zod issue into a plain-Swedish instruction. */
function describeIssue(issue: z.core.$ZodIssue, field: string): string {
  const last = String(issue.path.at(-1) ?? '');
  const langHint = LANG_NAMES[last] ? ` Lägg till texten på ${LANG_NAMES[last]}.` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `saknas.${langHint || ' Fältet är obligatoriskt.'}`;
      return `har fel typ: här ska det stå ${typeName(issue.expected)}.`;
    case 'too_small':
      if (issue.origin === 'string') return `får inte vara tom.${langHint}`;
      if (issue.origin === 'array') return `behöver minst ${issue.minimum} rader (nu färre).`;
      return `är för litet (minst ${issue.minimum}).`;
    case 'too_big':
      if (issue.origin === 'string') return `är för lång: högst ${issue.maximum} tecken. Korta texten.`;
      return `har för många värden (högst ${issue.maximum}).`;
    case 'invalid_format':
      if (issue.format === 'url') return 'måste vara en fullständig webbadress som börjar med https://.';
      if (issue.format === 'regex') return 'får bara innehålla små bokstäver a–z, siffror och bindestreck (till exempel drug-dog-school).';
      return `har fel format (${issue.format}).`;
    case 'invalid_value':
      return `måste vara ett av: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return `okänt fält ${issue.keys.map((k) => `"${k}"`).join(', ')}. Kontrollera stavningen eller ta bort det.`;
    default:
      return `ogiltigt värde i ${field || 'filen'}.`;
  }
}

function typeName(expected: string): string {
  return ({ string: 'en text', array: 'en lista (rader som börjar med -)', object: 'en grupp med fält', number: 'ett tal' } as Record<string, string>)[expected] ?? expected;
}

/** The line of the deepest YAML node that exists along `pathParts`. */
function lineOf(doc: Document, lines: LineCounter, pathParts: ReadonlyArray<PropertyKey>): number {
  for (let depth = pathParts.length; depth >= 0; depth--) {
    const node = doc.getIn(pathParts.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    const parent = depth > 0 ? doc.getIn(pathParts.slice(0, depth - 1) as unknown[], true) : undefined;
    // Prefer the key's line for a map value (a block scalar's value starts on the next line).
    if (parent && isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === pathParts[depth - 1]);
      const keyRange = (pair?.key as { range?: [number, number, number] } | null)?.range;
      if (keyRange) return lines.linePos(keyRange[0]).line;
    }
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

export interface ParsedFile {
  file: string;
  entries: Array<{ entry: Entry; line: number }>;
  /** The line of a value in the file, e.g. lineAt(['entries', 3, 'related', 1]). */
  lineAt(path: ReadonlyArray<string | number>): number;
}

/** Parses and validates one knowledge file's text; `file` is the name used in messages. */
export function parseKnowledgeFile(file: string, source: string): { parsed?: ParsedFile; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The first syntax error is the one to fix: the ones after it are usually its consequences.
    const first = doc.errors[0]!;
    return {
      problems: [{
        file,
        line: lines.linePos(first.pos[0]).line,
        message: `YAML-fel: filen går inte att läsa här (${first.code}). Kontrollera indrag, kolon och citattecken.`,
      }],
    };
  }
  const data = doc.toJS() as unknown;
  const toProblem = (issue: z.core.$ZodIssue, prefix: PropertyKey[]): Problem => {
    const fullPath = [...prefix, ...issue.path];
    const [, index, ...rest] = fullPath;
    const entryId = typeof index === 'number' ? (doc.getIn(['entries', index, 'id']) as string | undefined) : undefined;
    const field = rest.map(String).join('.') || undefined;
    return {
      file,
      line: lineOf(doc, lines, fullPath),
      ...(typeof entryId === 'string' ? { entryId } : {}),
      ...(field ? { field } : {}),
      message: describeIssue(issue, field ?? ''),
    };
  };
  const shape = fileShapeSchema.safeParse(data);
  if (!shape.success) return { problems: shape.error.issues.map((issue) => toProblem(issue, [])) };
  // Each entry on its own, so that one broken entry does not hide the problems of the others.
  const problems: Problem[] = [];
  const seq = doc.get('entries', true);
  const entries: ParsedFile['entries'] = [];
  shape.data.entries.forEach((raw, i) => {
    const result = entrySchema.safeParse(raw);
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => toProblem(issue, ['entries', i])));
      return;
    }
    const node = isSeq(seq) ? (seq.items[i] as { range?: [number, number, number] } | undefined) : undefined;
    entries.push({ entry: result.data, line: node?.range ? lines.linePos(node.range[0]).line : 1 });
  });
  if (problems.length > 0) return { problems };
  return { parsed: { file, entries, lineAt: (p) => lineOf(doc, lines, p) }, problems: [] };
}

/** Rules across files: unique ids and `related` ids that exist. */
export function checkAcrossFiles(files: ParsedFile[]): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, { file: string; line: number }>();
  for (const { file, entries } of files) {
    for (const { entry, line } of entries) {
      const seen = firstSeen.get(entry.id);
      if (seen) {
        problems.push({
          file, line, entryId: entry.id, field: 'id',
          message: `id "${entry.id}" finns redan i ${seen.file}:${seen.line}. Varje post behöver ett eget id.`,
        });
      } else firstSeen.set(entry.id, { file, line });
    }
  }
  for (const { file, entries, lineAt } of files) {
    entries.forEach(({ entry }, index) => {
      entry.related.forEach((id, i) => {
        const line = lineAt(['entries', index, 'related', i]);
        if (!firstSeen.has(id)) {
          problems.push({
            file, line, entryId: entry.id, field: `related.${i}`,
            message: `pekar på "${id}", som inte finns. Rätta id:t eller ta bort raden.`,
          });
        }
        if (id === entry.id) {
          problems.push({ file, line, entryId: entry.id, field: `related.${i}`, message: 'en post kan inte vara relaterad till sig själv.' });
        }
      });
    });
  }
  return problems;
}

/** The `*.yaml` files directly in `dir` (follow-ups and templates live elsewhere), sorted for a stable version hash. */
export async function listKnowledgeFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => n.endsWith('.yaml') && !n.startsWith('_')).sort().map((n) => path.join(dir, n));
}

/** Validates every file in `dir` and returns all problems (empty when the knowledge is good). */
export async function checkKnowledgeDir(dir: string): Promise<{ files: ParsedFile[]; problems: Problem[]; sources: string[] }> {
  const paths = await listKnowledgeFiles(dir);
  const files: ParsedFile[] = [];
  const problems: Problem[] = [];
  const sources: string[] = [];
  if (paths.length === 0) {
    problems.push({ file: dir, line: 1, message: 'hittade inga .yaml-filer med poster.' });
  }
  for (const p of paths) {
    const source = await readFile(p, 'utf8');
    sources.push(source);
    const relative = path.relative(process.cwd(), p);
    const name = relative.startsWith('..') ? p : relative;
    const { parsed, problems: fileProblems } = parseKnowledgeFile(name, source);
    problems.push(...fileProblems);
    if (parsed) files.push(parsed);
  }
  problems.push(...checkAcrossFiles(files));
  return { files, problems, sources };
}

/** Builds the in-memory knowledge from validated files. */
export function buildKnowledge(files: ParsedFile[], sources: string[]): Knowledge {
  const entries = files.flatMap((f) => f.entries.map((e) => e.entry));
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s);
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    version: hash.digest('hex').slice(0, 12),
    loadedAt: new Date(),
    files: files.map((f) => f.file),
  };
}

/** Loads `dir`; throws a KnowledgeError listing every problem when anything is wrong. */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const { files, problems, sources } = await checkKnowledgeDir(dir);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return buildKnowledge(files, sources);
}

export { LANGS };
