import { expect } from '@open-wc/testing';
import { CmiSession } from './cmi-session.js';
import type { CmiDriver } from './scorm-api.js';
import { RULES_2004 } from './cmi-rules-2004.js';
import { FakeClock } from './test-lms-harness.js';

/** A scripted driver: records calls; `refuse` decides which SetValues fail and with what code. */
function driver(refuse: (element: string) => string | undefined = () => undefined) {
  const calls: string[] = [];
  let error = '0';
  const call = (name: string, result: () => string) => {
    calls.push(name);
    return result();
  };
  const d: CmiDriver = {
    version: '2004',
    rules: RULES_2004,
    initialise: () => call('Initialize', () => ((error = '0'), 'true')),
    terminate: () => call('Terminate', () => ((error = '0'), 'true')),
    get: (e) => call(`GetValue ${e}`, () => ((error = '0'), '')),
    set: (e, v) =>
      call(`SetValue ${e}=${v}`, () => {
        error = refuse(e) ?? '0';
        return error === '0' ? 'true' : 'false';
      }),
    commit: () => call('Commit', () => ((error = '0'), 'true')),
    lastError: () => (calls.push('GetLastError'), error),
    errorString: (c) => `error ${c}`,
  };
  return { d, calls };
}

describe('CmiSession', () => {
  it('calls GetLastError after every call', () => {
    const { d, calls } = driver();
    const s = new CmiSession(d, new FakeClock());
    s.initialise();
    s.get('cmi.location');
    s.set('cmi.location', 'p1');
    s.commit();
    s.terminate(true);
    const others = calls.filter((c) => c !== 'GetLastError');
    expect(others).to.have.length(6);
    expect(calls.map((c) => c === 'GetLastError')).to.deep.equal(calls.map((_, i) => i % 2 === 1));
  });

  it('never sends an invalid value, and says why', () => {
    const { d, calls } = driver();
    const s = new CmiSession(d, new FakeClock());
    const problems: string[] = [];
    s.subscribe((u) => u.problem && problems.push(u.problem.code));
    s.initialise();
    s.set('cmi.session_time', 'PT3.5M');
    s.commit();
    expect(calls.some((c) => c.startsWith('SetValue'))).to.equal(false);
    expect(problems).to.deep.equal(['invalid']);
  });

  it('drops a value the LMS will never accept (406) and sends the rest', () => {
    const { d, calls } = driver((e) => (e === 'cmi.location' ? '406' : undefined));
    const s = new CmiSession(d, new FakeClock());
    s.initialise();
    s.set('cmi.location', 'x');
    s.set('cmi.suspend_data', 'y');
    expect(s.commit()).to.equal(true);
    expect(calls).to.include('SetValue cmi.suspend_data=y');
    expect(s.pending.size).to.equal(0);
  });

  it('keeps values in order until a transient failure clears, retrying with growing delays', () => {
    let refusing = true;
    const { d, calls } = driver((e) => (refusing && e === 'cmi.location' ? '351' : undefined));
    const clock = new FakeClock();
    const s = new CmiSession(d, clock);
    s.initialise();
    s.set('cmi.location', 'a');
    s.set('cmi.suspend_data', 'b');
    expect(s.commit()).to.equal(false);
    expect(s.update.status).to.equal('retrying');
    expect([...s.pending.keys()]).to.deep.equal(['cmi.location', 'cmi.suspend_data']);
    clock.advance(2000);
    clock.advance(4999);
    expect(calls.filter((c) => c === 'SetValue cmi.location=a')).to.have.length(2);
    refusing = false;
    clock.advance(1);
    expect(s.update.status).to.equal('saved');
    expect(s.pending.size).to.equal(0);
    const order = calls.filter((c) => c.startsWith('SetValue')).slice(-2);
    expect(order).to.deep.equal(['SetValue cmi.location=a', 'SetValue cmi.suspend_data=b']);
  });

  it('terminates once and makes no calls afterwards', () => {
    const { d, calls } = driver();
    const clock = new FakeClock();
    const s = new CmiSession(d, clock);
    s.initialise();
    s.terminate(false);
    s.terminate(false);
    s.set('cmi.location', 'late');
    s.commit();
    s.get('cmi.location');
    expect(calls.filter((c) => c !== 'GetLastError')).to.deep.equal(['Initialize', 'Terminate']);
    expect(s.update.status).to.equal('closed');
  });
});
