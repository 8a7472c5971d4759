/**
 * `npm run bench`: builds the packages (timed), then measures both standards and prints one
 * Markdown table; the same data goes to build/bench.json. See bench/README.md for what each figure
 * means and its limits. `BENCH_RUNS` sets the number of timed loads per standard (default 5).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ANCHORS } from './anchors.js';
import { measureFirstLoad, measurePackage, type FirstLoad, type PackageSize } from './package-size.js';
import { STANDARDS, startLms, type Standard } from './lms-server.js';
import {
  CPU_THROTTLE,
  LEARNER_PACE_MS,
  NETWORK,
  NETWORK_PROFILE,
  launchBrowser,
  median,
  runJourney,
  timedLoad,
  type JourneyResult,
  type LoadTiming,
} from './journey.js';

const SCORM_AGAIN = (
  JSON.parse(readFileSync('node_modules/scorm-again/package.json', 'utf8')) as { version: string }
).version;
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5));

interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1)!, runs: values };
}

async function timeBuild(): Promise<number> {
  const started = performance.now();
  await new Promise<void>((ok, fail) => {
    const child = spawn('npx', ['tsx', 'tools/build.ts', '--force'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`tools/build.ts exited with ${code}`))));
  });
  return performance.now() - started;
}

interface StandardResult {
  size: PackageSize;
  firstLoad: FirstLoad;
  welcome: Spread;
  lesson: Spread;
  scriptArrived: Spread;
  boot: Spread;
  start: Spread;
  requests: number;
  requestsAtWelcome: number;
  requestUrls: string[];
  journey: JourneyResult;
  paced: JourneyResult;
}

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const kb = (n: number) => `${int(n / 1024)} KB`;
const ms = (s: Spread) => `${int(s.median)} ms (${int(s.min)}–${int(s.max)})`;

async function main(): Promise<void> {
  // Build (timed as a child process, as a developer runs it); retry once if a concurrent edit
  // broke it transiently.
  let buildMs: number;
  try {
    buildMs = await timeBuild();
  } catch (error) {
    console.error(`build failed (${String(error)}); retrying once`);
    buildMs = await timeBuild();
  }

  const browser = await launchBrowser();
  const chromium = await browser.version();
  const servers = new Map<Standard, { close: () => void; origin: string }>();
  for (const standard of STANDARDS) {
    const { server, origin } = await startLms(standard);
    servers.set(standard, { close: () => server.close(), origin });
  }
  const results = {} as Record<Standard, StandardResult>;
  try {
    const loads = new Map<Standard, LoadTiming[]>(STANDARDS.map((s) => [s, []]));
    // Interleaved, so slow phases of a shared machine hit both standards alike.
    for (let run = 0; run < RUNS; run++) {
      for (const standard of STANDARDS) {
        const timing = await timedLoad(browser, servers.get(standard)!.origin, standard);
        loads.get(standard)!.push(timing);
        process.stderr.write(
          `  run ${run + 1}/${RUNS} ${standard}: welcome ${int(timing.welcome)} ms, lesson ${int(timing.lesson)} ms\n`,
        );
      }
    }
    // Journeys are not timed, so the four run at once: brisk (the driver's pace) and paced (a
    // learner's pace, each action followed by a pause longer than the commit debounce).
    process.stderr.write(`  journeys (brisk and learner-paced, both standards, ~1 min)\n`);
    const journeys = await Promise.all(
      STANDARDS.flatMap((standard) => [
        runJourney(browser, servers.get(standard)!.origin, standard),
        runJourney(browser, servers.get(standard)!.origin, standard, LEARNER_PACE_MS),
      ]),
    );
    for (const [i, standard] of STANDARDS.entries()) {
      const journey = journeys[2 * i];
      const paced = journeys[2 * i + 1];
      for (const j of [journey, paced])
        if (j.pageErrors.length) throw new Error(`page errors: ${j.pageErrors.join('; ')}`);
      const timings = loads.get(standard)!;
      const first = timings[0];
      if (timings.some((t) => t.requests !== first.requests))
        console.error(`warning: ${standard} request counts differ between runs`);
      results[standard] = {
        size: measurePackage(`build/${standard}`),
        firstLoad: measureFirstLoad(`build/${standard}`),
        welcome: spread(timings.map((t) => t.welcome)),
        lesson: spread(timings.map((t) => t.lesson)),
        scriptArrived: spread(timings.map((t) => t.scriptArrived)),
        boot: spread(timings.map((t) => t.welcome - t.scriptArrived)),
        start: spread(timings.map((t) => t.lesson - t.welcome)),
        requests: first.requests,
        requestsAtWelcome: first.requestsAtWelcome,
        requestUrls: [`${servers.get(standard)!.origin}/sco/index.html`, ...first.resources],
        journey,
        paced,
      };
    }
  } finally {
    await browser.close();
    for (const server of servers.values()) server.close();
  }

  const cpu = cpus();
  const env = {
    date: new Date().toISOString(),
    os: `${platform()} ${release()} ${arch()}`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    chromium,
    cpuThrottle: CPU_THROTTLE,
    network: { profile: NETWORK_PROFILE, ...NETWORK },
    runs: RUNS,
  };

  const cols = STANDARDS;
  const rows: Array<[string, ...string[]]> = [];
  const row = (label: string, f: (r: StandardResult) => string) =>
    rows.push([label, ...cols.map((s) => f(results[s]))]);
  for (const kind of ['js', 'css', 'html', 'content'] as const) {
    row(
      `${kind === 'content' ? 'Content (course text in course.js and course-later.js)' : kind.toUpperCase()}: raw / gzip`,
      (r) => `${int(r.size[kind].raw)} B / ${int(r.size[kind].gzip)} B`,
    );
  }
  row('Total download: raw / gzip', (r) => `${int(r.size.total.raw)} B / ${int(r.size.total.gzip)} B`);
  row(
    'First load (index.html + course.js: welcome and lesson 1): raw / gzip',
    (r) => `${int(r.firstLoad.raw)} B / ${int(r.firstLoad.gzip)} B`,
  );
  row(
    'Requests before the welcome screen (package files; measured in the page)',
    (r) => `${r.firstLoad.files.length} (${r.firstLoad.files.join(', ')}); ${r.requestsAtWelcome}`,
  );
  row('Requests until the first lesson is interactive (course-later.js included once fetched)', (r) =>
    String(r.requests),
  );
  row('Welcome interactive: median (min–max)', (r) => ms(r.welcome));
  row('First lesson page shown: median (min–max)', (r) => ms(r.lesson));
  row('  of which: course.js received (network)', (r) => ms(r.scriptArrived));
  row('  of which: course.js received → welcome interactive', (r) => ms(r.boot));
  row('  of which: Start pressed → lesson shown', (r) => ms(r.start));
  row('JS heap at welcome, after GC', (r) => kb(r.journey.heapAtWelcome));
  row('JS heap after the whole course, after GC', (r) => kb(r.journey.heapAfterJourney));
  row('Journey: learner actions', (r) => {
    const a = r.journey.actions;
    return `${r.journey.learnerActions} (${a['click']} clicks, ${a['submit']} answers, ${a['reflection']} reflections)`;
  });
  const calls = (j: JourneyResult) => `${j.lms.set} / ${j.lms.get} / ${j.lms.commit}`;
  row('Journey, brisk: SetValue / GetValue / Commit', (r) => calls(r.journey));
  row(`Journey, learner pace: SetValue / GetValue / Commit`, (r) => calls(r.paced));
  row('SetValue per learner action at learner pace: median / mean (budget: median ≤ 4)', (r) =>
    [median(r.paced.setPerAction), r.paced.lms.set / r.paced.learnerActions]
      .map((n) => n.toFixed(2))
      .join(' / '),
  );
  row('Commits per learner action: brisk / learner pace', (r) =>
    [r.journey, r.paced].map((j) => (j.lms.commit / j.learnerActions).toFixed(2)).join(' / '),
  );
  row(
    'Journey: longest suspend_data',
    (r) => `${int(Math.max(r.journey.lms.maxSuspendData, r.paced.lms.maxSuspendData))} chars`,
  );
  row('Journey: requests leaving 127.0.0.1', (r) =>
    String(r.journey.foreign.length + r.paced.foreign.length),
  );
  for (const anchor of ANCHORS) {
    // Anchors are what loads before the first screen, so they compare with the first load.
    row(`${anchor.name}: ${int(anchor.gzip)} B gz (${anchor.note})`, (r) => {
      const ratio = anchor.gzip / r.firstLoad.gzip;
      return ratio >= 1
        ? `${ratio.toFixed(1)}× heavier than this course's first load`
        : `${Math.round(ratio * 100)} % of this course's first load, ${int(r.firstLoad.gzip)} B`;
    });
  }
  const adapt = ANCHORS.find((a) => a.requests);
  if (adapt?.requests)
    row(
      `${adapt.name}: ${adapt.requests} requests before first render`,
      (r) =>
        `${(adapt.requests! / r.firstLoad.files.length).toFixed(0)}× this course's ${r.firstLoad.files.length}`,
    );

  const widths = [0, ...cols].map((_, i) =>
    Math.max(...[['Figure', ...cols], ...rows].map((r) => r[i].length)),
  );
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const n = NETWORK;
  const header = [
    `# Course benchmark, ${env.date}`,
    '',
    `Machine: ${env.os}; ${env.cpu}, ${env.cores} cores, ${env.memory} RAM; Node ${env.node}; Chromium ${env.chromium} (headless, puppeteer-core).`,
    `Throttling: CPU ${CPU_THROTTLE}× slower (emulateCPUThrottling); network "${NETWORK_PROFILE}" (puppeteer PredefinedNetworkConditions: ${int((n.download * 8) / 1000)} kbit/s down, ${int((n.upload * 8) / 1000)} kbit/s up, ${int(n.latency)} ms latency); files served gzip-encoded from 127.0.0.1; cold cache each run.`,
    `Timings: ${RUNS} runs per standard, median (min–max), measured inside the course frame (performance.now() from the frame's navigation start, so the LMS page's own load is excluded); Start is pressed by an in-frame probe as soon as it is enabled; one-frame (~16 ms) resolution. Build: \`npx tsx tools/build.ts --force\` as a child process, ${int(buildMs)} ms (both standards).`,
    `Journey (unthrottled, scorm-again ${SCORM_AGAIN} as the LMS): Start, every lesson page with every question answered correctly and reflections written, the assessment passed, the record of completion, Exit → Save and exit. Brisk = the driver's pace (~0.15 s between actions, so the course's 1 s commit debounce folds actions together); learner pace = a ${LEARNER_PACE_MS} ms pause after every action (the worst case for Commits). Heap figures: brisk journey, page and course frame together (one V8 heap, LMS page and scorm-again included).`,
    '',
    line(['Figure', ...cols]),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'Timings come from a shared, noisy machine and are indicative; the budgets in bench/*.test.ts are deterministic.',
  ];
  console.log(header.join('\n'));
  mkdirSync('build', { recursive: true });
  writeFileSync(
    'build/bench.json',
    `${JSON.stringify({ env, buildMs, anchors: ANCHORS, results, table: rows }, null, 2)}\n`,
  );
  console.log('\nWrote build/bench.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
