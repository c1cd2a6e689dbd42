import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { type ReactNode, StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated } from './api/client.ts';
import { i18nReady } from './i18n/index.ts';
import { createAppRouter, PUBLIC_PATHS } from './routes/router.tsx';
import { clearSession } from './session/session.ts';
import { cssVariablesResolver, themeIn } from './theme.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
  },
});
const router = createAppRouter(queryClient);

// Any request that finds the session gone (idle or absolute expiry, revoked elsewhere) ends up here.
onUnauthenticated((error) => {
  if (PUBLIC_PATHS.includes(router.state.location.pathname)) return;
  const reason = error.code === 'session_expired' ? 'expired' : undefined;
  void router
    .navigate({ to: '/sign-in', search: reason ? { reason } : {} })
    .then(() => clearSession(queryClient));
});

function HavenMantine({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the label changes with the language
  const theme = useMemo(
    () => themeIn({ close: t('common.close'), loading: t('common.loading') }),
    [i18n.language, t],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      {children}
    </MantineProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
// Rendered once the catalogue is in; a catalogue that fails to load still renders (keys beat a blank page).
void i18nReady.finally(() =>
  createRoot(container).render(
    <StrictMode>
      {/* Light scheme only: no ColorSchemeScript, because the CSP forbids inline scripts. */}
      <HavenMantine>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </HavenMantine>
    </StrictMode>,
  ),
);
