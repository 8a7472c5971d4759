import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyActorRef, SnapshotFrom, Subscription } from 'xstate';

/**
 * Keeps `value` in sync with an actor and re-renders the host when the selected value changes.
 * The actor belongs to whoever created it (the app shell); the controller only subscribes while
 * the host is connected, so moving the host in the DOM never stops the actor.
 */
export class ActorSelector<A extends AnyActorRef, T> implements ReactiveController {
  /** The latest selected value. */
  value: T;
  readonly #host: ReactiveControllerHost;
  readonly #actor: A;
  readonly #select: (state: SnapshotFrom<A>) => T;
  readonly #equals: (a: T, b: T) => boolean;
  #sub: Subscription | undefined;

  constructor(
    host: ReactiveControllerHost,
    actor: A,
    select: (state: SnapshotFrom<A>) => T,
    equals: (a: T, b: T) => boolean = Object.is,
  ) {
    this.#host = host;
    this.#actor = actor;
    this.#select = select;
    this.#equals = equals;
    this.value = select(actor.getSnapshot() as SnapshotFrom<A>);
    host.addController(this);
  }

  hostConnected(): void {
    this.value = this.#select(this.#actor.getSnapshot() as SnapshotFrom<A>);
    this.#sub = this.#actor.subscribe((state: SnapshotFrom<A>) => {
      const next = this.#select(state);
      if (!this.#equals(next, this.value)) {
        this.value = next;
        this.#host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    this.#sub?.unsubscribe();
    this.#sub = undefined;
  }
}
