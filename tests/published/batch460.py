"""The four-hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林草
bodies, 康县 (陇南, Gansu) — the 县林业和草原局, the 县国有林场, the 县森林病虫害防治检疫站, the
县林业技术推广站 and the 林业站 of four 镇 (阳坝镇, 平洛镇, 岸门口镇, 王坝镇) — each handing back the
一览表, 责任清单, 防控表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 国有林场's 责任清单 under GROUP ROWS ``一、场领导``, ``二、营林股``, ``三、资源管护股`` merged across
  (no 科室 column): ``岗位 | 责任人`` merged per person, ``工作事项`` before the ``廉政风险点``, ``…风险``
  types, ``一级风险/二级风险/三级风险``;
- the 森林病虫害防治检疫站's file in two sheets: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``高风险/中风险/低风险``, no
  type column, an 编制/审核/date line under each;
- the 林业技术推广站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types under ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室;
- the 阳坝镇林业站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` over
  ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 平洛镇林业站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 | 岗　位 |
  填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``, 高/中/低, no
  type column, ``本人签名： | … | 站长审核：``;
- the 岸门口镇林业站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 王坝镇林业站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``kangxian_forestry_bureau_type_marks``: the 县林业和草原局's 岗位廉政风险防控一览表 with NO TYPE COLUMN
  whose points carry their TYPE AS A MARK BEFORE THE TEXT: ``▲插手林业工程项目发包`` is 思想道德,
  ``●…`` 制度机制, ``■…`` 岗位职责, ``◆…`` 业务流程, ``◇…`` 外部环境, as a merged line under the table
  says (``注：廉政风险点前标“▲”的为思想道德风险，标“●”的为制度机制风险，…``); the level has its own
  column (``一级/二级/三级``), so the marks say nothing of the level. ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per person, ``附件`` and a title
  above, a 制表/审核/date line below. The README's 读得懂的表 knows a mark before a point giving its
  LEVEL (``风险点前标“★”的为一级风险点，标“☆”的为二级……未标注的为三级``, batch230), types given
  by a type column (words, codes ``A``/``甲`` explained by 填表说明, ticks under type columns, ``□/☑``),
  by group rows (``二、岗位职责风险``, ``（一）思想道德风险``), by the letters of a 风险编码 (``ZD-01``), by
  number in a note (``第1、5项为思想道德风险``), by the point cells' fill colours under a colour note,
  by blocks headed by a type, by the sheet's name: none is a symbol before the point naming its
  TYPE under a legend note, the level standing in its own column. ``grep -l "为思想道德风险"``
  over the earlier batches finds the note only with numbers, colours and codes, never with marks.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县's 造林补助 page — 申报流程,
作业设计, 县级自查, 发放程序 by the 林业局造林股 and the 林业站; a yearly 林业和草原 work plan — 国有林场改革,
森林抚育; an encyclopaedia entry on a 市森林病虫防治检疫站 — 检疫科, 测报防治科, 植物检疫; an answer on
造林补助 and 森林抚育补助 standards; a report on a 区林业局's 灾害木采伐 — 采伐指标, 乡镇林业站负责采伐监督;
a novel's chapter on a 基层林业站's 采伐 season — 林权纠纷, 申请表, 公示; a report on a 省's 生态护林员
选聘 rule; a photo report of 林业局技术人员 guiding 树苗补植 in a 镇) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 康县,
named with the county's name (no earlier unit holds ``康县``).

Run ``python tests/published/score.py --set batch460`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the mark before a 廉政风险点 is its type, as the note says (▲ 思想道德, ● 制度机制,
  ■ 岗位职责, ◆ 业务流程, ◇ 外部环境), one type a point; the point is the cell's text WITHOUT its mark
  (as batch230 took the ★/☆ off); the marks are no level (the 风险等级 column gives it); the ``注：``
  line is no point;
- ``局领导`` (a 股室 cell of the 林草局), ``站领导`` (a sheet of the 森防站's leaders, named so by its
  tab) and ``场领导`` (a group row of the 林场) are the 科室 of those leaders; a 局's 股 and 财务室, a
  站's 科 (检疫科, 测报防治科) and a 林场's 股 are 科室; a group row ``二、营林股`` gives the 科室
  ``营林股`` (its number left off); the 推广站's list and the four 镇林业站 files name no 科室: their
  科室 is "" and the 站 is the unit (``康县阳坝镇林业站``, as the title and the cards' ``所在单位``
  write it);
- 局长, 副局长, 场长, 副场长, a 站's 站长 and 副站长 are leaders; 股长 and 科长 middle; the rest (科员,
  会计, 技术员, 护林员, 检疫员, 出纳, 林业员, 报账员) general;
- ``风险点 | 风险表现`` (the 推广站's list): the point is the short 风险点; ``分管工作``, ``工作事项`` and
  ``自查情况`` are no points and name no holder; the 推广站's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

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

PREFIX = "b460_"
PLACE = "康县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

MARK_NAME = "kangxian_forestry_bureau_type_marks"
MARK_UNIT = f"{PLACE}林业和草原局"
MARK_TAB = "一览表"
MARK_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
# the mark before a 廉政风险点 is its TYPE, as the note under the table says
MARKS = {"▲": "思想道德", "●": "制度机制", "■": "岗位职责", "◆": "业务流程", "◇": "外部环境"}
MARK_NOTE = "注：廉政风险点前标“▲”的为思想道德风险，标“●”的为制度机制风险，标“■”的为岗位职责风险，标“◆”的为业务流程风险，标“◇”的为外部环境风险。"

# (股室, 岗位, tier, 姓名, [(mark, 廉政风险点, 风险等级, 防控措施)])
MARK_ROWS = [
    ("局领导", "局长", "leader", "郏沨旸", [
        ("●", "造林补助资金分配不经党组会集体研究", "一级", "资金分配方案党组会研究，结果公示。"),
        ("▲", "插手林业工程项目发包", "一级", "工程项目公开比选，局长不直接分管。"),
    ]),
    ("局领导", "副局长", "leader", "殳翀珝", [
        ("◇", "林木采伐审批中接受说情", "一级", "采伐审批集体会审，说情登记报告。"),
        ("◆", "林地征占用审核把关不严", "二级", "现场查验两人以上，审核意见复核。"),
    ]),
    ("资源股", "股长", "middle", "仝岍赟", [
        ("■", "采伐限额分配优亲厚友", "一级", "限额分配方案公开，乡镇林业站联审。"),
        ("◆", "伐区验收走过场", "二级", "验收拍照留痕，随机抽查复验。"),
    ]),
    ("造林股", "科员", "general", "濮旻棨", [
        ("◆", "造林面积核查虚报多报", "二级", "核查数据与卫星图斑比对，村级公示。"),
        ("▲", "收受造林大户礼品", "三级", "签订廉洁承诺书，拒收登记。"),
    ]),
    ("财务室", "会计", "general", "冼琰翮", [
        ("●", "生态补偿资金拨付不按程序", "二级", "拨付经局长审签，一卡通直达农户。"),
        ("■", "报销票据审核不严", "三级", "票据逐张审核，会计出纳分设。"),
    ]),
]  # fmt: skip


def kangxian_forestry_bureau_type_marks() -> dict:
    unit = MARK_UNIT
    sh = _Sheet(MARK_TAB, [5, 10, 9, 8, 36, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*MARK_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in MARK_ROWS:
        for mark, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{mark}{point}", lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [MARKS[mark]], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, MARK_NOTE, 7)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        MARK_NAME, "https://wdrnn.com/html/262222622526233288398.html",
        "(harder) 县林业和草原局 岗位廉政风险防控一览表, after the source's page on 造林补助 (申报流程, 作业设计, 县级自查, 发放程序 "
        "through 林业局造林股 and 林业站): ``附件``, a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施, NO TYPE COLUMN: each 廉政风险点 carries its TYPE as a mark before its text (``▲`` 思想道德, "
        "``●`` 制度机制, ``■`` 岗位职责, ``◆`` 业务流程, ``◇`` 外部环境), read by a merged ``注：廉政风险点前标“▲”的为思想道德风险，…`` "
        "line under the table; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kangxian_forest_farm_group_rows() -> dict:
    unit = f"{PLACE}国有林场"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、场领导", "场领导", [
            ("场长", "扈韫铎", "leader", [
                ("森林抚育", "抚育项目施工队伍不经比选指定", "制度机制风险", "一级风险", "施工队伍公开比选，场务会研究。"),
                ("林产品销售", "间伐材低价销售给关系人", "岗位职责风险", "一级风险", "林产品公开竞价，结果公示。"),
            ]),
            ("副场长", "酆骞玚", "leader", [
                ("职工管理", "临时用工虚报人数套取工资", "业务流程风险", "二级风险", "用工实名登记，工资打卡发放。"),
            ]),
        ]),
        ("二、营林股", "营林股", [
            ("股长", "郤珣暄", "middle", [
                ("作业设计", "抚育作业设计面积与实际不符", "业务流程风险", "一级风险", "设计成果现场复核，县局抽查。"),
            ]),
            ("技术员", "闾棨珝", "general", [
                ("苗木调运", "接受苗木供应商好处", "外部环境风险", "二级风险", "苗木采购集体定价，两人验收。"),
                ("检查验收", "抚育质量验收降低标准", "岗位职责风险", "三级风险", "验收标准公开，拍照留痕。"),
            ]),
        ]),
        ("三、资源管护股", "资源管护股", [
            ("股长", "阙翮韫", "middle", [
                ("护林巡查", "对林区盗伐行为隐瞒不报", "岗位职责风险", "一级风险", "巡护轨迹定位，月度通报。"),
            ]),
            ("护林员", "佘骞沨", "general", [
                ("林区巡护", "收受好处放任违规放牧", "思想道德风险", "三级风险", "签订廉洁承诺书，交叉巡查。"),
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
        "kangxian_forest_farm_group_rows", "http://chinagdp.org/lyj/201904/28817.html",
        "县国有林场 廉政风险防控责任清单, after the source's yearly 林业和草原 work points (国有林场改革, 森林抚育, 集体林权): "
        "a title, 序号/岗位/责任人/``工作事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、场领导``, ``二、营林股``, ``三、资源管护股`` merged across (no 科室 column); 岗位 and 责任人 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def kangxian_pest_station_two_sheets() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("苌韫珣", "站长", "主持全面工作，分管财务", [
            ("防治药剂采购不经集体研究", "高风险", "采购方案站务会研究，政府采购平台购买。"),
            ("防治工程验收中接受请托", "中风险", "验收邀请乡镇林业站参加，结果公示。"),
        ]),
        ("莘暄岍", "副站长", "分管检疫、测报", [
            ("检疫处罚案件降格处理", "高风险", "案件集体审理，处罚结果公开。"),
            ("测报数据弄虚作假", "低风险", "测报点数据双人核对，定期抽查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], BANDS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 11, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("检疫科", "科长", "戈旸琰", "middle", [
            ("违规签发植物检疫证书", "高风险", "证书签发两级审核，电子台账可查。"),
        ]),
        ("检疫科", "检疫员", "终翀禛", "general", [
            ("产地检疫不到现场即出具合格证", "高风险", "产地检疫两人到场，拍照留存。"),
            ("收受苗木经营户礼品", "中风险", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("测报防治科", "科长", "逄峣珣", "middle", [
            ("防治作业量核定不实", "中风险", "作业量现场核定，结果公示。"),
            ("防治物资出入库不登记", "低风险", "物资台账专人管理，季度盘点。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], BANDS[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "kangxian_pest_station_two_sheets",
        "https://newton.com.tw/wiki/%E5%AE%9C%E6%98%8C%E5%B8%82%E6%A3%AE%E6%9E%97%E7%97%85%E8%9F%B2%E9%98%B2%E6%B2%BB%E6%AA%A2%E7%96%AB%E7%AB%99",
        "县森林病虫害防治检疫站 廉政风险防控表 in two sheets, after the source's entry on a 市森林病虫防治检疫站 (内设 办公室, 财务科, "
        "测报防治科, 检疫科; 调查监测, 植物检疫, 查处): ``站领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施) and ``科室`` (a title, 序号/科室 merged (检疫科, 测报防治科)/岗位 and 姓名 merged "
        "per person/风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def kangxian_extension_station_posts() -> dict:
    unit = f"{PLACE}林业技术推广站"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("推广项目安排", "示范基地项目向关系户倾斜", "制度机制风险", "Ⅰ级", "项目安排站务会研究，结果公示。"),
            ("良种补贴审核", "良种苗木补贴数量审核不实", "岗位职责风险", "Ⅱ级", "补贴数量现场核实，村级公示。"),
        ]),
        ("技术员", "general", [
            ("技术服务", "借技术指导向林农索要好处", "思想道德风险", "Ⅰ级", "服务情况回访，公开监督电话。"),
            ("苗木质量检验", "对不合格苗木出具合格意见", "业务流程风险", "Ⅱ级", "检验两人签字，样品留存。"),
        ]),
        ("出纳", "general", [
            ("培训经费管理", "培训人数虚报套取经费", "业务流程风险", "Ⅲ级", "培训实名签到，照片留存。"),
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
        "kangxian_extension_station_posts", "https://www.qx47.com/zhishi/2/11871.html",
        "县林业技术推广站 岗位廉政风险点排查表 对岗不对人, after the source's answer on 造林补助 and 森林抚育补助 (补助对象, "
        "资金使用方向, 补助标准): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类别 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def kangxian_yangba_station_cards() -> dict:
    unit = f"{PLACE}阳坝镇林业站"
    t = _Truth(unit)
    cards = [
        ("站长", "冼韫棨", "leader", [
            ("林木采伐申请初审放宽条件", "★★★", "初审条件公开，村级公示七日。"),
            ("灾害木采伐数量核实不严", "★★", "现场核实两人以上，拍照留痕。"),
            ("接受林农宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副站长", "亢珝暄", "leader", [
            ("采伐作业监督不到位", "★★★", "采伐现场定期巡查，记录存档。"),
            ("生态护林员考核打人情分", "★★", "考核结果公示，镇纪委抽查。"),
        ]),
        ("林业员", "扈旻岍", "general", [
            ("伐区调查设计数据失实", "★★", "设计数据复核，县局抽查。"),
            ("泄露林权档案信息", "★", "档案专人保管，查阅登记。"),
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
        "kangxian_yangba_station_cards", "http://orbesonora.com/html/2016/bmdt2_0829/38238.html",
        "镇林业站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 林业员), after the source's report on a 区林业局 "
        "managing 灾害木采伐 (采伐指标, 伐区设计, 乡镇林业站负责采伐监督): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … "
        "| 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars "
        "and ``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def kangxian_pingluo_station_selfchecks() -> dict:
    unit = f"{PLACE}平洛镇林业站"
    t = _Truth(unit)
    people = [
        ("莘旸铎", "站长", "leader", [
            ("林权纠纷调处偏袒一方", "高", "调处过程记录，结果村级公示。"),
            ("采伐指标分配不公开", "高", "指标分配方案镇党委会研究。"),
            ("林业档案管理混乱", "中", "档案清单逐项核对。"),
        ]),
        ("苌翮珣", "林业员", "general", [
            ("采伐申请表代填代签", "中", "申请表本人签字，站长复核。"),
            ("收受林农土特产", "低", "拒收登记，公开举报电话。"),
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
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "kangxian_pingluo_station_selfchecks", "https://jxweifu.com/book/vksjir/gfwjir_3.html",
        "镇林业站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's chapter on a 基层林业站's "
        "采伐 season (采伐指标, 林权纠纷, 申请表, 公示审批): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def kangxian_anmenkou_station_every_row() -> dict:
    unit = f"{PLACE}岸门口镇林业站"
    sh = _Sheet("清单", [6, 16, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "逄沨琰", "leader", "生态护林员选聘中优亲厚友", "Ⅰ", "选聘条件公开，名单村级公示。"),
        ("站长", "逄沨琰", "leader", "护林员劳务补助发放不核实", "Ⅱ", "补助按考核结果发放，一卡通直达。"),
        ("林业员", "终珝峣", "general", "护林员巡护考核走过场", "Ⅰ", "巡护轨迹定位，月度通报。"),
        ("林业员", "终珝峣", "general", "林地占用线索隐瞒不报", "Ⅲ", "线索台账登记，县局抽查。"),
        ("报账员", "阙禛旻", "general", "公益林补偿资金截留", "Ⅱ", "补偿资金专账管理，张榜公布。"),
        ("报账员", "阙禛旻", "general", "虚列办公费用", "Ⅲ", "费用凭证站长审签。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "kangxian_anmenkou_station_every_row", "http://f.china.com.cn/2017-11/06/content_50052872.htm",
        "镇林业站 廉政风险防控清单, after the source's report on a 省's 生态护林员 选聘管理办法 (县、乡镇、村组审核筛选): a title, "
        "then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type "
        "column, no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def kangxian_wangba_station_list() -> dict:
    unit = f"{PLACE}王坝镇林业站"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "仝琰铎", "leader", [
            ("补植补造验收降低标准", "岗位职责", "高", "验收按标准逐块进行，结果报县局。"),
            ("协调林地纠纷中接受请托", "思想道德", "中", "协调结果公开，接受监督。"),
        ]),
        ("副站长", "濮岍翀", "leader", [
            ("造林苗木数量签收不实", "业务流程", "高", "苗木签收两人清点，照片留存。"),
        ]),
        ("林业员", "殳暄翮", "general", [
            ("森林防火物资领用不登记", "制度机制", "低", "物资领用登记，季度盘点。"),
            ("接受苗木大户礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "kangxian_wangba_station_list",
        "https://lqnews.zjol.com.cn/lqnews/system/2016/03/08/020251682.shtml",
        "镇林业站 岗位廉政风险防控一览表, after the source's photo report of 林业局技术人员 guiding 树苗补植 in a 镇 (森林抚育补贴, "
        "减针补阔): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kangxian_forestry_bureau_type_marks(),
    kangxian_forest_farm_group_rows(),
    kangxian_pest_station_two_sheets(),
    kangxian_extension_station_posts(),
    kangxian_yangba_station_cards(),
    kangxian_pingluo_station_selfchecks(),
    kangxian_anmenkou_station_every_row(),
    kangxian_wangba_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch460-inbox"))
