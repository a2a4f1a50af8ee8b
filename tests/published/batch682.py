"""The six-hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 民政 and 养老
bodies, 鄂温克族自治旗 (of 呼伦贝尔市, 内蒙古自治区) — its 民政局, 社会福利院, 救助管理站, 养老服务中心,
殡葬服务所 and the 敬老院 of 巴彦托海镇 and 伊敏河镇 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 民政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 社会福利院's 一览表 on one sheet: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型``
  (``…风险``), 高/中/低, a ``注：`` line;
- the 救助管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, no names, short types, ``一级/二级/三级``;
- the 养老服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 巴彦托海镇敬老院's 责任清单 under GROUP ROWS ``一、院领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 伊敏河镇敬老院's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 殡葬服务所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``.

One is harder:

- ``ewenki_honghuaerji_home_post_codes_in_numbers``: the 红花尔基镇敬老院's 廉政风险点清单, ONE ROW A
  POINT (``序号 | 廉政风险点 | 风险等级 | 防控措施``), no 岗位 or 责任人 column; each 序号 cell carries
  the posts' SHORT NAMES in a bracket after the number (``1（院）``, ``4（院、会）``, ``6（管）``) and a
  ``注：`` line under the table keys each short name to a post and a person (``院—院长　钭…；会—会计　乜…；
  …``). A row is the point of every holder whose short name its 序号 bracket carries. The README's
  读得懂的表 knows holder marks (``※``, ``△``, ``（A）``) CLOSING THE POINT keyed by a legend, holders
  encoded in risk codes (``S01-1``) resolved by a 岗位代码对照表, 科室 letters in the 序号 (``DZB-01``)
  and point numbers named in holder cells; it does not describe the holders' short names bracketed
  in the 序号 cell after the number, keyed by a ``注：`` line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (养老机构 实施细则, 公办养老机构 收费标准,
养老机构 人员配备标准, 高龄老人补贴, a 镇纪委 on 低保 联审, a 镇民政办 on “阳光低保” 五道关, a 街道低保
移交 方案, a 县纪委 on 敬老院 供养金) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 钭 and 乜 with
rare given names); every unit is a body of 鄂温克族自治旗.

Run ``python tests/published/score.py --set batch682`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each short name in a 序号 bracket makes the row's point a point of the post and
  person the ``注：`` line keys it to, with the row's level; one form a holder, no 科室 (the list names
  none); the number and bracket are no part of the point; the ``注：`` line is no point;
- ``局领导`` (the 民政局's leaders, sheet without 科室 column), the cards' leaders and the heads of a
  敬老院 have no 科室 unless a group row or 科室 cell names one (``院领导`` is then their 科室);
- the 民政局, 社会福利院, 救助管理站, 养老服务中心, 殡葬服务所 and each 敬老院 are units of their own:
  局长, 副局长, 院长, 副院长, 站长, 主任 (of the 中心) and 所长 are leaders; 股长 and 科长 middle; the rest
  general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b682_"
PLACE = "鄂温克族自治旗"
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

# short name -> (post, name, tier)
CODES = {
    "院": ("院长", "钭暄甯", "leader"),
    "会": ("会计", "乜曌湲", "general"),
    "管": ("保管员", "钭沨珝", "general"),
}

# (codes, 廉政风险点, 风险等级, 防控措施)
CODED = [
    (("院",), "挤占、挪用特困人员供养金列支管理费用", "一级", "供养金与管理费分科目记账，每季度在院内公开。"),
    (("院",), "院民入住、退住审核不严，违规收住非特困人员", "二级", "入住名单经镇民政办审核，张榜公示。"),
    (("院", "会"), "虚报工作人员人数、护理人员工资套取补贴", "一级", "工资表与考勤表、花名册逐月核对。"),
    (("会",), "院民基本生活费发放不足额、不及时", "一级", "生活费打卡发放，院民签字确认。"),
    (("院", "管"), "食品、物资采购不比价，收受供货商好处", "二级", "大宗采购三家比价，院务委员会参与验收。"),
    (("管",), "社会捐赠物资入库不登记、私自处置", "二级", "捐赠物资登记入账，发放情况公示。"),
    (("会",), "现金坐支、白条入账", "三级", "现金日清月结，票据经院长审签。"),
    (("管",), "院民伙食克扣，饭菜质量不达标", "三级", "每周食谱公示，院民代表监督伙食。"),
]  # fmt: skip


def ewenki_honghuaerji_home_post_codes_in_numbers() -> dict:
    unit = f"{PLACE}红花尔基镇敬老院"
    sh = _Sheet("风险点清单", [10, 42, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 4)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    for i, (codes, point, lv, measures) in enumerate(CODED, 1):
        sh.add(f"{i}（{'、'.join(codes)}）", point, lv, measures)
    for code, (post, who, tier) in CODES.items():
        for codes, point, lv, _measures in CODED:
            if code in codes:
                t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    legend = "；".join(f"{c}—{post}{GAP}{who}" for c, (post, who, _) in CODES.items())
    _line(sh, f"注：序号后括号内为该风险点的责任岗位简称：{legend}。", 4)
    sh.add("制表：", None, "院长（签字）：", None)
    return _layout(
        "ewenki_honghuaerji_home_post_codes_in_numbers", "https://reportify.ai/news/1213452343740338176",
        "(harder) 镇敬老院 廉政风险点清单, after the source's 县纪委 on 敬老院 供养金 (挤占特困人员供养金, 管理费与供养金 "
        "分科目记账, 定期公开): a title, a 填报单位 line, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, NO "
        "岗位 or 责任人 column; each 序号 cell carries the posts' short names in a bracket after the number "
        "(``3（院、会）``) and a ``注：`` line keys each short name to a post and person; a 制表/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ewenki_civil_affairs_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钭湜琮", "局长", "主持全面工作", [
            ("养老服务设施建设项目插手干预招投标", "一级", "项目一律进入旗公共资源交易中心。"),
            ("民政专项资金分配个人说了算", "一级", "资金分配方案经局党组会集体研究。"),
        ]),
        ("乜霂岍", "副局长", "分管社会救助、养老服务", [
            ("低保、特困审批中打招呼、搞“人情保”", "一级", "审批实行联审，结果公示。"),
            ("养老机构运营补贴审核把关不严", "二级", "补贴按床位和入住人数核定，实地抽查。"),
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
        ("社会救助股", "股长", "钭岫瀛", "middle", "低保对象入户调查走过场", "一级", "入户调查两人以上，调查表双签。"),
        ("社会救助股", "股长", "钭岫瀛", "middle", "临时救助审批超标准、超范围", "二级", "临时救助按标准审批，每月公示。"),
        ("社会救助股", "股员", "乜琇沅", "general", "低保动态管理中应退未退", "二级", "每季度比对核查，应退尽退。"),
        ("养老服务股", "股长", "乜昶岑", "middle", "高龄津贴发放对象认定不实", "一级", "津贴名单与户籍、殡葬信息比对。"),
        ("计划财务股", "会计", "钭澂翾", "general", "救助资金拨付不及时，滞留挪用", "二级", "资金社会化发放，专账核算。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "ewenki_civil_affairs_bureau_two_sheets", "https://www.hbdj.gov.cn/xwzx/jckx/60861092.html",
        "旗民政局 廉政风险防控一览表 in TWO SHEETS, after the source's 镇纪委 on 低保 (申请, 审核, 公示, 发放, 入户核查, "
        "“关系保”“人情保”): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def ewenki_welfare_institute_list() -> dict:
    unit = f"{PLACE}社会福利院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "钭霈璆", "leader", [
            ("护理服务外包选定服务商暗箱操作", "制度机制风险", "高", "外包服务按规定采购，结果公示。"),
            ("收住对象审批把关不严", "岗位职责风险", "中", "入院评估由评估小组集体确定。"),
        ]),
        ("护理部", "主任", "乜澜昉", "middle", [
            ("护理等级评定不实，多收护理费", "业务流程风险", "高", "护理等级每半年复评，费用公示。"),
        ]),
        ("后勤科", "科长", "钭峣淏", "middle", [
            ("维修项目化整为零规避采购", "制度机制风险", "中", "维修项目按限额报批。"),
            ("接受供货商宴请", "思想道德风险", "低", "节前廉洁提醒，签订承诺书。"),
        ]),
        ("后勤科", "出纳", "乜琰汧", "general", [
            ("收取入住费用不开票据", "业务流程风险", "中", "费用统一入账，开具票据。"),
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
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    return _layout(
        "ewenki_welfare_institute_list", "http://fengdujob.net/go/养老机构实施细则全文.html",
        "旗社会福利院 岗位廉政风险防控一览表, after the source's 养老机构 实施细则 (入住评估, 护理等级, 服务收费): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def ewenki_rescue_station_posts() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "救助物资采购指定供应商", "制度机制", "一级", "物资采购比价，集体研究。"),
        ("站领导", "站长", "leader", "受助人员返乡车票费用虚报", "业务流程", "二级", "车票凭证留存，每月核对。"),
        ("救助科", "科长", "middle", "救助对象甄别登记不实，虚增人次", "岗位职责", "一级", "救助登记系统录入，视频留存。"),
        ("救助科", "救助员", "general", "受助人员随身财物登记保管不规范", "岗位职责", "二级", "财物两人清点，签字交接。"),
        ("综合科", "会计", "general", "救助经费报账审核不严", "业务流程", "三级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "ewenki_rescue_station_posts", "http://219.145.244.73:88/html/zwyw/xzcf/xpznew/44335.html",
        "旗救助管理站 岗位廉政风险点排查表 对岗不对人, after the source's 镇民政办 on “阳光低保” (入口关, 申报关, 出口关, "
        "监督关): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def ewenki_elderly_service_centre_cards() -> dict:
    unit = f"{PLACE}养老服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "乜翾澍", "主任", "主持中心全面工作", "leader", [
            ("居家养老服务购买项目评审走过场", "★★★", "评审邀请第三方参加，结果公示。"),
            ("中心食堂承包违规发包", "★★", "食堂承包经集体研究并公开招租。"),
            ("接受服务商礼品礼金", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "钭琤湄", "副主任", "分管助餐、助浴服务", "leader", [
            ("助餐补贴就餐人次虚报", "★★★", "就餐刷卡记录，每月核对。"),
            ("服务质量考评打人情分", "★★", "考评由老人代表参与。"),
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
        "ewenki_elderly_service_centre_cards", "https://www.zhetiaohe.com/ss/f1cc2fc75b3bb9321cf4874fa4da06f1e324bfadd5043559adac24e1052d19f14dbef18db0e1cc2a37cc69cee106ccbf.html",
        "旗养老服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 公办养老机构 服务收费标准 (收费, "
        "服务项目): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def ewenki_bayantuohai_home_group_rows() -> dict:
    unit = f"{PLACE}巴彦托海镇敬老院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "钭玥澂", "leader", [
                ("院民生活费、零用钱截留", "一级风险", "零用钱按月发放到人，签字确认。"),
                ("敬老院改造项目验收不严", "二级风险", "验收邀请镇纪委、院民代表参加。"),
            ]),
        ]),
        ("二、财务室", "财务室", [
            ("会计", "乜沄珵", "general", [
                ("虚列护理费、管理费支出", "一级风险", "支出凭证经院长审签，季度公开。"),
            ]),
            ("出纳", "钭砚翮", "general", [
                ("公款私存、挪用备用金", "二级风险", "备用金限额管理，定期盘点。"),
            ]),
        ]),
        ("三、后勤组", "后勤组", [
            ("炊事员", "乜岍琬", "general", [
                ("食材以次充好、数量不足", "三级风险", "食材验收双人签字，院民代表抽查。"),
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
        "ewenki_bayantuohai_home_group_rows", "http://ynmzch.com/tags/养老机构人员配备标准.html",
        "镇敬老院 廉政风险防控责任清单, after the source's 养老机构 人员配备标准 (护理员, 炊事员, 财务人员): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、院领导``, "
        "``二、财务室``, ``三、后勤组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def ewenki_yiminhe_home_selfchecks() -> dict:
    unit = f"{PLACE}伊敏河镇敬老院"
    t = _Truth(unit)
    people = [
        ("钭璩翎", "院领导", "院长", "leader", [
            ("特困人员供养金与管理费混用", "Ⅰ级", "分科目记账，定期公开。", "已落实"),
            ("院内岗位聘用优亲厚友", "Ⅱ级", "聘用经镇政府审核，公示。", "未发现问题"),
        ]),
        ("乜淇霏", "护理组", "护理员", "general", [
            ("收受院民或家属财物", "Ⅱ级", "签订承诺书，院民监督。", "已落实"),
            ("护理记录弄虚作假", "Ⅲ级", "护理记录每日抽查。", "已落实"),
            ("院民物品代管登记不全", "Ⅲ级", "代管物品登记造册，定期核对。", "已落实"),
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
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ewenki_yiminhe_home_selfchecks", "http://fengdujob.net/go/2021年高龄老人补贴新规定.html",
        "镇敬老院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 高龄老人补贴 "
        "(补贴对象, 发放): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def ewenki_funeral_service_list() -> dict:
    unit = f"{PLACE}殡葬服务所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "乜翊岚", "leader", "殡葬用品采购收受回扣", "外部环境", "高风险", "采购比价，价格公示。"),
        ("所领导", "所长", "乜翊岚", "leader", "惠民殡葬补贴审核不严", "岗位职责", "中风险", "补贴名单与死亡信息比对。"),
        ("业务室", "主任", "钭澍沨", "middle", "殡葬服务搭车收费", "业务流程", "高风险", "收费项目和标准上墙公示。"),
        ("业务室", "收费员", "乜瑗峤", "general", "收费不开票据、截留收入", "业务流程", "中风险", "收费系统开票，日清日结。"),
        ("业务室", "火化工", "钭岙琮", "general", "向丧属索要红包", "思想道德", "低风险", "监督电话公开，丧属满意度回访。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "ewenki_funeral_service_list", "http://www.boteman.cn/paper/507269409.html",
        "旗殡葬服务所 岗位廉政风险防控一览表, after the source's 街道低保移交 方案 (职责划分, 经办人员, 责任追溯, 监督): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ewenki_honghuaerji_home_post_codes_in_numbers(),
    ewenki_civil_affairs_bureau_two_sheets(),
    ewenki_welfare_institute_list(),
    ewenki_rescue_station_posts(),
    ewenki_elderly_service_centre_cards(),
    ewenki_bayantuohai_home_group_rows(),
    ewenki_yiminhe_home_selfchecks(),
    ewenki_funeral_service_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch682-inbox"))
