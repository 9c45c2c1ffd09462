// The window's security settings in one pure place (the Electron security checklist), so a test can
// read them without starting Electron. main.ts passes these to new BrowserWindow as they are.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    // The page cannot reach Node or the preload's scope; the preload itself runs sandboxed.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

export function windowOptions(preloadPath: string, iconPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    title: 'CMLens',
    icon: iconPath,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
