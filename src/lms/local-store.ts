/**
 * A small JSON record in the browser's localStorage. Storage may be missing or throw (private
 * modes, sandboxed frames, quota): then the record lives in memory only, and the course goes on.
 */

export class LocalStore<T extends object> {
  readonly #key: string;
  readonly #storage: Storage | undefined;
  #memory: T | undefined;

  constructor(key: string, storage: Storage | undefined) {
    this.#key = key;
    this.#storage = storage;
  }

  read(): T | undefined {
    try {
      const text = this.#storage?.getItem(this.#key);
      if (text) return JSON.parse(text) as T;
    } catch {
      // Unreadable or blocked storage: fall back to memory.
    }
    return this.#memory;
  }

  write(value: T): void {
    this.#memory = value;
    try {
      this.#storage?.setItem(this.#key, JSON.stringify(value));
    } catch {
      // Quota or a blocked store: the memory copy still lasts for this session.
    }
  }
}

/** The window's localStorage, or undefined when access is blocked. */
export function storageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}
