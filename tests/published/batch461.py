"""The four-hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水务
bodies, 礼县 (陇南, Gansu) — the 县水务局, the 县水利工程建设管理站, the 县水土保持站, the 县供水管理站
and the 水务站 of four 镇 (城关镇, 盐官镇, 石桥镇, 祁山镇) — each handing back the 一览表, 防控表,
责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 水利工程建设管理站's file in two sheets: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, an 编制/审核/date line under each;
- the 水土保持站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、预防监督股``, ``三、综合治理股`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 供水管理站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, short types, ``高风险/中风险/低风险``; no names, no 科室; a 制表/审核/date line;
- the 城关镇水务站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 盐官镇水务站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``一级/二级/三级``, no type column, ``本人签名： | … | 站长审核：``;
- the 石桥镇水务站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``, short types, 高/中/低, no 科室 column;
- the 祁山镇水务站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, no type column, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a
  ``注：`` line.

One is harder:

- ``lixian_water_bureau_bracketed_points``: the 县水务局's 岗位廉政风险防控一览表 whose one risk column
  is headed ``廉政风险表现（括号内为风险点）``: every cell writes FIRST how the risk shows, a
  whole sentence, and CLOSES with the short name of the point in full-width brackets
  (``受理取水许可申请时，对未附水资源论证报告的材料予以受理（取水许可受理把关不严）``). There is no
  other point column; the level, the measures and the holder stand in their own columns as
  usual. The README's 读得懂的表 knows the opposite order — a point with how it shows in a
  closing bracket the heading names (``（括号内注明主要表现）``: short name first, the bracket is
  the description) — and brackets that hold a level (``违规审批(高)``), a type (``…(制度机制)``), a
  holder, a cross-reference to measures (``（对应措施2、3）``) or a 科室 tag opening the point
  (``【教务处】…``), and a 表现 heading read as the point when there is nothing else; none is a
  description first and the SHORT NAME of the point in the closing bracket, the heading saying
  so. ``grep -l "括号内为风险点" tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the State Council's 取水许可和
水资源费征收管理条例 — 取水许可, 水资源费; a 市水利局's 工程招标及管理 practice — 招标, 评标, 合同履约;
a 水土保持方案 审批 rule — 受理, 技术评审, 不予许可; a Q&A page on who runs tap water — 水质, 管网,
水费; a page on a 农业水利站站长's work — 巡查, 调度, 灌溉; a local news item on a 镇水利站's
小型水利工程管护 — 泵站, 塘坝, 管护经费; a news item on a 镇's 水利设施检修 — 排水站, 机组; an essay on
乡镇小型水利工程建设管理 — 施工, 勘测, 监理) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 礼县, named
with the county's name.

Run ``python tests/published/score.py --set batch461`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the SHORT NAME in the cell's closing bracket (the truth's
  convention: the short name when a table has both a short name and a description), the
  sentence before it being how the point shows; the heading's bracket ``（括号内为风险点）`` says
  which is which; the cell's other words are no point of their own;
- ``局领导`` (a 科室 cell of the 水务局), ``站领导`` (a sheet of the 建管站's leaders, named so by its
  tab, and a group row of the 水保站) are the 科室 of those leaders; a 局's 股, 办公室 and
  财务室 and a 站's 股 are 科室; a group row ``二、预防监督股`` gives the 科室 ``预防监督股`` (its
  number left off); the 供水管理站's list and the four 镇水务站 files name no 科室: their 科室 is
  "" and the 站 is the unit (``礼县城关镇水务站``, as the title and the cards' ``所在单位`` write it);
- 局长, 副局长, a 站's 站长 and 副站长 are leaders; 股长 and 办公室主任 middle; the rest (科员, 会计,
  技术员, 监督员, 抄表员, 管网维修工, 水管员, 出纳) general;
- ``风险点 | 风险表现`` (the 供水管理站's list): the point is the short 风险点; ``分管工作``, ``职责事项``
  and ``自查情况`` are no points and name no holder; the 供水管理站's list names no person: its
  forms are posts (对岗不对人);
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the
  cards' note), ``一级/二级/三级``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch458).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b461_"
PLACE = "礼县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

BRACKET_NAME = "lixian_water_bureau_bracketed_points"
BRACKET_UNIT = f"{PLACE}水务局"
BRACKET_TAB = "一览表"
BRACKET_HEAD = (
    "序号",
    "科室",
    "岗位",
    "姓名",
    "廉政风险表现（括号内为风险点）",
    "风险等级",
    "防控措施",
)
BRACKET_COL = 4

# (科室, 岗位, tier, 姓名, [(表现, 风险点, 风险等级, 防控措施)])
BRACKET_ROWS = [
    ("局领导", "局长", "leader", "郄沄淙", [
        ("重大水利项目安排和大额资金使用不经党组会研究，个人说了算", "重大事项决策不民主", "高",
         "严格执行“三重一大”集体决策制度，会议纪要存档。"),
        ("在工程招标中为熟人企业打招呼、定调子", "插手工程招标", "高", "领导干部插手工程建设登记报告，纪检全程监督。"),
    ]),
    ("局领导", "副局长", "leader", "禚澍汭", [
        ("对不符合条件的取水申请授意下属予以批准", "干预取水许可审批", "高", "审批实行受理、审查、决定分离，结果公开。"),
        ("河道采砂许可中收受采砂业主好处", "采砂许可以权谋私", "中", "采砂许可集体研究，许可信息公示。"),
    ]),
    ("水资源管理股", "股长", "middle", "檀溆涞", [
        ("受理取水许可申请时，对未附水资源论证报告的材料予以受理", "取水许可受理把关不严", "高",
         "一次性告知申请材料，受理审查两人签字。"),
        ("对取水户少核水量、减免水资源费", "水资源费核定不实", "中", "取水计量在线监测，核定结果复核。"),
    ]),
    ("河湖管理股", "科员", "general", "眭滢浟", [
        ("巡河中发现乱占乱建不报告、不制止", "河湖巡查失职", "中", "巡河记录上传河长制平台，定期抽查。"),
        ("接受涉河建设单位宴请，降低审查标准", "涉河项目审查不严", "低", "审查意见集体会审，签订廉洁承诺。"),
    ]),
    ("财务室", "会计", "general", "酆淯澴", [
        ("水利专项资金不按进度拨付，截留挪用", "专项资金拨付违规", "中", "资金拨付凭验收单，分管领导审签。"),
        ("报销票据审核不严，虚列支出", "报销审核不严", "低", "票据逐张审核，每季度内部审计。"),
    ]),
]  # fmt: skip


def bracketed(show: str, point: str) -> str:
    """A cell of the harder file: how the risk shows, then the point's short name in brackets."""
    return f"{show}（{point}）"


