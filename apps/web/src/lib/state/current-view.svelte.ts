/**
 * The query string of the view on screen when a page rewrites it without a navigation (the simulator writes
 * its scenario into the URL while a slider moves, and Kit's `page.url` does not follow a shallow replaceState).
 * The language switch reads it so that switching keeps the exact view.
 */
class CurrentView {
  search = $state<string | null>(null);

  /** Replaces the address bar's query string and remembers it. */
  replaceSearch(search: string): void {
    const url = new URL(window.location.href);
    url.search = search;
    history.replaceState(history.state, '', url);
    this.search = url.search;
  }
}

export const currentView = new CurrentView();
