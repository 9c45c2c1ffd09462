// Electron main: windows, menus, IPC wiring and security settings only. Everything else is the backend, which
// runs in its own utilityProcess behind BackendRelay: main relays calls and events, so a long backend call never
// freezes the window, and a crashed backend is restarted with the open set reopened.
// The security settings themselves live in pure modules with their own tests: window-options.ts,
// navigation-policy.ts, sender-guard.ts, ipc-dispatch.ts. This file is the only one that registers IPC.
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, utilityProcess, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, type ApiEvent, type CmlensApi } from '../../shared/api/contract';
import { BackendRelay } from '../backend/host/backend-relay';
import { backendEnv } from '../backend/host/backend-env';
import { saveExport } from '../backend/export/save-export';
import { rendererDir } from '../backend/app-paths';
import { errorLog } from '../backend/error-log';
import { isTrustedSender } from './sender-guard';
import { handleIpcCall, senderFactsOf } from './ipc-dispatch';
import { mayGrantPermission, mayNavigate, windowOpenDecision } from './navigation-policy';
import { windowOptions } from './window-options';
import { claimSingleInstance } from './single-instance';

process.on('uncaughtException', (e) => errorLog().write('main uncaughtException', e));
process.on('unhandledRejection', (e) => errorLog().write('main unhandledRejection', e));

// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();

// One CMLens: a second launch (a log double-clicked in Explorer) hands its paths to this one and exits.
const launch = claimSingleInstance(app, process.platform, () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win?.isMinimized()) win.restore();
  win?.focus();
});

// The open set lives in the backend process: a renderer that crashes or reloads gets it back from listLogs; a
// backend that crashes gets it back from the relay, which remembers what was opened. A utilityProcess is a Node
// child that Chromium's process model supervises (as VS Code runs its extension host); stdio 'inherit': the
// backend's own errors land where main's do. Its exit gives only the code: 'child-process-gone' below says why.
const backend = new BackendRelay(() => utilityProcess.fork(join(__dirname, 'backend.cjs'), [], { serviceName: 'CMLens backend', stdio: 'inherit', env: backendEnv() }));

/** Exports (report, rows) go where the user says: the native save dialog, over the focused window. */
async function pickSavePath(suggestedName: string): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow();
  const opts = { defaultPath: join(app.getPath('documents'), suggestedName) };
  const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
  return r.canceled || !r.filePath ? null : r.filePath;
}

/** The backend's API, with saveExport answered here: the dialog is main's; the text is pulled from the backend. */
const api: CmlensApi = { ...backend.api, saveExport: async (a) => saveExport(await backend.exportFile(a.spec), pickSavePath, backend.list()) };
const pageFile = join(rendererDir(), 'index.html');
const pageUrl = pathToFileURL(pageFile).href;
/** Our windows' pages: the events held for one that does not listen yet (fiddle's ready handshake), or null once it does. */
const pages = new Map<WebContents, ApiEvent[] | null>();

ipcMain.handle(IPC_CALL_CHANNEL, (e: IpcMainInvokeEvent, msg: unknown) => handleIpcCall(api, senderFactsOf(e, pages), pageUrl, msg));

ipcMain.on(IPC_READY_CHANNEL, (e) => {
  if (!isTrustedSender(senderFactsOf(e, pages), pageUrl)) return;
  const queued = pages.get(e.sender) ?? [];
  pages.set(e.sender, null);
  // A page that reloaded has missed the last diagnosis pushed (it is never asked for): hand it over first.
  for (const d of backend.latestDiagnoses()) {
    if (!queued.some((ev) => ev.type === 'diagnosis' && ev.setId === d.setId)) e.sender.send(IPC_EVENT_CHANNEL, d satisfies ApiEvent);
  }
  for (const ev of queued) e.sender.send(IPC_EVENT_CHANNEL, ev);
});

backend.onEvent((ev) => {
  for (const [wc, queued] of pages) {
    if (queued) queued.push(ev);
    else wc.send(IPC_EVENT_CHANNEL, ev);
  }
});

// No new windows, no navigation away from our page, no webviews; external links only to the allow-list.
app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    const d = windowOpenDecision(url);
    if (d.openExternally) void shell.openExternal(url);
    return { action: d.action };
  });
  contents.on('will-navigate', (ev, url) => {
    if (!mayNavigate(url, pageUrl)) ev.preventDefault();
  });
  contents.on('will-redirect', (ev, url) => {
    if (!mayNavigate(url, pageUrl)) ev.preventDefault();
  });
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
  contents.on('render-process-gone', (_ev, details) => {
    errorLog().write('renderer gone', details);
    // A reload re-reads the open set from main (listLogs + the ready handshake): nothing is lost.
    if (details.reason !== 'clean-exit' && !contents.isDestroyed()) {
      if (pages.has(contents)) pages.set(contents, []);
      contents.reload();
    }
  });
});

app.on('child-process-gone', (_e, details) => errorLog().write('child process gone', details));

async function openWithDialog(win: BrowserWindow, folders: boolean): Promise<void> {
  const r = await dialog.showOpenDialog(win, {
    properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: folders ? undefined : [{ name: 'Logs', extensions: ['log', 'lo_', 'txt', 'zip'] }, { name: 'All files', extensions: ['*'] }],
  });
  if (!r.canceled && r.filePaths.length) await backend.api.openPaths({ paths: r.filePaths });
}

function buildMenu(win: BrowserWindow): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: '&File',
        submenu: [
          { label: 'Open Files…', accelerator: 'CmdOrCtrl+O', click: () => void openWithDialog(win, false).catch((e) => errorLog().write('open files', e)) },
          { label: 'Open Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => void openWithDialog(win, true).catch((e) => errorLog().write('open folder', e)) },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      { label: '&View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { role: 'togglefullscreen' }] },
    ]),
  );
}

async function createWindow(): Promise<void> {
  const win = new BrowserWindow(windowOptions(join(__dirname, 'preload.cjs'), join(__dirname, '..', '..', 'assets', 'icon.png')));
  pages.set(win.webContents, []);
  win.on('closed', () => pages.delete(win.webContents));
  buildMenu(win);
  await win.loadFile(pageFile);
}

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(mayGrantPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => mayGrantPermission(permission));
  const paths = launch?.initialPaths(process.argv, process.cwd()) ?? [];
  try {
    await backend.start();
    if (paths.length) await backend.api.openPaths({ paths });
    else await backend.api.openSamples({});
  } catch (e) {
    errorLog().write('startup open', e);
  }
  await createWindow();
  launch?.ready((more) => void backend.api.openPaths({ paths: more }).catch((e) => errorLog().write('open from shell', e)));
}).catch((e) => errorLog().write('startup', e));

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => backend.stop());
