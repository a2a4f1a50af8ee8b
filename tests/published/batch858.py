"""The eight-hundred-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water and
flood-control bodies, 望谟县 (of 黔西南布依族苗族自治州, 贵州) — its 水务局, 防汛抗旱指挥部办公室, 水土保持站,
河长制办公室, 农村饮水安全管理站, 水政监察大队 and 水利工程建设管理站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水务局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 防汛抗旱指挥部办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, 高/中/低;
- the 水土保持站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 河长制办公室's 清单 under GROUP ROWS ``一、办公室领导`` … ``三、综合股``, ``高风险/中风险/低风险``;
- the 农村饮水安全管理站's 自查表, one sheet a person: a label row over a row of values, ``★★★/★★/★`` read
  by a ``注：`` line, ``自查情况``;
- the 水政监察大队's 一览表 in TWO SHEETS ``大队领导`` / ``中队``, ``一级风险/二级风险/三级风险``;
- the 水利工程建设管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, 高/中/低, a ``注：`` line.

One is harder:

- ``wangmo_reservoir_duty_slots``: the 水库管理所's 廉政风险防控登记表, ONE SHEET A SMALL RESERVOIR, whose
  three holders — the reservoir's 三个责任人 — stand in ONE ROW of LABELLED SLOTS above the list
  (``行政责任人 | 所长　某某 | 技术责任人 | 工程师　某某 | 巡查责任人 | 巡查员　某某``), and whose list
  (``序号 | 廉政风险点 | 责任类别 | 风险等级 | 防控措施 | 备注``) names no holder: each row's ``责任类别`` cell
  (``行政``/``技术``/``巡查``) says WHICH slot's holder the point belongs to, as a ``注：`` line under
  the list spells out. The README's 读得懂的表 knows a label row over a row of values, a per-row
  ``风险环节`` cell picking among ``经办人 | 复核人 | 审批人`` COLUMNS on the same row, a list keyed by
  (item, role) with an item × role roster, and holders in the title; it does not describe three
  labelled holder slots in one row over the list with a per-row role word picking the slot.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 新华社 report on 水利系统 窝案串案 —
分管农田水利的副局长, 总工程师, 验收, 工程款; a paper on 防汛抗旱物资储备库; a 市水利局 notice on
水土流失综合治理项目督查 — 擅自改变建设内容, 配套资金, 投工投劳签字; a 区 page on 河道禁采 and 采砂综合整治;
a 贵州 news page on 农村供水保障 and 水质监测; a page on 农田水利 “微腐败” — 虚报土方量, 套取补偿金; a
黔西南州 forum post on 水库建设, 病险水库除险加固, 中小河流治理, 山洪灾害监测预警; a paper on 小型水库
管理模式 — 管理所, 管护人员, 巡查, 维修养护) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 岑 and
黄 with rare given names); every unit is a body of 望谟县.

Run ``python tests/published/score.py --set batch858`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is a point of the ONE holder whose labelled slot its
  ``责任类别`` word names (``行政`` → the ``行政责任人`` slot's post and name, and so on), with the row's
  level; one form a holder a sheet, no 科室 (the reservoir is not a 科室; the sheet names the
  reservoir); the ``水库名称`` line, the slots row, the ``注：`` line and the 填表人/审核人 line are no
  points; ``责任类别`` is not a risk type; a 所长/副所长 is a leader, the 工程师, 助理工程师 and 巡查员 general;
- ``局领导``, ``站领导``, ``办公室领导`` are the 科室 of those leaders; the 水政监察大队's leaders (sheet
  ``大队领导``, no 科室 column) and the 防办's card holders have no 科室; a 中队 is a 科室; a group row
  ``二、督查股`` gives the 科室 ``督查股``;
- 局长, 副局长, 主任 (of the 防办 and of the 河长办), 站长, 大队长, 副大队长, 所长, 副所长 are leaders;
  股长 and 中队长 middle; the rest general;
- ``岗位职责``, ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 水土保持站's
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

PREFIX = "b858_"
PLACE = "望谟县"
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

# the 水库管理所's small reservoirs, one sheet each: (reservoir, scale, {责任类别: (label, post, name, tier)}, points)
# each point: (风险点, 责任类别, 风险等级, 防控措施)
RESERVOIRS = [
    ("纳夜水库", "小（1）型", {
        "行政": ("行政责任人", "所长", "岑沨珝", "leader"),
        "技术": ("技术责任人", "工程师", "黄珝琯", "general"),
        "巡查": ("巡查责任人", "巡查员", "黄瑱熹", "general"),
    }, [
        ("除险加固工程施工单位选定打招呼、定向发包", "行政", "一级", "除险加固项目进入县公共资源交易中心公开招标。"),
        ("维修养护经费拨付不按合同进度，优亲厚友", "行政", "二级", "经费按验收结果拨付，支付凭证所务会审核。"),
        ("大坝安全鉴定、工程验收中签署不实的技术意见", "技术", "一级", "技术意见双人复核，验收资料存档备查。"),
        ("白蚁防治等零星工程量签证虚增", "技术", "二级", "工程量签证附现场影像，监理和所领导共同签字。"),
        ("巡查记录补记、代签，虚报巡查补助", "巡查", "三级", "巡查轨迹由巡检系统上报，补助按系统记录核发。"),
    ]),
    ("坡岩水库", "小（2）型", {
        "行政": ("行政责任人", "副所长", "岑霈霂", "leader"),
        "技术": ("技术责任人", "助理工程师", "岑瑝瑱", "general"),
        "巡查": ("巡查责任人", "巡查员", "黄澂翎", "general"),
    }, [
        ("库区网箱养殖、垂钓承包违规审批收取好处", "行政", "一级", "库区经营事项所务会集体研究，结果公示。"),
        ("汛前检查发现的隐患瞒报、整改验收走过场", "技术", "二级", "隐患台账逐项销号，整改结果报县水务局。"),
        ("放水闸门启闭为周边用水户“开后门”", "巡查", "二级", "启闭按调度指令执行，操作记录上墙。"),
        ("管理房维修材料采购以次充好", "行政", "三级", "材料询价三家以上，验收双人签字。"),
    ]),
]  # fmt: skip


def wangmo_reservoir_duty_slots() -> dict:
    unit = f"{PLACE}水库管理所"
    t = _Truth(unit)
    sheets = []
    for name, scale, holders, points in RESERVOIRS:
        sh = _Sheet(name, [6, 40, 10, 9, 36, 10])
        _line(sh, f"{unit}{name}廉政风险防控登记表", 6)
        _line(sh, f"水库名称：{name}{GAP * 4}工程规模：{scale}{GAP * 4}管理单位：{unit}", 6)
        cells = []
        for kind in ("行政", "技术", "巡查"):
            label, post, who, _tier = holders[kind]
            cells += [label, f"{post}{GAP}{who}"]
        sh.add(*cells)
        sh.add("序号", "廉政风险点", "责任类别", "风险等级", "防控措施", "备注")
        for i, (point, kind, lv, measures) in enumerate(points, 1):
            sh.add(i, point, kind, lv, measures, None)
        # the truth one form a holder, in the slots' order
        for kind in ("行政", "技术", "巡查"):
            _label, post, who, tier = holders[kind]
            for point, k, lv, _measures in points:
                if k == kind:
                    t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        _line(
            sh,
            "注：“责任类别”栏填“行政”“技术”“巡查”，分别由本库行政责任人、技术责任人、巡查责任人负责防控。",
            6,
        )
        sh.add("填表人：", None, "审核人：", None, "2025年4月", None)
        sheets.append(sh)
    return _layout(
        "wangmo_reservoir_duty_slots", "https://fx361.cc/page/2022/0318/18943428.shtml",
        "(harder) 县水库管理所 廉政风险防控登记表, one sheet a small reservoir (纳夜水库, 坡岩水库), after the source's "
        "小型水库管理模式 (管理所, 管护人员, 巡查, 维修养护, 防汛能力): a title, a ``水库名称：…　工程规模：…`` line, then "
        "ONE ROW of three LABELLED HOLDER SLOTS ``行政责任人 | 所长　某某 | 技术责任人 | 工程师　某某 | 巡查责任人 | "
        "巡查员　某某`` (the reservoir's 三个责任人) over a list ``序号 | 廉政风险点 | 责任类别 | 风险等级 | 防控措施 | 备注`` "
        "whose ``责任类别`` cell (行政/技术/巡查) names WHICH slot's holder the row's point belongs to; ``一级/二级/三级``; a "
        "``注：`` line keying the words to the slots and a 填表人/审核人 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wangmo_water_bureau_list() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 40, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "黄璟璩", "leader", "水利项目立项、资金分配个人说了算", "一级",
         "项目资金分配经局党组会集体研究，会议纪要存档。"),
        ("局领导", "局长", "黄璟璩", "leader", "为承包商承揽水利工程打招呼、说情", "一级", "严格落实插手干预工程建设登记报告制度。"),
        ("局领导", "副局长", "黄沨瑝", "leader", "分管农田水利工程验收、款项拨付收受好处", "一级",
         "验收邀请纪检组列席，工程款按合同和审计结果拨付。"),
        ("规划建设股", "股长", "岑瑝甯", "middle", "设计变更审核把关不严，变相增加工程量", "二级", "设计变更报局技术委员会集体审定。"),
        ("规划建设股", "股长", "岑瑝甯", "middle", "质量检测资料审查流于形式", "二级", "检测报告抽查复核，随工程档案归档。"),
        ("计划财务股", "会计", "黄熹翃", "general", "水利建设资金拨付不按程序审核", "二级", "资金拨付经办、复核、审批三级签字。"),
        ("计划财务股", "会计", "黄熹翃", "general", "往来款项长期挂账不清理", "三级", "每季度清理往来账，清理结果报局长。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "wangmo_water_bureau_list", "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2014-06/12/content_2699945.htm",
        "县水务局 岗位廉政风险防控一览表, after the source's report on 水利系统 窝案串案 (分管农田水利的副局长, 总工程师, 工程验收, "
        "工程款拨付, 承包商攻关): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wangmo_flood_office_cards() -> dict:
    unit = f"{PLACE}防汛抗旱指挥部办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "岑翃霡", "主任", "主持县防办日常工作", "leader", [
            ("防汛抗旱物资采购指定供应商", "高", "物资采购按政府采购程序，采购清单公示。"),
            ("应急度汛工程不经比选直接委托施工", "高", "应急工程事后补办手续并报县防指审核。"),
            ("水毁修复项目申报虚报灾情", "中", "灾情核查双人现场拍照，乡镇签字确认。"),
        ]),
        ("物资保管员", "岑澂翊", "物资保管员", "负责防汛物资储备库管理", "general", [
            ("防汛物资出入库不登记、账实不符", "中", "出入库凭调拨单办理，每月盘点。"),
            ("过期物资报废处置私自变卖", "中", "报废物资登记造册，集体处置。"),
            ("借用物资不按时收回", "低", "借用登记，汛后清点收回。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wangmo_flood_office_cards", "https://fx361.cc/page/2016/0102/13973843.shtml",
        "县防汛抗旱指挥部办公室 岗位廉政风险防控卡, one sheet a person, after the source's 防汛抗旱物资储备库 (物资储备, 中转, "
        "供应, 储备制度): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/风险等级 "
        "高/中/低/防控措施; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wangmo_soil_conservation_posts() -> dict:
    unit = f"{PLACE}水土保持站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "水土流失综合治理项目擅自变更建设内容", "制度机制风险", "Ⅰ级",
         "设计变更按程序报批，变更资料存档。"),
        ("站领导", "站长", "leader", "治理项目配套资金挤占挪用", "岗位职责风险", "Ⅰ级", "配套资金专账核算，接受审计。"),
        ("监督股", "股长", "middle", "生产建设项目水土保持方案审查打人情分", "岗位职责风险", "Ⅱ级",
         "方案审查实行专家评审，结果公示。"),
        ("监督股", "监督员", "general", "监督检查选择性执法、降低处罚标准", "思想道德风险", "Ⅱ级", "执法全过程记录，处罚集体审议。"),
        ("治理股", "技术员", "general", "坡改梯、谷坊等措施图斑面积核定不实", "业务流程风险", "Ⅱ级",
         "图斑面积现场复核并无人机抽查。"),
        ("治理股", "技术员", "general", "农民投工投劳签字手续代签", "业务流程风险", "Ⅲ级", "投工投劳名册由村委会核实签章。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "wangmo_soil_conservation_posts", "http://smsl.sm.gov.cn/zwgk/zcjd/201805/t20180522_1136410.htm",
        "县水土保持站 岗位廉政风险点排查表 对岗不对人, after the source's 水土流失综合治理项目督查 (擅自改变建设规模和内容, "
        "配套资金, 坡改梯、谷坊, 农民投工投劳签字手续): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wangmo_river_chief_office_groups() -> dict:
    unit = f"{PLACE}河长制办公室"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "岑琎曌", "leader", [
                ("河道采砂许可审查中为采砂业主说情", "高风险", "采砂许可按规划审查，集体研究决定。"),
                ("河湖“清四乱”问题整改验收放水", "中风险", "整改销号附现场照片，交叉验收。"),
            ]),
        ]),
        ("二、督查股", "督查股", [
            ("股长", "岑瑝霈", "middle", [
                ("巡河督查发现的非法采砂线索瞒报不报", "高风险", "督查问题清单化登记，逐件移交水政执法。"),
                ("河长制考核评分弄虚作假", "中风险", "考核评分双人打分，结果公示。"),
            ]),
            ("股员", "岑甯翊", "general", [
                ("河道保洁购买服务验收不严", "中风险", "保洁考核随机抽查，验收记录存档。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("股员", "岑璆澂", "general", [
                ("河长制工作经费报销票据不实", "低风险", "报销附活动记录，经办、审核、审批三签。"),
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
        "wangmo_river_chief_office_groups", "http://www.gdtianyu.net/industry/144522.html",
        "县河长制办公室 廉政风险防控清单, after the source's 河道禁采 and 采砂管理综合整治 (联合执法巡查, 打击非法采砂, 举报通道): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、办公室领导``, "
        "``二、督查股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wangmo_rural_water_selfchecks() -> dict:
    unit = f"{PLACE}农村饮水安全管理站"
    t = _Truth(unit)
    people = [
        ("黄璆瑊", "站领导", "站长", "leader", [
            ("农村供水工程维修养护资金分配不公开", "★★★", "维修资金分配方案站务会研究并公示。", "已落实"),
            ("供水工程建设管材、设备采购收受回扣", "★★★", "管材设备统一招标采购，进场抽检。", "未发现问题"),
            ("水费收缴和使用情况不公示", "★★", "水费收支每季度在村务公开栏公示。", "已落实"),
        ]),
        ("黄翛昳", "水质检测室", "检测员", "general", [
            ("水质检测数据弄虚作假", "★★★", "检测原始记录双人签字，定期送第三方比对。", "已落实"),
            ("检测试剂耗材采购虚报数量", "★", "试剂领用登记，每季度盘点。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wangmo_rural_water_selfchecks", "http://szb.eyesnews.cn/pad/cont/202203/10/content_49224.html",
        "县农村饮水安全管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 贵州水利 "
        "八个方面 (巩固脱贫攻坚饮水安全成果, 农村供水保障, 水质监测合格率): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def wangmo_water_supervision_two_sheets() -> dict:
    unit = f"{PLACE}水政监察大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 9, 18, 38, 10, 34])
    _line(lead, f"{unit}领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("岑珝翎", "大队长", "主持全面工作", [
            ("水事违法案件查处中以罚代刑、不移送", "一级风险", "案件移送集体研究，移送台账备查。"),
            ("对违规取水、设障行为降格处理", "二级风险", "行政处罚案件集体审议。"),
        ]),
        ("岑熹琭", "副大队长", "分管执法巡查", [
            ("巡查发现的违法行为选择性立案", "一级风险", "巡查发现问题当日登记，立案情况月报。"),
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
    dept = _Sheet("中队", [6, 14, 9, 9, 38, 10, 34])
    _line(dept, f"{unit}中队廉政风险防控一览表", 7)
    dept.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("执法一中队", "中队长", "岑旻砚", "middle", "土方量、采砂量核定时虚报少报，套取补偿", "一级风险",
         "工程量现场测量双人签字，资料留存。"),
        ("执法一中队", "中队长", "岑旻砚", "middle", "暂扣采砂设备私自放行", "二级风险", "暂扣物品登记入库，解除须集体审批。"),
        ("执法一中队", "执法员", "黄沕砚", "general", "执法文书事后补填、证据不全", "三级风险", "执法记录仪全程记录，案卷评查。"),
        ("执法二中队", "中队长", "岑沨翙", "middle", "接受被检查单位宴请、礼品", "二级风险", "执法检查两人以上，不得单独接触当事人。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wangmo_water_supervision_two_sheets", "https://www.huaian.me/wen/10.html",
        "县水政监察大队 廉政风险防控一览表 in TWO SHEETS, after the source's 农田水利 “微腐败” (伪造工程合同, 虚报土方量, "
        "套取河道整治补偿金, 立体问责): sheet 大队领导 with 姓名/职务/分管工作 merged per leader, sheet 中队 with 中队 merged "
        "and 岗位/姓名 merged per person; ``一级风险/二级风险/三级风险``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wangmo_construction_station_list() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "黄瑊熹", "leader", "病险水库除险加固项目招标设置排他性条件", "制度机制", "高",
         "招标文件经法律顾问和纪检组审查。"),
        ("站领导", "站长", "黄瑊熹", "leader", "中小河流治理项目竣工验收降低标准", "岗位职责", "高",
         "验收组由县水务局、质量监督站共同组成。"),
        ("工程管理股", "股长", "岑珝琯", "middle", "施工现场签证、隐蔽工程验收不到场", "业务流程", "中",
         "隐蔽工程验收留存影像，监理、业主共同签字。"),
        ("工程管理股", "技术员", "岑琀翮", "general", "山洪灾害监测站点建设材料验收不严", "业务流程", "中",
         "材料进场报验，不合格材料登记退场。"),
        ("财务股", "出纳", "岑曌熹", "general", "工程预付款、进度款超额支付", "外部环境", "中",
         "支付凭监理签认的进度报表和合同办理。"),
        ("财务股", "出纳", "岑曌熹", "general", "农民工工资专户资金挪作他用", "思想道德", "低", "专户资金按月对账，公示发放情况。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "wangmo_construction_station_list", "http://bbs.anlongzx.com/archiver/showtopic-11581.aspx",
        "县水利工程建设管理站 岗位廉政风险防控一览表, after the source's 黔西南州 水务 十年 (水库建设, 病险水库除险加固, "
        "中小河流治理, 山洪灾害监测预警系统): ``附件3``, a title and a 填报单位（盖章） line, ``部门 | 岗位 | 责任人`` on "
        "EVERY row, short types, 高/中/低; a ``注：`` line and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wangmo_reservoir_duty_slots(),
    wangmo_water_bureau_list(),
    wangmo_flood_office_cards(),
    wangmo_soil_conservation_posts(),
    wangmo_river_chief_office_groups(),
    wangmo_rural_water_selfchecks(),
    wangmo_water_supervision_two_sheets(),
    wangmo_construction_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch858-inbox"))
