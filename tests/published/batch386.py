"""The three-hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 and
林业 bodies, 眉县 (a county of 宝鸡 at the foot of 太白山, its staff Han) — the 县自然资源局, the
县林业局, the 县不动产登记中心, the 县太白山林场, the 横渠国土资源所 (the 自然资源局's 所 for 横渠镇), the
县自然资源综合执法大队, the 县森林病虫害防治检疫站 and the 县林业技术推广中心 — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column, a
  制表/审核/date line under each;
- the 不动产登记中心's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date
  line;
- the 太白山林场's 防控卡, one sheet a holder (tabs named by the post): pairs ``持卡人 | … | 职　务 |
  …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, no type
  column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 场长签字：``;
- the 横渠国土资源所's 自查表, one sheet a person (tabs named by the holder): pairs ``姓　名 | … |
  职　务 | …`` above ``序号 | 工作环节 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short types,
  ``高风险/中风险/低风险``, ``本人签名： | … | 所长审核：``;
- the 自然资源综合执法大队's 责任清单 under GROUP ROWS ``一、大队领导``, ``二、综合股``, ``三、执法一中队``,
  ``四、执法二中队`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 森林病虫害防治检疫站's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 林业技术推广中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低, a 填表人/审核人/中心主任（签字）
  line.

One is harder:

- ``meixian_forestry_bureau_linked_roster``: the 林业局's 岗位廉政风险防控一览表, an ordinary list (a
  title, a ``填报单位：…　填报时间：…`` line, ``序号 | 股室 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, 股室 merged, 岗位 and 姓名 merged per person, short types, ``一级/二级/三级`` read by a
  ``注：`` line, a 填表人/审核人/date line) — whose ``岗位`` and ``姓名`` cells are NOT TYPED: each is a
  FORMULA LINKING TO ANOTHER WORKBOOK, the 局's 干部职工花名册 kept on the 办公室's computer
  (``='[眉县林业局干部职工花名册.xlsx]在职人员'!$D$7``, stored in the file as ``[1]在职人员!$D$7`` with an
  external-link part ``xl/externalLinks/externalLink1.xml`` that names the book by a ``file:///D:/…``
  path and keeps a cached copy of the cells it reads, and a ``<externalReferences>`` entry in the
  workbook). The file as sent holds each formula with its last computed value (the post, the name),
  which is what Excel and WPS show — with a bar asking whether to 更新链接, which cannot be done:
  the 花名册 is not sent with it. The roster rows the formulas point at are in the 花名册's own order
  (by seniority), not the list's. The README's 读得懂的表 knows a template's own formulas (``=ROW()-4``,
  ``=F5*G5``, ``=IF(…)``: ``ROWS_COMPUTED``, the 风险值 → level batches), a 人员 list in ANOTHER SHEET
  or a table beside the list (``工号对照表``, ``职权目录``, ``岗位编号``, 人员名单 隔一空列, a hidden tab
  repeating a shown one), and posts or holders decoded from a note or a 目录 sheet; it does not
  describe a list whose post and holder cells are LINKS INTO A WORKBOOK THAT IS NOT IN THE INBOX, so
  that the only text of a holder is the formula's cached value (no earlier batch writes an external
  link: ``grep -il 'externalLink\\|外部链接' tests/published/batch*.py`` finds none; batch39 and batch266
  write formulas of the sheet itself only).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a 行署资源局's
冬春 森林资源 检查 of a 林业局 — 资源科, 营林处, 森保科, 林场 and 管护区, 滥砍滥伐, 私收滥购, 非法占用
林地, 木材加工企业, 野生杜鹃; the 耕地建设与利用资金管理办法 — 高标准农田, 耕地保护, 补充耕地, 资金
拨付, 绩效; the 不动产登记实施细则 and its 信息平台 — 受理, 审核, 登簿, 查询, 信息共享; a 国有林场
管护体制改革 — 管护巡查队, 林政稽查, 营林生产队, 综合服务队, 管护站点; what the law says of 宅基地
审批 — 申请, 村级审核, 乡镇审批, 一户一宅, 面积标准; a 国土 双随机 工作方案 — 随机抽取检查对象,
随机选派执法人员, 执法流程, 结果公开; a 林业局 森防站's 森林植物检疫 — 产地检疫, 调运检疫, 复检,
苗木, 木材加工厂, 整改通知书; a 林草局's 退化林修复改造 考察 — 林冠下造林更新, 补造修复小班, 苗木
验收, 档案建设) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each); every unit is a body of 眉县, named with the county's name.

Run ``python tests/published/score.py --set batch386`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a linked cell IS what it shows: its post and its holder are the formula's
  cached value (``副局长``, ``帅岷湛`` …), as Excel and WPS display them when the link is not updated;
  the formula text, the 花名册's name and path and the roster's cell addresses are no holder, no post
  and no point; every other cell of the list is typed, and the list reads as the ordinary list it
  looks like (股室 merged, 岗位 and 姓名 merged per person; the merged 岗位 and 姓名 cells hold their
  formula in the top-left cell, as Excel keeps a merge);
- ``局领导`` (a 股室 cell of the 林业局's list; the 自然资源局's sheet of its leaders, named so by its tab
  and title), ``中心领导`` (a 股室 cell of the 不动产登记中心's list), ``场领导`` (the 林场 card's
  ``所在科室``), ``大队领导`` (a group row of the 执法大队), ``站领导`` (a 科室 cell of the 森防站's list)
  and ``中心领导`` (a 科室 cell of the 推广中心's list) are the 科室 of those leaders; a 局's, 中心's,
  场's, 大队's and 站's 股, 办公室, 中队 and 管护站 are 科室;
  a group row ``二、综合股`` gives the 科室 ``综合股`` (its number left off);
- the 横渠国土资源所 is a unit of its own (named so in its title and 单位 line); its 自查表 names no
  科室, so its forms have none;
- 局长, 副局长, a 中心's 主任, 场长, 所长, 大队长 and 站长 are leaders; 股长, 中队长 and 管护站站长
  middle; the rest (科员, 会计, 出纳, 受理员, 审核员, 登簿员, 档案管理员, 护林员, 执法队员, 法制审核员,
  检疫员, 测报员, 技术员, 国土员) general;
- ``风险点 | 主要表现`` (the 不动产登记中心's list): the point is the short 风险点; ``分管工作``,
  ``职责事项``, ``工作环节`` and ``持卡时间`` are no points and name no holder; the 不动产登记中心's list
  names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级`` (read by the 林业局's note), ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by
  the 森防站's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
with borders, plus a sheet's ``links`` — cells written as formulas into an external workbook, with
their cached values — and the layout's ``external`` book, its path and its cached cells, added to
the package as Excel writes them) and ``truth.json``; no re-saved copies (as batch280 and batch382).
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b386_"
PLACE = "眉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年6月"


# --------------------------------------------------------------------------- harder layout

LINKED_UNIT = f"{PLACE}林业局"
LINKED_TAB = "一览表"
LINKED_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
ROSTER_BOOK = f"{LINKED_UNIT}干部职工花名册.xlsx"
ROSTER_SHEET = "在职人员"
ROSTER_PATH = "file:///D:\\办公室\\人事\\" + ROSTER_BOOK
# (股室, [(roster row, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])]): the 花名册 lists
# 姓名 in column C and 职务 in column D, by seniority — its rows are not the list's order
LINKED_ROWS = [
    ("局领导", [
        (5, "局长", "帅岷湛", "leader", [
            ("“三重一大”事项不经党组会集体研究，个人决定", "制度机制", "一级",
             "“三重一大”事项清单化管理，党组会纪要存档备查。"),
            ("插手干预林业工程项目发包和苗木采购", "思想道德", "一级", "领导干部插手干预重大事项记录报告。"),
        ]),
        (9, "副局长", "笪霁峤", "leader", [
            ("林木采伐限额分配照顾关系人", "岗位职责", "一级", "采伐限额分配方案局务会研究并公示。"),
            ("对征占用林地审核把关不严", "业务流程", "二级", "征占用林地现场查验两人以上，审核意见集体研究。"),
        ]),
    ]),
    ("资源管理股", [
        (14, "股长", "郯沄翙", "middle", [
            ("林木采伐许可证核发降低条件", "岗位职责", "一级", "采伐许可网上办理，伐区调查设计抽查复核。"),
            ("对木材加工企业私收滥购不查处", "外部环境", "二级", "木材加工企业每季度检查，检查结果通报。"),
        ]),
        (23, "科员", "殳渺汀", "general", [
            ("伐区验收走过场，超限额采伐不报告", "业务流程", "二级", "伐区验收拍照定位，验收记录股长复核。"),
        ]),
    ]),
    ("营林股", [
        (17, "股长", "仉泓岫", "middle", [
            ("造林工程验收面积、成活率虚报", "业务流程", "一级", "造林验收第三方抽查，验收结果公示。"),
            ("造林苗木调运不检疫，以次充好", "岗位职责", "二级", "苗木凭检疫证和质量检验报告入场。"),
        ]),
    ]),
    ("森林保护股", [
        (19, "股长", "隗澈岚", "middle", [
            ("森林防火物资采购指定供应商", "制度机制", "二级", "防火物资采购三家以上比价，结果公示。"),
        ]),
        (27, "科员", "扈霈瑄", "general", [
            ("护林员考核打分优亲厚友", "思想道德", "三级", "护林员考核细则公开，考核结果村级公示。"),
            ("野生植物采集、运输检查中收受好处", "外部环境", "二级", "检查两人以上同行，签订廉洁承诺书。"),
        ]),
    ]),
]  # fmt: skip


def meixian_forestry_bureau_linked_roster() -> dict:
    unit = LINKED_UNIT
    sh = _Sheet(LINKED_TAB, [6, 12, 9, 9, 36, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：{DATE}", 8)
    sh.add(*LINKED_HEAD)
    first = len(sh.rows)
    links, cached = {}, {}
    n = 0
    for dept, people in LINKED_ROWS:
        for roster_row, post, who, tier, points in people:
            links[(len(sh.rows), 2)] = f"{ROSTER_SHEET}!$D${roster_row}"
            links[(len(sh.rows), 3)] = f"{ROSTER_SHEET}!$C${roster_row}"
            cached[f"C{roster_row}"], cached[f"D{roster_row}"] = who, post
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    lay = _layout(
        "meixian_forestry_bureau_linked_roster",
        "http://gdhanze.com/html/index.phpcmsitem-view-id-2215.shtml.html",
        "(harder) 县林业局 岗位廉政风险防控一览表, after the source's 冬春 森林资源 检查 of a 林业局 (资源科, 营林处, 森保科, "
        "滥砍滥伐, 私收滥购, 非法占用林地, 木材加工企业, 野生杜鹃): a title, a merged ``填报单位：…　填报时间：2025年6月`` "
        "line, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施, a ``注：`` line and a 填表人/审核人/date line — the 岗位 and 姓名 cells being FORMULAS LINKED TO ANOTHER "
        "WORKBOOK, the 局's 干部职工花名册 (``[1]在职人员!$D$7``, an externalLink part naming a file:///D:/… path with its "
        "cached cells), saved with their cached values (the post, the name); the 花名册 is not in the file",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["links"] = links
    lay["external"] = {"book": ROSTER_BOOK, "path": ROSTER_PATH, "sheet": ROSTER_SHEET,
                       "cells": cached}  # fmt: skip
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def meixian_natural_resources_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("亓皛湍", "局长", "主持全面工作", [
            ("土地出让、矿业权出让方案不经集体研究", "高", "出让方案经局党组会研究，报县政府审定后公开。"),
            ("为亲友或特定关系人办理用地手续打招呼", "高", "领导干部过问插手用地事项如实登记报告。"),
        ]),
        ("夔渟芷", "副局长", "分管耕地保护、国土空间规划", [
            ("高标准农田建设项目验收把关不严", "中", "项目验收邀请第三方，验收结果公示。"),
            ("规划条件调整不按程序论证", "高", "规划条件调整经专家论证和规委会审议。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("耕地保护股", "股长", "竺屹潆", "middle", [
            ("补充耕地项目验收面积、质量核定不实", "高", "补充耕地项目实地核查，验收资料存档备查。"),
            ("耕地建设与利用资金拨付审核不严", "中", "资金拨付凭验收报告和审批单，按进度拨付。"),
        ]),
        ("耕地保护股", "科员", "苌岫澜", "general", [
            ("耕地卫片图斑核查不如实上报", "中", "图斑核查拍照定位，结果股长复核。"),
        ]),
        ("国土空间规划股", "股长", "羿淼筠", "middle", [
            ("建设项目规划许可审查降低标准", "高", "规划许可审查实行初审、复审两级把关。"),
        ]),
        ("土地利用股", "股长", "禚岑澔", "middle", [
            ("土地供应计划执行中优亲厚友", "中", "供地计划公开，供地结果网上公示。"),
            ("闲置土地认定和处置不到位", "低", "闲置土地每半年清查，处置情况通报。"),
        ]),
        ("办公室", "会计", "佴澍蘅", "general", [
            ("报销票据审核不严，虚列支出", "低", "报销票据逐张审核，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "meixian_natural_resources_two_sheets", "http://m.jianbiaoku.com/webarbs/book/171855.shtml",
        "县自然资源局 file in two sheets after the source's 耕地建设与利用资金管理办法 (高标准农田, 耕地保护, 补充耕地, 资金拨付): "
        "``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a title, "
        "序号/股室 merged (耕地保护股, 国土空间规划股, 土地利用股, 办公室)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "高/中/低; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def meixian_registration_center_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("登记业务审批", "对不符合条件的首次登记签批同意", "岗位职责风险", "Ⅰ级", "首次登记实行会审，签批意见留痕。"),
            ("系统权限分配", "随意给非业务人员开设登记系统账号", "制度机制风险", "Ⅱ级", "系统账号按岗位分配，每季度清理。"),
        ]),
        ("登记股", "受理员", "general", [
            ("申请材料受理", "对申请人身份、材料真伪核验不严", "业务流程风险", "Ⅱ级", "身份证件联网核验，材料原件比对。"),
            ("办件顺序安排", "为熟人插队办件、收受好处", "思想道德风险", "Ⅲ级", "取号叫号系统排队，窗口全程录像。"),
        ]),
        ("登记股", "审核员", "general", [
            ("登记审核", "审核把关不严造成错误登记", "岗位职责风险", "Ⅰ级", "审核要点清单化，疑难件集体研究。"),
        ]),
        ("登记股", "登簿员", "general", [
            ("登簿记载", "擅自修改登记簿记载内容", "岗位职责风险", "Ⅰ级", "登簿操作系统留痕，修改须经审批。"),
        ]),
        ("信息档案股", "股长", "middle", [
            ("登记信息查询", "违规为他人查询、泄露权利人信息", "外部环境风险", "Ⅰ级", "查询实名登记，查询日志每月抽查。"),
            ("信息共享数据导出", "批量导出登记数据不报批", "制度机制风险", "Ⅱ级", "数据导出须经分管领导审批并登记。"),
        ]),
        ("信息档案股", "档案管理员", "general", [
            ("档案借阅", "登记档案随意借阅、拍照外传", "制度机制风险", "Ⅲ级", "档案借阅登记审批，档案室安装监控。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "meixian_registration_center_posts",
        "https://www.outputnews.com/2014/huanqiu/news_2014_12_31_1479934",
        "县不动产登记中心 岗位廉政风险点排查表 对岗不对人, after the source's 不动产登记实施细则 and its 信息平台 (受理, 审核, 登簿, "
        "查询, 信息共享): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``主要表现``/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def meixian_taibai_forest_farm_cards() -> dict:
    unit = f"{PLACE}太白山林场"
    t = _Truth(unit)
    cards = [
        ("场长", "郇霂汐", "leader", "场领导", [
            ("林场基建和营林工程发包不按规定程序", "★★★", "工程发包按限额标准公开招标或比选。"),
            ("林下经济项目合作方选择不公开", "★★★", "合作项目场务会集体研究，合作方公开遴选。"),
            ("职工绩效分配不公", "★★", "绩效方案职工大会通过并公示。"),
        ]),
        ("管护站站长", "逯琤岳", "middle", "红河谷管护站", [
            ("管护巡查记录弄虚作假", "★★", "巡护轨迹定位，巡查记录每月抽查。"),
            ("对林区非法采挖、盗伐不制止不报告", "★★★", "发现问题当日上报，林政稽查复核。"),
        ]),
        ("护林员", "栾曦沅", "general", "红河谷管护站", [
            ("收受好处放任林区违规用火、放牧", "★★", "护林员签订责任书，违规行为一票否决。"),
            ("管护补助领取冒名顶替", "★", "管护补助打卡发放，名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(post, [6, 38, 10, 14, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "场长签字：", None)
        sheets.append(sh)
    return _layout(
        "meixian_taibai_forest_farm_cards", "http://www.handmsg.com/page/2016/1021/9067636.shtml",
        "县太白山林场 岗位廉政风险防控卡, one sheet a holder (tabs 场长, 管护站站长, 护林员), after the source's 国有林场管护体制改革 "
        "(管护巡查队, 林政稽查, 营林生产队, 综合服务队, 管护站点): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | "
        "持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars "
        "and ``持卡人签字： | 场长签字：``",
        sheets, t,
    )  # fmt: skip


def meixian_hengqu_land_office_selfchecks() -> dict:
    unit = f"{PLACE}横渠国土资源所"
    t = _Truth(unit)
    people = [
        ("所长", "眭瀚苓", "leader", [
            ("宅基地审批", "对超面积、一户多宅的宅基地申请签署同意意见", "岗位职责", "高风险", "审批条件公开，村级审核结果公示。"),
            ("土地违法案件处理", "对违法占地降格处理、以罚代拆", "思想道德", "高风险", "案件处理所务会集体研究，报局法制股审核。"),
        ]),
        ("国土员", "酆晗湜", "general", [
            ("土地动态巡查", "巡查发现违法用地不制止、不上报", "岗位职责", "中风险", "巡查记录每周汇总，发现问题当日上报。"),
            ("宅基地现场踏勘", "踏勘走过场，四至界址记录不实", "业务流程", "中风险", "踏勘两人以上，现场拍照存档。"),
            ("群众来访接待", "接受办事群众吃请", "外部环境", "低风险", "接待登记，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(who, [6, 16, 36, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"单位：{unit}", None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "meixian_hengqu_land_office_selfchecks", "http://links.acbasr.org.cn/tag-7619.html",
        "县自然资源局 横渠国土资源所 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 宅基地审批 "
        "(申请, 村级审核, 乡镇审批, 一户一宅): a title, a merged ``单位：…`` line, PAIRS ``姓　名 | … | | 职　务 | …``, then "
        "序号/``工作环节``/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no 科室; a blank row and "
        "``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def meixian_enforcement_brigade_duties() -> dict:
    unit = f"{PLACE}自然资源综合执法大队"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "缑霈澜", "leader", [
                ("案件审理", "重大执法案件不经集体审理，个人定案", "制度机制", "一级风险", "重大案件集体审理，法制审核先行。"),
                ("执法检查安排", "双随机抽查对象不随机，人为指定", "岗位职责", "一级风险", "抽查对象系统随机抽取，结果公开。"),
            ]),
        ]),
        ("二、综合股", "综合股", [
            ("法制审核员", "鄢嶙杳", "general", [
                ("法制审核", "对处罚裁量明显不当的案件不提出意见", "岗位职责", "二级风险", "对照裁量基准逐案审核。"),
            ]),
        ]),
        ("三、执法一中队", "执法一中队", [
            ("中队长", "郜沁翮", "middle", [
                ("违法用地查处", "对违法占用耕地选择性执法", "思想道德", "一级风险", "查处情况每月通报，卫片图斑对账销号。"),
                ("案件移送", "应移送公安的案件以罚代刑", "业务流程", "二级风险", "移送标准公开，移送情况报局党组。"),
            ]),
            ("执法队员", "麴泠峤", "general", [
                ("现场勘查", "勘查笔录与现场不符，为当事人开脱", "业务流程", "二级风险", "勘查全程执法记录仪记录。"),
            ]),
        ]),
        ("四、执法二中队", "执法二中队", [
            ("中队长", "蒯翀湄", "middle", [
                ("非法采矿查处", "对非法采砂采石通风报信", "外部环境", "一级风险", "行动方案保密，联合执法交叉检查。"),
                ("罚没物品处置", "暂扣设备不登记、私自处置", "制度机制", "三级风险", "暂扣物品登记入库，统一处置。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "meixian_enforcement_brigade_duties", "https://www.renrendoc.com/paper/507271737.html",
        "县自然资源综合执法大队 廉政风险防控责任清单 under GROUP ROWS ``一、大队领导`` … ``四、执法二中队`` merged across (no 股室 "
        "column), after the source's 国土 双随机 工作方案 (随机抽取检查对象, 随机选派执法人员, 执法流程, 结果公开): a title, then "
        "序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def meixian_forest_pest_station_every_row() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("一览表", [6, 11, 9, 9, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "隰瀞岢", "leader", "防治药剂和器械采购不按规定程序", "制度机制风险", "Ⅰ",
         "采购进入公共资源交易平台，验收双人签字。"),
        ("站领导", "站长", "隰瀞岢", "leader", "防治项目资金挤占挪用", "岗位职责风险", "Ⅰ", "项目资金专账核算，年度审计。"),
        ("检疫股", "检疫员", "浦翯澧", "general", "产地检疫不到现场即出具合格证", "岗位职责风险", "Ⅰ",
         "检疫现场拍照上传，合格证系统开具。"),
        ("检疫股", "检疫员", "浦翯澧", "general", "对调运未检疫苗木、木材不处罚", "外部环境风险", "Ⅱ",
         "复检发现问题一律下达整改通知书。"),
        ("测报股", "测报员", "阚湜芃", "general", "虫情测报数据不实，虚报防治面积", "业务流程风险", "Ⅱ",
         "测报数据双人核对，防治面积实地抽查。"),
        ("综合股", "出纳", "靳樾沚", "general", "现金管理不规范，公款私存", "思想道德风险", "Ⅲ", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "meixian_forest_pest_station_every_row", "https://imfic.com.cn/jccz/94053.html",
        "县森林病虫害防治检疫站 岗位廉政风险防控一览表, after the source's 森防站 森林植物检疫 (产地检疫, 调运检疫, 复检, 苗木, 木材"
        "加工厂, 整改通知书): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 "
        "``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def meixian_forestry_extension_center_list() -> dict:
    unit = f"{PLACE}林业技术推广中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "亢潆翚", "leader", [
            ("退化林修复项目实施单位选定不公开", "制度机制风险", "高", "实施单位公开比选，比选结果公示。"),
            ("项目资金拨付不按进度和验收结果", "岗位职责风险", "高", "资金拨付凭验收报告，中心班子会研究。"),
        ]),
        ("造林股", "股长", "仝翊淳", "middle", [
            ("造林苗木验收数量、规格核定不实", "业务流程风险", "高", "苗木验收现场量测，三方签字。"),
            ("补植补造面积虚报", "岗位职责风险", "中", "补植补造小班实地抽查，影像资料存档。"),
        ]),
        ("造林股", "技术员", "冼珝澹", "general", [
            ("技术指导中接受施工方宴请", "外部环境风险", "低", "技术指导两人以上，签订廉洁承诺书。"),
        ]),
        ("种苗股", "股长", "巫霁潼", "middle", [
            ("良种补助对象审核把关不严", "业务流程风险", "中", "补助对象村、镇、中心三级审核并公示。"),
            ("种苗质量抽检结果弄虚作假", "思想道德风险", "中", "抽检样品双人封样，检测报告存档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "meixian_forestry_extension_center_list",
        "https://www.chinaqingcheng.gov.cn/xwdt/bmdt/content_36310",
        "县林业技术推广中心 岗位廉政风险防控一览表, after the source's 退化林修复改造 考察 (林冠下造林更新, 补造修复小班, 苗木的验收, "
        "档案建设): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/科室 merged (中心领导, "
        "造林股, 种苗股)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/"
        "中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    meixian_forestry_bureau_linked_roster(),
    meixian_natural_resources_two_sheets(),
    meixian_registration_center_posts(),
    meixian_taibai_forest_farm_cards(),
    meixian_hengqu_land_office_selfchecks(),
    meixian_enforcement_brigade_duties(),
    meixian_forest_pest_station_every_row(),
    meixian_forestry_extension_center_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
EXT_LINK_TYPE = f"{REL_NS}/externalLink"
EXT_PATH_TYPE = f"{REL_NS}/externalLinkPath"
EXT_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"


def _cell_key(ref: str) -> tuple[int, int]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


def external_link_xml(external: dict) -> str:
    """``xl/externalLinks/externalLink1.xml``: the book's one sheet and its cached cells."""
    rows: dict[int, list[str]] = {}
    for ref in sorted(external["cells"], key=_cell_key):
        value = external["cells"][ref]
        cell = f'<cell r="{ref}" t="str"><v>{escape(value)}</v></cell>'
        rows.setdefault(_cell_key(ref)[0], []).append(cell)
    data = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(rows.items()))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<externalLink xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><externalBook r:id="rId1">'
        f"<sheetNames><sheetName val={quoteattr(external['sheet'])}/></sheetNames>"
        f'<sheetDataSet><sheetData sheetId="0">{data}</sheetData></sheetDataSet>'
        "</externalBook></externalLink>"
    )


