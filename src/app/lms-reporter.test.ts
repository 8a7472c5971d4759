/**
 * Full learner journeys: the real course machine and reporter against real scorm-again LMSs, for
 * both standards, with what an auditor would see in the LMS asserted exactly.
 */
import { expect } from '@open-wc/testing';
import { LmsHarness, MemoryStorage, type Version } from '../lms/test-lms-harness.js';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import { completeLessons, takeAttempt, tick, type CourseActor } from '../machine/machine-test-kit.js';
import { encodeProgress } from '../machine/progress-codec.js';
import { expectCleanConversation, launch } from './test-journey.js';

const drawn = (actor: CourseActor) => actor.getSnapshot().context.progress.attempt!.questionIds;

/** Exact patterns per question: [correct pattern, correct response, wrong response]. */
const PATTERNS: Record<Version, Record<string, [string, string, string]>> = {
  '1.2': {
    k_single: ['a', 'a', 'b'],
    k_truefalse: ['t', 't', 'f'],
    k_scenario: ['a,b', 'a,b', 'c,b'],
    a_single: ['a', 'a', 'b'],
    a_multiple: ['a,b', 'a,b', 'c,b'],
    a_truefalse: ['f', 'f', 't'],
    a_matching: ['a.a,b.b', 'a.a,b.b', 'a.b,b.a'],
    a_ordering: ['b,a,c', 'b,a,c', 'c,a,b'],
  },
  '2004': {
    k_single: ['a', 'a', 'b'],
    k_truefalse: ['true', 'true', 'false'],
    k_scenario: ['a[,]b', 'a[,]b', 'c[,]b'],
    a_single: ['a', 'a', 'b'],
    a_multiple: ['a[,]b', 'a[,]b', 'c[,]b'],
    a_truefalse: ['false', 'false', 'true'],
    a_matching: ['yawn[.]dis[,]smile[.]eng', 'yawn[.]dis[,]smile[.]eng', 'yawn[.]eng[,]smile[.]dis'],
    a_ordering: ['one[,]two[,]three', 'one[,]two[,]three', 'three[,]two[,]one'],
  },
};

const TYPES: Record<string, string> = {
  k_single: 'choice',
  k_truefalse: 'true-false',
  k_scenario: 'choice',
  a_single: 'choice',
  a_multiple: 'choice',
  a_truefalse: 'true-false',
  a_matching: 'matching',
  a_ordering: 'sequencing',
};

