/** A link target for a lesson, resolved by the shell to a page the learner may open. */
export interface PirLessonLink {
  /** 0-based lesson index and the page to open in it. */
  lesson: number;
  page: number;
  title: string;
  /** False when the learner cannot open the lesson yet (shown as text, not a link). */
  available: boolean;
}
