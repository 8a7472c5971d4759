/**
 * SCORM 1.2 in course vocabulary. Policy (README): lesson_status stays "incomplete" while attempts
 * remain, even after a failed attempt, because some LMSs lock learners out after "failed"; it
 * becomes "failed" only when no attempts remain and "passed" on a pass. Scores are 0–100.
 */
import { interactionType, responsePattern, score, time12, timespan12 } from './cmi-format.js';
import { correctResponse } from '../content/answers.js';
import { CmiSession } from './cmi-session.js';
import type { AnswerRecord, LmsStandard, ProgressReport, ResultReport } from './lms-adapter.js';
import { driver12, type Scorm12Api } from './scorm-api.js';
import { ScormAdapter, type LaunchElements } from './scorm-adapter.js';

/** The content version in 1.2 reports: the assessment objective's id, which LMS reports list. */
export const assessmentObjective12 = (version: string): string =>
  `assessment_v${version.replace(/\W/g, '_')}`;

const FINAL_STATUSES = ['passed', 'completed', 'failed'];

export class Scorm12Adapter extends ScormAdapter {
  readonly standard = 'scorm12';
  protected readonly elements: LaunchElements = {
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    mode: 'cmi.core.lesson_mode',
    totalTime: 'cmi.core.total_time',
  };
  /** A status the LMS already holds that the course must never downgrade. */
  #settled = false;

  protected afterLaunch(): void {
    const status = this.session.get('cmi.core.lesson_status');
    this.#settled = FINAL_STATUSES.includes(status);
    // First launch: "incomplete" at once. Suspend at every launch, so a crash stays resumable.
    if (status === 'not attempted' || status === '') this.session.set('cmi.core.lesson_status', 'incomplete');
    this.session.set('cmi.core.exit', 'suspend');
  }

  protected readInteractionIds(): undefined {
    return undefined; // write-only in 1.2
  }

  protected writeProgress(): void {
    // lesson_status follows results only (see writeResult); 1.2 has no progress measure.
  }

  protected writeLessonObjective(n: number, lesson: ProgressReport['lessons'][number]): void {
    // Completion only: a practice score would read as a failing mark in LMS reports.
    this.session.set(`cmi.objectives.${n}.status`, lesson.completed ? 'completed' : 'incomplete');
  }

  protected writeAnswer(n: number, id: string, answer: AnswerRecord): void {
    const { question } = answer;
    const p = `cmi.interactions.${n}`;
    this.session.set(`${p}.id`, id);
    this.session.set(`${p}.type`, interactionType(question));
    this.session.set(`${p}.time`, time12(answer.at));
    this.session.set(`${p}.weighting`, '1');
    this.session.set(
      `${p}.correct_responses.0.pattern`,
      responsePattern('1.2', question, correctResponse(question)),
    );
    this.session.set(`${p}.student_response`, responsePattern('1.2', question, answer.response));
    this.session.set(`${p}.result`, answer.correct ? 'correct' : 'wrong');
    this.session.set(`${p}.latency`, timespan12(answer.latencyMs));
  }

  protected writeResult(result: ResultReport): void {
    const raw = score(result.scaled, 100);
    // Score before status (Cornerstone).
    this.session.set('cmi.core.score.raw', raw);
    this.session.set('cmi.core.score.min', '0');
    this.session.set('cmi.core.score.max', '100');
    // The latest result, and one objective per attempt that keeps its own score for auditors.
    const objective = assessmentObjective12(result.contentVersion);
    const attempt = `${objective}_a${result.attempt}`;
    for (const id of this.mayRecordAttempt(attempt) ? [objective, attempt] : [objective]) {
      const n = this.objective(id);
      this.session.set(`cmi.objectives.${n}.score.raw`, raw);
      this.session.set(`cmi.objectives.${n}.score.min`, '0');
      this.session.set(`cmi.objectives.${n}.score.max`, '100');
      this.session.set(`cmi.objectives.${n}.status`, result.passed ? 'passed' : 'failed');
    }
    const status = result.passed ? 'passed' : result.final ? 'failed' : 'incomplete';
    if (!this.#settled || status === 'passed') this.session.set('cmi.core.lesson_status', status);
    if (status !== 'incomplete') this.#settled = true;
  }

  protected writeExit(sessionMs: number): void {
    this.session.set('cmi.core.session_time', timespan12(sessionMs));
    // Suspend even when completed, as in 2004: after a normal exit some LMSs (SCORM Cloud, this
    // project's preview) start the next launch as a fresh, empty attempt, so a learner who comes
    // back for the record of completion would find an empty course.
    this.session.set('cmi.core.exit', 'suspend');
  }
}

/** The SCORM 1.2 binding: looks only for `API`. */
export const scorm12: LmsStandard = {
  name: 'scorm12',
  apiName: 'API',
  createAdapter: (api, course, options) =>
    new Scorm12Adapter(new CmiSession(driver12(api as Scorm12Api), options.clock), course, options),
};
