/**
 * What `npm run kb:report` shows staff, as data (pure), plain text and a simple accessible HTML page, in Swedish:
 * translation coverage and Sami review state, commitments without a recent follow-up, the questions the bot could not
 * answer, 👍/👎 per entry and the suggestions received.
 */
import { LANGS, type Lang } from '../knowledge/schema.js';
import { findLatestFollowups } from '../knowledge/latestFollowup.js';
import type { Knowledge } from '../knowledge/types.js';
import type { StaffData, SuggestionItem, UnansweredItem } from './staffStore.js';

export interface LanguageCoverage {
  lang: Lang;
  /** Entries with an answer in this language (the format requires one, so this shows that nothing is missing). */
  answered: number;
  questions: number;
  withKeywords: number;
}

export interface StaffReport {
  generatedAt: string;
  version: string;
  entries: number;
  followups: number;
  coverage: LanguageCoverage[];
  sami: {
    reviewedEntries: number;
    draftEntries: number;
    draftFollowups: number;
    /** Entry ids whose Sami texts wait for review, per file. */
    draftsByFile: Array<{ file: string; ids: string[] }>;
  };
  staleCommitments: Array<{ id: string; label: string; latest?: string }>;
  topUnanswered: UnansweredItem[];
  feedback: Array<{ id: string; label: string; up: number; down: number }>;
  suggestions: SuggestionItem[];
  totals: { unanswered: number; unansweredAsked: number; suggestions: number };
}

const LANG_NAMES: Record<Lang, string> = { sv: 'svenska', en: 'engelska', se: 'nordsamiska' };
const TOP_UNANSWERED = 25;

/** `files` of the knowledge pair each entry with its file in load order (entries are listed file by file). */
export function buildStaffReport(knowledge: Knowledge, data: StaffData, fileOf: (id: string) => string, now = new Date()): StaffReport {
  const yearAgo = new Date(now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const since = yearAgo.toISOString().slice(0, 10);
  const latest = findLatestFollowups(knowledge);
  const drafts = knowledge.entries.filter((entry) => entry.review.se === 'draft');
  const draftsByFile = new Map<string, string[]>();
  for (const entry of drafts) draftsByFile.set(fileOf(entry.id), [...(draftsByFile.get(fileOf(entry.id)) ?? []), entry.id]);
  const label = (id: string) => knowledge.byId.get(id)?.label.sv ?? `${id} (finns inte längre)`;
  return {
    generatedAt: now.toISOString(),
    version: knowledge.version,
    entries: knowledge.entries.length,
    followups: knowledge.followups.length,
    coverage: LANGS.map((lang) => ({
      lang,
      answered: knowledge.entries.filter((entry) => entry.answer[lang].trim().length > 0).length,
      questions: knowledge.entries.reduce((sum, entry) => sum + entry.questions[lang].length, 0),
      withKeywords: knowledge.entries.filter((entry) => (entry.keywords?.[lang]?.length ?? 0) > 0).length,
    })),
    sami: {
      reviewedEntries: knowledge.entries.length - drafts.length,
      draftEntries: drafts.length,
      draftFollowups: knowledge.followups.filter((followup) => followup.review.se === 'draft').length,
      draftsByFile: [...draftsByFile].map(([file, ids]) => ({ file, ids })),
    },
    staleCommitments: knowledge.entries
      .filter((entry) => entry.kind === 'commitment')
      .filter((entry) => (latest.get(entry.id)?.date ?? '') < since)
      .map((entry) => ({ id: entry.id, label: entry.label.sv, ...(latest.get(entry.id) ? { latest: latest.get(entry.id)!.date } : {}) })),
    topUnanswered: [...data.unanswered]
      .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen))
      .slice(0, TOP_UNANSWERED),
    feedback: Object.entries(data.feedback)
      .map(([id, counts]) => ({ id, label: label(id), ...counts }))
      .sort((a, b) => b.up + b.down - (a.up + a.down) || a.id.localeCompare(b.id)),
    suggestions: [...data.suggestions].sort((a, b) => b.date.localeCompare(a.date)),
    totals: {
      unanswered: data.unanswered.length,
      unansweredAsked: data.unanswered.reduce((sum, item) => sum + item.count, 0),
      suggestions: data.suggestions.length,
    },
  };
}