/** The interaction an auditor must see for one answer. */
function expectInteraction(
  version: Version,
  record: Record<string, unknown>,
  id: string,
  questionId: string,
  right: boolean,
): void {
  const [pattern, rightResponse, wrongResponse] = PATTERNS[version][questionId];
  const correct = record.correct_responses as Record<string, { pattern: string }>;
  expect(record.id).to.equal(id);
  expect(record.type).to.equal(TYPES[questionId]);
  expect(correct['0']?.pattern, `${id} correct pattern`).to.equal(pattern);
  expect(version === '1.2' ? record.student_response : record.learner_response, `${id} response`).to.equal(
    right ? rightResponse : wrongResponse,
  );
  expect(record.result).to.equal(right ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect');
  expect(record.weighting).to.equal('1');
  if (version === '1.2') {
    expect(record.latency).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(record.time).to.match(/^\d{2}:\d{2}:\d{2}$/);
  } else {
    expect(record.latency).to.match(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    expect(record.timestamp).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/);
    expect(record.description).to.be.a('string').and.not.equal('');
  }
}

const CHECKS = ['k_single', 'k_truefalse', 'k_scenario'];

/** Journey numbers for the report. */
/**
 * Deterministic budgets for each journey (counts and characters, never time): the mini course's
 * suspend_data stays far below SCORM 1.2's 4,096 characters, and the number of SetValue calls
 * stays bounded (measured at d96119d: 199 characters and 141 SetValue at most).
 */
function measure(name: string, h: LmsHarness): void {
  const longest = Math.max(
    0,
    ...h
      .setValues()
      .filter((c) => c.args[0] === 'cmi.suspend_data')
      .map((c) => c.args[1].length),
  );
  expect(longest, `${name}: longest suspend_data`).to.be.at.most(250);
  expect(h.count('set'), `${name}: SetValue calls`).to.be.at.most(160);
}

for (const version of ['1.2', '2004'] as const) {
  describe(`SCORM ${version} learner journeys`, () => {
    it('completes everything and passes: exact final record, one Initialize and one Terminate', async () => {
      const h = new LmsHarness(version);
      const l = await launch(version, h);
      expect(l.entry).to.equal('ab-initio');
      l.actor.send({ type: 'course.start', at: tick() });
      l.clock.advance(5000);
      completeLessons(l.actor, miniCourse);
      l.clock.advance(5000);
      takeAttempt(l.actor, miniCourse, [true, true, true]);
      const questions = drawn(l.actor);
      l.clock.advance(65_000);
      l.actor.send({ type: 'course.exit' });

      expectCleanConversation(h);
      measure(`SCORM ${version} full journey (pass first time)`, h);
      const f = h.flat();
      const interactions = h.interactions();
      const expectedIds = [...CHECKS.map((q) => `${q}_k`), ...questions.map((q) => `${q}_a1`)];
      expect(interactions.map((i) => i.id)).to.deep.equal(expectedIds);
      CHECKS.forEach((q, i) => expectInteraction(version, interactions[i], `${q}_k`, q, true));
      questions.forEach((q, i) => expectInteraction(version, interactions[3 + i], `${q}_a1`, q, true));
      const saved = encodeProgress(miniCourse, l.actor.getSnapshot().context.progress);
      expect(f['cmi.suspend_data']).to.equal(saved);
      const objectives = h.objectives();
      if (version === '1.2') {
        expect(f['cmi.core.lesson_status']).to.equal('passed');
        expect([f['cmi.core.score.raw'], f['cmi.core.score.min'], f['cmi.core.score.max']]).to.deep.equal([
          '100',
          '0',
          '100',
        ]);
        expect(f['cmi.core.exit']).to.equal('suspend');
        expect(h.setValues().find((c) => c.args[0] === 'cmi.core.session_time')?.args[1]).to.equal(
          '00:01:15.00',
        );
        expect(f['cmi.core.lesson_location']).to.equal('assessment');
        expect(objectives.map((o) => [o.id, o.status, (o.score as { raw: string }).raw])).to.deep.equal([
          // Lesson objectives carry completion only: checks are practice (issue 15 §4).
          ['lesson_one', 'completed', ''],
          ['lesson_two', 'completed', ''],
          ['assessment_v1_0_0', 'passed', '100'],
          ['assessment_v1_0_0_a1', 'passed', '100'],
        ]);
      } else {
        expect(f['cmi.completion_status']).to.equal('completed');
        expect(f['cmi.success_status']).to.equal('passed');
        expect([
          f['cmi.score.scaled'],
          f['cmi.score.raw'],
          f['cmi.score.min'],
          f['cmi.score.max'],
        ]).to.deep.equal(['1', '100', '0', '100']);
        expect(f['cmi.progress_measure']).to.equal('1');
        expect(f['cmi.exit']).to.equal('suspend');
        expect(f['cmi.session_time']).to.equal('PT1M15S');
        expect(f['cmi.location']).to.equal('assessment');
        expect(h.setValues().find((c) => c.args[0] === 'adl.nav.request')?.args[1]).to.equal('suspendAll');
        expect(
          objectives.map((o) => [
            o.id,
            o.completion_status,
            o.success_status,
            (o.score as { scaled: string }).scaled,
          ]),
        ).to.deep.equal([
          // Lesson objectives carry completion only: checks are practice (issue 15 §4).
          ['lesson_one', 'completed', 'unknown', ''],
          ['lesson_two', 'completed', 'unknown', ''],
          ['assessment', 'completed', 'passed', '1'],
          ['assessment_a1', 'completed', 'passed', '1'],
        ]);
        expect(objectives[2].description).to.equal('Final assessment, content version 1.0.0');
        expect(objectives[3].description).to.equal('Final assessment, attempt 1, content version 1.0.0');
      }
      // Score before status, every time a status is decided.
      const sets = h.setValues().map((c) => c.args[0]);
      const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
      const score = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.scaled';
      expect(sets.indexOf(score)).to.be.within(0, sets.lastIndexOf(status));
      // The Exit-button path commits before Terminate.
      expect(h.calls.at(-2)?.method).to.equal(version === '1.2' ? 'LMSCommit' : 'Commit');
      expect(l.statuses).to.include('saved');
      l.detach();

      // Coming back later for the record of completion: the same, completed attempt resumes.
      const h2 = new LmsHarness(version, h.relaunchData());
      const l2 = await launch(version, h2);
      expect(l2.entry).to.equal('resume');
      expect(l2.actor.getSnapshot().context.progress.completedAt).to.equal(
        l.actor.getSnapshot().context.progress.completedAt,
      );
      l2.actor.send({ type: 'course.resume', at: tick() });
      l2.actor.send({ type: 'course.exit' });
      expectCleanConversation(h2);
      const after = h2.flat();
      expect(version === '1.2' ? after['cmi.core.lesson_status'] : after['cmi.success_status']).to.equal(
        'passed',
      );
      l2.detach();
    });

    it('paced like a learner (20 s between actions): one debounced commit per meaningful event', async () => {
      const h = new LmsHarness(version);
      const l = await launch(version, h);
      const send = l.actor.send.bind(l.actor);
      const commitsPerAction: number[] = [];
      l.actor.send = (event) => {
        if (event.type === 'lms.sessionClosed') return send(event);
        const before = h.count('commit');
        send(event);
        l.clock.advance(20_000);
        commitsPerAction.push(h.count('commit') - before);
      };
      l.actor.send({ type: 'course.start', at: tick() });
      completeLessons(l.actor, miniCourse);
      takeAttempt(l.actor, miniCourse, [true, false, true]);
      l.actor.send({ type: 'course.exit' });
      expectCleanConversation(h);
      measure(`SCORM ${version} paced full journey (pass first time)`, h);
      // 12 actions that change something, each committed once; the exit commits once before Terminate.
      expect(commitsPerAction).to.deep.equal([...Array<number>(12).fill(1), 1]);
      expect(h.count('commit')).to.equal(14);
      expect(l.statuses.slice(0, 4)).to.deep.equal(['connecting', 'saved', 'saving', 'saved']);
      l.detach();
    });

    it('fails, reviews and passes on a later attempt', async () => {
      const h = new LmsHarness(version);
      const l = await launch(version, h);
      completeLessons(l.actor, miniCourse);
      takeAttempt(l.actor, miniCourse, [false, false, true]);
      const first = drawn(l.actor);
      l.clock.advance(2000);
      const f1 = h.flat();
      if (version === '1.2') {
        // Attempts remain: not "failed", so no LMS locks the learner out.
        expect(f1['cmi.core.lesson_status']).to.equal('incomplete');
        expect(f1['cmi.core.score.raw']).to.equal('33.33');
      } else {
        expect(f1['cmi.completion_status']).to.equal('incomplete');
        expect(f1['cmi.success_status']).to.equal('failed');
        expect(f1['cmi.score.scaled']).to.equal('0.33');
      }
      // Review a lesson, then the second attempt.
      l.actor.send({ type: 'nav.page', lesson: 0, page: 0, at: tick() });
      l.actor.send({ type: 'nav.next', at: tick() });
      l.actor.send({ type: 'nav.assessment', at: tick() });
      takeAttempt(l.actor, miniCourse, [true, true, true], 7);
      const second = drawn(l.actor);
      l.clock.advance(2000);
      l.actor.send({ type: 'course.exit' });

      expectCleanConversation(h);
      measure(`SCORM ${version} fail then pass`, h);
      const interactions = h.interactions();
      expect(interactions.map((i) => i.id)).to.deep.equal([
        ...CHECKS.map((q) => `${q}_k`),
        ...first.map((q) => `${q}_a1`),
        ...second.map((q) => `${q}_a2`),
      ]);
      first.forEach((q, i) => expectInteraction(version, interactions[3 + i], `${q}_a1`, q, i === 2));
      second.forEach((q, i) => expectInteraction(version, interactions[6 + i], `${q}_a2`, q, true));
      const f = h.flat();
      if (version === '1.2') {
        expect(f['cmi.core.lesson_status']).to.equal('passed');
        expect(f['cmi.core.score.raw']).to.equal('100');
        expect(f['cmi.core.exit']).to.equal('suspend');
      } else {
        expect([f['cmi.completion_status'], f['cmi.success_status'], f['cmi.score.scaled']]).to.deep.equal([
          'completed',
          'passed',
          '1',
        ]);
      }
      // Each attempt keeps its own score and outcome, for auditors.
      const attempts = h
        .objectives()
        .filter((o) => /_a\d+$/.test(String(o.id)))
        .map((o) => [
          o.id,
          version === '1.2' ? o.status : o.success_status,
          (o.score as { raw: string }).raw,
        ]);
      const a = version === '1.2' ? 'assessment_v1_0_0' : 'assessment';
      expect(attempts).to.deep.equal([
        [`${a}_a1`, 'failed', '33.33'],
        [`${a}_a2`, 'passed', '100'],
      ]);
      l.detach();
    });

    it('fails the last attempt: the failure is final', async () => {
      const h = new LmsHarness(version);
      const l = await launch(version, h);
      completeLessons(l.actor, miniCourse);
      takeAttempt(l.actor, miniCourse, [false, false, false]);
      takeAttempt(l.actor, miniCourse, [false, true, false], 9);
      l.actor.send({ type: 'course.exit' });
      expectCleanConversation(h);
      const f = h.flat();
      if (version === '1.2') {
        expect([f['cmi.core.lesson_status'], f['cmi.core.score.raw'], f['cmi.core.exit']]).to.deep.equal([
          'failed',
          '33.33',
          'suspend',
        ]);
      } else {
        expect([f['cmi.completion_status'], f['cmi.success_status'], f['cmi.score.scaled']]).to.deep.equal([
          'incomplete',
          'failed',
          '0.33',
        ]);
      }
      l.detach();
    });

    it('leaves midway and resumes in a relaunch without losing or duplicating anything', async () => {
      const storage = new MemoryStorage();
      const h1 = new LmsHarness(version);
      const l1 = await launch(version, h1, storage);
      l1.actor.send({ type: 'course.start', at: tick() });
      l1.actor.send({ type: 'nav.next', at: tick() });
      l1.actor.send({
        type: 'answer.submit',
        questionId: 'k_single',
        response: { type: 'single', optionId: 'b' },
        at: tick(),
      });
      l1.actor.send({
        type: 'answer.submit',
        questionId: 'k_single',
        response: { type: 'single', optionId: 'a' },
        at: tick(),
      });
      l1.actor.send({
        type: 'answer.submit',
        questionId: 'k_truefalse',
        response: { type: 'truefalse', value: true },
        at: tick(),
      });
      l1.actor.send({ type: 'reflection.change', id: 'r_next', text: 'Ask about sleep.' });
      l1.clock.advance(30_000);
      l1.win.dispatchEvent(new Event('pagehide'));
      l1.win.dispatchEvent(new Event('pagehide'));
      expectCleanConversation(h1);
      expect(l1.lms().status).to.equal('closed');
      // pagehide: Terminate alone, no Commit during page close.
      expect(h1.calls.at(-2)?.method).to.not.match(/Commit/);
      const saved1 = h1.flat();
      expect(saved1[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).to.equal('suspend');
      // A check's first answer only: the retry of k_single is practice (issue 15 §4).
      expect(h1.interactions().map((i) => i.id)).to.deep.equal(['k_single_k', 'k_truefalse_k']);
      expect(h1.interactions()[0].result).to.equal(version === '1.2' ? 'wrong' : 'incorrect');
      l1.detach();

      const h2 = new LmsHarness(version, h1.relaunchData());
      const l2 = await launch(version, h2, storage);
      expect(l2.entry).to.equal('resume');
      expect(l2.suspendData).to.equal(saved1['cmi.suspend_data']);
      expect(l2.actor.getSnapshot().context.canResume).to.equal(true);
      expect(l2.actor.getSnapshot().context.reflections).to.deep.equal({ r_next: 'Ask about sleep.' });
      l2.actor.send({ type: 'course.resume', at: tick() });
      completeLessons(l2.actor, miniCourse);
      takeAttempt(l2.actor, miniCourse, [true, true, false]);
      l2.actor.send({ type: 'course.exit' });
      expectCleanConversation(h2);
      measure(`SCORM ${version} resumed second session`, h2);
      const ids = h2.interactions().map((i) => i.id as string);
      expect(new Set(ids).size, 'interaction ids are unique').to.equal(ids.length);
      expect(ids.slice(0, 2)).to.deep.equal(['k_single_k', 'k_truefalse_k']);
      // Page one B's checks answered again on resume are retries (not sent); then the scenario
      // check's first answer and three assessment answers. 1.2 cannot read earlier ids, so a
      // resumed check id carries its slot number.
      const drawnIds = drawn(l2.actor).map((q) => `${q}_a1`);
      expect(ids.slice(2)).to.deep.equal(
        version === '1.2' ? ['k_scenario_k2', ...drawnIds] : ['k_scenario_k', ...drawnIds],
      );
      const f = h2.flat();
      expect(f[version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status']).to.equal('passed');
      expect(f[version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw']).to.equal('66.66');
      // The first session's 30 seconds reach the learner's time on the relaunch.
      expect(l2.previousSeconds).to.equal(30);
      l2.detach();
    });

    it('records knowledge checks only, leaving the course incomplete', async () => {
      const h = new LmsHarness(version);
      const l = await launch(version, h);
      completeLessons(l.actor, miniCourse);
      l.clock.advance(3000);
      l.actor.send({ type: 'course.exit' });
      expectCleanConversation(h);
      const f = h.flat();
      expect(h.interactions().map((i) => i.id)).to.deep.equal(CHECKS.map((q) => `${q}_k`));
      if (version === '1.2') {
        expect([f['cmi.core.lesson_status'], f['cmi.core.exit'], f['cmi.core.score.raw']]).to.deep.equal([
          'incomplete',
          'suspend',
          '',
        ]);
        expect(h.objectives().map((o) => [o.id, o.status])).to.deep.equal([
          ['lesson_one', 'completed'],
          ['lesson_two', 'completed'],
        ]);
      } else {
        expect([
          f['cmi.completion_status'],
          f['cmi.success_status'],
          f['cmi.exit'],
          f['cmi.score.scaled'],
        ]).to.deep.equal(['incomplete', 'unknown', 'suspend', '']);
        expect(Number(f['cmi.progress_measure'])).to.be.within(0.79, 0.81);
      }
      l.detach();
    });
  });
}
