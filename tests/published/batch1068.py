"""The one-thousand-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 民政, 镇, 村, 教体, 自然资源, 市场监管, 卫生院 and 学校 bodies of
one county, 富源县 (曲靖市, 云南省) — its 民政局, the 营上镇人民政府, the 大河镇黄泥村, the
教育体育局, the 自然资源局, the 市场监督管理局, the 十八连山镇卫生院 and the 富源县第一中学 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 营上镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 黄泥村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 自然资源局's 排查表: ``股室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 十八连山镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、财务室``, ``三、公共卫生科`` (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 富源县第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``fuyuan_civil_affairs_level_before_colon``: the 民政局's 一览表 whose ``风险等级`` column is BLANK on
  every row: each 廉政风险点 cell STARTS with its level and a colon — ``高：违规审批养老机构补贴``,
  ``中：接受服务对象宴请``, ``低:…`` (one half-width colon) — the level to be read from the word before
  the colon and the word and colon kept out of the point. A bracketed mark (``【高】…``, ``（一级）…``,
  ``[Ⅱ级] …``) already reads (LEVEL_TAGS); a probe at HEAD read the colon form as points
  ``高：违规审批…`` with no level, LEVEL_BLANK a row (see tests/test_batch1068.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 富源 could be found: the pages are of the county's name and
streets, its 营上镇, 大河镇 and 十八连山, and the 胜境关); the rows are worded by us, the names invented
(the rare compound surnames 裴满 and 乌古论 with rare given names); every unit is a body of
曲靖市富源县.

Run ``python tests/published/score.py --set batch1068`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``高：``, ``中：``, ``低：`` (or ``低:``) opening a point cell is that point's
  level, not part of its text; the blank ``风险等级`` cells are no level of their own;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长 have
  no 科室 where no column gives one; the 中学's ``总务处干事`` is the 干事 of the 科室 总务处; 镇长,
  局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 科主任, 所长, 大队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  市场监督管理局's list names no person: its forms are posts;
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

PREFIX = "b1068_"
PLACE = "曲靖市富源县"
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

# (股室, 岗位, 姓名, tier, level word, colon, 廉政风险点 (without the mark), 防控措施)
CIVIL = [
    ("局领导", "局长", "裴满珩", "leader", "高", "：", "违规审批养老机构建设补贴", "补贴审批局党组会集体研究，结果公示。"),
    ("局领导", "局长", "裴满珩", "leader", "高", "：", "干预福利彩票公益金项目安排", "项目安排集体研究，过问登记。"),
    ("社会救助股", "股长", "乌古论澜", "middle", "高", "：", "低保对象审核优亲厚友", "入户核查两人以上，张榜公示。"),
    ("社会救助股", "股长", "乌古论澜", "middle", "中", "：", "临时救助金额随意确定", "救助标准公开，按档次审批。"),
    ("社会救助股", "股长", "乌古论澜", "middle", "中", "：", "接受服务对象宴请", "签订廉洁承诺书，廉政回访。"),
    ("社会事务股", "股员", "裴满翀", "general", "中", "：", "殡葬补贴对象审核不实", "补贴名册公示，抽查复核。"),
    ("社会事务股", "股员", "裴满翀", "general", "低", "：", "婚姻登记材料把关不严", "登记材料两人审核。"),
    ("办公室", "会计", "乌古论琇", "general", "中", "：", "虚报冒领补助资金", "资金银行代发，按月对账。"),
    ("办公室", "会计", "乌古论琇", "general", "低", ":", "公务接待费用报账不实", "接待清单审核，按季公开。"),
]  # fmt: skip


def fuyuan_civil_affairs_level_before_colon() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 12, 40, 10, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, lv, colon, point, measures) in enumerate(CIVIL, 1):
        sh.add(n, dept, post, who, f"{lv}{colon}{point}", None, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "fuyuan_civil_affairs_level_before_colon", "https://m.163.com/dy/article/FP3D4UFF0534BPH6.html",
        "(harder) 县民政局 岗位廉政风险防控一览表 whose ``风险等级`` column is BLANK on every row and each "
        "廉政风险点 cell STARTS with its level and a colon (``高：违规审批…``, ``中：接受服务对象宴请``, one "
        "``低:`` half-width), after the source's article on 富源's name (平彝 renamed 1954) and the county "
        "town's street names (太和街, 中安街, 胜境大道): a title, 序号/股室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险等级 (blank)/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fuyuan_yingshang_town_list() -> dict:
    unit = f"{PLACE}营上镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "乌古论珩", "leader", "集镇供水工程指定施工队伍", "外部环境风险", "高",
         "工程按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "乌古论珩", "leader", "黄梨产业扶持资金分配不公开", "制度机制风险", "高",
         "资金分配方案张榜公示。"),
        ("党政办", "主任", "裴满澈", "middle", "公务用车加油费用报账不实", "岗位职责风险", "中", "加油卡定车定人，按月对账。"),
        ("农业农村服务中心", "农技员", "乌古论沄", "general", "耕地地力补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业农村服务中心", "农技员", "乌古论沄", "general", "收受种苗经销商好处", "思想道德风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "fuyuan_yingshang_town_list", "http://tcmap.com.cn/yunnan/fuyuanxian_yingshangzhen_info.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 营上镇 (面积, 村委会, 哈播大峡谷, 块择河, "
        "矿藏): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def fuyuan_huangni_village_list() -> dict:
    unit = f"{PLACE}大河镇黄泥村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "裴满瑄", "leader", "村集体林地流转收益不公开", "一级", "流转方案村民代表会议表决。"),
        ("村党总支书记", "裴满瑄", "leader", "村内水窖建设指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "乌古论湉", "general", "危房改造对象评议走过场", "二级", "评议结果张榜公示。"),
        ("村监委会主任", "裴满翾", "general", "村务监督流于形式", "二级", "监督记录按月公开。"),
        ("村监委会主任", "裴满翾", "general", "村级报账单据审核不严", "三级", "单据两人审核签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "fuyuan_huangni_village_list", "http://nmhdgaokao.com/yunnan/fuyuanxian_dahezhen.html",
        "村 小微权力廉政风险防控清单, after the source's entry on 大河镇 of 富源县 (区划代码, 面积, its 社区 and 16 "
        "行政村, among them 黄泥村): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def fuyuan_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乌古论翃", "leader", "学校运动场改造干预施工单位确定", "外部环境", "高风险",
         "工程公开招标，过问登记。"),
        ("局领导", "局长", "乌古论翃", "leader", "营养改善计划资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("人事股", "股长", "裴满沅", "middle", "教师招聘资格审查把关不严", "岗位职责", "中风险", "资格审查两人复核，结果公示。"),
        ("人事股", "股长", "裴满沅", "middle", "绩效工资核定不按程序", "业务流程", "中风险", "核定结果公示。"),
        ("计划财务股", "出纳", "乌古论瑀", "general", "收受教辅材料商家礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "fuyuan_education_bureau_list", "https://ppfocus.com/0/spce93b8d.html",
        "县教育体育局 岗位廉政风险防控一览表, after the source's reposted article (traditional script) on 富源's "
        "name and the county town's old and new streets: a title, 序号/股室 merged/职务 and 姓名 merged per "
        "person/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def fuyuan_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "乌古论瑄", "leader", "矿权出让", "采矿权出让设置排他性条件", "高",
         "出让方案集体研究，网上公开交易。"),
        ("耕地保护股", "股长", "裴满泠", "middle", "占补平衡", "补充耕地验收降低标准", "高", "验收专家参与并公示。"),
        ("耕地保护股", "股长", "裴满泠", "middle", "用地报批", "农用地转用材料审核不实", "中", "报批材料两级审核。"),
        ("不动产登记中心", "登记员", "乌古论璆", "general", "登记审核", "抵押登记材料审核不严", "中", "登记资料两级审核。"),
        ("不动产登记中心", "登记员", "乌古论璆", "general", "信息查询", "违规查询、泄露权属信息", "低", "查询登记，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "fuyuan_natural_resources_screening", "http://m.jizuoye.com/lishi/diming/e8839ce5a283e585b3",
        "县自然资源局 廉政风险点排查表, after the source's place-name entry on 胜境关 of 富源县 (滇黔界关, 滇南胜境 "
        "坊, 古驿道): a title, 序号/股室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fuyuan_market_regulation_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法岗", "general", "药品经营检查通风报信", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("综合执法大队", "执法岗", "general", "行政处罚自由裁量畸轻", "制度机制风险", "Ⅰ级", "处罚案件集体审议。"),
        ("登记注册股", "登记岗", "general", "个体户登记为关系人开绿灯", "业务流程风险", "Ⅱ级", "登记材料网上核验。"),
        ("登记注册股", "登记岗", "general", "收受经营户礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "执法装备采购指定供应商", "外部环境风险", "Ⅲ级", "采购比选，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "fuyuan_market_regulation_posts", "http://m.66zidian.com/lishi/diming/e8839ce5a283e585b3",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's reposted place-name entry on 胜境关 "
        "(界关, 滇南胜境坊, 哨楼): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def fuyuan_shibalianshan_clinic_group_rows() -> dict:
    unit = f"{PLACE}十八连山镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "乌古论琬", "leader", [
                ("医用耗材采购个人说了算", "一级风险", "耗材采购院务会研究，公开比选。"),
                ("职工绩效分配不公开", "一级风险", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、财务室", "财务室", [
            ("会计", "裴满璠", "general", [
                ("医疗收费票据管理不规范", "二级风险", "票据专人保管，定期核销。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科主任", "乌古论沚", "middle", [
                ("预防接种数据虚报", "二级风险", "接种数据系统核对，抽查回访。"),
                ("慢病随访补助发放不实", "三级风险", "补助名册公示，两人复核。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "fuyuan_shibalianshan_clinic_group_rows", "http://authenticallynatalie.com/gonglve/122321537612120064",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's travel page on 富源县十八连山镇 (油菜花海, "
        "无烟煤田, 国家级森林公园; no page of its 卫生院 could be found): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、院领导``, ``二、财务室``, ``三、公共卫生科`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def fuyuan_first_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("裴满珺", "", "校长", "leader", [
            ("学生保险征订指定公司", "高", "征订自愿，家委会参与比选。", "已落实"),
            ("校园维修工程收受回扣", "中", "维修项目比选，验收留痕。", "已落实"),
        ]),
        ("乌古论玙", "总务处", "干事", "general", [
            ("食堂物资验收不称重", "中", "验收两人称重，台账登记。", "未发现问题"),
            ("资产出租收入不入账", "低", "出租收入统一上缴。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fuyuan_first_middle_school_selfchecks", "http://www.zidian99.com/lishi/diming/e8839ce5a283e585b3",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's place-name "
        "entry on 胜境关 of 富源县 (the same entry as the 自然资源局's and 市场监督管理局's sources, on a third site; "
        "no page of the school could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fuyuan_civil_affairs_level_before_colon(),
    fuyuan_yingshang_town_list(),
    fuyuan_huangni_village_list(),
    fuyuan_education_bureau_list(),
    fuyuan_natural_resources_screening(),
    fuyuan_market_regulation_posts(),
    fuyuan_shibalianshan_clinic_group_rows(),
    fuyuan_first_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1068-inbox"))
