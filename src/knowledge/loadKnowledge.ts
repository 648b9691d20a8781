/**
 * Loads and validates the staff-edited knowledge files. Every problem is reported at once, in plain Swedish (the
 * staff's language), with the file, line, entry id and field, e.g.
 *   knowledge/commitments.yaml:42 post "traffic" › answer.se: saknas. Lägg till texten på nordsamiska.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { entrySchema, type Entry } from './schema.js';
import { followupFileSchema, followupSchema, type Followup } from './followupSchema.js';
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

export interface ParsedFile<T = Entry> {
  file: string;
  /** The items of the file's list, each with the line where it starts (found when first asked for, see lineAt). */
  entries: Array<{ entry: T; readonly line: number }>;
  /** The line of a value in the file, e.g. lineAt(['entries', 3, 'related', 1]). */
  lineAt(path: ReadonlyArray<string | number>): number;
}

interface ListFormat<T> {
  /** The top-level key holding the list ("entries", "followups"). */
  listKey: string;
  /** The file's outer shape, with the list as unknown items. */
  shape: z.ZodType<Record<string, unknown>>;
  item: z.ZodType<T>;
  /** How an item is named in messages (`post "traffic"`). */
  itemName(raw: Record<string, unknown>): string | undefined;
}

const entryFormat: ListFormat<Entry> = {
  listKey: 'entries',
  shape: fileShapeSchema,
  item: entrySchema,
  itemName: (raw) => (typeof raw.id === 'string' ? raw.id : undefined),
};

/**
 * Loaded entries are never changed: the search index keeps its analysis of each entry object between builds, and a
 * reload reuses the entries of unchanged files (ParseCache). Freezing them makes a change an error instead of a
 * stale answer.
 */
function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) freezeDeep(inner);
  }
  return value;
}

function parseTree(source: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
}

/**
 * A parsed file's lineAt. A file that parsed without problems needs its YAML tree (the `yaml` package's, which knows
 * where each value stands) only to point at a problem found across files, so it is built then, and held weakly, so
 * that the parsed files a ParseCache keeps between reloads do not keep every file's tree alive (several times the
 * size of the text). (A function of its own: a closure made inside parseListFile would share, and keep, that
 * function's whole scope.)
 */
function lineFinder(source: string, known?: { doc: Document; lines: LineCounter }): ParsedFile['lineAt'] {
  let tree = known ? new WeakRef(known) : undefined;
  return (at) => {
    let kept = tree?.deref();
    if (!kept) {
      kept = parseTree(source);
      tree = new WeakRef(kept);
    }
    return lineOf(kept.doc, kept.lines, at);
  };
}

/** The items of a list with the line where each starts, looked up when first asked for. */
function itemsWithLines<T>(items: T[], listKey: string, lineAt: ParsedFile['lineAt']): ParsedFile<T>['entries'] {
  return items.map((entry, i) => {
    let line: number | undefined;
    return {
      entry,
      get line() {
        return (line ??= lineAt([listKey, i]));
      },
    };
  });
}

