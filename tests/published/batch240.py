"""The two-hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ENFORCEMENT AND REGULATION BODIES of one county, 得荣县 —
its 综合行政执法局, the 市场监督管理局 through its 松麦市场监督管理所, the 生态环境局, the 自然资源执法监察
大队, the 文化市场综合行政执法大队, the 农业综合行政执法大队, the 卫生健康综合行政执法大队 and the 水利局
with its 水政监察大队 — each handing back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its
staff typed it, the rows about 检查, 处罚, 许可, 抽检 and 投诉:

- the 市场监督管理局's 自查表 of the 松麦市场监督管理所, one sheet a person (tabs 所长, 执法人员, 登记窗口):
  ``姓名 | … | 所在单位 | 松麦市场监督管理所 | 职务 | …`` in one row, ``自查风险点``, ``…风险`` types,
  高/中/低, a ``自查情况`` column, ``本人签字： | 所长审核：`` below;
- the 生态环境局's 清单 in two sheets: ``局领导`` with 姓名, 职务 and ``分管工作`` merged per leader, and
  ``股室`` 对岗不对人 with 股室 and 岗位 merged; both a short ``风险名称`` beside a long ``风险描述``,
  ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 自然资源执法监察大队's 排查表 under ``单位（盖章）：…　排查时间：…``: ``中队`` merged (大队领导, 执法
  一中队, 执法二中队), 岗位, 姓名 and ``巡查责任区域`` (the 乡镇 a person patrols) merged per person,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line;
- the 文化市场综合行政执法大队's 防控卡, one sheet a holder: ``持卡人 | … | 所在中队 | … | 职务 | …`` in
  one row, a merged ``岗位职责`` line, short types, ``高风险/中风险/低风险``, ``监督举报电话：12318``
  and ``持卡人签字：`` below;
- the 农业综合行政执法大队's 责任清单 under an ``编制日期：…`` line: ``工作事项`` first, short types,
  ``一级风险/二级风险/三级风险`` (a ``注：`` line says what they mean), and the holder LAST in
  ``责任中队 | 责任岗位 | 责任人``, the rows in the order of the 工作事项 (a person's rows not together);
- the 卫生健康综合行政执法大队's 一览表 under ``附件1``: ``中队（科室）`` merged (大队领导, 公共场所卫生
  监督中队, 医疗卫生监督中队, 法制稽查室), 岗位 and 姓名 merged per person, ``一级/二级/三级``, no
  type column, the heading typed again where the printed page breaks;
- the 水利局's 排查登记表 under ``填报单位：…　填报时间：…``: 股室 merged (局领导, 水政监察大队, 河湖管理
  股), 岗位 and 姓名 merged per person, ``风险内容``, short types, ``较高/一般/较低`` (a ``注：`` line
  names the three), a ``备注`` column and a 水政监察员 whose row says only 无.

One is harder:

- ``law_enforcement_colour_marked``: the 综合行政执法局's 一览表 with NO LEVEL COLUMN AT ALL: each
  ``廉政风险点`` cell is SHADED — red, yellow or blue fill, the cell's text plain — and a ``注：`` line
  under the table says ``…以底色标示：红色为高风险，黄色为中风险，蓝色为低风险``, the 红黄蓝 三色 the
  county's 廉政风险 预警 uses. The README's 读得懂的表 knows a legend giving colour WORDS their level
  (``红色为高风险`` when the cells say ``红色``, ``红灯/黄灯/绿灯``), star and symbol marks in or before
  the text, levels taken from a sheet's name or a group row; not a level carried only by the cell's
  FILL, with no level word anywhere in the row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县级行政综合执法大队's 城市管理 —
市容市貌, 违法建筑, 流动摊贩, 乱搭乱建 and 乱贴乱画, 拍照取证 and 整改通知书; a 市场监管所's 清理排查 of
食品 乱象 — 走私食品, 小作坊, 过期食品, 投诉举报; a 市 生态环境综合执法支队's 一事双查, 辅助执法人员, 执法
台账 and 行政处罚案卷; a 县自然资源局's 执法监察大队 and 自然资源所 patrolling 责任区域 against 农村占用耕地
建房, 巡查台账 and 卫片; a 县's 文化市场综合执法大队 with its 文化、文物、出版、广播电视、电影、旅游 执法 and
扫黄打非; a 县 农业综合执法大队 split in two 路 checking 种子、肥料、农药, 兽药饲料, 农机具安检 and 收缴
过期农药; a 区卫生监督执法大队's 公共场所, 医疗机构 (非法行医, 医疗废物) and 学校 卫生; a 县水利综合行政
执法队's 夜间 突击检查 of 非法采砂 and its 责令停止水事违法行为通知书) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names); every unit is a body of 得荣县 and its 乡镇 (松麦镇, 瓦卡镇,
白松镇, 古学乡, 奔都乡, 八日乡) are the county's.

Run ``python tests/published/score.py --set batch240`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a point's level is its cell's fill: red (``#FF0000``) 1, yellow (``#FFFF00``)
  2, blue (``#00B0F0``) 3, as the ``注：`` line says; the ``注：`` line and the 填表人 line are no points;
- the 松麦市场监督管理所 is the 局's 所: the unit is ``得荣县市场监督管理局``, the 所 the 科室 (batches 188,
  198, 206); its 所长 is middle, as there;
- 自然资源执法监察大队, 文化市场综合行政执法大队, 农业综合行政执法大队 and 卫生健康综合行政执法大队 are units of
  their own (each sends its own file under its own name, as batch233's 执法大队); their 大队长/副大队长
  leaders, 中队长 middle; ``大队领导`` (``局领导``) in a 中队/股室 column, or a card's ``所在中队``, is the
  科室 of those leaders; the 生态环境局's ``局领导`` sheet has no 科室 column: its forms have
  department "";
- the 生态环境局's ``生态环境保护综合行政执法大队`` and the 水利局's ``水政监察大队`` stand in a 股室
  column of their 局: they are 科室 and their 大队长 middle; 法制稽查室's 法制审核员 general;
- ``巡查责任区域``, ``工作事项``, ``岗位职责``, ``分管工作``, ``自查情况``, ``备注`` are no points;
  ``风险名称 | 风险描述``: the point is the short 风险名称; a row saying only 无 is no point and gives
  no form;
- ``★★★/★★/★``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``,
  ``一级/二级/三级`` and ``较高/一般/较低`` are 1/2/3;
- the heads of the units — 局长/副局长, 大队长/副大队长 of a 大队 that is its own unit — are leaders;
  股长, 中队长, 所长, the 主任 of a 局's 办公室 and the 大队长 of a 大队 inside a 局 middle; the rest
  (执法队员, 执法人员, 登记注册员, 监测员, 卫生监督员, 法制审核员, 水政监察员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s, plus
a cell's fill where a sheet names one) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b240_"
PLACE = "得荣县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
MILD = {"较高": 1, "一般": 2, "较低": 3}
FILLS = {"#FF0000": 1, "#FFFF00": 2, "#00B0F0": 3}  # 红 高, 黄 中, 蓝 低
FILL_OF = {lv: colour for colour, lv in FILLS.items()}
GAP = "\u3000"


class _Painted(_Sheet):
    """A sheet some of whose cells are shaded: ``fills`` holds (row, col, colour)."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.fills: list[tuple[int, int, str]] = []

    def data(self) -> dict:
        return {**super().data(), "fills": list(self.fills)}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

