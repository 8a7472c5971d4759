/**
 * Journey budgets, deterministic (nothing is timed): the full scripted journey on the built
 * scorm12 and scorm2004 packages against scorm-again (bench/lms-server.ts) must make no request
 * that leaves 127.0.0.1 (the LMS page and scorm-again are served from the same loopback server)
 * and no more than one Commit per learner action.
 *
 * The journey pauses 1 s after every learner action (plus the driver's own settling, so >1.1 s
 * between actions), longer than the course's 1 s commit
 * debounce, so every action that would commit does: at the driver's brisk pace the debounce folds
 * the whole journey into two Commits and the budget would prove nothing. Both standards run at
 * once to stay near a minute. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { LEARNER_PACE_MS, launchBrowser, median, runJourney, type JourneyResult } from './journey.js';
import { STANDARDS, startLms, type Standard } from './lms-server.js';

let browser: Browser;
const servers: Server[] = [];
const journeys = new Map<Standard, Promise<JourneyResult>>();

before(async () => {
  for (const standard of STANDARDS)
    assert.ok(existsSync(`build/${standard}/course.js`), `build/${standard} exists (npm run build)`);
  browser = await launchBrowser();
  for (const standard of STANDARDS) {
    const { server, origin } = await startLms(standard);
    servers.push(server);
    const journey = runJourney(browser, origin, standard, LEARNER_PACE_MS);
    journey.catch(() => undefined); // reported by the test that awaits it
    journeys.set(standard, journey);
  }
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

describe('journey budget', { timeout: 120_000 }, () => {
  for (const standard of STANDARDS) {
    it(`${standard}: the full journey stays on 127.0.0.1 and commits at most once per learner action`, async (t) => {
      const journey = await journeys.get(standard)!;
      t.diagnostic(
        `${journey.learnerActions} learner actions; SetValue ${journey.lms.set} (median ${median(journey.setPerAction)} per action: ${journey.setPerAction.join(' ')}), GetValue ${journey.lms.get}, Commit ${journey.lms.commit}`,
      );
      assert.deepEqual(journey.pageErrors, [], 'no page errors');
      assert.deepEqual(
        journey.screens,
        [
          'welcome',
          'lesson-page',
          'assessment-intro',
          'assessment-question',
          'results',
          'certificate',
          'other',
        ],
        'the journey reaches every screen and exits',
      );
      assert.deepEqual(journey.foreign, [], 'no request leaves 127.0.0.1');
      assert.equal(journey.lms.initialize, 1, 'one Initialize');
      assert.equal(journey.lms.terminate, 1, 'one Terminate');
      assert.ok(journey.lms.commit >= 1, 'the journey commits');
      assert.ok(
        journey.lms.commit <= journey.learnerActions,
        `${journey.lms.commit} Commits for ${journey.learnerActions} learner actions`,
      );
    });
  }
});
