/// <reference types="vite/client" />
// One module per language, so the build makes one chunk per language and a browser fetches only its own.
import core from '../locales/ro.json';
import { type Catalogue, withAreas } from './merge.ts';

const areas = import.meta.glob<Catalogue>('../locales/*/ro.json', { eager: true, import: 'default' });
export default withAreas(core, areas);
