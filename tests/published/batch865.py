"""The eight-hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's natural
resources and real estate bodies, 沅陵县 (of 怀化市, 湖南省) — its 自然资源局, 自然资源综合行政执法大队,
土地储备中心, 自然资源事务中心, 地质环境监测站 and two 乡镇自然资源所 (官庄镇, 马底驿乡) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged — 矿产资源管理股, 国土空间规划股 — ``岗位 | 姓名`` merged per person),
  ``一级/二级/三级``, no type column;
- the 自然资源综合行政执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 土地储备中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 官庄镇自然资源所's 责任清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 马底驿乡自然资源所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 自然资源事务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 地质环境监测站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yuanling_realestate_center_point_update``: the 不动产登记中心's 岗位廉政风险点动态调整表 (2025年), an
  ordinary list (``序号 | 科室 | 岗位 | 姓名 | … | 风险等级 | 防控措施``, 科室 merged, 岗位 and 姓名 merged
  per person) whose point stands in TWO columns side by side, ``原风险点（2024年）`` and
  ``调整后风险点（2025年）``: a row whose point was reworded this year has the new wording in the
  second column (the point), a row unchanged has only ``无变化`` there — its point is the 2024
  wording beside it, as the ``注：`` line says (``调整后风险点栏填“无变化”的，沿用原风险点``) — and a new
  point has ``—`` (``新增``) in the first column. It was meant as a shape the README's 读得懂的表 does
  not describe, but it does: its 表的边界 paragraph says ``原风险点 | 调整后风险点`` 的动态调整表取调整后的,
  写 ``同左``、``不变`` 的取原来的 (batch176 first met it); the grep before building looked for ``无变化``
  and ``上年`` and missed that sentence. Measured as built (see tests/test_batch865.py), it reads in full.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市自然资源局 notice on 矿业权审批
精细化管理 — 受理窗口前移, 限时办结, 出让登记; a 不动产登记中心 印章管理制度 — 业务办理章, 专柜存放, 借用登记;
a news report on 违法征地 — 征地拆迁指挥部, 未批先征; a report on 宅基地 借名建房 — 资格权审查, 一户一宅;
a 自然资源部 通报 on 宅基地 非法出售 — 违法占地, 规划许可, 工程招标; a 省厅 notice on 采矿权转让审批 —
公示公开, 交易机构, 受让人资质; a 联席会议 on 矿产资源开发秩序 — 无证开采, 越界开采, 联合执法; a
矿产资源条例 — 年检, 动态监管, 矿山地质环境保护) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames 瞿
and 符 with rare given names); every unit is a body of 沅陵县.

Run ``python tests/published/score.py --set batch865`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is the ``调整后风险点（2025年）`` text, or, where that cell says
  ``无变化``, the ``原风险点（2024年）`` text; a 2024 wording replaced by a new one is no point (it is
  last year's); holders as the 科室/岗位/姓名 columns give them; the ``注：`` line and the sign-off line
  are no points;
- ``局领导``, ``所领导``, ``大队领导``, ``中心领导``, ``站领导`` (a group row, a 科室 cell) are the 科室 of
  those leaders; the 自然资源局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no
  科室; a 局's 股, a 大队's 中队, a 中心's or 站's 科 or 股 are 科室;
- every body is a unit of its own: 局长, 副局长, 大队长, 主任, 副主任, 所长, 副所长 and 站长 are leaders;
  股长, 科长 and 中队长 middle; the rest (股员, 执法队员, 会计, 登记员, 审核员, 测绘员, 监测员, 协管员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 执法大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b865_"
PLACE = "沅陵县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SAME = "无变化"
NEW = "—"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(原风险点（2024年）, 调整后风险点（2025年）, 风险等级, 防控措施)])
UPDATED = [
    ("中心领导", "主任", "瞿砚蘅", "leader", [
        ("登记业务印章管理不严，违规用印", SAME, "一级", "业务办理章专柜存放、专人保管，用印逐笔登记。"),
        ("对疑难登记案件个人拍板", "疑难登记案件不经集体会审，由个人决定是否登簿", "一级",
         "疑难案件提交中心会审，会审意见存档。"),
        (NEW, "为关系人查询他人不动产登记信息打招呼", "二级", "查询凭证件和查询申请，系统留痕。"),
    ]),
    ("登记科", "科长", "符岚翮", "middle", [
        ("审核把关不严，对材料不全的申请予以登簿", SAME, "一级", "审核实行初审、复审两级，复审意见留痕。"),
        ("抵押登记办理中吃拿卡要", "抵押登记办理中向银行或申请人索要好处，故意拖延办结", "二级",
         "抵押登记限时办结，超时系统预警。"),
    ]),
    ("登记科", "登记员", "瞿澍棻", "general", [
        ("受理时未核验身份证明，冒名办理转移登记", SAME, "一级", "身份证识别器核验，留存到场照片。"),
        ("缮证时擅自更改登簿信息", SAME, "二级", "缮证与登簿分岗，证书打印前核对。"),
        (NEW, "为中介机构插队办理、提前预约号源", "三级", "号源统一由预约系统发放，窗口不得加号。"),
    ]),
    ("权籍调查科", "测绘员", "符湄翚", "general", [
        ("权籍调查测量数据弄虚作假", "权籍调查中少量、多量面积，测绘成果与实地不符", "二级",
         "测绘成果抽检复核，误差超限的重测。"),
        ("收取调查对象的礼品礼金", SAME, "三级", "签订廉洁承诺书，外业调查两人同行。"),
    ]),
]  # fmt: skip


def yuanling_realestate_center_point_update() -> dict:
    unit = f"{PLACE}不动产登记中心"
    ncols = 8
    sh = _Sheet("动态调整表", [6, 11, 9, 9, 32, 32, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点动态调整表（2025年）", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年3月", ncols)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "姓名",
        "原风险点（2024年）",
        "调整后风险点（2025年）",
        "风险等级",
        "防控措施",
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in UPDATED:
        for old, new, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, old, new, lv, measures)
            point = old if new == SAME else new
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：调整后风险点栏填“无变化”的，沿用原风险点；原风险点栏填“—”的为本年新增风险点。",
        ncols,
    )
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yuanling_realestate_center_point_update", "https://www.360docs.net/doc/9919158120.html",
        "(harder) 县不动产登记中心 岗位廉政风险点动态调整表, after the source's 不动产登记中心 印章管理制度 (业务办理章, 专柜存放, "
        "专人保管, 借用登记): a title, a merged 填报单位 line, one heading row ``序号 | 科室 | 岗位 | 姓名 | 原风险点（2024年） | "
        "调整后风险点（2025年） | 风险等级 | 防控措施``; 科室 merged, 岗位 and 姓名 merged per person; a reworded point has its new "
        "wording in the 2025 column (the point), an unchanged one only ``无变化`` there (the point is the 2024 text), a new "
        "one ``—`` in the 2024 column; ``一级/二级/三级``, no type column; a ``注：`` line saying so and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuanling_natural_resources_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("瞿峋芷", "局长", "主持全面工作", [
            ("砂石土类采矿权出让方案未经局党组会研究", "一级", "采矿权出让方案经局党组会集体研究，进入公共资源交易平台。"),
            ("干预国土空间规划调整", "一级", "规划调整经规划委员会审议，依法公示。"),
        ]),
        ("符璟沇", "副局长", "分管矿产资源、地质环境", [
            ("矿业权延续、变更审批超时限或违规放宽条件", "一级", "审批纳入限时办结系统，审查要点逐项留痕。"),
            ("矿山地质环境治理恢复验收走过场", "二级", "验收邀请专家和乡镇参加，结果公示。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("矿产资源管理股", "股长", "瞿槿昳", "middle", "采矿许可申报材料审查中接受矿山企业请托", "一级",
         "申报材料两人审查，审查意见书面留存。"),
        ("矿产资源管理股", "股长", "瞿槿昳", "middle", "储量动态监管数据核查不实", "二级", "储量年报实地抽查，与卫片比对。"),
        ("矿产资源管理股", "股员", "符霁岫", "general", "矿业权出让收益催缴不及时", "三级", "建立出让收益台账，按季度催缴。"),
        ("国土空间规划股", "股长", "瞿沂蘅", "middle", "规划条件出具中擅自变更容积率", "一级", "规划条件经集体审查后出具并公开。"),
        ("国土空间规划股", "股员", "符淼琊", "general", "建设项目用地预审意见审查不严", "二级", "预审意见实行股室会审。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yuanling_natural_resources_bureau_two_sheets", "https://baoshan.gov.cn/info/3532/9598114.htm",
        "县自然资源局 廉政风险防控一览表 in TWO SHEETS, after the source's 市自然资源局 notice on 矿业权审批 精细化管理 (受理窗口前移到县, "
        "出让登记, 延续、变更、注销, 限时办结): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yuanling_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}自然资源综合行政执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "违法用地案件查处", "对违法占地案件压案不查、以罚代拆", "岗位职责风险", "高",
         "案件立案、处罚经集体审议，结案情况公开。"),
        ("执法一中队", "中队长", "middle", "无证开采查处", "对无证开采、越界开采通风报信", "思想道德风险", "高",
         "巡查与查处分离，联合执法行动保密。"),
        ("执法一中队", "中队长", "middle", "罚没砂石处置", "罚没砂石处置不公开，低价变卖", "制度机制风险", "中",
         "罚没物资委托公开拍卖，收入缴国库。"),
        ("执法二中队", "执法队员", "general", "动态巡查", "卫片图斑核查不到现场，虚报核查结果", "业务流程风险", "中",
         "核查照片带定位和时间水印，抽查复核。"),
        ("执法二中队", "执法队员", "general", "现场勘验", "勘验笔录避重就轻，少记违法面积", "外部环境风险", "低",
         "勘验两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yuanling_enforcement_brigade_posts", "http://xieliaobaba.com//news/2006/2006-01-23/8/682000.shtml",
        "县自然资源综合行政执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 部际联席会议 on 矿产资源开发秩序 (无证勘查开采, "
        "越界开采, 联合执法, 动态巡查): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yuanling_land_reserve_list() -> dict:
    unit = f"{PLACE}土地储备中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "瞿翀萸", "leader", "土地收储项目未批先征、先征后报", "制度机制", "高风险",
         "收储项目报县政府批准后实施，手续不全不启动。"),
        ("中心领导", "主任", "瞿翀萸", "leader", "收储补偿标准个人说了算", "岗位职责", "高风险", "补偿方案经集体研究并公示。"),
        ("收储科", "科长", "符岱漪", "middle", "地上附着物清点登记弄虚作假", "业务流程", "中风险",
         "清点两人以上，权利人签字确认。"),
        ("收储科", "科员", "瞿楸岚", "general", "收储地块看护不力，被私自占用", "外部环境", "低风险", "定期巡查，设立界桩和告示牌。"),
        ("财务科", "会计", "符沣昙", "general", "收储资金拨付不按协议进度", "业务流程", "中风险",
         "拨付凭协议和进度资料，主任、分管领导会签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yuanling_land_reserve_list", "http://jn.house.dzwww.com/news/chinabuilding/201107/t20110712_6071430.htm",
        "县土地储备中心 岗位廉政风险防控一览表, after the source's report on 违法违规用地 (征地拆迁指挥部, 未批先征, 补偿): ``附件1``, "
        "a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def yuanling_guanzhuang_station_group_rows() -> dict:
    unit = f"{PLACE}官庄镇自然资源所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "瞿珵芑", "leader", [
                ("农村宅基地审批初审中为非本集体经济组织成员出具意见", "一级风险", "初审意见经所务会研究，村组公示。"),
                ("对借名建房默许放行", "一级风险", "建房申请人与出资人一致性核查。"),
            ]),
        ]),
        ("二、业务股", "业务股", [
            ("股长", "符曦沅", "middle", [
                ("宅基地“一户一宅”核查不到位", "二级风险", "核查户籍和不动产登记信息，留存核查记录。"),
            ]),
            ("协管员", "瞿溆桐", "general", [
                ("建房放线、验收不到现场", "二级风险", "放线、验收现场拍照，村干部共同签字。"),
                ("发现违法占地不报告", "三级风险", "巡查日志每日填写，所长每周抽查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "yuanling_guanzhuang_station_group_rows", "https://www.chujupifa.com/read/-dy-article-JUUT630B05561IXQ.html",
        "镇自然资源所 廉政风险防控责任清单, after the source's report on 宅基地 借名建房 (资格权审查, 一户一宅, 非本集体经济组织成员): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、业务股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yuanling_madiyi_station_cards() -> dict:
    unit = f"{PLACE}马底驿乡自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "符芷潇", "所长", "主持全面工作，分管用地审批", "leader", [
            ("村民建房规划许可审查放宽条件", "★★★", "规划许可条件公开，审查意见所务会通过。"),
            ("对违法占地建房不制止、不上报", "★★★", "违法占地发现即制止，24小时内上报。"),
            ("接受建房户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副所长", "瞿酉辰", "副所长", "分管耕地保护、地灾防治", "leader", [
            ("耕地占补平衡项目验收不严", "★★", "验收会同农业农村部门，结果公示。"),
            ("地质灾害隐患点巡查记录造假", "★★", "巡查定位打卡，乡政府抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}干部廉政风险防控卡", 4)
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
        "yuanling_madiyi_station_cards", "http://www.zhekoubao.cn/zhuanlan/36424.html",
        "乡自然资源所 干部廉政风险防控卡, one sheet a person, after the source's 自然资源部 通报 on 宅基地 非法出售 (违法占地, 规划许可, "
        "违法建设): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yuanling_affairs_center_selfchecks() -> dict:
    unit = f"{PLACE}自然资源事务中心"
    t = _Truth(unit)
    people = [
        ("瞿檩涵", "中心领导", "主任", "leader", [
            ("矿业权出让交易信息不按规定公示", "Ⅰ级", "交易信息在交易机构和门户网站同步公示。", "已落实"),
            ("测绘项目委托不比选", "Ⅱ级", "测绘项目三家以上比选，结果公开。", "未发现问题"),
        ]),
        ("符沅蕤", "测绘地理信息股", "测绘员", "general", [
            ("测绘成果提供不办审批手续", "Ⅰ级", "成果提供登记审批，涉密成果专人管理。", "已落实"),
            ("外业测量补助虚报天数", "Ⅲ级", "外业记录与考勤核对。", "已落实"),
        ]),
        ("瞿栎霑", "交易服务股", "审核员", "general", [
            ("受让人资质审查把关不严", "Ⅱ级", "资质材料双人审查，审查表存档。", "未发现问题"),
            ("向竞买人泄露其他竞买人信息", "Ⅰ级", "竞买人信息保密，交易场所全程录像。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuanling_affairs_center_selfchecks", "https://fx361.cc/page/2013/0128/16003321.shtml",
        "县自然资源事务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省厅 notice on "
        "采矿权转让审批 (公示公开, 矿业权交易机构, 受让人资质): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yuanling_geo_monitoring_register() -> dict:
    unit = f"{PLACE}地质环境监测站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "符翮岚", "leader", [
            ("地灾治理工程施工单位选定不按程序", "制度机制", "一级", "工程一律公开招标，站务会不得指定。"),
            ("矿山地质环境治理恢复基金使用审核不严", "岗位职责", "二级", "基金使用凭方案和验收资料审核。"),
        ]),
        ("监测科", "科长", "瞿岍蘅", "middle", [
            ("监测数据报送迟报、瞒报", "业务流程", "二级", "数据自动采集上传，人工数据双人复核。"),
        ]),
        ("监测科", "监测员", "符棣湄", "general", [
            ("监测设备维护费用虚列", "思想道德", "一级", "维护记录与发票逐项核对。"),
            ("群测群防员补助发放不实", "外部环境", "三级", "补助名单乡镇核实并公示。"),
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
        "yuanling_geo_monitoring_register", "http://www.lawyee.com.cn/html/text/lar/170593/17059351_3.html",
        "县地质环境监测站 廉政风险点排查登记表, after the source's 矿产资源条例 (动态监管, 年检, 矿山地质环境保护, 行政管理合同): a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuanling_realestate_center_point_update(),
    yuanling_natural_resources_bureau_two_sheets(),
    yuanling_enforcement_brigade_posts(),
    yuanling_land_reserve_list(),
    yuanling_guanzhuang_station_group_rows(),
    yuanling_madiyi_station_cards(),
    yuanling_affairs_center_selfchecks(),
    yuanling_geo_monitoring_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch865-inbox"))
