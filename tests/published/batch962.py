"""The nine-hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture and
tourism bodies, 普兰县 (阿里地区, 西藏自治区) — its 文化和旅游局, 文物保护所, 图书馆, 文化馆,
文化市场综合执法队, 冈仁波齐景区管理处 and two 乡镇综合文化站 (巴嘎乡, 普兰镇) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化和旅游局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``, no
  type column;
- the 文物保护所's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 图书馆's 防控卡, one sheet a person: ``姓　名 | … | 岗　位 | …`` and a merged 主要职责 line,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line;
- the 文化馆's 清单 under GROUP ROWS ``一、馆领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``★★★/★★/★``;
- the 文化市场综合执法队's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 巴嘎乡综合文化站's 自查表, one sheet a person: a label row ``姓　名 | 所在单位 | 岗　位 |
  填表时间`` over a row of values, ``一级/二级/三级``, ``自查情况``, no type column;
- the 普兰镇综合文化站's 排查登记表: ``岗位 | 姓名`` merged per person (no 科室 column), ``风险类别``
  (short names), 高/中/低, a ``注：`` line.

One is harder:

- ``pulan_scenic_area_holders_by_season``: the 冈仁波齐景区管理处's 岗位廉政风险防控一览表, an
  ordinary list (``序号 | 部门 | 岗位 | 责任人（旺季5—10月） | 责任人（淡季11—次年4月） | 廉政风险点 |
  风险等级 | 防控措施``, 部门 merged, 岗位 and both holder columns merged per post) whose holder is
  named in TWO COLUMNS, one a season: a post manned by a 临聘 crew in the 转山 season and by the
  winter 值守 staff in the closed season has a different name in each, so each of its points is
  each of the two people's; where one person holds the post all year the 淡季 cell says ``同左``,
  and a post closed in winter (转山向导和马队管理) has ``/`` there. The README's 读得懂的表 knows two
  holders in one cell, holders by 环节 columns (``经办人 | 复核人 | 审批人``, each row's 风险环节
  saying whose it is), a roster by 责任层级, levels by season columns (取最高) and 主岗/兼岗; it does
  not describe a post's holders split into one column a season, every point being each named
  holder's, with ``同左`` for the same person and ``/`` for none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (阿里's 文旅 industry, the 冈仁波齐
转山 with 马匹 and 牦牛 and a 垃圾银行; 科迦寺 and its 银佛, 壁画 and 唐卡, a 全国重点文物保护单位;
a city 图书馆's 乡镇分馆 — 购买新书, 借阅, 分馆管理员; a 县文化馆 guiding 乡镇文艺团队 — 文艺晚会 节目选拔; a 文广新局's
网吧、KTV、出版物 checks; 普兰's 口岸, 青稞 and 牦牛; 普兰's 神山圣湖 and 转湖; the 冈仁波齐 scenic area —
51 公里 转山, 住宿 and 帐篷 fees) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 剧 and 腾
with rare given names); every unit is a body of 普兰县.

Run ``python tests/published/score.py --set batch962`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every point of a post is each named holder's: the 旺季 holder's and, when the
  淡季 cell names another person, that person's too (the same post, the same 部门); ``同左`` is the
  旺季 holder again (one form), ``/`` no second holder; the holder columns' headings and the note
  on the seasons are no points;
- ``局领导`` is no 科室 (sheet ``局领导``); ``所领导``, ``馆领导``, ``队领导``, ``处领导`` (a 所室/部门
  cell, a group row) are the 科室 of those leaders; a 局's 股, a 所's 组, a 馆's 部, a 队's 中队 and a
  处's 组 are 科室; the two 文化站 name no 科室;
- every station, the 所, the 馆, the 队, the 处 and the 局 are units of their own: 局长, 副局长,
  所长, 馆长, 副馆长, 队长, 主任 and 站长 are leaders; 股长, 部主任, 组长 and 中队长 middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``主要职责``, ``自查情况`` and ``填表时间`` are
  no points and name no holder; the 文物保护所's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b962_"
PLACE = "普兰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SAME = "同左"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (部门, 岗位, 旺季责任人, 淡季责任人 (a name, 同左 or /), tier, [(廉政风险点, 风险等级, 防控措施)])
BY_SEASON = [
    ("处领导", "主任", "剧昀峤", SAME, "leader", [
        ("景区经营项目发包、场地出租不公开竞价", "高", "经营项目和场地出租一律进县公共资源交易平台。"),
        ("接受旅行社、车队请托安排转山名额和住宿", "中", "转山预约和住宿统一在景区平台办理，领导干预登记报告。"),
    ]),
    ("票务组", "售票检票员", "腾珺岫", "剧澜珩", "general", [
        ("门票收入截留、坐收坐支", "高", "门票一律线上售卖或刷卡收款，日结日缴。"),
        ("对关系人员违规免票放行", "中", "免票凭证件登记，闸机记录每周核对。"),
    ]),
    ("转山服务组", "转山向导和马队管理员", "腾沄琇", NONE, "general", [
        ("马匹、牦牛驮运派单优亲厚友，收取好处费", "高", "驮运按登记顺序轮流派单，派单记录公示。"),
        ("转山服务收费不按公示标准", "中", "收费标准在游客中心和起点公示，统一开具票据。"),
    ]),
    ("安全巡查组", "巡查员", "剧屹骞", "腾翎澈", "general", [
        ("对无证经营帐篷、摊点收受好处后不制止", "中", "巡查轨迹定位记录，发现问题当日上报。"),
        ("巡查补助考勤弄虚作假", "低", "巡查考勤以定位记录为准，组长每月核对。"),
    ]),
    ("综合办公室", "报账员", "剧曦岚", SAME, "general", [
        ("景区环卫、垃圾清运费用报账票据不实", "中", "清运量由环卫队和村委会共同签认后报账。"),
    ]),
]  # fmt: skip


def pulan_scenic_area_holders_by_season() -> dict:
    unit = f"{PLACE}冈仁波齐景区管理处"
    sh = _Sheet("一览表", [6, 12, 16, 13, 13, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人（旺季5—10月）", "责任人（淡季11—次年4月）",
           "廉政风险点", "风险等级", "防控措施")  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, peak, off, tier, points in BY_SEASON:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, peak, off, point, lv, measures)
        for point, lv, _ in points:
            t.point(sh.name, dept, post, peak, tier, point, [], HML[lv])
        if off not in (SAME, NONE):
            for point, lv, _ in points:
                t.point(sh.name, dept, post, off, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    _line(sh, "注：景区每年5月至10月为旺季，11月至次年4月为淡季，各岗位按季节分别明确责任人；"
              "全年由同一人负责的填“同左”，淡季不开放的岗位填“/”。", 8)  # fmt: skip
    sh.add("制表：综合办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "pulan_scenic_area_holders_by_season", "http://carolinedutrey.com/jingdian/2495",
        "(harder) 县冈仁波齐景区管理处 岗位廉政风险防控一览表, after the source's page on 冈仁波齐 as an AAAA 景区 (转山 51 "
        "公里, 交通 and 住宿 fees, 帐篷 charged by the head): a title, 序号/部门 merged/岗位 merged per post/TWO HOLDER "
        "COLUMNS ``责任人（旺季5—10月） | 责任人（淡季11—次年4月）`` merged per post, a different name in each for posts manned "
        "by other people in the closed season, ``同左`` for the same person all year and ``/`` for a post closed in winter/"
        "廉政风险点/风险等级 高/中/低/防控措施; a ``注：`` line on the seasons; every point of a post is each named holder's; "
        "no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pulan_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 11, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("腾岱沅", "局长", "主持全面工作", [
            ("文旅项目资金安排个人说了算", "一级风险", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("为亲友承揽文旅基础设施工程打招呼", "一级风险", "领导干部插手工程项目一律登记报告。"),
        ]),
        ("剧湲琛", "副局长", "分管旅游市场、产业发展", [
            ("旅游产业扶持资金审核把关不严", "一级风险", "扶持资金申报材料公示，实地核查两人以上。"),
            ("接受旅行社、民宿经营者宴请", "三级风险", "节假日前廉洁提醒，严守中央八项规定精神。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 11, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("旅游市场股", "股长", "腾璟霖", "middle", "A级景区、星级民宿评定打分不公", "一级风险", "评定邀请专家参加，打分结果公示。"),
        ("旅游市场股", "股长", "腾璟霖", "middle", "旅游投诉处理偏袒经营者", "二级风险", "投诉登记台账，处理结果回访游客。"),
        ("计划财务股", "会计", "剧岍瑜", "general", "专项资金支付审核不严", "一级风险", "按合同和验收单支付，分管领导复核。"),
        ("计划财务股", "出纳", "腾瑷峘", "general", "公款私存、挪用备用金", "二级风险", "现金日清月结，每月银行对账。"),
        ("文化艺术股", "股长", "剧筠翊", "middle", "文艺演出经费虚报演出场次", "二级风险", "演出场次照片留存，乡镇签字确认。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "pulan_culture_tourism_bureau_two_sheets", "https://toutiao.com/topic/7482272027907393599",
        "县文化和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's reporting on 阿里's 文旅产业 (冈仁波齐开山, "
        "旅游经营主体, 游客接待量, 转山 with 马匹 and 牦牛): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def pulan_relics_office_posts() -> dict:
    unit = f"{PLACE}文物保护所"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "文物维修项目发包", "科迦寺等文物维修工程指定施工单位", "制度机制风险", "高",
         "维修工程按程序招标，所务会集体研究。"),
        ("文物安全组", "组长", "middle", "文物安全巡查", "巡查不到位，壁画、唐卡受损隐瞒不报", "岗位职责风险", "高",
         "巡查记录每日登记，发现问题即时上报。"),
        ("文物安全组", "文物保管员", "general", "馆藏文物出入库", "文物出入库手续不全，私自借出", "业务流程风险", "中",
         "出入库双人办理，账物每季度核对。"),
        ("考古调查组", "文物调查员", "general", "建设项目文物调查", "收受建设单位好处，调查意见失实", "思想道德风险", "中",
         "调查两人以上，意见经所长审签。"),
        ("考古调查组", "文物调查员", "general", "文物保护标志和档案", "文物保护标志、档案经费虚报冒领", "外部环境风险", "低",
         "经费按实际完成量结算，凭证存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "pulan_relics_office_posts", "http://xinhuanet.com/politics/2018-05/10/c_1122812330.htm",
        "县文物保护所 岗位廉政风险点排查表 对岗不对人, after the source's page on 科迦寺 (始建于996年, 银佛, 古壁画, 唐卡, "
        "全国重点文物保护单位): a title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pulan_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "腾骁岷", "馆长", "主持图书馆全面工作", "leader", [
            ("购书经费使用指定书商", "Ⅰ级", "图书采购按政府采购程序办理，馆务会研究。"),
            ("数字阅读设备采购收受回扣", "Ⅰ级", "设备采购三家比价，验收两人签字。"),
            ("接受书商宴请和礼品", "Ⅲ级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("采编员", "剧霁沄", "采编员", "图书采购验收、编目", "general", [
            ("图书验收数量、品种核对不严", "Ⅱ级", "验收按订单逐册清点，馆长抽查。"),
            ("剔旧图书私自变卖", "Ⅱ级", "剔旧清单报馆务会审批，处置收入上缴。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _line(sh, "注：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "pulan_library_cards", "http://zjnews.zjol.com.cn/system/2008/01/02/009105393.shtml",
        "县图书馆 岗位廉政风险防控卡, one sheet a person, after the source's report on 乡镇图书馆分馆 (购买新书, 馆藏调配, "
        "借阅, 分馆管理员, 建设经费分担): a title, ``姓　名 | … | 岗　位 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def pulan_cultural_centre_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "腾琬崧", "leader", [
                ("非遗传承人传习补助审核把关不严", "★★★", "补助名单经评审公示，资金直达个人账户。"),
                ("群众文化活动经费安排不公开", "★★", "活动经费预算经馆务会研究，结果公示。"),
            ]),
        ]),
        ("二、非遗保护部", "非遗保护部", [
            ("部主任", "剧昶屿", "middle", [
                ("非遗项目申报材料把关不严、弄虚作假", "★★★", "申报材料实地核查，专家评审。"),
            ]),
            ("馆员", "腾泓瑾", "general", [
                ("传习活动记录造假、虚报传习人数", "★★", "传习活动照片和签到表存档，每季度抽查。"),
                ("接受传承人礼品", "★", "签订廉洁承诺书，定期廉政谈话。"),
            ]),
        ]),
        ("三、群文辅导部", "群文辅导部", [
            ("辅导员", "剧蔚岑", "general", [
                ("文艺培训班学员补助冒领", "★★", "补助凭签到表发放，学员签字确认。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "pulan_cultural_centre_group_rows", "http://www.ycxwhg.cn/mobile/index/huodonginfo/hd_id/40.html",
        "县文化馆 廉政风险防控责任清单 under GROUP ROWS, after the source's note on a 县文化馆 guiding 乡镇业余文艺团队 (副馆长 "
        "带队, 迎春文艺晚会 节目选拔, 现场指导): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施, group rows "
        "``一、馆领导``, ``二、非遗保护部``, ``三、群文辅导部`` merged across; 岗位 and 姓名 merged per person; a ``注：`` "
        "line; no type column",
        [sh], t,
    )  # fmt: skip


def pulan_market_enforcement_list() -> dict:
    unit = f"{PLACE}文化市场综合执法队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "腾婳峣", "leader", "重大行政处罚案件个人决定", "制度机制", "高风险",
         "重大案件集体讨论，法制审核把关。"),
        ("队领导", "队长", "腾婳峣", "leader", "为违规经营场所说情、打招呼", "思想道德", "中风险",
         "领导干部干预执法登记报告。"),
        ("执法中队", "中队长", "剧珩煦", "middle", "网吧、KTV接纳未成年人查处不严", "岗位职责", "高风险",
         "检查全程执法记录仪录像，结果公示。"),
        ("执法中队", "执法队员", "腾澍瑗", "general", "检查时吃拿卡要、收受经营者好处", "外部环境", "中风险",
         "执法检查两人以上，公开举报电话。"),
        ("执法中队", "执法队员", "腾澍瑗", "general", "收缴的非法出版物私自处理", "业务流程", "低风险",
         "收缴物品登记造册，统一集中销毁。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "队长（签字）：", None, None)
    return _layout(
        "pulan_market_enforcement_list", "http://swhhlyj.zaozhuang.gov.cn/xwzx/qsxx/201710/t20171028_145687.html",
        "县文化市场综合执法队 岗位廉政风险防控一览表, after the source's report on a 文广新局's 文化市场 checks (网吧接纳"
        "未成年人, 无证KTV取缔, 出版物市场整治, 收缴非法音像): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/队长（签字） line",
        [sh], t,
    )  # fmt: skip


def pulan_baga_station_selfchecks() -> dict:
    unit = f"{PLACE}巴嘎乡综合文化站"
    t = _Truth(unit)
    people = [
        ("剧翯岚", "站长", "leader", [
            ("文化活动器材采购不比价", "一级", "器材采购三家比价，乡党委会研究。", "已落实"),
            ("农家书屋补充图书经费挪用", "二级", "图书经费专款专用，账目公开。", "未发现问题"),
        ]),
        ("腾屺琳", "文化专干", "general", [
            ("文艺演出队误工补贴冒领", "一级", "补贴按演出签到发放，村委会确认。", "已落实"),
            ("文化站场地出租收入不入账", "三级", "场地使用登记，收入当日入账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在单位", "岗　位", "填表时间", None)
        sh.add(who, unit, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "乡党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pulan_baga_station_selfchecks", "https://dnche.com/pulan-chuanyi.htm",
        "乡综合文化站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on 普兰县 "
        "(三国交界, 口岸, 神山圣湖, 青稞 and 牦牛, 半农半牧): a title, a label row ``姓　名 | 所在单位 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 乡党委意见：``",
        sheets, t,
    )  # fmt: skip


def pulan_town_station_register() -> dict:
    unit = f"{PLACE}普兰镇综合文化站"
    sh = _Sheet("登记表", [6, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "剧嵘瑄", "leader", [
            ("转湖节等节庆活动经费使用不公开", "制度机制", "高", "活动经费使用每半年公示一次。"),
            ("文化惠民演出场次虚报", "岗位职责", "中", "演出场次照片存档，镇里抽查。"),
        ]),
        ("管理员", "腾湛昀", "general", [
            ("文化站设备借出不登记、私用", "业务流程", "中", "设备借用登记，站长签字。"),
            ("接受商户好处，违规出借场地", "思想道德", "低", "场地使用统一审批，结果公示。"),
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
    _line(sh, "注：风险等级分为高、中、低三个等级。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "pulan_town_station_register",
        "https://www.jazzyx.com/p/tan-xun-pu-lan-jie-kai-cang-yu-xiao-zhong-mi-jing-de-shen-mi-mian-sha.html",
        "镇综合文化站 廉政风险点排查登记表, after the source's page on 普兰 as a 小众秘境 (神山冈仁波齐, 玛旁雍错, 转山, "
        "转湖, 宗教活动): a title, 序号/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/"
        "防控措施; no 科室 column; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pulan_scenic_area_holders_by_season(),
    pulan_culture_tourism_bureau_two_sheets(),
    pulan_relics_office_posts(),
    pulan_library_cards(),
    pulan_cultural_centre_group_rows(),
    pulan_market_enforcement_list(),
    pulan_baga_station_selfchecks(),
    pulan_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch962-inbox"))
