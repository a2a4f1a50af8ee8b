"""The one-thousand-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 文旅, 农业, 水务, 自然资源, 医疗 and 市场监管 bodies of
one county, 长顺县 (黔南布依族苗族自治州, 贵州省) — its 广顺镇人民政府, the 鼓扬镇马场村, the 文体广电旅游
局, the 农业农村局, the 水务局, the 自然资源局, the 人民医院 and the 市场监督管理局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 广顺镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、农业服务中心``, ``三、财政所`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 马场村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 文体广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 农业农村局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 水务局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 自然资源局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 人民医院's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values, 高/中/低,
  ``防控措施 | 自查情况``.

One is harder:

- ``changshun_market_pledge_across_cells``: the 市场监督管理局's 一览表 (``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``) whose LAST ROWS ARE A PLEDGE TYPED ACROSS THE CELLS, a piece of the
  sentence in each cell as if tabbed in from Word, nothing merged: ``全体人员承诺： | 认真落实 |
  上述防控措施， | 自觉遵守 | 廉洁自律各项规定，不以权谋私，不收受管理服务对象礼品礼金， | …`` and a
  second row going on (``如有违反， | 自愿接受 | 组织处理。``), then ``承诺人（签字）：`` under it.
  docs/layouts.md knows a pledge written across the form in ONE merged cell (``廉政承诺 | 本人郑重承诺
  ……``), not one split over the table's own columns, where its pieces stand under 股室, 岗位, 姓名 and
  廉政风险点 like a row of the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
拓王 and 若口引 with rare given names); every unit is a body of 长顺县.

Run ``python tests/published/score.py --set batch1016`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the pledge's rows and the ``承诺人（签字）：`` line are no points and name no
  holder; the rows above them are the list's;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's and the 医院's self-checking people have no
  科室 where no column gives one; 镇长,
  局长, 院长, 副院长, 村党支部书记 are leaders; 股长, 主任 (of a 镇's 中心 or a 科), 所长 middle; the
  rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  水务局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1016_"
PLACE = "长顺县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the list: (股室, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)
MARKET = [
    ("局领导", "局长", "拓王翀璟", "leader", "食品生产许可审批打招呼", "高", "许可事项集体审核，过问登记。"),
    ("局领导", "局长", "拓王翀璟", "leader", "执法案件处罚裁量说情", "高", "重大案件集体讨论，裁量基准公开。"),
    ("食品安全股", "股长", "若口引沨", "middle", "抽检样品结果通风报信", "中", "抽检、检测、通报分离。"),
    ("食品安全股", "股长", "若口引沨", "middle", "小作坊登记现场核查走过场", "中", "核查两人以上，影像留存。"),
    ("综合执法大队", "执法队员", "拓王珝", "general", "检查中接受经营户宴请", "低", "执法记录仪全程记录。"),
    ("综合执法大队", "执法队员", "拓王珝", "general", "罚没物品保管不登记", "低", "罚没物品入库台账管理。"),
]  # fmt: skip

# the pledge under the list: its pieces cell by cell (7 columns), as typed
PLEDGE = [
    ("全体人员承诺：", "认真落实", "上述防控措施，", "自觉遵守",
     "廉洁自律各项规定，不以权谋私，不收受管理服务对象礼品礼金，", "接受", "组织和群众监督，"),
    (None, "如有违反，", "自愿接受", "组织处理。", None, None, None),
]  # fmt: skip


def changshun_market_pledge_across_cells() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(MARKET, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    for row in PLEDGE:
        sh.add(*row)
    sh.add(None, None, None, None, "承诺人（签字）：", None, "2025年6月")
    return _layout(
        "changshun_market_pledge_across_cells", "https://ebook.chinabuilding.com.cn/c/2017-10-26/60194.shtml",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表 whose LAST ROWS ARE A PLEDGE TYPED ACROSS THE CELLS, a piece "
        "of the sentence in each cell, nothing merged (``全体人员承诺： | 认真落实 | 上述防控措施， | …`` and a second "
        "row ``如有违反， | 自愿接受 | 组织处理。``), then ``承诺人（签字）：``, after the source's report of 廉政承诺书 "
        "signed for each project and each enforcement case (襄阳, 城建委, 承诺杜绝吃拿卡要): a title, 序号/股室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def changshun_guangshun_town_group_rows() -> dict:
    unit = f"{PLACE}广顺镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "若口引璆", "leader", [
                ("夜郎古城遗址保护项目指定施工方", "一级风险", "项目按规定比选，镇党委会集体研究。"),
                ("绿壳蛋鸡产业奖补资金个人说了算", "一级风险", "奖补对象公示，资金专户管理。"),
            ]),
        ]),
        ("二、农业服务中心", "农业服务中心", [
            ("主任", "拓王岍瑢", "middle", [
                ("林下养殖补贴面积核实不严", "二级风险", "面积入户核实，村组公示。"),
            ]),
            ("农技员", "若口引翯", "general", [
                ("良种发放优亲厚友", "二级风险", "发放名单公示，签字领取。"),
                ("农资样品私自留用", "三级风险", "样品登记入库。"),
            ]),
        ]),
        ("三、财政所", "财政所", [
            ("所长", "拓王沄", "middle", [
                ("惠农补贴“一卡通”发放审核不严", "二级风险", "补贴名单与户籍信息比对。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "changshun_guangshun_town_group_rows", "https://www.fx361.com/page/2013/0921/13161263.shtml",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's account of 吉祥长顺 (杜鹃湖, 广顺, 夜郎"
        "古城池遗址, 夜合山): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、镇领导``, ``二、农业服务中心``, ``三、财政所`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def changshun_machang_village_list() -> dict:
    unit = f"{PLACE}鼓扬镇马场村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "拓王霂澂", "leader", "绿壳蛋鸡合作社分红不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "拓王霂澂", "leader", "鸡舍建设工程指定施工方", "一级", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "若口引瑆", "general", "危房改造评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "拓王琛", "general", "集体林地出租不签合同", "二级", "出租公开竞价，合同备案。"),
        ("村文书", "拓王琛", "general", "防疫员补贴虚报人数", "三级", "补贴名单经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "changshun_machang_village_list", "https://techan.isgoodgood.com/guizhou-techan/qiannanzhou-techan/6469.html",
        "村 小微权力廉政风险防控清单, after the source's note on 长顺绿壳鸡蛋 (地理标志产品, 鼓扬镇马场村, 蛋壳墨绿色): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def changshun_culture_bureau_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "若口引珩瑗", "leader", "杜鹃湖景区提升工程干预招标", "思想道德风险", "高",
         "工程公开招标，领导干预登记报告。"),
        ("局领导", "局长", "若口引珩瑗", "leader", "旅游文化节经费安排个人说了算", "制度机制风险", "高",
         "经费安排局党组会集体研究。"),
        ("文物股", "股长", "拓王澜翊", "middle", "白云寺古建筑修缮方案审核不严", "岗位职责风险", "中",
         "修缮方案专家评审。"),
        ("文物股", "股长", "拓王澜翊", "middle", "文物巡查记录弄虚作假", "业务流程风险", "中", "巡查留影，随机抽查。"),
        ("旅游市场股", "科员", "若口引霈", "general", "对违规景区经营户通风报信", "外部环境风险", "低",
         "检查两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "changshun_culture_bureau_list",
        "https://gloomba.com/%E8%B4%B5%E5%B7%9E%E7%BA%A2%E8%89%B2%E6%97%85%E6%B8%B8%E5%8D%81%E5%A4%A7%E6%99%AF%E7%82%B9%E6%8E%92%E5%90%8D%E7%AC%AC%E4%B8%80.html",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's list of 贵州 sights headed by 长顺杜鹃湖 (水上杜鹃"
        "花海, 神泉谷, 白云山, 天台银杏王): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def changshun_agriculture_duty_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "拓王璟澄", "leader", "东西部协作产业资金安排打招呼", "外部环境", "高风险",
         "资金安排集体研究，过问登记。"),
        ("产业发展股", "股长", "若口引沨琬", "middle", "有机农产品基地申报审核不严", "岗位职责", "高风险",
         "申报材料实地核查后公示。"),
        ("产业发展股", "股长", "若口引沨琬", "middle", "蛋鸡养殖补助资金发放不实", "业务流程", "中风险",
         "补助名单公示，资金直达个人。"),
        ("农业执法大队", "科员", "拓王璠", "general", "农资打假案件承办人指定", "制度机制", "中风险",
         "案件随机分派。"),
        ("农业执法大队", "科员", "拓王璠", "general", "接受农资经营户宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "changshun_agriculture_duty_list", "http://www.annwalkerbooks.com/jinrikandian/2018-10-05/4322.html",
        "县农业农村局 廉政风险防控责任清单, after the source's report of 长顺 绿壳鸡 in their 小别墅 (广顺镇北场村, "
        "深圳·长顺东西部合作, 广顺林场): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def changshun_water_bureau_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("工程建设股", "项目管理岗", "general", "水库除险加固工程变更把关不严", "岗位职责风险", "Ⅰ级",
         "变更经监理、业主、审计三方签认。"),
        ("工程建设股", "项目管理岗", "general", "农村饮水工程款超进度拨付", "业务流程风险", "Ⅰ级", "按验收计量拨付。"),
        ("水政监察大队", "执法岗", "general", "河道采砂执法说情减免处罚", "外部环境风险", "Ⅱ级", "执法全程记录。"),
        ("水政监察大队", "执法岗", "general", "接受采砂业主礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "防汛物资采购不比价", "制度机制风险", "Ⅲ级", "采购三家比价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "changshun_water_bureau_posts", "https://www.zhongguowangshi.com.cn/doc-view-274382.html",
        "县水务局 岗位廉政风险防控清单 对岗不对人, after the source's entry on 杜鹃湖风景名胜区 (猛坑水库, 水上杜鹃花, "
        "国家级水利风景区): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def changshun_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "若口引翃瀚", "leader", "土地出让", "出让条件量身定做", "高风险",
         "出让方案集体研究，结果公示。"),
        ("耕地保护股", "股长", "拓王璇霁", "middle", "占补平衡", "补充耕地验收走过场", "高风险", "验收集体审核。"),
        ("耕地保护股", "股长", "拓王璇霁", "middle", "违法用地", "违法用地巡查瞒报", "中风险",
         "巡查两人以上，影像留存。"),
        ("白云山自然资源所", "所员", "若口引琇", "general", "林地征占", "林地征占用现场查验不实", "中风险",
         "查验结果与卫片比对。"),
        ("白云山自然资源所", "所员", "若口引琇", "general", "资料管理", "测绘成果资料外借不登记", "低风险", "资料借阅台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "changshun_natural_resources_screening", "https://yhgsfx.com/gonglue/7578.html",
        "县自然资源局 廉政风险点排查表, after the source's guide to 长顺白云山杜鹃湖 (建文帝, 罗永庵, 徐霞客黔游记): a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def changshun_hospital_selfchecks() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    people = [
        ("拓王澈瑀", "院长", "leader", [
            ("医疗设备采购参数量身定做", "高", "采购参数论证公开，集体决策。"),
            ("接受药品供应商礼品", "中", "签订廉洁承诺书。"),
        ]),
        ("若口引沅", "副院长", "leader", [
            ("临床用药统方", "中", "统方权限分级管理，查询留痕。"),
            ("药品入库验收不严", "低", "入库两人验收签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "changshun_hospital_selfchecks", "https://drbdp.com/4-9429225.html",
        "县人民医院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on 黔南 "
        "(都匀, 荔波, 长顺苗族跳花场): a title, a label row ``姓　名 | 职　务 | 自查日期`` over a row of values, then "
        "序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    changshun_market_pledge_across_cells(),
    changshun_guangshun_town_group_rows(),
    changshun_machang_village_list(),
    changshun_culture_bureau_list(),
    changshun_agriculture_duty_list(),
    changshun_water_bureau_posts(),
    changshun_natural_resources_screening(),
    changshun_hospital_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1016-inbox"))
