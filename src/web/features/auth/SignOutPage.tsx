import { Center, Loader } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSignOut } from '../../session/useSignOut.ts';

/** /sign-out: a plain link that ends the session, for bookmarks and shared workstations. */
export function SignOutPage() {
  const { t } = useTranslation();
  usePageTitle(t('userMenu.signOut'));
  const signOut = useSignOut();
  // Strict mode runs effects twice in development; one logout is enough.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void signOut();
  }, [signOut]);
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('userMenu.signOut')} />
    </Center>
  );
}
