"""The four-hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 茶产业 and 农业
bodies, 商南县 (a county of 商洛 at the south-east foot of the 秦岭, on the 丹江, known for its tea;
its staff Han) — the 县农业农村局, the 县农业技术推广站, the 县动物卫生监督所, four 镇农业综合服务站
(富水镇, 试马镇, 清油河镇, 湘河镇) and the 县茶产业发展中心 — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``, a 制表/审核/date line under each;
- the 农业技术推广站's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``★★★/★★/★`` read by a ``注：`` line; no names;
- the 动物卫生监督所's 防控卡, one sheet a holder (tabs named by the post): ``持卡人 | … | 职　务 | …``
  over ``所在股室 | … | 官方兽医证号 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``持卡人（签字）： | 所长（签字）：``;
- the 富水镇农业综合服务站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 岗　位 |
  …`` over ``所在单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险类型 | 风险等级 |
  防控措施`` (``工作职责`` merged over its points), ``…风险`` types, ``高风险/中风险/低风险``,
  ``本人签名： | 镇分管领导意见：``;
- the 试马镇农业综合服务站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、农技组``, ``三、畜牧兽医组``,
  ``四、农经组`` merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, ``一级风险/二级风险/三级风险``, no type column;
- the 清油河镇农业综合服务站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written
  out on EVERY row (nothing merged): ``岗位 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 责任人`` with the
  holder in a LAST ``责任人`` column, short types, 高/中/低, no 科室;
- the 湘河镇农业综合服务站's 排查表 under a title: ``岗位``, ``姓名`` and ``岗位职责`` merged per person,
  short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no 科室.

One is harder:

- ``shangnan_tea_center_split_level``: the 茶产业发展中心's 一览表 — ordinary in every other way (a title,
  a merged ``填报单位：…　填报时间：…`` line, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | … |
  防控措施``, ``科室`` merged, ``岗位`` and ``姓名`` merged per person, ``…风险`` types) — whose LEVEL
  HEADING IS SPLIT BY WHAT IT GRADES: a two-row heading, every other heading merged down over both
  rows, and ``风险等级`` merged across two columns over the sub-headings ``岗位 | 风险点``. The left
  sub-column is the grade of the POST (one 高/中/低 merged down over each person's rows), the right the
  grade of EACH POINT (高/中/低 on every row). Both hold the same words; on six of the eleven rows they
  differ (the 报账员's post is 高 for the money it handles while its points are 中 and 低; the 主任's
  first point is 中 under a 高 post …). A merged ``注：`` line under the table says what the two
  sub-columns are (``“岗位”栏为岗位风险等级，按岗位职权评定；“风险点”栏为该风险点的风险等级…``). The
  sub-headings alone are the words of OTHER fields — ``岗位`` is the post's heading (the table's own post
  column, C3:C4, is headed ``岗位`` too), ``风险点`` the point's; only the merged ``风险等级`` above
  them says they are grades. The README's 读得懂的表 knows a post's grade in a column of its own
  headed in full (``岗位风险等级`` — the post's, not the point's), a level heading split into
  sub-columns by WHO grades or WHEN (``自查 | 审定``, ``初评 | 核定``, ``一季度 | 二季度 …``), by the
  LEVELS (``一级 | 二级 | 三级`` with a ``√``) and by the POSTS graded (``各岗位风险等级`` over
  ``部长⏎寇鸣川 | …``, each column a post's own level of the row's point); it says a sub-column with a
  meaning of its own is read by it (``责任人`` over ``直接责任人 | 领导责任人``). It does not describe a
  level heading split into the grade of the post and the grade of the point under sub-headings that
  name the post and the point. No earlier batch writes one: the merged headings over sub-columns in
  every earlier module whose text holds ``等级``, ``级别``, ``类型`` or ``类别`` stand over levels
  (``高 | 中 | 低``, ``一级 | 二级 | 三级``), types, reviewers (``自查 | 审定``, ``科室自评 | 院纪委复核``),
  quarters, posts with their holders (batch231, batch232) or the factors of a grade (batch310); the
  post's grade beside the point's is written in full as two headings (``岗位风险等级 | … | 风险点等级``:
  batch6, batch48, batch96).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 商南 茶 story — 茶园基地建设补助办法,
the 茶叶产业发展局 set up in 2008, 丰产茶园, 无性系茶园, 加工企业, 专业合作社, 茶叶大户; a 农牧局's work —
粮食种植, 牲畜养殖, 农药, 动物防疫, 土地流转, 养殖场 审批, 农产品质量; a paper on the 基层农业技术推广站's
duties — 试验示范, 技术培训, 病虫测报, 推广项目; a handbook's 检疫程序 — 申报检疫, 官方兽医 现场检疫,
检疫证明 and 检疫标志; a 镇农业综合服务站's 工作计划 — 农技人员联系村户, 农技110, 专业合作组织, 信息员,
土地流转 to 种粮大户; a 县级市农业站's 工作职责 — 技术指导, 信息发布, 资源调查, 科技推广; a paper on
动物卫生监督 — 疫病监测, 养殖档案, 屠宰 检疫, 运输 and 经营 监管; a 区农业局's 茶叶基地 项目申报 —
规模化 标准化 茶园, 验收合格后补贴 by the 亩) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 商南县, named with the
county's name (no earlier unit holds ``商南县``; 富水镇, 试马镇, 清油河镇 and 湘河镇 are towns of the county).

Run ``python tests/published/score.py --set batch408`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the ``风险点`` sub-column's (the grade of that point); the
  ``岗位`` sub-column under ``风险等级`` is the POST's grade (a 岗位风险等级, as the ``注：`` line says),
  no level of any point and no post name; the post is the ``岗位`` column C; the ``注：`` line is no
  point and names nobody;
- ``领导班子`` (the 农业农村局's sheet of its leaders, named so by its tab and title), ``站领导`` (the
  农技站's 科室 cell, the 试马镇 station's group row) and ``中心领导`` (the 茶产业发展中心's 科室 cell) are
  the 科室 of those leaders; a 局's 股 and 办公室, a 站's 室, a 中心's 股 and 办公室, a 所's 股 are 科室;
  a 镇 station's 组 (农技组, 畜牧兽医组, 农经组) is its 科室, a group row ``二、农技组`` giving the 科室
  ``农技组`` (its number left off); the 湘河镇, 清油河镇 and 富水镇 stations' files name no 科室 ("" );
- each 镇农业综合服务站 is a unit of its own (the 镇's station, named ``商南县富水镇农业综合服务站`` and so
  on, as its title or ``所在单位`` writes it), with no 科室 but its 组: the scorer takes a 站 written as
  its own unit or as the 科室 of its 镇 alike;
- 局长, 副局长, the 中心's 主任 and 副主任, the 所's 所长, a 站's 站长 and 副站长 (of the county 农技站 and of
  the 镇 stations) are leaders; 股长, 室主任, 办公室主任, a 组's 组长 middle; the rest (农艺师, 技术员,
  报账员, 会计, 官方兽医, 农技员, 畜牧兽医员, 防疫员, 农经员, 茶叶技术员, 出纳) general;
- ``风险点 | 风险表现`` (the 农技站's list): the point is the short 风险点; ``分管工作``, ``工作职责``,
  ``职责事项``, ``岗位职责`` and ``官方兽医证号`` are no points and name no holder; the 农技站's list names
  no person: its forms are posts (对岗不对人); the 清油河镇 station's last ``责任人`` column is the holder
  of the post on its row;
- ``一级/二级/三级``, 高/中/低, ``★★★/★★/★`` (read by the 农技站's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 湘河镇
  station's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch406).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b408_"
PLACE = "商南县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年8月"


# --------------------------------------------------------------------------- harder layout

SPLIT_NAME = "shangnan_tea_center_split_level"
SPLIT_UNIT = f"{PLACE}茶产业发展中心"
SPLIT_TAB = "一览表"
# the two heading rows: 风险等级 merged across G3:H3 over 岗位 | 风险点 (G4, H4); the rest merged down
SPLIT_TOP = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", None, "防控措施")
SPLIT_SUB = (None, None, None, None, None, None, "岗位", "风险点", None)
SPLIT_NOTE = (
    "注：风险等级分高、中、低三级。“岗位”栏为岗位风险等级，按岗位职权评定；"
    "“风险点”栏为该风险点的风险等级，按发生可能性和危害程度评定。"
)

# (科室, 岗位, 姓名, tier, 岗位等级, [(廉政风险点, 风险类型, 风险点等级, 防控措施)])
SPLIT_ROWS = [
    ("中心领导", "主任", "谯蒨芷", "leader", "高", [
        ("茶园基地建设补助对象确定不经中心办公会研究", "制度机制风险", "中",
         "补助对象经中心办公会集体研究，名单在村组公示七天。"),
        ("茶叶加工企业扶持项目安排中优亲厚友", "思想道德风险", "高", "扶持项目公开申报、专家评审，结果公开。"),
    ]),
    ("中心领导", "副主任", "仉菀蕤", "leader", "高", [
        ("新建标准化茶园验收降低标准，虚报面积", "岗位职责风险", "高", "验收组三人以上，按地块实测面积并拍照存档。"),
    ]),
    ("茶园基地股", "股长", "戢蔚荪", "middle", "高", [
        ("低产茶园改造补助面积核定不实", "业务流程风险", "高", "改造面积逐户丈量，镇村干部和茶农共同签字。"),
        ("无性系茶苗采购指定育苗单位", "外部环境风险", "中", "茶苗采购三家以上比选，质量抽检留样。"),
    ]),
    ("茶园基地股", "技术员", "桓蓼萱", "general", "中", [
        ("茶园病虫害测报数据不实", "岗位职责风险", "低", "测报数据双人记录，定期与植保站比对。"),
        ("技术指导中向茶农推销指定农资", "思想道德风险", "中", "指导服务免费公开，签订廉洁服务承诺。"),
    ]),
    ("加工营销股", "股长", "胥蕙茈", "middle", "中", [
        ("茶叶评比推荐中收受企业好处", "外部环境风险", "高", "评比专家随机抽取，评分表当场封存。"),
        ("品牌宣传推介经费使用不规范", "制度机制风险", "中", "推介经费事前预算，活动结束后逐项结报。"),
    ]),
    ("办公室", "报账员", "隰苕芊", "general", "高", [
        ("茶产业专项资金报账凭证审核不严", "业务流程风险", "中", "报账凭证经手人、验收人、审批人三签。"),
        ("现金和票据保管不善，公款私存", "岗位职责风险", "低", "现金日清月结，票据专柜保管、定期盘点。"),
    ]),
]  # fmt: skip


def shangnan_tea_center_split_level() -> dict:
    unit = SPLIT_UNIT
    t = _Truth(unit)
    sh = _Sheet(SPLIT_TAB, [6, 12, 9, 9, 36, 13, 7, 7, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    top = sh.add(*SPLIT_TOP)
    sh.add(*SPLIT_SUB)
    for c in (0, 1, 2, 3, 4, 5, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 6, top, 7)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, grade, points in SPLIT_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, grade, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    # the post's grade is one for the post: merged down with the post and its holder
    _per_person(sh, first, 1, 2, 3, 6)
    _line(sh, SPLIT_NOTE, 9)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None, None)
    return _layout(
        SPLIT_NAME, "http://www.zrr82.com/zj/26756.html",
        "(harder) 县茶产业发展中心 岗位廉政风险防控一览表, after the source's account of 商南 茶 (茶园基地建设补助办法, the "
        "茶叶产业发展局, 丰产 and 无性系 茶园, 加工企业, 合作社, 茶叶大户): a title, a merged ``填报单位：…　填报时间：2025年8月`` "
        "line, then a TWO-ROW heading — 序号/科室/岗位/姓名/廉政风险点/风险类型/防控措施 merged down, ``风险等级`` merged "
        "across two columns over the sub-headings ``岗位 | 风险点``: the left the POST's grade 高/中/低 (merged per person), "
        "the right EACH POINT's 高/中/低 (differing on five rows); 科室 merged, 岗位 and 姓名 merged per person, ``…风险`` "
        "types; a merged ``注：`` line saying what the two sub-columns are, a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shangnan_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 9, 22, 38, 13, 9, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("笪茗蘅", "局长", "主持全面工作", [
            ("涉农项目资金安排不经党组会集体研究", "制度机制风险", "一级", "项目资金安排经党组会研究，会议纪要存档。"),
            ("下属单位负责人选任中打招呼", "思想道德风险", "二级", "选任按程序动议、考察、公示，全程纪实。"),
        ]),
        ("郏荇苒", "副局长", "分管种植业、茶产业、农产品质量安全", [
            ("种植业项目实施主体确定中暗箱操作", "岗位职责风险", "一级", "实施主体公开遴选，结果公示。"),
            ("农产品质量安全抽检结果干预修改", "外部环境风险", "二级", "抽检结果系统直报，过问干预登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "领导班子", post, who, "leader", point, types_in(typ), GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 13, 9, 32])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 8)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("种植业股", "股长", "禚芃菡", "middle", [
            ("耕地地力保护补贴面积核定不实", "业务流程风险", "一级", "补贴面积村组公示，镇站复核，县局抽查。"),
            ("农药经营许可审查把关不严", "岗位职责风险", "二级", "许可材料两级审核，现场核查两人以上。"),
        ]),
        ("畜牧兽医股", "股长", "逯蘩莳", "middle", [
            ("养殖场备案和防疫条件审查降低标准", "岗位职责风险", "一级", "审查结果集体研究，现场核查留影像资料。"),
        ]),
        ("农村经营管理股", "农经员", "雒苡蓁", "general", [
            ("土地流转合同鉴证不按规定审查", "业务流程风险", "二级", "合同鉴证逐份登记，每季度抽查。"),
            ("村集体“三资”清查数据弄虚作假", "思想道德风险", "三级", "清查结果在村务公开栏公示。"),
        ]),
        ("计划财务股", "报账员", "厍茆菁", "general", [
            ("涉农资金拨付不按进度和验收结果", "制度机制风险", "一级", "资金按验收结果拨付，拨付清单公开。"),
        ]),
        ("办公室", "办公室主任", "暨萁芫", "middle", [
            ("公务接待超标准，公车私用", "制度机制风险", "三级", "接待事前审批，派车单按月核对。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "shangnan_agriculture_bureau_two_sheets", "https://m.fqmxn.com/1/2737726.html",
        "县农业农村局 file in two sheets after the source's account of a 农牧局's work (粮食种植, 牲畜养殖, 农药, 动物防疫, "
        "土地流转, 养殖场 审批, 农产品质量): ``领导班子`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/"
        "风险类型 ``…风险``/风险等级/防控措施) and ``股室`` (a title, 序号 running on/股室 merged/岗位 and 姓名 merged per "
        "person/风险点/风险类型/风险等级/防控措施); ``一级/二级/三级``; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def shangnan_extension_station_posts() -> dict:
    unit = f"{PLACE}农业技术推广站"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("推广项目实施单位确定", "基层农技推广补助项目实施单位不经站务会研究", "制度机制", "★★★",
             "实施单位经站务会研究，结果公示。"),
            ("试验示范基地选定", "示范基地选在关系户承包地，补助向其倾斜", "思想道德", "★★", "基地选定实地踏勘，补助标准公开。"),
        ]),
        ("植保植检室", "室主任", "middle", [
            ("病虫害防控物资发放", "统防统治药剂发放数量不实，截留倒卖", "岗位职责", "★★★",
             "物资发放到户签字，村组公示发放清单。"),
        ]),
        ("植保植检室", "农艺师", "general", [
            ("病虫情报发布", "测报数据补记、估报，情报发布滞后", "业务流程", "★", "测报数据系统录入，按期发布情报。"),
        ]),
        ("土壤肥料室", "技术员", "general", [
            ("测土配方取样化验", "取样点位不实，化验数据照抄往年", "岗位职责", "★★", "取样定位拍照，化验原始记录存档。"),
            ("肥料试验经费使用", "试验经费虚列劳务支出", "外部环境", "★★", "劳务费直接支付到人，结报附签到表。"),
        ]),
        ("办公室", "报账员", "general", [
            ("项目资金报账", "报账凭证审核不严，虚列支出", "制度机制", "★★★", "报账凭证逐张审核，每季度内审抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2)
    _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 8)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "shangnan_extension_station_posts", "https://max.book118.com/html/2017/1114/139963629.shtm",
        "县农业技术推广站 岗位廉政风险点排查表 对岗不对人, after the source's paper on the 基层农业技术推广站's duties (试验"
        "示范, 技术培训, 病虫测报, 推广项目): a title, 序号/科室 merged (站领导, 植保植检室, 土壤肥料室, 办公室)/岗位 merged "
        "per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; no names; a "
        "merged ``注：`` line on the stars and an ``编制： | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def shangnan_animal_health_cards() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    t = _Truth(unit)
    cards = [
        ("所长", "邗蓍岚", "所领导", "leader", "SN-GFSY-001", [
            ("重大动物疫病案件处理不经所务会集体研究", "Ⅰ级", "案件集体研究，研究记录归档。"),
            ("对违规调运动物行为说情放纵", "Ⅰ级", "过问案件登记报告，办案全程记录。"),
            ("执法车辆、检疫设备使用不规范", "Ⅲ级", "车辆派车登记，设备使用台账按月核对。"),
        ]),
        ("检疫股股长", "鄞蕖芗", "检疫股", "middle", "SN-GFSY-004", [
            ("检疫申报点检疫证明领用核销不严", "Ⅱ级", "证明专人领用，逐张核销，作废证明留存。"),
            ("屠宰检疫同步检疫走过场", "Ⅰ级", "屠宰检疫视频监控，检疫记录每日复核。"),
        ]),
        ("官方兽医", "檀芩蕊", "监督股", "general", "SN-GFSY-012", [
            ("不到现场检疫即出具检疫证明", "Ⅰ级", "现场检疫定位拍照，电子出证系统留痕。"),
            ("养殖档案核查中接受养殖户宴请", "Ⅱ级", "核查两人以上，签订廉洁承诺书。"),
            ("运输车辆消毒查验不到位", "Ⅲ级", "消毒查验拍照留存，按月抽查记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, card_no, points in cards:
        sh = _Sheet(post, [6, 36, 12, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, "官方兽医证号", card_no)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "shangnan_animal_health_cards", "https://novel.qq.com/read/1044619653/55",
        "县动物卫生监督所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 检疫股股长, 官方兽医), after the source's 检疫程序 "
        "(申报检疫, 官方兽医 现场检疫, 检疫证明, 检疫标志): a title, ``持卡人 | … | 职　务 | …`` over ``所在股室 | … | "
        "官方兽医证号 | …``, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; ``持卡人（签字）： | "
        "所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def shangnan_fushui_station_selfchecks() -> dict:
    unit = f"{PLACE}富水镇农业综合服务站"
    t = _Truth(unit)
    people = [
        ("羿苁菱", "站长", "leader", [
            ("主持站务，负责项目和资金管理", [
                ("农业项目实施方案不经站务会研究", "制度机制风险", "高风险", "实施方案经站务会研究，报镇政府审定。"),
                ("种粮大户补贴名单审核优亲厚友", "思想道德风险", "中风险", "补贴名单村组公示，站务会复核。"),
            ]),
        ]),
        ("竺荪蔚", "农技员", "general", [
            ("负责农技推广、联系村户和农技110", [
                ("良种、农资发放中截留或搭售", "岗位职责风险", "高风险", "发放清单农户签字，村务公开栏公示。"),
                ("技术服务中收取农户费用", "外部环境风险", "低风险", "服务免费公开，公开监督电话。"),
            ]),
        ]),
        ("宓莼芗", "畜牧兽医员", "general", [
            ("负责动物防疫和养殖户指导", [
                ("强制免疫数量虚报，疫苗流失", "业务流程风险", "中风险", "免疫台账逐户登记，疫苗出入库双人核对。"),
                ("病死畜禽无害化处理补助核定不实", "岗位职责风险", "高风险", "处理现场拍照，补助名单公示。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 22, 36, 14, 11, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, None, None)
        sh.add("所在单位", unit, "填表时间", DATE, None, None)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, duty, point, typ, lv, measures)
                t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shangnan_fushui_station_selfchecks",
        "https://www.mingyanjiaju.org/fanwen/ncnygzjh/135705554949758.htm",
        "镇农业综合服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇农业综合服务站 "
        "工作计划 (农技人员联系村户, 农技110, 专业合作组织, 信息员, 土地流转 to 种粮大户): a title, ``姓　名 | … | 岗　位 | …`` "
        "over ``所在单位 | … | 填表时间 | …``, then 序号/``工作职责`` merged over its points/风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a blank row and ``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def shangnan_shima_station_duties() -> dict:
    unit = f"{PLACE}试马镇农业综合服务站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "爨菡芮", "leader", [
                ("项目管理", "高标准农田建设项目验收签字把关不严", "一级风险", "验收邀请村民代表参加，验收资料存档。"),
            ]),
            ("副站长", "钭苓蓥", "leader", [
                ("茶园管护", "茶园管护补助面积核定中优亲厚友", "二级风险", "管护面积实地核查，补助名单公示。"),
            ]),
        ]),
        ("二、农技组", "农技组", [
            ("组长", "蹇芸蒨", "middle", [
                ("农资发放", "救灾种子、化肥发放不按名单", "一级风险", "发放按名单逐户签字，剩余物资登记入库。"),
                ("技术培训", "培训人数、天数虚报，套取培训经费", "二级风险", "培训签到拍照，经费按实际人数结算。"),
            ]),
        ]),
        ("三、畜牧兽医组", "畜牧兽医组", [
            ("防疫员", "璩荻菘", "general", [
                ("动物防疫", "免疫耳标发放登记不实", "二级风险", "耳标专人领用，发放登记与免疫台账核对。"),
                ("检疫申报", "受理检疫申报时为熟人降低要求", "三级风险", "申报材料逐项登记，定期抽查。"),
            ]),
        ]),
        ("四、农经组", "农经组", [
            ("农经员", "沃苇萦", "general", [
                ("土地流转", "土地流转合同签订中收受好处", "一级风险", "流转合同统一范本，流转信息公开。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, DATE, None)
    return _layout(
        "shangnan_shima_station_duties",
        "https://www.08gf.com/news/dong-xing-shi-nong-ye-zhan-zhan-zhang-jie-mi-nong-qing-qian-yan-zhu-li-xiang-cun-zhen-xing-zhi-lu.html",
        "镇农业综合服务站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``四、农经组`` merged across (no 科室 column), "
        "after the source's account of a 县级市农业站's work (技术指导, 信息发布, 资源调查, 科技推广): a title, then 序号/岗位 "
        "and ``责任人`` merged per person/``职责事项``/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type "
        "column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shangnan_qingyouhe_station_every_row() -> dict:
    unit = f"{PLACE}清油河镇农业综合服务站"
    sh = _Sheet("一览表", [6, 12, 38, 10, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("站长", "濮荞蓠", "leader", "动物防疫补助资金分配不经站务会研究", "制度机制", "高",
         "补助分配方案经站务会研究，结果公示。"),
        ("站长", "濮荞蓠", "leader", "屠宰场所监管中接受宴请", "外部环境", "中", "监管检查两人以上，签订廉洁承诺。"),
        ("副站长", "巩蕤苕", "leader", "养殖档案抽查流于形式，对问题不报告", "岗位职责", "中", "抽查记录逐户存档，问题限期整改。"),
        ("茶叶技术员", "祁菖蓉", "general", "茶园病虫防治药剂推荐指定经销商", "思想道德", "低", "推荐药剂按目录公开，不指定经销商。"),
        ("茶叶技术员", "祁菖蓉", "general", "茶叶质量抽样送检时调换样品", "业务流程", "高", "样品双人封样签字，送检单存档。"),
        ("报账员", "亢蔻菀", "general", "村级防疫员补助发放不按考核结果", "业务流程", "中", "补助按考核结果发放，发放清单存档。"),
        ("报账员", "亢蔻菀", "general", "站内经费报销票据审核不严", "岗位职责", "低", "报销票据逐张审核，镇财政所复核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures, who)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, DATE, None, None)
    return _layout(
        "shangnan_qingyouhe_station_every_row", "http://www.thearxiv.net/2025/61/b93020256125.html",
        "镇农业综合服务站 岗位廉政风险防控一览表, after the source's paper on 动物卫生监督 (疫病监测, 养殖档案, 屠宰 检疫, "
        "运输 and 经营 监管): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/岗位 "
        "written out on EVERY row (nothing merged)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/a LAST ``责任人`` "
        "column written on every row; no 科室; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def shangnan_xianghe_station_list() -> dict:
    unit = f"{PLACE}湘河镇农业综合服务站"
    sh = _Sheet("排查表", [6, 10, 9, 24, 36, 10, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "苌荏葳", "leader", "主持站务，负责茶叶基地项目申报和验收", [
            ("茶叶基地项目申报材料把关不严，帮助虚报", "岗位职责", "Ⅰ", "申报材料实地核实，申报名单公示。"),
            ("标准化茶园验收中接受业主宴请", "外部环境", "Ⅱ", "验收组集体验收，签订廉洁承诺。"),
        ]),
        ("农技员", "於蓥茉", "general", "负责茶园技术指导和病虫害防治", [
            ("茶园补贴面积丈量不实", "业务流程", "Ⅰ", "丈量结果农户签字确认，站长复核。"),
            ("推广新品种中收受育苗企业好处", "思想道德", "Ⅲ", "新品种推广经县站审定，不指定企业。"),
        ]),
        ("兽医员", "贲茳蓠", "general", "负责动物防疫和检疫申报受理", [
            ("防疫物资出入库登记不实", "制度机制", "Ⅱ", "物资出入库双人登记，每月盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, duty, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "shangnan_xianghe_station_list", "http://www.iblacktea.cn/hcwh/44026.html",
        "镇农业综合服务站 岗位廉政风险点排查表, after the source's note on a 区农业局's 茶叶基地 项目申报 (规模化 标准化 茶园, "
        "验收合格后 by the 亩 补贴): a title, then 序号/岗位, 姓名 and ``岗位职责`` merged per person/风险点/风险类型 (short "
        "names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no 科室; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shangnan_agriculture_bureau_two_sheets(),
    shangnan_tea_center_split_level(),
    shangnan_extension_station_posts(),
    shangnan_animal_health_cards(),
    shangnan_fushui_station_selfchecks(),
    shangnan_shima_station_duties(),
    shangnan_qingyouhe_station_every_row(),
    shangnan_xianghe_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch408-inbox"))
