// The directory's address parameters, apart from the page so the router can read them without loading it.

export type DirectoryTab = 'search' | 'gaps';

export function parseDirectorySearch(search: Record<string, unknown>): { tab?: DirectoryTab } {
  return search.tab === 'gaps' ? { tab: 'gaps' } : {};
}
