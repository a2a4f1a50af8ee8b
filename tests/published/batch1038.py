"""The one-thousand-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 教育, 卫生院, 交通, 财政, 学校 and 住建 bodies of one
county-level city, 盘州市 (六盘水市, 贵州省) — its 红果街道办事处, the 淤泥乡岩博村, the 教育局, the 保田镇
卫生院, the 交通运输局, the 财政局, the 第一中学 and the 住房和城乡建设局 — each handing back the 一览表, 清单,
排查表 or 自查表 its staff typed in WPS or Excel:

- the 红果街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 岩博村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 保田镇卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 财政局's 清单 under GROUP ROWS ``一、局领导``, ``二、国库股``, ``三、乡镇财政所`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``panzhou_housing_bureau_stage_rows``: the 住房和城乡建设局's 一览表 (``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``) whose points are listed by the stage of control they belong to:
  a STAGE ROW ``事前防范``, ``事中控制``, ``事后监督`` — the label ALONE in the ``廉政风险点`` cell, NOT
  merged, every other cell of the row blank — over the points of that stage, of several people
  (each row names its own 股室, 岗位, 姓名 and level). docs/layouts.md knows 环节 rows that carry a
  level (LEVEL_BY_STAGE_ROWS, LEVEL_ALONE_ON_STAGE_ROWS) and group rows of 科室; not a stage row that
  is a bare label in the point column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
折娄 and 俟几 with rare given names); every unit is a body of 盘州市.

Run ``python tests/published/score.py --set batch1038`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the stage rows are no points and no text of any point; the stage is the
  points' workflow (not scored), the point is its own cell's text only;
- ``街道领导``, ``局领导``, ``院领导``, ``校领导`` are the 科室 of the leaders; the 村's and the 中学's people
  have no 科室 where no column gives one; 主任 (of the 街道), 局长, 副局长, 院长, 校长, 村党支部书记 are
  leaders; 股长, 所长, 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  交通运输局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1038_"
PLACE = "盘州市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
STAGES = ("事前防范", "事中控制", "事后监督")

# (stage, [(股室, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)])
HOUSING = [
    ("事前防范", [
        ("局领导", "局长", "折娄翊", "leader", "保障性住房分配方案不经集体研究", "一级",
         "分配方案局党组会研究，结果公示。"),
        ("建筑管理股", "股长", "俟几湛", "middle", "施工许可前置条件审查放宽", "二级", "许可材料两人复核，网上公开。"),
        ("房地产市场股", "股员", "折娄琇", "general", "商品房预售许可形象进度核验不实", "二级",
         "现场核验留存影像，结果公示。"),
    ]),
    ("事中控制", [
        ("建筑管理股", "股长", "俟几湛", "middle", "质量安全检查发现问题不下整改通知", "一级",
         "检查两人以上，问题清单闭环管理。"),
        ("局领导", "局长", "折娄翊", "leader", "老旧小区改造工程变更签证把关不严", "二级", "变更集体审定，监理签认。"),
    ]),
    ("事后监督", [
        ("房地产市场股", "股员", "折娄琇", "general", "预售资金监管账户支取审核不严", "二级", "支取凭工程节点确认单，两人复核。"),
        ("财务股", "会计", "俟几珮", "general", "工程尾款支付收受好处", "三级", "尾款按合同支付，审计后结算。"),
    ]),
]  # fmt: skip


def panzhou_housing_bureau_stage_rows() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 10, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    n = 0
    for stage, rows in HOUSING:
        sh.add(None, None, None, None, stage, None, None)
        for dept, post, who, tier, point, lv, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年8月", None)
    return _layout(
        "panzhou_housing_bureau_stage_rows", "http://m.guniangcha.com/yunnanpuer/59715.html",
        "(harder) 县级市住房和城乡建设局 岗位廉政风险防控一览表 whose points are listed under STAGE ROWS ``事前防范``, "
        "``事中控制``, ``事后监督`` — the label alone in the 廉政风险点 cell, not merged, the row otherwise blank — each "
        "over the points of several people at that stage; after the source's page on 盘县 (the county's name before "
        "盘州市: 区位, 山川, 气候, numbered facts) — no risk table of the county was found, a page of the county is "
        "cited: a title, 序号/股室/岗位/姓名 on every row/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def panzhou_hongguo_subdistrict_list() -> dict:
    unit = f"{PLACE}红果街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "俟几瑄", "leader", "棚户区改造征收补偿标准擅自调整", "制度机制风险", "高",
         "补偿方案党工委会集体研究，张榜公示。"),
        ("街道领导", "主任", "俟几瑄", "leader", "接受辖区企业宴请", "思想道德风险", "高", "签订廉洁承诺书。"),
        ("社会事务办", "主任", "折娄澍", "middle", "临时救助对象审核把关不严", "岗位职责风险", "中",
         "救助对象入户核查，社区评议。"),
        ("社会事务办", "工作人员", "俟几琬", "general", "低保动态调整不及时", "业务流程风险", "中", "每季度比对核查。"),
        ("社会事务办", "工作人员", "俟几琬", "general", "受人请托违规出具证明", "外部环境风险", "低", "证明出具登记备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "panzhou_hongguo_subdistrict_list", "http://minhuw.com/show.asp?id=320",
        "街道办事处 岗位廉政风险防控清单, after the source's news item on a 六盘水 乡's 盘桃 harvest (来源, the 乡's "
        "place and acreage, numbered yields): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def panzhou_yanbo_village_list() -> dict:
    unit = f"{PLACE}淤泥乡岩博村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "折娄珩", "leader", "村集体企业分红方案不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "折娄珩", "leader", "产业路项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "俟几泠", "general", "公益性岗位人选优亲厚友", "二级", "人选张榜公示。"),
        ("村文书", "折娄璩", "general", "集体资产出租不签合同", "二级", "出租公开竞价，合同备案。"),
        ("村文书", "折娄璩", "general", "惠农补贴名册登记不实", "三级", "名册经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "panzhou_yanbo_village_list", "http://bbs.cnssxq.com/forum.php?action=printable&mod=viewthread&tid=148764",
        "村 小微权力廉政风险防控清单, after the source's forum post (printable) on a 六盘水 乡's 蟠桃大会 (标题, 作者, "
        "时间, the 乡's setting): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def panzhou_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "俟几翀", "leader", "学校建设项目干预招标", "外部环境", "高风险", "工程公开招标，过问登记。"),
        ("局领导", "局长", "俟几翀", "leader", "教育经费安排不经集体研究", "制度机制", "高风险", "经费安排局党组会研究。"),
        ("人事股", "股长", "折娄瑀", "middle", "教师调动考核打招呼", "岗位职责", "中风险", "调动方案公示，结果公开。"),
        ("人事股", "股长", "折娄瑀", "middle", "职称评审材料把关不严", "业务流程", "中风险", "评审材料两人复核。"),
        ("计财股", "出纳", "俟几沅", "general", "接受供货商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "panzhou_education_bureau_list", "http://baike.wangchao.net.cn/detail_1455391.html",
        "县级市教育局 岗位廉政风险防控一览表, after the source's encyclopedia entry on a 乡 (乡镇概况, 自然资源, 历史文化, "
        "人口卫生 in sections): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def panzhou_baotian_clinic_screening() -> dict:
    unit = f"{PLACE}保田镇卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "折娄玙", "leader", "药品采购", "药品耗材采购绕开平台指定供应商", "高", "平台集中采购，集体审定。"),
        ("公卫科", "科长", "俟几珺", "middle", "公卫补助", "基本公共卫生服务人次虚报", "高", "服务记录抽查回访。"),
        ("公卫科", "科长", "俟几珺", "middle", "健康证明", "健康证明不体检即出具", "中", "证明凭体检结果出具，留档。"),
        ("收费室", "收费员", "折娄湲", "general", "收费", "住院押金收取不开票据", "中", "押金收取即时开票，每日对账。"),
        ("收费室", "收费员", "折娄湲", "general", "医保结算", "医保报销结算串换项目", "低", "结算清单两人复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "panzhou_baotian_clinic_screening", "http://mdiming.qi18.com/guizhou/guidingxian_panjiangzhendianhltq",
        "镇卫生院 廉政风险点排查表, after the source's place-name card of a 镇 (地名, 隶属, 行政代码, 人口, 面积 as label "
        "and value, then a description naming its 卫生院): a title, 序号/科室/岗位/责任人 on EVERY row/a short "
        "``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def panzhou_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("运输管理股", "许可审批岗", "general", "道路运输经营许可审查放宽", "岗位职责风险", "Ⅰ级", "许可两人审核，网上公示。"),
        ("运输管理股", "许可审批岗", "general", "客运线路审批搞暗箱操作", "业务流程风险", "Ⅰ级", "线路审批集体研究。"),
        ("建设管理股", "质量监督岗", "general", "农村公路质量抽检走过场", "制度机制风险", "Ⅱ级", "抽检第三方复核。"),
        ("建设管理股", "质量监督岗", "general", "接受施工单位礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("综合执法大队", "执法岗", "general", "超限运输处罚自由裁量不规范", "外部环境风险", "Ⅲ级", "执法全程记录，裁量基准公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "panzhou_transport_bureau_posts", "https://www.163.com/dy/article/KMAJC8HA0553TF8P.html",
        "县级市交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's essay on the 镇s of five 黔西南/黔东南 "
        "counties (卫生院, 初中, 集市, numbered kinds of 镇): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def panzhou_finance_bureau_group_rows() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "俟几璠", "leader", [
                ("专项资金分配个人说了算", "一级风险", "资金分配集体研究，结果公开。"),
                ("政府采购项目干预供应商确定", "一级风险", "采购全程电子化，过问登记。"),
            ]),
        ]),
        ("二、国库股", "国库股", [
            ("股长", "折娄琮", "middle", [
                ("国库集中支付审核放宽", "二级风险", "支付凭证两人复核。"),
            ]),
        ]),
        ("三、乡镇财政所", "乡镇财政所", [
            ("所长", "俟几璆", "middle", [
                ("惠民补贴“一卡通”发放名册审核不严", "二级风险", "名册与部门数据比对。"),
                ("村级公益事业奖补资金拨付不按进度", "三级风险", "按验收结果拨付，公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "panzhou_finance_bureau_group_rows", "http://www.awaguineandrums.com/20079616/24048086.html",
        "县级市财政局 岗位廉政风险防控清单 under GROUP ROWS, after the source's serialised story on a 市委's "
        "``预防机制`` (子系统一, 子系统二 … listed with points under each): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、国库股``, ``三、乡镇财政所`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def panzhou_no1_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("折娄翾", "校长", "leader", [
            ("食堂食材供应商确定不经集体研究", "高", "供应商公开比选，行政会审定。"),
            ("校舍维修项目拆分规避招标", "中", "维修项目按规定采购。"),
        ]),
        ("俟几琇", "总务主任", "general", [
            ("教辅资料代购收取回扣", "中", "教辅自愿征订，不统一代购。"),
            ("学生资助对象评定不公开", "低", "评定结果班级公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "panzhou_no1_school_selfchecks", "https://www.renrendoc.com/paper/508199791.html",
        "县级市中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's document page "
        "of a 清廉建设行动方案 (a numbered outline 一、背景分析 1.1 … then the text): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    panzhou_housing_bureau_stage_rows(),
    panzhou_hongguo_subdistrict_list(),
    panzhou_yanbo_village_list(),
    panzhou_education_bureau_list(),
    panzhou_baotian_clinic_screening(),
    panzhou_transport_bureau_posts(),
    panzhou_finance_bureau_group_rows(),
    panzhou_no1_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1038-inbox"))
