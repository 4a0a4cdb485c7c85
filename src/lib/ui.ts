/**
 * Every fixed string the portal shows, in Simplified. Traditional pages get them through the same
 * phrase-level conversion as the content (fix a wrong phrase in content/glossary.yaml). A site written in
 * Traditional has them converted once at build start. Missing keys are a type error, so the build fails.
 */
export const UI = {
  skipToContent: '跳到正文',
  home: '首页',
  youAreHere: '当前位置：',
  breadcrumb: '面包屑导航',
  mainNav: '主导航',
  body: '正文',
  publishedAt: '时间：',
  source: '来源：',
  author: '作者：',
  newer: '上一篇：',
  older: '下一篇：',
  none: '没有了',
  newerOlder: '上一篇和下一篇',
  more: '更多',
  latestNotices: '最新通知公告',
  pagination: '分页',
  previousPage: '上一页',
  nextPage: '下一页',
  pageN: '第{n}页',
  pageOf: '第{page}页 / 共{pages}页，共{total}条',
  emptyList: '本栏目暂无内容。',
  library: '政策文件库',
  libraryIntro: '本库收录本网站发布的全部通知公告和政策文件，按发布日期排列。',
  search: '搜索',
  searchLabel: '搜索本站',
  searchNoScript: '站内搜索需要启用浏览器的 JavaScript。不用 JavaScript，也可以从下面的栏目列表和政策文件库查找文件。',
  searchQuery: '搜索关键词',
  searchButton: '搜索',
  searchHint: '可输入词语、短语或发文字号（如 民办发〔2018〕7号），几个词之间用空格分开。',
  searchChannels: '栏目列表',
  searchLoading: '正在搜索……',
  searchFailed: '搜索暂时无法使用。请稍后再试，或从栏目列表和政策文件库查找文件。',
  searchCount: '找到 {n} 条结果',
  searchNone: '没有找到包含“{q}”的内容。请检查用字，或换一个词再试。',
  searchMissing: '本站没有任何页面包含“{word}”。',
  searchExact: '完全包含“{q}”的结果（{n} 条）',
  searchPartial: '包含“{words}”但不完全一致的结果（{n} 条）',
  searchMore: '显示更多结果',
  searchResults: '搜索结果',
  searchRefine: '筛选结果',
  facetChannel: '栏目',
  facetYear: '年份',
  facetIssuer: '发文机关',
  facetValidity: '有效性',
  facetAll: '全部',
  yearN: '{year}年',
  sortBy: '排序',
  sortRelevance: '按相关度',
  sortDate: '按日期（最新在前）',
  notFoundTitle: '页面不存在',
  notFoundText: '您访问的页面不存在或已被移除。请检查网址，或从首页、栏目页查找。',
  backHome: '返回首页',
  switchScript: '简繁切换',
  indexNumber: '索引号',
  topic: '主题分类',
  issuer: '发文机关',
  writtenDate: '成文日期',
  documentNumber: '发文字号',
  issuedDate: '发布日期',
  validity: '有效性',
  disclosureTable: '信息公开基本信息',
  contacts: '联系人',
  phone: '电话',
  email: '邮箱',
  attachments: '附件',
  citedBy: '被引用',
  attachmentN: '附件{n}',
  noLongerValid: '本文件已{validity}',
  noLongerValidHint: '本文件已不再执行，仅供查阅。',
  replacedByNow: '现行文件：',
  relationInterprets: '解读的文件',
  relationInterpretedBy: '政策解读',
  relationReplaces: '本文件替代的文件',
  relationReplacedBy: '替代本文件的文件',
  relationRelated: '相关文件',
  history: '更新记录',
  historyPublished: '首次发布',
  historyUpdated: '最后更新',
  historyChange: '本文于 {date} 更新：{note}',
  title: '标题',
  siteIdCode: '网站标识码',
  organizer: '主办单位',
  operator: '承办单位',
  contact: '联系方式',
  footer: '网站信息',
  shareQr: '扫一扫在手机端打开当前页',
  fontSize: '字体',
  sizeXL: '超大',
  sizeL: '大',
  sizeM: '中',
  sizeS: '小',
  highContrast: '高对比度',
  lineSpacing: '加大行距',
  print: '打印',
  printedOn: '打印日期：',
  qrImage: '本页二维码，网址：{url}',
} as const;

export type UiKey = keyof typeof UI;

/**
 * Fills `{name}` placeholders.
 * @example format('第{n}页', { n: 2 }) // '第2页'
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

const converted = new Map<string, Readonly<Record<UiKey, string>>>();

/**
 * The UI strings in the site's source script (pages are written in it, then converted as a whole).
 * @param convert turns Simplified text into the source script; identity for a Simplified site
 */
export function uiInSourceScript(sourceScript: string, convert: (text: string) => string): Readonly<Record<UiKey, string>> {
  if (sourceScript === 'zh-Hans') return UI;
  let dict = converted.get(sourceScript);
  if (!dict) {
    dict = Object.fromEntries(Object.entries(UI).map(([k, v]) => [k, convert(v)])) as Record<UiKey, string>;
    converted.set(sourceScript, dict);
  }
  return dict;
}
