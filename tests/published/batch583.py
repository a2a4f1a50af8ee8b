"""The five-hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林业和草原 and
水务 bodies, 碌曲县 (甘南藏族自治州, 甘肃) — its 林业和草原局, 国有林场, 水务局, 水土保持工作站 and
水政监察大队, the 林业工作站 of 双岔镇 and the 水利管理站 and 草原工作站 of two of its 乡 (阿拉乡,
拉仁关乡) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国有林场's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水土保持工作站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 双岔镇林业工作站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、护林员管理组`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 水政监察大队's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 阿拉乡水利管理站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 拉仁关乡草原工作站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line and an 编制人/审核人 line.

One is harder:

- ``luqu_water_bureau_common_points``: the 水务局's file in TWO SHEETS. Sheet ``共性风险点`` is a
  list of the risks EVERY cadre of the 局 shares (``序号 | 共性廉政风险点 | 风险等级 | 防控措施``, 一级/
  二级/三级), naming no holder; sheet ``岗位风险点`` lists the holders, ``序号 | 股室 | 岗位 | 姓名 |
  涉及共性风险点（序号） | 个性风险点 | 风险等级 | 防控措施``, 股室/岗位/姓名 and the 涉及共性风险点 cell
  merged per person, that cell giving the NUMBERS of the first sheet's rows that are his
  (``1、2``, ``1、3``…), the other columns his own 个性 points one a row. So a holder's points are his
  个性 rows AND the 共性 rows his numbers name, each with the level written on the first sheet; a
  共性 point named by three holders is three holders' point, and the first sheet is no form of its
  own. The README's 读得懂的表 knows numbers given to holders in a line under a list (``责任分工：第1—3项
  …``, ``注：…第8、9项由…负责``), a holders grid ticking a list's numbers, measures moved in by number
  (``MEASURES_BY_NUMBER``), a ``目录`` sheet keyed by 表号 and a 风险点 sheet repeated with details
  (``SHEET_DETAILS``); it says nothing of a 共性 list on one sheet whose rows the holders of the other
  sheet claim by number in a column of their own rows beside their 个性 points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市 纪委监委's 驻点监督 of a 水库
project — 征地拆迁, 招投标, 材料采购, 劳务分包, 设计变更, 竣工验收, 资金拨付; a 省林草局 巡察 on 祁连山 —
生态环境保护责任清单, 保护区, 追责; a 乡属林场's case — 检查站, 木材押金, 盗砍滥伐, 乱收费打白条; a 县
水土保持局's 坡耕地治理 project — 梯田, 水保林, 群众质量监督制, 公示制, 监理制; a 镇's 生态护林员选聘
report — 评议组, 考察备选人员, 花名册; a 水行政执法 report on 河道非法采砂 — 采砂点, 联合执法, 举报; a 驻市
水利局纪检监察组 on 沟渠清淤 money — 资金拨付, 施工合同, 竣工验收单, 领款单转账给个人; a 草原管理处's
duties — 禁牧, 草畜平衡, 草原生态修复, 冬虫夏草采集) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 荀 and 邰 with rare given names). Every unit is a body of 碌曲县; batch469 already has
units of 碌曲县 (its 财政 bodies and the 财政所 of 玛艾镇, 郎木寺镇, 尕海镇 and 西仓镇), so the tests use
``places`` (one place a layout, in its unit and in no earlier unit: ``PLACES``), not
``unit_words=("碌曲县",)``, and no town of batch469 repeats.

Run ``python tests/published/score.py --set batch583`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's points are his 个性 rows (sheet ``岗位风险点``) and the 共性 rows
  (sheet ``共性风险点``) whose numbers stand in his ``涉及共性风险点（序号）`` cell, each 共性 point with
  the level of its row on the first sheet; all his points are one form on sheet ``岗位风险点``; the
  first sheet names no holder and is no form; the ``说明：`` line over it and the 填表/审核 lines are
  no points;
- ``局领导``, ``站领导`` (a 股室 cell, a group row, a 部门 cell, a 科室 cell) are the 科室 of those leaders;
  the 林业和草原局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have no 科室; a
  局's 股, a 林场's 科 and 木材检查站, a 站's 组 and a 大队's 中队 are 科室; a group row ``二、林政组``
  gives the 科室 ``林政组`` (its number left off);
- every 局, 站, 场 and 大队 is a unit of its own: 局长, 副局长, 场长, 副场长, 站长, 大队长 and
  副大队长 are leaders; 股长, 科长 and 中队长 middle; the rest (股员, 会计, 出纳, 技术员, 监测员,
  林政员, 管理员, 检查员, 报账员, 管水员, 监理员, 管护员, 水政监察员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 国有林场's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b583_"
PLACE = "碌曲县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
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

# the 共性 list: (共性廉政风险点, 风险等级, 防控措施)
COMMON = [
    ("利用职务便利插手水利工程招投标、为亲友承揽工程", "一级", "领导干部及亲属不得插手工程建设，招投标全程进入县公共资源交易中心。"),
    ("接受项目施工、监理单位宴请和礼品礼金", "二级", "签订廉洁承诺书，节日前廉洁提醒。"),
    ("参与水利项目资金审核、拨付时把关不严", "一级", "资金拨付实行经办、审核、审批三级签字。"),
    ("在水行政许可、执法中吃拿卡要", "二级", "许可事项一次告知，执法全程记录。"),
]  # fmt: skip

# the holders: (股室, 岗位, 姓名, tier, 涉及共性风险点 numbers, [(个性风险点, 风险等级, 防控措施)])
HOLDERS = [
    ("局领导", "局长", "荀翯岷", "leader", (1, 2), [
        ("水库、灌区项目设计变更不经集体研究", "一级", "设计变更经局党组会研究，报原审批部门备案。"),
    ]),
    ("局领导", "副局长", "邰翾湉", "leader", (1, 3), [
        ("水利项目征地拆迁补偿审核不严，虚增补偿面积", "一级", "补偿面积实地丈量，补偿名单在村公示。"),
    ]),
    ("工程建设股", "股长", "荀璟澴", "middle", (2, 3), [
        ("竣工验收走过场，工程量签证不实", "二级", "验收邀请审计、财政部门参加，签证双人复核。"),
        ("材料采购和劳务分包中指定供应商、分包队伍", "二级", "材料采购比选并公示，分包合同报局备案。"),
    ]),
    ("水政水资源股", "水政监察员", "邰沚晗", "general", (2, 4), [
        ("取水许可现场核验不实", "三级", "现场核验两人以上，核验记录存档。"),
    ]),
]  # fmt: skip


def _numbers(ns: tuple[int, ...]) -> str:
    return "、".join(str(n) for n in ns)


def luqu_water_bureau_common_points() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    common = _Sheet("共性风险点", [6, 44, 10, 40])
    _line(common, f"{unit}共性廉政风险点清单", 4)
    _line(common, "说明：本表为全局干部职工共同存在的廉政风险点，各岗位涉及的，在《岗位廉政风险点登记表》"
          "“涉及共性风险点（序号）”一栏填写本表序号。", 4)  # fmt: skip
    common.add("序号", "共性廉政风险点", "风险等级", "防控措施")
    for i, (point, lv, measures) in enumerate(COMMON, 1):
        common.add(i, point, lv, measures)
    common.add("填表：办公室", None, "2025年5月", None)
    own = _Sheet("岗位风险点", [6, 13, 11, 9, 14, 40, 9, 38])
    _line(own, f"{unit}岗位廉政风险点登记表", 8)
    own.add(
        "序号",
        "股室",
        "岗位",
        "姓名",
        "涉及共性风险点（序号）",
        "个性风险点",
        "风险等级",
        "防控措施",
    )
    first = len(own.rows)
    n = 0
    for dept, post, who, tier, numbers, points in HOLDERS:
        for point, lv, measures in points:
            n += 1
            own.add(n, dept, post, who, _numbers(numbers), point, lv, measures)
        # the truth: the 共性 rows his numbers name, then his 个性 rows
        for k in numbers:
            point, lv, _measures = COMMON[k - 1]
            t.point(own.name, dept, post, who, tier, point, [], GRADES[lv])
        for point, lv, _measures in points:
            t.point(own.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(own, first, 1, 2, 3, 4)
    own.add("填表：", None, "审核：", None, None, "局长（签字）：", None, "2025年5月")
    return _layout(
        "luqu_water_bureau_common_points", "https://www.gxjjw.gov.cn/staticpages/20260127/gxjjw69787c7b-202018.shtml",
        "(harder) 县水务局 廉政风险点 in TWO SHEETS, after the source's 市 纪委监委 驻点监督 of a 水库 project (征地拆迁, "
        "招投标, 材料采购, 劳务分包, 设计变更, 竣工验收, 资金拨付): sheet 共性风险点 — a title, a merged ``说明：`` line, "
        "序号/共性廉政风险点/风险等级 ``一级/二级/三级``/防控措施, naming no holder; sheet 岗位风险点 — 序号/股室/岗位/姓名/"
        "``涉及共性风险点（序号）``/个性风险点/风险等级/防控措施, 股室 merged and 岗位/姓名/涉及共性风险点 merged per person, "
        "the 涉及共性风险点 cell giving the first sheet's row NUMBERS that are his (``1、2``); a holder's points are his "
        "个性 rows and the 共性 rows his numbers name (with their levels); no type column",
        [common, own], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luqu_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("荀峧翀", "局长", "主持全面工作", [
            ("林草生态修复项目实施单位确定不经集体研究", "一级", "项目实施单位按程序招标，结果局党组会研究。"),
            ("生态环境保护责任清单落实不力，问题整改弄虚作假", "二级", "整改台账销号管理，接受县纪委监委督查。"),
        ]),
        ("邰楙岚", "副局长", "分管林政资源、保护区", [
            ("使用林地、草地审核意见出具不实", "一级", "审核意见经股室初审、分管领导复核、集体研究。"),
            ("保护区内违规建设问题查处不力", "二级", "问题线索登记台账，查处结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资源管理股", "股长", "荀漻珺", "middle", "林木采伐限额分配不公开", "一级", "采伐指标分配方案公开，现场摇号。"),
        ("资源管理股", "股长", "荀漻珺", "middle", "森林督查图斑核实走过场", "二级", "图斑核实两人以上，影像资料存档。"),
        ("资源管理股", "股员", "邰湑琰", "general", "林木采伐许可证核发不按规定现场查验", "二级", "伐前现场查验，查验记录存档。"),
        ("计划财务股", "股长", "荀朏澍", "middle", "生态护林员补助资金发放不按考核结果", "一级", "补助与巡护考核挂钩，发放名单公示。"),
        ("计划财务股", "会计", "邰瑱沄", "general", "项目资金报账凭证审核不严", "三级", "报账单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "luqu_forestry_bureau_two_sheets", "http://lycy.gansu.gov.cn/contents/84935.html",
        "县林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's 省林草局 巡察 on 祁连山 (生态环境保护责任清单, "
        "保护区, 整改, 追责): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def luqu_state_forest_farm_posts() -> dict:
    unit = f"{PLACE}国有林场"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "leader", "木材销售", "木材销售不公开竞价，低价卖给关系户", "制度机制风险", "高",
         "木材销售进场公开竞价，结果公示。"),
        ("场领导", "场长", "leader", "押金收取", "收取木材押金不开正式票据、不入账", "业务流程风险", "高",
         "押金统一开具财政票据，全额入账。"),
        ("营林科", "科长", "middle", "抚育间伐", "抚育间伐作业设计虚增出材量", "岗位职责风险", "中",
         "作业设计经场务会审定，伐后验收。"),
        ("营林科", "科长", "middle", "造林验收", "造林成活率验收不实，虚报造林面积", "岗位职责风险", "中",
         "造林验收两人以上，卫星影像比对。"),
        ("木材检查站", "检查员", "general", "木材检查", "对无证运输木材放行，收受好处", "思想道德风险", "中",
         "检查站视频监控全覆盖，检查记录每日上报。"),
        ("木材检查站", "检查员", "general", "罚没物资", "罚没木材不登记，私自处置", "外部环境风险", "低",
         "罚没物资登记造册，统一处置。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "luqu_state_forest_farm_posts", "http://www.www6ccc.com/html/2012/tiewanfanfu_1227/703.html",
        "县国有林场 岗位廉政风险点排查表 对岗不对人, after the source's 乡属林场 case (林场检查站, 木材押金, 香菇押金, "
        "盗砍滥伐, 乱收费打白条): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def luqu_soil_conservation_selfchecks() -> dict:
    unit = f"{PLACE}水土保持工作站"
    t = _Truth(unit)
    people = [
        ("荀琲涴", "站领导", "站长", "leader", [
            ("坡耕地治理项目施工单位确定不按程序", "Ⅰ级", "施工单位公开招标，结果公示。", "已落实"),
            ("梯田建设任务验收弄虚作假，虚报面积", "Ⅰ级", "验收实地丈量，邀请群众代表参加。", "未发现问题"),
        ]),
        ("邰瑒岢", "治理股", "技术员", "general", [
            ("水保林栽植工程量签证不实", "Ⅱ级", "工程量签证监理、技术员、村代表三方签字。", "已落实"),
            ("群众质量监督意见不记录、不处理", "Ⅲ级", "质量监督意见登记台账，限期回复。", "已落实"),
        ]),
        ("荀澥苒", "监测股", "监测员", "general", [
            ("生产建设项目水土保持监测数据造假", "Ⅱ级", "监测数据双人采集，原始记录存档。", "未发现问题"),
            ("接受建设单位宴请，降低检查标准", "Ⅲ级", "检查不少于两人，签订廉洁承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "luqu_soil_conservation_selfchecks", "https://pranatta.com/newscenter/df/gs/201709/t20170921_491772.html",
        "县水土保持工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县水土保持局 "
        "坡耕地水土流失综合治理 project (梯田, 水保林, 群众质量监督制, 公示制, 监理制): a title, a label row ``姓　名 | "
        "所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def luqu_shuangcha_forestry_station_group_rows() -> dict:
    unit = f"{PLACE}双岔镇林业工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "邰嵚琚", "leader", [
                ("生态护林员选聘中优亲厚友", "一级风险", "选聘由评议组评议排序，结果在村公示。"),
                ("护林员考核打招呼、走过场", "二级风险", "考核结合巡护APP轨迹，结果公示。"),
            ]),
        ]),
        ("二、林政组", "林政组", [
            ("林政员", "荀岌淇", "general", [
                ("自用材采伐申请审核不实", "一级风险", "申请材料村组公示，现场核实。"),
                ("发现乱砍滥伐不制止、不上报", "二级风险", "巡查发现问题当日上报，登记台账。"),
            ]),
        ]),
        ("三、护林员管理组", "护林员管理组", [
            ("管理员", "邰渟珈", "general", [
                ("护林员花名册虚增人员，冒领补助", "一级风险", "花名册与身份证、银行卡逐一核对。"),
                ("巡护记录代填、补记", "三级风险", "巡护记录每周抽查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "luqu_shuangcha_forestry_station_group_rows", "http://www.qinan.gov.cn/info/12322/407151.htm",
        "镇林业工作站 廉政风险防控责任清单, after the source's 镇 report on 生态护林员选聘 (选聘评议组, 考察备选人员, 评议排序, "
        "花名册): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、林政组``, ``三、护林员管理组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def luqu_water_inspection_cards() -> dict:
    unit = f"{PLACE}水政监察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "荀洺峣", "大队长", "主持大队全面工作", "leader", [
            ("河道非法采砂案件查处中说情打招呼、降格处理", "★★★", "案件处理经集体讨论，处罚结果公开。"),
            ("对采砂点违法行为选择性执法", "★★★", "执法检查双随机，检查结果公示。"),
            ("接受管理对象宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副大队长", "邰瑊淼", "副大队长", "分管巡查执法、举报受理", "leader", [
            ("群众举报线索不登记、不处置", "★★", "举报线索登记编号，办理结果回复。"),
            ("联合执法中泄露行动信息", "★★", "行动方案保密，执法人员临时通知。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "luqu_water_inspection_cards", "http://www.esswj.com/2018/0118/616884.shtml",
        "县水政监察大队 廉政风险防控卡, one sheet a holder, after the source's report on 打击河道非法采砂 (采砂点, 联合执法, "
        "水政监察, 河长督办): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def luqu_ala_water_station_list() -> dict:
    unit = f"{PLACE}阿拉乡水利管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "邰晅漪", "leader", "沟渠清淤项目不签施工合同、不办竣工验收", "制度机制", "高风险",
         "项目一律签订合同，验收单存档备查。"),
        ("站领导", "站长", "邰晅漪", "leader", "项目资金以领款单形式转账给个人", "业务流程", "高风险",
         "资金按合同支付到施工单位对公账户。"),
        ("工程组", "技术员", "荀琇岏", "general", "清淤工程量测量不实", "岗位职责", "中风险",
         "工程量测量与村干部共同签字确认。"),
        ("财务组", "报账员", "邰淓珢", "general", "报账资料不全即报销", "业务流程", "中风险",
         "报账资料清单化，缺项退回。"),
        ("管水组", "管水员", "荀沨璈", "general", "灌溉用水分配优亲厚友", "思想道德", "低风险",
         "配水计划张榜公布，群众监督。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "luqu_ala_water_station_list", "http://yyjw.yiyang.gov.cn/2107/12316/content_1236334.html",
        "乡水利管理站 岗位廉政风险防控一览表, after the source's 驻市水利局纪检监察组 check of 沟渠清淤 money (资金拨付, "
        "施工合同, 竣工验收单, 领款单转账给个人): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def luqu_larenguan_grassland_station_register() -> dict:
    unit = f"{PLACE}拉仁关乡草原工作站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "荀暐琤", "leader", [
            ("草畜平衡核定中弄虚作假", "制度机制", "一级", "核定结果入户确认，在村公示。"),
            ("草原生态修复项目验收不严", "岗位职责", "二级", "验收邀请乡纪委参加。"),
        ]),
        ("草原监理组", "监理员", "邰珽沂", "general", [
            ("冬虫夏草采集证发放违规", "外部环境", "一级", "采集证按村分配，名单公示。"),
            ("禁牧区偷牧不查处，收受好处", "思想道德", "二级", "巡查记录每周报站长审阅。"),
        ]),
        ("草原监理组", "管护员", "荀濛玥", "general", [
            ("草原管护员巡查记录不实", "岗位职责", "三级", "巡查轨迹与记录比对。"),
        ]),
        ("综合组", "出纳", "邰琂澈", "general", [
            ("补奖资金发放不及时、截留", "业务流程", "一级", "补奖资金一卡通直达牧户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "luqu_larenguan_grassland_station_register", "http://www.kcloo.com/article/3937",
        "乡草原工作站 廉政风险点排查登记表, after the source's 草原管理处 duties (草原禁牧, 草畜平衡, 草原生态修复, "
        "冬虫夏草采集管理): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luqu_water_bureau_common_points(),
    luqu_forestry_bureau_two_sheets(),
    luqu_state_forest_farm_posts(),
    luqu_soil_conservation_selfchecks(),
    luqu_shuangcha_forestry_station_group_rows(),
    luqu_water_inspection_cards(),
    luqu_ala_water_station_list(),
    luqu_larenguan_grassland_station_register(),
]

# one place a layout, in its unit and in no earlier unit (batch469 already has units of 碌曲县)
PLACES = [
    "碌曲县水务局",
    "碌曲县林业和草原局",
    "碌曲县国有林场",
    "碌曲县水土保持工作站",
    "双岔镇",
    "碌曲县水政监察大队",
    "阿拉乡",
    "拉仁关乡",
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch583-inbox"))
