// Electron main: windows, menus, IPC wiring and security settings only. Everything else is the backend.
import { app, BrowserWindow, dialog, ipcMain, Menu, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, validateCall, type ApiEvent, type ApiMethod } from '../../shared/api/contract';
import { LogService } from '../backend/log-service';
import { rendererDir } from '../backend/app-paths';
import { isAllowedExternalUrl, isTrustedSender } from './sender-guard';

const service = new LogService();
const pageFile = join(rendererDir(), 'index.html');
const pageUrl = pathToFileURL(pageFile).href;
const windows = new Set<WebContents>();
const ready = new WeakSet<WebContents>();
const pending = new Map<WebContents, ApiEvent[]>();

function trusted(e: { sender: WebContents; senderFrame: { url: string; parent: unknown } | null }): boolean {
  return isTrustedSender({ frameUrl: e.senderFrame?.url, isMainFrame: !!e.senderFrame && e.senderFrame.parent === null, isOurWindow: windows.has(e.sender) }, pageUrl);
}

ipcMain.handle(IPC_CALL_CHANNEL, async (e: IpcMainInvokeEvent, msg: { method?: unknown; args?: unknown }) => {
  if (!trusted(e)) throw new Error('refused: untrusted sender');
  const v = validateCall(msg?.method, msg?.args);
  if (!v.ok) throw new Error(v.reason);
  return (service.api[v.method as ApiMethod] as (a: unknown) => Promise<unknown>)(v.args);
});

ipcMain.on(IPC_READY_CHANNEL, (e) => {
  if (!trusted(e)) return;
  ready.add(e.sender);
  for (const ev of pending.get(e.sender) ?? []) e.sender.send(IPC_EVENT_CHANNEL, ev);
  pending.delete(e.sender);
});

service.onEvent((ev) => {
  for (const wc of windows) {
    if (ready.has(wc)) wc.send(IPC_EVENT_CHANNEL, ev);
    else pending.set(wc, [...(pending.get(wc) ?? []), ev]);
  }
});

// No new windows, no navigation away from our page, external links only to the allow-list.
app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (ev, url) => {
    if (url.split('#')[0] !== pageUrl) ev.preventDefault();
  });
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
});

async function openWithDialog(win: BrowserWindow, folders: boolean): Promise<void> {
  const r = await dialog.showOpenDialog(win, {
    properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: folders ? undefined : [{ name: 'Logs', extensions: ['log', 'lo_', 'txt', 'zip'] }, { name: 'All files', extensions: ['*'] }],
  });
  if (!r.canceled && r.filePaths.length) await service.openPaths(r.filePaths);
}

function buildMenu(win: BrowserWindow): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: '&File',
        submenu: [
          { label: 'Open Files…', accelerator: 'CmdOrCtrl+O', click: () => void openWithDialog(win, false) },
          { label: 'Open Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => void openWithDialog(win, true) },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      { label: '&View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { role: 'togglefullscreen' }] },
    ]),
  );
}

async function createWindow(): Promise<void> {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'CMLens',
    icon: join(__dirname, '..', '..', 'assets', 'icon.png'),
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  windows.add(win.webContents);
  win.on('closed', () => windows.delete(win.webContents));
  buildMenu(win);
  await win.loadFile(pageFile);
}

app.whenReady().then(async () => {
  const paths = process.argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-'));
  if (paths.length) await service.openPaths(paths);
  else await service.api.openSamples({});
  await createWindow();
});

app.on('window-all-closed', () => app.quit());
