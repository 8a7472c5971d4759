/** The records educators and auditors read: an HTML view and a CSV export of the same rows. */
import { formatSeconds, interactions, outcome, type InteractionRecord } from './cmi.js';
import { toCsv } from './csv.js';
import type { AttemptRecord } from './store.js';

/** An attempt with its outcome and interactions, ready to show. */
export interface AttemptReport {
  attempt: AttemptRecord;
  status: string;
  success: string;
  scorePercent: string;
  assessmentAttempts: string;
  totalTime: string;
  lastSessionTime: string;
  interactions: InteractionRecord[];
}

/** Builds the reports for every attempt; `questionText` maps an interaction id to its question. */
export function buildReports(
  attempts: readonly AttemptRecord[],
  questionText: (id: string) => string,
): AttemptReport[] {
  return attempts.map((attempt) => ({
    attempt,
    ...outcome(attempt.cmi, attempt.standard),
    totalTime: formatSeconds(attempt.totalSeconds, attempt.standard),
    lastSessionTime: formatSeconds(attempt.lastSessionSeconds, attempt.standard),
    interactions: interactions(attempt.cmi, attempt.standard, questionText),
  }));
}

const STANDARD_NAMES = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th Ed.' } as const;

/** CSV columns: one row per interaction, the attempt repeated; an attempt without any gets one row. */
export const CSV_HEADER = [
  'learner_id',
  'learner_name',
  'standard',
  'attempt',
  'attempt_state',
  'status',
  'success',
  'score_percent',
  'assessment_attempts',
  'total_time',
  'total_seconds',
  'last_session_time',
  'first_access',
  'last_access',
  'content_version',
  'interaction_index',
  'interaction_id',
  'question',
  'interaction_type',
  'learner_response',
  'correct_response',
  'result',
  'interaction_time',
  'latency',
] as const;

/** The CSV export. */
export function reportsCsv(reports: readonly AttemptReport[]): string {
  const rows = reports.flatMap((r) => {
    const a = r.attempt;
    const attemptColumns = [
      a.learnerId,
      a.learnerName,
      a.standard,
      a.number,
      a.state,
      r.status,
      r.success,
      r.scorePercent,
      r.assessmentAttempts,
      r.totalTime,
      Math.round(a.totalSeconds * 100) / 100,
      r.lastSessionTime,
      a.firstAccess,
      a.lastAccess,
      a.contentVersions,
    ];
    if (r.interactions.length === 0) return [[...attemptColumns, '', '', '', '', '', '', '', '', '']];
    return r.interactions.map((i) => [
      ...attemptColumns,
      i.index,
      i.id,
      i.question,
      i.type,
      i.response,
      i.correctResponse,
      i.result,
      i.time,
      i.latency,
    ]);
  });
  return toCsv(CSV_HEADER, rows);
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function interactionTable(list: readonly InteractionRecord[]): string {
  if (list.length === 0) return '<p>No interactions recorded.</p>';
  const rows = list
    .map(
      (i) =>
        `<tr><td>${i.index}</td><td><code>${escapeHtml(i.id)}</code></td><td>${escapeHtml(i.question)}</td><td>${escapeHtml(i.type)}</td><td><code>${escapeHtml(i.response)}</code></td><td><code>${escapeHtml(i.correctResponse)}</code></td><td>${escapeHtml(i.result)}</td><td>${escapeHtml(i.time)}</td></tr>`,
    )
    .join('\n');
  return `<table class="interactions"><caption>Interactions</caption><thead><tr><th scope="col">#</th><th scope="col">Id</th><th scope="col">Question</th><th scope="col">Type</th><th scope="col">Response</th><th scope="col">Correct response</th><th scope="col">Result</th><th scope="col">Time</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** The records page. */
export function reportsHtml(reports: readonly AttemptReport[], courseTitle: string): string {
  const sections = reports
    .map((r) => {
      const a = r.attempt;
      const facts: Array<[string, string | number]> = [
        ['Attempt state', a.state],
        ['Status', r.status],
        ['Success', r.success],
        ['Score', r.scorePercent === '' ? '—' : `${r.scorePercent}%`],
        ['Assessment attempts', r.assessmentAttempts || '—'],
        ['Total time', r.totalTime],
        ['Last session time', r.lastSessionTime],
        ['First access', a.firstAccess],
        ['Last access', a.lastAccess],
        ['Content version', a.contentVersions],
        ['Sessions / commits', `${a.sessions} / ${a.commits}`],
      ];
      return `<section class="attempt" data-attempt="${a.id}" data-learner="${escapeHtml(a.learnerId)}" data-standard="${a.standard}">
<h2>${escapeHtml(a.learnerName)} <small>(${escapeHtml(a.learnerId)})</small> — ${STANDARD_NAMES[a.standard]}, attempt ${a.number}</h2>
<dl>${facts.map(([k, v]) => `<div><dt>${k}</dt><dd data-field="${escapeHtml(k)}">${escapeHtml(v)}</dd></div>`).join('')}</dl>
${a.state === 'open' ? `<form method="post" action="/records/attempts/${a.id}/reset"><button type="submit">Reset this attempt</button></form>` : ''}
${interactionTable(r.interactions)}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Records — ${escapeHtml(courseTitle)}</title>
<link rel="stylesheet" href="/preview.css">
</head>
<body>
<header><h1>Records: ${escapeHtml(courseTitle)}</h1>
<nav><a href="/">Back to the preview</a> · <a href="/records.csv" download>Export as CSV</a></nav></header>
<main>
${sections || '<p>No attempts yet. Launch the course from the preview page.</p>'}
</main>
</body>
</html>
`;
}
