// DOM listeners added together and removed together: the function returned is an effect's cleanup.
type On<M> = { [K in keyof M]?: (e: M[K]) => void };

export function listen(target: Window, on: On<WindowEventMap>, options?: AddEventListenerOptions): () => void;
export function listen(target: HTMLElement, on: On<HTMLElementEventMap>, options?: AddEventListenerOptions): () => void;
export function listen(target: EventTarget, on: object, options?: AddEventListenerOptions): () => void {
  const pairs = Object.entries(on) as [string, EventListener][];
  for (const [type, fn] of pairs) target.addEventListener(type, fn, options);
  return () => {
    for (const [type, fn] of pairs) target.removeEventListener(type, fn, options);
  };
}
