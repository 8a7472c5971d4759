import { expect } from '@open-wc/testing';
import { discoverApi, findApi } from './find-api.js';
import { fakeWindow } from './test-lms-harness.js';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

/** A chain of `depth` windows above the course window; the API on the topmost. */
function chain(depth: number, props: Record<string, unknown>): Window {
  let win = fakeWindow(props);
  for (let i = 0; i < depth; i++) win = fakeWindow({ parent: win });
  return win;
}

describe('findApi', () => {
  it('finds the API on the course’s own window first', () => {
    const own = { ...api12 };
    const win = fakeWindow({ API: own, parent: fakeWindow({ API: { ...api12 } }) });
    expect(findApi(win, 'API')).to.equal(own);
  });

  it('looks only for its own standard’s object', () => {
    expect(findApi(fakeWindow({ API: api12 }), 'API_1484_11')).to.equal(undefined);
    expect(findApi(fakeWindow({ API_1484_11: api2004 }), 'API')).to.equal(undefined);
  });

  it('ignores an object without the API methods', () => {
    expect(findApi(fakeWindow({ API: { foo: 1 } }), 'API')).to.equal(undefined);
  });

  it('climbs 499 parents for 2004 and at least 7 for 1.2, but not forever', () => {
    expect(findApi(chain(499, { API_1484_11: api2004 }), 'API_1484_11')).to.equal(api2004);
    expect(findApi(chain(7, { API: api12 }), 'API')).to.equal(api12);
    expect(findApi(chain(600, { API_1484_11: api2004 }), 'API_1484_11')).to.equal(undefined);
  });

  it('survives a parent that cannot be read and goes on to the opener', () => {
    const win = fakeWindow({ opener: fakeWindow({ API: api12 }) });
    Object.defineProperty(win, 'parent', {
      get() {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    expect(findApi(win, 'API')).to.equal(api12);
  });

  it('uses the top window’s opener, and the opener’s own parents', () => {
    const lms = fakeWindow({ API_1484_11: api2004 });
    const popupTop = fakeWindow({ opener: fakeWindow({ parent: lms }) });
    expect(findApi(fakeWindow({ parent: popupTop }), 'API_1484_11')).to.equal(api2004);
  });

  it('stops on openers that point at each other', () => {
    const a = fakeWindow();
    const b = fakeWindow({ opener: a });
    Object.assign(a, { opener: b });
    expect(findApi(a, 'API')).to.equal(undefined);
  });

  it('finds the API of a real parent window from a real iframe', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const host = window as unknown as Record<string, unknown>;
    host.API = api12;
    try {
      expect(findApi(frame.contentWindow!, 'API')).to.equal(api12);
    } finally {
      delete host.API;
      frame.remove();
    }
  });

  it('climbs out of a real cross-origin frame (its API cannot be read, its parent can)', async () => {
    const frame = document.createElement('iframe');
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    frame.src = `${location.protocol}//${otherHost}:${location.port}/`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const host = window as unknown as Record<string, unknown>;
    host.API_1484_11 = api2004;
    try {
      const crossOrigin = frame.contentWindow as unknown as Record<string, unknown>;
      expect(() => crossOrigin.API_1484_11).to.throw();
      expect(findApi(frame.contentWindow!, 'API_1484_11')).to.equal(api2004);
    } finally {
      delete host.API_1484_11;
      frame.remove();
    }
  });
});

describe('discoverApi', () => {
  it('retries for the configured time, then reports no LMS', async () => {
    const waits: number[] = [];
    const result = await discoverApi(fakeWindow(), 'API', {
      timeoutMs: 3000,
      intervalMs: 250,
      wait: (ms) => (waits.push(ms), Promise.resolve()),
    });
    expect(result).to.equal(undefined);
    expect(waits).to.have.length(12);
  });

  it('stops when the page leaves', async () => {
    const signal = { aborted: false };
    let waits = 0;
    await discoverApi(fakeWindow(), 'API', {
      signal,
      wait: () => ((signal.aborted = ++waits === 2), Promise.resolve()),
    });
    expect(waits).to.equal(2);
  });
});
