import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AsyncDirective, directive, type DirectiveResult, type PartInfo } from 'lit/async-directive.js';
import { guard } from 'lit/directives/guard.js';
import { afterNextPaint } from './after-next-paint.js';

/** Rows rendered with a view, across its lists: more than a 1080-pixel-tall screen holds (rows are about 38 px). */
const FIRST_ROWS = 30;
/** Rows added per later task, across lists: a few milliseconds of template work and one layout. */
const CHUNK_ROWS = 100;

/**
 * The rows of one view on their way in: the view's lists share a first budget, spent in the order
 * they render, and the lists that are left short grow a chunk per task afterwards, in order.
 */
export class RowSchedule {
  #first = FIRST_ROWS;
  readonly #lists = new Set<ProgressiveRowsDirective>();
  readonly #wake: () => void;

  constructor(wake: () => void) {
    this.#wake = wake;
  }

  /** Whether some list still has rows to show. */
  get busy(): boolean {
    return this.#lists.size > 0;
  }

  /** Takes up to `wanted` rows of the first budget. */
  claim(wanted: number): number {
    const given = Math.min(wanted, this.#first);
    this.#first -= given;
    return given;
  }

  /** Adds a list that has rows left to show. */
  wait(list: ProgressiveRowsDirective): void {
    this.#lists.add(list);
    this.#wake();
  }

  /** Drops a list (complete, or out of the page). */
  drop(list: ProgressiveRowsDirective): void {
    this.#lists.delete(list);
  }

  /** Shows up to `budget` more rows, to the first lists waiting. */
  grow(budget: number): void {
    for (const list of this.#lists) {
      if (budget <= 0) break;
      budget -= list.grow(budget);
    }
  }

  /** Shows every row now, synchronously. */
  finish(): void {
    for (const list of this.#lists) list.grow(Infinity);
  }
}

type RenderRow<T> = (item: T, index: number) => unknown;

/** Renders a growing slice of a list: see {@link progressiveRows}. */
class ProgressiveRowsDirective extends AsyncDirective {
  #schedule?: RowSchedule;
  #items: readonly unknown[] = [];
  #renderRow: RenderRow<unknown> = () => '';
  #shown = 0;
  /**
   * The rows shown so far, in the chunks they came in. Each chunk is committed once: a later
   * chunk adds its rows without rendering or even comparing the earlier ones again (growing a
   * 1000-row list would otherwise cost work in the square of its length).
   */
  #chunks: unknown[][] = [];

  constructor(part: PartInfo) {
    super(part);
  }

  render(schedule: RowSchedule, items: readonly unknown[], renderRow: RenderRow<never>): unknown {
    void schedule;
    return items.map(renderRow as RenderRow<unknown>);
  }

  override update(_part: unknown, [schedule, items, renderRow]: Parameters<this['render']>): unknown {
    this.#renderRow = renderRow as RenderRow<unknown>;
    if (schedule === this.#schedule && items === this.#items) return noChange;
    if (schedule !== this.#schedule) {
      this.#schedule?.drop(this);
      this.#schedule = schedule;
      this.#shown = schedule.claim(items.length);
    }
    this.#items = items;
    this.#shown = Math.min(this.#shown, items.length);
    this.#chunks = [this.#render(0, this.#shown)];
    if (this.#shown < items.length) schedule.wait(this);
    else schedule.drop(this);
    return this.#value();
  }

  /** Shows up to `count` more rows; returns how many it showed. */
  grow(count: number): number {
    const shown = this.#shown;
    this.#shown = Math.min(this.#items.length, shown + count);
    if (this.#shown >= this.#items.length) this.#schedule?.drop(this);
    if (this.#shown > shown) {
      this.#chunks.push(this.#render(shown, this.#shown));
      this.setValue(this.#value());
    }
    return this.#shown - shown;
  }

  protected override disconnected(): void {
    this.#schedule?.drop(this);
  }

  protected override reconnected(): void {
    if (this.#shown < this.#items.length) this.#schedule?.wait(this);
  }

  #render(from: number, to: number): unknown[] {
    const rows = [];
    for (let index = from; index < to; index++) rows.push(this.#renderRow(this.#items[index], index));
    return rows;
  }

  /** Every chunk behind a guard on itself: lit skips a chunk it has committed already. */
  #value(): unknown[] {
    return this.#chunks.map((chunk) => guard([chunk], () => chunk));
  }
}

const rows = directive(ProgressiveRowsDirective);

/**
 * Renders `items` with `renderRow` a slice at a time: the rows that `schedule`'s first budget
 * allows come with the render, the others in later tasks (see {@link ProgressiveRowsController}).
 * Rendered again with the same schedule and items, it keeps what it has shown and goes on.
 *
 * @example
 * html`<tbody>${progressiveRows(schedule, cookies, (cookie) => html`<tr>…</tr>`)}</tbody>`
 */
export const progressiveRows = <T>(
  schedule: RowSchedule,
  items: readonly T[],
  renderRow: RenderRow<T>,
): DirectiveResult<typeof ProgressiveRowsDirective> => rows(schedule, items, renderRow as RenderRow<never>);

/**
 * Progressive rows for one element's views: long lists (a 1000-cookie policy, the dialog's
 * cookies) show their first screen with the render that shows the view, then grow a chunk per
 * task once that first frame has been painted, so that no task is long. Before printing
 * (`beforeprint`) every row is rendered at once, synchronously: a printed policy has every row.
 */
export class ProgressiveRowsController implements ReactiveController {
  readonly #schedules = new Map<string, { key: readonly unknown[]; schedule: RowSchedule }>();
  #timer: Promise<void> | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#finish);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#finish);
  }

  /**
   * The schedule of the view `slot` (`policy`, `dialog`…) for `key`: the same one while `key`'s
   * values stay the same (a re-render keeps its rows), a new one, with a new first budget, when
   * one changes (another registry or language, another opening of the dialog).
   */
  schedule(slot: string, ...key: unknown[]): RowSchedule {
    const entry = this.#schedules.get(slot);
    if (entry && entry.key.length === key.length && entry.key.every((value, index) => value === key[index])) {
      return entry.schedule;
    }
    const schedule = new RowSchedule(this.#wake);
    this.#schedules.set(slot, { key, schedule });
    return schedule;
  }

  #wake = (): void => {
    if (this.#timer) return;
    // The first frame, with the first rows, is painted before any other row is built.
    this.#timer = afterNextPaint().then(this.#step);
  };

  #step = (): void => {
    const busy = [...this.#schedules.values()].filter(({ schedule }) => schedule.busy);
    busy[0]?.schedule.grow(CHUNK_ROWS);
    if (busy.some(({ schedule }) => schedule.busy)) {
      this.#timer = new Promise((resolve) => setTimeout(resolve)).then(this.#step);
    } else this.#timer = null;
  };

  #finish = (): void => {
    for (const { schedule } of this.#schedules.values()) schedule.finish();
  };
}
