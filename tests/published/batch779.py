"""The seven-hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业农村
bodies, 昌黎县 (of 秦皇岛市, 河北省) — its 农业农村局, 农机化技术推广站, 动物卫生监督所, 农业综合行政执法大队,
葡萄产业服务中心, 农产品质量安全检测站, 农业技术推广中心 and 农村经济经营管理站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农机化技术推广站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 动物卫生监督所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no names;
- the 农业综合行政执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``三、畜牧兽医中队`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 葡萄产业服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 农产品质量安全检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农业技术推广中心's 一览表 in TWO SHEETS ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农村经济经营管理站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), 高/中/低, a ``注：`` line.

One is harder:

- ``changli_agri_bureau_leaders_across``: the 农业农村局's 廉政风险防控一览表 with the usual heading
  ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, the 股室 staff filling 科室, 岗位 and
  姓名 each in its own column (科室 merged down, 岗位 and 姓名 merged per person), but the LEADERS (局长,
  副局长 — no 科室) written ONCE ACROSS the three holder columns: one block merged across 科室:姓名 and
  down over the leader's rows, holding ``局长　甄某某`` (post, a full-width space, name). The
  docs' 读得懂的表 knows holder columns merged DOWN, a holder merged across the holder columns of a
  transposed (横放) table, ``岗位　姓名`` in a group row, and a point merged across post columns; it
  does not describe, in an ordinary list, a holder's post and name written together in one cell
  merged ACROSS the 科室 | 岗位 | 姓名 columns (so the text stands in the 科室 column), for some
  holders only.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区审计局 on 高标准农田建设项目 核查 —
项目规划, 资金使用, 工程质量, 竣工验收, 建后管护; a 拖拉机（联合收割机）驾驶证申领 告知书 and 农业机械安全监督管理条例
— 驾驶证, 考试, 登记, 检验; a 动物卫生监督所 paper on 生猪屠宰 官方兽医 — 屠宰检疫, 动物检疫合格证明; a 县
种子市场 执法 — 标签, 立案, 调查取证, 罚款; a 昌黎县 葡萄产业 feature — 采摘, 民宿, 葡萄沟, 鲜食葡萄; a 县
农产品质量检验检测站's 农残抽检 — 抽检, 检测人员, 审核; a 良种补贴 检查 — 入户调查, 补贴面积, 一折通; a
农村集体经济审计 条例 — 审计人员, 回避, 集体资产) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
甄 and 钭 with rare given names); every unit is a body of 昌黎县.

Run ``python tests/published/score.py --set batch779`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a block merged across 科室:姓名 reading ``局长　甄某某`` is the holder of every
  row it spans: post ``局长``, name ``甄某某``, no 科室 (the 局 leaders have none); the 股室 rows read as
  usual (科室, 岗位, 姓名 from their columns);
- ``中心领导``, ``大队领导``, ``站领导`` (a 部门 cell, a group row, a 科室 cell) are the 科室 of those leaders,
  as earlier batches hold; the 农业技术推广中心's leaders (sheet ``中心领导``, no 科室 column), the cards'
  leaders and the 局's leaders in the harder file have no 科室; a 站's 股, a 所's 股, a 中心's 科 and a
  大队's 中队 are 科室; a group row ``二、种子农药中队`` gives the 科室 ``种子农药中队`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 站长, 副站长, 所长, 副所长, 主任, 副主任, 大队长 and 副大队长
  are leaders; 股长, 科长, 中队长 middle; the rest (…员, 会计, 出纳, 检测员, 审核员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 动物卫生监督所's list names
  no person: its forms are posts (对岗不对人);
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

PREFIX = "b779_"
PLACE = "昌黎县"
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

# (post, name, points) of the 局 leaders: written once across 科室:姓名
BUREAU_LEADERS = [
    ("局长", "甄翯湲", [
        ("高标准农田建设项目安排不经党组会集体研究，个人说了算", "一级",
         "项目安排方案经党组会集体研究，会议纪要存档。"),
        ("插手干预农田建设工程招标和施工队伍选定", "一级", "工程招标一律进入县公共资源交易中心。"),
    ]),
    ("副局长", "钭澂翊", [
        ("农田建设项目竣工验收降低标准、走过场", "一级", "验收组由第三方和乡镇代表参加，验收结果公示。"),
        ("上图入库数据审核把关不严，虚报建设面积", "二级", "上图入库数据与现场核查结果逐块比对。"),
    ]),
]  # fmt: skip

# (科室, post, name, tier, point, level, measures) of the 股室 staff
BUREAU_STAFF = [
    ("农田建设股", "股长", "甄砚岐", "middle", "工程量签证和变更审核不严，多计工程量", "二级",
     "变更签证经监理、股室、分管领导三级审核。"),
    ("农田建设股", "股长", "甄砚岐", "middle", "建后管护资金拨付不按管护考核结果", "三级", "管护资金按考核结果拨付并公示。"),
    ("计划财务股", "会计", "钭琨霁", "general", "项目资金报账凭证审核不严，超进度拨付", "二级",
     "资金按工程进度和监理意见拨付，凭证双人复核。"),
    ("计划财务股", "会计", "钭琨霁", "general", "涉农资金跨项目挤占挪用", "一级", "涉农资金分项目专账核算，接受审计。"),
]  # fmt: skip


def changli_agri_bureau_leaders_across() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for post, who, points in BUREAU_LEADERS:
        first = len(sh.rows)
        for i, (point, lv, measures) in enumerate(points):
            n += 1
            shown = f"{post}{GAP}{who}" if i == 0 else None
            sh.add(n, shown, None, None, point, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, [], GRADES[lv])
        sh.merge(first, 1, len(sh.rows) - 1, 3)
    first = len(sh.rows)
    for dept, post, who, tier, point, lv, measures in BUREAU_STAFF:
        n += 1
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "主要负责人（签字）：")
    return _layout(
        "changli_agri_bureau_leaders_across",
        "http://yxjlzs.com/zgsr/bmdt/202508/882658d313c64758974643e06a47e6f4.shtml",
        "(harder) 县农业农村局 廉政风险防控一览表, after the source's 区审计局 on 高标准农田建设项目 核查 (项目规划, 资金使用, 工程"
        "质量, 竣工验收, 建后管护): a title, a 填报单位 line, the heading 序号/科室/岗位/姓名/廉政风险点/风险等级/防控措施; "
        "the 股室 rows fill 科室 (merged down), 岗位 and 姓名 (merged per person) each in its column, but each LEADER "
        "(局长, 副局长; no 科室) is written once as ``局长　甄某某`` in ONE block merged ACROSS 科室:姓名 and down over "
        "his rows; ``一级/二级/三级``, no type column; a 制表/审核/签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def changli_farm_machinery_station_cards() -> dict:
    unit = f"{PLACE}农机化技术推广站"
    t = _Truth(unit)
    cards = [
        ("站长", "甄沨璠", "站长", "主持全面工作，分管农机购置与应用补贴", "leader", [
            ("农机购置补贴机具核验走过场，为经销商套取补贴提供便利", "★★★", "补贴机具逐台核验，人机合影存档，按比例抽查回访。"),
            ("指定或暗示购机户选择特定经销商和机型", "★★", "购机户自主选机，站内不推荐任何经销商。"),
            ("接受农机经销企业宴请、礼品", "★", "与经销企业接触双人在场，节前廉洁提醒。"),
        ]),
        ("副站长", "钭蔚岷", "副站长", "分管农机安全监理、驾驶人考试", "leader", [
            ("拖拉机驾驶人考试降低标准、考试结果弄虚作假", "★★★", "考试全程录像，考试员随机抽取。"),
            ("拖拉机登记、检验不到现场查验机具", "★★", "登记检验现场拍照，系统留痕。"),
            ("违规办理报废机具过户、转移登记", "★★", "过户登记材料两人审核，定期抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 38, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "changli_farm_machinery_station_cards", "https://360docs.net/doc/0019604556.html",
        "县农机化技术推广站 岗位廉政风险防控卡, one sheet a leader, after the source's 拖拉机（联合收割机）驾驶证申领 告知书 "
        "and 农业机械安全监督管理条例 (驾驶证申领, 理科/术科考试, 登记, 检验): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def changli_animal_health_posts() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("检疫股", "驻场官方兽医", "general", "屠宰检疫不到岗，未经宰前宰后检疫即出具动物检疫合格证明", "岗位职责风险", "高",
         "驻场官方兽医轮换，检疫过程视频监控。"),
        ("检疫股", "驻场官方兽医", "general", "收受屠宰企业好处，对病害猪无害化处理放松监督", "思想道德风险", "高",
         "无害化处理全程登记，所领导不定期抽查。"),
        ("检疫股", "产地检疫员", "general", "产地检疫申报受理不按规定，先出证后检疫", "业务流程风险", "中",
         "申报受理登记，出证与检疫记录逐项核对。"),
        ("检疫股", "产地检疫员", "general", "动物检疫证明、检疫标志管理混乱，代他人出证", "制度机制风险", "中",
         "检疫证章专人保管，领用核销登记。"),
        ("监督股", "股长", "middle", "养殖场动物防疫条件审查降低标准", "岗位职责风险", "中", "现场审查两人以上，审查意见集体研究。"),
        ("监督股", "监督员", "general", "对违规调运动物的线索瞒案不报", "外部环境风险", "低", "案件线索登记台账，定期通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "changli_animal_health_posts", "http://202.203.159.49:8080/article/detail.aspx?id=676042531",
        "县动物卫生监督所 岗位廉政风险点排查表 对岗不对人, after the source's 动物卫生监督所 paper on 生猪定点屠宰中官方兽医"
        "的职责 (屠宰检疫, 动物检疫合格证明, 染疫猪, 病死猪): a title, 序号/股室 merged/岗位 merged per post/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def changli_law_enforcement_group_rows() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "甄晗邃", "leader", [
                ("种子、农药违法案件处罚不经集体审议，自由裁量畸轻畸重", "一级风险", "重大案件集体审议，执行自由裁量基准。"),
            ]),
            ("副大队长", "钭珥澜", "leader", [
                ("对涉案农资经营户说情打招呼，干预案件查处", "一级风险", "说情干预登记报告，案件办理全程留痕。"),
            ]),
        ]),
        ("二、种子农药中队", "种子农药中队", [
            ("中队长", "甄朏熹", "middle", [
                ("种子标签不合规案件立案后不调查取证、压案不办", "二级风险", "立案案件限时办结，大队定期督办。"),
                ("抽检样品封样、送检环节调换样品", "二级风险", "抽样两人以上，封样拍照，当事人签字。"),
            ]),
            ("执法队员", "钭湜霈", "general", [
                ("执法检查中吃拿卡要，收受经营户财物", "三级风险", "执法记录仪全程佩戴，公开举报电话。"),
            ]),
        ]),
        ("三、畜牧兽医中队", "畜牧兽医中队", [
            ("中队长", "钭翾淇", "middle", [
                ("兽药饲料违法线索不移送、以罚代刑", "二级风险", "涉刑线索按规定移送，移送情况报大队备案。"),
            ]),
            ("执法队员", "甄溥琰", "general", [
                ("扣押、没收的假劣兽药保管处置不规范", "三级风险", "罚没物品专库存放，处置集体监督。"),
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
        "changli_law_enforcement_group_rows",
        "https://www2.cfsn.cn/front/web/mobile.shengnewshow?lmid=5&newsid=5977&sjid=23",
        "县农业综合行政执法大队 廉政风险防控责任清单, after the source's 县 种子市场 执法 (巡回检查, 标签和使用说明, 立案, "
        "调查取证, 罚款): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、大队领导``, ``二、种子农药中队``, ``三、畜牧兽医中队`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def changli_grape_center_list() -> dict:
    unit = f"{PLACE}葡萄产业服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "钭旻翙", "leader", "葡萄产业扶持资金分配不经集体研究", "制度机制", "高风险",
         "扶持资金分配方案经主任办公会研究并公示。"),
        ("中心领导", "主任", "钭旻翙", "leader", "接受葡萄酒庄、采摘园经营者宴请和礼品", "思想道德", "中风险",
         "与服务对象交往报告，节前廉洁提醒。"),
        ("技术服务科", "科长", "甄璆霆", "middle", "鲜食葡萄新品种示范园选定优亲厚友", "岗位职责", "高风险",
         "示范园申报条件公开，评审打分公示。"),
        ("技术服务科", "技术员", "钭骞沅", "general", "葡萄苗木补贴数量核查不实", "业务流程", "中风险",
         "补贴数量入户核查，村组公示无异议后报账。"),
        ("综合科", "会计", "甄瑱峤", "general", "采摘节、展销会经费报销凭证不实", "岗位职责", "低风险",
         "活动经费预算审批，报销凭证附活动清单。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "联系电话：", None, None, None, None)
    return _layout(
        "changli_grape_center_list", "https://td.fyun.cc/detail/a011bfd178531e210658453b892702bef17cb9db.html",
        "县葡萄产业服务中心 岗位廉政风险防控一览表, after the source's 昌黎县 葡萄产业 feature (鲜食葡萄, 采摘, 民宿, "
        "葡萄沟, 观光采摘、设施栽培): ``附件2``, a title, a 填报单位（盖章）/填报时间 line, then 部门/岗位/责任人 on EVERY "
        "row, 廉政风险点, 风险类型 (short names), 风险等级 ``高风险/中风险/低风险``, 防控措施; a 填表人 line",
        [sh], t,
    )  # fmt: skip


def changli_testing_station_selfchecks() -> dict:
    unit = f"{PLACE}农产品质量安全检测站"
    t = _Truth(unit)
    people = [
        ("钭滢珣", "检测室", "检测员", "general", [
            ("农残快速检测样品不按规程前处理，检测数据弄虚作假", "Ⅰ级", "检测原始记录双人签字，仪器数据自动留存。", "无"),
            ("接受受检基地、市场经营户请托，不合格结果不报告", "Ⅰ级", "不合格结果当日报告，站长复核。", "无"),
            ("检测试剂领用登记不全，私自外借", "Ⅲ级", "试剂出入库登记，每季度盘点。", "已整改"),
        ]),
        ("甄霂棠", "质量管理室", "审核员", "general", [
            ("检测报告审核不严，签发未经复检的报告", "Ⅱ级", "报告三级审核，复检样品留样备查。", "无"),
            ("抽样任务分配时透露抽检计划", "Ⅱ级", "抽检计划保密，抽样前一天分配任务。", "无"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
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
        "changli_testing_station_selfchecks", "http://www.lukou.gov.cn/c18481/20200117/i1398327.html",
        "县农产品质量安全检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "县农产品质量检验检测站 农残抽检 月报 (生产基地, 农贸市场, 酶抑制法快速检测, 检测人员, 审核): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def changli_agri_tech_center_two_sheets() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钭琤嵘", "主任", "主持全面工作", [
            ("良种补贴、耕地地力保护项目实施方案制定带有倾向性", "一级", "实施方案经中心班子会研究，报局审定。"),
            ("农技推广项目物资采购指定供应商", "一级", "物资采购按政府采购程序，结果公示。"),
        ]),
        ("甄毓晅", "副主任", "分管粮油生产、良种补贴", [
            ("良种补贴面积核实不实，虚报补贴品种面积", "二级", "补贴面积入户抽查，村级公示。"),
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
        ("粮油科", "科长", "钭皓湉", "middle", "补贴资金“一折通”发放名册审核把关不严", "一级", "发放名册与补贴册子逐户比对。"),
        ("粮油科", "技术员", "甄熠崧", "general", "示范田观摩、培训经费虚列人数", "三级", "培训签到表、照片存档备查。"),
        ("植保植检科", "科长", "钭钤澔", "middle", "植物检疫证书违规签发", "二级", "检疫证书两人审核签发，台账登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "changli_agri_tech_center_two_sheets", "http://theworldseeds.cn/index.php?p=40235",
        "县农业技术推广中心 廉政风险防控一览表 in TWO SHEETS, after the source's 良种补贴 检查 (入户调查, 一折通金额, 良种补贴"
        "册子面积, 补贴品种): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def changli_rural_economy_station_register() -> dict:
    unit = f"{PLACE}农村经济经营管理站"
    sh = _Sheet("登记表", [6, 14, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "甄渟瑀", "leader", "农村集体经济审计结论受人情干扰，审计问题不移送", "思想道德", "高",
         "审计结论集体复核，问题线索按规定移送。"),
        ("审计股", "股长", "钭濛璟", "middle", "审计人员与被审计村组有利害关系不回避", "制度机制", "高",
         "审计组组成实行回避登记。"),
        ("审计股", "股长", "钭濛璟", "middle", "集体资产处置审核不严，低价处置", "岗位职责", "中", "资产处置评估后公开交易。"),
        ("承包管理股", "股长", "甄珏沚", "middle", "土地承包经营权流转合同鉴证把关不严", "业务流程", "中",
         "流转合同鉴证两人审核，归档备查。"),
        ("承包管理股", "科员", "钭岑湄", "general", "土地承包纠纷调解中偏袒一方", "岗位职责", "低", "调解过程记录，调解员回避。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险等级分高、中、低三级；风险类别按思想道德、制度机制、岗位职责、业务流程填写。",
        8,
    )
    sh.add("编制人：", None, None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "changli_rural_economy_station_register", "http://crsrw.com/falvzixun/100046.html",
        "县农村经济经营管理站 廉政风险点排查登记表, after the source's 农村集体经济审计 条例 (审计人员, 利害关系回避, 集体"
        "资产, 审计证): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    changli_agri_bureau_leaders_across(),
    changli_farm_machinery_station_cards(),
    changli_animal_health_posts(),
    changli_law_enforcement_group_rows(),
    changli_grape_center_list(),
    changli_testing_station_selfchecks(),
    changli_agri_tech_center_two_sheets(),
    changli_rural_economy_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch779-inbox"))
