"""The four-hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 住建 bodies,
子洲县 (a county of 榆林 in the 陕北 loess hills, on the 大理河, its staff Han) — the 县住房和城乡建设局,
its 建筑工程质量安全监督站, 房屋征收服务中心 and 市政设施管护站, and the 规划建设站 of four of its towns
(双湖峪镇, 马蹄沟镇, 电市镇, 苗家坪镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单, 清单 or
自查表 its staff typed in WPS or Excel:

- the 质监站's file in two sheets: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column, an
  编制/审核/date line under each;
- the 征收中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、征收业务股``, ``三、综合股`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 管护站's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 双湖峪镇规划建设站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column;
- the 马蹄沟镇规划建设站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 电市镇规划建设站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 站长 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 苗家坪镇规划建设站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  no 科室 column, ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``zizhou_housing_bureau_short_names``: the 住建局's 机关股室及局属单位 岗位廉政风险防控一览表 whose
  局属单位 ARE WRITTEN BY SHORT NAMES THAT ONLY A NOTE ABOVE THE TABLE EXPANDS. The 局 lists its own
  股室 (``局领导``, ``建管股``) and its three 局属单位 in one column ``股室（单位）`` (merged over each
  body's rows; ``岗位`` and ``姓名`` merged per person), but writes the 局属单位 as the office calls
  them — ``质监站``, ``征收中心``, ``管护站`` — and a merged line between the title and the heading says
  what they are: ``注：本表“股室（单位）”一栏中，“质监站”指子洲县建筑工程质量安全监督站，“征收中心”指
  子洲县房屋征收服务中心，“管护站”指子洲县市政设施管护站。`` The body a holder works in (the 站长 of the
  质监站 is 隰岍洌) is thus given in two places: a short name in the row and its full name in a
  note. This is how a 局 that gathers its 局属单位's posts into its own list writes them when the
  column is narrow. The README's 读得懂的表 knows a 局属单位 written in full as a group row of a
  summary (``二、县动物疫病预防控制中心`` read as a 科室 of the 局), a 科室 written in the SHEET NAME by a
  short name that the TITLE gives in full (``综治办`` and ``综合治理办公室``), 科室 given by CODES a note
  explains (``DEPT_CODES``), and the 简称 of a body in an ``站所`` cell with the town before it; it does
  not describe a 科室 or 局属单位 written in the table's rows by a short name (not a code: a word the
  office uses) whose full name only a ``注：“X”指…`` line gives. No earlier batch writes one:
  a search of ``tests/published/batch*.py`` for ``”指`` or ``简称`` in a note finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an account of a 市政工程管理处 that
is 通常隶属于住建局 — 道路、桥梁、排水管网、照明设施 养护, 应急抢险; a note on 实行建设工程施工许可的意义 —
施工条件, 质量安全监督手续; an account of 国有土地上的房屋征收程序 — 社会稳定风险评估, 入户调查, 评估,
补偿协议, 搬迁; a 市政设施管理维护手册 — 道路与桥梁, 排水管网, 照明, 维护责任分工, 考核; a note on how
属地乡镇政府 查处 未取得施工许可证擅自施工 — 巡查, 制止, 上报; an account of 路灯管理与维修 — 设施老化,
维修资金; an account of 房屋征收有哪些程序 — 调查登记, 补偿方案, 签约; an essay on 市政设施设备的维护
管理 — 定期检查、维修、更新改造, 责任划分) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 子洲县, named with the county's name
(no earlier unit holds ``子洲县``; 双湖峪镇, 马蹄沟镇, 电市镇 and 苗家坪镇 are towns of the county).

Run ``python tests/published/score.py --set batch437`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the 科室 of a row is its ``股室（单位）`` cell, a short name READ BY THE NOTE in
  full without the county (``质监站`` → ``建筑工程质量安全监督站``, ``征收中心`` → ``房屋征收服务中心``,
  ``管护站`` → ``市政设施管护站``), as the README reads a sheet name by the title's full name and a
  summary's 局属单位 as the 局's 科室; ``局领导`` and ``建管股`` as written; the unit is the 局; a 局属单位's
  站长 and 主任 are middle (heads of bodies the 局's list ranks with its 股), the 局长 and 副局长 leaders,
  股长 middle, the rest general; the note is no point;
- ``站领导`` (the 质监站's sheet of its leaders, named so by its tab and title), ``中心领导`` (a group
  row) and ``局领导`` are the 科室 of those leaders; a 站's 科 and 组, a 中心's 股 are 科室; a group row
  ``二、征收业务股`` gives the 科室 ``征收业务股`` (its number left off); the 镇规划建设站 files name no 科室
  (a 镇规划建设站 is a unit of its own here, written with its town; the cards' ``所在单位`` is the 站
  itself): their 科室 is "";
- a 站's 站长 and 副站长 and a 中心's 主任 are leaders (in their own files); 科长, 股长, 组长 middle; the
  rest (监督员, 会计, 经办人, 出纳, 巡查员, 规划员, 建设管理员, 村镇建设专干, 统计员, 评估联络员, 维修组长)
  general;
- ``风险点 | 风险表现`` (the 管护站's list): the point is the short 风险点; ``分管工作``, ``职责事项``
  and ``自查情况`` are no points and name no holder; the 管护站's list names no person: its forms are
  posts (对岗不对人); in the 电市镇站's list the LAST column ``责任领导`` names the 站长 (holder of his own
  rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch436).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b437_"
PLACE = "子洲县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

SHORT_NAME = "zizhou_housing_bureau_short_names"
SHORT_UNIT = f"{PLACE}住房和城乡建设局"
SHORT_TAB = "一览表"
SHORT_HEAD = (
    "序号",
    "股室（单位）",
    "岗位",
    "姓名",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
)
# the 局属单位 written in the table by their short names, told only by the note under the title
SHORT_NAMES = {
    "质监站": "建筑工程质量安全监督站",
    "征收中心": "房屋征收服务中心",
    "管护站": "市政设施管护站",
}
SHORT_NOTE = (
    "注：本表“股室（单位）”一栏中，“质监站”指子洲县建筑工程质量安全监督站，“征收中心”指子洲县房屋征收服务中心，"
    "“管护站”指子洲县市政设施管护站。"
)

# (股室（单位） as written, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 等级, 防控措施)])
SHORT_ROWS = [
    ("局领导", "局长", "leader", "笪湜峣", [
        ("局属单位市政维修项目发包不经党组会研究", "制度机制", "一级", "限额以上项目党组会集体研究，纪要存档。"),
        ("干部调整、局属单位负责人任用中个人说了算", "思想道德", "二级", "干部任用按程序动议、考察、公示。"),
    ]),
    ("局领导", "副局长", "leader", "璩湉珝", [
        ("分管的施工许可审批中为亲友企业打招呼", "外部环境", "一级", "审批全程网办留痕，领导干部插手干预事项登记报告。"),
    ]),
    ("建管股", "股长", "middle", "郗琤沅", [
        ("建筑市场执法检查降格处理违法行为", "岗位职责", "二级", "检查两人以上，处罚意见集体讨论。"),
        ("施工企业信用评价打分优亲厚友", "业务流程", "三级", "评分标准和结果公示五个工作日。"),
    ]),
    ("质监站", "站长", "middle", "隰岍洌", [
        ("竣工验收监督中对质量问题睁一只眼闭一只眼", "岗位职责", "一级", "验收监督记录双人签字，问题整改闭环销号。"),
        ("质量检测机构选定指定关系单位", "外部环境", "二级", "检测机构由建设单位自主委托，监督人员不得推荐。"),
    ]),
    ("质监站", "监督员", "general", "綦珂湄", [
        ("监督检查中接受施工单位宴请、礼品", "思想道德", "二级", "签订廉洁承诺书，检查后回访建设单位。"),
    ]),
    ("征收中心", "主任", "middle", "冼潆岵", [
        ("征收补偿方案执行中擅自提高补偿标准", "制度机制", "一级", "补偿方案公开，调整经县征收领导小组审定。"),
    ]),
    ("征收中心", "评估联络员", "general", "缑琇沣", [
        ("与评估机构串通，虚增被征收房屋面积", "业务流程", "一级", "入户调查结果分户公示，评估报告抽查复核。"),
        ("泄露征收范围信息，帮人突击抢建", "岗位职责", "二级", "征收范围公告前严格保密，知情人员登记。"),
    ]),
    ("管护站", "站长", "middle", "钭岚汧", [
        ("路灯、排水管网维修材料采购不比价", "制度机制", "二级", "材料采购三家比价，入库验收双人签字。"),
    ]),
    ("管护站", "维修组长", "general", "郏澍玹", [
        ("维修工程量虚报多签", "业务流程", "三级", "维修单附照片，站长每月抽查现场。"),
    ]),
]  # fmt: skip


def zizhou_housing_bureau_short_names() -> dict:
    unit = SHORT_UNIT
    sh = _Sheet(SHORT_TAB, [6, 12, 11, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}机关股室及局属单位岗位廉政风险防控一览表", 8)
    _line(sh, SHORT_NOTE, 8)
    sh.add(*SHORT_HEAD)
    first = len(sh.rows)
    n = 0
    for shown, post, tier, who, points in SHORT_ROWS:
        dept = SHORT_NAMES.get(shown, shown)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, shown, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        SHORT_NAME, "https://www.lanyancloud.com/news/2000696827938234368",
        "(harder) 县住建局 机关股室及局属单位 岗位廉政风险防控一览表 whose 局属单位 are written by SHORT NAMES that only a NOTE "
        "under the title expands, after the source's account of a 市政工程管理处 (通常隶属于住建局; 道路、桥梁、排水管网、照明设施 "
        "养护, 应急抢险): a title, a merged ``注：…“质监站”指子洲县建筑工程质量安全监督站，“征收中心”指子洲县房屋征收服务中心，"
        "“管护站”指子洲县市政设施管护站。`` line, then 序号/``股室（单位）`` merged (局领导, 建管股, 质监站, 征收中心, 管护站)/岗位 "
        "and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zizhou_quality_station_two_sheets() -> dict:
    unit = f"{PLACE}建筑工程质量安全监督站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("暨溟翃", "站长", "主持全面工作，分管财务", [
            ("监督计划安排中对关系项目少检、免检", "一级", "监督计划站务会研究，抽查项目随机确定。"),
            ("站内绩效分配不公开", "三级", "绩效分配方案全站公示。"),
        ]),
        ("逯岫琤", "副站长", "分管安全监督、施工许可前监督手续", [
            ("办理监督手续时降低安全条件要求", "一级", "手续办理一次性告知，条件清单公开。"),
            ("安全事故调查中为施工单位开脱", "二级", "事故调查两人以上，结论集体审定。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("质量监督科", "科长", "訾沄琨", "middle", [
            ("地基基础、主体结构验收监督把关不严", "一级", "分部验收监督留存影像，科长复核。"),
        ]),
        ("质量监督科", "监督员", "阚汭瑄", "general", [
            ("混凝土试块、钢筋抽检结果弄虚作假", "二级", "见证取样全过程记录，检测数据联网上传。"),
            ("收受施工单位购物卡", "三级", "节前廉洁提醒，违者通报。"),
        ]),
        ("安全监督科", "科长", "昝峤沨", "middle", [
            ("起重机械使用登记审核不严", "二级", "登记资料两人审核，现场核验设备。"),
        ]),
        ("综合办公室", "会计", "闾琬湜", "general", [
            ("差旅、加班补助虚报冒领", "三级", "补助凭派车单和考勤发放，每季度内审。"),
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
        "zizhou_quality_station_two_sheets",
        "https://www.zhetiaohe.com/ss/22e38f806800b31471b91f23e77783082bf14aa99273e0a95f285c6de5d6533f21b12c1675c9f4ef.html",
        "县建筑工程质量安全监督站 廉政风险防控表 in two sheets, after the source's note on 实行建设工程施工许可的意义 (施工条件, 质量"
        "安全监督手续, 开工前审查): ``站领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/"
        "二级/三级``/防控措施) and ``科室`` (a title, 序号/科室 merged (质量监督科, 安全监督科, 综合办公室)/岗位 and 姓名 merged per "
        "person/风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def zizhou_expropriation_group_rows() -> dict:
    unit = f"{PLACE}房屋征收服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "妫沛琰", "leader", [
                ("征收决定前期工作", "社会稳定风险评估委托不经集体研究", "制度机制风险", "一级风险",
                 "评估机构公开选定，中心班子会集体研究。"),
                ("补偿资金拨付", "补偿款未按协议和进度拨付", "业务流程风险", "一级风险", "补偿款凭协议、腾空验收单拨付，专户管理。"),
            ]),
        ]),
        ("二、征收业务股", "征收业务股", [
            ("股长", "荀湛珵", "middle", [
                ("入户调查登记", "调查登记中多登房屋面积、附属物", "岗位职责风险", "一级风险", "调查两人以上，结果分户公示。"),
            ]),
            ("经办人", "乜岚湲", "general", [
                ("安置房选房", "违反选房顺序为他人调换房源", "思想道德风险", "二级风险", "选房现场公证，顺序号抽签产生。"),
                ("搬迁奖励发放", "搬迁奖励期限执行宽严不一", "业务流程风险", "三级风险", "奖励期限公告，逾期一律不发。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("股长", "仝珈沄", "middle", [
                ("征收档案管理", "征收档案私自修改、抽换", "制度机制风险", "二级风险", "档案一户一档，借阅登记。"),
            ]),
            ("出纳", "甯琪淏", "general", [
                ("临时安置费发放", "临时安置费重复发放", "外部环境风险", "三级风险", "发放名册与协议逐户核对，按季公示。"),
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
        "zizhou_expropriation_group_rows", "https://abg.baidu.com/tags/xh5nhugnyg25rsopwxclpp6o3xk7pswvwpgnb4q11",
        "县房屋征收服务中心 廉政风险防控责任清单, after the source's account of 国有土地上的房屋征收程序 (社会稳定风险评估, 征收决定, "
        "入户调查, 评估, 补偿协议, 搬迁): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, ``二、征收业务股``, ``三、综合股`` merged across (no 科室 "
        "column); 岗位 and 责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zizhou_municipal_station_posts() -> dict:
    unit = f"{PLACE}市政设施管护站"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("年度养护经费安排", "养护经费分配向关系路段倾斜", "制度机制风险", "Ⅰ级", "养护计划站务会研究，经费安排公开。"),
            ("外包养护队伍确定", "外包养护不按程序比选", "外部环境风险", "Ⅰ级", "外包按限额标准比选，结果公示。"),
        ]),
        ("道路管护组", "组长", "middle", [
            ("道路挖掘修复验收", "修复质量不达标予以验收", "岗位职责风险", "Ⅱ级", "验收两人以上，留存影像。"),
        ]),
        ("道路管护组", "巡查员", "general", [
            ("设施损坏巡查上报", "收受好处对占道损坏不上报", "思想道德风险", "Ⅱ级", "巡查轨迹定位，问题上报平台留痕。"),
        ]),
        ("路灯排水组", "组长", "middle", [
            ("路灯节能改造", "灯具验收数量与实际不符", "业务流程风险", "Ⅰ级", "按杆号逐盏核验，验收清单签字。"),
            ("汛前管网清淤", "清淤工程量虚报", "业务流程风险", "Ⅲ级", "清淤前后影像对比，站长抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "zizhou_municipal_station_posts", "https://www.renrendoc.com/paper/506986427.html",
        "县市政设施管护站 岗位廉政风险点排查表 对岗不对人, after the source's 市政设施管理维护手册 (道路与桥梁维护, 排水管网, 照明, "
        "维护责任分工, 维护考核): a title, then 序号/部室 merged (站领导, 道路管护组, 路灯排水组)/岗位 merged per post/a short 风险点/a "
        "long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zizhou_shuanghuyu_station_selfchecks() -> dict:
    unit = f"{PLACE}双湖峪镇规划建设站"
    t = _Truth(unit)
    people = [
        ("蔺珩湉", "站长", "leader", [
            ("农村建房规划许可把关不严", "高风险", "许可条件公开，村、站两级审核。", "已落实"),
            ("对未批先建的房屋不制止、不上报", "高风险", "巡查台账每周上报镇政府。", "未发现问题"),
            ("集镇基础设施项目验收走过场", "中风险", "验收邀请县住建局派员参加。", "已落实"),
        ]),
        ("浦沚琮", "村镇建设专干", "general", [
            ("建房放线、验线收受好处", "中风险", "放线验线两人到场，农户签字确认。", "未发现问题"),
            ("危房改造补助对象把关不严", "低风险", "补助对象村级评议、镇级公示。", "已落实"),
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
        sh.add("本人签名：", None, "分管领导审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zizhou_shuanghuyu_station_selfchecks",
        "https://www.zhetiaohe.com/ss/ed045fea7d357d50d05216192fded84a9dedef1e91079fa6d9a430a16670220f0e8b21d9593eb59f5895b24a0032c58b1162540f1f539d0b15a9d653afbf5d4dfd952fabba754eaa9931ff43e486c8d9.html",
        "镇规划建设站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's note on 属地乡镇政府如何查处"
        "未取得施工许可证擅自施工 (巡查, 制止, 上报, 责令停工): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 分管领导审核：``",
        sheets, t,
    )  # fmt: skip


def zizhou_matigou_station_cards() -> dict:
    unit = f"{PLACE}马蹄沟镇规划建设站"
    t = _Truth(unit)
    cards = [
        ("站长", "阚沅琇", "leader", [
            ("集镇路灯维修改造项目指定施工队", "★★★", "项目按镇小额工程程序比选，镇党委会研究。"),
            ("集镇建设资金拨付不按进度", "★★", "拨付凭验收单和镇财政所审核。"),
            ("接受建房户宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("规划员", "郗淼琚", "general", [
            ("规划选址意见出具中优亲厚友", "★★★", "选址意见站长复核，结果在村务公开栏公示。"),
            ("违法建设台账不如实登记", "★★", "台账与巡查照片每月核对。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zizhou_matigou_station_cards", "http://3g.kuweixiu.cn/article/fgkIndzJAbjbClrf",
        "镇规划建设站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 规划员), after the source's account of 路灯管理与维修 (设施老化, "
        "维修资金投入不足, 管理体制不健全): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 镇分管领导"
        "（签字）：``",
        sheets, t,
    )  # fmt: skip


def zizhou_dianshi_station_every_row() -> dict:
    unit = f"{PLACE}电市镇规划建设站"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "酆湛琦"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("站长", chief, "leader", "协助房屋征收时多报被征收户附属物", "Ⅰ", "附属物清点村组干部在场，清单签字。"),
        ("站长", chief, "leader", "集镇公厕建设项目变更不报批", "Ⅱ", "变更事项报镇政府审批，资料存档。"),
        ("建设管理员", "昝沨璟", "general", "农房质量安全检查走过场", "Ⅱ", "检查表逐户填写，农户签字。"),
        ("建设管理员", "昝沨璟", "general", "为不符合条件的建房户代办手续收费", "Ⅰ", "代办服务免费，收费举报电话公开。"),
        ("统计员", "訾湲珣", "general", "村镇建设统计数据弄虚作假", "Ⅲ", "数据与台账核对，站长审核签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "zizhou_dianshi_station_every_row", "https://abg.baidu.com/tags/w6745xov67fnlu6qytcnbkntztipe13",
        "镇规划建设站 廉政风险防控清单, after the source's account of 房屋征收有哪些程序 (征收范围, 调查登记, 补偿方案, 签约, 搬迁): a "
        "title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST "
        "``责任领导`` column naming the 站长 on every row; no type column, no 科室 column; a merged ``注：`` line on the numerals and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zizhou_miaojiaping_station_list() -> dict:
    unit = f"{PLACE}苗家坪镇规划建设站"
    sh = _Sheet("一览表", [6, 12, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "隰瑗沣", "leader", [
            ("集镇排水设施维护项目化整为零", "制度机制", "高", "维护项目统一打包比选，镇党委会研究。"),
            ("农房改造补助审核中优亲厚友", "思想道德", "中", "补助名单三级审核，村镇两级公示。"),
        ]),
        ("副站长", "缑湄琬", "leader", [
            ("村庄规划编制单位选定搞暗箱操作", "外部环境", "高", "编制单位公开比选，合同经法律顾问审核。"),
        ]),
        ("建设管理员", "郏沄璘", "general", [
            ("集镇设施维护验收降低标准", "业务流程", "中", "验收按清单逐项核对，留存影像。"),
            ("维护材料领用不登记", "岗位职责", "低", "材料领用登记，每月盘点。"),
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
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "zizhou_miaojiaping_station_list", "https://www.jzcrz.com/guandian/detail_2345857.html",
        "镇规划建设站 岗位廉政风险防控一览表, after the source's essay on 市政设施设备的维护管理 (道路、桥梁、排水系统、路灯, 定期检查、"
        "维修、更新改造, 责任划分): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; no 科室 column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zizhou_housing_bureau_short_names(),
    zizhou_quality_station_two_sheets(),
    zizhou_expropriation_group_rows(),
    zizhou_municipal_station_posts(),
    zizhou_shuanghuyu_station_selfchecks(),
    zizhou_matigou_station_cards(),
    zizhou_dianshi_station_every_row(),
    zizhou_miaojiaping_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch437-inbox"))
