"""The five-hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡村振兴 and
农业 bodies, 民乐县 (a county of 张掖, 甘肃) — its 乡村振兴局, 农业农村局, 农业技术推广中心,
动物疫病预防控制中心 and four 镇农业服务中心 (六坝, 洪水, 南丰, 三堡 — towns of the county) — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 乡村振兴局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 农业农村局's 一览表: ``科室 | 岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 农业技术推广中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 动物疫病预防控制中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 六坝镇农业服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 洪水镇农业服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、农经站`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 南丰镇农业服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``minle_sanbao_post_as_heading``: the 三堡镇农业服务中心's 村级动物防疫员 责任清单 gives THE POST
  ONLY AS THE HEADING OF THE NAME COLUMN: the heading is ``序号 | 村　别 | 村级动物防疫员 |
  廉政风险点 | 风险等级 | 防控措施`` — the third column's heading is the post itself (not ``姓名``,
  ``责任人``, ``岗位`` or any heading word for a holder) and its cells are bare names (``郏泷翊``),
  merged over each holder's rows; ``村　别`` (merged the same) names the village the holder serves;
  the title names the 中心 only (``…农业服务中心廉政风险防控责任清单``), no 岗位 column, no label
  above or below names the post, no note. The shape is about WHERE THE POST IS WRITTEN. The README's
  读得懂的表 and the earlier batches know posts in a 岗位/职务 column, in the title, in the tab, typed
  onto or after the name (``局长嵇淏岷``, ``厍翊沣局长``), bracketed, in labels above the table
  (``主　岗 | 站长``), in group rows, as sub-headings ``领导岗位 | 中层岗位 | 一般岗位`` of ``岗位``,
  as post headings across (``所长 | 法制员 | …`` under a merged ``廉政风险点``, ``科主任 | 护士长`` name
  columns picked by a ``责任岗位`` column) and holders under a ``管养路段及责任人`` heading; none is a
  single name column headed by the post alone beside a column of the places its holders serve.
  Read as the others are, the names have no post (or the village is taken as one).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 职责清单 of 防返贫 网格员 and
镇/村 管理员; a 区农机中心's 补贴机具核查 — 指标确认通知书, 发票, 铭牌, 拍照存档; a county's 基层
农业技术推广 实施方案 — 耕地地力保护补贴, 农机购置补贴, 高产创建; an account of 中国动物疫病预防控制
中心's work — 监测, 预警, 疫苗 and 药品 检验, 应急储备; an exam case of a 乡动物防疫站 — 站长, 在编
人员, 村级防疫员 paid by 以钱养事; a 市政府办's notice on 村级动物防疫员 管理 — 归口管理, 补贴经费,
培训; an article on 村级动物防疫员's duties — 强制免疫, 补免, 免疫档案; a county's 村级动物防疫员
管理现状 — 121 名村防员, 一村一员, 补助) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 民乐县 (``unit_words=("民乐县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch507`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the post of every holder is the name column's heading ``村级动物防疫员``; the
  village (``村　别``) is where the holder serves, not a 科室 of the 中心: those forms have no
  department (``""``), as a road section under ``管养路段及责任人`` named none; the 防疫员 are general;
- ``局领导`` (the 乡村振兴局's leaders' sheet) is the 科室 of those leaders; a 局's 股 and 科, a
  中心's 股 and 站 (``农经站``) are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、农经站`` the 科室 ``农经站`` (its number left off), as batch 280 did; a 镇农业服务中心's card,
  list and the 动物疫病预防控制中心's 自查表 name a 科室 only where a cell does (``所在科室``);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任 are leaders; 科长, 股长
  and 站长 middle; the rest (科员, 农技员, 化验员, 会计, 防疫员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项``, ``自查情况`` and
  ``村　别`` are no points and name no holder; the 农业技术推广中心's list names no person: its forms
  are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b507_"
PLACE = "民乐县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
POST = "村级动物防疫员"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (村别, 防疫员, [(廉政风险点, 风险等级, 防控措施)])
VILLAGES = [
    ("三堡村", "郏泷翊", [
        ("强制免疫记录弄虚作假，漏免说成已免", "一级", "免疫档案逐户核对，养殖户签字确认。"),
        ("向养殖户收取免疫费用", "二级", "免费免疫政策入户公示。"),
    ]),
    ("何庄村", "亓璆湄", [
        ("耳标佩戴虚报数量", "一级", "耳标领用与佩戴数量每月比对。"),
        ("防疫补助领取不实", "三级", "补助按实际工作量考核发放。"),
    ]),
    ("韩营村", "厍玥潆", [
        ("疫情发现不报或迟报", "一级", "疫情报告实行零报告制度。"),
        ("病死畜禽处理收受好处", "二级", "无害化处理全程记录，镇站抽查。"),
    ]),
]  # fmt: skip


def minle_sanbao_post_as_heading() -> dict:
    unit = f"{PLACE}三堡镇农业服务中心"
    sh = _Sheet("责任清单", [6, 10, 14, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "村　别", POST, "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for village, who, points in VILLAGES:
        for point, lv, measures in points:
            n += 1
            sh.add(n, village, who, point, lv, measures)
            t.point(sh.name, "", POST, who, "general", point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "minle_sanbao_post_as_heading",
        "http://puapp.net/wp/c/38483.html",
        "(harder) 镇农业服务中心 廉政风险防控责任清单 of its 村级动物防疫员, after the source's account of a county's "
        "村级动物防疫员 (one a village, their duties and pay): a title naming the 中心 only, then 序号/``村　别``/"
        "a name column HEADED BY THE POST ``村级动物防疫员`` (bare names, merged per holder; no 岗位 column, no "
        "姓名/责任人 heading)/廉政风险点/``一级/二级/三级``/防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def minle_revival_two_sheets() -> dict:
    unit = f"{PLACE}乡村振兴局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宓沄璠", "局长", "主持全面工作", [
            ("衔接资金项目安排个人说了算", "一级", "项目库入库和资金安排经党组会研究。"),
            ("为亲友纳入监测对象打招呼", "二级", "监测对象认定村级评议、镇级复核。"),
        ]),
        ("禤澍玙", "副局长", "分管防返贫监测帮扶", [
            ("监测对象风险消除把关不严", "一级", "风险消除入户核实，结果公示。"),
            ("接受帮扶企业宴请", "三级", "节前廉洁提醒，拒绝宴请。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("监测帮扶股", "股长", "昝瀞翃", "middle", "监测预警信息核实走过场", "一级", "预警信息逐条核实，留存记录。"),
        ("规划财务股", "会计", "隗琤沨", "general", "衔接资金拨付审核不严", "二级", "拨付凭证两人复核，按月对账。"),
        ("规划财务股", "会计", "隗琤沨", "general", "项目资产台账登记不实", "三级", "资产台账年度清查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "minle_revival_two_sheets",
        "http://www.vscom.cn/12263.html",
        "县乡村振兴局's file in two sheets, after the source's 职责清单 of 防返贫 网格员 and 镇/村 管理员: ``局领导`` "
        "with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def minle_agri_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("农业机械化管理科", "科长", "眭湜璟", "middle", "补贴机具核查不见机具", "岗位职责", "高",
         "核查见人、见机、见票，拍照存档。"),
        ("农业机械化管理科", "科长", "眭湜璟", "middle", "为经销商违规办理补贴", "外部环境", "中",
         "补贴申请网上公示，接受举报。"),
        ("计划财务科", "科员", "仉珝沇", "general", "耕地地力保护补贴发放错发漏发", "业务流程", "中",
         "补贴清册村级公示，一卡通发放。"),
        ("计划财务科", "科员", "仉珝沇", "general", "报销票据审核不严", "制度机制", "低", "票据三级审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "minle_agri_bureau_list",
        "http://changxiangtd.cn/46-72038-1.html",
        "县农业农村局 岗位廉政风险防控一览表, after the source's 农机中心 补贴机具核查 (发票, 铭牌, 拍照存档): 序号/科室/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def minle_extension_posts() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    crop, soil = "粮油作物股", "土壤肥料股"
    rows = [
        (crop, "农技员", "general", "高产创建物资发放", "物资发放对象虚报，以少报多", "岗位职责风险", "Ⅰ级",
         "物资发放到户登记，农户签字。"),
        (crop, "农技员", "general", "示范田验收", "验收测产数据不实", "业务流程风险", "Ⅱ级", "测产两人以上，结果公示。"),
        (soil, "化验员", "general", "土样检测", "检测结果出具不实", "制度机制风险", "Ⅱ级", "样品留存，结果复检。"),
        (soil, "化验员", "general", "试剂领用", "试剂私领私用", "思想道德风险", "Ⅲ级", "领用登记，按月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "minle_extension_posts",
        "http://www.www-68455.com/gongzuofangan/shishifangan/144838.html",
        "县农业技术推广中心 廉政风险点排查表 对岗不对人, after the source's 基层农业技术推广 实施方案 (补贴, 高产创建): "
        "股室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def minle_vet_selfchecks() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    people = [
        ("逄璿澈", "主任", "leader", "", [
            ("疫苗采购指定供应商", "高风险", "疫苗按省级招标目录采购，集体研究。"),
            ("应急物资储备调拨不登记", "中风险", "储备物资出入库台账，定期盘点。"),
        ]),
        ("蒉琮沅", "化验员", "general", "检测化验室", [
            ("监测样品检测结果篡改", "中风险", "检测原始记录双人签字。"),
            ("为养殖场出具不实检测报告", "低风险", "报告审核签发分离。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept or "中心领导", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept or "中心领导", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "minle_vet_selfchecks",
        "https://paituo.cc/chang/1170327.html",
        "县动物疫病预防控制中心 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's account "
        "of 动物疫病预防控制 work (监测, 疫苗 检验, 应急储备): a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def minle_liuba_cards() -> dict:
    unit = f"{PLACE}六坝镇农业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "阚澧琬", "leader", [
            ("村级防疫员补助分配优亲厚友", "★★★", "补助按考核结果发放，公示。"),
            ("农资补贴名单审核打招呼", "★★", "名单村级公示，镇级复核。"),
        ]),
        ("会计", "笪翎湲", "general", [
            ("以钱养事经费支付不实", "★★", "经费支付凭考核表，两人审核。"),
            ("收受服务对象礼品", "★", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "minle_liuba_cards",
        "http://mtk.mxqe.com/test/kaoshi/5205.html",
        "镇农业服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 会计), after the source's case of a 乡动物"
        "防疫站 (站长, 在编人员, 村级防疫员, 以钱养事): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/"
        "防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def minle_hongshui_group_rows() -> dict:
    unit = f"{PLACE}洪水镇农业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("副主任", "訾瑱沣", "leader", [
                ("防疫员考核评分不公", "一级风险", "考核细则公开，结果公示。"),
                ("培训经费使用不规范", "二级风险", "培训经费专账核算。"),
            ]),
        ]),
        ("二、农经站", "农经站", [
            ("站长", "钭湘璎", "middle", [
                ("村级财务审计走过场", "一级风险", "审计报告集体审定。"),
                ("土地流转合同鉴证把关不严", "三级风险", "鉴证材料两人审核。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "minle_hongshui_group_rows",
        "https://www.360docs.net/doc/ea19052280.html",
        "镇农业服务中心 廉政风险防控责任清单, after the source's notice on 村级动物防疫员 管理 (归口, 补贴经费, 培训): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、农经站`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def minle_nanfeng_duty_list() -> dict:
    unit = f"{PLACE}南丰镇农业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "鄢沂珣", "leader", "强制免疫组织", "补免任务分配搞亲疏", "一级", "任务分配会议研究，留痕。"),
        ("主任", "鄢沂珣", "leader", "防疫物资管理", "疫苗私自调拨出售", "二级", "疫苗出入库双人登记。"),
        ("兽医", "蒯瑗澍", "general", "免疫档案管理", "免疫档案补录造假", "二级", "档案与养殖户核对。"),
        ("兽医", "蒯瑗澍", "general", "防疫宣传", "接受养殖户吃请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "minle_nanfeng_duty_list",
        "https://m.fx361.com/news/2016/0309/18536548.html",
        "镇农业服务中心 廉政风险防控责任清单, after the source's article on 村级动物防疫员's duties (强制免疫, 补免, "
        "免疫档案): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    minle_sanbao_post_as_heading(),
    minle_revival_two_sheets(),
    minle_agri_bureau_list(),
    minle_extension_posts(),
    minle_vet_selfchecks(),
    minle_liuba_cards(),
    minle_hongshui_group_rows(),
    minle_nanfeng_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch507-inbox"))
