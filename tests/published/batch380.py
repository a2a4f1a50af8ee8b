"""The three-hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通 and 公路
bodies, 潼关县 (a county of 渭南 at the 黄河 bend where 陕西, 山西 and 河南 meet, its staff Han) — the
县交通运输局, the 公路管理段, the 道路运输管理所, the 农村公路养护站, the 超限运输检测站, the 交通工程质量
监督站, the 交通运输服务中心 and the 交通运输执法大队 — each handing back the 一览表, 防控卡, 排查表, 责任
清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 under GROUP ROWS ``一、局领导``, ``二、办公室``, ``三、规划建设股``,
  ``四、运输管理股``, ``五、财务审计股`` merged across (no 股室 column): ``岗位 | 姓名`` merged per
  person, short types, 高/中/低, a 填表人/审核人/date line;
- the 公路管理段's file in two sheets: ``段领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 道路运输管理所's 自查表, one sheet a person (tabs 所长, 驾培管理员, 维修管理员): pairs ``姓　名 |
  … | 职　务 | …`` and ``所在股室 | … | 填表日期 | …`` above ``序号 | 工作环节 | 风险点 | 风险等级 |
  防控措施``, no type column, ``高风险/中风险/低风险``, ``本人签名： | … | 所长审核：``;
- the 农村公路养护站's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an
  编制/审核/date line;
- the 超限运输检测站's 责任清单: ``岗位`` and ``责任人`` merged per person (no 股室: the 站 has none),
  ``职责事项`` before the ``廉政风险点``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, the
  measures and a LAST ``责任领导`` column naming the 站长 on every row;
- the 交通工程质量监督站's 一览表 under ``附件1``: ``科室 | 岗位 | 责任人`` written out on EVERY row,
  nothing merged, a ``主要职责`` column before the point, short types, ``一级风险/二级风险/三级风险``;
- the 交通运输服务中心's 防控卡, one sheet a holder (tabs named by the holder): pairs ``持卡人 | … |
  职　务 | …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控
  措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 主任签字：``.

One is harder:

- ``tongguan_enforcement_brigade_textbox_cards``: the 交通运输执法大队's 岗位廉政风险防控卡, one sheet a
  holder, the tabs left as Excel names them (``Sheet1``, ``Sheet2``, ``Sheet3``). Each card has its
  title (``潼关县交通运输执法大队岗位廉政风险防控卡``) merged across row 1, then three EMPTY ROWS, then
  an ordinary table ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施`` (short types, 高/中/低), a
  ``持卡人签字：`` line left blank for the pen and a ``监督电话`` line. WHO HOLDS THE CARD is written in
  NO CELL: it stands in an Excel TEXT BOX (a drawing shape, ``xl/drawings/drawing1.xml``) laid over
  the empty rows under the title — ``持卡人：璩珮霖⏎职　务：中队长⏎所在中队：秦东中队`` — as a card
  designed for printing is often laid out (the title in cells, the holder's block drawn free over
  them). The text box is shown when the file is opened and printed, as part of the card; the cells
  alone name no holder, no post and no 中队 (the 签字 line is blank, the tab a default name). The
  README's 读得懂的表 knows the holder written in cells above, beside, below or inside the table (pairs,
  a label row over values, ``持卡人： | …`` lines, ``X同志：``, a title naming the person, a cover
  sheet), in the tab's name, in the page header or FOOTER (``.xlsx``), in a cell COMMENT that explains
  codes (``.xlsx``), in another sheet or table mapping posts, codes or 工号 to people; it does not
  describe a holder given only in a TEXT BOX (or any other drawing shape) floating over the sheet.
  No earlier batch draws a text box (no ``insert_textbox`` in tests/published).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (what a 交通运输局
is and its 内设科室 — 公路管理, 运输管理, 安全监督; whether a 公路养护工 is a special trade; the 驾驶
教练员 教学质量信誉考核评分标准; a 农村公路养护管理办法 with a 镇's plan for 冬季养护 and 防滑保畅; a 执法
大队's study of 超限超载 and its 防控策略 — 路面执法, 卸载, 罚款; a city's 交通质监站 — 主管监督的项目, 质量
鉴定, 交(竣)工质量评定; a 运输综合服务中心 made out of a 运输管理局 — 客货运输, 运输场站, 城市客运, 出租
汽车; a county 交通运输局's 综合行政执法 — 交通稽查站, 治超检测站, 路政, 运政, 行政处罚) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names, three characters each); every unit is a
body of 潼关县, named with the county's name.

Run ``python tests/published/score.py --set batch380`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each card's holder, post and 中队 are those its TEXT BOX names: the box is part
  of the card as it is shown and printed (a sheet is what its sender shows, as batch378 held of a
  hidden one the other way round), so ``持卡人：璩珮霖`` makes 璩珮霖 the holder, ``职　务：中队长`` the
  post and ``所在中队：秦东中队`` the 科室; the 大队长's box names no 中队 (``分管工作：…`` instead), so his
  form has the 科室 ""; the tabs ``Sheet1``… name nobody; the blank ``持卡人签字：`` line and the
  ``监督电话`` line are no points;
- ``局领导`` (a group row of the 局's list), ``段领导`` (the 公路管理段's sheet of its leaders, named so by
  its tab and title), ``所领导`` (a 自查表's ``所在股室``), ``站领导`` (a 股室 cell of the 养护站's list,
  a 科室 cell of the 质监站's) and ``中心领导`` (a card's ``所在科室``) are the 科室 of those leaders; a 局's 股 and 办公室, a 段's 股 and 办公室, a 所's 股, a 站's 股
  and 财务室, a 中心's 科 and 室, the 执法大队's 中队 are 科室; a group row ``三、规划建设股`` gives the 科室
  ``规划建设股`` (its number left off); the 超限运输检测站 has no 科室: its forms have the 科室 "";
- 局长, 副局长, 段长, 副段长, 所长, 副所长, 站长, 副站长, a 中心's 主任 and 副主任, 大队长 and 副大队长
  are leaders; 办公室主任, 股长, 科长, 室主任 and 中队长 middle; the rest (科员, 会计, 出纳, 技术员, 养护员,
  驾培管理员, 维修管理员, 检测员, 卸载管理员, 质监员, 试验检测员, 客运管理员, 出租汽车管理员, 执法队员)
  general;
- ``风险点 | 主要表现`` (the 养护站's list): the point is the short 风险点; ``分管工作``, ``主要职责``,
  ``职责事项``, ``工作环节`` and ``持卡时间`` are no points and name no holder; the 检测站's LAST
  ``责任领导`` column names a supervisor (the holder is ``责任人``); the 养护站's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the
  检测站's note), ``一级风险/二级风险/三级风险`` and ``★★★/★★/★`` (read by the cards' note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a sheet's ``textboxes``) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b380_"
PLACE = "潼关县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

BRIGADE_UNIT = f"{PLACE}交通运输执法大队"
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
CARD_TITLE = f"{BRIGADE_UNIT}岗位廉政风险防控卡"
BOX_ROW, TABLE_ROW = 1, 4  # the text box lies over rows 2–4 (0-based 1–3); the heading is row 5
# (tab, 岗位, 姓名, 中队 or "", tier, the text box's lines, [(风险点, 风险类型, 风险等级, 防控措施)])
CARDS = [
    ("Sheet1", "大队长", "弋瑭洺", "", "leader",
     ("持卡人：弋瑭洺", f"职{GAP}务：大队长", "分管工作：主持大队全面工作，分管法制审核"), [
        ("重大行政处罚案件不经集体讨论，个人决定", "制度机制", "高",
         "重大案件经案件审理委员会集体讨论，法制审核后决定。"),
        ("为超限超载车辆和非法营运车辆说情、打招呼", "思想道德", "高",
         "领导干部插手干预执法办案记录报告，每季度通报。"),
        ("执法装备和罚没物品处置不按程序", "业务流程", "中", "装备采购按限额进场交易，罚没物品公开拍卖。"),
    ]),
    ("Sheet2", "中队长", "璩珮霖", "秦东中队", "middle",
     ("持卡人：璩珮霖", f"职{GAP}务：中队长", "所在中队：秦东中队"), [
        ("路面治超中对超限车辆不卸载、以罚代卸", "岗位职责", "高", "超限车辆卸载全程录像，卸载记录当日上传系统。"),
        ("对非法营运车辆选择性查处、降格处罚", "岗位职责", "中", "处罚按裁量基准执行，案件中队集体审核。"),
        ("执法检查中接受货运企业宴请", "外部环境", "低", "签订廉洁承诺书，执法记录仪全程记录。"),
    ]),
    ("Sheet3", "执法队员", "桓澈岷", "太要中队", "general",
     ("持卡人：桓澈岷", f"职{GAP}务：执法队员", "所在中队：太要中队"), [
        ("现场检查时私自放行违法车辆", "思想道德", "高", "两人以上执法，执法记录仪全程记录并定期抽查。"),
        ("当场收缴罚款不开具票据、不及时上缴", "制度机制", "中", "罚款由当事人直接缴入财政专户，当场收缴登记。"),
        ("调查取证不全面，执法文书填写不规范", "业务流程", "低", "执法文书法制审核，案卷定期评查。"),
    ]),
]  # fmt: skip


def tongguan_enforcement_brigade_textbox_cards() -> dict:
    unit = BRIGADE_UNIT
    t = _Truth(unit)
    sheets = []
    for tab, post, who, team, tier, box, points in CARDS:
        sh = _Sheet(tab, [6, 38, 11, 9, 36])
        _line(sh, CARD_TITLE, 5)
        for _ in range(BOX_ROW, TABLE_ROW):
            sh.add()  # room for the text box
        sh.add(*CARD_HEAD)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, team, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "年  月  日", None)
        r = sh.add("监督电话：0913-12388", None, None, None, None)
        sh.merge(r, 0, r, 4)
        data = sh.data()
        data["textboxes"] = [{"row": BOX_ROW, "col": 1, "text": "\n".join(box)}]
        sheets.append(data)
    lay = _layout(
        "tongguan_enforcement_brigade_textbox_cards",
        "http://www.huilai.gov.cn/bmzz/hlxjtysj/jgzn/content/post_376975.html",
        "(harder) 交通运输执法大队 岗位廉政风险防控卡, one sheet a holder (tabs ``Sheet1``–``Sheet3``), after the source's county "
        "交通运输 综合行政执法 (交通稽查站, 治超检测站, 路政, 运政, 行政处罚): a title merged across, THREE EMPTY ROWS under it with "
        "an Excel TEXT BOX laid over them that alone names the holder (``持卡人：璩珮霖⏎职　务：中队长⏎所在中队：秦东中队``; the "
        "大队长's ``分管工作：…`` instead of a 中队), then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, a blank "
        "``持卡人签字：`` line and a ``监督电话`` line; no cell names the holder, his post or his 中队",
        [], t,
    )  # fmt: skip
    lay["sheets"] = sheets
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def tongguan_transport_bureau_group_rows() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "厍峤渟", "leader", [
                ("交通建设项目“三重一大”事项不经党组会集体研究", "制度机制", "高",
                 "“三重一大”事项清单化管理，党组会纪要存档。"),
                ("插手干预工程招投标和分包", "思想道德", "高", "工程项目全部进入公共资源交易平台，领导干预记录报告。"),
            ]),
            ("副局长", "禤泠樾", "leader", [
                ("工程计量支付审核把关不严", "岗位职责", "中", "计量支付实行监理、股室、分管领导三级审核。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("办公室主任", "訾岫潆", "middle", [
                ("公务用车使用和维修费用审核不严", "制度机制", "低", "用车登记审批，维修定点、费用按月公开。"),
            ]),
        ]),
        ("三、规划建设股", "规划建设股", [
            ("股长", "亓珩漪", "middle", [
                ("农村公路建设项目库入库把关不严、优亲厚友", "岗位职责", "高", "项目入库经局务会研究，入库名单公示。"),
                ("设计变更审批不按程序", "业务流程", "中", "设计变更分级审批，重大变更专家论证。"),
            ]),
            ("科员", "佴砚澍", "general", [
                ("工程资料审核中收受施工单位好处", "外部环境", "低", "资料审核双人复核，签订廉洁承诺书。"),
            ]),
        ]),
        ("四、运输管理股", "运输管理股", [
            ("股长", "郏昀沣", "middle", [
                ("客运班线审批违规，照顾关系企业", "业务流程", "中", "审批条件和结果网上公开，集体审核。"),
            ]),
        ]),
        ("五、财务审计股", "财务审计股", [
            ("会计", "缑霁岷", "general", [
                ("交通专项资金拨付不按进度，违规提前支付", "制度机制", "高", "资金拨付凭计量支付证书，分管领导审签。"),
                ("报销票据审核不严", "岗位职责", "低", "票据逐张审核，定期抽查。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "tongguan_transport_bureau_group_rows",
        "https://m.gzjll.com/3/4783978.html",
        "县交通运输局 岗位廉政风险防控一览表, after the source on what a 交通运输局 is (公路建设维护, 运输市场秩序; 内设科室 公路管理, "
        "运输管理, 安全监督): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、办公室``, ``三、规划建设股``, ``四、运输管理股``, ``五、财务审计股`` merged across (no 股室 column); "
        "岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def tongguan_highway_section_two_sheets() -> dict:
    unit = f"{PLACE}公路管理段"
    t = _Truth(unit)
    lead = _Sheet("段领导", [6, 10, 9, 26, 38, 9, 32])
    _line(lead, f"{unit}段领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("段长", "禚琬潇", "主持全面工作，分管财务、人事", [
            ("养护工程发包不经段务会集体研究", "一级", "养护工程发包经段务会研究，结果公示。"),
            ("临时养护工招用中优亲厚友", "二级", "招用条件和名单公示，接受职工监督。"),
        ]),
        ("副段长", "蒯旸湜", "分管公路养护和道班管理", [
            ("日常养护考核打分不实，虚报养护里程", "一级", "养护考核随机抽检路段，考核结果通报。"),
            ("养护材料采购验收把关不严", "二级", "材料验收三方签字，抽样送检。"),
        ]),
        ("副段长", "笪彧岚", "分管安全生产和应急抢险", [
            ("应急抢险费用结算不实", "二级", "抢险工程量现场签认，影像资料存档。"),
            ("接受施工单位宴请和礼品", "三级", "严守中央八项规定精神，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    room = _Sheet("股室", [6, 12, 10, 9, 38, 9, 32])
    _line(room, f"{unit}股室岗位廉政风险防控表", 7)
    room.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("养护股", "股长", "殳沄珺", "middle", [
            ("养护计划编制中照顾关系路段和施工队", "一级", "养护计划经段务会审定并公开。"),
            ("路况检测数据弄虚作假", "二级", "路况数据自动采集，段里抽检复核。"),
        ]),
        ("养护股", "技术员", "郦峄澄", "general", [
            ("小修保养工程量签认不实", "二级", "工程量双人签认，附影像资料。"),
        ]),
        ("工程股", "股长", "鄢岱琮", "middle", [
            ("大中修工程验收走过场", "一级", "验收邀请质监站参加，验收资料存档。"),
            ("工程变更签证把关不严", "二级", "变更签证分级审批，重大变更集体研究。"),
        ]),
        ("办公室", "出纳", "逄泺瑶", "general", [
            ("现金管理不规范，公款私存", "三级", "现金日清月结，段长每月抽查。"),
        ]),
    ]  # fmt: skip
    first = len(room.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            room.add(n, d, post, who, point, lv, measures)
            t.point(room.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(room, first, 1, 2, 3)
    room.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "tongguan_highway_section_two_sheets",
        "https://www.zhetiaohe.com/ss/d2b0c85d33cd2071e85c8e9ad3352ad9158cfb6468f42eaa6f2f3f0c1d66e841da5a629392a9e785.html",
        "县公路管理段 廉政风险防控表 in two sheets, after the source on 公路养护工 (养护, 道班, 特殊工种): ``段领导`` (a title, "
        "序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line) and "
        "``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/…; the same line); no type column",
        [lead, room], t,
    )  # fmt: skip


def tongguan_road_transport_selfchecks() -> dict:
    unit = f"{PLACE}道路运输管理所"
    t = _Truth(unit)
    people = [
        ("所长", "冼峣沁", "所领导", "leader", [
            ("驾培机构教学质量信誉考核", "考核打分凭印象，为关系驾校提高等级", "高风险", "考核评分细则公开，考核结果公示。"),
            ("道路运输经营许可审批", "对不符合条件的企业违规发放许可", "高风险", "许可材料两级审核，许可结果网上公开。"),
            ("所务经费使用", "经费使用不经所务会研究", "中风险", "经费使用所务会集体研究，每季度公开。"),
        ]),
        ("驾培管理员", "綦瀚珈", "驾培股", "general", [
            ("教练员信誉考核记录", "篡改教练员考核记录、违规加分", "中风险", "考核记录系统留痕，所长按月抽查。"),
            ("驾培学时监管", "对驾校虚报培训学时不查处", "高风险", "学时数据计时系统自动采集，异常数据复核。"),
        ]),
        ("维修管理员", "甯翊澔", "维修股", "general", [
            ("机动车维修经营备案", "备案材料审核不严、故意拖延", "低风险", "备案材料清单化审核，限时办结。"),
            ("维修企业质量信誉考核", "接受维修企业宴请，考核中放宽标准", "中风险", "考核两人以上参加，签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in people:
        sh = _Sheet(post, [6, 20, 34, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, "填表日期", "2025年10月", None)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施")
        for i, (step, point, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "tongguan_road_transport_selfchecks",
        "https://abg.baidu.com/tags/xp5lnl5tww6n3sv3xxgmdn6uwg64zunh23fmdp6qyxj75p54xlf4nqfx22y6vv54",
        "道路运输管理所 岗位廉政风险自查表, one sheet a person (tabs 所长, 驾培管理员, 维修管理员), after the source's 机动车驾驶"
        "教练员教学质量信誉考核评分标准: a title, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 填表日期 | …``, then "
        "序号/``工作环节``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a blank row and ``本人签名： | "
        "所长审核：``",
        sheets, t,
    )  # fmt: skip


def tongguan_rural_road_station_posts() -> dict:
    unit = f"{PLACE}农村公路养护站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("养护资金分配", "农村公路养护补助资金分配不公开，向关系乡镇倾斜", "制度机制风险", "Ⅰ级",
             "资金分配方案经站务会研究，报县交通运输局审定并公示。"),
        ]),
        ("站领导", "副站长", "leader", [
            ("冬季养护和防滑保畅", "防滑材料采购数量虚报、以次充好", "业务流程风险", "Ⅱ级", "防滑材料入库登记，使用台账按月核对。"),
        ]),
        ("养护股", "股长", "middle", [
            ("乡村道路养护考核", "考核中降低标准，为养护队伍虚报合格", "岗位职责风险", "Ⅰ级",
             "考核路段随机抽取，考核结果通报各乡镇。"),
            ("群众养护队伍选用", "选用养护队伍搞暗箱操作", "外部环境风险", "Ⅱ级", "养护队伍比选结果公示。"),
        ]),
        ("养护股", "养护员", "general", [
            ("日常巡查", "巡查记录弄虚作假，病害漏报", "岗位职责风险", "Ⅲ级", "巡查轨迹定位，巡查记录站里抽查。"),
            ("养护机械使用", "公车私用养护机械、私自出租", "思想道德风险", "Ⅱ级", "机械出车登记，油耗按月分析。"),
        ]),
        ("财务室", "会计", "general", [
            ("补助资金核拨", "虚列养护支出，套取补助资金", "制度机制风险", "Ⅰ级", "支出凭证三级审核，县局年度审计。"),
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
    sh.add("编制：", None, "审核：", None, None, None, "2025年10月", None)
    return _layout(
        "tongguan_rural_road_station_posts",
        "https://abg.baidu.com/tags/ywu3jznzvpblpupyxosltxga5wyozn5ipb4nl4rsgazddrhkywu3jznzvpblpnvmxs7nd6f3us45zqhnxlg3pqf3vsy2hm5jxgsnp56kwxfktn55wc4a14",
        "县农村公路养护站 岗位廉政风险点排查表 对岗不对人, after the source's 农村公路养护管理办法 and a 镇's 冬季养护 and 防滑保畅 "
        "plan: a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``主要表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def tongguan_overload_station_duties() -> dict:
    unit = f"{PLACE}超限运输检测站"
    sh = _Sheet("责任清单", [6, 12, 9, 16, 34, 13, 8, 30, 9])
    t = _Truth(unit)
    chief = "郗璟涔"
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("站长", chief, "leader", [
            ("站务决策", "检测设备维护和采购不经站务会研究", "制度机制风险", "Ⅰ", "站务会集体研究，采购结果公示。"),
        ]),
        ("副站长", "邴岑蔚", "leader", [
            ("超限车辆处理审核", "对超限车辆降格处理、违规放行", "岗位职责风险", "Ⅰ", "处理意见报执法大队法制审核。"),
            ("值班安排", "向货运企业透露检测站值班和检测安排", "外部环境风险", "Ⅱ", "值班安排专人保管，不对外透露。"),
        ]),
        ("检测员", "昝珣渼", "general", [
            ("车辆称重检测", "人为修改称重数据", "岗位职责风险", "Ⅰ", "称重数据自动上传，修改留痕。"),
            ("复检申请办理", "为熟人车辆违规复检", "业务流程风险", "Ⅱ", "复检申请登记，复检结果站长审签。"),
        ]),
        ("卸载管理员", "靳淼骞", "general", [
            ("超限货物卸载", "卸载不彻底、收取好处放行", "思想道德风险", "Ⅱ", "卸载过程视频监控，卸载后复磅。"),
            ("卸载货物保管", "卸载货物保管不善、私自处置", "制度机制风险", "Ⅲ", "卸载货物登记造册，按规定返还。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None, None)
    return _layout(
        "tongguan_overload_station_duties",
        "http://www.thearxiv.net/2025/36/c538202536533.html",
        "县超限运输检测站 廉政风险防控责任清单, after the source's study of 公路超限超载运输 and its 防控策略 (路面执法, 卸载, "
        "称重检测): a title, then 序号/岗位 and ``责任人`` merged per person (no 股室)/``职责事项``/廉政风险点/风险类型 "
        "``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the 站长 on every row; a ``注：`` line on "
        "the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def tongguan_quality_station_every_row() -> dict:
    unit = f"{PLACE}交通工程质量监督站"
    sh = _Sheet("一览表", [6, 10, 9, 9, 24, 36, 10, 10, 30])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "主要职责", "风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("站领导", "站长", "宓澧珑", "leader", "主持全面工作", "质量鉴定结论不经集体研究", "制度机制",
         "一级风险", "质量鉴定结论经站务会研究，鉴定报告存档。"),
        ("站领导", "副站长", "堵岷翾", "leader", "分管工程质量监督", "对监督项目质量问题降格处理",
         "岗位职责", "一级风险", "质量问题整改闭环，整改结果复查。"),
        ("质监科", "科长", "芮湄岫", "middle", "组织实施工程质量监督检查", "监督检查前向施工单位透露检查安排",
         "外部环境", "二级风险", "检查计划保密，检查路段随机抽取。"),
        ("质监科", "质监员", "扈屾璐", "general", "工地现场质量监督", "现场监督走过场，隐蔽工程不到场",
         "岗位职责", "一级风险", "隐蔽工程验收到场签认，影像资料上传。"),
        ("质监科", "质监员", "扈屾璐", "general", "工地现场质量监督", "接受施工单位宴请、礼品",
         "思想道德", "三级风险", "签订廉洁承诺书，节前廉洁提醒。"),
        ("检测室", "试验检测员", "滕珂漪", "general", "交(竣)工质量检测", "篡改检测数据，出具虚假检测报告",
         "业务流程", "一级风险", "检测数据自动采集，检测报告三级审核。"),
        ("办公室", "会计", "酆霈峤", "general", "站内经费核算", "虚列检测费用支出", "制度机制", "二级风险",
         "支出凭证经办、审核、审批三签。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, "审核人：", None, None, None, None, "2025年10月", None)
    return _layout(
        "tongguan_quality_station_every_row",
        "https://www.yqrb.cn/yqrb/html/2014-06/21/content_242638.htm",
        "县交通工程质量监督站 岗位廉政风险防控一览表, after the source's city 交通质监站 (主管监督的项目, 质量鉴定, 交(竣)工质量"
        "评定备案): ``附件1``, a title, 序号/科室/岗位/责任人 written out on EVERY row (nothing merged)/``主要职责``/风险点/"
        "风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def tongguan_service_center_cards() -> dict:
    unit = f"{PLACE}交通运输服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "索璠淇", "中心领导", "leader", [
            ("农村客运补贴资金分配不公开", "制度机制风险", "★★★", "补贴方案经中心会议研究，分配结果公示。"),
            ("客运站场建设项目插手工程发包", "思想道德风险", "★★★", "项目进入公共资源交易平台，领导干预记录报告。"),
            ("中心经费使用审批把关不严", "岗位职责风险", "★★", "经费支出分级审批，每季度公开。"),
        ]),
        ("客运管理员", "蓟昉沣", "客运管理科", "general", [
            ("客运班车线路经营审核不严", "业务流程风险", "★★", "审核材料清单化，结果网上公开。"),
            ("接受客运企业宴请和礼品", "外部环境风险", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("出租汽车管理员", "庹屹澐", "城市客运科", "general", [
            ("出租汽车驾驶员从业资格注册把关不严", "岗位职责风险", "★★", "注册材料两人审核，注册信息公开。"),
            ("对出租汽车投诉拖延处理、偏袒企业", "外部环境风险", "★★★", "投诉件限时办结，办理结果回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(who, [6, 38, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在科室", dept, "持卡时间", "2025年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "主任签字：", None, None)
        sheets.append(sh)
    return _layout(
        "tongguan_service_center_cards",
        "http://www.gdbyq.com/news/fujian/yghx/2021-11-14/2570535.html",
        "县交通运输服务中心 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder), after the source's 运输综合服务中心 "
        "made out of a 运输管理局 (道路客货运输, 运输场站, 城市客运, 巡游和网约出租汽车): a title, PAIRS ``持卡人 | … | 职　务 | …`` "
        "and ``所在科室 | … | 持卡时间 | …``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 主任签字：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongguan_enforcement_brigade_textbox_cards(),
    tongguan_transport_bureau_group_rows(),
    tongguan_highway_section_two_sheets(),
    tongguan_road_transport_selfchecks(),
    tongguan_rural_road_station_posts(),
    tongguan_overload_station_duties(),
    tongguan_quality_station_every_row(),
    tongguan_service_center_cards(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` plus a sheet's ``textboxes`` (an Excel text box laid over the cells
    from ``row``/``col``, its lines in the office's font, as Excel and WPS draw one)."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 10, 14, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
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
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for box in sheet.get("textboxes") or []:
            ws.insert_textbox(
                box["row"],
                box["col"],
                box["text"],
                {
                    "width": 300,
                    "height": 58,
                    "x_offset": 4,
                    "y_offset": 2,
                    "font": {"name": "宋体", "size": 11},
                    "align": {"vertical": "middle"},
                    "line": {"none": True},
                    "object_position": 1,
                },
            )
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch380-inbox"))
