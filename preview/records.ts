/**
 * The records educators and auditors read: an HTML view and a CSV export of the same rows. Values
 * are shown in words (option text, "5 min 58 s", "incorrect"), with the raw CMI kept beside them.
 */
import { readableDuration, type CourseQuestions } from './answers.js';
import { ELEMENTS, formatSeconds, interactions, outcome, read, type InteractionRecord } from './cmi.js';
import { toCsv } from './csv.js';
import type { AttemptRecord } from './store.js';

/** An attempt with its outcome and interactions, ready to show. */
export interface AttemptReport {
  attempt: AttemptRecord;
  status: string;
  success: string;
  scorePercent: string;
  assessmentAttempts: string;
  /** What the attempt state means for this attempt (e.g. open because the course suspended it). */
  stateNote: string;
  totalTime: string;
  totalTimeCmi: string;
  lastSessionTime: string;
  lastSessionTimeCmi: string;
  interactions: InteractionRecord[];
}

/** The course as the records name it. */
export interface CourseLabel {
  id: string;
  title: string;
  version: string;
}

/** Why an attempt is open, ended or reset, in a sentence an auditor can act on. */
export function stateNote(attempt: AttemptRecord, status: string): string {
  const exit = read(attempt.cmi, ELEMENTS[attempt.standard].exit);
  const finished = ['completed', 'passed', 'failed'].includes(status);
  switch (attempt.state) {
    case 'ended':
      return 'Ended: the course exited normally, so the next launch starts a new attempt.';
    case 'reset':
      return 'Reset in the preview: kept as recorded; the next launch started a new attempt.';
    case 'open':
      if (exit === 'suspend' && finished)
        return `Open because the course suspended it (exit "suspend"): the learner can come back to it. The status "${status}" is already recorded and stands.`;
      if (exit === 'suspend')
        return 'Open because the course suspended it (exit "suspend"): the next launch resumes it.';
      return 'Open: the learner has not exited yet, or left without the course ending the attempt.';
  }
}

/** Builds the reports for every attempt, read against the course's questions. */
export function buildReports(attempts: readonly AttemptRecord[], course: CourseQuestions): AttemptReport[] {
  return attempts.map((attempt) => {
    const result = outcome(attempt.cmi, attempt.standard);
    return {
      attempt,
      ...result,
      stateNote: stateNote(attempt, result.status),
      totalTime: readableDuration(attempt.totalSeconds),
      totalTimeCmi: formatSeconds(attempt.totalSeconds, attempt.standard),
      lastSessionTime: readableDuration(attempt.lastSessionSeconds),
      lastSessionTimeCmi: formatSeconds(attempt.lastSessionSeconds, attempt.standard),
      interactions: interactions(attempt.cmi, attempt.standard, course),
    };
  });
}

const STANDARD_NAMES = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th Ed.' } as const;

/** CSV columns: one row per interaction, the attempt repeated; an attempt without any gets one row. */
export const CSV_HEADER = [
  'learner_id',
  'learner_name',
  'standard',
  'attempt',
  'attempt_state',
  'attempt_state_note',
  'status',
  'success',
  'score_percent',
  'assessment_attempts',
  'completed_at',
  'passed_at',
  'total_time',
  'total_time_cmi',
  'total_seconds',
  'last_session_time',
  'last_session_time_cmi',
  'first_access',
  'last_access',
  'content_version',
  'interaction_index',
  'interaction_id',
  'kind',
  'assessment_attempt',
  'question_id',
  'question',
  'interaction_type',
  'learner_response',
  'learner_response_cmi',
  'correct_response',
  'correct_response_cmi',
  'result',
  'result_cmi',
  'interaction_time',
  'latency',
  'latency_cmi',
] as const;

/** The CSV export (cells that a spreadsheet would run as formulas are neutralised by csv.ts). */
export function reportsCsv(reports: readonly AttemptReport[]): string {
  const rows = reports.flatMap((r) => {
    const a = r.attempt;
    const attemptColumns: Array<string | number> = [
      a.learnerId,
      a.learnerName,
      a.standard,
      a.number,
      a.state,
      r.stateNote,
      r.status,
      r.success,
      r.scorePercent,
      r.assessmentAttempts,
      a.completedAt,
      a.passedAt,
      r.totalTime,
      r.totalTimeCmi,
      Math.round(a.totalSeconds * 100) / 100,
      r.lastSessionTime,
      r.lastSessionTimeCmi,
      a.firstAccess,
      a.lastAccess,
      a.contentVersions,
    ];
    const blank = CSV_HEADER.length - attemptColumns.length;
    if (r.interactions.length === 0) return [[...attemptColumns, ...Array<string>(blank).fill('')]];
    return r.interactions.map((i) => [
      ...attemptColumns,
      i.index,
      i.id,
      i.kind,
      i.assessmentAttempt,
      i.questionId,
      i.question,
      i.type,
      i.response,
      i.responseCmi,
      i.correctResponse,
      i.correctResponseCmi,
      i.result,
      i.resultCmi,
      i.time,
      i.latency,
      i.latencyCmi,
    ]);
  });
  return toCsv(CSV_HEADER, rows);
}

