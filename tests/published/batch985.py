"""The nine-hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门,
its 事业单位, a 镇 and the 供销社, 镇赉县 (白城市, 吉林省) — its 水利局, 退役军人事务局, 住房和城乡建设局,
镇赉镇人民政府, 供销合作社联合社, 林业和草原局, 湿地公园管理中心 and 审计局 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 退役军人事务局's 一览表: ``股室`` merged (``局领导``, ``拥军优抚股``, ``移交安置和就业创业股``,
  ``规划财务股``), ``职务 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级`` and a ``注：`` line;
- the 住房和城乡建设局's 排查表: ``股室`` merged — ``局领导``, a 股 and a 站
  (``建设工程质量安全监督站``) —, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``具体表现``, ``高风险/中风险/低风险``, no type column;
- the 镇赉镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、党政综合办公室`` … (no 科室 column),
  ``岗位 | 姓名`` merged per person, short types under ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 供销合作社联合社's 防控卡, one sheet a person (tabs named by the person): ``持卡人 | … | 岗　位 | …``
  and a merged 岗位职责 line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 林业和草原局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 | 填表日期`` over
  a row of values, 高/中/低, ``防控措施 | 自查情况``, no type column;
- the 湿地公园管理中心's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types under ``风险类别``,
  ``一级风险/二级风险/三级风险``; no names;
- the 审计局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY row,
  short types, ``重点防控/一般防控/常规防控``.

One is harder:

- ``zhenlai_water_pivot_by_level``: the 水利局's list of its posts' points summed by level — an Excel
  PIVOT TABLE IN TABULAR FORM (以表格形式显示) copied and pasted as values under a title: row fields
  ``风险等级 | 风险类别 | 股室 | 岗位 | 姓名 | 廉政风险点`` each in a column headed by its field's name, the
  value ``计数项:廉政风险点`` (1 a row) beside them; item labels NOT repeated — a label stands on the
  first row of its group only, the cells under it blank for as long as it and every field left of it
  stay the same —, a ``一级 汇总`` row (with the count) closing each level and ``总计`` the table; a
  ``注：`` line says it was made from the unit's list. So the level and the type of most points stand
  only on the first row of their group. The README's 读得懂的表 and docs/layouts.md know a pivot
  table in COMPACT form (``行标签`` over one column holding every row field, the levels as column
  fields, PIVOT_TABLE_READ), a level column merged down over several points, and a level written
  only on the first row of its group in a MARGIN column left or right of the table
  (LEVEL_BY_MARGIN_COLUMN); they do not describe the TABULAR form, where the level (the type) is a
  row field of its own column inside the table, its blank cells meaning "as above" up to the
  group's ``汇总`` row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (镇赉县水利局 and the 省水利厅's visit
to the 镇赉环城国家湿地公园水利风景区; a 县退役军人事务局's 股室 and 服务站; a 县住建局's 检查 of 在建工程;
the ``乡镇五大员`` of a 镇; a 县供销社's 三个创建; a 县林草局's report on 林业执法; the 镇赉环城国家湿地公园
and its 授牌; a 县长's visit to the 审计局) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare compound
surnames 公乘 and 乌孙 with rare given names); every unit is a body of 镇赉县.

Run ``python tests/published/score.py --set batch985`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a blank row-field cell is the label above it within its group: each point's
  level is its group's ``风险等级`` label, its type its group's ``风险类别`` (``制度机制风险`` is 制度机制),
  its 股室, post and holder likewise; the ``… 汇总`` and ``总计`` rows and the count column are no
  points; the points are the same as the unit's list would give, in the pivot's order (by level);
- a 站 written in the 住建局's ``股室`` column is a 科室 of its 局, the 局 the unit; its 站长 is middle;
- ``局领导`` (a 股室 cell) and ``镇领导`` (a group row) are the 科室 of those leaders; a 局's 股 and
  大队, the 镇's 办公室 and 站 are 科室; the 供销社's cards and the 湿地公园管理中心's list name no 科室;
- the 局, the 镇, the 社 and the 中心 are units of their own: 局长, 副局长, 党委书记, 镇长, 副镇长,
  理事会主任, 副主任 and 主任 (of the 社 and the 中心) are leaders; 股长, 大队长, 站长 and 办公室主任
  middle; the rest general;
- ``风险点 | 具体表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``填表日期`` are no
  points and name no holder; the 湿地公园管理中心's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险``
  and ``重点防控/一般防控/常规防控`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b985_"
PLACE = "镇赉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GUARDS = {"重点防控": 1, "一般防控": 2, "常规防控": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

LEVEL_WORDS = {1: "一级", 2: "二级", 3: "三级"}
FIELDS = ("风险等级", "风险类别", "股室", "岗位", "姓名", "廉政风险点")
VALUE = "计数项:廉政风险点"

# (股室, 岗位, 姓名, tier, [(风险等级, 廉政风险点, 风险类别)]): the source list the pivot sums
BY_LEVELS = [
    ("局领导", "局长", "公乘曜珩", "leader", [
        (1, "水利工程项目安排、资金分配个人说了算", "制度机制"),
        (1, "插手水利工程招投标，为特定企业打招呼", "思想道德"),
        (2, "水利风景区创建项目验收把关不严", "岗位职责"),
    ]),
    ("局领导", "副局长", "乌孙澹岳", "leader", [
        (1, "防汛抗旱物资采购中收受供货商好处", "外部环境"),
        (2, "河湖长制考核打分人情分", "岗位职责"),
    ]),
    ("工程建设管理股", "股长", "公乘璟翊", "middle", [
        (1, "工程变更签证审核不严，虚增工程量", "业务流程"),
        (2, "工程质量检查走过场、隐患不督改", "岗位职责"),
        (3, "工程档案资料归档不及时、不完整", "业务流程"),
    ]),
    ("计划财务股", "股长", "乌孙沄漪", "middle", [
        (1, "水利建设资金不按进度拨付、违规预付", "制度机制"),
        (2, "报销票据审核不严、以票抵票", "业务流程"),
    ]),
    ("水政监察大队", "大队长", "公乘翮", "middle", [
        (1, "河道非法采砂案件查处中以罚代刑、降格处理", "岗位职责"),
        (2, "水政执法巡查中接受当事人宴请", "外部环境"),
    ]),
    ("农村水利股", "科员", "乌孙芷蘅", "general", [
        (2, "灌区节水改造项目申报材料审核不实", "岗位职责"),
        (3, "农村饮水工程维修经费报账不规范", "业务流程"),
    ]),
    ("办公室", "科员", "公乘湜", "general", [
        (3, "公务用车使用登记不全、公车私用", "制度机制"),
        (2, "办公用品采购不比价、虚开发票", "业务流程"),
    ]),
]  # fmt: skip

DEPT_ORDER = [dept for dept, *_ in BY_LEVELS]
TYPE_ORDER = ["思想道德", "制度机制", "岗位职责", "业务流程", "外部环境"]


def pivot_records() -> list[tuple]:
    """The source rows as the pivot orders them: by 风险等级, then 风险类别, 股室, holder, point
    (its row fields' order); each (level, 风险类别 as written, 股室, 岗位, 姓名, point, tier)."""
    recs = []
    for order, (dept, post, who, tier, points) in enumerate(BY_LEVELS):
        for level, point, typ in points:
            key = (level, TYPE_ORDER.index(typ), DEPT_ORDER.index(dept), order)
            recs.append((key, (LEVEL_WORDS[level], f"{typ}风险", dept, post, who, point, tier)))
    return [rec for _key, rec in sorted(recs, key=lambda kv: kv[0])]


def pivot_rows() -> list[list]:
    """The pivot in tabular form (以表格形式显示), item labels NOT repeated: a label stands on
    the first row of its group only (a row field's cell is blank where it and every field left
    of it are as in the row above); a '一级 汇总' row closes each level, '总计' the table."""
    out: list[list] = []
    prev: tuple | None = None
    count = 0
    for rec in pivot_records():
        fields = rec[:6]
        if prev is not None and fields[0] != prev[0]:
            out.append([f"{prev[0]} 汇总", None, None, None, None, None, count])
            count = 0
        row: list = []
        same = prev is not None
        for i, value in enumerate(fields):
            same = same and prev[i] == value
            row.append(None if same and i < 5 else value)
        out.append([*row, 1])
        count += 1
        prev = fields
    out.append([f"{prev[0]} 汇总", None, None, None, None, None, count])
    out.append(["总计", None, None, None, None, None, sum(len(p) for *_, p in BY_LEVELS)])
    return out


def zhenlai_water_pivot_by_level() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("按等级汇总", [10, 14, 16, 10, 10, 40, 16])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险点按风险等级汇总表")
    sh.add()
    sh.add(*FIELDS, VALUE)
    for row in pivot_rows():
        sh.add(*row)
    for level, typ, dept, post, who, point, tier in pivot_records():
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[level])
    sh.add()
    sh.add("注：本表由单位岗位廉政风险点清单生成数据透视表后复制为数值。")
    return _layout(
        "zhenlai_water_pivot_by_level", "http://bcrbszb.bcxww.com/html/2020-11/11/content_114090.htm",
        "(harder) 县水利局 岗位廉政风险点按风险等级汇总表, after the source's account of 镇赉县水利局 and the 省水利厅's "
        "专家组 at the 镇赉环城国家湿地公园水利风景区 (渠首进水闸, 河湖连通工程, 水利风景区创建): the unit's list as an "
        "Excel PIVOT TABLE IN TABULAR FORM pasted as values — row fields 风险等级/风险类别 (``…风险``)/股室/岗位/姓名/"
        "廉政风险点 each in a column headed by its name, ``计数项:廉政风险点`` the value; item labels NOT repeated (a "
        "label stands on the first row of its group, the cells under it blank), a ``一级 汇总`` row closing each level "
        "and ``总计`` the table; a title above and a ``注：`` line under",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenlai_veterans_list() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乌孙砚澄", "leader", "退役军人安置岗位分配中优亲厚友", "思想道德风险", "一级",
         "安置岗位按考试考核成绩排序选岗，全程公开。"),
        ("局领导", "局长", "乌孙砚澄", "leader", "光荣院改造项目发包不按程序", "制度机制风险", "一级",
         "项目发包经党组会集体研究，按规定招标。"),
        ("拥军优抚股", "股长", "公乘琰", "middle", "优抚对象抚恤金核定把关不严、冒领", "岗位职责风险", "一级",
         "抚恤对象每年认证，发放名单公示。"),
        ("拥军优抚股", "股长", "公乘琰", "middle", "走访慰问金发放不按标准", "业务流程风险", "二级",
         "慰问金打卡发放，领取名单存档。"),
        ("移交安置和就业创业股", "科员", "乌孙昉", "general", "退役士兵自主就业补助审核不实", "岗位职责风险", "二级",
         "补助材料两人审核，系统比对服役信息。"),
        ("移交安置和就业创业股", "科员", "乌孙昉", "general", "就业创业培训机构认定中接受请托", "外部环境风险", "三级",
         "培训机构认定经股室集体研究并公示。"),
        ("规划财务股", "会计", "公乘旻", "general", "优待证制发经费报账不规范", "业务流程风险", "三级",
         "经费报账凭合同、验收单，每季度对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "zhenlai_veterans_list", "http://sznianjian.com/show.php?mlid=12994",
        "县退役军人事务局 岗位廉政风险防控一览表, after the source's account of a 县退役军人事务局 (办公室, 思想政治和权益维护股, "
        "拥军优抚股, 移交安置和就业创业股, 规划财务股; 服务中心, 光荣院, 乡村服务站): a title, 序号/股室 merged/职务 and 姓名 "
        "merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhenlai_housing_check() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("排查表", [6, 20, 10, 10, 18, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "具体表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "公乘珩澈", "leader", "建筑市场监管", "对违法分包、挂靠问题打招呼、说情", "高风险",
         "执法建议书统一编号，处理结果集体研究。"),
        ("局领导", "副局长", "公乘珩澈", "leader", "保障房分配审批", "保障房分配审批中优亲厚友", "高风险",
         "分配名单三级审核、两次公示。"),
        ("建设工程质量安全监督站", "站长", "乌孙岫", "middle", "工程质量监督", "对在建工程实体质量问题降低标准验收", "高风险",
         "监督检查两人以上，问题整改闭环销号。"),
        ("建设工程质量安全监督站", "站长", "乌孙岫", "middle", "扬尘治理检查", "扬尘治理检查走过场、不下执法建议书", "中风险",
         "检查情况每月通报，执法建议书台账管理。"),
        ("建筑业管理股", "科员", "公乘渟", "general", "农民工工资监管", "农民工实名制和工资发放检查不认真", "中风险",
         "实名制数据与银行代发记录比对。"),
        ("建筑业管理股", "科员", "公乘渟", "general", "资质资料审核", "施工企业资质资料审核中吃拿卡要", "低风险",
         "资质事项进驻政务大厅，限时办结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表：", None, None, "负责人：", None, None, "2025年5月", None)
    return _layout(
        "zhenlai_housing_check", "http://m.nxhuan.com/p/1461532.html",
        "县住房和城乡建设局 廉政风险点排查表, after the source's account of a 县住建局's 检查 of 在建工程 (参建各方行为, "
        "实体质量, 扬尘治理, 农民工实名制工资, 执法建议书): a title, 序号/股室 merged (局领导, a 站, a 股)/岗位 and 姓名 "
        "merged per person/a short 风险点/a long 具体表现/风险等级 ``高风险/中风险/低风险``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def zhenlai_town_group_rows() -> dict:
    unit = f"{PLACE}镇赉镇人民政府"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "乌孙霁川", "leader", [
                ("村级项目资金安排个人说了算", "制度机制", "Ⅰ级", "项目资金安排经镇政府常务会议研究。"),
                ("招商引资项目落地中收受好处", "外部环境", "Ⅰ级", "招商项目全程纪实，廉洁承诺。"),
            ]),
            ("副镇长", "公乘皛", "leader", [
                ("秸秆禁烧、安全生产检查中降低标准", "岗位职责", "Ⅱ级", "检查结果现场签字，每月通报。"),
            ]),
        ]),
        ("二、党政综合办公室", "党政综合办公室", [
            ("办公室主任", "乌孙璘", "middle", [
                ("公务接待超标准、虚列开支", "业务流程", "Ⅱ级", "接待实行公函、清单、发票三单合一。"),
                ("村“两委”换届资格审查把关不严", "岗位职责", "Ⅰ级", "资格联审，审查结果公示。"),
            ]),
        ]),
        ("三、农业农村工作站", "农业农村工作站", [
            ("民生服务员", "公乘沚", "general", [
                ("低保对象入户核查不实", "岗位职责", "Ⅱ级", "入户核查两人以上，照片存档。"),
                ("惠农补贴面积统计弄虚作假", "思想道德", "Ⅲ级", "补贴面积村级公示，镇级抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zhenlai_town_group_rows", "http://news.weixintoupiaoqun.com/zonhe/202512/533690.html",
        "镇人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's table of the ``乡镇五大员`` (政策宣传员, "
        "民生服务员, 环境治理员, 安全生产员, 经济发展员): a title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows ``一、镇领导``, ``二、党政综合办公室``, ``三、农业农村工作站`` "
        "merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def zhenlai_supply_coop_cards() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    t = _Truth(unit)
    cards = [
        ("公乘翾", "理事会主任", "主持县社全面工作，分管财务、资产管理", "leader", [
            ("社有资产出租、处置不公开", "★★★", "资产出租处置经理事会研究，公开竞价。"),
            ("基层社建设项目扶持资金分配不公", "★★★", "扶持资金分配方案公示，报县财政备案。"),
        ]),
        ("乌孙澍", "副主任", "分管农资经营、农民专业合作社指导", "leader", [
            ("化肥等农资储备承储企业确定中接受请托", "★★", "承储企业公开遴选，结果公示。"),
            ("专业合作社示范社推荐打招呼", "★★", "推荐人选集体研究，听取乡镇意见。"),
        ]),
        ("公乘瑱", "出纳", "现金、银行账户收付和票据保管", "general", [
            ("公款私存、挪用备用金", "★★", "现金日清月结，会计每月盘点。"),
            ("空白支票保管不善", "★", "空白支票与印鉴分人保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, work, tier, items in cards:
        sh = _Sheet(who, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "岗　位", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhenlai_supply_coop_cards", "http://old.zh-hz.com/dz/html/2010-12/07/content_41697.htm",
        "县供销合作社联合社 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account "
        "of a 县供销社's ``三个创建`` (企业管理人员, 专业合作社, 农资和农产品经营): a title, ``持卡人 | … | 岗　位 | …`` and "
        "a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhenlai_forestry_selfchecks() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    people = [
        ("乌孙昶", "局领导", "副局长", "leader", [
            ("林地征占用审核中降低标准", "高", "征占用林地材料经股室、分管领导两级审核。", "未发现问题"),
            ("造林绿化工程验收走过场", "中", "验收组现场抽查，验收结果公示。", "已落实"),
        ]),
        ("公乘珺", "森林资源管理股", "股长", "middle", [
            ("林木采伐许可证违规发放", "高", "采伐许可网上办理，伐区现场核验。", "已落实"),
            ("森林督查图斑核查不实", "中", "图斑核查留存影像，交叉复核。", "已落实"),
        ]),
        ("乌孙琎", "林政执法股", "科员", "general", [
            ("滥伐林木案件查处中以罚代刑", "中", "案件集体审理，执法全过程记录。", "未发现问题"),
            ("护林员巡护记录审核不严", "低", "巡护轨迹系统比对，每月通报。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "股室负责人：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenlai_forestry_selfchecks", "http://willonit.com/kyguanwangmanbetx/info/1318/32519.htm",
        "县林业和草原局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on a "
        "县林草局's 林业执法 (执法宣传, 林政执法巡查, 森林资源管理, 护林员巡护, 执法队伍): a title, a label row ``姓　名 | "
        "所在股室 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 股室负责人：``",
        sheets, t,
    )  # fmt: skip


def zhenlai_wetland_posts() -> dict:
    unit = f"{PLACE}湿地公园管理中心"
    sh = _Sheet("清单", [6, 12, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", "湿地保护修复项目发包中指定施工单位", "制度机制风险", "一级风险",
         "项目发包经中心班子会集体研究，公开招标。"),
        ("主任", "leader", "湿地公园特许经营项目审批中收受好处", "思想道德风险", "一级风险",
         "特许经营事项公开竞争，结果公示。"),
        ("副主任", "leader", "生态补水工程计量审核不严", "岗位职责风险", "二级风险",
         "计量数据由水文站、中心两方确认。"),
        ("财务会计", "general", "项目资金支付不按合同进度", "业务流程风险", "二级风险",
         "资金支付凭进度单，经主任审批。"),
        ("巡护员", "general", "巡护中发现非法捕鸟、挖沙不报告", "岗位职责风险", "三级风险",
         "巡护轨迹上传系统，每周抽查。"),
        ("巡护员", "general", "收受游客、商户财物放行违规经营", "外部环境风险", "三级风险",
         "巡护两人一组，执行工作纪律。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：综合办", None, "审核：", None, "2025年3月", None)
    return _layout(
        "zhenlai_wetland_posts", "http://www.jlbc.gov.cn/xxgk_3148/xq/201901/t20190125_691154.html",
        "县湿地公园管理中心 岗位廉政风险防控清单 对岗不对人, after the source's account of the 镇赉环城国家湿地公园 and its "
        "授牌 (一江三河, 泡沼, 白鹤, 湿地保护): a title, 序号/岗位 merged per post/廉政风险点/风险类别 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhenlai_audit_list() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 11, 11, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公乘霂", "leader", "审计计划安排中为被审计单位说情、打招呼", "思想道德", "重点防控",
         "审计计划经局党组会研究，报县委审计委员会审定。"),
        ("局领导", "局长", "公乘霂", "leader", "审计报告审定中降格处理发现的问题", "制度机制", "重点防控",
         "审计报告经审计业务会议集体审定。"),
        ("经济责任审计股", "股长", "乌孙翊", "middle", "经济责任审计中隐瞒、少报问题线索", "岗位职责", "重点防控",
         "问题线索集体研判，移送情况登记备查。"),
        ("经济责任审计股", "股长", "乌孙翊", "middle", "审计取证不充分、底稿失实", "业务流程", "一般防控",
         "底稿实行主审、组长、股长三级复核。"),
        ("投资审计股", "审计员", "公乘琮", "general", "工程结算审计中接受施工单位宴请", "外部环境", "一般防控",
         "审计组执行审计“四严禁”工作纪律。"),
        ("投资审计股", "审计员", "公乘琮", "general", "审计资料借阅、保管不规范", "业务流程", "常规防控",
         "资料借阅登记，审计结束后一并归档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GUARDS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "zhenlai_audit_list", "http://www.yangxian.gov.cn/yxzf/yxxwzx/yxxw/202305/ba706fb8d5684af181057dcdaa42c8b7.shtml",
        "县审计局 岗位廉政风险防控一览表, after the source's account of a 县长's visit to the 审计局 (政治机关建设, 审计重点, "
        "重大政策落实, 重点资金, 重点项目, 审计干部队伍): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/股室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``重点防控/一般防控/常规防控``/"
        "防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenlai_water_pivot_by_level(),
    zhenlai_veterans_list(),
    zhenlai_housing_check(),
    zhenlai_town_group_rows(),
    zhenlai_supply_coop_cards(),
    zhenlai_forestry_selfchecks(),
    zhenlai_wetland_posts(),
    zhenlai_audit_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch985-inbox"))
