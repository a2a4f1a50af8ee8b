"""The four-hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 bodies,
宕昌县 (a county of 陇南) — its 自然资源局, 不动产登记中心, 土地储备中心 and 地质灾害防治中心, and the
自然资源所 of four of its towns (理川镇, 南阳镇, 沙湾镇 and, in the harder file, 哈达铺镇) — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 自然资源局's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 地质灾害防治中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 土地储备中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 不动产登记中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above ``序号 | 廉政风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 理川镇自然资源所's 自查表, one sheet a person (tab = the person): a label row ``姓　名 | 岗　位 |
  填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 南阳镇自然资源所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 沙湾镇自然资源所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``dangchang_hadapu_office_holder_by_post``: the 哈达铺镇自然资源所's 排查表 (``序号 | 岗位 | 责任人 |
  廉政风险点 | 风险等级 | 防控措施``), a 所 of two people holding four posts. The 所长 and the
  国土资源管理员 are named in their 责任人 cells; the two other posts are held CONCURRENTLY by them,
  and their 责任人 cells give NO NAME, only the post whose holder holds them: ``由所长兼任`` beside
  ``地质灾害巡查员`` and ``国土资源管理员兼`` beside ``档案管理员``. The holder of those rows must be
  found by looking up the row of the post named (所长 → 仝翙岍, 国土资源管理员 → 邴湉玥). The README's
  读得懂的表 knows a concurrent holder written by NAME (``睢霁澄（兼）``, ``石磊(兼)`` with a 备注
  ``由建设管理员兼任``, ``副站长兼质量检验股股长`` in one post cell, a 备注 ``副所长兼`` beside a named
  holder), a holder cell ``同上`` (the row above), a cross-reference to another row's POINT
  (``同序号14``), a post typed onto the name (``局长嵇淏岷``), a vacant post (``空缺``) and a
  holder named ``各班班主任``; it does not describe a holder cell that names ANOTHER POST instead of a
  person, so that the name has to be looked up in that post's row (a cross-reference for holders).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县自然资源局's 汛期 地质灾害隐患
排查整治 with 群测群防员; a 州's rules for 群测群防 专职监测员; a 省 guide to 土地征收补偿标准; how long a
不动产权证书 takes after 契税; a 县国土局's 汛后 地质灾害核查 by the towns; a 区国土分局's 隐患排查 with
数据台账; a 县自然资源和规划局's 巡查 of 隐患点 with its 所; a 区自然资源局's 地质科 and 国土所 checking
监测员 在岗 and 巡查记录) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names);
every unit is a body of 宕昌县.

Run ``python tests/published/score.py --set batch467`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 责任人 cell naming a post (``由所长兼任``, ``国土资源管理员兼``) is the holder of
  that post as named in its own row; the row's post (``地质灾害巡查员``, ``档案管理员``) is a form of
  its own for that person (one form per post, as batch75 and batch140 took a concurrent post), with
  the tier of the post held (general), not of the holder's main post;
- ``局领导``, ``中心领导`` (a 科室/股室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's 股
  and a 中心's 股 are 科室; a 镇自然资源所 has no 科室: its group rows ``一、所领导``, ``二、工作人员`` give
  no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, 所长 are leaders; 股长
  middle; the rest (科员, 登记员, 审核员, 技术员, 监测员, 国土资源管理员, 地质灾害巡查员, 档案管理员,
  执法监察员, 测绘员, 会计, 出纳) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 地质灾害防治中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b467_"
PLACE = "宕昌县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (岗位, 责任人 cell, the holder, tier, [(廉政风险点, 风险等级, 防控措施)])
OFFICE = [
    ("所长", "仝翙岍", "仝翙岍", "leader", [
        ("农村宅基地审批初审意见把关不严", "高", "初审实行所务会研究，结果在村务公开栏公示。"),
        ("违法占地查处降格处理、以罚代拆", "高", "查处意见报局执法监察股复核。"),
    ]),
    ("国土资源管理员", "邴湉玥", "邴湉玥", "general", [
        ("建房放线不到现场，放线与审批不符", "中", "放线到场拍照，照片存档。"),
        ("耕地占用情况巡查记录不实", "中", "巡查记录附定位照片，所长每周抽查。"),
    ]),
    ("地质灾害巡查员", "由所长兼任", "仝翙岍", "general", [
        ("隐患点监测员在岗情况检查走过场", "中", "检查结果报县地质灾害防治中心备案。"),
        ("群测群防员补助发放名册虚报人数", "高", "补助名册村委会签字并公示。"),
    ]),
    ("档案管理员", "国土资源管理员兼", "邴湉玥", "general", [
        ("宅基地审批档案私自借出、涂改", "低", "档案借阅登记，审批表扫描留底。"),
    ]),
]  # fmt: skip


def dangchang_hadapu_office_holder_by_post() -> dict:
    unit = f"{PLACE}哈达铺镇自然资源所"
    sh = _Sheet("排查表", [6, 14, 16, 38, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, cell, who, tier, points in OFFICE:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, cell, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("所长（签字）：", None, "填表人：", None, "2025年5月", None)
    return _layout(
        "dangchang_hadapu_office_holder_by_post",
        "https://www.ylq.gov.cn/zfxxgk/bmxxgk/zfbm/zrzyj/ywgz/1907280881943900161.html",
        "(harder) 镇自然资源所 岗位廉政风险排查表, after the source's 国土所 checking 监测员 在岗, 巡查记录 and 明白卡 of the "
        "隐患点 with the 局's 地质科: 序号/岗位 and 责任人 merged per post/廉政风险点/高/中/低/防控措施, no type column; two "
        "people hold four posts and the 责任人 cells of the two CONCURRENT posts give NO NAME, only the post whose holder "
        "holds them (``由所长兼任``, ``国土资源管理员兼``); a 所长（签字）/填表人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dangchang_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郗湛岷", "leader", [
            ("地质灾害治理项目安排不经党组集体研究", "制度机制", "高", "项目安排经党组会研究并公开。"),
            ("插手干预排查队伍选定", "思想道德", "高", "插手干预事项登记报告。"),
        ]),
        ("国土空间规划股", "股长", "訾澐峤", "middle", [
            ("村庄规划调整为特定对象开口子", "岗位职责", "中", "规划调整经专家论证并公示。"),
        ]),
        ("执法监察股", "科员", "缑珏沄", "general", [
            ("切坡建房违法行为发现不报", "业务流程", "中", "巡查记录上传系统，股长复核。"),
            ("接受当事人宴请后减轻处罚", "外部环境", "低", "处罚案件法制审核，结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "dangchang_bureau_list", "http://www.wushan.gov.cn/info/15541/1574842.htm",
        "县自然资源局 岗位廉政风险防控一览表, after the source's 汛期 地质灾害隐患 排查整治 (专业排查队伍, 群测群防员, 切坡建房, "
        "领导带班): a title, 序号/科室 merged (局领导, 国土空间规划股, 执法监察股)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dangchang_geohazard_center_posts() -> dict:
    unit = f"{PLACE}地质灾害防治中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, warn, work = "中心领导", "监测预警股", "防治工程股"
    rows = [
        (lead, "主任", "leader", "监测员选聘", "专职监测员选聘不公开，照顾亲友", "思想道德风险", "Ⅰ级",
         "选聘条件和结果村级公示。"),
        (lead, "主任", "leader", "补助经费拨付", "监测补助经费拨付不按考核结果", "制度机制风险", "Ⅱ级",
         "补助按季度考核拨付，考核表存档。"),
        (warn, "监测员", "general", "巡查记录", "巡查记录补记、代签", "岗位职责风险", "Ⅱ级",
         "巡查定位打卡，记录当日上传。"),
        (warn, "监测员", "general", "险情速报", "隐患点变化瞒报、迟报", "业务流程风险", "Ⅰ级",
         "速报实行双人核对，超时问责。"),
        (work, "技术员", "general", "治理工程验收", "治理工程验收降低标准", "外部环境风险", "Ⅰ级",
         "验收邀请第三方和纪检人员参加。"),
        (work, "技术员", "general", "工程量签证", "工程量签证虚增", "岗位职责风险", "Ⅲ级",
         "签证现场影像留存，股长复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "dangchang_geohazard_center_posts", "https://dnr.lsz.gov.cn/hdjl/gyxdzzl/201611/t20161109_1032489.html",
        "县地质灾害防治中心 廉政风险点排查表 对岗不对人, after the source's rules for 群测群防 专职监测员 (隐患点, 巡视, 记录, "
        "预警信号): a title, 序号/股室 merged (中心领导, 监测预警股, 防治工程股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def dangchang_land_reserve_two_sheets() -> dict:
    unit = f"{PLACE}土地储备中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("殳翀岫", "主任", "主持全面工作", [
            ("收储地块补偿方案不经集体研究", "一级", "补偿方案中心会议研究，报局党组审定。"),
            ("储备土地临时利用私自出租", "二级", "临时利用报局审批，租金入专户。"),
        ]),
        ("隗湄琤", "副主任", "分管征收补偿", [
            ("征收补偿标准执行不一", "一级", "补偿标准公开，补偿清册公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("收储股", "股长", "衡沨珺", "middle", "地上附着物清点数量不实", "二级", "清点两人以上，权利人签字确认。"),
        ("收储股", "测绘员", "羿沅琨", "general", "收储地块面积测量放宽误差", "二级", "测量成果第三方复核。"),
        ("财务股", "会计", "巩瀞岷", "general", "征收补偿款未按清册支付", "一级", "补偿款直达个人账户，按月对账。"),
        ("财务股", "会计", "巩瀞岷", "general", "储备资金账外核算", "三级", "储备资金专户核算。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "dangchang_land_reserve_two_sheets", "https://hbbwzsytb.com/tag/山西省土地征收补偿标准2024年.html",
        "县土地储备中心's file in two sheets, after the source's 土地征收补偿标准 (补偿, 地上附着物, 安置): ``中心领导`` with "
        "姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dangchang_registry_cards() -> dict:
    unit = f"{PLACE}不动产登记中心"
    t = _Truth(unit)
    cards = [
        ("主任", "郏沣璘", "leader", [
            ("登簿审核为不符合条件的申请开绿灯", "★★★", "登簿实行初审、复审两级，系统留痕。"),
            ("窗口人员安排照顾关系", "★★", "窗口轮岗方案中心会议研究。"),
        ]),
        ("登记员", "芮霡翾", "general", [
            ("受理材料不全即办理转移登记", "★★", "受理清单一次性告知，系统校验。"),
            ("办理时限内故意拖延索要好处", "★", "办理时限公开，超时自动预警。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "dangchang_registry_cards", "https://www.zhetiaohe.com/ss/73b646f9cb8fd3013edae8a3b9fa40c818388d2a635ac5a80d1cbdeb97bd23de1d083ec93eeef8e0.html",
        "不动产登记中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 登记员), after the source's how long a 不动产权证书 "
        "takes after 契税 (受理, 审核, 登簿, 时限): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def dangchang_lichuan_office_selfchecks() -> dict:
    unit = f"{PLACE}理川镇自然资源所"
    t = _Truth(unit)
    people = [
        ("蒯岚沨", "所长", "leader", [
            ("汛后隐患点核查数据不实", "高风险", "核查结果附照片，报县局复核。", "已落实"),
            ("所内办公经费报销不规范", "中风险", "报销经镇财政所审核。", "未发现问题"),
        ]),
        ("逯翊瑄", "执法监察员", "general", [
            ("违法用地巡查发现不报", "中风险", "巡查轨迹系统留存。", "已落实"),
            ("受威胁群众户数统计随意", "低风险", "户数与村委会名册核对。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dangchang_lichuan_office_selfchecks", "https://zrzy.ankang.gov.cn/Content-103376.html",
        "镇自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 汛后 地质灾害 核查 "
        "(隐患点 动态变化, 责任人和监测人, 受威胁群众 户数): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def dangchang_nanyang_office_group_rows() -> dict:
    unit = f"{PLACE}南阳镇自然资源所"
    sh = _Sheet("责任清单", [6, 14, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "鄢沚琅", "leader", [
                ("隐患点数据台账填报不实", "一级风险", "台账与县中心数据比对。"),
                ("监测员考核打人情分", "二级风险", "考核细则公开，结果公示。"),
            ]),
        ]),
        ("二、工作人员", [
            ("国土资源管理员", "聂湑玗", "general", [
                ("临时用地复垦验收走过场", "一级风险", "验收现场拍照，村委会签字。"),
                ("警示牌更换经费虚报", "三级风险", "经费凭照片和清单报销。"),
            ]),
            ("测绘员", "廪翛珩", "general", [
                ("宅基地面积测量照顾关系户", "二级风险", "测量结果村级公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "dangchang_nanyang_office_group_rows", "http://www.tianshui.gov.cn/zrzy/info/1832/256042.htm",
        "镇自然资源所 廉政风险防控责任清单, after the source's 区国土分局 隐患排查 (灾情现状, 数据台账, 管理档案, 监测预警措施): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dangchang_shawan_office_list() -> dict:
    unit = f"{PLACE}沙湾镇自然资源所"
    sh = _Sheet("一览表", [6, 14, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "阚洧翯", "leader", "隐患点警示牌设置照顾关系户", "思想道德", "中", "警示牌设置方案公示。"),
        ("所长", "阚洧翯", "leader", "巡查经费挤占挪用", "制度机制", "高", "巡查经费专账核算。"),
        ("国土资源管理员", "厍沄翀", "general", "隐患点变化情况速报不及时", "岗位职责", "高", "速报情况每日汇总。"),
        ("国土资源管理员", "厍沄翀", "general", "避险明白卡发放登记不全", "业务流程", "中", "明白卡按户登记签收。"),
        ("执法监察员", "郜昕湉", "general", "矿山开采越界巡查不到位", "外部环境", "低", "巡查定位打卡。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "dangchang_shawan_office_list", "http://ccoea-mc.com.cn/anhui/focus/2023-05-05/43242.html",
        "镇自然资源所 廉政风险防控一览表, after the source's 县自然资源和规划局 巡查 of 隐患点 with its 所 (警示牌, 速报, "
        "24小时值班, 监测员): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dangchang_hadapu_office_holder_by_post(),
    dangchang_bureau_list(),
    dangchang_geohazard_center_posts(),
    dangchang_land_reserve_two_sheets(),
    dangchang_registry_cards(),
    dangchang_lichuan_office_selfchecks(),
    dangchang_nanyang_office_group_rows(),
    dangchang_shawan_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch467-inbox"))
