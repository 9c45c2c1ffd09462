// What a page may do to leave itself: nothing. It may not navigate away from our page, open windows,
// attach webviews or ask for permissions; links to Microsoft's documentation open in the user's browser.
import { isAllowedExternalUrl, isAppPage } from './sender-guard';

/** May the window navigate to `url`? Only to our own page, query and all. */
export function mayNavigate(url: string, appPageUrl: string): boolean {
  return isAppPage(url, appPageUrl, true);
}

/** window.open / target=_blank: never a new Electron window; an allowed link goes to the OS browser. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}

/** Camera, microphone, notifications, geolocation, clipboard-read, …: a log viewer needs none. */
export function mayGrantPermission(_permission: string): boolean {
  return false;
}
