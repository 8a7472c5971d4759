/* global URLSearchParams, location, document, history, window, confirm, fetch, Option */
// The preview page: pick a learner and a standard, launch, watch the live CMI, reset.
// The choice is kept in the address so a reload relaunches the same attempt (entry=resume).
const $ = (id) => document.getElementById(id);
const frame = $('course-frame');
const status = $('status');
let config;
let currentAttempt;

function selection() {
  return {
    learner: $('learner').value,
    standard: document.querySelector('input[name="standard"]:checked')?.value ?? 'scorm2004',
    cross: $('cross-origin').checked,
  };
}

function launch() {
  const { learner, standard, cross } = selection();
  const query = new URLSearchParams({ learner, standard, ...(cross ? { cross: '1' } : {}) });
  history.replaceState(null, '', `?${query}`);
  const origin = cross ? config.contentOrigin : location.origin;
  const frameQuery = new URLSearchParams({ learner, standard });
  currentAttempt = undefined;
  $('reset').disabled = true;
  $('cmi').textContent = 'Waiting for the course…';
  status.textContent = `Launching for ${$('learner').selectedOptions[0]?.textContent ?? learner} (${standard === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'}${cross ? ', cross-origin' : ''})…`;
  frame.src = `${origin}/launch.html?${frameQuery}`;
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin && event.origin !== config?.contentOrigin) return;
  if (event.source !== frame.contentWindow) return;
  const data = event.data ?? {};
  if (data.type === 'preview-launched') {
    currentAttempt = data.attemptId;
    $('reset').disabled = false;
    status.textContent = `Attempt ${data.attemptNumber} launched (entry: ${data.entry || '"" (continuing)'}).`;
    status.dataset.entry = data.entry;
    status.dataset.attempt = String(data.attemptId);
  } else if (data.type === 'preview-cmi') {
    $('cmi').textContent = JSON.stringify(data.cmi, null, 2);
  } else if (data.type === 'preview-error') {
    status.textContent = data.message;
  }
});

$('launch-form').addEventListener('submit', (event) => {
  event.preventDefault();
  launch();
});

$('reset').addEventListener('click', async () => {
  if (currentAttempt === undefined) return;
  if (!confirm('Reset this attempt? Its records are kept, marked "reset", and the course starts again.'))
    return;
  frame.src = 'about:blank'; // ends the session (its final beacon is refused once the attempt is reset)
  const response = await fetch(`/api/attempts/${currentAttempt}/reset`, { method: 'POST' });
  if (!response.ok) {
    status.textContent = `Reset failed: ${(await response.json()).error}`;
    return;
  }
  launch();
});

async function init() {
  config = await (await fetch('/api/config')).json();
  $('course-title').textContent = `— ${config.course.title} ${config.course.version}`;
  for (const learner of config.learners)
    $('learner').append(new Option(`${learner.name} (${learner.id})`, learner.id));
  const query = new URLSearchParams(location.search);
  if (query.get('learner')) $('learner').value = query.get('learner');
  const standard = query.get('standard');
  if (standard)
    document.querySelector(
      `input[name="standard"][value="${standard === 'scorm12' ? 'scorm12' : 'scorm2004'}"]`,
    ).checked = true;
  $('cross-origin').checked = query.get('cross') === '1';
  if (query.get('learner') && standard) launch();
}

init().catch((error) => {
  status.textContent = `The preview could not start: ${error.message}`;
});
