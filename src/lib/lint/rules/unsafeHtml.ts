import type { Rule } from '../types.ts';

/** Elements that embed other pages or programs, change the page, take input, or animate (SVG). */
export const UNSAFE: Readonly<Record<string, string>> = {
  iframe: '嵌入其他网页', frame: '嵌入其他网页', frameset: '嵌入其他网页', portal: '嵌入其他网页',
  object: '嵌入程序', embed: '嵌入程序', applet: '嵌入程序', param: '嵌入程序',
  form: '提交数据', input: '输入框', button: '按钮', select: '下拉框', textarea: '输入框',
  style: '改变整个网页的样式', link: '加载外部文件', meta: '改变网页行为', base: '改变所有链接的指向',
  template: '隐藏内容', noscript: '隐藏内容', slot: '隐藏内容', dialog: '弹出层',
  svg: '内嵌矢量图（可带脚本和动画）', math: '内嵌公式', foreignobject: '内嵌外部内容',
  animate: 'SVG 动画（可改写链接）', set: 'SVG 动画（可改写链接）', animatemotion: 'SVG 动画', animatetransform: 'SVG 动画',
  video: '外部视频', audio: '外部音频', source: '外部媒体', track: '外部媒体', canvas: '画布',
};

/**
 * HTML that is never published: the sanitizer removes it, and the editor should know before a reader notices
 * the gap. (Markdown's own task-list checkboxes are fine.)
 */
export const unsafeHtml: Rule = {
  meta: { id: 'unsafe-html', severity: 'error', description: '嵌入网页、程序、表单、样式、SVG 等不发布的 HTML' },
  create(context) {
    return {
      element(node) {
        const name = node.tagName.toLowerCase();
        const why = UNSAFE[name];
        if (!why) return;
        if (name === 'input' && node.properties['type'] === 'checkbox' && node.properties['disabled'] === true) return;
        const fix = name === 'svg' ? '把矢量图存为 .svg 文件放在本文件旁，用 ![说明](./图.svg) 插入' : name === 'iframe' || name === 'video' ? '改用普通链接' : '删除这段 HTML';
        context.report({ node, message: `正文里有 <${node.tagName}>（${why}）；网站不发布这类 HTML`, fix });
      },
    };
  },
};
