/**
 * SCORM 2004 4th Edition in course vocabulary. Policy (README): completion_status "incomplete"
 * until the course is completed; success_status passed/failed after each attempt; score.scaled
 * with 2 decimals; exit stays "suspend" even when completed, so a relaunch never opens a fresh,
 * empty attempt (scorm.md §4.6) that could overwrite an audited completion.
 */
import { correctResponse } from '../content/answers.js';
import {
  decimal,
  score,
  description,
  duration2004,
  interactionType,
  responsePattern,
  timestamp2004,
} from './cmi-format.js';
import { CmiSession } from './cmi-session.js';
import type { AnswerRecord, LmsStandard, ProgressReport, ResultReport } from './lms-adapter.js';
import { driver2004, type Scorm2004Api } from './scorm-api.js';
import { ScormAdapter, type LaunchElements } from './scorm-adapter.js';

/** The assessment objective; its description carries the content version for LMS reports. */
export const ASSESSMENT_OBJECTIVE = 'assessment';

export class Scorm2004Adapter extends ScormAdapter {
  readonly standard = 'scorm2004';
  protected readonly elements: LaunchElements = {
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    entry: 'cmi.entry',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    mode: 'cmi.mode',
    totalTime: 'cmi.total_time',
  };
  #completionSettled = false;
  #successSettled = false;

  protected afterLaunch(): void {
    const completion = this.session.get('cmi.completion_status');
    this.#completionSettled = completion === 'completed';
    this.#successSettled = this.session.get('cmi.success_status') === 'passed';
    if (completion === 'not attempted' || completion === 'unknown' || completion === '') {
      this.session.set('cmi.completion_status', 'incomplete');
    }
    this.session.set('cmi.exit', 'suspend');
  }

  protected readInteractionIds(count: number): string[] {
    return Array.from({ length: count }, (_, n) => this.session.get(`cmi.interactions.${n}.id`));
  }

  protected writeProgress(report: ProgressReport): void {
    const done = report.completed || this.#completionSettled;
    this.session.set('cmi.progress_measure', done ? '1' : decimal(Math.min(report.progressMeasure, 0.99)));
    this.session.set('cmi.completion_status', done ? 'completed' : 'incomplete');
    if (report.completed) this.#completionSettled = true;
  }

  protected writeLessonObjective(n: number, lesson: ProgressReport['lessons'][number]): void {
    const p = `cmi.objectives.${n}`;
    this.session.set(`${p}.description`, description(lesson.title));
    // Completion only: a practice score would read as a failing mark in LMS reports.
    this.session.set(`${p}.completion_status`, lesson.completed ? 'completed' : 'incomplete');
  }

  protected writeAnswer(n: number, id: string, answer: AnswerRecord): void {
    const { question } = answer;
    const p = `cmi.interactions.${n}`;
    this.session.set(`${p}.id`, id);
    this.session.set(`${p}.type`, interactionType(question));
    this.session.set(`${p}.description`, description(question.prompt));
    this.session.set(`${p}.timestamp`, timestamp2004(answer.at));
    this.session.set(`${p}.weighting`, '1');
    this.session.set(
      `${p}.correct_responses.0.pattern`,
      responsePattern('2004', question, correctResponse(question)),
    );
    this.session.set(`${p}.learner_response`, responsePattern('2004', question, answer.response));
    this.session.set(`${p}.result`, answer.correct ? 'correct' : 'incorrect');
    this.session.set(`${p}.latency`, duration2004(answer.latencyMs));
  }

  protected writeResult(result: ResultReport): void {
    const scaled = score(result.scaled);
    const raw = score(result.scaled, 100);
    const success = result.passed ? 'passed' : 'failed';
    // The latest result, and one objective per attempt that keeps its own score for auditors.
    const attempt = `${ASSESSMENT_OBJECTIVE}_a${result.attempt}`;
    const objectives: Array<[string, string]> = [
      [ASSESSMENT_OBJECTIVE, `Final assessment, content version ${result.contentVersion}`],
      [attempt, `Final assessment, attempt ${result.attempt}, content version ${result.contentVersion}`],
    ];
    for (const [id, text] of this.mayRecordAttempt(attempt) ? objectives : objectives.slice(0, 1)) {
      const p = `cmi.objectives.${this.objective(id)}`;
      this.session.set(`${p}.description`, description(text));
      // Score before status (Cornerstone).
      this.session.set(`${p}.score.scaled`, scaled);
      this.session.set(`${p}.score.raw`, raw);
      this.session.set(`${p}.score.min`, '0');
      this.session.set(`${p}.score.max`, '100');
      this.session.set(`${p}.success_status`, success);
      this.session.set(`${p}.completion_status`, 'completed');
    }
    this.session.set('cmi.score.scaled', scaled);
    this.session.set('cmi.score.raw', raw);
    this.session.set('cmi.score.min', '0');
    this.session.set('cmi.score.max', '100');
    if (!this.#successSettled || result.passed) this.session.set('cmi.success_status', success);
    if (result.passed) this.#successSettled = true;
  }

  protected writeExit(sessionMs: number): void {
    this.session.set('cmi.session_time', duration2004(sessionMs));
    // Suspend even when completed: "normal" would make the next launch a fresh, empty attempt
    // (empty suspend_data, statuses reset). suspendAll lets the LMS reclaim the frame or popup.
    this.session.set('cmi.exit', 'suspend');
    this.session.set('adl.nav.request', 'suspendAll');
  }
}

/** The SCORM 2004 binding: looks only for `API_1484_11`. */
export const scorm2004: LmsStandard = {
  name: 'scorm2004',
  apiName: 'API_1484_11',
  createAdapter: (api, course, options) =>
    new Scorm2004Adapter(new CmiSession(driver2004(api as Scorm2004Api), options.clock), course, options),
};