/** A file's data as js-yaml reads it, or undefined when js-yaml cannot read it (or might read it too kindly). */
function readQuickly(source: string): unknown {
  if (mayReadKindly(source)) return undefined;
  try {
    return loadYaml(source, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/**
 * Whether js-yaml might read a file more kindly than the `yaml` package, which refuses it. Comparing the two readers
 * on thousands of damaged copies of the knowledge files found three such cases, and this check sends a file with any
 * of them to the careful reading, so that staff get the same error as before (and as their editor shows):
 * - a line inside brackets ([…] or {…}) or inside a quoted text that began on an earlier line, not indented further
 *   than that line (YAML does not allow it; js-yaml reads on);
 * - a # right after a comma, bracket or quote (`[hot,# hat]`: js-yaml takes the rest for a comment and drops it).
 * It is cautious, not a parser: it counts every bracket, also in texts and block scalars, and takes any quote where a
 * value may begin for the start of a quoted text, so it sends some good files to the careful reading too (none of the
 * knowledge files, a test checks). A test compares the two readings on damaged copies of the knowledge, and thousands
 * more (also of a 10,000-entry base's files) found no difference. (Hand-written: no YAML package offers this.)
 */
export function mayReadKindly(source: string): boolean {
  let depth = 0;
  /** The quote character of a quoted text still open at the end of the last line, or 0. */
  let quote = 0;
  /** How far the lines of open brackets or of an open quoted text must be indented. */
  let outer = 0;
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    let i = lineStart;
    while (i < lineEnd && source.charCodeAt(i) === 0x20) i++;
    if (depth > 0 || quote !== 0) {
      if (i - lineStart <= outer) return true;
    } else {
      // The column of the line's own content, after any "- " of sequence items: the key a value would belong to.
      let content = i;
      while (source.charCodeAt(content) === 0x2d && source.charCodeAt(content + 1) === 0x20) {
        content += 2;
        while (source.charCodeAt(content) === 0x20) content++;
      }
      outer = content - lineStart;
    }
    for (; i < lineEnd; i++) {
      const code = source.charCodeAt(i);
      if (quote === 0x27) {
        // '' is a quote inside a single-quoted text.
        if (code === 0x27) {
          if (source.charCodeAt(i + 1) === 0x27) i++;
          else quote = 0;
        }
      } else if (quote === 0x22) {
        if (code === 0x5c) i++;
        else if (code === 0x22) quote = 0;
      } else if (code === 0x5b || code === 0x7b) {
        depth++;
      } else if (code === 0x5d || code === 0x7d) {
        if (depth > 0) depth--;
      } else if (code === 0x22 || code === 0x27 || code === 0x23) {
        const before = i === lineStart ? 0x20 : source.charCodeAt(i - 1);
        const afterSpace = before === 0x20 || before === 0x09 || before === 0x0d;
        if (code === 0x23) {
          if (afterSpace) break; // a comment: the rest of the line
          if (',[]{}"\''.includes(String.fromCharCode(before))) return true;
        } else if (afterSpace || ',[]{}:-'.includes(String.fromCharCode(before))) {
          quote = code;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return false;
}

/**
 * The problem of a file whose YAML is well formed but cannot be turned into data: an alias (`*name`) with no anchor
 * (`&name`) before it, usually a text that begins with a star, such as `answer: *Obs!* Ring 112`; or, in a file
 * crafted to exhaust memory, far too many aliases. Undefined if the file has no alias (the error was something else).
 */
function aliasProblem(file: string, doc: Document, lines: LineCounter): Problem | undefined {
  let unresolved: { source: string; range?: [number, number, number] | null } | undefined;
  let first: { range?: [number, number, number] | null } | undefined;
  visit(doc, {
    Alias(_, node) {
      first ??= node;
      if (node.resolve(doc)) return undefined;
      unresolved = node;
      return visit.BREAK;
    },
  });
  if (!first) return undefined;
  const at = (unresolved ?? first).range;
  return {
    file,
    line: at ? lines.linePos(at[0]).line : 1,
    message: unresolved
      ? `YAML-fel: en text som börjar med * (här *${unresolved.source}) måste stå inom citattecken, till exempel "*Obs!* Ring 112".`
      : 'YAML-fel: filen har för många hänvisningar med * och går inte att läsa. Skriv ut texterna i stället.',
  };
}

/**
 * Parses one YAML file and validates its list item by item, so that one broken item does not hide the problems
 * of the others. Line numbers point at the offending key, or at the nearest node that exists.
 *
 * Two YAML readers: js-yaml reads a file about seven times faster than the `yaml` package (measured on a 10,000-entry
 * base: 63 MB in 286 files), but only `yaml` tells where each value stands. So a file is first read with js-yaml and,
 * if its data passes the schema, accepted as it is; its lines are found with `yaml` only if a problem across files
 * needs one. A file that js-yaml cannot read, or whose data has any problem, is read again with `yaml`, and all its
 * problems come from that reading. (Both read YAML 1.2 with the core schema: on every file of the knowledge and of
 * the benchmark's base they give the same data, and on damaged copies of the knowledge files the same data or the
 * same problems once mayReadKindly has sent the files js-yaml reads too kindly to `yaml`; tests check both.)
 */
function parseListFile<T>(file: string, source: string, format: ListFormat<T>, options: ReadOptions = {}): ListFileResult<T> {
  if (options.carefully) return parseListFileCarefully(file, source, format);
  const quick = readQuickly(source);
  const shape = format.shape.safeParse(quick);
  if (shape.success) {
    const items = (shape.data[format.listKey] as unknown[]).map((raw) => format.item.safeParse(raw));
    if (items.every((item) => item.success)) {
      const lineAt = lineFinder(source);
      const entries = itemsWithLines(items.map((item) => freezeDeep(item.data!)), format.listKey, lineAt);
      return { parsed: { file, entries, lineAt }, data: shape.data, problems: [] };
    }
  }
  return parseListFileCarefully(file, source, format);
}

export interface ReadOptions {
  /** Read with the `yaml` package only, as the loader did before js-yaml (tests compare the two readings). */
  carefully?: boolean;
}

interface ListFileResult<T> {
  parsed?: ParsedFile<T>;
  /** The file's top-level fields, as validated by the format's shape. */
  data?: Record<string, unknown>;
  problems: Problem[];
}

/** parseListFile with the `yaml` package, which knows the line of every value: for a file with a problem. */
function parseListFileCarefully<T>(file: string, source: string, format: ListFormat<T>): ListFileResult<T> {
  const { doc, lines } = parseTree(source);
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
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    const problem = aliasProblem(file, doc, lines);
    if (!problem) throw error;
    return { problems: [problem] };
  }
  const toProblem = (issue: z.core.$ZodIssue, prefix: PropertyKey[]): Problem => {
    const fullPath = [...prefix, ...issue.path];
    const [, index, ...rest] = fullPath;
    const raw = typeof index === 'number' ? (doc.getIn([format.listKey, index]) as { toJSON?: () => unknown } | undefined) : undefined;
    const entryId = raw?.toJSON ? format.itemName(raw.toJSON() as Record<string, unknown>) : undefined;
    const field = (prefix.length ? rest : fullPath).map(String).join('.') || undefined;
    return {
      file,
      line: lineOf(doc, lines, fullPath),
      ...(entryId ? { entryId } : {}),
      ...(field ? { field } : {}),
      message: describeIssue(issue, field ?? ''),
    };
  };
  const shape = format.shape.safeParse(data);
  if (!shape.success) return { problems: shape.error.issues.map((issue) => toProblem(issue, [])) };
  const problems: Problem[] = [];
  const items: T[] = [];
  (shape.data[format.listKey] as unknown[]).forEach((raw, i) => {
    const result = format.item.safeParse(raw);
    if (result.success) items.push(freezeDeep(result.data));
    else problems.push(...result.error.issues.map((issue) => toProblem(issue, [format.listKey, i])));
  });
  if (problems.length > 0) return { problems };
  const lineAt = lineFinder(source, { doc, lines });
  return { parsed: { file, entries: itemsWithLines(items, format.listKey, lineAt), lineAt }, data: shape.data, problems: [] };
}

/** Parses and validates one knowledge file's text; `file` is the name used in messages. */
export function parseKnowledgeFile(file: string, source: string, options?: ReadOptions): { parsed?: ParsedFile; problems: Problem[] } {
  return parseListFile(file, source, entryFormat, options);
}

const followupFormat: ListFormat<Followup> = {
  listKey: 'followups',
  shape: z.object({ year: z.unknown(), followups: z.array(z.unknown()).min(1) }).strict() as z.ZodType<Record<string, unknown>>,
  item: followupSchema,
  itemName: (raw) => (typeof raw.commitment === 'string' ? `uppföljning av ${raw.commitment}` : undefined),
};

/** Parses one follow-up file (knowledge/followups/YYYY.yaml). */
export function parseFollowupFile(file: string, source: string, options?: ReadOptions): { parsed?: ParsedFile<Followup> & { year: number }; problems: Problem[] } {
  const { parsed, data, problems } = parseListFile(file, source, followupFormat, options);
  if (!parsed) return { problems };
  const year = Number(data?.year);
  const yearResult = followupFileSchema.shape.year.safeParse(year);
  if (!yearResult.success) {
    return { problems: [{ file, line: parsed.lineAt(['year']), field: 'year', message: 'måste vara ett årtal mellan 2024 och 2030.' }] };
  }
  return { parsed: { ...parsed, year }, problems: [] };
}

/** Follow-ups must point at a commitment that exists, and be dated within the file's year. */
export function checkFollowups(files: Array<ParsedFile<Followup> & { year: number }>, entries: Map<string, Entry>): Problem[] {
  const problems: Problem[] = [];
  for (const { file, entries: items, year, lineAt } of files) {
    items.forEach(({ entry: f }, i) => {
      const target = entries.get(f.commitment);
      const base = { file, entryId: `uppföljning av ${f.commitment}` };
      if (!target) {
        problems.push({ ...base, line: lineAt(['followups', i, 'commitment']), field: 'commitment', message: `det finns ingen post "${f.commitment}". Använd id:t för ett av åtagandena.` });
      } else if (target.kind !== 'commitment') {
        problems.push({ ...base, line: lineAt(['followups', i, 'commitment']), field: 'commitment', message: `"${f.commitment}" är inte ett åtagande (kind: commitment). Uppföljningar gäller bara åtagandena.` });
      }
      if (Number(f.date.slice(0, 4)) !== year) {
        problems.push({ ...base, line: lineAt(['followups', i, 'date']), field: 'date', message: `datumet ${f.date} ligger inte i filens år ${year}.` });
      }
    });
  }
  return problems;
}

/** Rules across files: unique ids and `related` ids that exist. */
export function checkAcrossFiles(files: ParsedFile[]): Problem[] {
  const problems: Problem[] = [];
  // Lines are asked for only for a problem: a file read quickly finds them by reading it again.
  const firstSeen = new Map<string, { file: string; item: { readonly line: number } }>();
  for (const { file, entries } of files) {
    for (const item of entries) {
      const seen = firstSeen.get(item.entry.id);
      if (seen) {
        problems.push({
          file, line: item.line, entryId: item.entry.id, field: 'id',
          message: `id "${item.entry.id}" finns redan i ${seen.file}:${seen.item.line}. Varje post behöver ett eget id.`,
        });
      } else firstSeen.set(item.entry.id, { file, item });
    }
  }
  for (const { file, entries, lineAt } of files) {
    entries.forEach(({ entry }, index) => {
      entry.related.forEach((id, i) => {
        // Looked up only for a problem: finding a line reads the file again with `yaml`, and most links are fine.
        const line = () => lineAt(['entries', index, 'related', i]);
        if (!firstSeen.has(id)) {
          problems.push({
            file, line: line(), entryId: entry.id, field: `related.${i}`,
            message: `pekar på "${id}", som inte finns. Rätta id:t eller ta bort raden.`,
          });
        }
        if (id === entry.id) {
          problems.push({ file, line: line(), entryId: entry.id, field: `related.${i}`, message: 'en post kan inte vara relaterad till sig själv.' });
        }
      });
    });
  }
  return problems;
}

/** The `*.yaml` files directly in `dir`; names starting with "_" (templates) are skipped. Sorted for a stable hash. */
export async function listYamlFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.filter((n) => n.endsWith('.yaml') && !n.startsWith('_')).sort().map((n) => path.join(dir, n));
}

export const FOLLOWUP_DIR = 'followups';

export interface CheckedKnowledge {
  files: ParsedFile[];
  followupFiles: Array<ParsedFile<Followup> & { year: number }>;
  problems: Problem[];
  /** Every file's content, for the knowledge's version. */
  sources: Buffer[];
}

function displayName(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return relative.startsWith('..') ? p : relative;
}

/** Reads one file and parses its content; `key` names the file and what it holds. */
type ReadFile = <T>(key: string, file: string, parse: (bytes: Buffer) => T) => Promise<{ bytes: Buffer; result: T }>;

const readAndParse: ReadFile = async (_key, file, parse) => {
  const bytes = await readFile(file);
  return { bytes, result: parse(bytes) };
};

interface CachedFile {
  bytes: Buffer;
  result: unknown;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** When the times above were read. */
  statAt: number;
}

/**
 * File times are coarse (a few milliseconds on ext4, two seconds on FAT): a file changed within this long before its
 * times were read could change again without its times changing, so it is compared by content (as git does with
 * "racily clean" files).
 */
const TIME_GRAIN_MS = 2000;

/**
 * What the files held and parsed to at the last load, kept by whoever reloads (LiveKnowledge). A file with the same
 * size, modification and change times is not read again; one with the same bytes is not parsed and validated again,
 * and keeps the same entry objects, whose analysis the search index has kept too (see phraseLexicon.ts). At 10,000
 * entries (hundreds of files, tens of megabytes of YAML), reading and parsing every file again is most of a reload.
 */
export class ParseCache {
  private files = new Map<string, CachedFile>();
  private seen = new Map<string, CachedFile>();

  read: ReadFile = async <T>(key: string, file: string, parse: (bytes: Buffer) => T) => {
    const known = this.files.get(key);
    const statAt = Date.now();
    const stats = await stat(file);
    // The change time too: a copy that keeps the modification time (rsync -t, cp -p) still changes it.
    const same = known !== undefined && known.size === stats.size && known.ino === stats.ino &&
      known.mtimeMs === stats.mtimeMs && known.ctimeMs === stats.ctimeMs &&
      Math.max(known.mtimeMs, known.ctimeMs) < known.statAt - TIME_GRAIN_MS;
    let kept: CachedFile;
    if (same) {
      kept = known;
    } else {
      // Read after the stat: a change in between leaves a newer time than the one kept, so the next load reads again.
      const bytes = await readFile(file);
      const result = known?.bytes.equals(bytes) ? known.result : parse(bytes);
      kept = { bytes, result, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, statAt };
    }
    this.seen.set(key, kept);
    return { bytes: kept.bytes, result: kept.result as T };
  };

  /** Ends a load: files that were not read in it (deleted or renamed, or after a failed read) are forgotten. */
  finish(): void {
    this.files = this.seen;
    this.seen = new Map();
  }
}

/**
 * Validates every file in `dir` (and `dir/followups/`) and returns all problems (empty when the knowledge is good).
 * With a cache, files that have not changed since the last load are not read or parsed again.
 */
export async function checkKnowledgeDir(dir: string, cache?: ParseCache): Promise<CheckedKnowledge> {
  const checked: CheckedKnowledge = { files: [], followupFiles: [], problems: [], sources: [] };
  try {
    await readFiles(dir, cache?.read ?? readAndParse, checked);
  } finally {
    cache?.finish();
  }
  const { files, followupFiles, problems } = checked;
  const byId = new Map(files.flatMap((f) => f.entries.map((e) => [e.entry.id, e.entry] as const)));
  if (files.length > 0) problems.push(...checkFollowups(followupFiles, byId));
  return checked;
}

async function readFiles(dir: string, read: ReadFile, into: CheckedKnowledge): Promise<void> {
  const { files, followupFiles, problems } = into;
  const paths = await listYamlFiles(dir);
  if (paths.length === 0) problems.push({ file: dir, line: 1, message: 'hittade inga .yaml-filer med poster.' });
  files.push(...await readAll(paths, 'entries', read, parseKnowledgeFile, into));
  problems.push(...checkAcrossFiles(files));
  followupFiles.push(...await readAll(await listYamlFiles(path.join(dir, FOLLOWUP_DIR)), 'followups', read, parseFollowupFile, into));
}

/**
 * Reads and parses files all at once (a large base has hundreds), keeping their order: their contents go to
 * `into.sources`, their problems to `into.problems`; returns the files that parsed.
 */
async function readAll<T>(
  paths: string[],
  kind: string,
  read: ReadFile,
  parse: (file: string, source: string) => { parsed?: T; problems: Problem[] },
  into: CheckedKnowledge,
): Promise<T[]> {
  const results = await Promise.all(paths.map((p) => read(`${kind}:${p}`, p, (bytes) => parse(displayName(p), bytes.toString('utf8')))));
  const parsed: T[] = [];
  for (const { bytes, result } of results) {
    into.sources.push(bytes);
    into.problems.push(...result.problems);
    if (result.parsed) parsed.push(result.parsed);
  }
  return parsed;
}

/** Builds the in-memory knowledge from validated files. */
export function buildKnowledge(files: ParsedFile[], sources: ReadonlyArray<Buffer | string>, followupFiles: CheckedKnowledge['followupFiles'] = []): Knowledge {
  const entries = files.flatMap((f) => f.entries.map((e) => e.entry));
  const followups = followupFiles.flatMap((f) => f.entries.map((e) => e.entry)).sort((a, b) => a.date.localeCompare(b.date));
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s);
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    followups,
    version: hash.digest('hex').slice(0, 12),
    loadedAt: new Date(),
    files: [...files.map((f) => f.file), ...followupFiles.map((f) => f.file)],
  };
}

/** Loads `dir`; throws a KnowledgeError listing every problem when anything is wrong. */
export async function loadKnowledge(dir: string, cache?: ParseCache): Promise<Knowledge> {
  const checked = await checkKnowledgeDir(dir, cache);
  if (checked.problems.length > 0) throw new KnowledgeError(checked.problems);
  return buildKnowledge(checked.files, checked.sources, checked.followupFiles);
}
