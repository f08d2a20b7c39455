import type { AppInfo, ViewState } from '../shared/ipc';
import type { Handlers } from './ipc-validation';
import { loadDocumentFile } from './documents';
import { isSafeExternalUrl } from './security';

export interface ViewStateStore {
  load(): Promise<ViewState>;
  save(state: ViewState): Promise<void>;
}

export interface HandlerDeps {
  /** The document shown at launch: the embedded default, or one named on the command line. */
  initialDocument: string;
  appInfo: AppInfo;
  viewState: ViewStateStore;
  openExternal: (url: string) => Promise<void>;
}

/** One plain function per channel; the shell registers them behind the sender check. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'document:get-initial': () => loadDocumentFile(deps.initialDocument),
    'app:get-info': async () => deps.appInfo,
    'view-state:get': () => deps.viewState.load(),
    'view-state:save': (state) => deps.viewState.save(state),
    'link:open-external': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { opened: false };
      // The scheme was checked on the line above (http, https, mailto only), which is what this check asks for.
      await deps.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
      return { opened: true };
    },
  };
}

/** A store that forgets on exit: used by tests and the browser bridge. */
export function memoryViewStateStore(initial: ViewState = {}): ViewStateStore {
  let state = { ...initial };
  return {
    load: async () => ({ ...state }),
    save: async (next) => {
      state = { ...state, ...next };
    },
  };
}
