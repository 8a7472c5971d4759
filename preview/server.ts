/**
 * `npm start` (after the build): runs the preview LMS and prints its address.
 * Environment: PREVIEW_HOST (default 127.0.0.1), PREVIEW_PORT (8080), PREVIEW_CONTENT_PORT (8081),
 * PREVIEW_DATA (preview-data).
 */
import { startPreview } from './preview-server.js';

const port = (name: string, fallback: number) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new RangeError(`${name} must be a port number, found "${value}"`);
  return n;
};

const preview = await startPreview({
  host: process.env.PREVIEW_HOST || '127.0.0.1',
  port: port('PREVIEW_PORT', 8080),
  contentPort: port('PREVIEW_CONTENT_PORT', 8081),
  dataDir: process.env.PREVIEW_DATA || 'preview-data',
});
console.log(`Preview LMS: ${preview.url}`);
console.log(`Records:     ${preview.url}records`);
console.log(`Course origin for cross-origin mode: ${preview.contentOrigin}`);
console.log('Press Ctrl+C to stop.');
const stop = () => {
  void preview.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
