import type { Text } from 'hast';
import { foldChar } from '../../search/fold.ts';
import { analyzeTraditional, detectScript, isCharTable, traditionalRuns, type Trace } from '../../variant/legacy.ts';
import type { FieldText, Rule } from '../types.ts';

const FIELDS = new Set(['title', 'subtitle', 'summary']);

/** Inline conversion markup (`-{zh-hans:软件;zh-hant:軟體}-`) says on purpose what each script shows: blanked out. */
function withoutMarkup(text: string): string {
  return text.replace(/-\{[\s\S]*?\}-/g, (m) => ' '.repeat(m.length));
}
/** Occurrences quoted in a message. */
const SHOWN = 5;

/**
 * Mixed scripts. In a Traditional file (declared with `lang: zh-Hant`, or on a Traditional site, or detected by its
 * characters): the traces of a character-table converter (關于 for 關於, 干部 or 幹淨, 范圍, 奮斗), counted per
 * 1,000 characters, an error above the calibrated rate (src/lib/variant/legacy.ts). A Traditional file that does
 * not say so is an error too: the build would publish it unconverted as the Simplified page. In a Simplified
 * file: runs of characters that exist only in Traditional (a pasted sentence), a warning.
 */
export const legacyConversion: Rule = {
  meta: { id: 'legacy-conversion', severity: 'error', description: '逐字转换的繁体（旧系统“字对字”转换的痕迹）和简繁混杂' },
  create(context) {
    const texts: { node?: Text; field?: FieldText; value: string }[] = [];
    return {
      fields(fields) {
        for (const field of fields) if (FIELDS.has(String(field.path[0]))) texts.push({ field, value: withoutMarkup(field.value) });
      },
      text(node, ancestors) {
        if (ancestors.some((a) => a.tagName === 'code' || a.tagName === 'pre')) return;
        if (/[\u3400-\u9fff]/.test(node.value)) texts.push({ node, value: withoutMarkup(node.value) });
      },
      done() {
        if (texts.length === 0) return;
        // A Simplified file without a single Traditional character (the usual case) needs no dictionaries: the
        // search fold (loaded anyway) tells Traditional characters apart cheaply.
        const all = texts.map((t) => t.value).join('\n');
        if (context.site.script !== 'zh-Hant' && [...all].filter((c) => foldChar(c) !== c).length < 2) return;
        const [converter] = context.site.converters();
        if (!converter) return;
        const detected = detectScript(all, converter);
        const declared = context.site.script;
        if (declared === 'zh-Hant' || detected === 'zh-Hant') {
          const converters = context.site.converters();
          let han = 0;
          let differing = 0;
          const found: { text: (typeof texts)[number]; trace: Trace }[] = [];
          for (const text of texts) {
            const analysis = analyzeTraditional(text.value, converters);
            han += analysis.han;
            for (const trace of analysis.traces) {
              if (!trace.byTable) continue;
              differing += 1;
              found.push({ text, trace });
            }
          }
          const per1000 = han === 0 ? 0 : (differing * 1000) / han;
          const rate = per1000.toFixed(1);
          const examples = found.slice(0, SHOWN).map((f) => `${f.trace.found}→${f.trace.proper}`).join('、');
          const at = found[0] ? (found[0].text.field ? { field: found[0].text.field } : { node: found[0].text.node, offset: found[0].trace.index }) : {};
          const kinds = new Set(found.map((f) => f.trace.pair)).size;
          if (isCharTable(kinds, per1000)) {
            context.report({
              ...at,
              message: `繁体文字有“字对字”转换的痕迹：${differing} 处（每千字 ${rate} 处），如 ${examples}；这是旧系统逐字转换的结果，用词不对`,
              fix: context.site.declaredScript || declared === 'zh-Hant'
                ? '按提示逐处改正；或把全文转回简体保存（删去 lang: zh-Hant），由网站按词组生成繁体'
                : '把全文转回简体保存，由网站按词组生成繁体（npm run import 可自动修复）',
            });
          } else if (declared !== 'zh-Hant') {
            context.report({
              node: texts.find((t) => t.node)?.node,
              message: '这篇文章是繁体字写的，但没有声明；网站会把它当作简体原文，简体页面将显示繁体字',
              fix: 'frontmatter 里加上 lang: zh-Hant',
            });
          }
          return;
        }
        if (detected === 'zh-Hans' || detected === undefined) {
          let shown = 0;
          for (const text of texts) {
            for (const run of traditionalRuns(text.value, converter)) {
              if (shown++ >= SHOWN) return;
              context.report({
                ...(text.field ? { field: text.field } : { node: text.node, offset: run.index }),
                severity: 'warning',
                message: `简体文章里夹着繁体字“${run.text.slice(0, 20)}”；繁体页面由网站自动生成，原文请统一用简体`,
                fix: `改为简体：${converter.convert(run.text.slice(0, 20), 'zh-Hant', 'zh-Hans')}`,
              });
            }
          }
        }
      },
    };
  },
};
