/** The two scripts every page is built in. BCP 47 tags, as `<html lang>` and Pagefind expect. */
export const SCRIPTS = ['zh-Hans', 'zh-Hant'] as const;

/** 简体 (`zh-Hans`) or 繁體 (`zh-Hant`). */
export type Script = (typeof SCRIPTS)[number];

/** The script that is not `script`. */
export function otherScript(script: Script): Script {
  return script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Reads a `lang` value as one of our scripts, or `undefined` when it is not Chinese.
 * @example scriptOfLang('zh-TW') // 'zh-Hant'
 * @example scriptOfLang('zh') // 'zh-Hans'
 */
export function scriptOfLang(lang: string | undefined): Script | undefined {
  if (!lang) return undefined;
  const tag = lang.trim().toLowerCase();
  if (!/^zh(-|$)/.test(tag)) return undefined;
  if (/-(hant|tw|hk|mo)(-|$)/.test(tag)) return 'zh-Hant';
  return 'zh-Hans';
}

/** How a script is named on the 简/繁 switch. */
export const SCRIPT_LABEL: Record<Script, string> = { 'zh-Hans': '简', 'zh-Hant': '繁' };
