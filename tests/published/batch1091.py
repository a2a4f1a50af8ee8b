"""The one-thousand-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 乡, 村, 文旅, 卫生院, 中学 and 财政 bodies of one county,
盐津县 (昭通市, 云南省) — its 盐井镇人民政府, the 豆沙镇人民政府, the 豆沙镇石门村民委员会, the 滩头乡人民政府,
the 文化和旅游局, the 中和镇卫生院, the 盐津县第一中学 and the 财政局 — each handing back the 一览表, 清单,
排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 盐井镇人民政府's 一览表: ``所在科室`` merged, ``岗位名称 | 姓名`` merged per person, ``…风险``
  types, 高/中/低;
- the 豆沙镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column, a
  镇纪委 line;
- the 石门村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 文化和旅游局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 滩头乡人民政府's 清单 对岗不对人: ``部门`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 中和镇卫生院's 防控卡 under GROUP ROWS ``（一）院领导``, ``（二）药房``, ``（三）财务室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``yanjin_finance_bureau_numbered_cells``: the 财政局's 岗位廉政风险防控一览表, one row a person:
  ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, and in each row the 风险点 cell
  numbers its points (``1.…⏎2.…``, ``1.…；2.…；3.…`` run on, ``1、…⏎2、…``), the 防控措施 cell numbers
  its measures the same way, and the 风险等级 cell gives each point's level by the same numbers ON ONE
  LINE (``1.高 2.中``, ``1.中；2.低；3.低``, ``1、高 2、高``, ``1.低、2.中``). Each number is a point of
  its own, with the level and the measures of its number. The assigned kinds were probed in order
  at HEAD: (a) such a list — ``1.…⏎2.…`` beside ``1.高 2.中`` read as ONE point (the whole cell, its
  numbers kept) with no level (LEVEL_UNKNOWN), and ``1.…；2.…`` beside ``1.高；2.中`` likewise (only
  the level cell numbered a line, ``1.高⏎2.中``, read right), so (a), the first that misreads, was
  taken; the later kinds were probed too and (b) read every point but for one noise issue, (c) and
  (d) read right.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 盐津 could be found: the pages are of the county's place name
and history, its towns 盐井, 豆沙 and 滩头, the 豆沙关 and the 五尺道, and an essay on the town); the
rows are worded by us, the names invented (the rare compound surnames 掘罗勿 and 奚邪勿); every unit
is a body of 昭通市盐津县.

Run ``python tests/published/score.py --set batch1091`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered item of the 风险点 cell is a point, its words without the
  number, its level the one the 风险等级 cell gives its number;
- ``镇领导``, ``院领导``, ``局领导`` are the 科室 of the leaders; the 镇's, the 乡's and the 村's people
  and the 中学's 校长 have no 科室 where no column gives one; the 中学's ``总务处主任`` is the 主任 of
  the 科室 总务处; 镇长, 副镇长, 党委书记, 乡长, 局长, 副局长, 院长, 校长 are leaders; 股长, 主任 of a
  科室, 药房负责人 the middle; the rest (the 村委会主任 too, as earlier batches have him) general;
- the 乡's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1091_"
PLACE = "昭通市盐津县"
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

# one row a person: (股室, 岗位, 姓名, tier, how the cells number their items (mark, joint of the
# 风险点 and 防控措施 cells, joint of the 风险等级 cell), [(风险点, 风险等级, 防控措施)])
NUMBERED = [
    ("局领导", "局长", "掘罗勿安", "leader", (".", "\n", " "), [
        ("财政资金分配个人说了算", "高", "资金分配方案党组会集体研究。"),
        ("接受项目单位宴请", "中", "签订廉洁承诺书，节前提醒。"),
    ]),
    ("国库股", "股长", "奚邪勿兰", "middle", (".", "；", "；"), [
        ("资金拨付不按进度审核", "中", "拨付按进度两人审核"),
        ("支付凭证审核不严", "低", "凭证逐笔复核"),
        ("库款信息泄露", "低", "信息专人管理，登记查询"),
    ]),
    ("政府采购管理股", "股长", "掘罗勿远", "middle", ("、", "\n", " "), [
        ("采购方式变更放宽审查", "高", "方式变更集体审核，结果公示。"),
        ("为供应商通风报信", "高", "评审信息保密，全程录像。"),
    ]),
    ("农业股", "工作人员", "奚邪勿霖", "general", (".", "\n", "、"), [
        ("惠农补贴资金审核不实", "低", "补贴名单逐户核对并公示。"),
        ("收受申报单位好处", "中", "签订廉洁承诺书，定期回访。"),
    ]),
]  # fmt: skip


def numbered_cell(items: list[str], mark: str, joint: str) -> str:
    """Items numbered ``1<mark>`` … and joined by ``joint`` ('1.…⏎2.…', '1.…；2.…', '1、高 2、高')."""
    return joint.join(f"{n}{mark}{x}" for n, x in enumerate(items, 1))


def yanjin_finance_bureau_numbered_cells() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 42, 14, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    for n, (dept, post, who, tier, (mark, joint, level_joint), points) in enumerate(NUMBERED, 1):
        sh.add(
            n, dept, post, who,
            numbered_cell([p for p, _, _ in points], mark, joint),
            numbered_cell([lv for _, lv, _ in points], mark, level_joint),
            numbered_cell([m for _, _, m in points], mark, joint),
        )  # fmt: skip
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填报人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "yanjin_finance_bureau_numbered_cells",
        "https://www.yunnanpedia.com/index.php?oldid=12300&title=%E7%9B%90%E6%B4%A5%E5%8E%BF",
        "(harder) 县财政局 岗位廉政风险防控一览表, one row a person, after the source's 云南百科 page on "
        "盐津县 (its seat at 盐井镇, its four 镇 and six 乡, its 内昆铁路; no page of its 财政局 could be "
        "found): a title, 序号/股室/岗位/姓名/廉政风险点/风险等级/防控措施, the 风险点 and 防控措施 cells "
        "numbering their items alike (``1.…⏎2.…``, ``1.…；2.…；3.…``, ``1、…⏎2、…``) and the 风险等级 cell "
        "giving each number's level on one line (``1.高 2.中``, ``1.中；2.低；3.低``, ``1、高 2、高``, "
        "``1.低、2.中``); a 填报人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yanjin_yanjing_town_list() -> dict:
    unit = f"{PLACE}盐井镇人民政府"
    sh = _Sheet("一览表", [6, 16, 12, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "所在科室", "岗位名称", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "奚邪勿明", "leader", "人居环境整治项目指定施工队", "思想道德风险", "高",
         "项目党委会集体研究，公开比选。"),
        ("镇领导", "党委书记", "奚邪勿明", "leader", "干部评先评优个人决定", "制度机制风险", "中",
         "评优结果班子研究并公示。"),
        ("自然资源所", "所长", "掘罗勿川", "middle", "宅基地审批把关不严", "岗位职责风险", "高",
         "宅基地联审联批，结果公示。"),
        ("自然资源所", "所长", "掘罗勿川", "middle", "违法建房查处通风报信", "外部环境风险", "中",
         "巡查两人以上，查处记录存档。"),
        ("农业农村服务中心", "工作人员", "奚邪勿秋", "general", "污水治理补助核算不实", "业务流程风险",
         "低", "补助名单入户核实并公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yanjin_yanjing_town_list", "https://huanqiudaily.xaacmyk.com/sybd/618.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's report on 盐津县盐井镇's 千万工程 (its "
        "污水处理 of 桃子村, 长沟村, 芭蕉村 and 仁和村, its 自然资源所 and 宅基地 审批): a title, 序号/所在科室 "
        "merged/岗位名称 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yanjin_dousha_town_list() -> dict:
    unit = f"{PLACE}豆沙镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇长", "掘罗勿清", "leader", "古镇修缮项目验收走过场", "一级", "验收集体进行，结果公示。"),
        ("镇长", "掘罗勿清", "leader", "镇级资金大额支出个人审批", "二级", "大额支出班子会研究。"),
        ("副镇长", "奚邪勿晨", "leader", "景区商铺租赁不公开", "一级", "租赁公开竞价。"),
        ("文化服务中心工作人员", "掘罗勿华", "general", "文化惠民活动经费虚报", "二级", "经费据实报销，活动留档。"),
        ("文化服务中心工作人员", "掘罗勿华", "general", "收受演出团体礼品", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "yanjin_dousha_town_list", "https://twwiki.net/wiki/3yzz3j0l9ev2wv4.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 盐津县豆沙镇 (its 146.74 平方公里, the "
        "豆沙关 and the 五尺道, its 全国文明村镇 title of 2017): a title, 序号/职务/姓名 on every row/风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; no type column; a 镇纪委意见 line",
        [sh], t,
    )  # fmt: skip


def yanjin_shimen_village_list() -> dict:
    unit = f"{PLACE}豆沙镇石门村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "奚邪勿雪松", "leader", "村集体商铺出租不公开", "制度机制", "Ⅰ级",
         "出租经村民代表会议决定并公示。"),
        ("村党总支书记", "奚邪勿雪松", "leader", "古道沿线修缮指定施工队", "外部环境", "Ⅰ级",
         "项目公开比选。"),
        ("村委会主任", "掘罗勿梓涵", "general", "低保户评议优亲厚友", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "掘罗勿梓涵", "general", "护林员人选安排不实", "业务流程", "Ⅱ级", "人选逐户核实。"),
        ("报账员", "奚邪勿立", "general", "村级票据审核不严", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "yanjin_shimen_village_list", "https://aiyoutravel.com/article/detail/1832669249157689344",
        "村民委员会 岗位廉政风险防控清单, after the source's travel guide to 盐津县 (the 豆沙关古镇 at 石门村, "
        "the 五尺道, the 僰人悬棺; no page of the 村 itself could be found): a title, 序号/职务 and 姓名 "
        "merged per person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yanjin_culture_tourism_bureau_screening() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "掘罗勿平", "leader", "景区提升工程指定施工单位", "一级风险", "工程公开招标，党组会研究。"),
        ("文物管理所", "所长", "奚邪勿朗", "middle", "五尺道保护工程验收放宽标准", "一级风险", "验收邀请专家，结果公示。"),
        ("文物管理所", "所长", "奚邪勿朗", "middle", "文物修缮资金挪用", "二级风险", "资金专账核算，定期审计。"),
        ("办公室", "出纳", "掘罗勿昀", "general", "现金收付不及时入账", "二级风险", "收付日清日结，两人对账。"),
        ("办公室", "出纳", "掘罗勿昀", "general", "银行票据保管不善", "三级风险", "票据专柜保管，使用登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "yanjin_culture_tourism_bureau_screening", "https://www.tianqi.com/jingdian/21052.html",
        "县文化和旅游局 廉政风险点排查表, after the source's page on the 五尺道风景区 at 盐津's 豆沙古镇 (the "
        "滇僰古道, the 石门关, its opening hours): a title, 序号/股室/岗位/责任人 on EVERY row/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yanjin_tantou_township_posts() -> dict:
    unit = f"{PLACE}滩头乡人民政府"
    sh = _Sheet("清单", [6, 16, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("乡领导", "乡长", "leader", "竹产业扶持资金分配个人决定", "思想道德风险", "高风险",
         "资金分配党委会研究并公示。"),
        ("乡领导", "乡长", "leader", "茶场承包不公开", "制度机制风险", "高风险", "承包公开竞价。"),
        ("林业站", "护林管理员", "general", "天然林管护补助虚报", "岗位职责风险", "中风险",
         "补助名单逐户核对。"),
        ("林业站", "护林管理员", "general", "采伐检查放宽标准", "外部环境风险", "中风险", "检查两人以上，留存影像。"),
        ("财政所", "报账员", "general", "村级报账票据不全", "业务流程风险", "低风险", "票据逐张审核登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yanjin_tantou_township_posts", "http://www.ncyszs.com/ditu/tantou9.html",
        "乡人民政府 岗位廉政风险防控清单 对岗不对人, after the source's page on 盐津县滩头乡 (its 关河 banks, "
        "its 137.04 平方公里, its 竹 planting and 坪头山茶场): a title, 序号/部门 merged/岗位 merged per "
        "post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yanjin_zhonghe_clinic_group_rows() -> dict:
    unit = f"{PLACE}中和镇卫生院"
    sh = _Sheet("防控卡", [6, 12, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("（一）院领导", "院领导", [
            ("院长", "奚邪勿宁", "leader", [
                ("医疗设备采购指定供应商", "高", "设备采购院务会研究，公开采购。"),
                ("基建维修项目化整为零", "中", "维修项目按规定比选。"),
            ]),
        ]),
        ("（二）药房", "药房", [
            ("药房负责人", "掘罗勿晗", "middle", [
                ("药品出入库登记不实", "中", "出入库双人登记，月底盘点。"),
            ]),
        ]),
        ("（三）财务室", "财务室", [
            ("会计", "奚邪勿蓉", "general", [
                ("公卫经费核算不实", "中", "经费专账核算，定期对账。"),
                ("报销票据审核不严", "低", "票据经院长审签。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "yanjin_zhonghe_clinic_group_rows", "https://www.ztnews.net/article/show-475650.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's 昭通新闻网 essay on 盐津 (its salt "
        "wells and ferry, the 老鸹滩 of old, the 五尺道; no page of 中和镇 nor of its 卫生院 could be "
        "found): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``（一）院领导``, "
        "``（二）药房``, ``（三）财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yanjin_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("掘罗勿涛", "", "校长", "leader", [
            ("食堂大宗物资采购指定供应商", "一级", "物资公开招标，师生代表参与验收。", "已落实"),
            ("教师职称推荐不公", "二级", "推荐结果校务会研究并公示。", "已落实"),
        ]),
        ("奚邪勿娟", "总务处", "主任", "middle", [
            ("校舍维修虚增工程量", "二级", "维修工程量现场核验。", "未发现问题"),
            ("固定资产处置不规范", "三级", "处置按程序报批。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yanjin_no1_middle_school_selfchecks", "http://zhaotong.cncn.com/yanjin/zhinan",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "travel guide to 盐津 (its 石门关 and 五尺道, its seat 盐井镇 650 公里 from 昆明; no page of the "
        "school could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, "
        "then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yanjin_finance_bureau_numbered_cells(),
    yanjin_yanjing_town_list(),
    yanjin_dousha_town_list(),
    yanjin_shimen_village_list(),
    yanjin_culture_tourism_bureau_screening(),
    yanjin_tantou_township_posts(),
    yanjin_zhonghe_clinic_group_rows(),
    yanjin_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1091-inbox"))
