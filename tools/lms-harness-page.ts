/**
 * The fake LMS page used by the screenshot test and the benchmark: a real scorm-again API for
 * either standard on the top window (as an LMS puts it there), every SetValue/GetValue/Commit
 * counted in `window.__lms`, and the course package loaded from `/sco/` in an iframe.
 * scorm-again is expected at `/scorm-again/`.
 */
export type Standard = 'scorm12' | 'scorm2004';

/** What the LMS page records; read from the top window as `window.__lms`. */
export interface LmsCounts {
  set: number;
  get: number;
  commit: number;
  initialize: number;
  terminate: number;
  maxSuspendData: number;
}

/** The LMS page for `standard`. */
export function harnessPage(standard: Standard): string {
  const [cls, global, names] =
    standard === 'scorm12'
      ? ['Scorm12API', 'API', ['LMSSetValue', 'LMSGetValue', 'LMSCommit', 'LMSInitialize', 'LMSFinish']]
      : ['Scorm2004API', 'API_1484_11', ['SetValue', 'GetValue', 'Commit', 'Initialize', 'Terminate']];
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>LMS harness (${standard})</title>
    <link rel="icon" href="data:," />
    <style>html, body { margin: 0; height: 100%; } iframe { display: block; width: 100%; height: 100%; border: 0; }</style>
  </head>
  <body>
    <iframe id="sco" title="Course"></iframe>
    <script type="module">
      import { ${cls} } from '/scorm-again/scorm-again.js';
      const api = new ${cls}({
        autocommit: false,
        mastery_override: false,
        logLevel: 5,
        lmsCommitUrl: 'harness://commit',
        httpService: { processHttpRequest: () => ({ result: 'true', errorCode: 0 }), updateSettings() {} },
      });
      api.loadFromJSON({ learner_id: 'L1', learner_name: 'Doe, Jane', credit: 'credit', mode: 'normal' });
      const counts = { set: 0, get: 0, commit: 0, initialize: 0, terminate: 0, maxSuspendData: 0 };
      const [SET, GET, COMMIT, INIT, TERM] = ${JSON.stringify(names)};
      const wrap = (name, count) => {
        const original = api[name].bind(api);
        api[name] = (...args) => { count(args); return original(...args); };
      };
      wrap(SET, ([element, value]) => {
        counts.set++;
        if (element === 'cmi.suspend_data')
          counts.maxSuspendData = Math.max(counts.maxSuspendData, String(value ?? '').length);
      });
      wrap(GET, () => counts.get++);
      wrap(COMMIT, () => counts.commit++);
      wrap(INIT, () => counts.initialize++);
      wrap(TERM, () => counts.terminate++);
      window.__lms = counts;
      window.${global} = api;
      document.getElementById('sco').src = '/sco/index.html';
    </script>
  </body>
</html>`;
}

/** Serves build/<standard>/ as the package; resolves with the server and its origin. */
