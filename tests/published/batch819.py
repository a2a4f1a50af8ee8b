"""The eight-hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's rural
revitalisation bodies, 于都县 (of 赣州市, 江西省) — its 乡村振兴局, 扶贫资产管理中心, 驻村工作队管理办,
防返贫监测中心 and the 乡村振兴站 of its 镇 (罗坳镇, 岭背镇, 银坑镇) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 乡村振兴局's 一览表 under ``附件1`` and a 填报单位 line: ``股室`` merged, ``岗位 | 姓名`` merged per
  person, ``一级/二级/三级``, no type column, a 制表/审核 line;
- the 扶贫资产管理中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低;
  no names;
- the 驻村工作队管理办's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 防返贫监测中心's 责任清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``高风险/中风险/低风险``;
- the 罗坳镇乡村振兴站's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 岭背镇乡村振兴站's 一览表 in TWO SHEETS ``站领导`` / ``工作人员``, ``一级风险/二级风险/三级风险``;
- the 银坑镇乡村振兴站's 登记表: ``部门 | 岗位 | 责任人`` on EVERY row, short types (``风险类别``),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yudu_revitalisation_service_centre_surname_tags``: the 乡村振兴综合服务中心's 股室廉政风险点清单,
  ``序号 | 股室 | 股室人员 | 廉政风险点 | 风险等级 | 防控措施``: ``股室`` and ``股室人员`` merged over each
  股室's rows, the ``股室人员`` cell listing the 股室's two staff one a line (``股长　郄昶崟⏎股员　夔洺翾``),
  and EACH POINT closing with a bracket that holds only the SURNAME of the staff member whose
  point it is (``…把关不严（郄）``), both surnames for a shared point (``（郄、夔）``); a ``注：`` line
  says the bracket gives the surname of the person who carries the point. So a row's point is
  NOT the whole 股室's: it goes to the one (or two) members whose surname the bracket names, the
  member found in the row's own merged 股室人员 cell. The README's 读得懂的表 knows a merged cell
  listing a 股室's staff by post (every row shared by all of them), surname-plus-post calls
  (``訾所长``) resolved by a roster line, posts given by full name in a labelled bracket closing
  the point (``（责任人：副部长　某某）``), symbols or short post keys resolved by a LEGEND; it does not
  describe an unlabelled bracket of bare surnames closing the point that picks the holder out of
  the row's own staff cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 下达 衔接推进乡村振兴补助资金 —
立项, 公示, 验收, 结算审计, 报账; a piece on 扶贫资产 风险隐患排查 — 闲置, 流失, 产权不清, 监管漏洞;
a 县 驻村工作队管理办法 — 选派, 驻村时间, 请销假, 考核, 召回; a 街道纪工委 on 防返贫 — 入户核验,
排查数据真实性, 监测户; a 镇纪委 on 奖补项目 检查验收 — 工程量与预算, 骗取资金; a 镇 on 驻村帮扶工作队
管理 — 钉钉打卡, 工作日志, 集中排查; a 纪检监察组 on 衔接资金项目 县级验收 — 质量, 整改; a study of
扶贫资产管理 — 资产登记, 确权, 管护, 收益分配) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 夔 and 郄 with rare given names); every unit is a body of 于都县.

Run ``python tests/published/score.py --set batch819`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point belongs to the staff member(s) of its row's 股室人员 cell whose
  surname its closing bracket names (one form a holder, 科室 the 股室, post from his line of the
  cell); the point is the text before the bracket; ``防控措施`` names no holder; the ``注：`` line and
  the 编制/审核 line are no points;
- ``中心领导``, ``站领导``, ``局领导`` written in a 科室 position (a group row, a 科室/部门/股室 cell) are
  the 科室 of those leaders (a group row gives its name, number left off); the 岭背镇 站's sheet
  ``站领导`` has no 科室 column, so its leaders have none; the cards and 自查表 name no 科室;
- every 局, 中心, 办 and 站 is a unit of its own: 局长, 副局长, 主任, 副主任, 站长, 副站长 leaders; 股长
  middle; the rest (股员, 会计, 出纳, 监测员, 信息员, 项目专干, 资产管理员, 驻村管理员) general;
- ``工作职责``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 扶贫资产管理中心's
  list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b819_"
PLACE = "于都县"
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

# (股室, [(post, name, surname, tier)], [(point, surnames, level, measures)])
SECTIONS = [
    ("项目管理股", [("股长", "郄昶崟", "郄", "middle"), ("股员", "夔洺翾", "夔", "general")], [
        ("衔接资金项目入库审核把关不严，凑数入库", "郄", "一级", "项目入库经股室初审、中心集体研究，名单公示。"),
        ("项目实施方案变更不按程序报批", "郄", "二级", "方案变更报县乡村振兴局审批，变更资料存档。"),
        ("项目验收走过场，工程量与预算不符未发现", "郄、夔", "一级", "验收实行现场丈量，邀请村民代表参加。"),
        ("项目资料补签补造、档案不全", "夔", "三级", "一项目一档，资料随项目进度同步归档。"),
    ]),
    ("资金监管股", [("股长", "夔璘沄", "夔", "middle"), ("会计", "郄甯渼", "郄", "general")], [
        ("衔接资金拨付不按项目进度，提前或超额拨付", "夔", "一级", "拨付凭验收报告和结算审计意见，经办复核分离。"),
        ("资金支付凭证审核不严，虚列支出", "郄", "二级", "支付凭证经办人、审核人、审批人三签。"),
        ("资金结余不及时清理收回", "郄", "三级", "每季度清理结余资金，按规定收回统筹。"),
        ("对项目实施单位报账资料要求好处", "夔、郄", "二级", "报账材料一次性告知，限时办结。"),
    ]),
    ("资产管护股", [("股长", "郄鋆岚", "郄", "middle"), ("资产管理员", "夔澔璟", "夔", "general")], [
        ("扶贫资产确权登记不实，产权归属不清", "郄", "一级", "资产确权登记经乡镇、村三方核实，登记台账公示。"),
        ("经营性资产出租发包不公开，低价承包给关系人", "郄", "一级", "资产出租发包进入农村产权交易平台公开进行。"),
        ("资产收益分配不按方案，截留挪用", "夔", "二级", "收益分配方案经村民代表大会通过并公示。"),
        ("资产闲置、损毁不报告不处置", "夔", "三级", "每半年开展资产清查，闲置资产限期盘活。"),
    ]),
]  # fmt: skip


def yudu_revitalisation_service_centre_surname_tags() -> dict:
    unit = f"{PLACE}乡村振兴综合服务中心"
    sh = _Sheet("股室风险点", [6, 12, 16, 44, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}股室廉政风险点清单", 6)
    _line(sh, f"编制单位：{unit}{GAP * 16}2025年4月", 6)
    sh.add("序号", "股室", "股室人员", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, staff, points in SECTIONS:
        first = len(sh.rows)
        cell = "\n".join(f"{post}{GAP}{who}" for post, who, _s, _t in staff)
        for k, (point, names, lv, measures) in enumerate(points):
            n += 1
            sh.add(
                n,
                dept if k == 0 else None,
                cell if k == 0 else None,
                f"{point}（{names}）",
                lv,
                measures,
            )
        last = len(sh.rows) - 1
        sh.merge(first, 1, last, 1)
        sh.merge(first, 2, last, 2)
    # the truth one form a holder, in the order of the cells
    for dept, staff, points in SECTIONS:
        for post, who, surname, tier in staff:
            for point, names, lv, _measures in points:
                if surname in names.split("、"):
                    t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：风险点后括号内为承担该风险点的股室人员的姓；风险等级分一级、二级、三级，一级最高。",
        6,
    )
    sh.add("编制：", None, "审核：", None, "中心主任（签字）：", None)
    return _layout(
        "yudu_revitalisation_service_centre_surname_tags", "https://m.fx361.cc/news/2020/0315/13279578.html",
        "(harder) 县乡村振兴综合服务中心 股室廉政风险点清单, after the source's study of 扶贫资产管理 (资产登记, 确权, 管护, "
        "收益分配, 闲置): a title, an 编制单位/date line, 序号/股室/股室人员/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "股室 and 股室人员 merged over each 股室's rows, the 股室人员 cell listing its two staff one a line (``股长　某某⏎股员　某某``); "
        "each point closes with a bracket holding only the SURNAME of the member whose point it is (``（郄）``, ``（郄、夔）`` "
        "shared); a ``注：`` line explains the bracket; an 编制/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yudu_revitalisation_bureau_list() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "夔翯泠", "leader", "衔接资金项目立项不经党组会集体研究", "一级",
         "立项计划经局党组会研究，在县政府网公示。"),
        ("局领导", "局长", "夔翯泠", "leader", "干预项目实施单位选定和工程发包", "一级", "项目发包按规定进入公共资源交易中心。"),
        ("局领导", "副局长", "郄珺湉", "leader", "分管项目检查验收打招呼、放松标准", "二级", "验收结果由验收组集体签字确认。"),
        ("规划股", "股长", "夔岍霂", "middle", "年度项目计划编制时优亲厚友，向关系村倾斜", "一级",
         "项目计划按乡镇申报、股室审核、局务会审定。"),
        ("规划股", "股长", "夔岍霂", "middle", "项目建设内容调整不按程序报批", "二级", "调整事项报局务会研究并公示。"),
        ("规划股", "股员", "郄瑀沨", "general", "项目公示流于形式，公示期未满即实施", "三级", "公示照片和时间存档备查。"),
        ("财务股", "会计", "夔淏珣", "general", "补助资金报账审核不严，超审定价拨付", "一级", "报账对照结算审计报告，逐项核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, lv, measures)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "yudu_revitalisation_bureau_list", "http://www.songyang.gov.cn/art/2023/11/8/art_1229361066_5201268.html",
        "县乡村振兴局 岗位廉政风险防控一览表, after the source's 县 下达 衔接推进乡村振兴补助资金 (立项, 公示, 检查验收, "
        "结算审计, 报账, 调整建设内容): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def yudu_poverty_assets_centre_posts() -> dict:
    unit = f"{PLACE}扶贫资产管理中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "扶贫资产处置、报废不经集体研究", "制度机制风险", "高",
         "资产处置报县乡村振兴局审批，结果公示。"),
        ("中心领导", "主任", "leader", "接受资产承租经营主体宴请、礼品", "思想道德风险", "中", "签订廉洁承诺书，节前廉洁提醒。"),
        ("资产登记科", "资产管理员", "general", "资产登记台账与实物不符，漏登、错登", "岗位职责风险", "中",
         "台账与实物每半年核对一次。"),
        ("资产登记科", "资产管理员", "general", "公益性资产管护责任未落实到人", "业务流程风险", "低", "管护责任书一资产一签。"),
        ("运营监管科", "科长", "middle", "经营性资产收益未按时足额收缴", "业务流程风险", "高", "收益收缴情况每季度通报。"),
        ("运营监管科", "科长", "middle", "对资产承包合同违约行为放任不管", "外部环境风险", "中", "合同履约情况纳入年度检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "yudu_poverty_assets_centre_posts", "https://www.hkyyi.com/html/fu-pin-zi-chan-feng-xian-yin-huan-pai-cha-ru-he-que-bao-chi-xu-fa-hui-xiao-yi-bi-mian-xian-zhi-liu-s.html",
        "县扶贫资产管理中心 岗位廉政风险点排查表 对岗不对人, after the source's piece on 扶贫资产 风险隐患排查 (资产闲置, "
        "资产流失, 产权不清, 监管漏洞, 承包合同): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yudu_village_team_office_cards() -> dict:
    unit = f"{PLACE}驻村工作队管理办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "郄霁瑱", "主任", "负责全县驻村工作队选派、管理和考核", "leader", [
            ("驻村工作队员选派不按条件，照顾关系", "★★★", "选派人选经派出单位推荐、管理办审核、县委组织部审定。"),
            ("年度考核评优打招呼、定等次", "★★★", "考核结果经领导小组研究并公示。"),
            ("对工作队员脱岗、顶岗问题放任不查", "★★", "实行钉钉打卡和不定期暗访。"),
        ]),
        ("驻村管理员", "夔琇澂", "驻村管理员", "负责驻村考勤、请销假和工作日志检查", "general", [
            ("考勤统计弄虚作假，为队员隐瞒缺勤", "★★", "考勤数据每月通报，原始记录存档。"),
            ("请销假审核把关不严", "★★", "请假超过规定天数的报管理办主任审批。"),
            ("驻村工作经费报销审核不严", "★", "经费凭票据和驻村记录报销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yudu_village_team_office_cards", "http://www.ankang.gov.cn/Content-108084.html",
        "县驻村工作队管理办公室 岗位廉政风险防控卡, one sheet a person, after the source's 县 驻村工作队管理办法 (选派, "
        "驻村时间, 请销假, 考核, 召回): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yudu_monitoring_centre_group_rows() -> dict:
    unit = f"{PLACE}防返贫监测中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "夔湝翎", "leader", [
                ("监测对象认定审核把关不严，优亲厚友", "高风险", "认定结果经村级评议、乡镇审核、县级审定并公示。"),
                ("风险消除认定简单化，数字消除", "高风险", "风险消除逐户核实，抽查比例不低于20%。"),
            ]),
        ]),
        ("二、监测帮扶股", "监测帮扶股", [
            ("股长", "郄曈渼", "middle", [
                ("集中排查数据不实，不入户走访", "中风险", "排查数据与入户记录比对核验。"),
                ("帮扶措施台账虚填", "中风险", "帮扶措施每月调度，现场抽查。"),
            ]),
            ("监测员", "夔旻璆", "general", [
                ("泄露农户家庭收入等信息", "低风险", "信息系统账号专人专用，签订保密承诺。"),
                ("监测对象纳入“应纳未纳”，不及时录入系统", "中风险", "农户申报15日内完成录入。"),
            ]),
        ]),
        ("三、信息数据股", "信息数据股", [
            ("信息员", "郄蓁岵", "general", [
                ("随意修改系统数据", "中风险", "数据修改留痕，经股长审核。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yudu_monitoring_centre_group_rows", "http://www.whjjw.gov.cn/html/wenzhang_777646.html",
        "县防返贫监测中心 廉政风险防控责任清单, after the source's 街道纪工委 on 防返贫 (入户核验, 排查数据真实性, 监测户, "
        "防范化解致贫返贫风险): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、监测帮扶股``, ``三、信息数据股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yudu_luoao_station_selfchecks() -> dict:
    unit = f"{PLACE}罗坳镇乡村振兴站"
    t = _Truth(unit)
    people = [
        ("郄砚璘", "", "站长", "leader", [
            ("奖补项目检查验收不到现场，凭资料验收", "Ⅰ级", "验收到现场逐项核对，留存影像。", "已落实"),
            ("对村级项目工程量虚报不制止", "Ⅰ级", "实际工程量与预算逐项比对。", "未发现问题"),
            ("接受项目施工方宴请", "Ⅲ级", "严守中央八项规定精神。", "已落实"),
        ]),
        ("夔琬沅", "", "项目专干", "general", [
            ("项目申报材料代填代签", "Ⅱ级", "申报材料由村“两委”集体研究签字。", "已落实"),
            ("项目开工前后对比照片造假", "Ⅱ级", "照片带定位和时间水印。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yudu_luoao_station_selfchecks", "http://www.ahhnjjjc.gov.cn/html/2023/xzxx_1120/23131.html",
        "镇乡村振兴站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇纪委 on 农村公益事业 "
        "财政奖补项目 检查验收 (现场验收, 工程量与预算, 开工前图片, 骗取资金): a title, a label row ``姓　名 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def yudu_lingbei_station_two_sheets() -> dict:
    unit = f"{PLACE}岭背镇乡村振兴站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 20, 38, 11, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郄泷琪", "站长", "主持全站工作", [
            ("驻村帮扶工作队考勤打卡代打、漏查", "一级风险", "钉钉打卡数据每日统计、每周汇总、每月通报。"),
            ("集中排查工作走过场，“体外循环”问题不报", "一级风险", "排查结果经站务会研究，问题清单报镇党委。"),
        ]),
        ("夔骞沄", "副站长", "分管产业帮扶", [
            ("产业奖补对象审核不严，虚报冒领", "二级风险", "奖补对象村级公示、镇级复核。"),
            ("帮扶车间租金减免不按规定", "三级风险", "减免事项报镇政府审批。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("工作人员", [6, 12, 9, 38, 11, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 6)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("出纳", "郄熠渟", "general", "帮扶资金现金发放不签收", "一级风险", "资金一律通过“一卡通”发放。"),
        ("出纳", "郄熠渟", "general", "公款私存", "二级风险", "账户每月对账，站长签字。"),
        ("信息员", "夔淼珩", "general", "驻村工作日志检查记录不实", "三级风险", "日志检查记录由检查人签字。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, lv, measures)
        t.point(staff.name, "", post, who, tier, point, [], RISKS[lv])
    _per_person(staff, first, None, 1, 2)
    staff.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "yudu_lingbei_station_two_sheets", "https://www.qinan.gov.cn/info/10102/1049982.htm",
        "镇乡村振兴站 廉政风险防控一览表 in TWO SHEETS, after the source's 镇 on 驻村帮扶工作队管理 (工作日志, 钉钉打卡, "
        "日统计周汇总月通报, 集中排查, “体外循环”): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 工作人员 "
        "with 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, staff], t,
    )  # fmt: skip


def yudu_yinkeng_station_register() -> dict:
    unit = f"{PLACE}银坑镇乡村振兴站"
    sh = _Sheet("登记表", [6, 14, 10, 10, 38, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "夔霈琛", "leader", "衔接资金项目县级验收前突击补资料", "制度机制", "一级",
         "项目资料随进度归档，验收前镇纪委抽查。"),
        ("站领导", "站长", "夔霈琛", "leader", "验收发现的质量问题不督促整改", "岗位职责", "二级", "整改清单限期销号。"),
        ("站领导", "副站长", "郄屹沺", "leader", "当家塘清淤、渠道硬化项目监管缺位", "业务流程", "一级", "实行项目巡查日志。"),
        ("项目组", "项目专干", "夔珝霖", "general", "工程计量签证不实", "业务流程", "二级", "计量签证由监理、村代表共同签字。"),
        ("项目组", "项目专干", "夔珝霖", "general", "向施工单位索要好处", "思想道德", "一级", "签订廉洁协议，公开举报电话。"),
        ("财务组", "会计", "郄沨璞", "general", "项目资金支付超合同金额", "外部环境", "三级", "支付前对照合同和审定价核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, "2025年6月", None)
    return _layout(
        "yudu_yinkeng_station_register", "http://www.scjjjc.gov.cn/html/wenzhang_773270.html",
        "镇乡村振兴站 廉政风险点排查登记表, after the source's 纪检监察组 on 衔接资金项目 县级验收 (当家塘清淤, 沟渠硬化, "
        "质量问题, 整改要求): a title, 序号/部门/岗位/责任人 written on EVERY row/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yudu_revitalisation_service_centre_surname_tags(),
    yudu_revitalisation_bureau_list(),
    yudu_poverty_assets_centre_posts(),
    yudu_village_team_office_cards(),
    yudu_monitoring_centre_group_rows(),
    yudu_luoao_station_selfchecks(),
    yudu_lingbei_station_two_sheets(),
    yudu_yinkeng_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch819-inbox"))
