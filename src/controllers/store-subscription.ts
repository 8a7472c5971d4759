import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Anything with a `subscribe(listener)` that calls back at once and on every change. */
export interface Subscribable<T> {
  subscribe(listener: (value: T) => void): () => void;
}

/**
 * Keeps `value` in sync with a small store (the LMS adapter's saving status) while the host is
 * connected, and re-renders the host on each change. The store is read lazily, so it may be set
 * after the controller is made.
 */
export class StoreSubscription<T> implements ReactiveController {
  value: T;
  readonly #host: ReactiveControllerHost;
  readonly #store: () => Subscribable<T> | undefined;
  #unsubscribe: (() => void) | undefined;
  #source: Subscribable<T> | undefined;

  constructor(host: ReactiveControllerHost, store: () => Subscribable<T> | undefined, initial: T) {
    this.#host = host;
    this.#store = store;
    this.value = initial;
    host.addController(this);
  }

  hostConnected(): void {
    this.#subscribe();
  }

  /** The host's store may change (a property set later): follow it. */
  hostUpdate(): void {
    if (this.#store() !== this.#source) this.#subscribe();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#source = this.#store();
    this.#unsubscribe = this.#source?.subscribe((value) => {
      this.value = value;
      this.#host.requestUpdate();
    });
  }
}
