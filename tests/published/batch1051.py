"""The one-thousand-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 人社, 交通, 文旅, 卫生院, 学校 and 水务 bodies of
one county, 德江县 (铜仁市, 贵州省) — its 煎茶镇人民政府, the 煎茶镇和平村, the 人力资源和社会保障局,
the 交通运输局, the 文化广电旅游局, the 煎茶镇卫生院, the 德江县第一中学 and the 水务局 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 煎茶镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 和平村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 人力资源和社会保障局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types
  under ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 交通运输局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 文化广电旅游局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 煎茶镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、医务科``, ``三、财务室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 德江县第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of
  values, ``★★★/★★/★``, ``防控措施 | 落实情况``.

One is harder:

- ``dejiang_water_bureau_score_bands_in_title``: the 水务局's 一览表 whose level column is headed only
  ``分值`` and holds each point's score as a bare number (``10``, ``9``, ``8``, ``7`` … ``2``), the bands
  stated nowhere but in the title's bracket, in signs and words other than ``以上/以下`` alone:
  ``…岗位廉政风险防控一览表（≥8分为高，5-7分为中，4分及以下为低）``. docs/layouts.md knows bare scores
  banded by a note below the table (``LEVEL_BY_BARE_SCORES``: ``风险值12分以上为高风险…``,
  ``分值≥12为一级风险…``); a probe at HEAD (a three-person list under ``分值``) lost the ``≥8`` band of
  such a title (``（≥8`` after a bracket is no bound it reads), scores 8 and 9 left unbanded, and lost
  the whole column where the note said ``分值＞7为高风险，4＜分值≤7为中风险…``, ``高风险≥8分…``,
  ``高风险：8分及以上；…`` or ``≥8分的为一级风险…`` (a column headed ``分值`` is taken for the level
  only where the note's words, read as pairs, name most of its numbers).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 德江 could be found: the pages are of the county, its town of
煎茶, its customs; the harder one's is a page on 风险度评价, the kind of scoring it imitates); the rows
are worded by us, the names invented (the rare compound surnames 拔也 and 乙干 with rare given
names); every unit is a body of 铜仁市德江县.

Run ``python tests/published/score.py --set batch1051`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the band its ``分值`` falls in by the title's bracket:
  8 and more 高 (1), 5 to 7 中 (2), 4 and less 低 (3); the bracket is the table's note, as a
  ``注：`` line is (where no band were stated anywhere, the level would stay blank: an error at
  each point, LEVEL_BLANK, not a guess);
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``总务处干事`` is the 干事 of the 科室 总务处;
  镇长, 局长, 副局长, 村党支部书记, 院长, 校长 are leaders; 股长, 科长, 所长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  文化广电旅游局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and
  ``★★★/★★/★`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1051_"
PLACE = "铜仁市德江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def band(score: int) -> int:
    """The harder file's title bracket: ≥8分为高, 5-7分为中, 4分及以下为低."""
    return 1 if score >= 8 else 2 if score >= 5 else 3


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "分值", "防控措施")
BANDS = "（≥8分为高，5-7分为中，4分及以下为低）"

# (股室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 分值, 防控措施)
WATER = [
    ("局领导", "局长", "拔也翀", "leader", "水利工程项目干预招标确定施工单位", "岗位职责风险", 10,
     "项目按规定公开招标，过问插手登记。"),
    ("局领导", "局长", "拔也翀", "leader", "重大资金安排不经党组集体研究", "制度机制风险", 9,
     "资金安排党组会集体研究，纪要存档。"),
    ("局领导", "副局长", "乙干琇", "leader", "工程变更签证把关不严", "业务流程风险", 8,
     "变更签证三方会签，分管领导审核。"),
    ("局领导", "副局长", "乙干琇", "leader", "接受施工企业宴请", "思想道德风险", 6, "签订廉洁承诺书，定期谈话提醒。"),
    ("建设管理股", "股长", "拔也澐", "middle", "工程质量验收走过场", "岗位职责风险", 8,
     "验收组三人以上，全程影像留存。"),
    ("建设管理股", "股长", "拔也澐", "middle", "工程进度款审核不严多付", "业务流程风险", 7,
     "进度款按监理计量审核，两人复核。"),
    ("水政监察大队", "队长", "乙干泠", "middle", "河道采砂执法降格处理", "外部环境风险", 9,
     "执法两人以上，处罚结果集体审议。"),
    ("水政监察大队", "队长", "乙干泠", "middle", "取水许可现场核查不到位", "岗位职责风险", 5, "现场核查留痕，定期抽查。"),
    ("农村水利股", "技术员", "拔也珩", "general", "农村饮水工程管护补助申报不实", "业务流程风险", 4,
     "补助名册公示，入户核实。"),
    ("农村水利股", "技术员", "拔也珩", "general", "灌溉设施维修材料登记不全", "制度机制风险", 3, "材料出入库台账管理。"),
    ("办公室", "科员", "乙干瑄", "general", "公务用车加油报账不实", "制度机制风险", 4, "加油卡定车定人，月度公示。"),
    ("办公室", "科员", "乙干瑄", "general", "办公用品采购不比价", "业务流程风险", 2, "采购三家比价，验收入库。"),
]  # fmt: skip


