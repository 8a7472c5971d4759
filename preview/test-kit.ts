/** Test helpers for the preview server: a throwaway build folder and data folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Questions of the test course: ids with underscores, prompts with CSV-hostile text. */
export const TEST_QUESTIONS = [
  {
    id: 'k1_bonding',
    prompt: 'Which is bonding, "the parent\'s feelings", or the baby\'s?',
    type: 'single',
    options: [
      { id: 'parent', text: "The parent's feelings" },
      { id: 'baby', text: "The baby's" },
    ],
  },
  { id: 'k1', prompt: 'A shorter id that is a prefix of another', type: 'truefalse' },
  {
    id: 'a_cues',
    prompt: `Match the cues,\nthen explain. ${'A long prompt, past the 250 characters of a 2004 description. '.repeat(5)}`,
    type: 'matching',
    items: [{ id: 'yawn', text: 'Yawning' }],
    targets: [
      { id: 'dis', text: 'Disengagement' },
      { id: 'eng', text: 'Engagement' },
    ],
  },
];
/** A temporary folder with build/course.json and both package folders, plus a data folder. */
export function tempPreviewDirs(): { root: string; buildDir: string; dataDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'preview-'));
  const buildDir = join(root, 'build');
  const dataDir = join(root, 'data');
  for (const standard of ['scorm12', 'scorm2004']) {
    mkdirSync(join(buildDir, standard), { recursive: true });
    writeFileSync(join(buildDir, standard, 'index.html'), `<!doctype html><title>${standard}</title>`);
    writeFileSync(join(buildDir, standard, 'course.js'), `document.title = ${JSON.stringify(standard)};`);
  }
  writeFileSync(join(root, 'secret.txt'), 'outside the served folders');
  writeFileSync(
    join(buildDir, 'course.json'),
    JSON.stringify({
      id: 'test_course',
      title: 'Test course',
      version: '1.2.3',
      assessment: { passMark: 80, maxAttempts: 3, bank: ['k1', 'a_cues'] },
      lessons: [{ pages: [{ blocks: [{ type: 'check', questionId: 'k1_bonding' }] }] }],
      questions: TEST_QUESTIONS,
    }),
  );
  return { root, buildDir, dataDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
