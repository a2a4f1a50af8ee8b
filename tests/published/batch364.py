"""The three-hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 农业农村
bodies, 临潼区 (a district of 西安 under 骊山, its staff Han) — the 区农业农村局, its 农业技术推广中心,
动物卫生监督所 and 农机服务站, and four 街道农业综合服务站 (骊山, 秦陵, 新丰, 斜口) — each handing back
the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's file in two sheets: ``班子成员`` (``职务 | 姓名 | 分管工作`` merged per leader, under a
  title naming the 领导班子, no 科室 column) and ``机关科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged
  per person), short types, ``一级/二级/三级``, a 制表/审核/date line under each;
- the 动物卫生监督所's 防控卡, one sheet a holder (tabs 所长, 检疫监督股股长, 官方兽医): TWO ROWS of
  pairs ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 官方兽医证号 | …`` above ``序号 | 工作环节 |
  廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column,
  ``持卡人（签字）： | … | 所长（签字）：``;
- the 农机服务站's 一览表 under GROUP ROWS ``一、站领导``, ``二、补贴管理股``, ``三、安全监理股``,
  ``四、技术推广股`` merged across (no 股室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types,
  高/中/低, a 填表人/审核人/date line;
- the 骊山街道农业综合服务站's 责任清单 under ``附件3`` and a merged ``填报单位（盖章）：…　填报时间：…``
  line: no 股室 column (the 站 has none), ``岗位`` and ``责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``, the measures and a LAST ``责任领导``
  column naming the 站长 on every row;
- the 秦陵街道农业综合服务站's 自查表, one sheet a person (tabs by post: 站长, 农机员, 农经员): a LABEL
  ROW ``姓　名 | 职　务 | 填表日期`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, ``…风险`` types, ``高风险/中风险/低风险``, ``本人签名： | … | 站长审核：``;
- the 新丰街道农业综合服务站's 排查表 对岗不对人: ``岗位`` merged per post (no names, no 股室), a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; an 编制/审核/date line;
- the 斜口街道农业综合服务站's 一览表 under ``附件1``: ``岗位 | 责任人`` written out on EVERY row, nothing
  merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``lintong_agritech_center_quarter_sheets``: the 农业技术推广中心's 岗位廉政风险点动态评估表, kept as ONE
  WORKBOOK WITH A SHEET A QUARTER. The 中心 re-assesses its posts every quarter (the source's
  ``一季度一小评``) and, as offices do, adds each quarter's table as a new sheet beside the earlier
  ones: tabs ``一季度``, ``二季度``, ``三季度`` (in that order, the newest LAST), each a complete table of
  the same template — a title ``…2025年第一季度岗位廉政风险点动态评估表`` (``第二季度``, ``第三季度``), a
  merged ``填报单位：…　评估时间：2025年3月28日`` line, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施 | 备注`` with 科室 merged and 岗位/姓名 merged per person, short types,
  高/中/低, a 填表人/审核人/date line. From quarter to quarter most rows stand again word for word,
  but some change: in 二季度 one point is added (``备注``: ``本季度新增``) and one level raised; in 三季度
  another point is added, one point is gone (销号: it is simply no longer in the table), two levels
  changed (``备注``: ``等级由中调为高`` …), and the 植保科 植保员 is another person (``备注``: ``人员调整``;
  the earlier holder, now gone, stands only on the two earlier sheets). The current list is the
  ``三季度`` sheet; the two earlier sheets are the record of past quarters. All three titles carry
  the SAME YEAR (2025) and no sheet says 作废, 上年, 旧表, 初稿 or 定稿. The README's 读得懂的表 knows
  sheets set aside as void or last year's (``作废``, ``上年``, ``旧表``, or a title of 2023 beside one of
  2024), drafts beside a final sheet (``初稿`` beside ``定稿``), a blank template beside filled ones, a
  summary sheet, last year's table set aside on the same sheet (``落实情况``), and quarterly levels
  as COLUMNS of one table (``风险等级`` over ``一季度 | 二季度 | 三季度``, the latest taken); it does not
  describe ONE YEAR'S QUARTERLY RE-ASSESSMENTS AS SEPARATE SHEETS of the same posts, the newest
  of which is the current list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市农业农村局's 法治政府建设 report —
依法行政工作领导小组, 主要负责人 第一责任人, 相关科室及下属单位, 述职述廉述法, 行政执法; a 省动物卫生
监督所's 暗访调研 — 乡镇农业服务中心, 畜禽养殖企业, 屠宰企业, 指定道口检查站, 检疫监管, 官方兽医履职;
a 市农业局's 农机购置补贴 绩效考核 — 购机补贴系统, 信息公开栏, 随机抽查购机户, 乡镇农业服务站 核查登记
台帐, 销售网点; a 县农业局's 春节前 农产品质量 检查 — 检测站, 农贸市场, 生产基地, 农药残留快速检测,
市场准入, 产地准出; a 县农机局's 补贴机具 核实审查 — 联合财政、审计, 深入乡镇村屯, 核对机型, 转让,
套取补贴; a 县's 农机购置补贴 宣传方案 — 政策咨询, 明白纸, 投诉电话, 进村入户 宣讲, 补贴资金使用
情况; a 县's 春节前 农产品质量抽检 — 基地和农贸市场 样品, 快检, 乡镇 农残快速检测 培训; a 县's 农技
人员 包村服务 — 分包全县各村, 联系服务卡, 工作日志, 随机抽查, 电话回访, 一季度一小评、年底一总评)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 临潼区, named with the district's name.

Run ``python tests/published/score.py --set batch364`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the current list is the NEWEST quarter's sheet (``三季度``): its forms and
  points are the truth, with its levels, types and holders; the ``一季度`` and ``二季度`` sheets are set
  aside as the README sets aside an earlier year's sheet beside a later one of the same posts —
  their rows are no points (not even where they repeat a current point word for word), and the
  植保员 who stands only on them holds no form; ``备注`` (``本季度新增``, ``等级由中调为高``, ``人员调整``)
  is no point and names nobody; the 科室, post and holder are the table's own columns;
- ``中心领导`` (a 科室 cell), ``所领导`` (the 所长's card's 所在股室) and ``站领导`` (a group row) are the 科室
  of those leaders; the 农业农村局's ``班子成员`` sheet has no 科室 column and its title names the
  领导班子, so its leaders have no 科室 (""); a 局's 科 and 办公室, a 中心's 科, a 所's and a 站's 股 are
  科室; a group row ``二、补贴管理股`` gives the 科室 ``补贴管理股`` (its number left off); the four
  街道农业综合服务站 name no 股室: their forms have no 科室;
- every 局, 中心, 所 and 站 here is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, 所长, 站长
  and 副站长 are leaders; 科长, 办公室主任, 股长 middle; the rest (科员, 官方兽医, 核查员, 监理员,
  技术员, 农技员, 植保员, 化验员, 农机员, 农经员, 畜牧兽医员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作环节``, ``职责事项``,
  ``官方兽医证号`` and ``自查情况`` are no points and name no holder; the 骊山 站's LAST ``责任领导`` column
  names a supervisor (the holder is ``责任人``); the 新丰 站's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 斜口 站's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b364_"
PLACE = "临潼区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

QUARTER_UNIT = f"{PLACE}农业技术推广中心"
QUARTER_HEAD = (
    "序号",
    "科室",
    "岗位",
    "姓名",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
    "备注",
)
QUARTER_TABS = ("一季度", "二季度", "三季度")
QUARTER_DATES = ("2025年3月28日", "2025年6月27日", "2025年9月26日")
CURRENT = "三季度"
GONE = "敖蘅芷"  # the 植保员 of the first two quarters
# (科室, 岗位, 姓名, tier, [(廉政风险点, 类型, {quarter: (等级, 备注)}, 防控措施)]) — a quarter
# missing from a point's dict is a quarter whose table does not have the point


def _q(q1, q2, q3, n2=None, n3=None) -> dict:
    """A point in all three quarters: its level each quarter, and the 备注 of 二季度 and 三季度."""
    return {"一季度": (q1, None), "二季度": (q2, n2), "三季度": (q3, n3)}


QUARTER_ROWS = [
    ("中心领导", "主任", "牟翀岳", "leader", [
        ("农技推广项目资金分配不经中心会议研究，个人决定", "制度机制", _q("高", "高", "高"),
         "项目资金分配方案经中心会议集体研究，结果公示。"),
        ("包村农技人员考评打人情分", "思想道德", _q("中", "中", "中"),
         "考评结合联系服务卡、工作日志和农户回访，结果公示。"),
    ]),
    ("中心领导", "副主任", "檀淳熙", "leader", [
        ("示范基地物资采购指定供应商", "业务流程", _q("中", "中", "高", n3="等级由中调为高"),
         "物资采购按限额比价，验收两人以上签字。"),
        ("科技示范户遴选向关系户倾斜", "岗位职责", _q("低", "低", "低"),
         "示范户条件公开，村级推荐、中心审核并公示。"),
    ]),
    ("农技推广科", "科长", "阙昳蓁", "middle", [
        ("农技服务补助发放名册审核不严", "岗位职责", _q("中", "高", "高", n2="等级由中调为高"),
         "补助名册与包村服务记录逐人核对，分管副主任复核。"),
        ("培训班参训人数、天数虚报", "业务流程", {"一季度": ("中", None), "二季度": ("中", None)},
         "培训签到实名制，照片和课时记录存档。"),
    ]),
    ("农技推广科", "农技员", "劳溪珩", "general", [
        ("包村服务不到岗，伪造工作日志和服务记录", "思想道德", _q("中", "中", "中"),
         "随机抽查到岗情况，电话回访服务农户。"),
        ("主推品种推介中收受种子经销商好处", "外部环境", {"二季度": ("高", "本季度新增"),
                                                    "三季度": ("高", None)},
         "品种推介以县级主推目录为准，不指定经销门店。"),
    ]),
    ("植保科", "植保员", GONE, "general", [
        ("病虫害统防统治服务组织遴选不公开", "制度机制", {"一季度": ("高", None), "二季度": ("高", None)},
         "服务组织遴选条件和结果公示。"),
        ("防控药剂发放登记不实，药剂流失", "业务流程", {"一季度": ("中", None), "二季度": ("中", None)},
         "药剂出入库台账双人登记，发放到户签字。"),
    ]),
    ("植保科", "植保员", "琚梓沣", "general", [
        ("病虫害统防统治服务组织遴选不公开", "制度机制", {"三季度": ("高", "人员调整")},
         "服务组织遴选条件和结果公示。"),
        ("防控药剂发放登记不实，药剂流失", "业务流程", {"三季度": ("低", "人员调整；等级由中调为低")},
         "药剂出入库台账双人登记，发放到户签字。"),
    ]),
    ("土壤肥料科", "化验员", "胥沄淇", "general", [
        ("测土配方施肥化验数据造假", "岗位职责", _q("中", "中", "中"),
         "化验样品编码盲检，数据复核后录入系统。"),
        ("为肥料企业出具不实的田间试验报告", "外部环境", {"三季度": ("高", "本季度新增")},
         "田间试验方案报中心审定，试验报告两人以上签字。"),
    ]),
]  # fmt: skip


def lintong_agritech_center_quarter_sheets() -> dict:
    unit = QUARTER_UNIT
    t = _Truth(unit)
    sheets = []
    for tab, title_q, date in zip(QUARTER_TABS, ("第一季度", "第二季度", "第三季度"), QUARTER_DATES,
                                  strict=True):  # fmt: skip
        sh = _Sheet(tab, [6, 12, 9, 9, 36, 9, 8, 32, 14])
        _line(sh, f"{unit}2025年{title_q}岗位廉政风险点动态评估表", 9)
        _line(sh, f"填报单位：{unit}{GAP * 10}评估时间：{date}", 9)
        sh.add(*QUARTER_HEAD)
        first = len(sh.rows)
        n = 0
        for dept, post, who, tier, points in QUARTER_ROWS:
            for point, typ, quarters, measures in points:
                if tab not in quarters:
                    continue
                level, note = quarters[tab]
                n += 1
                sh.add(n, dept, post, who, point, typ, level, measures, note)
                if tab == CURRENT:
                    t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[level])
        _per_person(sh, first, 1, 2, 3)
        sh.add("填表人：", None, None, "审核人：", None, None, "中心主任（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "lintong_agritech_center_quarter_sheets", "http://henan.sina.com.cn/nanyang/economy/2015-03-18/082531200.html",
        "(harder) 区农业技术推广中心 岗位廉政风险点动态评估表 kept as ONE WORKBOOK WITH A SHEET A QUARTER, after the source's 农技人员 "
        "包村服务 (联系服务卡, 工作日志, 随机抽查, 电话回访, 一季度一小评、年底一总评): tabs ``一季度 | 二季度 | 三季度`` (the newest "
        "last), each a complete table — a title ``…2025年第一季度岗位廉政风险点动态评估表`` (第二、第三季度), a merged ``填报单位：…　"
        "评估时间：…`` line, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short)/风险等级 高/中/低/防控措施/"
        "备注 — most rows repeated word for word from quarter to quarter, some added (``本季度新增``), one gone, levels changed "
        "(``等级由中调为高``) and one post's holder changed (``人员调整``); the same year on every sheet, none marked void or old; "
        "the current list is the newest sheet (三季度)",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lintong_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 26, 36, 9, 9, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("局长", "雒岍珣", "主持局全面工作，分管办公室、计划财务和人事", [
            ("涉农项目资金安排和大额支出不经党组会研究", "制度机制", "一级",
             "落实“三重一大”集体决策，会议纪要存档备查。"),
            ("干部选拔和下属单位进人中个人说了算", "岗位职责", "一级", "选任全程纪实，结果公示。"),
        ]),
        ("副局长", "仉澈湄", "分管农业综合行政执法、畜牧兽医和农产品质量安全", [
            ("对农资违法案件说情打招呼，降格处理", "外部环境", "一级", "重大案件集体审议，说情打招呼登记报告。"),
            ("畜禽养殖场备案和防疫条件审查把关不严", "业务流程", "二级", "审查材料清单化，现场核查两人以上。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, None, "2025年9月", None)
    dept = _Sheet("机关科室", [6, 16, 9, 9, 36, 9, 9, 32])
    _line(dept, f"{unit}机关科室岗位廉政风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "佴筠灏", "middle", [
            ("公务用车和接待费用超标准列支", "制度机制", "三级", "用车、接待事前审批，费用按月公示。"),
        ]),
        ("种植业管理科", "科长", "禚昀霆", "middle", [
            ("耕地地力保护补贴面积核实不严，虚报冒领", "岗位职责", "一级", "补贴面积与确权数据比对，张榜公示。"),
            ("高标准农田项目验收走过场", "业务流程", "二级", "验收组随机抽取，实地测量留存影像。"),
        ]),
        ("畜牧兽医科", "科员", "酆沁瑶", "general", [
            ("生猪调出大县奖励资金分配中照顾关系企业", "外部环境", "二级", "分配因素公开，名单公示五个工作日。"),
        ]),
        ("农村合作经济指导科", "科员", "昝昶岱", "general", [
            ("农民专业合作社示范社评定中收受好处", "思想道德", "二级", "评定标准公开，结果集体审定并公示。"),
            ("农村集体“三资”审计发现问题不报告", "岗位职责", "三级", "审计结果报局务会，问题清单限期整改。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "lintong_agri_bureau_two_sheets",
        "http://www.hbjcw.com.cn/bmpd/jmsnyncj/zwgk/pfxcjy/bmfzxcjy/content/post_3253576.html",
        "区农业农村局 廉政风险防控表 in two sheets, after the source's 市农业农村局 法治政府建设 report (依法行政工作领导小组, 主要负责人 "
        "第一责任人, 相关科室及下属单位, 述职述廉述法): ``班子成员`` (a title naming the 领导班子, 序号/职务, 姓名 and 分管工作 merged per "
        "leader/廉政风险点/风险类型 (short)/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``机关科室`` (a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/…; the same line)",
        [lead, dept], t,
    )  # fmt: skip


def lintong_animal_health_cards() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    t = _Truth(unit)
    cards = [
        ("所长", "郏霂岩", "所长", "所领导", "leader", "GFSY-610115-01", [
            ("官方兽医管理", "官方兽医出证权限分配中照顾关系人", "★★★", "出证权限按检疫申报点确定，所务会研究。"),
            ("违法案件查处", "对违规调运动物案件降格处理", "★★★", "案件集体审理，处罚结果公示。"),
            ("检疫票证管理", "检疫票证领用、核销监督不力", "★★", "票证专人专柜管理，按月核销。"),
        ]),
        ("检疫监督股股长", "笪湫屿", "股长", "检疫监督股", "middle", "GFSY-610115-04", [
            ("屠宰检疫监督", "对驻场官方兽医不按规程检疫不纠正", "★★", "驻场检疫记录每周抽查，视频回看。"),
            ("道口检查", "指定道口查验中放行未经检疫的动物", "★★★", "查验全程记录，车辆信息系统登记。"),
        ]),
        ("官方兽医", "蹇珂溧", "官方兽医", "检疫监督股", "general", "GFSY-610115-09", [
            ("产地检疫", "不到现场查验即出具检疫证明，“多车一证”", "★★★", "检疫申报受理后到场查验，一车一证。"),
            ("养殖场日常监管", "接受养殖场户宴请、礼品", "★", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, badge, points in cards:
        sh = _Sheet(tab, [6, 12, 34, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, "官方兽医证号", badge, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "lintong_animal_health_cards", "http://nynct.guizhou.gov.cn/ztzl/cdjsystcmy/202107/t20210730_69350037.html",
        "区动物卫生监督所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 检疫监督股股长, 官方兽医), after the source's 省动物卫生监督所 "
        "暗访调研 (畜禽养殖企业, 屠宰企业, 指定道口检查站, 检疫监管, 官方兽医履职): a title, PAIRS ``姓　名 | … | 职　务 | …`` and "
        "``所在股室 | … | 官方兽医证号 | …``, then 序号/``工作环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a "
        "merged ``注：`` line on the stars and ``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def lintong_agri_machinery_group_rows() -> dict:
    unit = f"{PLACE}农机服务站"
    sh = _Sheet("一览表", [6, 10, 9, 38, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "茆霈钧", "leader", [
                ("购机补贴资金结算不经站务会研究，个人审批", "制度机制风险", "高", "补贴结算提交站务会集体研究并报局备案。"),
                ("农机化项目实施单位确定中照顾关系人", "思想道德风险", "中", "实施单位比选条件和结果公开。"),
            ]),
        ]),
        ("二、补贴管理股", "补贴管理股", [
            ("股长", "桓嫣淼", "middle", [
                ("补贴申请审核中放松条件，为不符合条件的购机者办理", "岗位职责风险", "高",
                 "审核实行经办、复核两级，结果在信息公开栏公示。"),
            ]),
            ("核查员", "嵇垚漪", "general", [
                ("补贴机具不到现场核查即出具核查意见", "业务流程风险", "高", "核查拍照留存，机身号、发动机号逐台登记。"),
                ("向购机户推荐经销商或指定机具型号", "外部环境风险", "中", "购机户自主选择，核查人员不与经销商私下接触。"),
            ]),
        ]),
        ("三、安全监理股", "安全监理股", [
            ("监理员", "宓琛淏", "general", [
                ("拖拉机、联合收割机年检走过场，违规发放检验合格标志", "岗位职责风险", "中", "年检项目逐项记录，股长抽查。"),
            ]),
        ]),
        ("四、技术推广股", "技术推广股", [
            ("技术员", "阚煦澜", "general", [
                ("作业补助面积核定不实", "业务流程风险", "中", "作业面积以监测终端数据为准，村级公示。"),
                ("新机具试验示范中接受企业礼品", "思想道德风险", "低", "试验示范方案公开，签订廉洁承诺。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "lintong_agri_machinery_group_rows",
        "https://muncard.com/nyncj/new/show/02255202b5e947d88cb672716a84f279.html",
        "区农机服务站 岗位廉政风险防控一览表, after the source's 市农业局 农机购置补贴 绩效考核 (购机补贴系统, 信息公开栏, 随机抽查购机户, "
        "乡镇农业服务站 核查登记台帐, 销售网点): a title, 序号/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、补贴管理股``, ``三、安全监理股``, ``四、技术推广股`` merged across (no 股室 column); 岗位 and 姓名 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lintong_lishan_station_duties() -> dict:
    unit = f"{PLACE}骊山街道农业综合服务站"
    sh = _Sheet("责任清单", [6, 12, 9, 18, 34, 10, 10, 30, 9])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 9)
    sh.add(
        "序号",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    chief = "禤骞旸"
    rows = [
        ("站长", chief, "leader", [
            ("农产品质量安全网格管理", "对辖区生产基地抽检不合格问题瞒报", "岗位职责", "一级风险",
             "抽检结果当日上报区农业农村局，站务会通报。"),
            ("站内人员考核", "农技、农经人员考核打人情分", "制度机制", "三级风险", "考核细则公开，结果公示。"),
        ]),
        ("农经员", "浦泠玥", "general", [
            ("村集体经济合同管理", "合同审查中为承包方修改关键条款", "外部环境", "一级风险", "合同审查两人签字，报站长审定。"),
            ("惠农补贴资金发放", "补贴名册虚列人员或重复发放", "业务流程", "二级风险", "名册与户籍、确权数据比对，张榜公示。"),
        ]),
        ("畜牧兽医员", "晁濯缨", "general", [
            ("强制免疫", "免疫数量虚报，疫苗流失", "业务流程", "二级风险", "疫苗出入库登记，免疫档案逐户核对。"),
            ("病死畜禽无害化处理", "无害化处理数量核实不实，骗取补助", "思想道德", "一级风险", "处理现场拍照，收集转运单据对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "lintong_lishan_station_duties", "http://m.46659.com/wen/nei/2014-04-10/4458.html",
        "区街道农业综合服务站 廉政风险防控责任清单, after the source's 县农业局 春节前 农产品质量 检查 (检测站, 农贸市场, 生产基地, 农药残留"
        "快速检测, 市场准入, 产地准出): ``附件3``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 and "
        "``责任人`` merged per person (no 股室 column)/``职责事项``/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``"
        "/防控措施/a LAST ``责任领导`` column naming the 站长 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lintong_qinling_station_selfchecks() -> dict:
    unit = f"{PLACE}秦陵街道农业综合服务站"
    t = _Truth(unit)
    people = [
        ("站长", "冀芃滢", "站长", "leader", [
            ("补贴机具核实结果不经集体研究即上报", "制度机制风险", "高风险", "核实结果站务会研究，签字上报。", "已落实"),
            ("对套取补贴线索不核查、不报告", "岗位职责风险", "中风险", "线索登记台账，限期核查上报。", "已落实"),
        ]),
        ("农机员", "沃鸿翎", "农机员", "general", [
            ("补贴机具核实不核对机型和发动机号", "业务流程风险", "高风险", "逐台核对机型、号码，拍照存档。", "已落实"),
            ("默许购机户转让补贴机具不报告", "思想道德风险", "中风险", "补贴机具回访，转让情况登记上报。", "正在整改"),
        ]),
        ("农经员", "谌湛沅", "农经员", "general", [
            ("土地流转合同备案中收受好处", "外部环境风险", "中风险", "备案材料公开，流转合同抽查。", "已落实"),
            ("村级财务审核走过场", "业务流程风险", "低风险", "审核意见书面留存，站长复核。", "已落实"),
            ("农户信息泄露给农资经销商", "思想道德风险", "低风险", "农户信息专人保管，查询登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 13, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "填表日期", None, None, None)
        sh.add(who, post, "2025年9月", None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "lintong_qinling_station_selfchecks",
        "http://218.60.149.76/city/details.aspx?ArticleId=20813&catalogid=9&cityid=12",
        "区街道农业综合服务站 岗位廉政风险自查表, one sheet a person (tabs by post 站长, 农机员, 农经员), after the source's 县农机局 "
        "补贴机具 核实审查 (联合财政、审计, 深入乡镇村屯, 核对机型, 转让, 套取补贴): a title, a LABEL ROW ``姓　名 | 职　务 | 填表日期`` "
        "over a row of values, then 序号/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "``本人签名： | 站长审核：``; no 股室",
        sheets, t,
    )  # fmt: skip


def lintong_xinfeng_station_posts() -> dict:
    unit = f"{PLACE}新丰街道农业综合服务站"
    sh = _Sheet("排查表", [6, 12, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("补贴政策宣传", "补贴政策和资金使用情况不公开，选择性告知", "制度机制风险", "Ⅱ级", "政策明白纸进村入户，资金使用公示。"),
            ("投诉处理", "对购机补贴投诉压案不办", "岗位职责风险", "Ⅰ级", "投诉登记编号，限时办结并回复。"),
        ]),
        ("农机员", "general", [
            ("购机补贴受理", "为购机户代填申请时收取费用", "外部环境风险", "Ⅰ级", "受理免费，公布投诉电话。"),
            ("政策咨询", "咨询中向农户推荐指定经销商", "思想道德风险", "Ⅱ级", "咨询台公开补贴目录，不推荐经销商。"),
        ]),
        ("农技员", "general", [
            ("病虫害监测", "监测数据敷衍上报", "岗位职责风险", "Ⅲ级", "监测点定期巡查，数据站长审核。"),
            ("农资质量抽查", "抽查前向经营户透露信息", "业务流程风险", "Ⅱ级", "抽查对象临时确定，两人以上执行。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "lintong_xinfeng_station_posts", "http://004km.cn/a13/201905157/f54a359920538f21.html",
        "区街道农业综合服务站 岗位廉政风险点排查表 对岗不对人, after the source's 县 农机购置补贴 宣传方案 (政策咨询, 明白纸, 投诉电话, 进村"
        "入户 宣讲, 补贴资金使用情况): a title, 序号/岗位 merged per post (no 股室 column)/a short 风险点/a long ``风险表现``/风险类别 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def lintong_xiekou_station_every_row() -> dict:
    unit = f"{PLACE}斜口街道农业综合服务站"
    sh = _Sheet("一览表", [6, 12, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "苌郁琮", "leader", "辖区农产品抽检不合格结果压下不报", "Ⅰ", "抽检结果当日录入监管系统，站务会通报。"),
        ("站长", "苌郁琮", "leader", "站内经费报销审核把关不严", "Ⅱ", "报销凭证经办、审核、审批三签。"),
        ("副站长", "缑璠瑜", "leader", "农产品质量安全快检委托中指定检测机构", "Ⅱ", "委托检测机构比选确定，结果公开。"),
        ("农经员", "骞霓珈", "general", "村集体资产处置评估不实", "Ⅰ", "资产处置评估报告经街道审核。"),
        ("农经员", "骞霓珈", "general", "农村产权交易信息发布不及时、不公开", "Ⅲ", "交易信息统一平台发布。"),
        ("植保员", "巩浥尘", "general", "农贸市场快检中对经营户放宽标准", "Ⅱ", "快检两人以上，检测记录留存。"),
        ("植保员", "巩浥尘", "general", "生产基地农药使用记录检查走过场", "Ⅲ", "检查记录拍照上传，站长抽查。"),
    ]  # fmt: skip
    for i, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    source = ("http://chengdu.baogaosu.com/xinwen/%E5%AE%89%E5%8E%BF%E5%BC%80%E5%B1%95%E6%98%A5%E8%8A%82"
              "%E5%89%8D%E5%86%9C%E4%BA%A7%E5%93%81%E8%B4%A8%E9%87%8F%E6%8A%BD%E6%A3%80/28673257")  # fmt: skip
    return _layout(
        "lintong_xiekou_station_every_row", source,
        "区街道农业综合服务站 岗位廉政风险防控一览表, after the source's 县 春节前 农产品质量抽检 (基地和农贸市场 样品, 快检, 乡镇 农残快速"
        "检测 培训): ``附件1``, a title, 序号/岗位/责任人 written out on EVERY row (nothing merged, no 股室 column)/风险点/风险等级 "
        "bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lintong_agritech_center_quarter_sheets(),
    lintong_agri_bureau_two_sheets(),
    lintong_animal_health_cards(),
    lintong_agri_machinery_group_rows(),
    lintong_lishan_station_duties(),
    lintong_qinling_station_selfchecks(),
    lintong_xinfeng_station_posts(),
    lintong_xiekou_station_every_row(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch364-inbox"))
