import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title (WCAG 2.4.2); it follows the language because `title` is already translated. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
}
