/**
 * Test-only: boots the course through the production composition root (`bootCourse`) with an
 * injected clock, storage and window, records the LMS layer's saving status, and checks call
 * discipline.
 */
import { scorm12 } from '../lms/scorm12-adapter.js';
import { scorm2004 } from '../lms/scorm2004-adapter.js';
import { assert } from '@open-wc/testing';
import type { Course } from '../content/course-schema.js';
import type { ConnectOptions } from '../lms/connect-lms.js';
import type { LmsAdapter, LmsStatus, LmsStatusUpdate } from '../lms/lms-adapter.js';
import type { LmsHarness } from '../lms/test-lms-harness.js';
import { FakeClock, MemoryStorage, fakeWindow, type Version } from '../lms/test-lms-harness.js';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import type { CourseActor } from '../machine/machine-test-kit.js';
import { bootCourse, type BootedCourse } from './boot-course.js';
// bootCourse words its notices from the interface text, as the course does after setStrings.
import '../components/test-strings.js';

export const STANDARD = { '1.2': 'scorm12', '2004': 'scorm2004' } as const;
/** The package binding of each version, as its entry point passes it. */
export const BINDING = { '1.2': scorm12, '2004': scorm2004 } as const;
export const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;

export interface Launch {
  actor: CourseActor;
  adapter: LmsAdapter;
  clock: FakeClock;
  win: ReturnType<typeof fakeWindow>;
  /** Every saving status the learner's notice would have shown, in order. */
  statuses: LmsStatus[];
  problems: string[];
  /** The saving status now, as the notices read it. */
  lms: () => LmsStatusUpdate;
  suspendData: string;
  entry: string;
  previousSeconds: number;
  /** The one-off notice the learner is shown at launch, if any. */
  notice: string | undefined;
  /** The earlier attempt's record of completion offered on the welcome screen, if any. */
  earlierCompletion: BootedCourse['earlierRecord'];
  detach: () => void;
}

/** What start-course does, with injected clock, storage and window (and no UI). */
export async function launch(
  version: Version,
  h: LmsHarness | undefined,
  storage: Storage = new MemoryStorage(),
  options: { course?: Course; win?: ReturnType<typeof fakeWindow>; connect?: ConnectOptions } = {},
): Promise<Launch> {
  const course = options.course ?? miniCourse;
  const win = options.win ?? fakeWindow(h ? { [API_NAME[version]]: h.api } : {});
  const clock = new FakeClock();
  const booted = await bootCourse({
    course,
    standard: BINDING[version],
    window: win,
    clock,
    storage,
    connect: { wait: () => Promise.resolve(), ...options.connect },
  });
  // The notices start at "connecting" until the adapter reports.
  let current: LmsStatusUpdate = { status: 'connecting' };
  const statuses: LmsStatus[] = ['connecting'];
  const problems: string[] = [];
  const unsubscribe = booted.adapter.subscribe((update) => {
    current = update;
    if (statuses.at(-1) !== update.status) statuses.push(update.status);
    const code = update.problem?.code;
    if (code && problems.at(-1) !== code) problems.push(code);
  });
  return {
    actor: booted.actor,
    adapter: booted.adapter,
    clock,
    win,
    statuses,
    problems,
    lms: () => current,
    suspendData: booted.launch.suspendData,
    entry: booted.launch.entry,
    previousSeconds: booted.launch.previousSeconds,
    notice: booted.notice,
    earlierCompletion: booted.earlierRecord,
    detach: () => {
      unsubscribe();
      booted.detach();
    },
  };
}

/** The checks every journey makes: call discipline and strict formats. */
export function expectCleanConversation(h: LmsHarness, launches = 1): void {
  assert.deepEqual(h.invalid, [], 'values our strict validator rejects');
  assert.deepEqual(h.lmsErrors, [], 'LMS errors');
  assert.deepEqual(
    h.setValues().filter((c) => c.result !== 'true'),
    [],
    'refused SetValues',
  );
  assert.equal(h.count('init'), launches, 'Initialize calls');
  assert.equal(h.count('finish'), launches, 'Terminate calls');
  // Never read write-only elements (all of 1.2's interactions are write-only).
  const writeOnly =
    h.version === '1.2'
      ? /^cmi\.(core\.(exit|session_time)|interactions\.\d)/
      : /^(cmi\.(exit|session_time)|adl\.nav\.request)$/;
  const get = h.version === '1.2' ? 'LMSGetValue' : 'GetValue';
  assert.deepEqual(
    h.calls.filter((c) => c.method === get && writeOnly.test(c.args[0])),
    [],
    'reads of write-only elements',
  );
  const finish = h.calls.findIndex((c) => c.method === (h.version === '1.2' ? 'LMSFinish' : 'Terminate'));
  assert.equal(finish, h.calls.length - 1, 'Terminate is the last call');
}
