/* global URLSearchParams, location, document, parent, fetch, window, setTimeout, clearTimeout */
// The runtime frame, as an LMS's player frame: it puts scorm-again on window.API (1.2) or
// window.API_1484_11 (2004), loads the saved attempt BEFORE the course starts (loadFromJSON only
// works before Initialize, and it never calls Initialize itself), then loads the course in a
// child frame, whose standard parent-walk finds the API here. In cross-origin mode this frame
// and the course come from the second port, as an ESR-style content server's adapter does, and
// talk to the LMS by CORS requests and beacons.
import { Scorm12API, Scorm2004API } from '/scorm-again/scorm-again.js';

const params = new URLSearchParams(location.search);
const learnerId = params.get('learner') ?? '';
const standard = params.get('standard') ?? '';
// The LMS origin comes from the server that served this page, never from the address.
let lms = location.origin;

function fail(message) {
  const p = document.createElement('p');
  p.className = 'error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  document.body.append(p);
  parent.postMessage({ type: 'preview-error', message }, lms);
}

async function start() {
  lms = (await (await fetch('/preview-config.json')).json()).lmsOrigin;
  const response = await fetch(`${lms}/api/launch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ learnerId, standard }),
  });
  const launch = await response.json();
  if (!response.ok) throw new Error(launch.error ?? `launch failed (${response.status})`);

  const settings = {
    lmsCommitUrl: `${lms}${launch.commitUrl}`,
    dataCommitFormat: 'json',
    // Same origin: JSON as an LMS sends it. Cross-origin: text/plain keeps commits "simple" CORS
    // requests (no preflight), as scorm-again's terminate beacon already is.
    commitRequestDataType:
      lms === location.origin ? 'application/json;charset=UTF-8' : 'text/plain;charset=UTF-8',
    terminateCommitParam: 'terminate',
    includeCommitSequence: true,
    autocommit: false,
    mastery_override: false,
    logLevel: 4,
  };
  const api = standard === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  api.loadFromJSON(launch.cmi);
  if (standard === 'scorm12') window.API = api;
  else window.API_1484_11 = api;

  // Live CMI for the preview page; a listener that throws would break the course's SetValue.
  let timer = 0;
  const report = (event) => {
    try {
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          parent.postMessage(
            {
              type: 'preview-cmi',
              event,
              attemptId: launch.attemptId,
              entry: launch.entry,
              cmi: api.renderCMIToJSONObject(),
            },
            lms,
          );
        } catch {
          // The preview page is optional; the course must not notice.
        }
      }, 100);
    } catch {
      // As above.
    }
  };
  const prefix = standard === 'scorm12' ? 'LMS' : '';
  api.on(`${prefix}SetValue.cmi.*`, () => report('SetValue'));
  api.on(`${prefix}Commit`, () => report('Commit'));
  api.on(standard === 'scorm12' ? 'LMSFinish' : 'Terminate', () => report('Terminate'));
  report('launch');
  parent.postMessage(
    {
      type: 'preview-launched',
      attemptId: launch.attemptId,
      attemptNumber: launch.attemptNumber,
      entry: launch.entry,
    },
    lms,
  );

  const frame = document.createElement('iframe');
  frame.title = 'Course content';
  frame.src = `/course/${standard}/index.html`;
  document.body.append(frame);
}

start().catch((error) => fail(`The course could not be launched: ${error.message}`));
