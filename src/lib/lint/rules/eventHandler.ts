import { attributesOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/** An `on…` attribute (onerror, onclick, onbegin …) on any element: it runs script in the reader's browser. */
export const eventHandler: Rule = {
  meta: { id: 'event-handler', severity: 'error', description: '事件属性（on…）会在读者的浏览器里运行脚本' },
  create(context) {
    return {
      element(node) {
        for (const [name, value] of attributesOf(node)) {
          if (!/^on/i.test(name)) continue;
          const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
          context.report({ node, attribute: name, message: `<${node.tagName}> 带有事件属性 ${name}="${shown}"；它会运行脚本`, fix: `删除 ${name} 属性` });
        }
      },
    };
  },
};
