// An API answer a component shows, asked again when what it depends on changes. A late answer to an older question
// is dropped; a failed one (rejected, or `undefined` from a toasting `ask`) leaves what is shown (the next change asks again); `delayMs` lets a burst (tail appends,
// resizes) settle before asking. No question (`ask` null): nothing is shown.
import { useEffect, useState, type DependencyList } from 'react';

export function useAnswer<T>(ask: (() => Promise<T | undefined>) | null, deps: DependencyList, delayMs = 0): T | null {
  const [answer, setAnswer] = useState<T | null>(null);
  useEffect(() => {
    if (!ask) return setAnswer(null);
    let live = true;
    const timer = setTimeout(() => ask().then((a) => live && a !== undefined && setAnswer(a), () => undefined), delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what its question depends on
  }, deps);
  return answer;
}
