// Mantine's default theme with the few changes WCAG 2.1 AA contrast needs: the default filled blue
// (shade 6) and the dimmed grey give white/grey text below 4.5:1, so darker shades are used.
import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** The words the theme itself puts on screen, in the user's language. */
export interface ThemeLabels {
  close: string;
  loading: string;
}

/**
 * The theme in the user's language: every dialog's ✕ button is named (axe: button-name), and every
 * spinner is a named live status (a bare <span> may not carry aria-label: axe aria-prohibited-attr), so
 * no page can forget either. Rebuilt when the language changes.
 */
export function themeIn(labels: ThemeLabels) {
  return createTheme({
    ...theme,
    components: {
      ...theme.components,
      Modal: {
        ...theme.components?.Modal,
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } },
      },
      Loader: { defaultProps: { role: 'status', 'aria-label': labels.loading } },
    },
  });
}

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Mantine renders a modal's title bar as <header>; in a portal at body level that becomes a second
    // banner landmark, which confuses screen-reader landmark navigation. A plain div is right here.
    ModalHeader: { defaultProps: { component: 'div' } },
    ModalTitle: { defaultProps: { fw: 650, fz: 'lg' } },
    // On phones every dialog takes the whole screen (styles.css), so forms in dialogs stay usable.
    Modal: { classNames: { inner: 'haven-modal-inner', content: 'haven-modal-content' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Text of light alerts (duplicates found, closure pending, no duplicates): Mantine's orange and
    // green shade 9 on their light backgrounds reach only about 3.6:1.
    '--mantine-color-orange-light-color': '#8f3606',
    '--mantine-color-green-light-color': '#1e5a2a',
    // Field error messages and error borders: Mantine's red 6 on white is 3.3:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
