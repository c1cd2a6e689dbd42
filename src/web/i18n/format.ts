/** Dates follow the interface language, not the browser's, so a page never mixes two languages. */
export { formatDateTime } from './intl.ts';
