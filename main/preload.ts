import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY, createApi, type Invoke, type Subscribe } from '../shared/ipc';

// The page gets named functions built from the channel map, never ipcRenderer itself.
const invoke: Invoke = (channel, request) => ipcRenderer.invoke(channel, request);

const subscribe: Subscribe = (channel, listener) => {
  const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

// One decoder for every imported document main forwards as JSON.
const utf8 = new TextDecoder();
export const api = createApi(invoke, subscribe, (bytes) => utf8.decode(bytes));

contextBridge.exposeInMainWorld(API_KEY, api);