export function formatStaffReportText(report: StaffReport): string {
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', text, '-'.repeat(text.length));
  lines.push(`Rapport om medborgarlöftesboten, ${report.generatedAt.slice(0, 10)}`);
  lines.push(`Kunskapsbasen: ${report.entries} poster, ${report.followups} uppföljningar (version ${report.version}).`);

  heading('Översättningar');
  for (const c of report.coverage) {
    lines.push(`${LANG_NAMES[c.lang]}: svar i ${c.answered} av ${report.entries} poster, ${c.questions} exempelfrågor, sökord i ${c.withKeywords} poster.`);
  }
  lines.push(`Samiska texter granskade av en modersmålstalare: ${report.sami.reviewedEntries} av ${report.entries} poster. Utkast: ${report.sami.draftEntries} poster och ${report.sami.draftFollowups} uppföljningar.`);
  for (const { file, ids } of report.sami.draftsByFile) lines.push(`  ${file}: ${ids.length} utkast (${ids.join(', ')})`);

  heading('Åtaganden utan uppföljning de senaste 12 månaderna');
  if (report.staleCommitments.length === 0) lines.push('Alla åtaganden har en uppföljning från det senaste året.');
  for (const c of report.staleCommitments) lines.push(`- ${c.label} (${c.id}): ${c.latest ? `senaste ${c.latest}` : 'ingen uppföljning inlagd'}`);

  heading('Frågor som boten inte kunde svara på');
  lines.push(`${report.totals.unanswered} olika frågor, ställda ${report.totals.unansweredAsked} gånger. De vanligaste:`);
  if (report.topUnanswered.length === 0) lines.push('(inga)');
  for (const q of report.topUnanswered) lines.push(`${String(q.count).padStart(4)} × [${q.lang}] ${q.text}  (senast ${q.lastSeen})`);

  heading('Var svaret till hjälp? (👍/👎 per post)');
  if (report.feedback.length === 0) lines.push('(inga svar än)');
  for (const f of report.feedback) lines.push(`${f.label} (${f.id}): 👍 ${f.up}  👎 ${f.down}`);

  heading('Synpunkter (nyast först)');
  if (report.suggestions.length === 0) lines.push('(inga)');
  for (const s of report.suggestions) lines.push(`${s.date} [${s.lang}] ${s.text}`);

  lines.push('', 'Texterna är avidentifierade: telefonnummer, e-post, personnummer och webbadresser är borttagna ([borttaget]).');
  return lines.join('\n');
}

const escapeHtml = (text: string | number): string =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function table(caption: string, headers: string[], rows: Array<Array<string | number>>, empty: string): string {
  if (rows.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A self-contained page (no scripts, no external files), readable with a screen reader and when printed. */
export function formatStaffReportHtml(report: StaffReport): string {
  const date = report.generatedAt.slice(0, 10);
  const sections = [
    `<h2 id="oversattningar">Översättningar</h2>`,
    table(
      'Svar, exempelfrågor och sökord per språk',
      ['Språk', 'Poster med svar', 'Exempelfrågor', 'Poster med sökord'],
      report.coverage.map((c) => [LANG_NAMES[c.lang], `${c.answered} av ${report.entries}`, c.questions, c.withKeywords]),
      '',
    ),
    `<p>Samiska texter granskade av en modersmålstalare: <strong>${report.sami.reviewedEntries} av ${report.entries}</strong> poster. ` +
      `Utkast som väntar på granskning: ${report.sami.draftEntries} poster och ${report.sami.draftFollowups} uppföljningar.</p>`,
    table('Samiska utkast per fil', ['Fil', 'Antal utkast', 'Poster'], report.sami.draftsByFile.map((f) => [f.file, f.ids.length, f.ids.join(', ')]), 'Inga samiska utkast.'),
    `<h2 id="uppfoljning">Åtaganden utan uppföljning de senaste 12 månaderna</h2>`,
    table(
      'Åtaganden som saknar en uppföljning från det senaste året',
      ['Åtagande', 'Id', 'Senaste uppföljning'],
      report.staleCommitments.map((c) => [c.label, c.id, c.latest ?? 'ingen inlagd']),
      'Alla åtaganden har en uppföljning från det senaste året.',
    ),
    `<h2 id="obesvarade">Frågor som boten inte kunde svara på</h2>`,
    `<p>${report.totals.unanswered} olika frågor, ställda ${report.totals.unansweredAsked} gånger. Här är de vanligaste.</p>`,
    table('De vanligaste obesvarade frågorna', ['Antal', 'Fråga', 'Språk', 'Senast'], report.topUnanswered.map((q) => [q.count, q.text, LANG_NAMES[q.lang], q.lastSeen]), 'Inga obesvarade frågor.'),
    `<h2 id="omdomen">Var svaret till hjälp?</h2>`,
    table('Tummen upp och tummen ned per post', ['Post', 'Id', 'Ja (👍)', 'Nej (👎)'], report.feedback.map((f) => [f.label, f.id, f.up, f.down]), 'Inga svar än.'),
    `<h2 id="synpunkter">Synpunkter</h2>`,
    table('Synpunkter, nyast först', ['Datum', 'Språk', 'Synpunkt'], report.suggestions.map((s) => [s.date, LANG_NAMES[s.lang], s.text]), 'Inga synpunkter.'),
  ];
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport om medborgarlöftesboten ${escapeHtml(date)}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #595959; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
a { color: #0645ad; }
a:focus, a:hover { outline: 3px solid #1a1a1a; }
</style>
</head>
<body>
<header>
<h1>Rapport om medborgarlöftesboten</h1>
<p>Skapad ${escapeHtml(date)}. Kunskapsbasen har ${report.entries} poster och ${report.followups} uppföljningar (version ${escapeHtml(report.version)}).</p>
<nav aria-label="Innehåll"><ul>
<li><a href="#oversattningar">Översättningar</a></li>
<li><a href="#uppfoljning">Åtaganden utan uppföljning</a></li>
<li><a href="#obesvarade">Obesvarade frågor</a></li>
<li><a href="#omdomen">Var svaret till hjälp?</a></li>
<li><a href="#synpunkter">Synpunkter</a></li>
</ul></nav>
</header>
<main>
${sections.join('\n')}
</main>
<footer><p>Texterna är avidentifierade: telefonnummer, e-post, personnummer och webbadresser är borttagna ([borttaget]). Inget i rapporten visar vem som skrev.</p></footer>
</body>
</html>
`;
}
