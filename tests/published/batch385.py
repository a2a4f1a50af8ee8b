"""The three-hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文化 and 广电
bodies, 扶风县 (a county of 宝鸡 on the 渭北 plain, home of the 法门寺, its staff Han) — the
县文化和旅游局, the 法门寺文化景区管理委员会, the 县图书馆, the 县广播电视台, the 县文化市场综合执法大队,
the 县文化馆, the 县博物馆 and the 县广播电视发射台 — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 文化和旅游局's 一览表 under a ``填报单位：…　填报日期：…`` line: ``科室`` merged, ``岗位 | 姓名``
  merged per person, short types under ``风险类别``, ``一级/二级/三级`` read by a ``注：`` line, a
  填表人/审核人/局长（签字） line;
- the 法门寺文化景区管理委员会's file in two sheets: ``管委会领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type
  column, a 制表/审核/date line under each;
- the 图书馆's 自查表, one sheet a person (tabs 副馆长, 采编部主任, 馆员): pairs ``姓　名 | … | 职　务 |
  …`` and ``所在部门 | … | 填表时间 | …``, a merged ``岗位职责`` line, then ``序号 | 工作事项 | 风险点 |
  风险等级 | 防控措施``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 馆长审核：``;
- the 广播电视台's 防控卡, one sheet a holder (tabs 台长, 新闻部主任, 广告部业务员): pairs ``持卡人 | … |
  所在部门 | …`` and ``职　务 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, no
  type column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 台长签字：``;
- the 文化市场综合执法大队's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date
  line;
- the 文化馆's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``, the measures and a LAST ``责任领导``
  column naming the 馆长 or the 副馆长 who oversees the row;
- the 博物馆's 防控表 under GROUP ROWS ``一、馆领导`` … ``四、办公室`` merged across (no 部门 column):
  ``岗位 | 姓名`` merged per person, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``fufeng_transmitter_scored_levels``: the 广播电视发射台's 岗位廉政风险防控一览表, an ordinary list (a
  title, a ``填报单位：…　填报时间：…`` line, ``序号 | 部门 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, 部门 merged, 岗位 and 姓名 merged per person, short types, a 填表人/审核人/date line) whose
  LEVELS ARE STORED AS SCORES AND SHOWN AS WORDS BY A CUSTOM NUMBER FORMAT: every 风险等级 cell holds
  the number 3, 2 or 1 — the score the point adds to the 发射台's ``风险分值合计`` row below the table
  (``=SUM(G4:G12)``, 17) — and carries the number format ``[=3]"高";[=2]"中";"低"`` (设置单元格格式 →
  自定义, the widely copied Excel trick ``[=1]"男";[=2]"女"`` that lets a clerk type a digit and see a
  word), so that the file opens and prints 高/中/低 while the cells hold 3/2/1, and 3 is the HIGHEST.
  No note, legend, comment or heading says what the numbers are; only the format does. The README's
  读得懂的表 knows digits as levels (``1``/``2``/``3`` as 一级…三级 by the vocabulary), a note that gives
  digits another meaning (``3为高风险,1为低风险``), a 风险值 or 分值区间 read by a note, a 发生概率 ×
  危害程度 product, levels in a header comment, in colours and in strikethrough (.xlsx formatting),
  levels by a legend drawn in a text box; batch4 hid a helper ``分值`` column of such scores BESIDE a
  visible 高/中/低 column. It does not describe a level column whose only words are those its
  number format prints — the digits a reader sees in the cells mean the opposite of the vocabulary's
  ``3`` (Ⅲ级), and nothing in the cells says so. No earlier batch writes a number format other than
  a date's (grep ``num_format`` over tests/published/: only ``yyyy"年"m"月"d"日"`` before this one).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县's 免费开放资金 for 博物馆, 图书馆
and 文化馆(站) and its 非物质文化遗产保护 专项资金; the 法门文化景区's 免费开放日 — 免费门票, 官方微信小程序
实名预约, 闸口核销, 合十舍利塔, 博物馆; the 一级二级图书馆建设管理要求 — 文献采购, 编目, 借阅, 数字资源; a
州广播电视局's 安全播出大检查 — 播出责任单位, 隐患排查, 整改销号; a 市、县两级文化市场综合行政执法 暑期
专项检查 — 网吧, 歌舞娱乐场所, 未成年人, 罚款, 没收违法所得; a 县's 免费开放 场馆 — 文化馆, 非遗展示馆,
乡镇综合文化站; 文物藏品管理 的十二个环节 — 接收, 鉴选, 定级, 登帐, 入库, 提用, 注销; a 县融媒体中心's
mountain 电视转播站 in snow — 24小时值班值守, 巡查, 发射机巡检, 节目信源, 水电供给, the 移动/联通/电信
equipment it hosts) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 扶风县, named with the county's name (no earlier unit holds
``扶风县``).

Run ``python tests/published/score.py --set batch385`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the WORD ITS CELL SHOWS: 高 (stored 3) is 1, 中 (stored 2)
  is 2, 低 (stored 1) is 3 — the format is how the office wrote its levels, and what it opens and
  prints; the stored number is the score the 合计 row adds up, not a grade of the vocabulary (its 3
  is no Ⅲ级); the ``风险分值合计`` row is no point and its 17 no level;
- ``局领导``, ``管委会领导`` (the 管委会's sheet of its leaders, named so by its tab and title), ``馆领导``
  (a 股室 cell of the 文化馆's list; a group row of the 博物馆; the 图书馆 自查表's ``所在部门``),
  ``台领导`` (the 广播电视台 card's ``所在部门``; a 部门 cell of the 发射台's list) and ``大队领导`` (a 股室
  cell of the 执法大队's list) are the 科室 of those leaders; a 局's 股 and 办公室, a 管委会's 部, a 馆's
  and a 台's 部 and 办公室, a 大队's 中队 and 股 are 科室; a group row ``二、保管部`` gives the 科室
  ``保管部`` (its number left off);
- 局长, 副局长, the 管委会's 主任 and 副主任, 馆长, 副馆长, 台长, 副台长, 大队长 and 副大队长 are leaders;
  股长, 办公室主任, a 部's 主任 and 部长 (the 采编部主任 so written), 中队长 middle; the rest (科员, 售票员,
  技术员, 馆员, 业务员, 执法队员, 法制审核员, 专干, 会计, 保管员, 讲解员, 出纳, 值班员) general;
- ``风险点 | 风险表现`` (the 执法大队's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``工作事项``, ``岗位职责`` and ``持卡时间`` are no points and name no holder; the 文化馆's LAST
  ``责任领导`` column names a supervisor (the holder is ``责任人``), so the 馆长 is the holder of his own
  rows only; the 执法大队's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级`` (read by the 文旅局's note), ``高/中/低``, ``高风险/中风险/低风险``, ``★★★/★★/★``
  (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by
  the 博物馆's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a cell's custom number format and a formula with its cached value) and ``truth.json``; no
re-saved copies (as batch280 and batch382).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b385_"
PLACE = "扶风县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

# The 发射台 types its levels as SCORES (高 3, 中 2, 低 1: what each point adds to the 风险分值 the
# 合计 row sums) and lets a custom number format show them as words.
SCORED_UNIT = f"{PLACE}广播电视发射台"
SCORED_TAB = "一览表"
SCORED_HEAD = ("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
SCORED_COL = 6  # 风险等级
SCORE_FORMAT = '[=3]"高";[=2]"中";"低"'
SHOWN = {3: "高", 2: "中", 1: "低"}  # what the format shows for each stored score
SCORED_ROWS = [
    ("台领导", "台长", "燕沄峤", "leader", [
        ("铁塔、机房出租给通信运营商的租金收入不入账，设“小金库”", "制度机制", 3,
         "租赁合同经台务会研究，租金全部缴入单位账户，年底公开。"),
        ("发射机等设备更新采购不按规定比选，指定供应商", "岗位职责", 3,
         "设备采购按限额标准进入公共资源交易平台或三家以上比选。"),
    ]),
    ("台领导", "副台长", "芮湜澜", "leader", [
        ("值班补助、夜班费审核把关不严，虚报冒领", "业务流程", 2, "值班表与监控记录每月核对，补助名单公示。"),
    ]),
    ("技术部", "部长", "郇峄琮", "middle", [
        ("设备维修配件数量、价格虚报", "业务流程", 2, "维修事前报批，更换旧件回收登记。"),
        ("发射机备件验收不严，以次充好", "岗位职责", 1, "备件验收两人以上，验收单存档备查。"),
    ]),
    ("技术部", "值班员", "漕澍宁", "general", [
        ("机房巡检、值班记录弄虚作假", "思想道德", 1, "巡检拍照上传，部长每周抽查值班记录。"),
        ("备用发电机油料领用虚报", "业务流程", 2, "油料领用登记，运行时长与耗油量对账。"),
    ]),
    ("办公室", "会计", "靖涴萝", "general", [
        ("运营商租金、场地费收缴不及时，坐收坐支", "制度机制", 2, "租金由银行转账收取，按月对账。"),
        ("报销票据审核不严，虚列支出", "制度机制", 1, "报销单据经办人、审核人、台长三签。"),
    ]),
]  # fmt: skip


def fufeng_transmitter_scored_levels() -> dict:
    unit = SCORED_UNIT
    sh = _Sheet(SCORED_TAB, [6, 10, 9, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年7月", 8)
    sh.add(*SCORED_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SCORED_ROWS:
        for point, typ, score, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, score, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[SHOWN[score]])
    last = len(sh.rows) - 1
    _per_person(sh, first, 1, 2, 3)
    total = sum(score for *_, points in SCORED_ROWS for _, _, score, _ in points)
    r = sh.add("风险分值合计", None, None, None, None, None, total, None)
    sh.merge(r, 0, r, 5)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    lay = _layout(
        "fufeng_transmitter_scored_levels",
        "http://www.taojiang.gov.cn/24397/24408/content_1900365.html",
        "(harder) 县广播电视发射台 岗位廉政风险防控一览表, after the source's 转播站 on a mountain top (24小时值班值守, 巡查, "
        "发射机 巡检, 节目信源, 水电供给, the 移动/联通/电信 equipment it hosts): a title, a merged ``填报单位：…　填报时间："
        "2025年7月`` line, 序号/部门 merged (台领导, 技术部, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/"
        "风险等级/防控措施, a ``风险分值合计`` row (=SUM of the 风险等级 column) and a 填表人/审核人/date line; every 风险等级 "
        "cell STORES A SCORE 3/2/1 and SHOWS 高/中/低 through the custom number format ``[=3]\"高\";[=2]\"中\";\"低\"`` (no "
        "note anywhere says what the numbers are)",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["numfmt"] = {(k, SCORED_COL): SCORE_FORMAT for k in range(first, last + 1)}
    lay["sheets"][0]["formulas"] = {
        (r, SCORED_COL): f"=SUM(G{first + 1}:G{last + 1})",
    }
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def fufeng_culture_tourism_bureau_list() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年7月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "靳岫沄", "leader", [
            ("文化旅游项目资金分配不经局党组集体研究", "制度机制", "一级", "项目资金分配方案经党组会研究，结果公开。"),
            ("插手干预文物保护工程、旅游项目招标", "思想道德", "一级", "领导干部插手干预工程项目如实登记报告。"),
        ]),
        ("局领导", "副局长", "覃霁淼", "leader", [
            ("非遗保护专项资金安排照顾关系人", "岗位职责", "一级", "专项资金安排经集体评审，补助名单公示。"),
        ]),
        ("办公室", "办公室主任", "亓沐筠", "middle", [
            ("公务接待、公务用车超标准", "制度机制", "三级", "接待和用车事前审批，费用按季度公开。"),
        ]),
        ("公共服务股", "股长", "禚湄汀", "middle", [
            ("三馆一站免费开放补助资金审核把关不严", "业务流程", "二级", "补助资金按绩效考核结果拨付，专款专用。"),
            ("公共文化活动经费预算虚高", "岗位职责", "二级", "活动经费事前预审、事后结报。"),
        ]),
        ("文物股", "股长", "眭岑漪", "middle", [
            ("文物保护范围内建设工程审核降低标准", "岗位职责", "一级", "审核意见经局务会研究，结果网上公开。"),
        ]),
        ("文物股", "科员", "郏屹淳", "general", [
            ("文物安全巡查走过场，接受施工方宴请", "外部环境", "三级", "巡查两人同行，巡查记录拍照存档。"),
        ]),
        ("旅游发展股", "股长", "笪昀潇", "middle", [
            ("A级旅游景区评定推荐中收受好处", "外部环境", "二级", "评定推荐实行专家打分，结果公示。"),
            ("旅游发展专项资金申报审核不实", "业务流程", "二级", "申报材料实地核查，资金拨付前公示。"),
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
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "fufeng_culture_tourism_bureau_list", "http://www.fh.gov.cn/art/2024/5/27/art_1229635112_59144405.html",
        "县文化和旅游局 岗位廉政风险防控一览表, after the source's account of a county's 免费开放资金 (博物馆, 图书馆, 文化馆"
        "(站)) and 非物质文化遗产保护 专项资金: a title, a merged ``填报单位：…　填报日期：2025年7月`` line, then 序号/科室 merged "
        "(局领导, 办公室, 公共服务股, 文物股, 旅游发展股)/岗位 and 姓名 merged per person/风险点/``风险类别`` (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a merged ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def fufeng_famen_scenic_committee_two_sheets() -> dict:
    unit = f"{PLACE}法门寺文化景区管理委员会"
    t = _Truth(unit)
    lead = _Sheet("管委会领导", [6, 9, 9, 20, 38, 9, 32])
    _line(lead, f"{unit}管委会领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("璩澹宁", "主任", "主持全面工作", [
            ("景区建设项目发包不经主任办公会集体研究", "高", "项目发包按规定公开招标，会议纪要存档。"),
            ("门票收入分成资金使用个人说了算", "高", "分成资金使用实行预算管理，大额支出集体研究。"),
        ]),
        ("蒯沂蓁", "副主任", "分管景区运营、票务管理", [
            ("免费开放日门票预约放号为关系人预留", "中", "预约放号全部在官方小程序进行，数据留痕。"),
            ("景区商铺招租违规定价", "高", "招租底价经评估确定，公开竞价。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "管委会领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, "2025年7月", None)
    staff = _Sheet("内设机构", [6, 12, 9, 9, 38, 9, 32])
    _line(staff, f"{unit}内设机构廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("综合办公室", "主任", "郦洄翊", "middle", [
            ("公务用车私用，加油费用虚报", "中", "车辆出行登记，油卡与车辆一一对应。"),
        ]),
        ("票务管理部", "部长", "甄漪桓", "middle", [
            ("票款收缴不及时入账", "高", "票款当日解缴银行，日清日结。"),
            ("闸口核销数据人为修改", "中", "核销系统权限分级，修改记录留痕。"),
        ]),
        ("票务管理部", "售票员", "冼苡澈", "general", [
            ("无票放行，私收现金", "中", "闸口视频监控，票款与核销人数每日核对。"),
        ]),
        ("规划建设部", "部长", "缪峤澜", "middle", [
            ("景区设施维修工程验收把关不严", "中", "维修工程验收邀请审计人员参加。"),
        ]),
        ("规划建设部", "技术员", "訾洺潆", "general", [
            ("工程量签证不实", "低", "签证工程量现场复核，影像资料存档。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "fufeng_famen_scenic_committee_two_sheets", "https://wxredian.com/art?id=ec0ee25a6e98f9a5f78917f1914e46cd",
        "县法门寺文化景区管理委员会 file in two sheets after the source's notice of the 景区's 免费开放日 (5000张免费门票, 官方微信"
        "小程序 实名预约, 闸口 核销, 合十舍利塔, 博物馆): ``管委会领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/"
        "风险点/风险等级/防控措施) and ``内设机构`` (a title, 序号/科室 merged (综合办公室, 票务管理部, 规划建设部)/岗位 and 姓名 "
        "merged per person/风险点/风险等级/防控措施); 高/中/低; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def fufeng_library_selfchecks() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    people = [
        ("副馆长", "阚沚萦", "馆领导", "leader", "分管图书采购、数字资源建设", [
            ("图书采购", "图书采购招标中设置倾向性条件", "高风险", "采购需求集体研究，招标文件经法制审核。"),
            ("数字资源建设", "数字资源采购验收走过场", "中风险", "验收邀请读者代表和技术人员参加。"),
        ]),
        ("采编部主任", "酆煦桐", "采编部", "middle", "负责采访、编目和新书验收", [
            ("采购书目确定", "确定采购书目时接受书商好处", "高风险", "书目由采编部集体选定，馆长审批。"),
            ("新书验收", "图书验收数量、码洋核对不实", "中风险", "验收清单与发票逐项核对，双人签字。"),
        ]),
        ("馆员", "钮绮澜", "流通阅览部", "general", "负责借阅服务和剔旧图书整理", [
            ("读者押金管理", "读者押金、逾期费收取不入账", "中风险", "押金和逾期费使用系统开票，按周上交。"),
            ("剔旧图书处置", "剔旧图书私自处理", "低风险", "剔旧清单经馆务会审定，统一处置。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, duty, points in people:
        sh = _Sheet(post, [6, 14, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("所在部门", dept, "填表时间", "2025年7月", None)
        sh.merge(r, 3, r, 4)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "工作事项", "风险点", "风险等级", "防控措施")
        for i, (item, point, lv, measures) in enumerate(points, 1):
            sh.add(i, item, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "fufeng_library_selfchecks", "http://www.35331.cn/lhs_feop0nfikp0nh6mfhiubqirerlqof5mx2r5tldu_2.html",
        "县图书馆 岗位廉政风险自查表, one sheet a person (tabs 副馆长, 采编部主任, 馆员), after the source's 一级二级图书馆建设"
        "管理要求 (文献采购, 编目, 借阅服务, 数字资源): a title, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | 填表时间 "
        "| …``, a merged ``岗位职责`` line, then 序号/``工作事项``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no type "
        "column; a blank row and ``本人签名： | 馆长审核：``",
        sheets, t,
    )  # fmt: skip


def fufeng_broadcast_station_cards() -> dict:
    unit = f"{PLACE}广播电视台"
    t = _Truth(unit)
    cards = [
        ("台长", "漆湛岚", "leader", "台领导", [
            ("大额设备采购、节目外包不经台务会研究", "★★★", "大额采购和外包事项台务会集体研究，纪要存档。"),
            ("广告经营收入管理失控", "★★★", "广告收入统一入账，合同台账按月核对。"),
            ("职称推荐、岗位聘用个人说了算", "★★", "推荐和聘用方案公示，结果集体研究。"),
        ]),
        ("主任", "昝澐珂", "middle", "新闻部", [
            ("收受被采访单位礼金，搞有偿新闻", "★★★", "严禁有偿新闻，采访接受纪检人员随机回访。"),
            ("压稿不发或违规删改批评报道", "★★", "稿件三审三校，删改稿件留痕备查。"),
        ]),
        ("业务员", "仉淏霖", "general", "广告部", [
            ("私自降低广告刊播价格收取回扣", "★★★", "广告价格统一公布，优惠须部主任审批。"),
            ("广告费收入不及时上交", "★★", "广告费直接转入单位账户，不收现金。"),
            ("接受广告客户宴请", "★", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(f"{dept}{post}" if tier != "leader" else post, [6, 38, 10, 12, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "所在部门", dept)
        sh.add(f"职{GAP}务", post, "持卡时间", "2025年7月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "台长签字：", None)
        sheets.append(sh)
    return _layout(
        "fufeng_broadcast_station_cards",
        "http://www.cxz.gov.cn/info/egovinfo/1001/xxgkxt_content/11532300MB0X47773U-/2022-0606001.htm",
        "县广播电视台 岗位廉政风险防控卡, one sheet a holder (tabs 台长, 新闻部主任, 广告部业务员), after the source's 安全播出 "
        "大检查 of a 州广播电视局 (安全播出责任, 播出责任单位, 隐患排查, 整改销号): a title, PAIRS ``持卡人 | … | 所在部门 | …`` and "
        "``职　务 | … | 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` "
        "line on the stars and ``持卡人签字： | 台长签字：``",
        sheets, t,
    )  # fmt: skip


def fufeng_culture_market_enforcement_posts() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", [
            ("重大处罚决定", "重大处罚案件不经集体讨论，个人决定", "制度机制风险", "Ⅰ级", "重大案件集体讨论，法制审核意见书面出具。"),
        ]),
        ("大队领导", "副大队长", "leader", [
            ("案件审核", "为违法经营户说情，减轻或免除处罚", "思想道德风险", "Ⅰ级", "说情打招呼事项如实登记报告。"),
        ]),
        ("执法一中队", "中队长", "middle", [
            ("夜查行动安排", "夜查时间、对象事先泄露给网吧、KTV业主", "外部环境风险", "Ⅰ级", "夜查方案临时下达，参与人员集中出发。"),
        ]),
        ("执法一中队", "执法队员", "general", [
            ("现场检查", "检查网吧接纳未成年人时不如实记录", "岗位职责风险", "Ⅱ级", "检查全程执法记录仪记录，两人以上执法。"),
            ("罚没物品管理", "没收的违法所得、游戏设备不登记或私自处理", "业务流程风险", "Ⅱ级", "罚没物品当场清点，统一入库登记。"),
        ]),
        ("执法二中队", "执法队员", "general", [
            ("歌舞娱乐场所检查", "检查中接受场所业主吃请、消费卡", "思想道德风险", "Ⅲ级", "签订廉洁执法承诺书，节前廉洁提醒。"),
        ]),
        ("法制股", "法制审核员", "general", [
            ("处罚裁量审核", "对裁量明显不当的案件不提出审核意见", "制度机制风险", "Ⅱ级", "对照裁量基准逐案审核，审核记录存档。"),
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
    sh.add("编制：", None, "审核：", None, None, None, "2025年7月", None)
    return _layout(
        "fufeng_culture_market_enforcement_posts", "http://www.wenlvnews.com/p/746855.html",
        "县文化市场综合执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 暑期 文化市场专项检查 of 市、县两级 执法"
        "队伍 (互联网上网服务营业场所, 歌舞娱乐场所, 未成年人保护, 罚款, 没收违法所得): a title, 序号/股室 merged/岗位 merged "
        "per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an "
        "``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def fufeng_cultural_center_duties() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 14, 36, 9, 9, 30, 10])
    t = _Truth(unit)
    chief, deputy = "揭湉翀", "饶溦凇"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    rows = [
        ("馆领导", "馆长", chief, "leader", chief, [
            ("免费开放经费管理", "免费开放补助资金挤占挪用", "制度机制", "一级风险", "补助资金专账核算，年度审计。"),
            ("文艺培训", "文艺辅导培训外聘教师课酬虚列", "业务流程", "二级风险", "课酬按实际课时发放，名单公示。"),
        ]),
        ("馆领导", "副馆长", deputy, "leader", chief, [
            ("群众文艺评奖", "群众文艺演出评奖中打招呼，评选不公", "岗位职责", "二级风险", "评委随机抽取，评奖结果公示。"),
        ]),
        ("群文活动部", "主任", "蔺汐珩", "middle", deputy, [
            ("文化下乡演出", "文化下乡演出场次虚报", "业务流程", "一级风险", "演出场次由乡镇文化站签字确认并拍照存档。"),
            ("演出物资采购", "演出服装道具采购指定商家", "外部环境", "二级风险", "采购三家以上比价，比价记录存档。"),
        ]),
        ("非遗保护部", "专干", "宓翎澹", "general", deputy, [
            ("传承人补助申报", "非遗传承人补助申报审核不严", "岗位职责", "一级风险", "申报材料实地核查，补助名单公示。"),
        ]),
        ("办公室", "会计", "巩栩溱", "general", chief, [
            ("经费报销", "报销票据审核不严", "制度机制", "三级风险", "报销票据经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, None, "2025年7月", None, None)
    return _layout(
        "fufeng_cultural_center_duties", "https://www.shexianbbs.com/news/detail/47.html",
        "县文化馆 廉政风险防控责任清单, after the source's account of a county's 免费开放 场馆 (文化馆, 图书馆, 非遗展示馆, 乡镇"
        "综合文化站): a title, then 序号/股室 merged (馆领导, 群文活动部, 非遗保护部, 办公室)/岗位 and ``责任人`` merged per "
        "person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST "
        "``责任领导`` column naming the 馆长 or the 副馆长 (the 馆长 also the 责任人 of his own rows); a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def fufeng_museum_group_rows() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("防控表", [6, 10, 9, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "莘岚沨", "leader", [
                ("文物征集定价不经集体鉴定评估", "制度机制风险", "Ⅰ", "征集文物经专家组鉴定评估，价格集体研究。"),
                ("陈列布展项目发包指定单位", "岗位职责风险", "Ⅰ", "布展项目按规定招标，结果公示。"),
            ]),
        ]),
        ("二、保管部", "保管部", [
            ("主任", "扈澄岫", "middle", [
                ("藏品提用不办手续，私自借出", "业务流程风险", "Ⅰ", "藏品提用经馆长审批，出入库双人签字。"),
                ("藏品定级、注销把关不严", "岗位职责风险", "Ⅱ", "定级和注销报上级文物部门审核。"),
            ]),
            ("保管员", "缑霁渝", "general", [
                ("藏品出入库账物不符", "岗位职责风险", "Ⅱ", "每半年清点核对，账物卡一致。"),
                ("接受征集对象好处，压价或抬价", "外部环境风险", "Ⅱ", "征集洽谈两人以上，洽谈记录存档。"),
            ]),
        ]),
        ("三、社教部", "社教部", [
            ("讲解员", "荀泠郁", "general", [
                ("讲解服务私自收费", "思想道德风险", "Ⅲ", "讲解服务免费，收费投诉电话公示。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("出纳", "乜漪恒", "general", [
                ("文创产品销售款坐收坐支", "制度机制风险", "Ⅱ", "销售款每日缴存银行，按月对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "fufeng_museum_group_rows", "http://m.jizihe.com/page/2022/0825/10747560.shtml",
        "县博物馆 廉政风险防控表, after the source's 文物藏品管理 流程 (接收, 鉴选, 分类, 定级, 登帐, 编目, 建档, 入库, 保管, 提用, "
        "注销, 统计): a title, 序号/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 "
        "under GROUP ROWS ``一、馆领导`` … ``四、办公室`` merged across (no 部门 column); a merged ``注：`` line on the grades "
        "and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fufeng_transmitter_scored_levels(),
    fufeng_culture_tourism_bureau_list(),
    fufeng_famen_scenic_committee_two_sheets(),
    fufeng_library_selfchecks(),
    fufeng_broadcast_station_cards(),
    fufeng_culture_market_enforcement_posts(),
    fufeng_cultural_center_duties(),
    fufeng_museum_group_rows(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` plus a sheet's ``numfmt`` ((row, col) → a number format for that
    cell, as typed in 设置单元格格式 → 自定义) and ``formulas`` ((row, col) → a formula, its
    cached value the cell's value in ``rows``), as Excel and WPS leave them."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 7, 8, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    custom: dict[str, object] = {}
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        numfmt = sheet.get("numfmt") or {}
        formulas = sheet.get("formulas") or {}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                if (r, c) in numfmt:
                    code = numfmt[(r, c)]
                    if code not in custom:
                        custom[code] = wb.add_format(
                            {**base, "num_format": code, "align": "center"}
                        )
                    ws.write_number(r, c, v, custom[code])
                elif (r, c) in formulas:
                    ws.write_formula(r, c, formulas[(r, c)], fmt, v)
                else:
                    _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch385-inbox"))
