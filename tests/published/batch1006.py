"""The one-thousand-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the bodies of one county, 丹寨县 (黔东南苗族侗族自治州, 贵州省) —
a 乡人民政府, the 县民族宗教事务局, the 县委统战部, the 民族中学, the 县委党校, the 县图书馆, the 县司法局 and a
村 — each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel, one of them in
the weeks a 县委巡察's findings were being rectified:

- the 民族宗教事务局's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 统战部's 责任清单: ``科室 | 岗位 | 责任人`` on every row, ``一级/二级/三级``, no type column;
- the 民族中学's 一览表: ``处室 | 职务 | 姓名`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 县委党校's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, no names;
- the 图书馆's 排查表 under ``附件2``: a merged 填报单位 line, ``部门 | 岗位 | 姓名`` on every row, 高/中/低,
  a ``注：`` line;
- the 司法局's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values, 高/中/低,
  ``防控措施 | 自查情况``;
- the 麻鸟村's 小微权力清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column.

One is harder:

- ``danzhai_yahui_township_list_with_unnumbered_ledger_below``: the 雅灰乡人民政府's 一览表 ``序号 | 科室 |
  岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, and right under its rows, on the same sheet, after a
  blank row and a caption ``附：县委第二巡察组反馈问题整改台账``, a SECOND table of another kind whose
  heading row does NOT open with ``序号`` and whose rows are not numbered: the 乡's ledger of the
  巡察's findings ``问题描述 | 整改措施 | 责任科室 | 责任人 | 完成时限 | 整改情况``, three rows, its 责任人 the
  list's own people. docs/layouts.md knows such a ledger under a list only when its heading opens
  with ``序号`` over numbered rows (TABLE_UNDER_LIST); not one with no number column at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
费连 and 达勃 with rare given names); every unit is a body of 丹寨县.

Run ``python tests/published/score.py --set batch1006`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ledger under the list is no part of it: its rows (and its heading row) are
  no points, whoever its 责任人 column names;
- ``乡领导``, ``局领导``, ``部领导``, ``校领导`` are the 科室 of the leaders; the 村's people have no 科室;
  乡长, 副乡长, 局长, 副局长, 常务副部长, 校长, 常务副校长, 馆长, 村党支部书记 are leaders; 股长, 主任 (of a
  科室, 处 or 办) and 教务处主任 middle; the rest general;
- ``自查情况`` and ``填表日期`` are no points; the 党校's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1006_"
PLACE = "丹寨县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

TOWNSHIP_ROWS = [
    ("乡领导", "乡长", "费连翯琤", "leader", "村级公益项目干预选定施工方", "高", "项目公开比选，结果公示。"),
    ("乡领导", "乡长", "费连翯琤", "leader", "乡级资金拨付不经集体研究", "高", "大额资金班子会研究，会议纪要存档。"),
    ("乡领导", "副乡长", "达勃沅玙", "leader", "林下经济奖补对象审核放宽", "中", "奖补对象村组公示，联审联签。"),
    ("党政办公室", "主任", "达勃珝澂", "middle", "公务用车私用、虚报油费", "中", "派车单登记，油卡专人管理。"),
    ("社会事务办", "办事员", "费连瑢澔", "general", "高龄补贴对象审核走过场", "中", "入户核查双人进行，名单公示。"),
    ("社会事务办", "办事员", "费连瑢澔", "general", "受理群众事项吃拿卡要", "低", "一次性告知，办结时限公开。"),
]  # fmt: skip

LEDGER_HEAD = ("问题描述", "整改措施", "责任科室", "责任人", "完成时限", "整改情况")
LEDGER_ROWS = [
    ("林下经济奖补公示期不足", "补足公示期，建立公示台账", "乡领导", "达勃沅玙", "2025年4月", "已完成"),
    ("派车登记要素不全", "补齐派车单，按月核对油耗", "党政办公室", "达勃珝澂", "2025年5月", "已完成"),
    ("高龄补贴档案缺入户记录", "逐户补齐入户核查记录", "社会事务办", "费连瑢澔", "2025年7月", "整改中"),
]  # fmt: skip


def danzhai_yahui_township_list_with_unnumbered_ledger_below() -> dict:
    unit = f"{PLACE}雅灰乡人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(TOWNSHIP_ROWS, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, "附：县委第二巡察组反馈问题整改台账", 7)
    sh.add(*LEDGER_HEAD, None)
    for row in LEDGER_ROWS:
        sh.add(*row, None)
    sh.add("填表人：", None, "审核人：", None, "乡长（签字）：", None, "2025年7月")
    return _layout(
        "danzhai_yahui_township_list_with_unnumbered_ledger_below",
        "https://nanmuxuan.com/zh-tw/tag/%E5%A4%A7%E5%80%AE%E8%80%85%E6%9D%91",
        "(harder) 乡人民政府 岗位廉政风险防控一览表 with the 巡察 反馈问题整改台账 under it, after the source's account of "
        "a 县委巡察组 working from village to village (``背包巡察组``, 巡在村, 反馈问题): a title, 序号/科室 merged/岗位 "
        "and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施, no type column; then a blank row, a caption "
        "``附：…整改台账`` and a SECOND table with NO number column ``问题描述 | 整改措施 | 责任科室 | 责任人 | 完成时限 "
        "| 整改情况`` (three unnumbered rows naming the list's people; no points); a 填表人/审核人/乡长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def danzhai_ethnic_religious_affairs_list() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "达勃翾琬", "leader", "少数民族发展资金项目安排干预", "思想道德风险", "高",
         "项目安排集体研究，结果公示。"),
        ("民族工作股", "股长", "费连澍瑗", "middle", "民族团结进步创建奖补审核不严", "岗位职责风险", "中",
         "奖补材料双人审核，现场核验。"),
        ("民族工作股", "股长", "费连澍瑗", "middle", "接受申报单位吃请", "外部环境风险", "中",
         "签订廉洁承诺书，定期提醒。"),
        ("宗教事务股", "科员", "达勃璠沄", "general", "宗教活动场所检查通风报信", "业务流程风险", "低",
         "检查随机安排，双人进行。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "danzhai_ethnic_religious_affairs_list", "http://www.zhld.com/zkrb/html/2013-02/20/content_498960.htm",
        "县民族宗教事务局 岗位廉政风险防控一览表, after the source's account of a 县民族宗教局's ``四到位`` (排查隐患, "
        "检查指导): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def danzhai_united_front_duty_list() -> dict:
    unit = f"中共{PLACE}委统战部"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("部领导", "常务副部长", "费连琇蘅", "leader", "党外代表人士推荐优亲厚友", "一级", "推荐人选集体研究，征求意见。"),
        ("办公室", "主任", "达勃翊琛", "middle", "会议经费报销审核不严", "二级", "报销凭证双人复核。"),
        ("办公室", "主任", "达勃翊琛", "middle", "公务接待超标准", "二级", "接待清单审核，按季公开。"),
        ("经济联络股", "科员", "费连沨瑀", "general", "商会活动收受礼品", "三级", "活动情况登记报告。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "danzhai_united_front_duty_list", "https://litiao.cn/luhe/ztzl/fzzfjs/2022/content/post_899147.html",
        "县委统战部 廉政风险防控责任清单, after the source's 法治政府建设 report of a 县民宗局 led by the 统战部's 常务副部长 "
        "(学法, 执法监督): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def danzhai_ethnic_middle_school_list() -> dict:
    unit = f"{PLACE}民族中学"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "达勃湉珂", "leader", "校服征订收受回扣", "思想道德", "高风险", "征订家长自愿，价格公示。"),
        ("校领导", "常务副校长", "费连翀玥", "leader", "校舍维修工程指定施工方", "制度机制", "高风险", "工程集体议定，纪检监督。"),
        ("教务处", "教务处主任", "达勃琰霁", "middle", "评优评先暗箱操作", "岗位职责", "中风险", "评选结果公示。"),
        ("总务处", "会计", "费连瀞璇", "general", "营养改善计划资金核算不实", "业务流程", "低风险", "按月对账，家委会监督。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "danzhai_ethnic_middle_school_list", "https://jxxy.sdut.edu.cn/_t2207/2021/0427/c4332a423910/page.htm",
        "民族中学 岗位廉政风险点一览表, after the source's account of a 学院's visit to a 廉洁教育展 (以史为镜, 警钟长鸣): "
        "a title, 序号/处室/职务/姓名 on EVERY row/风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def danzhai_party_school_posts() -> dict:
    unit = f"中共{PLACE}委党校"
    sh = _Sheet("清单", [6, 14, 14, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("教务科", "培训管理岗", "general", "培训班学员考勤弄虚作假", "Ⅱ级", "考勤系统打卡，按期通报。"),
        ("教务科", "培训管理岗", "general", "外请师资课酬超标准", "Ⅰ级", "课酬标准公开，财务审核。"),
        ("办公室", "财务岗", "general", "培训经费挪用", "Ⅰ级", "经费专户管理，审计监督。"),
        ("办公室", "后勤管理岗", "general", "食堂采购虚报数量", "Ⅲ级", "采购验收双人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "danzhai_party_school_posts", "https://dangxiao.changzhou.gov.cn/html/dx/2018/PPJOQHBI_0718/16832.html",
        "县委党校 岗位廉政风险防控清单 对岗不对人, after the source's account of a 党校's 支部 at a 廉政文化馆 (党风廉政教育): "
        "a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column, "
        "no names",
        [sh], t,
    )  # fmt: skip


def danzhai_library_screening() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("排查表", [6, 14, 12, 10, 40, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年6月", 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "费连璟瀚", "leader", "图书采购指定书商", "高", "采购公开比选，验收双人。"),
        ("采编部", "主任", "达勃玹沁", "middle", "图书验收数量不实", "中", "验收清单逐册核对。"),
        ("流通部", "馆员", "费连霈瑶", "general", "读者押金收取不入账", "中", "押金线上缴纳，按月对账。"),
        ("流通部", "馆员", "费连霈瑶", "general", "剔旧图书私自处置", "低", "剔旧清单公示，集中处置。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级。", 7)
    return _layout(
        "danzhai_library_screening", "https://lgwindow.sdut.edu.cn/info/1005/14521.htm",
        "县图书馆 廉政风险点排查表, after the source's account of a 廉洁教育展览馆 in a library's basement (讲解, 参观): "
        "``附件2``, a title, a merged 填报单位/填报日期 line, 序号/部门/岗位/姓名 on EVERY row/廉政风险点/风险等级 "
        "高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def danzhai_justice_bureau_selfchecks() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    people = [
        ("达勃澔翎", "副局长", "leader", [
            ("法律援助案件指派优亲厚友", "高", "案件指派系统轮派。", "已落实"),
            ("社区矫正对象考核说情", "中", "考核结果集体评议。", "未发现问题"),
        ]),
        ("费连璐瑄", "司法助理员", "general", [
            ("人民调解补贴虚报", "中", "补贴按案卷核发。", "已落实"),
            ("公证材料审核把关不严", "低", "材料双人审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "danzhai_justice_bureau_selfchecks",
        "http://www.ynwd.gov.cn/info/egovinfo/1007/overt_centent/11532329015178442p-/2025-0415001.htm",
        "县司法局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 法治政府建设 "
        "report of a 县民族宗教事务局 guided by the 县司法局 (学法制度, 执法监督): a title, a label row ``姓　名 | 职　务 | "
        "填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def danzhai_maniao_village_list() -> dict:
    unit = f"{PLACE}排调镇麻鸟村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "达勃瑧珣", "leader", "村集体资产出租暗箱操作", "一级", "出租方案村民代表会议表决。"),
        ("村党支部书记", "达勃瑧珣", "leader", "村级项目指定施工队", "一级", "项目“四议两公开”。"),
        ("村委会委员", "费连琦澜", "general", "救助对象评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "达勃沄瑾", "general", "集体收入坐收坐支", "三级", "收入开具票据，按季公开。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "danzhai_maniao_village_list",
        "http://122.137.242.24:8080/pub/cyqxxgkw/xzjdkfq/cyqsdzz/gkyj/202210/t20221027_1079071.html",
        "村 小微权力廉政风险防控清单, after the source's 村务公开事项参考目录 of a 镇 (制度类, 事务类, 财务类): a title, "
        "序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 村务监督委员会意见 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    danzhai_yahui_township_list_with_unnumbered_ledger_below(),
    danzhai_ethnic_religious_affairs_list(),
    danzhai_united_front_duty_list(),
    danzhai_ethnic_middle_school_list(),
    danzhai_party_school_posts(),
    danzhai_library_screening(),
    danzhai_justice_bureau_selfchecks(),
    danzhai_maniao_village_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1006-inbox"))
