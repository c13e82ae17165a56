import type { StateCreator } from 'zustand';
import { defaultIssuesView, type IssuesView } from '../lib/url-state';
import type { AppState } from './app-store';

/*
 * The issues workspace's own state, all of it in the URL (`issue=`, `state=`, `late=`, `sort=`):
 * opening an issue is a history entry (back closes it); filtering and sorting replace the entry.
 */

export interface IssuesSlice {
  issuesView: IssuesView;
  /** Opens an issue's detail (null closes it). */
  openIssue: (id: string | null) => void;
  /** Changes the list's filters or order (the open issue stays). */
  refineIssues: (change: Partial<Omit<IssuesView, 'open'>>) => void;
  /** Back or forward: the view as the URL says. */
  restoreIssuesView: (view: IssuesView) => void;
}

export const createIssuesSlice =
  (init: IssuesView | undefined): StateCreator<AppState, [], [], IssuesSlice> =>
  (set, get) => ({
    issuesView: init ?? defaultIssuesView(),
    openIssue: (id) => {
      if (get().issuesView.open !== id) set({ issuesView: { ...get().issuesView, open: id } });
    },
    refineIssues: (change) => set({ issuesView: { ...get().issuesView, ...change } }),
    restoreIssuesView: (view) => {
      const v = get().issuesView;
      const same = v.open === view.open && v.lateOnly === view.lateOnly && v.sort === view.sort && v.states.join() === view.states.join();
      if (!same) set({ issuesView: view });
    },
  });
