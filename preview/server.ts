/**
 * `npm start` (after the build): runs the preview LMS and prints its address.
 * Environment: PREVIEW_HOST (default 127.0.0.1), PREVIEW_PORT (8080), PREVIEW_CONTENT_PORT (8081),
 * PREVIEW_DATA (preview-data), PREVIEW_COURSE_SCRIPT (unset; `octet-stream` or `missing` serves
 * course.js wrongly, to see the course's failed-load message).
 */
import { PortError, startPreview, type CourseScriptFault } from './preview-server.js';

/** Stops with one line an educator can act on, instead of a stack trace. */
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const port = (name: string, fallback: number) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    stop(`${name} must be a port number from 0 to 65535, found "${value}"`);
  return n;
};

const courseScript = (): CourseScriptFault | undefined => {
  const value = process.env.PREVIEW_COURSE_SCRIPT;
  if (value === undefined || value === '') return undefined;
  if (value === 'octet-stream' || value === 'missing') return value;
  return stop(`PREVIEW_COURSE_SCRIPT must be "octet-stream" or "missing", found "${value}"`);
};

const ports = { lms: port('PREVIEW_PORT', 8080), content: port('PREVIEW_CONTENT_PORT', 8081) };
const fault = courseScript();
const preview = await startPreview({
  host: process.env.PREVIEW_HOST || '127.0.0.1',
  port: ports.lms,
  contentPort: ports.content,
  dataDir: process.env.PREVIEW_DATA || 'preview-data',
  ...(fault ? { courseScript: fault } : {}),
}).catch((error: unknown) => {
  if (!(error instanceof PortError)) throw error;
  // Name the variable that moves the port that failed, and the other one, which may be busy too.
  const variable = error.server === 'lms' ? 'PREVIEW_PORT' : 'PREVIEW_CONTENT_PORT';
  const other = error.server === 'lms' ? 'PREVIEW_CONTENT_PORT' : 'PREVIEW_PORT';
  const Reason = error.message.charAt(0).toUpperCase() + error.message.slice(1);
  return stop(
    `${Reason}: set ${variable}=<another port> (and ${other}=<another port> if that one is taken too), e.g. ${variable}=${error.port + 10} npm start`,
  );
});
console.log(`Preview LMS: ${preview.url}`);
console.log(`Records:     ${preview.url}records`);
console.log(`Course origin for cross-origin mode: ${preview.contentOrigin}`);
if (fault)
  console.log(
    `course.js is served ${fault === 'missing' ? 'as missing (404)' : 'as application/octet-stream'} (PREVIEW_COURSE_SCRIPT)`,
  );
console.log('Press Ctrl+C to stop.');
const close = () => {
  void preview.close().then(() => process.exit(0));
};
process.on('SIGINT', close);
process.on('SIGTERM', close);
