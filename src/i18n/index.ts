/**
 * The one place user-visible text comes from. English only for now; later
 * catalogues add the other languages with the same keys.
 *
 * t('columns.count', { count: 3 }) picks `columns.count_other` through
 * Intl.PluralRules and fills `{count}`.
 */
import { en, type MessageKey } from './en';

export type { MessageKey };

type BaseKey<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;
/** Keys callers pass: plural keys without their `_one` / `_other` suffix. */
export type TranslationKey = BaseKey<MessageKey>;

export type Vars = Record<string, string | number>;

const locale = 'en';
const catalogue: Record<string, string> = en;
const plurals = new Intl.PluralRules(locale);
const numberFormat = new Intl.NumberFormat(locale);

function format(template: string, vars: Vars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

/** The message for `key` in the current language, with `{name}` placeholders filled from `vars`. */
export function t(key: TranslationKey, vars?: Vars): string {
  const count = vars?.count;
  if (typeof count === 'number') {
    const plural = catalogue[`${key}_${plurals.select(count)}`] ?? catalogue[`${key}_other`];
    if (plural !== undefined) return format(plural, vars);
  }
  return format(catalogue[key] ?? key, vars);
}

/** The language tag of the active catalogue, for `<html lang>`. */
export function currentLocale(): string {
  return locale;
}
