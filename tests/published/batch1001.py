"""The one-thousand-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the bodies of one county, 紫云县 (紫云苗族布依族自治县, 安顺市,
贵州省) — a 镇人民政府, the 县林业局, the 县水务局, a 中学, the 县医疗保障局, the 县市场监督管理局, a 村 and the
县统计局 — each handing back the 一览表, 排查表, 清单 or 自查表 its staff typed in WPS or Excel, several of
them in the weeks a 巡察 反馈 was being rectified:

- the 林业局's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 水务局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``一级/二级/三级``, no type column, no names;
- the 第二中学's 一览表: ``处室 | 职务 | 姓名`` on every row, ``高风险/中风险/低风险``, no type column;
- the 医疗保障局's 责任清单: ``股室 | 岗位 | 责任人`` on every row, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 市场监督管理局's 排查表 under ``附件1``: a merged 填报单位 line, ``股室 | 岗位 | 姓名`` on every row,
  short types under ``风险类别``, ``一级/二级/三级``;
- the 洛麦村's 小微权力清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 统计局's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values, 高/中/低,
  ``防控措施 | 自查情况``.

One is harder:

- ``ziyun_bandang_township_list_with_ledger_below``: the 板当镇人民政府's 一览表 ``序号 | 科室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``, and right under its rows, on the same sheet, after a blank row and a
  caption ``附：2024年县委巡察反馈问题整改台账``, a SECOND table of another kind: the 镇's ledger of the
  巡察's findings ``序号 | 存在问题 | 整改措施 | 整改时限 | 责任人 | 完成情况``, three rows, its 责任人 the
  list's own people. The ledger's rows are no risk points (findings being rectified, no level), its
  heading row no row of the list. docs/layouts.md knows a 整改台账 as a two-row header that is no risk
  table, and a table after the list with no point column (TABLE_OTHER); not a ledger whose heading row
  (a holder's heading, ``责任人``, among its words) stands under the list's rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
丘穆陵 and 步大汗 with rare given names); every unit is a body of 紫云县.

Run ``python tests/published/score.py --set batch1001`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ledger under the list is no part of it: its rows (and its heading row) are
  no points, whoever its 责任人 column names;
- ``镇领导``, ``局领导``, ``校领导`` are the 科室 of the leaders; the 村's people have no 科室; 镇长, 副镇长, 局长,
  副局长, 校长, 村党支部书记 are leaders; 股长, the 党政办公室's 主任 and 教务处主任 middle; the rest general;
- ``自查情况`` and ``填表日期`` are no points; the 水务局's list names no person: its forms are posts;
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

PREFIX = "b1001_"
PLACE = "紫云县"
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
    ("镇领导", "镇长", "丘穆陵翾珮", "leader", "易地扶贫搬迁安置房分配优亲厚友", "高",
     "分配方案集体研究，结果公示。"),
    ("镇领导", "镇长", "丘穆陵翾珮", "leader", "镇级工程项目干预选定施工队", "高", "项目公开比选，全程留痕。"),
    ("镇领导", "副镇长", "步大汗沨琰", "leader", "产业奖补资金审核把关不严", "中", "奖补对象村组公示，联审联签。"),
    ("党政办公室", "主任", "步大汗璟翊", "middle", "公务接待超标准、虚列接待", "中", "接待清单审核，按月公开。"),
    ("社会事务办", "办事员", "丘穆陵瀞沅", "general", "临时救助对象审核走过场", "中", "入户核查双人进行，照片存档。"),
    ("社会事务办", "办事员", "丘穆陵瀞沅", "general", "受理群众申请吃拿卡要", "低", "一次性告知，办理时限公开。"),
]  # fmt: skip

LEDGER_HEAD = ("序号", "存在问题", "整改措施", "整改时限", "责任人", "完成情况")
LEDGER_ROWS = [
    (1, "产业奖补资金公示时间不足", "补足公示期，建立公示台账", "2025年3月", "步大汗沨琰", "已完成"),
    (2, "公务接待清单要素不全", "补齐接待清单，逐笔审核", "2025年4月", "步大汗璟翊", "已完成"),
    (3, "临时救助档案资料缺失", "逐户补齐入户核查记录", "2025年6月", "丘穆陵瀞沅", "整改中"),
]  # fmt: skip


def ziyun_bandang_township_list_with_ledger_below() -> dict:
    unit = f"{PLACE}板当镇人民政府"
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
    _line(sh, "附：2024年县委巡察反馈问题整改台账", 7)
    sh.add(*LEDGER_HEAD, None)
    for row in LEDGER_ROWS:
        sh.add(*row, None)
    sh.add("填表人：", None, "审核人：", None, "镇长（签字）：", None, "2025年6月")
    return _layout(
        "ziyun_bandang_township_list_with_ledger_below", "https://baoji.qinfeng.gov.cn/info/1014/18903.htm",
        "(harder) 镇人民政府 岗位廉政风险防控一览表 with the 巡察 反馈问题整改台账 under it, after the source's account of "
        "a 县委巡察 ``回头看`` (反馈问题清单, 责任清单, 整改清单, 整改时限): a title, 序号/科室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险等级 高/中/低/防控措施, no type column; then a blank row, a caption ``附：…整改台账`` "
        "and a SECOND table ``序号 | 存在问题 | 整改措施 | 整改时限 | 责任人 | 完成情况`` (three rows naming the list's "
        "people; no points); a 填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ziyun_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "步大汗澂瑀", "leader", "造林绿化项目验收干预", "思想道德风险", "高",
         "验收组集体验收，结果公示。"),
        ("资源管理股", "股长", "丘穆陵珺翃", "middle", "林木采伐许可审核把关不严", "岗位职责风险", "高",
         "采伐申请现场核实，双人审核。"),
        ("资源管理股", "股长", "丘穆陵珺翃", "middle", "林地占用审核收受好处", "外部环境风险", "中",
         "审核事项网上办理，全程留痕。"),
        ("生态护林员管理股", "科员", "步大汗沄璐", "general", "生态护林员考勤虚报", "业务流程风险", "低",
         "巡护轨迹系统比对，按月公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "ziyun_forestry_bureau_list", "http://co.zgjrw.com/dc/2022/0804/38105.html",
        "县林业局 岗位廉政风险防控一览表, after the source's account of a 市's 林长制 清单 (资源清单, 任务清单, 问题清单, "
        "巡林): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def ziyun_water_bureau_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("水利工程股", "工程管理岗", "general", "小型水库除险加固工程计量不实", "一级", "计量监理、业主双签。"),
        ("水利工程股", "工程管理岗", "general", "隐蔽工程验收走过场", "二级", "隐蔽工程影像留存。"),
        ("水政监察大队", "水政执法岗", "general", "河道采砂执法说情减罚", "一级", "执法记录仪全程记录。"),
        ("水政监察大队", "水政执法岗", "general", "为非法取水户通风报信", "二级", "执法人员定期轮岗。"),
        ("农村水利股", "供水管理岗", "general", "农村饮水工程维修资金虚报", "三级", "维修资金按项目报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "ziyun_water_bureau_posts", "http://swj.gz.gov.cn/ztzl/fzzfjszl/content/post_5660177.html",
        "县水务局 岗位廉政风险防控清单 对岗不对人, after the source's 法治政府建设 report of a 水务局 (河湖管理, 水政执法, "
        "供水): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no "
        "type column, no names",
        [sh], t,
    )  # fmt: skip


def ziyun_second_middle_school_list() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "处室", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "丘穆陵湉翙", "leader", "教辅资料征订收受回扣", "高风险", "征订目录公开，家长自愿。"),
        ("校领导", "校长", "丘穆陵湉翙", "leader", "食堂物资采购指定供应商", "高风险", "采购集体议定，纪检监督。"),
        ("教务处", "教务处主任", "步大汗玹澍", "middle", "招生编班优亲厚友", "中风险", "编班电脑随机，结果公示。"),
        ("总务处", "会计", "丘穆陵沅瑷", "general", "学生资助资金发放不实", "中风险", "资助名单公示，直达个人账户。"),
        ("总务处", "会计", "丘穆陵沅瑷", "general", "代管经费挪用", "低风险", "代管经费专户管理，按月对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    return _layout(
        "ziyun_second_middle_school_list", "https://news.shi-fen.com/china/202204/50-1285844.html",
        "中学 岗位廉政风险点一览表, after the source's account of a 县's 清廉学校建设 (后勤基建, 物资采购, 教辅征订 "
        "风险排查): a title, 序号/处室/职务/姓名 on EVERY row/风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def ziyun_healthcare_security_duty_list() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "步大汗翀瑾", "leader", "定点医药机构协议管理干预", "岗位职责风险", "Ⅰ级",
         "协议管理集体研究，结果公开。"),
        ("局领导", "局长", "步大汗翀瑾", "leader", "接受定点医药机构宴请", "思想道德风险", "Ⅰ级",
         "签订廉洁承诺书，定期谈话提醒。"),
        ("基金监管股", "股长", "丘穆陵霂琤", "middle", "欺诈骗保线索查处不力", "业务流程风险", "Ⅱ级",
         "线索登记，办理结果报局党组。"),
        ("待遇保障股", "科员", "步大汗瑆沣", "general", "医疗救助对象审核把关不严", "制度机制风险", "Ⅲ级",
         "救助对象与民政数据比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    return _layout(
        "ziyun_healthcare_security_duty_list", "http://www.dqzjw.gov.cn/info-70-5005.html",
        "县医疗保障局 廉政风险防控责任清单, after the source's account of a 县委巡察 round over a 镇, the 财政局 and the "
        "医疗保障局 (发现问题, 立行立改): a title, 序号/股室/岗位/责任人 on EVERY row/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施",
        [sh], t,
    )  # fmt: skip


def ziyun_market_regulation_screening() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("排查表", [6, 14, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "丘穆陵瑀沄", "leader", "行政处罚案件说情干预", "思想道德", "一级",
         "案件集体审理，说情登记报告。"),
        ("登记注册股", "股长", "步大汗璇翮", "middle", "市场主体登记违规办理", "业务流程", "二级",
         "登记材料双人审核。"),
        ("食品安全监管股", "科员", "丘穆陵琬澈", "general", "食品抽检样品选定人为干预", "岗位职责", "一级",
         "抽检任务系统随机派发。"),
        ("食品安全监管股", "科员", "丘穆陵琬澈", "general", "监督检查发现问题不报告", "制度机制", "三级",
         "检查结果录入平台，按月通报。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "ziyun_market_regulation_screening", "https://tongguan.qinfeng.gov.cn/info/1012/18118.htm",
        "县市场监督管理局 廉政风险点排查表, after the source's account of a 县委巡察机构's 整改 督导 (整改方案, 联审, "
        "整改台账): ``附件1``, a title, a merged 填报单位/填报日期 line, 序号/股室/岗位/姓名 on EVERY row/廉政风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


def ziyun_luomai_village_list() -> dict:
    unit = f"{PLACE}火花镇洛麦村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "步大汗瀚珣", "leader", "集体经济项目收益分配暗箱操作", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "步大汗瀚珣", "leader", "村级小型工程指定施工队", "一级", "项目“四议两公开”。"),
        ("村委会副主任", "丘穆陵琇澜", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "步大汗沁玥", "general", "虚开白条报账", "二级", "报账经村务监督委员会审核。"),
        ("村报账员", "步大汗沁玥", "general", "集体收入不入账", "三级", "收入开具票据，按季公开。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "ziyun_luomai_village_list", "http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html",
        "村 小微权力廉政风险防控清单, after the source's account of a 州's 巡察 整改 (问题清单, 对账销号, 巡乡带村): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def ziyun_statistics_bureau_selfchecks() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    people = [
        ("丘穆陵翯璠", "局长", "leader", [
            ("统计数据干预、授意造假", "高", "数据质量集体评估。", "已落实"),
            ("统计执法检查说情", "中", "执法检查结果公开。", "未发现问题"),
        ]),
        ("步大汗霈琛", "统计员", "general", [
            ("调查样本选取不随机", "高", "样本系统随机抽取。", "已落实"),
            ("调查补贴发放登记不实", "低", "补贴名册每月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ziyun_statistics_bureau_selfchecks", "https://www.wentop.com/wen/51/101605.html",
        "县统计局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's speech on a "
        "县政府系统's 巡察整改 (问题、任务、责任“三张清单”): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a "
        "row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ziyun_bandang_township_list_with_ledger_below(),
    ziyun_forestry_bureau_list(),
    ziyun_water_bureau_posts(),
    ziyun_second_middle_school_list(),
    ziyun_healthcare_security_duty_list(),
    ziyun_market_regulation_screening(),
    ziyun_luomai_village_list(),
    ziyun_statistics_bureau_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1001-inbox"))