def lixian_water_bureau_bracketed_points() -> dict:
    unit = BRACKET_UNIT
    sh = _Sheet(BRACKET_TAB, [5, 12, 9, 8, 46, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add(*BRACKET_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in BRACKET_ROWS:
        for show, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, bracketed(show, point), lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        BRACKET_NAME, "https://www.360docs.net/doc/089472725.html",
        "(harder) 县水务局 岗位廉政风险防控一览表, after the source's 取水许可和水资源费征收管理条例 (取水许可, 水资源费): "
        "a title and a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/科室 merged/岗位 and 姓名 merged per "
        "person/ONE risk column headed ``廉政风险表现（括号内为风险点）`` whose cells write how the risk shows FIRST and the "
        "point's SHORT NAME in a closing full-width bracket/风险等级 高/中/低/防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lixian_construction_station_two_sheets() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("昝汭潆", "站长", "主持全面工作，分管财务", [
            ("工程招标代理机构指定选用", "Ⅰ级", "代理机构随机抽取，站务会研究。"),
            ("工程变更签证不经集体研究", "Ⅱ级", "变更签证站务会审定，资料存档。"),
        ]),
        ("郏浟沄", "副站长", "分管工程质量、安全", [
            ("工程验收降低标准", "Ⅰ级", "验收邀请监理、设计单位共同参加。"),
            ("施工单位更换项目经理不予制止", "Ⅲ级", "项目经理到岗情况每月核查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], ROMAN[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 11, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("工程管理股", "股长", "麹涞溆", "middle", [
            ("工程计量审核虚增工程量", "Ⅰ级", "计量实行监理、股室两级审核。"),
            ("合同履约检查走过场", "Ⅱ级", "履约检查清单化，结果通报。"),
        ]),
        ("工程管理股", "技术员", "雒潆澍", "general", [
            ("隐蔽工程签字不到现场", "Ⅰ级", "隐蔽工程影像资料存档备查。"),
        ]),
        ("计划财务股", "出纳", "逄淙淯", "general", [
            ("工程款支付不按合同约定", "Ⅱ级", "支付凭合同、计量单，两人复核。"),
            ("农民工工资专户资金挪用", "Ⅲ级", "专户资金按月对账，公开发放名单。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "lixian_construction_station_two_sheets",
        "https://www.lanyancloud.com/news/2011961485596717056",
        "县水利工程建设管理站 廉政风险防控表 in two sheets, after the source's 市水利局 工程招标及管理 practice (招标, 评标, "
        "合同履约): ``站领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施) "
        "and ``股室`` (a title, 序号/股室 merged (工程管理股, 计划财务股)/岗位 and 姓名 merged per person/风险点/风险等级/"
        "防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def lixian_soil_station_group_rows() -> dict:
    unit = f"{PLACE}水土保持站"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "蹇澴滢", "leader", [
                ("方案审批", "水土保持方案审批不经集体研究", "制度机制风险", "一级风险", "方案审批站务会研究，批复公开。"),
                ("技术评审", "指定评审专家", "业务流程风险", "二级风险", "评审专家库随机抽取。"),
            ]),
        ]),
        ("二、预防监督股", "预防监督股", [
            ("股长", "扈沄汭", "middle", [
                ("补偿费征收", "少征、缓征水土保持补偿费", "岗位职责风险", "一级风险", "征收标准公开，征收台账按月核对。"),
            ]),
            ("监督员", "郇溆澍", "general", [
                ("现场检查", "接受生产建设单位宴请，放松检查", "外部环境风险", "一级风险", "检查两人以上，记录拍照存档。"),
                ("设施验收", "自主验收报备核查走过场", "业务流程风险", "三级风险", "报备材料逐项核查，抽查复核。"),
            ]),
        ]),
        ("三、综合治理股", "综合治理股", [
            ("股长", "菅浟潆", "middle", [
                ("治理项目", "小流域治理项目虚报工程量", "岗位职责风险", "一级风险", "工程量现场复核，结果公示。"),
            ]),
            ("技术员", "穰淯淙", "general", [
                ("苗木验收", "苗木验收以次充好", "思想道德风险", "二级风险", "苗木验收两人签字，抽样留存。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "lixian_soil_station_group_rows", "http://m.huangye88.com/fuwu/a128jlpp8ac6bd.html",
        "县水土保持站 廉政风险防控责任清单, after the source's 水土保持方案 审批 rule (受理, 技术评审, 不予许可): a title, "
        "序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、站领导``, ``二、预防监督股``, ``三、综合治理股`` merged across (no 科室 column); 岗位 and 责任人 merged "
        "per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lixian_supply_station_posts() -> dict:
    unit = f"{PLACE}供水管理站"
    sh = _Sheet("排查表", [6, 11, 18, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("管网维修发包", "管网维修工程不经比选直接发包给熟人", "制度机制", "高风险", "维修工程比选确定，结果公示。"),
            ("水费收入管理", "水费收入不及时上缴，坐收坐支", "岗位职责", "中风险", "水费专户管理，按月对账。"),
        ]),
        ("抄表员", "general", [
            ("抄表计量", "估抄、漏抄，为用户少计水量", "业务流程", "高风险", "抄表数据系统留痕，定期抽查。"),
            ("收费票据", "收费不开票据，截留水费", "思想道德", "低风险", "统一使用税务票据，收费公示。"),
        ]),
        ("管网维修工", "general", [
            ("维修材料", "维修材料虚领、私用", "业务流程", "中风险", "材料领用登记，维修后核销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "lixian_supply_station_posts", "https://m.fqmxn.com/1/2206781.html",
        "县供水管理站 岗位廉政风险点排查表 对岗不对人, after the source's Q&A page on who runs tap water (水质, 管网, 水费): "
        "a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 short names/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def lixian_chengguan_station_cards() -> dict:
    unit = f"{PLACE}城关镇水务站"
    t = _Truth(unit)
    cards = [
        ("站长", "郯滢溆", "leader", [
            ("小型水利工程发包不按程序", "★★★", "发包方案镇党委会研究，结果公示。"),
            ("灌溉用水调度优亲厚友", "★★", "调度计划张榜公布，接受村民监督。"),
            ("接受施工队宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("水管员", "骞澍浟", "general", [
            ("山塘管护经费虚报冒领", "★★★", "管护经费按考核结果发放，村级公示。"),
            ("巡查发现隐患不上报", "★★", "巡查日志每周上报，站长抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "lixian_chengguan_station_cards",
        "https://www.zlipz.com/news/jie-mi-nong-ye-shui-li-zhan-zhan-zhang-zhang-wo-shui-mai-hu-hang-feng-shou-de-mi-mi-wu-qi.html",
        "镇水务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 水管员), after the source's page on a 农业水利站站长's work "
        "(巡查, 调度, 灌溉): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def lixian_yanguan_station_selfchecks() -> dict:
    unit = f"{PLACE}盐官镇水务站"
    t = _Truth(unit)
    people = [
        ("冼汭澴", "站长", "leader", [
            ("泵站维修项目指定施工队", "一级", "维修项目比选，镇纪委监督。"),
            ("管护经费分配不公开", "一级", "分配方案公开，村民代表参与。"),
            ("工程资料归档不全", "二级", "资料清单逐项核对。"),
        ]),
        ("鄂潆淯", "技术员", "general", [
            ("塘坝整治工程量核实不严", "二级", "工程量两人现场核实，站长复核。"),
            ("收受施工队礼品", "三级", "拒收登记，公开举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i % 2 else "未发现问题")
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "lixian_yanguan_station_selfchecks", "http://www.0517w.org.cn/huaian/7445.html",
        "镇水务站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's news item on a "
        "镇水利站's 小型水利工程管护 (泵站, 塘坝, 管护经费): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def lixian_shiqiao_station_every_row() -> dict:
    unit = f"{PLACE}石桥镇水务站"
    sh = _Sheet("清单", [6, 12, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "禚淙滢", "leader", "排水站机组检修发包不按程序", "制度机制", "高", "检修项目镇党委会研究，结果公示。"),
        ("站长", "禚淙滢", "leader", "检修费用结算审核不严", "岗位职责", "中", "结算凭验收单，镇财政所复核。"),
        ("技术员", "郄澴溆", "general", "机组检修质量验收敷衍", "业务流程", "高", "验收记录拍照留痕，县水务局抽查。"),
        ("技术员", "郄澴溆", "general", "检修配件以旧充新", "思想道德", "低", "更换配件登记，旧件回收。"),
        ("水管员", "檀沄澍", "general", "灌溉用水计量不实", "外部环境", "中", "用水计量公开，村民代表签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "lixian_shiqiao_station_every_row", "http://tljszx.com/xinwenzixun/PGmeews/5070.html",
        "镇水务站 廉政风险防控清单, after the source's news item on a 镇's 水利设施检修 (排水站, 机组): a title, then 序号/"
        "岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险类型 short names/风险等级 高/中/低/防控措施; "
        "no 科室 column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lixian_qishan_station_list() -> dict:
    unit = f"{PLACE}祁山镇水务站"
    sh = _Sheet("一览表", [6, 9, 9, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "眭淯汭", "leader", [
            ("农村饮水工程维修项目虚报", "Ⅰ", "维修项目现场核实，结果公示。"),
            ("防汛物资采购不按规定", "Ⅱ", "采购比价三家以上，入库登记。"),
        ]),
        ("副站长", "酆浟涞", "leader", [
            ("小型水库巡查记录弄虚作假", "Ⅰ", "巡查定位打卡，县水务局抽查。"),
        ]),
        ("水管员", "昝滢潆", "general", [
            ("勘测放线中收受好处", "Ⅱ", "放线两人到场，记录存档。"),
            ("工程监理签证替人代签", "Ⅲ", "签证本人签字，定期核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "lixian_qishan_station_list", "http://www.handmsg.com/page/2018/0101/26054301.shtml",
        "镇水务站 岗位廉政风险防控一览表, after the source's essay on 乡镇小型水利工程建设管理 (施工, 勘测, 监理): "
        "``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a merged ``注：`` line on the numerals and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lixian_water_bureau_bracketed_points(),
    lixian_construction_station_two_sheets(),
    lixian_soil_station_group_rows(),
    lixian_supply_station_posts(),
    lixian_chengguan_station_cards(),
    lixian_yanguan_station_selfchecks(),
    lixian_shiqiao_station_every_row(),
    lixian_qishan_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch461-inbox"))
