/** The line recognizers of the importer: each kind of line a legacy portal page prints. */
import { describe, expect, it } from 'vitest';
import {
  findDate,
  footerKind,
  isAppendixHead,
  isDateLine,
  isIssuerLine,
  isToolLine,
  normalizeDocumentNumber,
  readAttachmentHead,
  readAttachmentItem,
  readAuthorLine,
  readBreadcrumb,
  readContacts,
  readDocumentNumberLine,
  readMetaLine,
  readNoticeFields,
  readRecipients,
  readTrailer,
} from '../../../src/lib/import/fields.ts';

describe('breadcrumb', () => {
  it('reads every separator portals use, without 首页 and 正文', () => {
    expect(readBreadcrumb('当前位置：首页 > 新闻中心 > 媒体报道 > 正文')).toEqual(['新闻中心', '媒体报道']);
    expect(readBreadcrumb('您的位置：首页 ＞ 新闻中心 ＞ 工作动态')).toEqual(['新闻中心', '工作动态']);
    expect(readBreadcrumb('首页 » 政务公开 » 通知公告')).toEqual(['政务公开', '通知公告']);
    expect(readBreadcrumb('当前位置：首页->新闻中心->媒体报道')).toEqual(['新闻中心', '媒体报道']);
    expect(readBreadcrumb('目前位置：首頁 ＞ 新聞中心 ＞ 工作動態')).toEqual(['新聞中心', '工作動態']);
  });
  it('leaves body text alone', () => {
    expect(readBreadcrumb('会议指出，要把资源下沉到基层 > 乡镇')).toBeUndefined();
  });
});

describe('dates and the meta line', () => {
  it('reads dates in every printed form', () => {
    expect(findDate('2019-04-01')?.date).toBe('2019-04-01');
    expect(findDate('2019/4/1 9:05')).toMatchObject({ date: '2019-04-01', time: '09:05' });
    expect(findDate('2019年4月1日 09:30:15')).toMatchObject({ date: '2019-04-01', time: '09:30' });
    expect(findDate('二〇一八年三月二十六日')?.date).toBe('2018-03-26');
    expect(findDate('2018年2月30日')).toBeUndefined();
    expect(isDateLine('2018年3月26日')).toBe(true);
    expect(isDateLine('2018年3月26日，会议召开')).toBe(false);
  });
  it('reads date, source and author, whatever comes first, and drops the view count', () => {
    expect(readMetaLine('时间：2019-04-01  浏览量：128 次  来源：中国社会报')).toEqual({ date: expect.objectContaining({ date: '2019-04-01' }), source: '中国社会报', labels: ['时间', '浏览量', '来源'] });
    expect(readMetaLine('来源：民政部网站 | 发布时间：2018年5月14日 09:30')).toMatchObject({ source: '民政部网站', date: { date: '2018-05-14', time: '09:30' } });
    expect(readMetaLine('发布日期：2022-08-16  作者：周 亮  点击数：342')).toMatchObject({ author: '周亮', date: { date: '2022-08-16' } });
    expect(readMetaLine('發佈日期：2024-03-12  資料來源：社會處')).toMatchObject({ source: '社會處' });
  });
  it('is not fooled by a sentence with a colon', () => {
    expect(readMetaLine('会议强调：来源：不明的资金一律不得使用。')).toBeUndefined();
  });
});

describe('bylines and trailers', () => {
  it('joins names that portals pad with spaces', () => {
    expect(readAuthorLine('本报记者 周 亮')).toBe('本报记者 周亮');
    expect(readAuthorLine('记者 黃 怡君')).toBe('记者 黃怡君');
    expect(readAuthorLine('记者 王晓燕 通讯员 刘 军')).toBe('记者 王晓燕 通讯员 刘军');
    expect(readAuthorLine('记者了解到，今年以来全市新建社区养老服务中心12家。')).toBeUndefined();
  });
  it('reads (来源：…) and 责任编辑 at the end', () => {
    expect(readTrailer('（来源：中国社会报）')).toEqual({ source: '中国社会报', rest: '' });
    expect(readTrailer('……稳步推进。（来源：民政部网站）')).toEqual({ source: '民政部网站', rest: '……稳步推进。' });
    expect(readTrailer('责任编辑：王 芳')).toEqual({ editor: '王芳', rest: '' });
  });
});

describe('chrome', () => {
  it('knows reader tools, share buttons and previous/next', () => {
    for (const line of ['【字体：大 中 小】 打印', '【打印本页】【关闭窗口】', '扫一扫在手机端打开当前页', '分享到：', '上一篇：全市养老服务工作推进会召开', '【列印本頁】【關閉視窗】']) {
      expect(isToolLine(line), line).toBe(true);
    }
    expect(isToolLine('会议要求各地关闭不合格的服务窗口。')).toBe(false);
  });
  it('knows footer lines', () => {
    expect(footerKind('版权所有：示范市民政局  京ICP备00000000号')).toBe('strong');
    expect(footerKind('网站标识码：1000000001')).toBe('strong');
    expect(footerKind('主办单位：示范市民政局')).toBe('weak');
    expect(footerKind('会议由市民政局主持。')).toBeUndefined();
  });
});

describe('notice parts', () => {
  it('normalizes a 发文字号 after GB/T 9704-2012', () => {
    expect(readDocumentNumberLine('民办发〔2018〕7号')).toEqual({ written: '民办发〔2018〕7号', normalized: '民办发〔2018〕7号', changed: false });
    expect(readDocumentNumberLine('民办发[2018]07号')?.normalized).toBe('民办发〔2018〕7号');
    expect(normalizeDocumentNumber('民办发（2018）第7号')?.normalized).toBe('民办发〔2018〕7号');
    expect(readDocumentNumberLine('2018年加强基层民政工作实施方案')).toBeUndefined();
  });
  it('reads the 信息公开 fields, several on a line', () => {
    expect(readNoticeFields('索引号：000014349/2018-00123  主题分类：民政/基层政权')).toEqual({ indexNumber: '000014349/2018-00123', topic: '民政\\基层政权' });
    expect(readNoticeFields('发文机关：民政部办公厅  成文日期：2018年05月12日')).toMatchObject({ issuer: '民政部办公厅', writtenDate: { date: '2018-05-12' } });
  });
  it('reads 主送机关, 署名, contacts and 附件说明', () => {
    expect(readRecipients('各省、自治区、直辖市民政厅（局）：')).toBe('各省、自治区、直辖市民政厅（局）');
    expect(readRecipients('会议要求：')).toBeUndefined();
    expect(isIssuerLine('民政部办公厅')).toBe(true);
    expect(isIssuerLine('请认真贯彻执行。')).toBe(false);
    expect(readContacts('（联系人：李玉玲，联系电话：010-58123760）')).toEqual([{ name: '李玉玲', phone: '010-58123760' }]);
    expect(readContacts('联系人：李玉玲  联系电话：(010)58123760  电子邮箱：office@example.gov.cn')).toEqual([{ name: '李玉玲', phone: '(010)58123760', email: 'office@example.gov.cn' }]);
    expect(readAttachmentHead('附件：1. 2018年加强基层民政工作实施方案')).toEqual({ items: ['2018年加强基层民政工作实施方案'] });
    expect(readAttachmentItem('2．《补助资金分配表》.xlsx')).toBe('补助资金分配表');
    expect(isAppendixHead('附件1')).toBe(true);
    expect(isAppendixHead('附件：1. 实施方案')).toBe(false);
  });
});
