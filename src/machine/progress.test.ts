import { expect } from '@open-wc/testing';
import { miniCourse } from './fixtures/mini-course.js';
import { emptyProgress, lessonEntryPage, type Progress } from './progress.js';

const course = miniCourse;
const seen = (...visited: string[]): Progress => ({ ...emptyProgress(), visited });

describe('progress: where a lesson link leads', () => {
  it('opens the first page of the first lesson, and nothing further, for a new learner', () => {
    expect(lessonEntryPage(course, seen(), 0)).to.equal(0);
    expect(lessonEntryPage(course, seen(), 1)).to.equal(undefined);
  });

  it('opens the next unseen page of a lesson in progress', () => {
    expect(lessonEntryPage(course, seen('one_a'), 0)).to.equal(1);
    expect(lessonEntryPage(course, seen('one_a', 'one_b'), 1)).to.equal(0);
  });

  it('opens the first page of a lesson already read', () => {
    expect(lessonEntryPage(course, seen('one_a', 'one_b', 'two_a'), 0)).to.equal(0);
  });

  it('leads to nothing for a lesson that does not exist', () => {
    expect(lessonEntryPage(course, seen(), 9)).to.equal(undefined);
  });
});
