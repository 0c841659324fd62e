/** Russian needs three forms (1 чат, 2 чата, 5 чатов); English two. Intl.PluralRules picks the form. */
export type PluralForms = { one: string; few?: string; many?: string; other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

export function plural(lang: string, n: number, forms: PluralForms): string {
  let rules = rulesCache.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesCache.set(lang, rules);
  }
  const form = rules.select(n) as keyof PluralForms;
  return (forms[form] ?? forms.other).replace('{n}', String(n));
}
