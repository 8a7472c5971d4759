/** A course-level decision: start, continue, start again, begin an assessment attempt, or exit. */
export type PirCourseAction = 'start' | 'resume' | 'restart' | 'startAssessment' | 'exit';

/** The learner chose a course-level action on a screen (welcome, assessment intro, results). */
export class PirCourseActionEvent extends Event {
  static readonly eventName = 'pir-course-action';
  readonly action: PirCourseAction;

  constructor(action: PirCourseAction) {
    // Composed so the shell hears it from inside any screen's shadow root.
    super(PirCourseActionEvent.eventName, { bubbles: true, composed: true });
    this.action = action;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pir-course-action': PirCourseActionEvent;
  }
}
