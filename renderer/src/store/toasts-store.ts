// Messages for the user: API errors, open problems, notices. Shown as toasts; errors stay until closed.
import { create } from 'zustand';
import type { ApiArgs, ApiMethod, ApiResults, CmlensApi } from '../../../shared/api/contract';
import { api } from '../api/client';

interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface ToastsState {
  toasts: Toast[];
  /** Shows a message; returns its id (to dismiss it when what it says is over). */
  push(kind: Toast['kind'], text: string): number;
  dismiss(id: number): void;
}

let next = 1;

export const useToasts = create<ToastsState>((set, get) => ({
  toasts: [],
  push: (kind, text) => {
    const id = next++;
    set({ toasts: [...get().toasts.slice(-4), { id, kind, text }] });
    if (kind === 'info') setTimeout(() => get().dismiss(id), 6000);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

/** An API call; a failure becomes an error toast naming the call and `undefined`, never an unhandled rejection. */
export async function ask<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M] | undefined> {
  try {
    return await (api[method] as CmlensApi[M])(args);
  } catch (e) {
    useToasts.getState().push('error', `${method}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}
