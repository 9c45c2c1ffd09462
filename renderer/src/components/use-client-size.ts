// An element's client size, kept current by a ResizeObserver. `key`: observe again when it changes (an element
// rendered only sometimes).
import { useLayoutEffect, useState, type RefObject } from 'react';

type ClientSize = { width: number; height: number };

export function useClientSize(ref: RefObject<HTMLElement | null>, initial: ClientSize, key: unknown = null): ClientSize {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    measure();
    return () => ro.disconnect();
  }, [ref, key]);
  return size;
}
