// Language menu. Before sign-in the choice is remembered in this browser; after sign-in it is saved
// on the user's profile, so it follows them to any device.
import { Button, Menu } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meApi } from '../api/endpoints.ts';
import { LOCALES, type Locale, type Me } from '../api/types.ts';
import { currentLocale, rememberLocale } from '../i18n/index.ts';
import { meQuery } from '../session/session.ts';

/** Each language is named in itself, so a user who cannot read the current UI still finds theirs. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  ro: 'Română',
  be: 'Беларуская',
};

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const active = currentLocale();

  async function choose(locale: Locale) {
    setSaving(true);
    try {
      if (queryClient.getQueryData<Me>(meQuery.queryKey)) {
        const updated = await meApi.setLocale(locale);
        queryClient.setQueryData(meQuery.queryKey, updated);
      }
    } catch {
      // The language still changes for this visit; it just is not saved on the profile.
    } finally {
      setSaving(false);
    }
    rememberLocale(locale);
    await i18n.changeLanguage(locale);
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          loading={saving}
          aria-label={t('language.switch', { language: LANGUAGE_NAMES[active] })}
          data-testid="language-switcher"
        >
          {LANGUAGE_NAMES[active]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => void choose(locale)}
            aria-current={locale === active ? 'true' : undefined}
            fw={locale === active ? 700 : undefined}
          >
            {LANGUAGE_NAMES[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
