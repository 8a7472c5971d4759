/**
 * A course-level decision: start, continue, start again, begin an assessment attempt; ask to exit
 * (`requestExit`, the header's Exit), then confirm (`exit`) or change their mind (`stay`).
 */
export type PirCourseAction =
  'start' | 'resume' | 'restart' | 'startAssessment' | 'requestExit' | 'exit' | 'stay';

/** The learner chose a course-level action (welcome, assessment intro, results, header, exit dialog). */
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
