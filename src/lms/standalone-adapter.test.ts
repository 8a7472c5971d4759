import { expect } from '@open-wc/testing';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import { StandaloneAdapter, standaloneKey } from './standalone-adapter.js';
import { FakeClock, MemoryStorage } from './test-lms-harness.js';

const report = {
  location: 'one_b',
  suspendData: '{"f":1}',
  progressMeasure: 0.2,
  lessons: [],
  completed: false,
};

describe('StandaloneAdapter', () => {
  it('starts clear when the stored record is unreadable', async () => {
    const storage = new MemoryStorage();
    storage.setItem(standaloneKey('mini_course'), '{not json');
    const data = await new StandaloneAdapter(miniCourse, storage, new FakeClock()).initialise();
    expect(data).to.deep.include({ entry: 'ab-initio', suspendData: '', location: '', previousSeconds: 0 });
  });

  it('keeps working in memory when storage throws (blocked or full)', async () => {
    const blocked = new MemoryStorage();
    blocked.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    blocked.getItem = () => {
      throw new DOMException('Blocked', 'SecurityError');
    };
    const adapter = new StandaloneAdapter(miniCourse, blocked, new FakeClock());
    await adapter.initialise();
    adapter.saveProgress(report);
    expect(await adapter.commit()).to.equal(true);
    adapter.terminate();
  });

  it('adds this session’s time to the stored time, once per session', async () => {
    const storage = new MemoryStorage();
    const clock = new FakeClock();
    const first = new StandaloneAdapter(miniCourse, storage, clock);
    await first.initialise();
    clock.advance(61_000);
    first.saveProgress(report);
    first.terminate();
    const second = new StandaloneAdapter(miniCourse, storage, clock);
    const data = await second.initialise();
    expect(data.previousSeconds).to.equal(61);
    expect(data.suspendData).to.equal('{"f":1}');
    expect(data.location).to.equal('one_b');
    clock.advance(10_000);
    second.terminate();
    expect(
      (JSON.parse(storage.getItem(standaloneKey('mini_course'))!) as { seconds: number }).seconds,
    ).to.equal(71);
  });
});