MARKED = [
    ("局领导", "局长", "綦霁禾", "leader", [
        ("重大行政处罚案件不经集体讨论，个人拍板定案", "制度机制", "高",
         "重大案件一律提交案件审理委员会集体讨论，讨论记录存档。"),
        ("违法建筑强制拆除对象选择性确定，为说情者“网开一面”", "思想道德", "高",
         "拆违计划集体研究并公开，说情打招呼如实登记。"),
        ("执法车辆、执法记录仪等装备采购把关不严", "岗位职责", "中",
         "装备采购按政府采购程序办理，验收三人以上。"),
    ]),
    ("局领导", "副局长", "戢芃羽", "leader", [
        ("户外广告设置审批中接受广告企业宴请", "外部环境", "中", "审批条件和结果公开，严守八项规定。"),
        ("对执法中队办案质量监督不力，问题案件降格处理", "岗位职责", "低",
         "每季度开展案卷评查，评查结果全局通报。"),
    ]),
    ("办公室", "主任", "缑澄岭", "middle", [
        ("罚没款票据管理不规范，罚款不及时上缴国库", "制度机制", "高",
         "罚缴分离，票据专人领用登记，按月与财务核对。"),
        ("协管员工资、加班补助虚报冒领", "业务流程", "中", "补助按考勤发放，发放名单公示。"),
    ]),
    ("法制股", "股长", "佴沚岚", "middle", [
        ("行政处罚决定法制审核走过场，自由裁量畸轻畸重", "岗位职责", "高",
         "对照裁量基准逐案审核，审核意见书面留存。"),
        ("行政复议、行政诉讼答辩材料选择性提交", "业务流程", "低", "答辩材料经局务会审定。"),
    ]),
    ("城区执法中队", "中队长", "厍暮笙", "middle", [
        ("对占道经营、流动摊贩选择性执法，收受摊主好处", "外部环境", "高",
         "执法全程佩戴执法记录仪，执法片区定期轮换。"),
        ("暂扣物品登记不全，私自处理暂扣物品", "制度机制", "中",
         "暂扣物品当场开具清单，专库存放，处理经审批。"),
    ]),
    ("城区执法中队", "执法队员", "笪蘅舟", "general", [
        ("巡查中发现乱搭乱建不制止、不上报", "岗位职责", "中", "巡查记录每日上传，中队长每周抽查。"),
        ("调查取证不规范，应拍照取证而未取证", "业务流程", "低", "现场取证清单化，案卷评查纳入考核。"),
    ]),
    ("市容环卫执法中队", "中队长", "隗苡宁", "middle", [
        ("渣土运输车辆违规处罚中以罚代管、降低罚款标准", "外部环境", "高",
         "处罚适用裁量基准，处罚结果网上公开。"),
        ("“门前三包”考核打分不公，优亲厚友", "思想道德", "低", "考核标准公开，考核结果公示。"),
    ]),
    ("市容环卫执法中队", "执法队员", "逄鹭汀", "general", [
        ("查处乱贴乱画、乱倒垃圾时收受当事人财物", "思想道德", "中",
         "两人以上执法，签订廉洁执法承诺书。"),
    ]),
]  # fmt: skip


