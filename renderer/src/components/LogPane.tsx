// One log (or a merge of several) as a virtualized grid: rows fetched by window, never all at once.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { Row } from '../../../shared/api/contract';
import { api } from '../api/client';

const ROW_HEIGHT = 22;
const PAGE = 200;

export function LogPane({ logIds, label }: { logIds: string[]; label: string }) {
  const [count, setCount] = useState(0);
  const [rows, setRows] = useState(new Map<number, Row>());
  const scrollRef = useRef<HTMLDivElement>(null);
  const key = logIds.join(',');

  useEffect(() => {
    setRows(new Map());
    void api.countRows({ logIds }).then(setCount);
  }, [key]);

  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;

  useEffect(() => {
    if (!count) return;
    const start = Math.max(0, Math.floor(first / PAGE) * PAGE);
    if (rows.has(start)) return;
    void api.getRows({ logIds, start, count: PAGE * 2 }).then((got) => {
      setRows((prev) => {
        const next = new Map(prev);
        for (const r of got) next.set(r.index, r);
        return next;
      });
    });
  }, [first, count, key]);

  return (
    <div className="log-pane">
      <div role="grid" aria-label={label} aria-rowcount={count} ref={scrollRef} className="log-grid">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((it) => {
            const r = rows.get(it.index);
            return (
              <div
                role="row"
                key={it.key}
                aria-rowindex={it.index + 1}
                className={`log-row sev-${r?.severity ?? 'info'}`}
                style={{ transform: `translateY(${it.start}px)`, height: ROW_HEIGHT }}
              >
                <span role="gridcell" className="c-text">{r?.text.split('\n')[0] ?? ''}</span>
                <span role="gridcell" className="c-comp">{r?.component ?? ''}</span>
                <span role="gridcell" className="c-time">{r?.wallMs != null ? new Date(r.wallMs).toISOString().replace('T', ' ').slice(0, 23) : ''}</span>
                <span role="gridcell" className="c-thread">{r?.thread ?? ''}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
