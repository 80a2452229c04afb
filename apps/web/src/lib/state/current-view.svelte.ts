import { replaceState } from '$app/navigation';
import { page } from '$app/state';

/**
 * The query string of the view on screen when a page rewrites it without a navigation (the simulator writes
 * its scenario into the URL as it changes, and Kit's `page.url` does not follow a shallow replaceState).
 * The language switch reads it so that switching keeps the exact view.
 */
class CurrentView {
  search = $state<string | null>(null);

  /** Replaces the address bar's query string (shallow: no load runs) and remembers it. */
  replaceSearch(search: string): void {
    const url = new URL(window.location.href);
    url.search = search;
    if (url.href === window.location.href) return;
    replaceState(url, page.state);
    this.search = url.search;
  }
}

export const currentView = new CurrentView();
