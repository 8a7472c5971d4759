/** The raw LMS APIs as the SCORM run-time specifications define them (strings in, strings out). */
import type { CmiRules } from './cmi-validator.js';
import { RULES_12 } from './cmi-rules-12.js';
import { RULES_2004 } from './cmi-rules-2004.js';

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

/** One call vocabulary for both versions, so the call discipline is written once. */
export interface CmiDriver {
  readonly version: '1.2' | '2004';
  /** The rules every value is checked against before it is sent (cmi-validator.ts). */
  readonly rules: CmiRules;
  initialise(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
}

/** Adapts a SCORM 1.2 API object to the driver vocabulary. */
export function driver12(a: Scorm12Api): CmiDriver {
  return {
    version: '1.2',
    rules: RULES_12,
    initialise: () => a.LMSInitialize(''),
    terminate: () => a.LMSFinish(''),
    get: (e) => a.LMSGetValue(e),
    set: (e, v) => a.LMSSetValue(e, v),
    commit: () => a.LMSCommit(''),
    lastError: () => a.LMSGetLastError(),
    errorString: (c) => a.LMSGetErrorString(c),
  };
}

/** Adapts a SCORM 2004 API object to the driver vocabulary. */
export function driver2004(a: Scorm2004Api): CmiDriver {
  return {
    version: '2004',
    rules: RULES_2004,
    initialise: () => a.Initialize(''),
    terminate: () => a.Terminate(''),
    get: (e) => a.GetValue(e),
    set: (e, v) => a.SetValue(e, v),
    commit: () => a.Commit(''),
    lastError: () => a.GetLastError(),
    errorString: (c) => a.GetErrorString(c),
  };
}

/** Adapts a found API object to the driver vocabulary. */
export function driverFor(version: '1.2' | '2004', api: Scorm12Api | Scorm2004Api): CmiDriver {
  return version === '1.2' ? driver12(api as Scorm12Api) : driver2004(api as Scorm2004Api);
}
