import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { NewslineState, NewslineStore } from './index';

export const StoreContext = createContext<NewslineStore | null>(null);

export function useNewslineStore(): NewslineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Newsline store missing: wrap the app in StoreContext');
  return store;
}

/** Reads one narrow slice of state; components re-render only when it changes. */
export function useNewsline<T>(selector: (state: NewslineState) => T): T {
  return useStore(useNewslineStore(), selector);
}
