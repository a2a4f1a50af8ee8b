"""The four-hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通 bodies,
洋县 (汉中) — the 县交通运输局, the 公路管理段, the 道路运输服务中心, the 农村公路管护站 and the
交通运输管理所 of four of its 镇 (谢村镇, 龙亭镇, 华阳镇, 磨子桥镇) — each handing back the 一览表,
防控卡, 排查表, 责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 公路管理段's 责任清单 under GROUP ROWS ``一、段领导``, ``二、养护股``, ``三、路政股`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 道路运输服务中心's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…``
  line: ``科室`` merged (``中心领导``, ``运政科``, ``维修驾培科``), ``岗位`` and ``姓名`` merged per
  person, ``廉政风险点``, short types, 高/中/低;
- the 谢村镇交通运输管理所's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 龙亭镇交通运输管理所's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 所长审核：``;
- the 华阳镇交通运输管理所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … |
  职　务 | …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 磨子桥镇交通运输管理所's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 |
  廉政风险点 | 风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 所长 on every
  row — bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column.

One is harder:

- ``yangxian_rural_road_arrow_measures``: the 农村公路管护站's 岗位廉政风险防控一览表 whose ONE risk
  column ``廉政风险点及防控措施`` holds in each cell the point, an ARROW ``→`` and then its measures,
  ON ONE LINE (``养护材料进场验收把关不严→材料逐车过磅，两人验收签字；验收单当日归档。``): the
  point is the text before the arrow, the measures the text after it; there is no separate
  measures column, the ``风险等级`` column (高/中/低) stands after it. Offices write the arrow the way
  they write a 流程 (``受理→审核→办结``), as "this risk → do this". The README's 读得懂的表 knows a
  ``…及防控措施`` column whose cell has the point first and the measures BELOW it (numbered lines
  ``（1）…``/``①…``/``一是…`` or a ``防控措施：…`` line), the labelled ``风险点：…⏎防控措施：…`` cell,
  a heading merged over two columns (point left, measures right), ``风险点——表现形式`` (a dash
  joining a point and how it shows, not its measures), ``（对应措施2、3）`` brackets, and arrows only
  in LEVEL cells (``高→中``, a level changed from last year's) or in 流程 columns (``受理→审核``); it
  does not describe a point and its measures on one line parted by an arrow. No earlier batch
  writes one: ``grep "→" tests/published/batch*.py`` finds arrows only in 流程/环节 cells (batches
  102, 106, 110, 118, …), in level changes and in prose notes, checked by eye in the time given.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县交通运输局's 法治政府建设 报告 —
股室 负责人, 党组 集体研究, ``三重一大``; another 县交通运输局's 法治政府建设 报告 — 重大决策, 执法;
a 公路局 行风评议 自查 报告 — 公路建设、养护, 执法自由裁量, 超限超载; an item on a 国道 治超站's 路警
联动 专项治理 — 流动稽查, 联合执法; a 乡镇道路运输非法营运专项整治 实施方案; two pages on what a
路政员 and a 专职护路人员 do — 巡查路面, 修补坑洼, 护栏, 标志牌; a page on what a 路政 does —
清理障碍, 监控路况) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 洋县, named with the county's name (four 镇交通运输
管理所 give eight units, as ``is_apart`` wants one unit a layout).

Run ``python tests/published/score.py --set batch447`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text of the ``廉政风险点及防控措施`` cell BEFORE the arrow
  (the arrow and the measures after it are not part of it); the 管护站 has no 科室 there (""); 站长
  is middle (a 站's head, as a 镇文化站's 站长 in batch444), 养护员 and 材料员 general;
- ``局领导`` (a sheet of the 局's leaders, named so by its tab and title), ``段领导`` (a group row) and
  ``中心领导`` (科室 cells) are the 科室 of those leaders; a 局's 股, a 段's 股 and a 中心's 科 are 科室;
  a group row ``二、养护股`` gives the 科室 ``养护股`` (its number left off); the four 镇交通运输管理所
  files name no 科室 (a 镇's 所 is a unit of its own here, written with its 镇; the cards'
  ``所在单位`` is the 所): their 科室 is "";
- 局长, 副局长, 段长, 副段长, 主任 and 副主任 of the 中心 are leaders; 股长, 科长, 站长 and a 所's 所长
  middle; the rest (科员, 路政员, 养护员, 材料员, 运政员, 会计, 出纳, 管理员, 稽查员) general;
- ``风险点 | 风险表现`` (the 谢村镇 list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 谢村镇 list names no person: its forms are posts
  (对岗不对人); in the 磨子桥镇 list the LAST column ``责任领导`` names a supervisor (the 所长, holder
  of his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch444).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b447_"
PLACE = "洋县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
ARROW = "→"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

ARROW_NAME = "yangxian_rural_road_arrow_measures"
ARROW_UNIT = f"{PLACE}农村公路管护站"
ARROW_TAB = "一览表"
ARROW_HEAD = ("序号", "岗位", "姓名", "廉政风险点及防控措施", "风险等级")

# (岗位, tier, 姓名, [(廉政风险点, 防控措施, 等级)])
ARROW_ROWS = [
    ("站长", "middle", "扈楠岱", [
        ("村道养护工程发包不比选", "养护工程三家以上比选，站务会集体研究；结果公示。", "高"),
        ("护路员聘用优亲厚友", "聘用条件公开，镇村推荐、站里考核。", "中"),
    ]),
    ("材料员", "general", "阙樾峤", [
        ("养护材料进场验收把关不严", "材料逐车过磅，两人验收签字；验收单当日归档。", "高"),
        ("沥青、水泥出库不登记私自外借", "出库凭单领用，每月盘点对账。", "中"),
    ]),
    ("养护员", "general", "殳檀岚", [
        ("坑槽修补工程量虚报", "修补前后拍照留存，站长现场抽查。", "中"),
        ("接受沿线施工单位宴请", "签订廉洁承诺书，节前廉洁提醒。", "低"),
    ]),
]  # fmt: skip


def yangxian_rural_road_arrow_measures() -> dict:
    unit = ARROW_UNIT
    sh = _Sheet(ARROW_TAB, [6, 10, 9, 60, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 5)
    sh.add(*ARROW_HEAD)
    first = len(sh.rows)
    n = 0
    for post, tier, who, points in ARROW_ROWS:
        for point, measures, lv in points:
            n += 1
            sh.add(n, post, who, f"{point}{ARROW}{measures}", lv)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, DATE)
    return _layout(
        ARROW_NAME, "https://sboyo.com/1/1726194.html",
        "(harder) 县农村公路管护站 岗位廉政风险防控一览表, after the source's page on what a 专职护路人员 does (巡查路面, 修补坑洼, "
        "护栏, 警示牌): a title, 序号/岗位 and 姓名 merged per person/ONE column ``廉政风险点及防控措施`` whose cells write the point, "
        "an ARROW ``→`` and its measures on one line (no measures column)/风险等级 高/中/低; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yangxian_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("羿杉峣", "局长", "主持全面工作，分管财务、人事", [
            ("交通项目资金安排不经党组集体研究", "一级", "资金安排方案党组会集体研究，结果公开。"),
            ("干部调整中打招呼、说情", "二级", "调整程序公开，全程纪实。"),
        ]),
        ("乜桦崧", "副局长", "分管公路建设、质量安全", [
            ("交通工程招标设置倾向性条件", "一级", "招标文件法制审核，进场公开交易。"),
            ("工程质量检查中接受施工单位宴请", "二级", "检查两人以上，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("建设管理股", "股长", "禚栎峥", "middle", [
            ("工程计量支付审核不严", "一级", "计量资料监理、股室、分管领导三级审核。"),
        ]),
        ("建设管理股", "科员", "厍椿嵘", "general", [
            ("设计变更资料把关不严", "二级", "变更资料集体会审，超限额报局党组。"),
            ("向施工单位泄露检查安排", "三级", "检查计划保密，随机抽查。"),
        ]),
        ("财务股", "股长", "璩柘岑", "middle", [
            ("专项资金拨付不按进度", "一级", "拨付凭进度核查单，分管领导审签。"),
            ("票据审核不严虚列支出", "二级", "报销三级审核，每季度内审。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yangxian_transport_bureau_two_sheets",
        "http://huian.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/jtysj/zfxxgkml/202602/t20260228_3270443.htm",
        "县交通运输局 廉政风险防控表 in two sheets, after the source's 县交通运输局 法治政府建设 报告 (各股室负责人, 局党组议事, "
        "``三重一大`` 集体研究): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 "
        "``一级/二级/三级``/防控措施) and ``股室`` (a title, 序号/股室 merged (建设管理股, 财务股)/岗位 and 姓名 merged per "
        "person/风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def yangxian_highway_section_group_rows() -> dict:
    unit = f"{PLACE}公路管理段"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、段领导", "段领导", [
            ("段长", "蒙柞嵚", "leader", [
                ("养护大中修工程", "大中修工程发包不经集体研究", "制度机制风险", "一级风险", "工程进场交易，段务会集体研究。"),
                ("养护资金管理", "养护资金挪作他用", "业务流程风险", "二级风险", "专款专用，年度审计。"),
            ]),
        ]),
        ("二、养护股", "养护股", [
            ("股长", "濮槿峦", "middle", [
                ("路况检测评定", "路况评定弄虚作假", "岗位职责风险", "二级风险", "检测数据系统留痕，抽查复核。"),
            ]),
            ("养护员", "酆棻崟", "general", [
                ("小修保养", "虚报小修工日和材料", "业务流程风险", "三级风险", "工日台账每日登记，股长签字。"),
            ]),
        ]),
        ("三、路政股", "路政股", [
            ("股长", "仉楫岿", "middle", [
                ("路政许可", "涉路施工许可降低条件", "外部环境风险", "一级风险", "许可条件公开，集体审核。"),
            ]),
            ("路政员", "谯杪嶷", "general", [
                ("路政案件查处", "超限车辆罚款降格处理、收钱不开票", "思想道德风险", "一级风险", "执法记录仪全程记录，罚没票据连号。"),
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
        "yangxian_highway_section_group_rows", "https://xiaomilidoc.com/p-4335894.html",
        "县公路管理段 廉政风险防控责任清单, after the source's 公路局 行风评议 自查 报告 (公路建设、养护, 执法自由裁量, "
        "超限超载治理): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、段领导``, ``二、养护股``, ``三、路政股`` merged across (no 科室 column); 岗位 and 责任人 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yangxian_road_transport_center_list() -> dict:
    unit = f"{PLACE}道路运输服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冼枳嵩", "leader", [
            ("客运线路经营权配置不公开", "制度机制", "高", "线路经营权公开招投标，集体研究。"),
            ("运输企业质量信誉考核打招呼", "思想道德", "中", "考核结果公示，接受申诉。"),
        ]),
        ("运政科", "科长", "闾梓峘", "middle", [
            ("道路运输经营许可审查不严", "岗位职责", "高", "一次性告知，初审复审分离。"),
        ]),
        ("维修驾培科", "科长", "钭栩嵋", "middle", [
            ("驾培机构教练车核定优亲厚友", "业务流程", "中", "核定标准公开，现场核查留影。"),
        ]),
        ("维修驾培科", "科员", "沃槐岚", "general", [
            ("维修企业检查中收受好处", "外部环境", "低", "检查两人以上，检查记录存档。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "yangxian_road_transport_center_list",
        "http://xxgk.zezhou.gov.cn/xzfgzbm/sfj/fdzdgknr/fzzfjs_sfj/202602/t20260228_2325251.shtml",
        "县道路运输服务中心 岗位廉政风险防控一览表, after the source's 县交通运输局 法治政府建设 报告 (重大决策 集体讨论, 交通运输 "
        "执法, 依法履职): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/科室 merged (中心领导, "
        "运政科, 维修驾培科)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yangxian_xiecun_office_posts() -> dict:
    unit = f"{PLACE}谢村镇交通运输管理所"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "middle", [
            ("非法营运整治", "对非法营运车辆查处选择性执法", "制度机制风险", "Ⅰ级", "整治情况登记台账，镇纪委抽查。"),
            ("农村客运补贴申报", "补贴车辆和班次审核不实", "业务流程风险", "Ⅱ级", "申报材料逐车核对，结果公示。"),
        ]),
        ("稽查员", "general", [
            ("路面稽查", "向营运车主通风报信", "思想道德风险", "Ⅰ级", "稽查时间地点临时确定，两人以上执法。"),
            ("暂扣车辆保管", "暂扣车辆私自放行", "岗位职责风险", "Ⅲ级", "暂扣、放行凭单，所长签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yangxian_xiecun_office_posts",
        "https://abg.baidu.com/tags/z7t5l4vvydblpvglzlslpr5xvdj2vvgl26um73wv7plm5one2734vnokvg333mfy",
        "镇交通运输管理所 岗位廉政风险点排查表 对岗不对人, after the source's 乡镇道路运输非法营运专项整治工作实施方案 (非法营运 "
        "查处, 路面稽查): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yangxian_longting_office_selfchecks() -> dict:
    unit = f"{PLACE}龙亭镇交通运输管理所"
    t = _Truth(unit)
    people = [
        ("糜楹峋", "所长", "middle", [
            ("村道安全隐患整治资金使用不实", "高风险", "资金使用台账公开，镇财政所复核。", "已落实"),
            ("护路员考勤补贴发放不实", "中风险", "考勤表村级签字，补贴银行代发。", "未发现问题"),
        ]),
        ("蓟柃嶂", "管理员", "general", [
            ("路产路权巡查发现问题不报告", "中风险", "巡查日志每日填写，所长每周检查。", "已落实"),
            ("接受沿线商户吃请", "低风险", "签订廉洁承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "yangxian_longting_office_selfchecks", "https://sboyo.com/1/2960334.html",
        "镇交通运输管理所 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's page on what a 路政员 "
        "does (巡查公路, 护栏, 标志牌, 记录路面情况): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def yangxian_huayang_office_cards() -> dict:
    unit = f"{PLACE}华阳镇交通运输管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "雍栴峤", "middle", [
            ("景区旅游客运车辆查处打招呼", "★★★", "查处结果集体研究，定期通报。"),
            ("村道安保工程验收走过场", "★★", "验收邀请镇纪委参加，资料存档。"),
            ("接受运输户宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("出纳", "郄杼嵛", "general", [
            ("罚没款现金收入截留", "★★★", "罚没款当日缴存，每日对账。"),
            ("备用金借支不及时清理", "★★", "借支限期报账，每月清理。"),
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
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yangxian_huayang_office_cards", "https://gzjll.com/3/3846345.html",
        "镇交通运输管理所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 出纳), after the source's page on what 路政 does "
        "(巡查道路, 清理障碍, 监控路况): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def yangxian_mozi_office_every_row() -> dict:
    unit = f"{PLACE}磨子桥镇交通运输管理所"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "冀棹嵬"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("所长", chief, "middle", "联合治超中对超限车辆说情放行", "Ⅰ", "路警联合执法，全程记录。"),
        ("所长", chief, "middle", "村道危桥改造项目验收不严", "Ⅱ", "验收邀请县局参加，结果公示。"),
        ("运政员", "暴柊峒", "general", "农村客运班线审核资料不实", "Ⅱ", "资料逐项核对，所长复核。"),
        ("运政员", "暴柊峒", "general", "代收规费不开票", "Ⅲ", "票据连号，每月对账。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "yangxian_mozi_office_every_row", "http://sxjtb.cn/content?content_id=35635&period_id=954",
        "镇交通运输管理所 廉政风险防控清单, after the source's item on a 国道 治超站's 路警联动 专项治理 (流动稽查, 联合执法): "
        "a title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a "
        "LAST ``责任领导`` column naming the 所长 on every row; no type column, no 科室 column; a merged ``注：`` line on the "
        "numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yangxian_rural_road_arrow_measures(),
    yangxian_transport_bureau_two_sheets(),
    yangxian_highway_section_group_rows(),
    yangxian_road_transport_center_list(),
    yangxian_xiecun_office_posts(),
    yangxian_longting_office_selfchecks(),
    yangxian_huayang_office_cards(),
    yangxian_mozi_office_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch447-inbox"))
