"""The nine-hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water bodies,
萨迦县 (日喀则市, 西藏自治区) — its 水利局, 水利工程管理站, 灌区管理所, 河湖管理中心, 农村饮水安全管理站,
水土保持站 and two 乡镇水利站 (吉定镇, 扯休乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel, and one that travelled by phone:

- the 水利局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 水利工程管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 灌区管理所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 河湖管理中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 农村饮水安全管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 吉定镇水利站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 扯休乡水利站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``sakya_soil_conservation_wechat_relay``: the 水土保持站's 风险点排查 collected as a WECHAT GROUP
  RELAY (群接龙) and pasted from the phone into column A of a sheet, one relay line a row: a
  ``#接龙`` line, the station's request (``…请各岗位按以下格式接龙，风险等级填高、中、低：``), the
  template line ``例　岗位　姓名：风险点（等级）；风险点（等级）`` (no holder, no point), then one numbered
  entry a person, ``1. 站长　智翀砚：…（高）；…（中）``, each entry its holder's post and name before the
  ``：`` and his points after it, parted by ``；``, each ending in its level in brackets. The README's
  读得懂的表 knows a Word outline pasted into one column (a holder line ``局长：某某`` over numbered
  point lines ending in a bracketed level), rows typed into one cell split by spaces or by
  commas/tabs/``|`` under a heading line, a cell ``风险点：…⏎防控措施：…``, a WeChat work-group chat
  export only as not read yet; it does not describe a 接龙 relay: no heading line, a template
  line ``例…`` that names no one, and the holder and ALL his points on ONE numbered line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市水务局's year — 农村供水 水费收缴,
防汛检查, 工程质量监督; the 湘河 and 帕孜 水利枢纽 — 下闸蓄水, 开标; 南木林县's 水利 “十四五” — 灌区,
饮水点养护, 山洪沟治理; 西藏 农牧区水利 — 河道采砂, “四乱”, 水政执法, 中小河流治理; a county's 饮用水源
巡查 — 水管员, 消毒设施, 入户管网; a 县's 农村饮水安全工程运行 — 水费收缴, 供水管理; a 州水务局's 水土保持
双随机抽查 — 方案审批, 弃渣, 自主验收; 小型水利工程 后期管护 — 管护经费, 维修养护) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 智 and 皮 with rare given names); every unit is a body of
萨迦县.

Run ``python tests/published/score.py --set batch926`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered relay line is one holder (post before the full-width space,
  name before the ``：``), each ``；``-part one point (its text without the bracketed level), the
  level ``（高）/（中）/（低）`` = 1/2/3; the ``#接龙`` line, the request and the ``例…`` template line are
  no points and name no holder; no 科室 (the relay names none);
- ``站领导``, ``所领导``, ``中心领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  水利局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's 股 or 组
  and a 中心's 组 are 科室; a group row ``二、河道管理组`` gives the 科室 ``河道管理组``;
- every station, the 所, the 中心 and the 局 are units of their own: 局长, 副局长, 所长, 副所长, 主任,
  副主任 of the 中心, 站长 and 副站长 are leaders; 股长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 水利工程管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b926_"
PLACE = "萨迦县"
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

# (岗位, 姓名, tier, [(风险点, 高/中/低)]) — one relay line a person
RELAY = [
    ("站长", "智翀砚", "leader", [
        ("水土保持方案审批把关不严，为建设单位“开绿灯”", "高"),
        ("水土保持补偿费违规减免、缓缴", "高"),
        ("水土保持设施自主验收报备走过场", "中"),
    ]),
    ("副站长", "皮璆岫", "leader", [
        ("监督检查中对弃渣乱堆乱放问题不处理", "高"),
        ("接受生产建设单位宴请、礼金", "中"),
    ]),
    ("监督员", "智瑒竑", "general", [
        ("双随机抽查对象选择性检查", "中"),
        ("检查发现问题整改核查不实", "低"),
    ]),
    ("治理技术员", "皮翛岚", "general", [
        ("坡耕地治理项目验收面积虚报", "高"),
        ("淤地坝、谷坊工程量签证不实", "中"),
    ]),
    ("会计", "智滢甪", "general", [
        ("治理项目资金拨付不按进度", "中"),
        ("报账票据审核不严", "低"),
    ]),
]  # fmt: skip


def relay_line(n: int, post: str, who: str, points) -> str:
    """One 接龙 entry: ``n. 岗位　姓名：风险点（等级）；风险点（等级）``."""
    return f"{n}. {post}{GAP}{who}：" + "；".join(f"{p}（{lv}）" for p, lv in points)


def sakya_soil_conservation_wechat_relay() -> dict:
    unit = f"{PLACE}水土保持站"
    sh = _Sheet("Sheet1", [120])
    t = _Truth(unit)
    sh.add("#接龙")
    sh.add(f"{unit}岗位廉政风险点排查，请各岗位按以下格式接龙，风险等级填高、中、低：")
    sh.add(f"例{GAP}岗位{GAP}姓名：风险点（等级）；风险点（等级）")
    for n, (post, who, tier, points) in enumerate(RELAY, 1):
        sh.add(relay_line(n, post, who, points))
        for point, lv in points:
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "sakya_soil_conservation_wechat_relay",
        "http://www.diqing.gov.cn/zfxxgk_dqzzf_shuiwuju/fdzdgknr/tzgg/202311/20231104_199855.html",
        "(harder) 县水土保持站 岗位廉政风险点排查 collected as a WECHAT GROUP RELAY (群接龙) and pasted into column A, "
        "after the source's 州水务局 水土保持 双随机抽查 (方案审批, 弃渣堆置, 自主验收, 执法人员): a ``#接龙`` line, the "
        "station's request, a template line ``例　岗位　姓名：风险点（等级）；风险点（等级）``, then one numbered line a "
        "person ``1. 站长　某某：…（高）；…（中）`` — holder and all his points on one line, parted by ``；``, each "
        "point ending in its level 高/中/低 in brackets; no heading, no 科室, no measures",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sakya_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("皮璟骞", "局长", "主持全面工作", [
            ("重大水利项目安排和资金分配个人说了算", "一级", "项目安排和资金分配经局党组会集体研究。"),
            ("为亲友承揽农村供水工程打招呼", "一级", "领导干部插手工程项目登记报告，招标进平台。"),
        ]),
        ("智昶崧", "副局长", "分管防汛抗旱、工程质量监督", [
            ("防汛物资采购不按规定比价", "二级", "防汛物资采购三家比价，纪检组全程监督。"),
            ("工程质量监督检查走过场", "一级", "质量监督检查随机抽取项目，结果通报。"),
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
        ("农村水利股", "股长", "智翊岍", "middle", "农村供水工程水费收缴资金监管不严", "一级",
         "水费收缴情况每季度核查，专户存储。"),
        ("农村水利股", "股长", "智翊岍", "middle", "饮水达标排查数据不实", "二级", "排查数据乡镇签字确认，局里抽查。"),
        ("财务股", "会计", "皮湉峋", "general", "项目资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("财务股", "出纳", "智渟旼", "general", "现金收支不及时入账", "一级", "现金日清月结，每月对账。"),
        ("建设管理股", "股长", "皮潇岵", "middle", "水利工程验收把关不严", "二级", "验收组由业主、监理、乡镇和群众代表组成。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "sakya_water_bureau_two_sheets", "http://xgll.com.cn/xwzx/2024-01/17/content_420633.htm",
        "县水利局 廉政风险防控一览表 in TWO SHEETS, after the source's 市水务局 year (农村供水 水费收缴, 饮水达标排查, "
        "防汛检查, 工程质量监督): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def sakya_works_station_posts() -> dict:
    unit = f"{PLACE}水利工程管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "枢纽工程维修项目", "维修项目施工单位选定暗箱操作", "制度机制风险", "高",
         "维修项目按限额进平台招标，站务会集体研究。"),
        ("运行调度股", "股长", "middle", "下闸蓄水调度", "蓄水、放水不按调度方案，向关系户多放水", "岗位职责风险", "高",
         "调度指令书面下达，放水记录存档。"),
        ("运行调度股", "闸门操作员", "general", "闸门启闭记录", "启闭记录弄虚作假", "业务流程风险", "中",
         "启闭记录双人签字，视频留存。"),
        ("综合股", "会计", "general", "维修养护经费", "养护经费虚列支出", "思想道德风险", "高",
         "养护经费凭验收单报账，站长审批。"),
        ("综合股", "物资管理员", "general", "防汛物资保管", "防汛物资账实不符、私自外借", "外部环境风险", "低",
         "物资出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "sakya_works_station_posts", "http://ttt.tibet.cn/cn/ecology/202210/t20221014_7290242.html",
        "县水利工程管理站 岗位廉政风险点排查表 对岗不对人, after the source's 湘河、帕孜 水利枢纽 (下闸蓄水, 开标, 灌区, "
        "调节): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def sakya_irrigation_office_cards() -> dict:
    unit = f"{PLACE}灌区管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "皮滟昀", "所长", "主持全面工作", "leader", [
            ("灌区配套工程施工单位选定打招呼", "★★★", "配套工程由县水利局组织招标，所里不得插手。"),
            ("渠道维修项目化整为零", "★★★", "维修项目年初列计划，所务会研究。"),
            ("接受用水户宴请", "★", "节前廉洁提醒，签订承诺书。"),
        ]),
        ("副所长", "智澂岱", "副所长", "分管灌溉调度、饮水点养护", "leader", [
            ("灌溉轮次调度向关系户倾斜", "★★", "轮灌计划在村务公开栏公示。"),
            ("饮水点养护经费使用不公开", "★★", "养护经费专账核算，年底公示。"),
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
        "sakya_irrigation_office_cards", "http://www.hylngo.com/tuku/xwtp/2026-01/09/content_500378160.html",
        "县灌区管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 南木林县 水利 “十四五” (水库灌区, "
        "饮水点养护, 山洪沟治理, 灌溉保障): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def sakya_river_lake_centre_group_rows() -> dict:
    unit = f"{PLACE}河湖管理中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "皮瀞峦", "leader", [
                ("河道采砂许可审批把关不严", "一级风险", "采砂许可集体审议，许可结果公开。"),
                ("中小河流治理项目验收放松标准", "一级风险", "验收邀请乡镇和村民代表参加。"),
            ]),
        ]),
        ("二、河道管理组", "河道管理组", [
            ("组长", "智浠崑", "middle", [
                ("“四乱”问题清理整治选择性处理", "二级风险", "清理台账逐项销号，中心抽查。"),
            ]),
            ("巡河员", "皮沚峣", "general", [
                ("巡河记录弄虚作假", "二级风险", "巡河轨迹打卡，记录每月核查。"),
                ("发现非法采砂不制止、不报告", "三级风险", "巡查发现问题当日上报。"),
            ]),
        ]),
        ("三、水政执法组", "水政执法组", [
            ("执法员", "智沄昶", "general", [
                ("水事违法案件查处中说情降低处罚", "二级风险", "案件审核实行初审、复审两级。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "sakya_river_lake_centre_group_rows", "http://www.tibetol.cn/html/2013/xizangyaowen_0226/27.html",
        "县河湖管理中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 西藏 农牧区水利 (河道采砂管理, 河道堤防 "
        "“四乱”, 水政执法, 中小河流治理): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、中心领导``, ``二、河道管理组``, ``三、水政执法组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def sakya_drinking_water_selfchecks() -> dict:
    unit = f"{PLACE}农村饮水安全管理站"
    t = _Truth(unit)
    people = [
        ("智璠峤", "站领导", "站长", "leader", [
            ("消毒设施采购指定供应商", "Ⅰ级", "设施采购三家比价，验收合格后付款。", "已落实"),
            ("供水管网维修项目不经集体研究", "Ⅱ级", "维修项目站务会研究，报县水利局备案。", "未发现问题"),
        ]),
        ("皮渼珣", "水质检测组", "检测员", "general", [
            ("水质检测数据弄虚作假", "Ⅰ级", "检测原始记录双人签字，疾控中心抽检比对。", "已落实"),
            ("水源保护巡查记录代签", "Ⅲ级", "巡查定位打卡，记录每月核查。", "已落实"),
        ]),
        ("智峄沨", "供水管理组", "水管员", "general", [
            ("入户管网接水收受好处", "Ⅰ级", "新增接水经站里审批，入户登记。", "未发现问题"),
            ("水费收取不开票据", "Ⅱ级", "水费缴入专户，收据联号使用。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "sakya_drinking_water_selfchecks", "http://www.anthempetcare.com/CustomTopic/show/livelihood/731808.html",
        "县农村饮水安全管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 饮用水源 "
        "保护巡查 (农村水管员, 入户管网, 消毒设施, 水源保护): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def sakya_jiding_town_station_list() -> dict:
    unit = f"{PLACE}吉定镇水利站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "皮岚翯", "leader", "农村饮水工程运行管护人员选用优亲厚友", "制度机制", "高风险",
         "管护人员由村推荐、站里考核、公示后聘用。"),
        ("站领导", "站长", "皮岚翯", "leader", "饮水工程维修经费使用不公开", "岗位职责", "中风险",
         "维修经费专账核算，年底张榜公布。"),
        ("供水管理", "收费员", "智潆昕", "general", "水费收缴截留、挪用", "业务流程", "高风险",
         "水费专户存储，镇财政所监督。"),
        ("供水管理", "收费员", "智潆昕", "general", "对欠费户选择性停水", "思想道德", "低风险",
         "停水须经站长批准并提前告知。"),
        ("工程管护", "管护员", "皮澍岑", "general", "供水设施巡查不到位、虚报巡查次数", "外部环境", "中风险",
         "巡查记录村干部签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "sakya_jiding_town_station_list", "http://www.qikan.com.cn/article/kxzw20227016.html",
        "镇水利站 岗位廉政风险防控一览表, after the source's 县 农村饮水安全工程运行 七项措施 (水费收缴, 供水管理, 运行管理, "
        "监督渠道): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def sakya_chexiu_township_station_register() -> dict:
    unit = f"{PLACE}扯休乡水利站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "智岫淏", "leader", [
            ("小型水利工程后期管护经费分配不公", "制度机制", "一级", "管护经费按工程数量测算，结果公示。"),
            ("管护人员考核打人情分", "岗位职责", "二级", "考核由乡、村和用水户代表共同打分。"),
        ]),
        ("财务组", "报账员", "皮沄旸", "general", [
            ("维修养护材料报账票据不实", "业务流程", "一级", "材料出入库登记，报账附领用单。"),
        ]),
        ("工程管护组", "管护员", "智淯峥", "general", [
            ("堰塘、渠道维修虚报工程量", "业务流程", "二级", "维修前后拍照留存，站长签字确认。"),
            ("为亲友优先安排灌溉用水", "思想道德", "三级", "用水排序在村务公开栏公示。"),
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
        "sakya_chexiu_township_station_register", "https://m.fx361.cc/news/2023/0720/22435052.html",
        "乡水利站 廉政风险点排查登记表, after the source's paper on 农村小型水利工程 后期管护 (管护资金, 管护人员, "
        "维修养护, 重建轻管): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sakya_soil_conservation_wechat_relay(),
    sakya_water_bureau_two_sheets(),
    sakya_works_station_posts(),
    sakya_irrigation_office_cards(),
    sakya_river_lake_centre_group_rows(),
    sakya_drinking_water_selfchecks(),
    sakya_jiding_town_station_list(),
    sakya_chexiu_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch926-inbox"))
