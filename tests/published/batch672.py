"""The six-hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 农垦 bodies,
额尔古纳市 (of 呼伦贝尔市, 内蒙古自治区) — its 农牧场管理局, 种子繁育站 and 农机服务站, the 三河马场 and its
国营农牧场 (上库力, 苏沁, 拉布大林, 恩和) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 农牧场管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 种子繁育站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 农机服务站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 上库力农牧场's 责任清单 under GROUP ROWS ``一、场领导`` … ``三、计划财务科`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 三河马场's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 苏沁农牧场's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 拉布大林农牧场's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``eerguna_enhe_farm_integrity_files``: the 恩和农牧场's 岗位廉政风险点清单 bound with its cadres'
  廉政档案. The first sheet is a list ``序号 | 业务类别 | 廉政风险点 | 风险等级 | 防控措施 | 责任人廉政档案编号``
  with NO 科室, 岗位 or 姓名 column: each row names its holders only by their 廉政档案 NUMBERS
  (``EH-LZ-03``; a shared point ``EH-LZ-02、EH-LZ-05``), a ``注：`` line saying the numbers are the
  tabs of the attached 《领导干部廉政档案登记表》. Then ONE SHEET A CADRE, its tab named by his
  档案编号, each a 廉政档案登记表 card of label pairs (``档案编号 | EH-LZ-01 | 建档日期 | …``, ``姓　名 | … |
  性　别 | … | 出生年月 | …``, ``所在科室 | … | 现任职务 | … | 政治面貌 | …``, a merged 分管工作 line), a
  家庭主要成员 table ``称　谓 | 姓　名 | 工作单位及职务`` and a 廉洁从业承诺 line — and NO points. So a
  holder is found by taking a number from the list, the sheet of that name, and the card's
  姓名/所在科室/现任职务. The README's 读得懂的表 knows holders by 人员编号/工号 keyed by ONE 对照表
  (``人员编号 | 姓名 | 职务``, under the list or on a sheet of its own), a 目录 sheet keyed by 表号 pointing
  to sheets that HOLD the points, a sheet named by a person, a cover sheet naming the holder of
  the sheets after it, and a 廉政档案's 家庭成员 table as no holders; it does not describe a list
  whose holder numbers are keyed by the TAB NAMES of label cards one a person that hold no points
  (the roster spread over many sheets, each in card form, not a table).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a study of 国营/华侨农场 土地利用 —
土地开发, 职工土地权益, 农用地承包; a study of 粮食种子质量监管 — 种子企业, 种子市场; a report on 骗套
农机购置补贴 — 基层补贴产品核验, 经销商; a study of 农村土地流转; a 牧场 实习报告 — 场部, 生产科, 计财科,
生产队, 畜牧饲养; a review of 内蒙古家庭牧场 — 草畜平衡, 管理制度; a report on 农作物种子监督检查 —
繁种制种, 亲本来源; a 领导干部廉政档案规范管理办法 — 一人一档, 干部基本情况, 动态更新) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 苍 and 舒 with rare given names); every unit is a body of
额尔古纳市.

Run ``python tests/published/score.py --set batch672`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each number in a row's ``责任人廉政档案编号`` cell makes the row's point a point
  of the cadre on the sheet of that name (姓名, 所在科室 and 现任职务 from his card), with the row's
  level; a row of two numbers is a point of both; one form a cadre, his points on the sheet
  ``风险点清单``; ``业务类别`` is no 科室; the cards hold no points, their 家庭主要成员 are no holders,
  their 分管工作 and 廉洁从业承诺 are no points; the ``注：`` line and the sign-off lines are no points;
- ``场领导``, ``站领导`` and ``局领导`` (a 所在科室 cell, a group row, a 部门 cell) are the 科室 of those
  leaders; the 管理局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
  a 农牧场's or 马场's 科, a 站's 组, 室 and 办公室 are 科室;
- every farm, the 马场, the 管理局 and the two 站 are units of their own: 局长, 副局长, 场长, 副场长,
  站长 and 副站长 are leaders; 科长 and 组长 middle; the rest (科员, 会计, 出纳, 保管员, 技术员, 检验员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 种子繁育站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b672_"
PLACE = "额尔古纳市"
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

# the 廉政档案 of the 恩和农牧场's cadres: (档案编号, 姓名, 性别, 出生年月, 所在科室, 现任职务, tier,
# 分管工作, family members (称谓, 姓名, 工作单位及职务))
FILES = [
    ("EH-LZ-01", "苍翮沅", "男", "1975.03", "场领导", "场长", "leader", "主持全面工作，分管财务、审计",
     [("妻子", "莘婉宁", "个体经营"), ("儿子", "苍子墨", "在读学生")]),
    ("EH-LZ-02", "舒珵洇", "男", "1980.11", "场领导", "副场长", "leader", "分管农业生产、土地管理、农机",
     [("妻子", "郝丽娟", "恩和乡卫生院护士")]),
    ("EH-LZ-03", "苍淇岑", "女", "1984.06", "计划财务科", "科长", "middle", "负责全场财务核算和资金管理",
     [("丈夫", "庞建国", "海拉尔区某物流公司职员")]),
    ("EH-LZ-04", "舒沅璆", "男", "1982.09", "土地管理科", "科长", "middle", "负责土地承包、耕地保护",
     [("妻子", "闫秀梅", "务农")]),
    ("EH-LZ-05", "苍昉湉", "女", "1991.02", "农业生产科", "科员", "general", "负责种子、化肥等农资统供",
     [("母亲", "段桂兰", "退休")]),
]  # fmt: skip

# (业务类别, 廉政风险点, 风险等级, 防控措施, 责任人廉政档案编号)
LEDGER = [
    ("土地承包", "国有农用地承包方案不经职代会审议，擅自调整承包面积和承包费标准", "高",
     "承包方案经场党委会研究、职代会审议通过，张榜公示。", ("EH-LZ-01",)),
    ("资金管理", "大额资金使用不经集体研究，个人审批", "高", "严格执行“三重一大”集体决策制度。", ("EH-LZ-01",)),
    ("土地承包", "为亲友多分、分好耕地，私自将机动地对外发包", "高",
     "机动地发包公开竞价，结果在各生产队公示。", ("EH-LZ-02", "EH-LZ-04")),
    ("农机管理", "农机作业补助面积审核不实，虚报深松作业面积", "中",
     "作业面积卫星监测与实地抽查相结合。", ("EH-LZ-02",)),
    ("资金管理", "承包费收取不入账，坐收坐支", "高", "承包费一律银行转账缴入农场账户，票据连号管理。",
     ("EH-LZ-03",)),
    ("资金管理", "报销单据审核不严，虚列费用支出", "中", "报账单据经办人、证明人、审批人三签。", ("EH-LZ-03",)),
    ("土地承包", "承包合同签订、变更不按程序，合同档案管理混乱", "中", "合同统一编号，变更经科室集体审核。",
     ("EH-LZ-04",)),
    ("耕地保护", "对违规占用耕地、私自开荒问题不制止、不上报", "低", "每季度开展耕地巡查，问题登记上报。",
     ("EH-LZ-04",)),
    ("农资统供", "种子、化肥统供中指定供应商，收受回扣", "高", "农资统供公开招标，价格和供应商公示。",
     ("EH-LZ-02", "EH-LZ-05")),
    ("农资统供", "农资出入库登记不实，以次充好", "低", "农资入库抽检，出入库双人签字。", ("EH-LZ-05",)),
]  # fmt: skip
CODE_HEADING = "责任人廉政档案编号"


def eerguna_enhe_farm_integrity_files() -> dict:
    unit = f"{PLACE}恩和农牧场"
    t = _Truth(unit)
    ncols = 6
    sh = _Sheet("风险点清单", [6, 11, 42, 9, 36, 14])
    _line(sh, f"{unit}岗位廉政风险点清单", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", ncols)
    sh.add("序号", "业务类别", "廉政风险点", "风险等级", "防控措施", CODE_HEADING)
    for i, (work, point, lv, measures, codes) in enumerate(LEDGER, 1):
        sh.add(i, work, point, lv, measures, "、".join(codes))
    _line(sh, "注：责任人以廉政档案编号填写，各编号的责任人见本册所附《领导干部廉政档案登记表》"
          "（工作表名即档案编号）；风险等级分高、中、低三级。", ncols)  # fmt: skip
    sh.add("填表人：", None, "审核人：", None, "场长（签字）：", None)
    by_code = {f[0]: f for f in FILES}
    # the truth one form a holder, in the files' order
    for code, who, _sex, _born, dept, post, tier, _work, _family in FILES:
        for _w, point, lv, _m, codes in LEDGER:
            if code in codes:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    assert all(c in by_code for *_x, codes in LEDGER for c in codes)
    sheets = [sh]
    for code, who, sex, born, dept, post, _tier, work, family in FILES:
        card = _Sheet(code, [12, 12, 12, 16, 12, 12])
        _line(card, f"{unit}领导干部廉政档案登记表", 6)
        card.add("档案编号", code, "建档日期", "2025年3月", None, None)
        card.add("姓　名", who, "性　别", sex, "出生年月", born)
        card.add("所在科室", dept, "现任职务", post, "政治面貌", "中共党员")
        r = card.add("分管工作", work, None, None, None, None)
        card.merge(r, 1, r, 5)
        r = card.add("家庭主要成员", None, None, None, None, None)
        card.merge(r, 0, r, 5)
        r = card.add("称　谓", "姓　名", "工作单位及职务", None, None, None)
        card.merge(r, 2, r, 5)
        for rel, name, job in family:
            r = card.add(rel, name, job, None, None, None)
            card.merge(r, 2, r, 5)
        r = card.add(
            "廉洁从业承诺",
            "本人严格遵守廉洁从业各项规定，如实报告个人有关事项。",
            None,
            None,
            None,
            None,
        )
        card.merge(r, 1, r, 5)
        card.add("本人签字：", None, None, "纪检监察室审核：", None, None)
        sheets.append(card)
    return _layout(
        "eerguna_enhe_farm_integrity_files", "http://wellosophy360.com/view/20817",
        "(harder) 国营农牧场 岗位廉政风险点清单 WITH THE CADRES' 廉政档案, after the source's 领导干部廉政档案 "
        "规范管理办法 (一人一档, 干部基本情况, 档案编号, 动态更新): the first sheet a list ``序号 | 业务类别 | "
        "廉政风险点 | 风险等级 | 防控措施 | 责任人廉政档案编号`` with NO 科室, 岗位 or 姓名 column — each row names its "
        "holders only by their 廉政档案 NUMBERS (``EH-LZ-03``, two numbers ``EH-LZ-02、EH-LZ-05`` for a shared "
        "point) — and then ONE SHEET A CADRE, the tab named by his 档案编号, each a 领导干部廉政档案登记表 card "
        "(``档案编号 | … | 建档日期``, ``姓　名 | … | 性　别 | … | 出生年月``, ``所在科室 | … | 现任职务 | …``, 分管工作, a "
        "家庭主要成员 table ``称　谓 | 姓　名 | 工作单位及职务``, a 廉洁从业承诺 line) with NO points; 高/中/低, no "
        "type column; a ``注：`` line saying the numbers are the files' tabs",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def eerguna_farm_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农牧场管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("苍翊涔", "局长", "主持全面工作", [
            ("所属农牧场国有土地开发利用项目不经集体研究", "一级", "土地开发项目经局党组会研究，报市政府审批。"),
            ("农牧场负责人选拔任用中打招呼、说情", "一级", "选任严格执行民主推荐、考察、公示程序。"),
        ]),
        ("舒昀翮", "副局长", "分管农业生产、项目建设", [
            ("高标准农田建设项目插手干预招投标", "一级", "项目一律进入市公共资源交易中心。"),
            ("项目验收走过场，工程量签认不实", "二级", "验收邀请审计、财政部门参加，工程量现场复核。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("土地管理科", "科长", "苍岫琤", "middle", "农牧场土地确权登记审核把关不严", "一级",
         "确权结果经农牧场、管理局两级审核并公示。"),
        ("土地管理科", "科长", "苍岫琤", "middle", "土地流转、租赁合同备案不按程序", "二级", "合同备案实行登记台账管理。"),
        ("土地管理科", "科员", "舒沨珂", "general", "耕地保护巡查记录弄虚作假", "三级", "巡查留存影像资料，定期抽查。"),
        ("计划财务科", "科长", "苍璟湉", "middle", "农业生产资金分配不按因素法测算", "一级", "资金分配方案集体研究并公开。"),
        ("计划财务科", "会计", "舒淏岚", "general", "农牧场上缴资金核算不及时、不准确", "二级", "每月对账，年终审计。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "eerguna_farm_bureau_two_sheets", "https://sucai198.com/diaoyanbaogao/2022/08/13873.html",
        "市农牧场管理局 廉政风险防控一览表 in TWO SHEETS, after the source's study of 国营农场 土地利用 (土地开发, "
        "违规开发土地, 职工土地权益, 农用地承包): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def eerguna_seed_station_posts() -> dict:
    unit = f"{PLACE}种子繁育站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "繁种基地选定", "繁种基地和制种户选定暗箱操作，优亲厚友", "制度机制风险", "高",
         "繁种基地由站务会集体研究确定，名单公示。"),
        ("站领导", "站长", "leader", "原种采购", "原种、亲本采购指定供种单位，收受好处", "外部环境风险", "高",
         "原种采购三家以上比价，集体决策。"),
        ("繁育技术组", "组长", "middle", "田间检验", "田间检验降低标准，对杂株率超标地块放行", "岗位职责风险", "中",
         "田间检验两人以上同行，检验记录签字存档。"),
        ("繁育技术组", "技术员", "general", "种子收购定级", "收购定级压级压价或提级提价", "业务流程风险", "中",
         "定级样品封存，定级结果当场告知制种户。"),
        ("质量检验室", "检验员", "general", "种子质量检验", "检验数据弄虚作假，出具不实检验报告", "思想道德风险", "高",
         "检验样品编码盲检，报告双人复核。"),
        ("综合办公室", "保管员", "general", "种子仓储", "种子出入库不登记，私自处置库存种子", "业务流程风险", "低",
         "出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "eerguna_seed_station_posts", "https://fx361.cc/page/2017/0611/22103618.shtml",
        "市种子繁育站 岗位廉政风险点排查表 对岗不对人, after the source's study of 粮食种子质量监管 (种子企业, 种子市场, "
        "种子质量, 行政管理机构): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def eerguna_machinery_station_cards() -> dict:
    unit = f"{PLACE}农机服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "苍珝翎", "站长", "主持全面工作", "leader", [
            ("农机购置补贴机具核验不到现场", "★★★", "核验实行两人同行，现场拍照留存。"),
            ("与农机经销商不正当往来", "★★★", "非工作原因不与经销商接触，不接受宴请。"),
            ("补贴资金兑付审批把关不严", "★★", "兑付名单集体审核并公示。"),
        ]),
        ("副站长", "舒湜澂", "副站长", "分管农机作业、安全监理", "leader", [
            ("深松整地作业补助面积核查不实", "★★", "作业面积以监测数据为准，抽查核实。"),
            ("农机安全检验走过场", "★", "检验按规程逐项进行，结果公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
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
        "eerguna_machinery_station_cards", "http://ant.ennesound.com/MErp.html",
        "市农机服务站 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 骗套农机购置补贴 (“僵尸农机”, "
        "基层补贴产品核验, 经销商): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def eerguna_shangkuli_farm_group_rows() -> dict:
    unit = f"{PLACE}上库力农牧场"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、场领导", "场领导", [
            ("场长", "舒曦岑", "leader", [
                ("职工承包土地调整不公开，暗箱操作", "一级风险", "土地调整方案经职代会审议，结果张榜公示。"),
                ("农场大宗农产品销售价格不经集体研究", "一级风险", "销售价格集体研究，公开竞价。"),
            ]),
        ]),
        ("二、土地管理科", "土地管理科", [
            ("科长", "苍琰岙", "middle", [
                ("土地流转审核不严，违规流转给非职工", "一级风险", "流转审核实行科室初审、场部复审。"),
                ("土地面积丈量不实，多报少报", "二级风险", "丈量两人以上，结果由承包户签字确认。"),
            ]),
        ]),
        ("三、计划财务科", "计划财务科", [
            ("会计", "舒玥沨", "general", [
                ("承包费收缴票据管理不规范", "二级风险", "票据连号使用，专人保管。"),
                ("惠农补贴资金发放不及时", "三级风险", "补贴资金通过“一卡通”发放，名单公示。"),
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
        "eerguna_shangkuli_farm_group_rows", "http://www.fx361.com/page/2015/0322/19617227.shtml",
        "国营农牧场 廉政风险防控责任清单, after the source's study of 农村土地流转 (流转现状, 规模经营, 流转问题与对策): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、场领导``, ``二、土地管理科``, ``三、计划财务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def eerguna_sanhe_horse_farm_selfchecks() -> dict:
    unit = f"{PLACE}三河马场"
    t = _Truth(unit)
    people = [
        ("苍瀞珩", "场领导", "场长", "leader", [
            ("三河马、三河牛良种引进采购不经集体研究", "Ⅰ级", "引种计划场务会研究，采购公开比选。"),
            ("草场承包发包中优亲厚友", "Ⅰ级", "草场发包公开竞价，结果公示。"),
        ]),
        ("舒璩漪", "畜牧科", "科长", "middle", [
            ("种畜鉴定定级把关不严", "Ⅱ级", "鉴定由三人以上小组进行，结果存档。"),
            ("防疫物资发放登记不实", "Ⅲ级", "防疫物资领用登记，每月核对。"),
        ]),
        ("苍霂昶", "计划财务科", "出纳", "general", [
            ("马匹销售收入不及时入账", "Ⅱ级", "销售收入当日入账，日清月结。"),
            ("现金管理不规范，公款私存", "Ⅲ级", "现金定期盘点，严禁公款私存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i == 1 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "场长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "eerguna_sanhe_horse_farm_selfchecks", "https://www.gwyoo.com/jiayou/muchang/",
        "马场 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 牧场 实习报告 (牧场总部, "
        "生产科、计财科、维修科、场长办公室, 畜牧饲养业, 生产队): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 场长意见：``",
        sheets, t,
    )  # fmt: skip


def eerguna_suqin_farm_list() -> dict:
    unit = f"{PLACE}苏沁农牧场"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "舒峣澜", "leader", "草畜平衡核定中放宽标准，优亲厚友", "岗位职责", "高风险",
         "核定结果经生产队评议、场部审核、公示。"),
        ("场领导", "场长", "舒峣澜", "leader", "家庭牧场扶持项目申报把关不严", "制度机制", "中风险",
         "项目申报实行公开申请、集体评审。"),
        ("畜牧科", "科长", "苍沄翀", "middle", "禁牧、草原生态补奖资金核定不实", "业务流程", "高风险",
         "补奖面积与草场确权面积逐户核对。"),
        ("计划财务科", "会计", "舒崧琇", "general", "补贴资金代发中截留挪用", "思想道德", "中风险",
         "资金通过“一卡通”直接发放，定期对账。"),
        ("综合办公室", "保管员", "苍琤湄", "general", "饲草料储备库账实不符", "业务流程", "低风险",
         "储备库每季度盘点，账物核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "场长（签字）：", None, None)
    return _layout(
        "eerguna_suqin_farm_list", "http://www.victorzhang.cn/page/2023/1231/25654910.shtml",
        "国营农牧场 岗位廉政风险防控一览表, after the source's review of 内蒙古家庭牧场 经营管理 (草畜平衡, 草地退化, "
        "管理制度, 社会服务体系): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/场长（签字） line",
        [sh], t,
    )  # fmt: skip


def eerguna_labudalin_farm_register() -> dict:
    unit = f"{PLACE}拉布大林农牧场"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "苍湘珽", "leader", [
            ("良种繁育基地建设项目不按程序发包", "制度机制", "一级", "项目发包按规定公开招标。"),
            ("为亲属承揽农场农机作业提供便利", "思想道德", "二级", "严格执行回避制度。"),
        ]),
        ("农业生产科", "科长", "舒潆岫", "middle", [
            ("制种田亲本来源审核不严", "岗位职责", "一级", "亲本来源登记备案，随机抽查。"),
        ]),
        ("农业生产科", "技术员", "苍朏琬", "general", [
            ("制种田田间去杂记录弄虚作假", "业务流程", "二级", "去杂记录由制种户签字确认。"),
            ("向制种户推销农药化肥", "外部环境", "三级", "签订廉洁承诺书，公开监督电话。"),
        ]),
        ("计划财务科", "出纳", "舒岚翃", "general", [
            ("制种收购款支付不及时，截留挪用", "业务流程", "一级", "收购款银行直付到户。"),
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
        "eerguna_labudalin_farm_register", "http://liekewang.com/shuigengjishu/1548.html",
        "国营农牧场 廉政风险点排查登记表, after the source's report on 农作物种子监督检查 (繁种制种环节, 亲本来源, "
        "私繁滥制, 制种监管): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    eerguna_enhe_farm_integrity_files(),
    eerguna_farm_bureau_two_sheets(),
    eerguna_seed_station_posts(),
    eerguna_machinery_station_cards(),
    eerguna_shangkuli_farm_group_rows(),
    eerguna_sanhe_horse_farm_selfchecks(),
    eerguna_suqin_farm_list(),
    eerguna_labudalin_farm_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch672-inbox"))
