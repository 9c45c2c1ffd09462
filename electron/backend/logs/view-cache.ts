// The views the API has been asked for, kept until one of their logs changes. A change is told per log: rows
// appended at a log's end extend its one-log views in place (views.ts extendView); anything else that moves rows
// (closed, re-zoned, re-indexed, rows dropped by a roll) drops the views that hold that log. Views of other logs
// stay as they are, so a busy tail on one log does not rebuild the merged view of two others.
import type { RowFilter } from '../../../shared/api/contract';
import { buildView, extendView, type InstantsOf, type LogView, type ViewLog } from './views';

interface Cached<L extends ViewLog> {
  ids: readonly string[];
  filter: RowFilter | undefined;
  view: LogView<L>;
}

export class ViewCache<L extends ViewLog> {
  private readonly views = new Map<string, Cached<L>>();

  constructor(
    private readonly resolve: (id: string) => L,
    private readonly instantsOf: InstantsOf<L>,
  ) {}

  get(logIds: readonly string[], filter?: RowFilter): LogView<L> {
    const key = JSON.stringify([logIds, filter ?? null]);
    let c = this.views.get(key);
    if (!c) this.views.set(key, (c = { ids: [...logIds], filter, view: buildView(logIds.map(this.resolve), filter, this.instantsOf) }));
    return c.view;
  }

  /** Rows were added at the end of the log from row `from` on: its one-log views grow, merged views holding it go. */
  appended(logId: string, from: number): void {
    for (const [key, c] of this.views) {
      if (!c.ids.includes(logId)) continue;
      if (!extendView(c.view, c.filter, from, this.instantsOf)) this.views.delete(key);
    }
  }

  /** The log's rows changed other than by growing (closed, re-zoned, re-indexed, rows dropped): its views go. */
  invalidate(logId: string): void {
    for (const [key, c] of this.views) if (c.ids.includes(logId)) this.views.delete(key);
  }

  /** How many views are kept (tests). */
  get size(): number {
    return this.views.size;
  }
}