/** "parent_infant_relationships-1.0.0-records-2026-11-30.csv": which course, which version, when. */
export function csvFileName(course: CourseLabel, now: Date): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 64) || 'course';
  return `${safe(course.id)}-${safe(course.version)}-records-${now.toISOString().slice(0, 10)}.csv`;
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

/** Answer parts in words (a list when there are several) with the raw CMI under them. */
function worded(parts: readonly string[], raw: string): string {
  const cmi = raw === '' ? '' : `<span class="raw">CMI <code>${escapeHtml(raw)}</code></span>`;
  if (parts.length === 0) return cmi || '—';
  // An order's parts already carry their place ("1. …"), so its list shows no bullets.
  const numbered = parts.every((p) => /^\d+\. /.test(p));
  const words =
    parts.length === 1
      ? `<span class="words">${escapeHtml(parts[0] ?? '')}</span>`
      : `<ul class="words${numbered ? ' numbered' : ''}">${parts.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
  return `${words}${cmi}`;
}

/**
 * An interaction's time as people read it: a 2004 timestamp "2026-01-05 09:00:10 UTC" (or with its
 * offset); a 1.2 time of day "09:00:10 (learner's clock)", since 1.2 records no date or zone.
 */
function interactionTime(raw: string): string {
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(raw);
  if (iso) return `${iso[1]} ${iso[2]}${iso[3] === 'Z' ? ' UTC' : iso[3] ? ` ${iso[3]}` : ''}`;
  if (/^\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(raw)) return `${raw} (learner’s clock)`;
  return raw;
}

/** "2026-01-05 09:00:10 UTC" from an ISO timestamp the server wrote. */
function when(iso: string): string {
  return iso === '' ? '—' : `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

function interactionTable(list: readonly InteractionRecord[]): string {
  if (list.length === 0) return '<p>No interactions recorded.</p>';
  const checks = list.filter((i) => i.kind === 'Practice check').length;
  const assessed = list.filter((i) => i.kind.startsWith('Assessment')).length;
  const cell = (field: string, label: string, html: string) =>
    `<td role="cell" data-field="${field}" data-label="${label}">${html}</td>`;
  const rows = list
    .map((i) =>
      [
        `<tr role="row" data-id="${escapeHtml(i.id)}">`,
        cell('index', '#', String(i.index)),
        cell('kind', 'Kind', escapeHtml(i.kind || 'Not in this course version')),
        cell(
          'question',
          'Question',
          `<span class="question-text">${escapeHtml(i.question || '—')}</span><span class="raw">Id <code>${escapeHtml(i.id)}</code> · ${escapeHtml(i.type)}</span>`,
        ),
        cell('response', 'Learner’s answer', worded(i.responseParts, i.responseCmi)),
        cell(
          'correct',
          'Correct answer',
          worded(
            i.correctParts.length === 1 ? (i.correctParts[0] ?? []) : i.correctParts.map((p) => p.join('; ')),
            i.correctResponseCmi,
          ),
        ),
        cell(
          'result',
          'Result',
          `<span class="result result-${escapeHtml(i.result.replace(/\W+/g, '-'))}">${escapeHtml(i.result || '—')}</span>${i.resultCmi !== i.result ? `<span class="raw">CMI <code>${escapeHtml(i.resultCmi)}</code></span>` : ''}`,
        ),
        cell(
          'time',
          'Time',
          `${escapeHtml(interactionTime(i.time) || '—')}${i.time.includes('T') && interactionTime(i.time) !== i.time ? `<span class="raw">CMI <code>${escapeHtml(i.time)}</code></span>` : ''}${i.latencyCmi ? `<span class="raw">took ${escapeHtml(i.latency)} (<code>${escapeHtml(i.latencyCmi)}</code>)</span>` : ''}`,
        ),
        '</tr>',
      ].join(''),
    )
    .join('\n');
  const heads = ['#', 'Kind', 'Question', 'Learner’s answer', 'Correct answer', 'Result', 'Time']
    .map((h) => `<th scope="col" role="columnheader">${h}</th>`)
    .join('');
  // Explicit roles: the narrow-screen card layout changes display, which can drop table semantics.
  return `<table class="interactions" role="table"><caption>Answers: ${list.length} (${checks} practice check${checks === 1 ? '' : 's'}, ${assessed} assessment)</caption>
<colgroup><col class="c-index"><col class="c-kind"><col class="c-question"><col class="c-answer"><col class="c-answer"><col class="c-result"><col class="c-time"></colgroup>
<thead role="rowgroup"><tr role="row">${heads}</tr></thead><tbody role="rowgroup">\n${rows}\n</tbody></table>`;
}

/** How to read the page; collapsed, so it never pushes the records down. */
const GUIDE = `<details class="guide"><summary>How to read these records</summary>
<ul>
<li><strong>Kind</strong>: a practice check (a knowledge check in a lesson; not scored) or an assessment question, with the assessment attempt it belongs to. It is read from the interaction id: <code>&lt;question&gt;_k</code> is a check, <code>&lt;question&gt;_a2</code> is assessment attempt 2 (a number after it is the slot, when the id was taken).</li>
<li><strong>Answers</strong> are shown in the options’ own words from this build of the course, with the value the LMS stored (<strong>CMI</strong>) under them. SCORM 1.2 stores letters for options (a = the first option), SCORM 2004 the option ids.</li>
<li><strong>Times</strong> are in words (“5 min 58 s”) and as the standard writes them (1.2 <code>0000:05:58.00</code>, 2004 <code>PT5M58S</code>). Results use one vocabulary: SCORM 1.2 “wrong” is shown as “incorrect”.</li>
<li><strong>Completed at / Passed at</strong>: when the LMS first received that status, by this server’s clock (UTC).</li>
<li><strong>Open</strong> with a completed or passed status means the course suspended the attempt so the learner can return to it: the status is recorded and stands.</li>
</ul></details>`;

/** The records page. */
export function reportsHtml(reports: readonly AttemptReport[], course: CourseLabel, csvName: string): string {
  const sections = reports
    .map((r) => {
      const a = r.attempt;
      const facts: Array<[string, string | number]> = [
        ['Attempt state', a.state],
        ['Status', r.status],
        ['Success', r.success],
        ['Score', r.scorePercent === '' ? '—' : `${r.scorePercent}%`],
        ['Assessment attempts', r.assessmentAttempts || '—'],
        ['Completed at', when(a.completedAt)],
        ['Passed at', when(a.passedAt)],
        ['Total time', r.totalTime],
        ['Total time (CMI)', r.totalTimeCmi],
        ['Last session time', r.lastSessionTime],
        ['First access', when(a.firstAccess)],
        ['Last access', when(a.lastAccess)],
        ['Content version', a.contentVersions],
        ['Sessions / commits', `${a.sessions} / ${a.commits}`],
      ];
      return `<section class="attempt" data-attempt="${a.id}" data-learner="${escapeHtml(a.learnerId)}" data-standard="${a.standard}" aria-labelledby="attempt-${a.id}">
<h2 id="attempt-${a.id}">${escapeHtml(a.learnerName)} <small>(${escapeHtml(a.learnerId)})</small> — ${STANDARD_NAMES[a.standard]}, attempt ${a.number}</h2>
<dl>${facts.map(([k, v]) => `<div><dt>${k}</dt><dd data-field="${escapeHtml(k)}">${escapeHtml(v)}</dd></div>`).join('')}</dl>
<p class="state-note" data-field="state-note">${escapeHtml(r.stateNote)}</p>
${interactionTable(r.interactions)}
</section>`;
    })
    .join('\n');
  const open = reports.filter((r) => r.attempt.state === 'open');
  const controls = open.length
    ? `<section class="controls" aria-labelledby="controls-heading">
<h2 id="controls-heading">Preview controls (not part of the records)</h2>
<p>Resetting marks an open attempt “reset”. Its records stay as they are; the learner’s next launch starts a new attempt.</p>
<ul>${open
        .map(
          (r) =>
            `<li><form method="post" action="/records/attempts/${r.attempt.id}/reset"><span>${escapeHtml(r.attempt.learnerName)}, ${STANDARD_NAMES[r.attempt.standard]}, attempt ${r.attempt.number}</span> <button type="submit">Reset this attempt</button></form></li>`,
        )
        .join('')}</ul>
</section>`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Records — ${escapeHtml(course.title)}</title>
<link rel="stylesheet" href="/preview.css">
</head>
<body class="records">
<header><h1>Records: ${escapeHtml(course.title)} <small>${escapeHtml(course.version)}</small></h1>
<nav><a href="/">Back to the preview</a> · <a href="/records.csv" download="${escapeHtml(csvName)}">Export as CSV</a></nav></header>
<main>
${GUIDE}
${sections || '<p>No attempts yet. Launch the course from the preview page.</p>'}
${controls}
</main>
</body>
</html>
`;
}
