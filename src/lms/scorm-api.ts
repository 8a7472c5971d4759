/** The raw LMS APIs as the SCORM run-time specifications define them (strings in, strings out). */

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
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
}

/** Adapts a found API object to the driver vocabulary. */
export function driverFor(version: '1.2' | '2004', api: Scorm12Api | Scorm2004Api): CmiDriver {
  if (version === '1.2') {
    const a = api as Scorm12Api;
    return {
      version,
      initialize: () => a.LMSInitialize(''),
      terminate: () => a.LMSFinish(''),
      get: (e) => a.LMSGetValue(e),
      set: (e, v) => a.LMSSetValue(e, v),
      commit: () => a.LMSCommit(''),
      lastError: () => a.LMSGetLastError(),
      errorString: (c) => a.LMSGetErrorString(c),
    };
  }
  const a = api as Scorm2004Api;
  return {
    version,
    initialize: () => a.Initialize(''),
    terminate: () => a.Terminate(''),
    get: (e) => a.GetValue(e),
    set: (e, v) => a.SetValue(e, v),
    commit: () => a.Commit(''),
    lastError: () => a.GetLastError(),
    errorString: (c) => a.GetErrorString(c),
  };
}
