"""A seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY TABLES AS FILES REALLY ARRIVE from grass-roots
bodies the earlier batches hardly met as units — a 镇农村经营管理站 (the 农经站, also the 村级“三资”
代理服务中心), a 乡综合文化站, a 镇社会保障所, a 镇安全生产监督管理站 (the 安监站), a 村 (its “两委”
干部), a 社区居民委员会,
a 镇司法所, a 镇农机管理站 and a 镇水利管理站 — each handing back its 一览表, 排查表, 清单, 防控卡 or
personal 自查表 its own way, and five of them also kept as LibreOffice re-saves, ``.xls`` AND
``.ods`` (``resaved/b72_<name>.xls``/``.ods``, see make_resaved.py):

- a 农经站 排查表 (re-saved) whose table starts in column B (column A a narrow empty margin), a
  title naming the 站 by its short name and its 挂牌 (``白沙镇农经站(“三资”代理服务中心)…``), a
  ``填报单位:… | 填报日期:…`` line, 岗位/姓名/岗位职责 merged per person, two-character names padded
  with spaces as offices type them to line up (``邢  军``, ``柴  玲``), ``…风险`` types, 高/中/低;
- a 乡综合文化站 排查表 对岗不对人 with a count line under the title (``本站共排查岗位4个,查找廉政
  风险点7个,其中高风险2个、中风险3个、低风险2个。``) and the county's ``填表说明`` sheet after the
  table's sheet;
- a 镇社会保障所's personal 自查表, one per sheet, the tabs left ``Sheet1``/``Sheet2``/``Sheet3``
  (re-saved): the holder given in ONE merged cell under the title,
  ``姓名:覃丽华　　职务:所长　　填表日期:…`` (full-width spaces between the pairs), a short
  ``风险点`` beside ``主要表现``;
- a 镇安监站 排查表 (re-saved): ``填报单位: | … | 填报日期: | <a real date>`` (labels and values in
  cells of their own), 岗位/责任人 merged per person, ``风险类别`` short names (two in some cells,
  ``岗位职责、业务流程``), 高/中/低, and a ``合计`` row under the table (``共排查风险点8个`` in the
  风险点 column, ``高2个、中4个、低2个`` in the level column);
- a 社区居民委员会 清单 (re-saved): ``风险岗位`` (the 一肩挑 post ``社区党委书记、居委会主任`` among
  them) at the left, ``…风险`` types, ``高风险/中风险/低风险``, the holder under a trailing ``责任人``;
- a 镇司法所 一览表 ordered by ``工作事项`` (人民调解, 社区矫正, 法律援助, 安置帮教, 所务管理) merged
  down, the post and the holder in trailing ``责任岗位 | 责任人`` columns (the 所长's rows in three
  places), short types, levels ``★★★/★★/★`` defined by a 注 line;
- a 镇农机管理站's 岗位廉政风险防控卡 three to a sheet, one under another with a blank row between
  (each card its own title, ``姓名 | … | 职务 | … | 填卡日期 | …`` and 签字 line), one holder
  with a four-character name (``欧阳建平``);
- a 镇水利管理站 list with NO title: the header is the sheet's first row, ``姓名`` before ``职务``,
  short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, the unit only in a ``填报单位:…`` line under the table.

One is harder:

- ``village_one_shoulder_two_posts`` (re-saved): a 村“两委”干部岗位廉政风险防控一览表 where the
  一肩挑 holder 邓长春 is listed under BOTH his posts, ``村党支部书记`` and ``村委会主任``, each post
  merged over its own rows, while the ``姓名`` cell is merged ONCE over all four rows of the two
  posts (the way Excel users merge equal neighbours); ``权力事项`` beside ``廉政风险点``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 乡's 农村集体“三资”委托代理
服务中心 and its 联签会审, 资产资源处置备案, 村干部工作补贴直达 and 代管村级存款; the duties of a 乡镇
文化站 — 文化活动, 广播电视设施, 图书资料和体育器材, 协助管理文化市场, 利用文化站资源开展经营活动; a
镇社会保障所's 城乡居民养老保险待遇领取人员资格认证 and its 死亡、迁出人员; a 安监站's 职责 over the
公众聚集场所、危险化学品、建筑、非煤矿山 of its area and its monthly 检查; the risks of a 村党组织书记 “一肩挑” turning into 一言堂; a 社区's
网格化管理 by 社区居民委员会, 网格长 and 网格员; a 司法所's 职能 and its 所长's duties — 人民调解, 12348
法律服务, 安置帮教, 社区矫正; a 县's 农机购置补贴机具 核验 by the 乡镇 — 机具型号、整机编码、动力编码;
a 市's 小型水利公益设施 and the 乡镇水利管理站 and 水管员 who keep its 小(2)型水库 and 山坪塘) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented.

Run ``python tests/published/score.py --set batch72`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a name typed with spaces to line up (``邢  军``) is the name without them (``邢军``);
- a count line under the title (``…其中高风险2个、中风险3个、低风险2个。``) and a ``合计`` row
  (``共排查风险点8个`` | ``高2个、中4个、低2个``) are neither points nor a legend of the levels;
- one merged cell ``姓名:… 职务:… 填表日期:…`` above a personal 自查表 names its holder and post;
  the tabs ``Sheet1``… name nobody;
- a holder listed under two posts (the 一肩挑 ``村党支部书记`` and ``村委会主任``, each post its own
  rows) holds two forms, one per post, whether or not the name cell is merged over both posts;
- ``工作事项`` (人民调解, 社区矫正 …) is the area of the work, no 科室; the post is ``责任岗位``'s and the
  holder ``责任人``'s, one form per holder wherever his rows stand;
- cards stacked on one sheet are one form each, the holder from each card's ``姓名 | … | 职务 | …``;
- a list with no title takes its unit and 科室 from the ``填报单位:…`` line under it, not from its
  tab's short name (``水利站``);
- a 乡镇's own 站/所 (农经站, 综合文化站, 社会保障所, 安监站, 农机管理站, 水利管理站) is a part of the
  乡镇, as batches 38, 51, 55, 63 and 65 took them: the unit is the 乡镇 (``XX县白沙镇``), the
  department the 站/所 by its full name (``农村经营管理站``, also where the title uses the short
  ``农经站``), its 站长/所长 middle; the 司法所 (the county 司法局's body in the 镇) is a unit of its
  own, as batch 45 took it, its 所长 a leader; a 村 and a 社区居民委员会 are units with no 科室, the
  “两委” heads and 副主任 leaders.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, real dates), copies the re-saved copies ``resaved/b72_<name>.*`` and writes
``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b72_"
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
IDEO = "\u3000\u3000"  # two full-width spaces between the pairs of one cell


# --------------------------------------------------------------------------- harder layout


def village_one_shoulder_two_posts() -> dict:
    unit = "XX县大坪镇樟树坪村"
    sh = _Sheet("Sheet1", [6, 14, 9, 16, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, "樟树坪村“两委”干部岗位廉政风险防控一览表", 7)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, "填报时间:2024年7月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "权力事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "邓长春", "发展党员", "发展党员把关不严,优亲厚友", "中",
         "发展党员全程纪实,各环节在党务公开栏公示。"),
        ("村党支部书记", "邓长春", "重大事项决策", "村级重大事项不按“四议两公开”程序决策,个人说了算", "高",
         "重大事项严格执行“四议两公开”,会议记录存档,镇包村干部列席。"),
        ("村委会主任", "邓长春", "村级工程项目", "村级小型工程指定施工队,化整为零规避公开招标", "高",
         "村级工程按限额进镇公共资源交易平台,村务监督委员会全程监督。"),
        ("村委会主任", "邓长春", "集体资产资源发包", "集体鱼塘、山林低价发包给亲友", "中",
         "发包方案经村民代表会议通过,公开竞价,合同报镇农经站备案。"),
        ("村委会副主任", "卢月娥", "低保初审", "低保、临时救助初审优亲厚友", "中",
         "初审结果经民主评议并张榜公示,村干部近亲属申请实行备案。"),
        ("村委会副主任", "卢月娥", "证明出具", "违规出具居住、收入等证明", "低",
         "证明出具登记台账,一事一证,村党支部书记审签。"),
        ("村报账员", "黄秀英", "财务报账", "白条入账,先支款后报账", "中",
         "报账单据经村务监督委员会审核签字,每月到镇“三资”中心报账。"),
        ("村报账员", "黄秀英", "现金管理", "备用金超限额存放,公款私存", "低",
         "备用金不超过限额,收入当日交存镇代管账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"村党支部书记": "leader", "村委会主任": "leader", "村委会副主任": "leader"}
    for n, (post, who, power, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, power, point, lv, measures)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, [], HML[lv])
    # the post merged per post; the name merged over its equal neighbours, both posts of 邓长春
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[2])])
    sh.add()
    sh.add("村党支部书记:", None, None, "村务监督委员会主任:", None, "2024年7月", None)
    return _layout(
        "village_one_shoulder_two_posts", "https://fx361.cc/page/2021/1228/13605138.shtml",
        "(harder) 村“两委”干部岗位廉政风险防控一览表 after the source's study of the 村党组织书记 “一肩挑” (书记 "
        "through 法定程序 also 村民委员会主任, 交叉任职, and its risk of 一人挑、一言堂): a title naming the 村 by its "
        "name, a ``填报单位(盖章):XX县大坪镇樟树坪村 | 填报时间:…`` line; 序号/岗位 merged per post/姓名 merged over "
        "equal neighbours — 邓长春 ONE cell over the four rows of his two posts ``村党支部书记`` and ``村委会主任``/"
        "``权力事项``/廉政风险点/风险等级 高/中/低/防控措施; 村党支部书记/村务监督委员会主任/date line; re-saved as "
        ".xls and .ods",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingguan_station_margin() -> dict:
    unit = "XX县白沙镇"
    dept = "农村经营管理站"
    sh = _Sheet("Sheet1", [2, 6, 10, 9, 24, 32, 13, 8, 32])
    t = _Truth(unit)
    r = sh.add(None, "白沙镇农经站(“三资”代理服务中心)岗位廉政风险点排查表", *([None] * 7))
    sh.merge(r, 1, r, 8)
    r = sh.add(
        None, f"填报单位:{unit}{dept}", None, None, None, "填报日期:2024年4月", None, None, None
    )
    sh.merge(r, 1, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add(None, "序号", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    head_duty = "主持站内工作,审签村级财务开支"
    audit_duty = "审核各村原始凭证"
    book_duty = "代理村级会计核算,编制会计报表"
    cash_duty = "代管村级存款,办理资金结算"
    rows = [
        ("站长", "邢  军", head_duty, "村级大额开支联签会审走过场,对未经民主程序的开支签字放行",
         "制度机制风险", "高", "大额开支附村民代表会议决议,联签会审逐项登记,镇纪委定期抽查。"),
        ("站长", "邢  军", head_duty, "村集体资产资源处置备案把关不严,默许低价发包", "岗位职责风险", "高",
         "处置方案须经评估并进农村产权交易平台,备案资料站务会审核。"),
        ("站长", "邢  军", head_duty, "村干部工作补贴核发不实", "业务流程风险", "中",
         "补贴凭考核结果核发,直达个人账户,名单在村务公开栏公示。"),
        ("审核会计", "骆春梅", audit_duty, "审核原始凭证不严,白条和不合规票据入账", "岗位职责风险", "中",
         "票据逐张审核,不合规票据退回并登记。"),
        ("审核会计", "骆春梅", audit_duty, "为村干部虚列开支、套取集体资金提供方便", "思想道德风险", "高",
         "审核意见留痕,站长复核,年终审计抽查。"),
        ("记账会计", "柴  玲", book_duty, "会计报表数据不实,隐瞒村级债务", "业务流程风险", "中",
         "报表与银行对账单、债务台账每月核对。"),
        ("出纳", "宁海燕", cash_duty, "村级代管资金公款私存、挪用", "制度机制风险", "高",
         "分村设账统一存入指定账户,网银审核盾由站长保管。"),
        ("出纳", "宁海燕", cash_duty, "现金收付不及时入账", "岗位职责风险", "低", "现金日清月结,每月与银行对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "middle"}
    for n, (post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(None, n, post, who, duty, point, typ, lv, measures)
        person = who.replace(" ", "")
        t.point(
            sh.name, dept, post, person, tiers.get(post, "general"), point, types_in(typ), HML[lv]
        )
    per_person = lambda row: row[2:5]  # noqa: E731
    _merge_down(sh, first, [(2, per_person), (3, per_person), (4, per_person)])
    sh.add()
    sh.add(None, "站长:", None, None, "填表人:", None, "2024年4月", None, None)
    return _layout(
        "jingguan_station_margin",
        "https://www.xiuning.gov.cn/zwgk/public/6616504/9220215.html",
        "镇农村经营管理站 (挂牌 农村集体“三资”代理服务中心) 岗位廉政风险点排查表 after the source's 管理制度 of a 乡's "
        "“三资”委托代理服务中心 (审核各行政村财务开支, 联签会审, 资产资源处置登记备案, 村干部工作补贴直达个人账户, 代理"
        "记账, 代管村级存款): the WHOLE TABLE ONE COLUMN TO THE RIGHT (column A an empty 2-wide margin); a title with "
        "the 站's short name and its 挂牌 in brackets, a ``填报单位:XX县白沙镇农村经营管理站 | 填报日期:…`` line; "
        "序号/岗位, 姓名 and 岗位职责 merged per person — the two-character names typed with two spaces to line up "
        "(``邢  军``, ``柴  玲``)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 站长/填表人/date line; "
        "re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def culture_station_count_line() -> dict:
    unit = "XX县云溪乡"
    dept = "综合文化站"
    sh = _Sheet("排查表", [6, 12, 26, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险排查表", 6)
    _line(sh, "本站共排查岗位4个,查找廉政风险点7个,其中高风险2个、中风险3个、低风险2个。", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "主持文化站全面工作,负责文化活动经费使用", "文化活动经费虚报冒领,虚列演出、培训支出", "高",
         "活动经费凭活动方案、签到表、照片报账,乡分管领导审签。"),
        ("站长", "主持文化站全面工作,负责文化活动经费使用", "文化站场地对外出租收入不入账", "中",
         "场地出租签订合同,收入全额缴入乡财政。"),
        ("文化专干", "组织群众文化体育活动,协助管理文化市场", "协助文化市场检查时收受经营户好处、通风报信",
         "高", "检查两人以上,检查结果报县文化执法部门。"),
        ("文化专干", "组织群众文化体育活动,协助管理文化市场", "文艺培训、比赛评奖优亲厚友", "低",
         "评奖邀请村民代表参加,结果公示三天。"),
        ("广播电视管理员", "广播、有线电视设施维护保养", "设备维修虚报维修费、配件费", "中",
         "维修登记,更换配件以旧换新,站长验收。"),
        ("图书管理员", "图书资料借阅保管,体育器材登记", "图书、体育器材登记不全,私自外借或占用", "低",
         "图书器材建账,每半年盘点一次。"),
        ("图书管理员", "图书资料借阅保管,体育器材登记", "农家书屋图书配送验收把关不严", "中",
         "配送图书按清单逐册验收,验收单存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "middle"}
    for n, (post, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", tiers.get(post, "general"), point, [], HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("站长:", None, "填表人:", None, "2024年5月", None)
    notes = _Sheet("填表说明", [80])
    for text in (
        "填表说明",
        "1.岗位按本单位实际设置填写,一岗一填,不填姓名。",
        "2.风险点要结合岗位职责逐项查找,表述具体。",
        "3.风险等级分为高、中、低三个等级。",
        "4.防控措施要具体、可操作,能落实到人。",
    ):
        notes.add(text)
    return _layout(
        "culture_station_count_line", "https://www.51dongshi.net/eedfrcgrvrhgv.html",
        "乡综合文化站 岗位廉政风险排查表 对岗不对人 after the source's list of a 乡镇文化站's duties (文化工作计划, "
        "广播、有线电视设施维护, 图书资料借阅保管和体育器材登记, 协助管理文化市场, 利用文化站资源开展经营活动): the title, "
        "then a COUNT LINE merged across ``本站共排查岗位4个,查找廉政风险点7个,其中高风险2个、中风险3个、低风险2个。``; "
        "序号/岗位 and 岗位职责 merged per post/风险点/风险等级 高/中/低/防控措施; no names; 站长/填表人/date line; a "
        "second sheet ``填表说明`` of the county's numbered instructions (``3.风险等级分为高、中、低三个等级。``)",
        [sh, notes], t,
    )  # fmt: skip


def social_security_selfcheck_sheets() -> dict:
    unit = "XX县柳坪镇"
    dept = "社会保障所"
    t = _Truth(unit)
    people = [
        ("覃丽华", "所长", "middle", 20, [
            ("待遇领取资格认证把关不严", "对死亡、迁出人员不及时停发待遇,造成基金损失", "高",
             "认证名单与公安、民政死亡信息比对,停发名单公示。"),
            ("参保补缴代办不规范", "为亲友违规补缴、代缴城乡居民养老保险费", "中",
             "补缴一律按政策办理,资料存档,县经办中心复核。"),
            ("经办资料审核不严", "对村协办员报送的参保资料不审核直接录入", "低", "资料两级审核,每季度抽查。"),
        ]),
        ("韦志强", "城乡居民养老保险经办员", "general", 21, [
            ("协助冒领养老金", "帮助他人冒领已故人员养老金", "高", "待遇发放与死亡信息每月比对,发现冒领及时追回。"),
            ("资格认证走过场", "不入户认证,由村干部代签代认", "中", "认证留存影像资料,所长随机抽查。"),
            ("泄露参保人信息", "向他人提供参保人身份、银行账户信息", "低", "系统账号专人专用,查询留痕。"),
        ]),
        ("莫小燕", "医疗保险经办员", "general", 21, [
            ("参保资助身份核定不实", "为不符合条件人员办理城乡居民医保参保资助", "中",
             "资助对象与民政、乡村振兴部门名单比对。"),
            ("报销材料审核不严", "对虚假发票、重复报销不予识别", "高", "报销票据系统查验,复核后再报县医保中心。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, post, tier, day, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 22, 34, 8, 34])
        _line(sh, f"{unit}{dept}岗位廉政风险自查表", 5)
        _line(sh, f"姓名:{who}{IDEO}职务:{post}{IDEO}填表日期:2024年5月{day}日", 5)
        sh.add("序号", "风险点", "主要表现", "风险等级", "防控措施")
        for n, (point, shows, lv, measures) in enumerate(points, 1):
            sh.add(n, point, shows, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字:", None, "审核人:", None, None)
        sheets.append(sh)
    return _layout(
        "social_security_selfcheck_sheets", "http://www.ckycy.com/2014/0510/17657.html",
        "镇社会保障所 岗位廉政风险自查表, one per sheet with the tabs LEFT AT ``Sheet1``/``Sheet2``/``Sheet3``, after the "
        "source's news item on a 镇社会保障所's 城乡居民养老保险待遇领取人员资格认证 (死亡、迁出人员, 村两委干部, 公示): the "
        "title, then ONE merged cell ``姓名:覃丽华　　职务:所长　　填表日期:2024年5月20日`` (full-width spaces between "
        "the pairs); 序号/a short ``风险点``/``主要表现``/风险等级 高/中/低/防控措施; 本人签字/审核人 line; re-saved as "
        ".xls and .ods",
        sheets, t,
    )  # fmt: skip


def safety_station_total_row() -> dict:
    unit = "XX县石岭镇"
    dept = "安全生产监督管理站"
    sh = _Sheet("安监站", [6, 16, 9, 34, 18, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险点排查表", 7)
    r = sh.add("填报单位:", f"{unit}{dept}", None, None, "填报日期:", datetime(2024, 6, 12), None)
    sh.merge(r, 1, r, 3)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "何建新", "对检查发现的重大事故隐患不按规定移送,降格处理", "岗位职责、业务流程", "高",
         "重大隐患当日登记,移送情况每月向镇安委会报告。"),
        ("站长", "何建新", "安全生产专项经费使用不经集体研究", "制度机制", "中",
         "专项经费使用方案报镇党政联席会议研究。"),
        ("安全检查员", "蒙丽", "隐患整改不到现场验收即签字销号", "岗位职责", "中",
         "整改验收留存现场照片,站长随机复查。"),
        ("安全检查员", "蒙丽", "向企业推荐安全评价、培训机构收取好处", "外部环境", "低",
         "严禁推荐中介机构,企业可向镇纪委实名反映。"),
        ("烟花爆竹监管员", "卢志刚", "烟花爆竹零售点初审把关不严,为不符合条件的申请人出具同意意见",
         "思想道德、业务流程", "高", "初审两人到场核查,初审意见站务会研究。"),
        ("烟花爆竹监管员", "卢志刚", "节日期间违规储存烟花爆竹检查不到位", "业务流程", "中",
         "节前对零售点逐户检查,检查台账报县应急管理局。"),
        ("内勤", "欧春燕", "检查台账、执法文书填写不实", "制度机制", "中", "台账文书每月由站长审核签字。"),
        ("内勤", "欧春燕", "执法记录仪资料随意删除", "制度机制", "低", "执法记录资料每周导出备份,专人保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "middle"}
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    r = sh.add("合计", None, None, "共排查风险点8个", None, "高2个、中4个、低2个", None)
    sh.merge(r, 0, r, 2)
    sh.add()
    sh.add("站长:", None, None, "经办人:", None, None, None)
    return _layout(
        "safety_station_total_row", "http://jxly88.cn/Civil/Community/201411/370449.shtml",
        "镇安全生产监督管理站 岗位廉政风险点排查表 after the source's 职责 of a 安监站 (辖区 公众聚集场所、危险化学品、"
        "建筑、非煤矿山、学校 的监督管理, 每月检查, 向安监部门反馈隐患和动态): the title, then ``填报单位: | XX县石岭镇"
        "安全生产监督管理站 | 填报日期: | <a real date cell>`` (labels and values in cells of their own); 序号/岗位 and "
        "责任人 merged per person/风险点/风险类别 short names (TWO in some cells ``岗位职责、业务流程``)/风险等级 高/中/低/"
        "防控措施; a ``合计`` row (``共排查风险点8个`` under 风险点, ``高2个、中4个、低2个`` under 风险等级); 站长/经办人 "
        "line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def community_committee_holders() -> dict:
    unit = "XX市XX区兴华街道锦绣社区居民委员会"
    sh = _Sheet("清单", [6, 16, 34, 13, 9, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "风险岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("社区党委书记、居委会主任", "社区公益服务项目资金使用不经居民议事会议", "制度机制风险", "高风险",
         "项目资金使用方案经居民议事会议通过,每季度公开。", "庞秀兰"),
        ("社区党委书记、居委会主任", "辖区单位共建资金管理不规范", "外部环境风险", "中风险",
         "共建资金纳入街道代管账户,专款专用。", "庞秀兰"),
        ("居委会副主任", "低保、临时救助入户调查走过场,评议不公", "岗位职责风险", "高风险",
         "入户调查两人以上,评议结果张榜公示。", "覃国栋"),
        ("网格长", "网格员考核打分不实", "业务流程风险", "低风险", "考核结果在社区公示,居民可提出异议。",
         "杨丽萍"),
        ("网格员", "采集动态信息不实,为他人隐瞒出租房屋、流动人口情况", "岗位职责风险", "中风险",
         "网格长每周抽查采集信息,发现不实通报。", "石海鹰"),
        ("网格员", "泄露网格内居民个人信息", "思想道德风险", "低风险", "签订保密承诺,信息系统分级授权。",
         "石海鹰"),
        ("社区报账员", "社区办公经费报销票据不合规", "制度机制风险", "中风险",
         "报销单据经社区主任审签后到街道报账。", "詹小红"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"社区党委书记、居委会主任": "leader", "居委会副主任": "leader"}
    for n, (post, point, typ, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures, who)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, types_in(typ), WORDS[lv])
    per_post = lambda row: (row[1], row[6])  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (6, per_post)])
    sh.add()
    sh.add("社区党委书记(签字):", None, None, "填报日期:2024年6月", None, None, None)
    return _layout(
        "community_committee_holders", "https://m.1566.cn/guanlizhidu/168213500127836.html",
        "社区居民委员会 廉政风险防控清单 after the source's 社区网格化管理制度 (三级网格: 社区居民委员会, 网格长, 网格员; "
        "调查、统计、民政、社保, 动态信息采集, 居民个人隐私): 序号/``风险岗位`` merged per post (the 一肩挑 "
        "``社区党委书记、居委会主任``, 居委会副主任, 网格长, 网格员, 社区报账员)/风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施/a trailing ``责任人`` merged per post; 签字/date line; re-saved as .xls "
        "and .ods",
        [sh], t,
    )  # fmt: skip


def judicial_office_matters() -> dict:
    unit = "XX县青山镇司法所"
    sh = _Sheet("Sheet1", [6, 12, 34, 10, 8, 32, 14, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 8)
    sh.add("序号", "工作事项", "风险点", "风险类别", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("人民调解", "调解民间纠纷时偏袒一方,收受当事人财物", "思想道德", "★★★",
         "调解两人以上参加,调解协议当事人签字确认。", "专职人民调解员", "谭德明"),
        ("人民调解", "调解卷宗补录、虚报案件数量套取以案定补经费", "业务流程", "★★",
         "以案定补经费按卷宗抽查结果核发。", "专职人民调解员", "谭德明"),
        ("社区矫正", "违规批准社区矫正对象外出、请假", "岗位职责", "★★★",
         "外出审批按规定报县司法局,所长审核签字。", "社区矫正专干", "龚晓燕"),
        ("社区矫正", "矫正对象考核奖惩弄虚作假", "制度机制", "★★", "考核结果所务会研究,公示后报县局。",
         "社区矫正专干", "龚晓燕"),
        ("法律援助", "法律援助经济困难条件审查不严", "岗位职责", "★", "申请材料逐项核实,审查意见存档。", "所长",
         "雷振宇"),
        ("安置帮教", "安置帮教对象帮扶资金发放不实", "制度机制", "★", "帮扶资金打卡发放,名单公示。", "所长",
         "雷振宇"),
        ("所务管理", "办公经费、装备采购不经集体研究", "制度机制", "★★", "采购事项所务会研究,报镇分管领导审批。",
         "所长", "雷振宇"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "leader"}
    for n, (matter, point, typ, lv, measures, post, who) in enumerate(rows, 1):
        sh.add(n, matter, point, typ, lv, measures, post, who)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, types_in(typ), STARS[lv])
    per_person = lambda row: (row[1], row[6], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, per_person), (7, per_person)])
    _line(sh, "注:★★★为高风险,★★为中风险,★为低风险。", 8)
    sh.add("所长:", None, None, "填表人:", None, "2024年8月", None, None)
    return _layout(
        "judicial_office_matters",
        "https://xiexiebang.com/a4/2019051215/269a51ce2308130b.html",
        "镇司法所 廉政风险点及防控措施一览表 after the source's 司法所各项工作制度 (主要职能: 普法, 人民调解, 12348 法律"
        "服务, 安置帮教和社区矫正; 司法所长的工作职责): 序号/``工作事项`` merged down (人民调解, 社区矫正, 法律援助, 安置"
        "帮教, 所务管理 — the work, no 科室)/风险点/风险类别 short names/风险等级 ``★★★/★★/★``/防控措施/trailing "
        "``责任岗位 | 责任人`` merged per holder within a 事项 (the 所长 雷振宇 on the rows of three 事项); a 注 line "
        "defining the stars; 所长/填表人/date line",
        [sh], t,
    )  # fmt: skip


def farm_machinery_stacked_cards() -> dict:
    unit = "XX县马鞍镇"
    dept = "农机管理站"
    sh = _Sheet("防控卡", [6, 14, 22, 9, 16, 18])
    t = _Truth(unit)
    cards = [
        ("罗永刚", "站长", "middle", "分管领导签字:", [
            ("农机购置补贴申请受理把关不严,为不符合条件的申请人办理", "高",
             "申请资料一次性告知,受理结果每月公示。"),
            ("补贴机具核验走过场,机具编码与申请不一致仍签字", "高",
             "核验拍照上传系统,县农机推广站抽查。"),
            ("农机安全培训经费虚报参训人数", "中", "培训签到表、照片存档,经费据实报账。"),
        ]),
        ("欧阳建平", "农机核验员", "general", "站长签字:", [
            ("核验时收受经销商好处,出具虚假核验意见", "高", "核验两人以上,核验意见站长复核。"),
            ("报废更新补贴机具回收拆解不到场监督", "中", "拆解现场拍照,回收企业、农户签字确认。"),
            ("向经销商泄露补贴申请人信息", "低", "申请人信息专人管理,查询登记。"),
        ]),
        ("甘秋菊", "农机安全监理员", "general", "站长签字:", [
            ("拖拉机年检不上线检验即出具合格意见", "中", "年检全程视频记录,检验数据自动上传。"),
            ("年检时变相收取费用", "低", "收费标准上墙公示,举报电话公开。"),
        ]),
    ]  # fmt: skip
    for k, (who, post, tier, sign, points) in enumerate(cards):
        if k:
            sh.add()
        _line(sh, f"{unit}{dept}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "职务", post, "填卡日期", "2024年8月")
        r = sh.add("序号", "风险点", None, "风险等级", "防控措施", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        for n, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, None, lv, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("持卡人签字:", None, None, sign, None, None)
    return _layout(
        "farm_machinery_stacked_cards", "http://202.61.89.161:13096/DaZhuXian/details/2256.html",
        "镇农机管理站 岗位廉政风险防控卡, THREE CARDS ON ONE SHEET one under another with a blank row between, after the "
        "source's 农机购置补贴机具核验流程 of a 县 (乡镇核验 of 机具型号、整机编码和动力编码, the 县农机推广站's 实地核查, "
        "the 县财政's 核验): each card its own title, ``姓名 | … | 职务 | … | 填卡日期 | …`` (one holder with the "
        "four-character name ``欧阳建平``), 序号/风险点 (two cells merged)/风险等级 高/中/低/防控措施 (two cells "
        "merged), a ``持卡人签字: | 站长签字:`` line",
        [sh], t,
    )  # fmt: skip


def water_station_no_title() -> dict:
    unit = "XX县金溪镇"
    dept = "水利管理站"
    sh = _Sheet("水利站", [6, 9, 12, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("序号", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("杜国华", "站长", "小型水利工程施工队伍指定,不按规定比选", "制度机制", "Ⅰ级",
         "工程施工队伍按程序比选,结果公示。"),
        ("杜国华", "站长", "小(2)型水库承包经营合同到期不公开发包", "岗位职责", "Ⅱ级",
         "承包到期前三个月拟定发包方案,公开竞价。"),
        ("黎春燕", "水利技术员", "工程计量签证虚增工程量", "业务流程", "Ⅰ级", "计量签证监理、村组代表共同签字。"),
        ("黎春燕", "水利技术员", "工程质量检查降低标准", "岗位职责", "Ⅱ级", "质量检查留存影像,县水务局抽检。"),
        ("符建平", "水管员", "山坪塘、渠道管护经费虚报管护人员", "思想道德", "Ⅱ级",
         "管护人员名单公示,经费打卡发放。"),
        ("符建平", "水管员", "农民用水户协会水费收支监督不到位", "外部环境", "Ⅲ级", "协会水费收支每季度公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "middle"}
    for n, (who, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, point, typ, lv, measures)
        t.point(
            sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), ROMAN[lv]
        )
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    r = sh.add(f"填报单位:{unit}{dept}", None, None, None, "填报时间:2024年9月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    return _layout(
        "water_station_no_title", "http://m.zjjairport.com/news/show-htm-itemid-32812.html",
        "镇水利管理站 岗位廉政风险点 list after the source's account of a 市's 小型水利公益设施 (小型水库, 山坪塘, 渠道) "
        "and their five ways of 管理 — the 乡镇水利管理站 keeping the 小(2)型水库, the 乡镇水管员, 农民用水户协会, 承包管理: "
        "NO TITLE — the header is the sheet's first row; 序号/``姓名`` BEFORE ``职务``, both merged per person/风险点/"
        "风险类型 short names/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; the unit only in a ``填报单位:… | 填报时间:…`` line "
        "under the table (tab ``水利站``)",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_one_shoulder_two_posts(),
    jingguan_station_margin(),
    culture_station_count_line(),
    social_security_selfcheck_sheets(),
    safety_station_total_row(),
    community_committee_holders(),
    judicial_office_matters(),
    farm_machinery_stacked_cards(),
    water_station_no_title(),
]

RESAVED = (
    "village_one_shoulder_two_posts",
    "jingguan_station_margin",
    "social_security_selfcheck_sheets",
    "safety_station_total_row",
    "community_committee_holders",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b72_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch72-inbox"))