def dejiang_water_bureau_score_bands_in_title() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表{BANDS}", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, score, measures) in enumerate(WATER, 1):
        sh.add(n, dept, post, who, point, typ, score, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), band(score))
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "dejiang_water_bureau_score_bands_in_title",
        "https://m.51dongshi.com/tlist-2797225",
        "(harder) 县水务局 岗位廉政风险防控一览表 whose level column is headed only ``分值`` and holds each point's "
        "score as a bare number, the bands stated only in the title's bracket "
        "``（≥8分为高，5-7分为中，4分及以下为低）``, after the source's page on 风险度评价 (how a risk's degree is "
        "scored and banded; no risk table of 德江 could be found): a title with the bracket, 序号/股室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/分值 ``10`` … ``2``/防控措施; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dejiang_jiancha_town_list() -> dict:
    unit = f"{PLACE}煎茶镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "乙干翃", "leader", "茶园基地建设项目指定施工队伍", "思想道德风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "乙干翃", "leader", "集镇改造资金拨付不按进度", "制度机制风险", "高",
         "资金按合同和进度拨付，张榜公示。"),
        ("党政办", "主任", "拔也琮", "middle", "公务接待清单与实际不符", "岗位职责风险", "中", "接待清单逐次审核。"),
        ("农业服务中心", "农技员", "乙干澐", "general", "水稻良种补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业服务中心", "农技员", "乙干澐", "general", "接受农资经销商礼品", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "dejiang_jiancha_town_list",
        "http://diming.qi18.com/guizhou/dejiangxian_jianchazhendianhltq/",
        "镇人民政府 岗位廉政风险防控清单, after the source's place-name page on 煎茶镇 (区划代码, 人口, 面积, its "
        "villages 滚坪, 大河, 小溪, 和平 …): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def dejiang_heping_village_list() -> dict:
    unit = f"{PLACE}煎茶镇和平村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "拔也翾", "leader", "村集体茶园收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "拔也翾", "leader", "村组道路硬化指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "乙干琇岚", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "拔也玥", "general", "农村危房改造申请材料代签代填", "二级", "申请材料经村务监督委员会审核。"),
        ("村文书", "拔也玥", "general", "村级财务票据保管不善", "三级", "票据登记，定期清点。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "dejiang_heping_village_list",
        "http://nmhdgaokao.com/guizhou/dejiangxian_jianchazhen_info.html",
        "村 小微权力廉政风险防控清单, after the source's page on 煎茶镇概况 (镇情简介, 行政村, 户数, 耕地, 农经作物): "
        "a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def dejiang_hrss_bureau_list() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "拔也瑜", "leader", "事业单位公开招聘干预考察人选", "外部环境", "Ⅰ级",
         "招聘全程纪检监督，结果公示。"),
        ("局领导", "局长", "拔也瑜", "leader", "就业补助资金安排不经集体研究", "制度机制", "Ⅰ级", "资金安排局党组会研究。"),
        ("社会保险股", "股长", "乙干澍", "middle", "养老保险待遇核定把关不严", "岗位职责", "Ⅱ级", "核定资料两人复核。"),
        ("社会保险股", "股长", "乙干澍", "middle", "社保卡冒领待遇审核不严", "业务流程", "Ⅱ级", "定期比对死亡信息。"),
        ("劳动监察大队", "科员", "拔也湲", "general", "接受用人单位宴请", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级最高。", 8)
    return _layout(
        "dejiang_hrss_bureau_list", "http://www.chonghi.com/policij/dejiang.html",
        "县人力资源和社会保障局 岗位廉政风险防控一览表, after the source's map page of 德江县 (行政地图, 资讯概况, "
        "历史沿革 from the 禹贡): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def dejiang_transport_screening() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "乙干瑛", "leader", "公路建设", "农村公路建设项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("建设股", "股长", "拔也泠", "middle", "计量支付", "工程计量审核不实多付进度款", "高", "计量资料现场核验，两人签字。"),
        ("建设股", "股长", "拔也泠", "middle", "交工验收", "交工验收走过场", "中", "验收组三人以上，留存影像。"),
        ("运输管理所", "科员", "乙干璆", "general", "道路运输许可", "许可材料审核把关不严", "中", "审核资料两人复核。"),
        ("运输管理所", "科员", "乙干璆", "general", "执法检查", "超限车辆检查降格处理", "低", "执法全程记录仪，抽查复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "dejiang_transport_screening", "http://www.ncyszs.com/town/dejiang.html",
        "县交通运输局 廉政风险点排查表, after the source's town-map page of 德江 (城区地图, 资讯概况, 历史沿革): a "
        "title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; "
        "no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dejiang_culture_tourism_posts() -> dict:
    unit = f"{PLACE}文化广电旅游局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("非遗保护中心", "项目管理岗", "general", "傩戏传承补助资金申报审核不实", "岗位职责风险", "高风险",
         "补助对象公示，资金直达个人。"),
        ("非遗保护中心", "项目管理岗", "general", "非遗展演活动经费报账不实", "业务流程风险", "高风险", "报账附活动方案和影像。"),
        ("文化市场综合执法大队", "执法岗", "general", "娱乐场所检查降格处理", "制度机制风险", "中风险", "检查两人以上，全程记录。"),
        ("文化市场综合执法大队", "执法岗", "general", "接受经营业主礼品礼金", "思想道德风险", "中风险", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "火龙节活动物资采购不比价", "外部环境风险", "低风险", "采购三家比价，验收入库。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "dejiang_culture_tourism_posts", "https://iklangarut.com/html/2017/0413/100063388.shtm",
        "县文化广电旅游局 岗位廉政风险防控清单 对岗不对人, after the source's reposted document 我的故乡德江 (location, "
        "傩戏之乡, 土家“炸龙”, 傩堂戏): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def dejiang_jiancha_clinic_group_rows() -> dict:
    unit = f"{PLACE}煎茶镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "拔也琬", "leader", [
                ("医疗设备购置个人说了算", "一级风险", "设备购置院务会研究，公开采购。"),
                ("住院楼维修指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科长", "乙干璠", "middle", [
                ("医疗纠纷处理偏袒一方", "二级风险", "纠纷处理集体研究，全程记录。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "拔也瑀", "general", [
                ("医保结算数据虚报", "二级风险", "结算数据月度核对。"),
                ("收费票据管理不规范", "三级风险", "票据领用登记，定期核销。"),
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
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "dejiang_jiancha_clinic_group_rows",
        "https://jendow.com.tw/wiki/%E7%85%8E%E8%8C%B6%E9%8E%AE%5B%E8%B2%B4%E5%B7%9E%E5%BE%B7%E6%B1%9F%E7%B8%A3%E7%85%8E%E8%8C%B6%E9%8E%AE%5D",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's wiki entry on 煎茶鎮 (鄉鎮簡介, 工農產業, "
        "行政區劃 listing its villages): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、院领导``, ``二、医务科``, ``三、财务室`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def dejiang_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("拔也珺", "", "校长", "leader", [
            ("学生校服征订指定商家", "★★★", "征订自愿，家委会参与比选。", "已落实"),
            ("教辅资料征订收取回扣", "★★", "不统一代购教辅。", "已落实"),
        ]),
        ("乙干玙", "总务处", "干事", "general", [
            ("食堂食材采购验收不严", "★★", "食材验收两人签字，留样。", "未发现问题"),
            ("维修材料领用不登记", "★", "材料领用登记，定期盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dejiang_no1_middle_school_selfchecks", "http://diqu81135.cn.zhsho.com/introduce",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's county "
        "profile of 德江县 (邮编, 代码, the 街道, 镇 and 民族乡 it holds, rivers, 有中学28所): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dejiang_water_bureau_score_bands_in_title(),
    dejiang_jiancha_town_list(),
    dejiang_heping_village_list(),
    dejiang_hrss_bureau_list(),
    dejiang_transport_screening(),
    dejiang_culture_tourism_posts(),
    dejiang_jiancha_clinic_group_rows(),
    dejiang_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1051-inbox"))