def _add_external_link(path: Path, external: dict) -> None:
    """Add the external book to the package as Excel writes it: the externalLink part and its
    relationship to the book's path, the workbook's ``<externalReferences>``, its relationship
    and content type; the formulas' ``[1]`` is this book. No recalculation on load (Excel's own
    ``calcPr``), so the cached values are what opens."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    ids = [int(i) for i in re.findall(r'Id="rId(\d+)"', rels)]
    rid = f"rId{max(ids) + 1}"
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="{rid}" Type="{EXT_LINK_TYPE}" '
        'Target="externalLinks/externalLink1.xml"/></Relationships>',
    )
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    wb = parts["xl/workbook.xml"].decode("utf-8")
    wb = wb.replace(
        "</sheets>",
        f'</sheets><externalReferences><externalReference r:id="{rid}"/></externalReferences>',
    )
    wb = re.sub(r"<calcPr [^>]*/>", '<calcPr calcId="191029"/>', wb)
    parts["xl/workbook.xml"] = wb.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = types.replace(
        "</Types>",
        f'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="{EXT_CONTENT}"/>'
        "</Types>",
    )
    parts["[Content_Types].xml"] = types.encode("utf-8")
    parts["xl/externalLinks/externalLink1.xml"] = external_link_xml(external).encode("utf-8")
    parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{EXT_PATH_TYPE}" '
        f'Target={quoteattr(external["path"])} TargetMode="External"/></Relationships>'
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():  # the dates xlsxwriter gives its parts
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` with borders, plus a sheet's ``links``: cells written as formulas
    ``=[1]<sheet>!$C$5`` into the layout's ``external`` book, each with its cached value (the
    cell's text in ``rows``), and the external book added to the package."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 6, 18, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        links = sheet.get("links") or {}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                if (r, c) in links:
                    ws.write_formula(r, c, f"=[1]{links[(r, c)]}", fmt, v)
                else:
                    _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if (r0, c0) in links:
                ws.write_formula(r0, c0, f"=[1]{links[(r0, c0)]}", fmt, v)
            elif v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    if layout.get("external"):
        _add_external_link(path, layout["external"])
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch386-inbox"))
