"""The six-hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's tourism and
forest bodies, 阿尔山市 (of 兴安盟, 内蒙古) — its 文化旅游体育局, 国家森林公园管理局, 游客服务中心,
白狼洮兒河湿地公园管理站, 温泉博物馆, 景区管理委员会, 林业和草原局 and 海神温泉旅游度假区管理委员会 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 文化旅游体育局's 一览表: ``科室 | 岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 国家森林公园管理局's 防控卡, one sheet a person: label rows ``姓　名 | … | 职　务 | …``,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 游客服务中心's 排查表 对岗不对人: ``部门 | 岗位`` merged, types, 高/中/低, no names;
- the 湿地公园管理站's 清单 under GROUP ROWS ``一、站领导`` …, ``岗位 | 姓名`` merged per person,
  ``高风险/中风险/低风险``;
- the 温泉博物馆's 自查表, one sheet a person: a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 景区管理委员会's two sheets ``委领导`` / ``科室``, ``一级风险/二级风险/三级风险``;
- the 林业和草原局's 一览表 under ``附件2`` and a 填报单位 line, types, 高/中/低, a ``注：`` line and a
  sign-off line.

One is harder:

- ``arxan_hot_spring_resort_measure_split``: the 海神温泉旅游度假区管理委员会's workbook in TWO
  LINKED SHEETS. Sheet ``风险点`` lists the points (``风险编号 | 业务环节 | 廉政风险点 | 风险等级``) and
  names NO holder at all; sheet ``防控措施分解`` breaks each point into its measures, one row a
  measure (``措施编号 | 对应风险编号 | 防控措施 | 落实科室 | 落实岗位 | 落实责任人 | 完成时限``), two or three
  measures a point, often given to different people. A point's holders are the people its measures
  are given to (each once, however many of its measures he holds). The README's 读得懂的表 knows a
  ``落实责任人`` per measure row beside the point in the same table, shared points on another sheet
  claimed by number in a holder's column, codes resolved by a code table, and a system export of
  linked sheets (points by code, staff by ID, a link table of pairs); it does not describe a
  holder-less list of points whose holders stand only on a second sheet of MEASURES keyed back to
  the point's number, one measure a row with its own 落实人.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a travel Q&A on 阿尔山国家森林公园 —
门票, 倒站车; a page on 海神圣泉 and 白狼洮儿河国家湿地公园; a forum guide to 阿尔山火车站 and
温泉博物馆; a map site's 阿尔山 sights; a 旅游市场秩序专项整治 report — 导游乱象, 强制消费; a 林业
腐败 commentary — 工程资金, 采伐; a travel essay on 阿尔山 — 火山, 森林, 温泉; a page on 温泉度假区
管理模式 — 管委会, 项目审查, 园区企业) and the layout follows their words. The rows are worded by us,
the names invented (the rare surnames 郏 and 鞠 with rare given names); every unit is a body of
阿尔山市.

Run ``python tests/published/score.py --set batch685`` and do not tune the reader against it.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is a point of every person a measure of it is given to (落实科室 his
  科室, 落实岗位 his post), with the point's level; one form a person; ``业务环节`` and ``完成时限``
  name nobody; the points sheet's ``风险编号`` and the measures' ``措施编号`` are no points;
- a 局's, 站's, 管委会's leaders (局长, 副局长, 站长, 主任, 副主任, 馆长) are leaders; a 科/股/部's
  科长/部长/股长 middle; the rest general; ``局领导``/``站领导``/``委领导`` are the 科室 of those
  leaders where a 科室 cell or group row says so;
- ``一级/二级/三级``, ``★★★/★★/★``, 高/中/低, ``高风险/…``, ``Ⅰ级/…`` and ``一级风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b685_"
PLACE = "阿尔山市"
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

# (编号, 业务环节, 廉政风险点, 风险等级)
RESORT_POINTS = [
    ("FX01", "项目审查", "度假区建设项目可行性方案审查中接受请托，降低准入条件", "高"),
    ("FX02", "项目审查", "园区企业入驻环保承诺审核把关不严", "中"),
    ("FX03", "经营管理", "温泉水资源使用指标分配中优亲厚友", "高"),
    ("FX04", "经营管理", "园区企业公约执行检查中收受好处、放宽处罚", "中"),
    ("FX05", "财务管理", "门票和泡池收入未及时足额上缴，私设小金库", "高"),
    ("FX06", "市场秩序", "投诉处理中偏袒经营户，压案不查", "低"),
]

# the holders: key -> (科室, 岗位, 姓名, tier)
RESORT_STAFF = {
    "zr": ("委领导", "主任", "郏翛翯", "leader"),
    "fz": ("委领导", "副主任", "鞠翾翀", "leader"),
    "gh": ("规划建设科", "科长", "郏珩翚", "middle"),
    "jy": ("经营管理科", "科长", "鞠沨翊", "middle"),
    "sc": ("经营管理科", "科员", "郏翙桤", "general"),
    "cw": ("财务科", "会计", "鞠璆翥", "general"),
}

# (对应风险编号, 防控措施, 落实人 key, 完成时限)
RESORT_MEASURES = [
    ("FX01", "可行性方案由管委会主任办公会集体审查，会议纪要存档", "zr", "长期"),
    ("FX01", "审查意见书面出具，审查人员签署利害关系回避承诺", "gh", "每个项目"),
    ("FX02", "入驻企业环保承诺由规划建设科、经营管理科联合核查", "gh", "入驻前"),
    ("FX02", "承诺履行情况每季度现场抽查一次", "jy", "每季度"),
    ("FX03", "用水指标按测算标准分配，分配方案在园区公示", "fz", "每年3月"),
    ("FX03", "取水计量表每月抄表，台账双人签字", "sc", "每月"),
    ("FX04", "检查实行双人以上，检查记录当场交企业签字", "jy", "长期"),
    ("FX04", "处罚案件经主任办公会集体研究", "fz", "长期"),
    ("FX05", "门票、泡池收入实行票款分离，每日解缴", "cw", "每日"),
    ("FX05", "收入与票务系统数据每月核对", "cw", "每月"),
    ("FX05", "主任每季度听取收入情况汇报并签批", "zr", "每季度"),
    ("FX06", "投诉件登记编号，办理结果回访游客", "sc", "7个工作日内"),
]


def arxan_hot_spring_resort_measure_split() -> dict:
    unit = f"{PLACE}海神温泉旅游度假区管理委员会"
    t = _Truth(unit)
    pts = _Sheet("风险点", [9, 12, 46, 9])
    _line(pts, f"{unit}廉政风险点排查表", 4)
    _line(pts, f"填报单位：{unit}{GAP * 10}2025年6月", 4)
    pts.add("风险编号", "业务环节", "廉政风险点", "风险等级")
    for code, stage, point, lv in RESORT_POINTS:
        pts.add(code, stage, point, lv)
    _merge_down(pts, 3, [(1, lambda row: row[1])])
    _line(pts, "注：各风险点的防控措施及落实责任人见《防控措施分解》表。", 4)
    mea = _Sheet("防控措施分解", [9, 11, 44, 13, 9, 9, 12])
    _line(mea, f"{unit}廉政风险防控措施分解表", 7)
    mea.add(
        "措施编号", "对应风险编号", "防控措施", "落实科室", "落实岗位", "落实责任人", "完成时限"
    )
    n = {}
    for code, text, who, when in RESORT_MEASURES:
        n[code] = n.get(code, 0) + 1
        dept, post, name, _tier = RESORT_STAFF[who]
        mea.add(f"{code}-{n[code]}", code, text, dept, post, name, when)
    mea.add("分解人：", None, None, "审核人：", None, "主任（签字）：", None)
    # the truth one form a holder, in the staff order
    for key, (dept, post, name, tier) in RESORT_STAFF.items():
        mine = {code for code, _text, who, _w in RESORT_MEASURES if who == key}
        for code, _stage, point, lv in RESORT_POINTS:
            if code in mine:
                t.point(pts.name, dept, post, name, tier, point, [], HML[lv])
    return _layout(
        "arxan_hot_spring_resort_measure_split", "http://optool.cn/direwenquan/2566.html",
        "(harder) 温泉旅游度假区管委会 廉政风险点排查表 in two linked sheets, after the source's page on 温泉度假区管理模式 "
        "(管委会, 项目可行性审查, 园区企业公约, 环保承诺): sheet 风险点 ``风险编号 | 业务环节 (merged) | 廉政风险点 | 风险等级`` "
        "高/中/低, NO holder, a ``注：`` line pointing to the other sheet; sheet 防控措施分解 one row a MEASURE "
        "``措施编号 | 对应风险编号 | 防控措施 | 落实科室 | 落实岗位 | 落实责任人 | 完成时限``, two or three measures a point given "
        "to different people; a point is a point of every person one of its measures is given to",
        [pts, mea], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def _list(sh, t, rows, levels, dept_col=True, typed=False):
    """Rows (dept, post, who, tier, [(point, [type,] lv, measures)]) numbered, one per point."""
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for p in points:
            n += 1
            if typed:
                point, typ, lv, measures = p
                cells = [n] + ([dept] if dept_col else []) + [post, who, point, typ, lv, measures]
                types = types_in(typ)
            else:
                point, lv, measures = p
                cells = [n] + ([dept] if dept_col else []) + [post, who, point, lv, measures]
                types = []
            sh.add(*cells)
            t.point(sh.name, dept, post, who, tier, point, types, levels[lv])
    return first


def arxan_culture_tourism_bureau_list() -> dict:
    unit = f"{PLACE}文化旅游体育局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郏翀沨", "leader", [
            ("旅游发展专项资金分配个人说了算", "一级", "资金分配经局党组会集体研究并公示。"),
            ("节庆活动承办单位选定暗箱操作", "一级", "承办单位公开比选，结果公示。"),
        ]),
        ("市场管理科", "科长", "鞠翊沄", "middle", [
            ("旅行社、导游违规经营查处中以罚代管、人情执法", "一级", "执法全程记录，处罚案件集体审理。"),
            ("旅游投诉处理偏袒经营者", "二级", "投诉受理登记，结果回访。"),
        ]),
        ("市场管理科", "科员", "郏翚岍", "general", [
            ("强制消费整治检查中泄露检查信息", "二级", "检查对象和时间随机抽取，严格保密。"),
        ]),
        ("财务室", "会计", "鞠翯沅", "general", [
            ("报销凭证审核不严，虚列会议培训费", "二级", "报销单据三级审核。"),
            ("票据保管不善，公款私存", "三级", "票据专人专柜保管，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = _list(sh, t, rows, GRADES)
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None, None)
    return _layout(
        "arxan_culture_tourism_bureau_list", "https://www.laobiganer.com/gongwen/192781.html",
        "市文化旅游局 岗位廉政风险防控一览表, after the source's 旅游市场秩序专项整治 report (导游乱象, 强制消费, 部门联动): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def arxan_forest_park_cards() -> dict:
    unit = f"{PLACE}国家森林公园管理局"
    t = _Truth(unit)
    cards = [
        ("郏翥岚", "局长", "leader", "主持全面工作", [
            ("景区经营项目发包不经集体研究", "★★★", "经营项目发包经局务会研究，公开招标。"),
            ("门票优惠、免票审批随意", "★★", "免票审批实行登记，每月公示。"),
        ]),
        ("鞠沄翙", "副局长", "leader", "分管倒站车运营、景区管护", [
            ("倒站车运营车辆租赁中收受好处", "★★★", "租赁合同经法律顾问审核，价格公开比选。"),
            ("景区管护工程验收走过场", "★★", "验收邀请监督人员参加，签字存档。"),
            ("接受经营户宴请", "★", "签订廉洁承诺，节前提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, work, points in cards:
        sh = _Sheet(who, [6, 40, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("分管工作", work, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "日期：", None)
        sheets.append(sh)
    return _layout(
        "arxan_forest_park_cards", "https://group1-m.mafengwo.cn/wenda/detail-12545633-18003751.html",
        "国家森林公园管理局 领导干部廉政风险防控卡, one sheet a leader, after the source's travel Q&A on 阿尔山国家森林公园 "
        "(门票, 倒站车, 三潭峡, 天池): label rows ``姓　名 | … | 职　务 | …`` and a merged 分管工作, 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施, a ``注：`` line and a 持卡人（签字） line",
        sheets, t,
    )  # fmt: skip


def arxan_visitor_center_posts() -> dict:
    unit = f"{PLACE}游客服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "等级", "防控措施")
    rows = [
        ("票务部", "售票员", [
            ("收现不开票，截留门票款", "岗位职责", "高", "票款日清日结，监控全覆盖。"),
            ("违规给熟人办理免票", "思想道德", "中", "免票凭证登记留存。"),
        ]),
        ("票务部", "部长", [("票务系统权限管理混乱", "制度机制", "中", "系统权限分级设置，定期核查。")]),
        ("讲解服务部", "讲解员", [
            ("向游客推荐指定商店收取返利", "外部环境", "高", "讲解线路固定，游客评价回访。"),
            ("私自接待散客收取讲解费", "岗位职责", "中", "讲解预约统一登记。"),
        ]),
        ("综合部", "采购员", [("办公物资采购虚报价格", "业务流程", "低", "采购比价三家，验收双人签字。")]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, "", "middle" if post == "部长" else "general", point,
                    types_in(typ), HML[lv])  # fmt: skip
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "arxan_visitor_center_posts", "https://m.xcditu.com/view/13651.html",
        "游客服务中心 岗位廉政风险点排查表 对岗不对人, after the source's map-site page on 阿尔山 sights (火车站, 温泉, "
        "森林公园, 冰雪期): 序号/部门 merged/岗位 merged/风险点/风险类型/等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def arxan_wetland_station_group_rows() -> dict:
    unit = f"{PLACE}白狼洮儿河国家湿地公园管理站"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "郏翎湉", "leader", [
                ("湿地保护工程项目发包指定施工单位", "高风险", "工程项目进入公共资源交易平台。"),
                ("生态补偿资金审批把关不严", "中风险", "补偿资金公示后拨付。"),
            ]),
        ]),
        ("二、保护管理股", "保护管理股", [
            ("股长", "鞠翃翡", "middle", [
                ("湿地范围内违法占用查处不力", "高风险", "巡查记录存档，案件移交登记。"),
            ]),
            ("巡护员", "郏沨翦", "general", [
                ("巡护中发现违法行为隐瞒不报", "中风险", "巡护轨迹定位，月度抽查。"),
                ("收受钓鱼、采挖人员好处", "低风险", "两人一组巡护，举报电话公开。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for label, dept, people in groups:
        r = sh.add(label, None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    return _layout(
        "arxan_wetland_station_group_rows", "http://m.15th-29thdemocraticclub.com/view/index3257.html",
        "湿地公园管理站 廉政风险防控责任清单, after the source's page on 海神圣泉 and 白狼洮儿河国家湿地公园 (施业区, 苗圃, "
        "湿地): a title, 序号/岗位/姓名 merged per person/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、保护管理股`` merged across",
        [sh], t,
    )  # fmt: skip


def arxan_museum_selfchecks() -> dict:
    unit = f"{PLACE}温泉博物馆"
    t = _Truth(unit)
    people = [
        ("鞠翮沚", "馆长", "馆领导", "leader", [
            ("文物征集定价不经评估", "Ⅰ级", "征集文物经专家评估，集体研究。"),
            ("展陈改造项目验收不严", "Ⅱ级", "验收邀请第三方参加。"),
            ("文创产品合作方选定不公开", "Ⅱ级", "合作方公开征集，馆务会研究。"),
        ]),
        ("郏翠岄", "讲解员", "陈列展览部", "general", [
            ("违规带人免票入馆", "Ⅱ级", "入馆一律验票。"),
            ("向游客推销纪念品收取提成", "Ⅲ级", "签订承诺书，接受游客监督。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 30, 16])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sheets.append(sh)
    return _layout(
        "arxan_museum_selfchecks", "http://bbs.lasabdf.com/archiver/showtopic-15383.aspx",
        "温泉博物馆 岗位廉政风险自查表, one sheet a person, after the source's forum guide (阿尔山火车站, 温泉博物馆, 泉池): "
        "a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/自查情况",
        sheets, t,
    )  # fmt: skip


def arxan_scenic_committee_two_sheets() -> dict:
    unit = f"{PLACE}景区管理委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 10, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    first = len(lead.rows)
    n = 0
    for who, post, work, points in [
        ("鞠翚沛", "主任", "主持全面工作", [
            ("景区特许经营权出让不公开", "一级风险", "特许经营项目公开招标。"),
            ("干预景区基础设施工程招标", "一级风险", "工程全部进入交易平台。"),
        ]),
        ("郏翊岢", "副主任", "分管景区运营、安全", [
            ("景区运营合作方选定中收受好处", "二级风险", "合作方比选经主任办公会研究。"),
        ]),
    ]:  # fmt: skip
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 10, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设科", "科长", "鞠翥沣", "middle", [
            ("景区内建设项目规划审查放宽标准", "一级风险", "规划审查集体会审。"),
        ]),
        ("运营管理科", "科长", "郏翾沚", "middle", [
            ("景区商铺租赁价格确定随意", "二级风险", "租金经评估，公开招租。"),
            ("游客量统计弄虚作假", "三级风险", "统计数据与票务系统核对。"),
        ]),
    ]  # fmt: skip
    first = _list(dept, t, rows, RISKS)
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "arxan_scenic_committee_two_sheets",
        "https://www.siudz.com/news/nei-meng-gu-a-er-shan-tan-mi-bei-guo-xian-jing-de-shen-mi-zhi-di.html",
        "景区管理委员会 一览表 in TWO SHEETS, after the source's travel essay on 阿尔山 (火山地貌, 原始森林, 温泉, 民俗): "
        "``委领导`` (姓名/职务/分管工作 merged per leader) and ``科室`` (科室, 岗位 | 姓名 merged per person), "
        "``一级风险/二级风险/三级风险``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def arxan_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, "附件2", 8)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "鞠翀岫", "leader", [
            ("林业重点工程资金拨付不按进度", "制度机制", "高", "资金按验收进度拨付，接受审计。"),
        ]),
        ("资源管理股", "股长", "郏翯沣", "middle", [
            ("林木采伐许可审批放宽条件", "岗位职责", "高", "采伐审批现场核查，结果公示。"),
            ("林地占用审核把关不严", "业务流程", "中", "占用林地集体会审。"),
        ]),
        ("森林防火股", "股员", "鞠翙沄", "general", [
            ("防火物资采购验收不严", "业务流程", "中", "物资验收双人签字。"),
            ("护林员管护补助发放虚报冒领", "思想道德", "低", "补助发放名单公示，打卡发放。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "arxan_forestry_bureau_list", "http://nlaw.org/a/fazhidongtai/fazhishiping/2013/1222/39464.html",
        "林业和草原局 岗位廉政风险点一览表, after the source's commentary on 林业腐败 (重点工程资金, 采伐, 前腐后继): "
        "``附件2``, a title, a 填报单位（盖章）/填报时间 line, 序号/股室/岗位/责任人 on every row/廉政风险点/风险类型/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    arxan_hot_spring_resort_measure_split(),
    arxan_culture_tourism_bureau_list(),
    arxan_forest_park_cards(),
    arxan_visitor_center_posts(),
    arxan_wetland_station_group_rows(),
    arxan_museum_selfchecks(),
    arxan_scenic_committee_two_sheets(),
    arxan_forestry_bureau_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch685-inbox"))
