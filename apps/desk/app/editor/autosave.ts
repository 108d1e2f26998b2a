/**
 * When to autosave a draft: `delayMs` after the last keystroke, never two saves in
 * flight (the second would be based on a revision the first is replacing and conflict
 * with our own save), and not at all once the API has answered with a conflict, until
 * the translator has resolved it. The editor drives it; the clock is injected for tests.
 */
export type SaveState = "idle" | "dirty" | "saving" | "saved" | "failed" | "conflict";
export type SaveOutcome = "saved" | "failed" | "conflict";

export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const AUTOSAVE_DELAY_MS = 1500;

export class AutosaveScheduler {
  #state: SaveState = "idle";
  #timer: unknown = null;
  /** Edits arrived while a save was in flight: save again once it lands. */
  #editedWhileSaving = false;

  constructor(
    private readonly onDue: () => void,
    private readonly onState: (state: SaveState) => void,
    private readonly delayMs: number = AUTOSAVE_DELAY_MS,
    private readonly timers: Timers = {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  ) {}

  get state(): SaveState {
    return this.#state;
  }

  #set(state: SaveState): void {
    this.#state = state;
    this.onState(state);
  }

  #arm(): void {
    if (this.#timer !== null) this.timers.clearTimeout(this.#timer);
    this.#timer = this.timers.setTimeout(() => {
      this.#timer = null;
      this.#fire();
    }, this.delayMs);
  }

  #fire(): void {
    if (this.#state === "saving" || this.#state === "conflict") return;
    this.#set("saving");
    this.onDue();
  }

  /** The translator changed something. */
  edited(): void {
    if (this.#state === "conflict") return;
    if (this.#state === "saving") {
      this.#editedWhileSaving = true;
      return;
    }
    this.#set("dirty");
    this.#arm();
  }

  /** Save now (the Save button, leaving the page); ignored while a save is in flight. */
  flush(): void {
    if (this.#timer !== null) this.timers.clearTimeout(this.#timer);
    this.#timer = null;
    this.#fire();
  }

  /** The API answered the save that `onDue` started. */
  finished(outcome: SaveOutcome): void {
    if (outcome === "conflict") {
      this.#editedWhileSaving = false;
      this.#set("conflict");
      return;
    }
    this.#set(outcome);
    if (this.#editedWhileSaving) {
      this.#editedWhileSaving = false;
      this.#set("dirty");
      this.#arm();
    }
  }

  /** The conflict was resolved (the editor now shows a head it is based on). */
  resolved(): void {
    this.#editedWhileSaving = false;
    this.#set("idle");
  }

  dispose(): void {
    if (this.#timer !== null) this.timers.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