def law_enforcement_colour_marked() -> dict:
    unit = f"{PLACE}综合行政执法局"
    sh = _Painted("一览表", [6, 14, 10, 9, 40, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 8}填报时间：2024年10月", 7)
    sh.add("序号", "股室（中队）", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MARKED:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, measures)
            sh.fills.append((r, 4, FILL_OF[HML[lv]]))
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：廉政风险点按风险等级以底色标示：红色为高风险，黄色为中风险，蓝色为低风险。", 7)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "law_enforcement_colour_marked",
        "https://www.hkyyi.com/html/xian-ji-xing-zheng-zong-he-zhi-fa-da-dui-zhi-ze-yu-tiao-zhan-ru-he-"
        "ti-sheng-zhi-fa-xiao-lv-yu-gong-z.html",
        "(harder) 县综合行政执法局 岗位廉政风险防控一览表, after the source's account of a 县级行政综合执法大队 (城市管理 — "
        "市容市貌, 违法建筑查处, 流动摊贩, 乱搭乱建 and 乱贴乱画; 拍照取证, 整改通知书, 强制清理): a title, a merged "
        "``填报单位：…（盖章）　…　填报时间：2024年10月`` line, then 序号/股室（中队） merged (局领导, 办公室, 法制股, "
        "城区执法中队, 市容环卫执法中队)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/防控措施 — NO "
        "LEVEL COLUMN: each 廉政风险点 cell is SHADED red, yellow or blue (fill only, the text plain), and a "
        "``注：…以底色标示：红色为高风险，黄色为中风险，蓝色为低风险。`` line under the table; 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def market_station_self_check() -> dict:
    unit = f"{PLACE}市场监督管理局"
    station = "松麦市场监督管理所"
    t = _Truth(unit)
    people = [
        ("所长", "茆蔚宁", "所长", "middle", "局分管领导审核：", [
            ("辖区食品经营户日常检查的对象、频次由个人随意确定", "制度机制风险", "高",
             "检查对象按“双随机”抽取，检查计划报局食品安全监管股备案。", "已落实"),
            ("对走私食品、过期食品线索压案不查", "岗位职责风险", "高",
             "线索登记编号，办理结果报局法规股。", "已落实"),
            ("所内执法人员办案中遇说情干预不记录、不报告", "思想道德风险", "中",
             "落实干预插手案件记录报告制度。", "正在整改"),
        ]),
        ("执法人员", "酆砚秋", "执法人员", "general", "所长审核：", [
            ("小作坊、小餐饮检查中接受宴请和土特产", "外部环境风险", "高",
             "检查两人以上，签订廉洁执法承诺。", "已落实"),
            ("食用农产品快检结果不如实记录", "业务流程风险", "中", "快检结果当场公示，台账每周核对。",
             "已落实"),
            ("投诉举报处理拖延，泄露举报人信息", "岗位职责风险", "低", "投诉件限时办结，举报人信息保密。",
             "已落实"),
        ]),
        ("登记窗口", "谯苒之", "登记注册员", "general", "所长审核：", [
            ("经营主体设立登记材料审核不严，为亲友“开绿灯”", "岗位职责风险", "中",
             "办理材料一次性告知，办理情况网上可查。", "已落实"),
            ("违规查询、泄露经营主体登记信息", "制度机制风险", "低", "查询权限专人专用，查询记录留痕。",
             "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, review, points in people:
        sh = _Sheet(tab, [6, 38, 14, 10, 34, 12])
        _line(sh, f"{unit}{station}干部廉政风险自查表", 6)
        sh.add("姓名", who, "所在单位", station, "职务", post)
        sh.add("序号", "自查风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, state)
            t.point(sh.name, station, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, review, None, "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "market_station_self_check", "https://wenku.docs.qq.com/detail?docId=a6VORh6e2d",
        "县市场监督管理局 松麦市场监督管理所 干部廉政风险自查表, one sheet a person (tabs 所长, 执法人员, 登记窗口), after "
        "the source's 市场监管所 清理排查 of 食品行业乱象 (走私食品, 小作坊, 过期食品; 投诉举报平台, 巡查): a title naming "
        "局 and 所, ``姓名 | … | 所在单位 | 松麦市场监督管理所 | 职务 | …`` in one row, then 序号/``自查风险点``/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施/``自查情况`` (已落实, 正在整改); ``本人签字： | 所长审核：`` (the 所长's "
        "own: ``局分管领导审核：``) and a date below",
        sheets, t,
    )  # fmt: skip


def ecology_bureau_two_sheets() -> dict:
    unit = f"{PLACE}生态环境局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 8, 8, 18, 16, 36, 12, 8, 30])
    _line(lead, f"{unit}领导班子成员廉政风险防控清单", 9)
    lead.add(
        "序号",
        "姓名",
        "职务",
        "分管工作",
        "风险名称",
        "风险描述",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    leaders = [
        ("昝迩言", "局长", "主持全面工作，分管生态环境保护综合行政执法大队", [
            ("重大执法决定个人说了算", "对重大行政处罚、查封扣押不经集体讨论，个人决定处罚结果。", "制度机制风险",
             "Ⅰ级", "重大执法决定先经法制审核，再经局务会集体讨论。"),
            ("干预环境违法案件查处", "为被查处企业说情、打招呼，要求降格处理或撤销案件。", "思想道德风险", "Ⅰ级",
             "落实干预插手案件记录报告制度。"),
            ("一事双查落实不到位", "对环境违法案件只查企业、不查监管责任，问题线索不移送。", "岗位职责风险",
             "Ⅱ级", "严格执行“一事双查”，移送线索登记备查。"),
        ]),
        ("亓朔原", "副局长", "分管环境影响评价与排放管理股、监测站", [
            ("环评审批把关不严", "对不符合条件的建设项目环评文件违规审批，或故意拖延审批。", "岗位职责风险",
             "Ⅰ级", "环评审批集体审查，审批结果网上公开。"),
            ("排污许可核发违规", "对排污单位申报材料不核实，违规核发排污许可证。", "业务流程风险", "Ⅱ级",
             "许可材料现场核查，核发结果公示。"),
            ("接受企业宴请", "在检查、验收中接受企业宴请、礼品礼金。", "外部环境风险", "Ⅲ级",
             "节前廉洁提醒，礼品礼金拒收登记。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, work, items in leaders:
        recs = []
        for name, desc, typ, lv, measures in items:
            n += 1
            recs.append([n, who, post, work, name, desc, typ, lv, measures])
            t.point(lead.name, "", post, who, "leader", name, types_in(typ), ROMAN[lv])
        lead.records(recs, merge_cols=(1, 2, 3))
    dept = _Sheet("股室", [6, 20, 10, 16, 36, 12, 8, 30])
    _line(dept, f"{unit}股室岗位廉政风险防控清单", 8)
    dept.add("序号", "股室", "岗位", "风险名称", "风险描述", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "middle", "执法车辆私用", "执法车辆、执法装备公车私用或借给他人使用。", "制度机制风险",
         "Ⅲ级", "用车登记审批，车辆定位管理。"),
        ("办公室", "主任", "middle", "辅助执法人员管理不严", "辅助执法人员超范围参与执法，以执法名义办私事。",
         "岗位职责风险", "Ⅱ级", "辅助人员不得单独执法，按管理办法考核。"),
        ("环境影响评价与排放管理股", "股长", "middle", "环评技术审查走过场",
         "对环评文件技术审查不严，为关系企业修改审查意见。", "岗位职责风险", "Ⅰ级", "审查专家随机抽取，审查意见存档。"),
        ("环境影响评价与排放管理股", "股长", "middle", "泄露审批信息", "向企业或中介机构泄露审批进度、审查意见。",
         "制度机制风险", "Ⅲ级", "审批信息按规定公开，内部资料专人保管。"),
        ("生态环境保护综合行政执法大队", "大队长", "middle", "选择性执法检查",
         "在“双随机”抽查之外对特定企业多查、少查或不查。", "外部环境风险", "Ⅰ级", "检查对象随机抽取，检查结果公开。"),
        ("生态环境保护综合行政执法大队", "大队长", "middle", "处罚自由裁量不当", "对同类环境违法行为罚款畸轻畸重。",
         "业务流程风险", "Ⅱ级", "对照裁量基准，案件经法制审核。"),
        ("生态环境保护综合行政执法大队", "执法人员", "general", "执法台账不实",
         "执法台账与现场不符，已整改问题虚假销号。", "岗位职责风险", "Ⅱ级", "台账闭环管理，整改后督查复核。"),
        ("生态环境保护综合行政执法大队", "执法人员", "general", "通风报信", "检查前向企业透露检查时间、检查内容。",
         "思想道德风险", "Ⅰ级", "检查任务临时下达，执法记录仪全程记录。"),
        ("监测站", "监测员", "general", "监测数据造假", "篡改、伪造监测数据，出具不实监测报告。", "业务流程风险",
         "Ⅰ级", "监测数据自动上传，质控抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, tier, name, desc, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, name, desc, typ, lv, measures)
        t.point(dept.name, d, post, "", tier, name, types_in(typ), ROMAN[lv])
    _per_person(dept, first, 1, 2)
    return _layout(
        "ecology_bureau_two_sheets", "https://www.hsrb.com.cn/detail/164932194944739.html",
        "县生态环境局 廉政风险防控清单 in two sheets, after the source's 市生态环境综合执法支队 (一事双查, 执法机制改革, "
        "辅助执法人员管理办法, 执法台账 and 闭环管理, 行政处罚案卷): ``局领导`` with 姓名, 职务 and ``分管工作`` merged per "
        "leader; ``股室`` 对岗不对人 with 股室 merged (办公室, 环境影响评价与排放管理股, 生态环境保护综合行政执法大队, "
        "监测站) and 岗位 merged per post; both a short ``风险名称`` beside a long ``风险描述``, ``…风险`` types, "
        "``Ⅰ级/Ⅱ级/Ⅲ级``",
        [lead, dept], t,
    )  # fmt: skip


def land_patrol_checklist() -> dict:
    unit = f"{PLACE}自然资源执法监察大队"
    sh = _Sheet("排查表", [6, 12, 10, 9, 16, 36, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    _line(sh, f"单位（盖章）：{unit}{GAP * 10}排查时间：2024年9月", 9)
    sh.add(
        "序号",
        "中队",
        "岗位",
        "姓名",
        "巡查责任区域",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    one, two = "松麦镇、瓦卡镇、白松镇", "古学乡、奔都乡、八日乡"
    rows = [
        ("大队领导", "大队长", "鄢疏篁", "全县", "leader", [
            ("对违法用地案件立案、结案个人说了算", "制度机制风险", "★★★", "立案、结案集体研究，案件台账动态管理。"),
            ("对乡村两级报告的违法占地线索不交办、不督办", "岗位职责风险", "★★", "线索登记交办，按月通报处置情况。"),
        ]),
        ("执法一中队", "中队长", "蒯沄澈", one, "middle", [
            ("动态巡查发现的农村占用耕地建房瞒报、漏报", "岗位职责风险", "★★★",
             "巡查台账每日记录，卫片图斑逐宗核查。"),
            ("对违法建筑当事人吃拿卡要，以罚代拆", "思想道德风险", "★★★", "处罚决定集体审核，拆除情况回头看。"),
        ]),
        ("执法一中队", "执法队员", "眭岫白", one, "general", [
            ("巡查记录填写不实，未巡称巡", "业务流程风险", "★★", "巡查轨迹手机定位，中队长抽查。"),
            ("向违法用地当事人透露查处信息", "外部环境风险", "★", "签订保密承诺，执法信息专人管理。"),
        ]),
        ("执法二中队", "中队长", "濮允棠", two, "middle", [
            ("非法采矿、采砂线索查处不力，放任违法开采", "外部环境风险", "★★★", "联合公安、水利部门执法，线索移送登记。"),
            ("案件调查取证不全，降格处理", "业务流程风险", "★★", "案卷评查，法制审核。"),
        ]),
        ("执法二中队", "执法队员", "嵇照野", two, "general", [
            ("接受矿山企业、砂石场宴请和礼品", "思想道德风险", "★", "节前廉洁提醒，礼品拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, area, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, area, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 9)
    sh.add("填表人：", None, None, None, "大队长（签字）：", None, None, None, None)
    return _layout(
        "land_patrol_checklist", "http://dnr.henan.gov.cn/2023/01-16/2673894.html",
        "县自然资源执法监察大队 岗位廉政风险点排查表, after the source's 县自然资源局 执法动态巡查 (执法监察大队 and 基层自然"
        "资源所 by 巡查责任区域, 农村占用耕地建房, 巡查台账, 违法用地用矿): a title, a merged ``单位（盖章）：…　…　排查时间："
        "2024年9月`` line, then 序号/``中队`` merged (大队领导, 执法一中队, 执法二中队)/岗位, 姓名 and ``巡查责任区域`` "
        "(乡镇 names; ``全县``) merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` "
        "legend and a 填表人/大队长签字 line",
        [sh], t,
    )  # fmt: skip


def culture_market_cards() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "桓青樾", "大队领导", "大队长", "leader",
         "主持大队全面工作，组织文化、文物、出版、广播电视、电影、旅游市场执法和“扫黄打非”工作。", [
            ("对旅游市场投诉案件的处理打招呼、干预", "思想道德", "高风险",
             "投诉案件办理全程留痕，干预情况如实登记。"),
            ("执法办案经费、执法装备购置不经集体研究", "制度机制", "高风险", "大额支出经大队会议集体研究。"),
            ("对执法中队“双随机”检查结果复核不严", "岗位职责", "中风险", "检查结果按比例复核并公示。"),
        ]),
        ("执法一中队", "晏栖岑", "执法一中队", "中队长", "middle",
         "负责网吧、歌舞娱乐场所和营业性演出的日常巡查和案件查办。", [
            ("对网吧接纳未成年人等违法行为降格处理", "外部环境", "高风险", "处罚适用裁量基准，案件法制审核。"),
            ("营业性演出现场检查中收受门票、礼品", "思想道德", "中风险", "检查两人以上，拒收登记。"),
            ("执法文书补签、代签，调查取证不规范", "业务流程", "低风险", "执法文书当场制作，案卷月评查。"),
        ]),
        ("执法队员", "蒉书禾", "执法二中队", "执法队员", "general",
         "负责出版物市场、文物市场和广播电视设施的巡查检查。", [
            ("查扣的非法出版物登记不全、私自处理", "制度机制", "高风险", "查扣物品清单化，专库保管，集中销毁。"),
            ("巡查中对无证经营文物行为不制止、不报告", "岗位职责", "中风险", "巡查记录每日上报，中队长抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 12, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在中队", dept, "职务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("监督举报电话：12318", None, "持卡人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "culture_market_cards", "https://www.sixian.gov.cn/public/25232/142004491.html",
        "县文化市场综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 执法一中队, 执法队员), after the "
        "source's 文化市场综合行政执法改革 (文化、文物、出版、广播电视、电影、旅游市场 执法, 扫黄打非, 事中事后监管): a title, "
        "``持卡人 | … | 所在中队 | … | 职务 | …`` in one row, a merged ``岗位职责`` line, then 序号/风险点/风险类型 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施 (merged over two columns); ``监督举报电话：12318``, "
        "持卡人签字 and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def agriculture_duty_list() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("责任清单", [6, 14, 36, 10, 10, 32, 16, 10, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    _line(sh, "编制日期：2024年8月", 9)
    sh.add(
        "序号",
        "工作事项",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任中队",
        "责任岗位",
        "责任人",
    )
    lead, crop, herd = "大队领导", "种植业执法中队", "畜牧兽医执法中队"
    tiers = {"大队长": "leader", "副大队长": "leader", "中队长": "middle", "执法队员": "general"}
    rows = [
        ("案件审批", "农业行政处罚案件审批把关不严，降格处理", "制度机制", "一级风险",
         "案件经法制审核和集体讨论，处罚结果公开。", lead, "大队长", "邝渟远"),
        ("案件审批", "对种子、农药违法案件说情打招呼", "思想道德", "一级风险", "落实干预插手案件记录报告制度。",
         lead, "大队长", "邝渟远"),
        ("农资打假", "农资打假专项行动的检查对象由个人指定", "岗位职责", "二级风险", "检查对象随机抽取，名单备案。",
         lead, "副大队长", "仝晚棠"),
        ("种子执法检查", "种子标签、经营档案检查走过场，对假劣种子不查处", "岗位职责", "一级风险",
         "检查清单化，检查记录拍照存档。", crop, "中队长", "钭映川"),
        ("农药经营检查", "对无证经营农药的当事人收受好处、少罚不罚", "外部环境", "一级风险",
         "两人以上执法，执法记录仪全程记录。", crop, "中队长", "钭映川"),
        ("农资质量抽检", "抽检样品调包，抽检结果不如实告知", "业务流程", "二级风险", "样品双人封样签字，结果公示。",
         crop, "执法队员", "雍渚青"),
        ("兽药饲料检查", "兽药饲料经营户检查中接受吃请", "思想道德", "二级风险", "签订廉洁执法承诺，节前提醒。",
         herd, "中队长", "羿舟遥"),
        ("生猪屠宰监督", "对私屠滥宰线索压案不查", "岗位职责", "一级风险", "线索登记编号，办理结果报大队。",
         herd, "中队长", "羿舟遥"),
        ("罚没物品处置", "收缴的过期农药、饲料登记不全，私自处理", "制度机制", "三级风险",
         "罚没物品登记入库，集中无害化处理。", herd, "执法队员", "印蘅皋"),
        ("农机安全检查", "农机具安检不按规定检验即出具合格意见", "业务流程", "三级风险", "安检项目逐项记录，复核签字。",
         crop, "执法队员", "雍渚青"),
    ]  # fmt: skip
    for n, (matter, point, typ, lv, measures, dept, post, who) in enumerate(rows, 1):
        sh.add(n, matter, point, typ, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tiers[post], point, types_in(typ), RISK_GRADES[lv])
    _line(sh, "注：风险等级分一级风险（高）、二级风险（中）、三级风险（低）。", 9)
    sh.add("大队长（签字）：", None, None, None, None, "日期：", None, None, None)
    return _layout(
        "agriculture_duty_list", "https://chujupifa.com/read/-dy-article-JRDMC9HR0534B917.html",
        "县农业综合行政执法大队 廉政风险防控责任清单, after the source's 县农业综合执法大队 split into two 路 in the 春耕 "
        "checks (种子, 肥料, 农药 经营门店; 兽药饲料; 农机具安检; 收缴过期农药、饲料): a title, a merged ``编制日期：2024年8月`` "
        "line, then 序号/``工作事项``/风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 and the "
        "holder LAST in ``责任中队 | 责任岗位 | 责任人`` (大队领导, 种植业执法中队, 畜牧兽医执法中队), rows in the order of "
        "the 工作事项, one 执法队员's two rows apart; a ``注：`` line on the levels and a 大队长签字/日期 line",
        [sh], t,
    )  # fmt: skip


def health_enforcement_list() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    sh = _Sheet("一览表", [6, 16, 12, 9, 40, 8, 36])
    t = _Truth(unit)
    header = ("序号", "中队（科室）", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*header)
    public, medical = "公共场所卫生监督中队", "医疗卫生监督中队"
    rows = [
        ("大队领导", "大队长", "冶秣川", "leader", [
            ("对医疗机构违法执业案件的处罚不经集体讨论", "一级", "重大案件集体讨论，讨论记录存档。"),
            ("为被监督单位说情，干预案件查处", "一级", "落实干预插手案件记录报告制度。"),
            ("监督执法装备、快检设备采购指定品牌", "二级", "采购按程序比选，验收三人以上。"),
        ]),
        (public, "中队长", "展叙荷", "middle", [
            ("住宿、美容美发等公共场所卫生许可现场审查走过场", "一级", "现场审查两人以上，审查记录拍照存档。"),
            ("对无证营业的“四小”场所不查处、不上报", "二级", "巡查台账按月汇总，大队抽查。"),
        ]),
        (public, "卫生监督员", "沃棠溪", "general", [
            ("公共场所卫生检查中接受经营者宴请、免费消费", "二级", "签订廉洁执法承诺，节前廉洁提醒。"),
            ("卫生检测样品采集不规范，检测结果不如实记录", "三级", "采样双人签字，检测结果当场告知。"),
        ]),
        (medical, "中队长", "弓蘅若", "middle", [
            ("对非法行医、无证诊所线索压案不办", "一级", "线索登记编号，办理结果报大队。"),
            ("医疗废物处置检查中降低整改要求", "二级", "整改情况限期复查，复查结果存档。"),
        ]),
        (medical, "卫生监督员", "乜晴川", "general", [
            ("投诉举报调查中泄露举报人信息", "二级", "举报人信息专人保管，严格保密。"),
            ("执法文书制作不规范，事后补录", "三级", "执法文书当场制作，案卷每季度评查。"),
        ]),
        ("法制稽查室", "法制审核员", "植澹宁", "general", [
            ("行政处罚案件法制审核把关不严", "二级", "审核意见书面留存，疑难案件集体会审。"),
            ("罚没款收缴与处罚决定金额不一致", "一级", "罚缴分离，罚没款按月与财务对账。"),
        ]),
    ]  # fmt: skip
    n = 0
    blocks: list[tuple[int, int]] = []
    for dept, post, who, tier, points in rows:
        if n == 7:  # the printed page breaks: the heading typed again
            sh.add(*header)
        start = len(sh.rows)
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        blocks.append((start, len(sh.rows) - 1))
    _merge_runs(sh, blocks)  # 中队 over its runs, 岗位/姓名 per person, never across the heading
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "health_enforcement_list", "https://www.bkwk.cn/article/jmszqwsjdzfddshnwjkfxbhdgs.html",
        "县卫生健康综合行政执法大队 岗位廉政风险防控一览表, after the source's 区卫生监督执法大队 (公共场所卫生, 医疗机构 — "
        "非法行医, 无证诊所, 医疗废物 — 学校卫生, 投诉举报, 行政处罚): ``附件1``, a title, then 序号/``中队（科室）`` merged "
        "(大队领导, 公共场所卫生监督中队, 医疗卫生监督中队, 法制稽查室)/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; the heading typed again mid-table (the printed page breaks); "
        "填表人/审核人/大队长签字 line",
        [sh], t,
    )  # fmt: skip


def _merge_runs(sh: _Sheet, blocks: list[tuple[int, int]]) -> None:
    """Merge the 中队 column over its runs and 岗位/姓名 over each person's rows, each run within
    the rows between two headings."""
    parts: list[tuple[int, int]] = []
    for start, end in blocks:
        if parts and start == parts[-1][1] + 1:
            parts[-1] = (parts[-1][0], end)
        else:
            parts.append((start, end))
    for start, end in parts:
        _per_person_span(sh, start, end)


def _per_person_span(sh: _Sheet, first: int, last: int) -> None:
    key = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (3, key)], last=last)


def water_bureau_register() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("登记表", [6, 12, 12, 9, 36, 10, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查登记表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 8}填报时间：2024年10月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险内容", "风险类型", "风险等级", "防控措施", "备注")
    team = "水政监察大队"
    rows = [
        ("局领导", "局长", "危砚卿", "水利工程项目招标投标中插手干预", "外部环境", "较高",
         "工程项目全部进入公共资源交易平台。", None, "leader"),
        ("局领导", "局长", "危砚卿", "河道采砂许可不经局党组集体研究", "制度机制", "较高",
         "采砂许可经党组会研究，许可结果公开。", None, "leader"),
        ("局领导", "副局长", "伊瀚舟", "对非法采砂案件的查处说情打招呼", "思想道德", "一般",
         "落实干预插手案件记录报告制度。", None, "leader"),
        ("局领导", "副局长", "伊瀚舟", "水土保持补偿费减免审批把关不严", "岗位职责", "较低",
         "减免事项集体审核并公示。", None, "leader"),
        (team, "大队长", "俎鸣渠", "夜间非法采砂突击检查前走漏消息", "思想道德", "较高",
         "突击检查临时集合、临时告知路线。", None, "middle"),
        (team, "大队长", "俎鸣渠", "责令停止水事违法行为通知书下达后不跟踪，放任违法", "岗位职责", "一般",
         "通知书下达后限期复查，复查记录存档。", None, "middle"),
        (team, "水政监察员", "郏潮生", "河道巡查记录弄虚作假", "业务流程", "一般", "巡查轨迹定位，大队长抽查。",
         "兼河长制办公室联络员", "general"),
        (team, "水政监察员", "郏潮生", "查扣的采砂船只、机具处置不规范", "制度机制", "较低",
         "查扣物品登记造册，处置经集体研究。", None, "general"),
        (team, "水政监察员", "栾苇航", "无", None, None, None, None, None),
        ("河湖管理股", "股长", "汲清漪", "涉河建设项目方案审查降低标准", "岗位职责", "较高",
         "方案审查邀请专家，审查意见存档。", None, "middle"),
        ("河湖管理股", "股长", "汲清漪", "河道管理范围内弃渣清理验收不严", "业务流程", "较低",
         "验收两人以上，验收照片存档。", None, "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        if point != "无":
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), MILD[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分较高、一般、较低三档。", 9)
    sh.add("填表人：", None, None, None, "局长（签字）：", None, None, None, None)
    return _layout(
        "water_bureau_register", "https://www.hualongxian.gov.cn/html/12760/398451.html",
        "县水利局 岗位廉政风险排查登记表, after the source's 县水利局 河道非法采砂巡查 (水利综合行政执法队, 水政监察执法人员, "
        "夜间突击检查, 停止水事违法责令通知书, 行政处罚事先告知书): a title, a merged ``填报单位：…　…　填报时间：2024年10月`` "
        "line, then 序号/股室 merged (局领导, 水政监察大队, 河湖管理股)/岗位 and 姓名 merged per person/``风险内容``/风险类型 "
        "(short names)/风险等级 ``较高/一般/较低``/防控措施/``备注`` (``兼河长制办公室联络员``); a 水政监察员 whose row says "
        "only 无; a ``注：`` line naming the three levels and a 填表人/局长签字 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    law_enforcement_colour_marked(),
    market_station_self_check(),
    ecology_bureau_two_sheets(),
    land_patrol_checklist(),
    culture_market_cards(),
    agriculture_duty_list(),
    health_enforcement_list(),
    water_bureau_register(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus a cell's
    fill where its sheet's ``fills`` names one."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 10, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    formats: dict[str | None, object] = {None: wb.add_format(base)}

    def fmt(colour: str | None):
        if colour not in formats:
            formats[colour] = wb.add_format({**base, "bg_color": colour, "pattern": 1})
        return formats[colour]

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        fills = {(r, c): colour for r, c, colour in sheet.get("fills", [])}
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
                _put(ws, fmt(fills.get((r, c))), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt(fills.get((r0, c0))))
            if v is not None:
                _put(ws, fmt(fills.get((r0, c0))), r0, c0, v)
    wb.close()
    return path


def _put(ws, fmt, r: int, c: int, v) -> None:
    if isinstance(v, int | float):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, v, fmt)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch240-inbox"))
