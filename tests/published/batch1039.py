"""The one-thousand-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫生院, 学校, 医院, 文体旅游, 市场监管 and 住建 bodies
of one county, 六枝特区 (六盘水市, 贵州省) — its 郎岱镇人民政府, the 牂牁镇安营村, the 关寨镇卫生院, the
中寨民族中学, the 中医院, the 文体广电旅游局, the 市场监督管理局 and the 住房和城乡建设局 — each handing back
the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 郎岱镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 安营村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 关寨镇卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 中寨民族中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 中医院's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级风险/二级风险/三级风险``;
  no names;
- the 文体广电旅游局's 清单 under GROUP ROWS ``一、局领导``, ``二、文化市场综合行政执法大队`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 市场监督管理局's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``liuzhi_housing_bureau_circled_type_codes``: the 住房和城乡建设局's 一览表 whose ``风险类型`` column
  holds only CIRCLED NUMBERS — ``①``, ``③``, two in one cell written together ``①③`` — the key to
  them written in the heading cell itself, ``风险类型（①思想道德风险 ②制度机制风险 ③岗位职责风险
  ④外部环境风险）``, each number run straight into its word, no ``—`` or ``：`` between. docs/layouts.md
  reads type CODES (``A、C``, ``甲``, ``1``) a line defines with ``A—思想道德风险`` (TYPE_CODES), a code
  table (CODE_KEY_TABLE), a code joined to a level (TYPE_LEVEL_CODES); circled numbers keyed with no
  separator are none of these.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; where no unused page of a risk table was found, a page of the county or of
the kind of body is cited, as the layout says. The rows are worded by us, the names invented (the
rare compound surnames 菟赖 and 库狄干 with rare given names — every 库狄 of ours is a 库狄干, the
surname 库狄 alone being an earlier batch's); every unit is a body of 六枝特区.

Run ``python tests/published/score.py --set batch1039`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each circled number is the type its heading's key gives it: ``①`` 思想道德风险,
  ``②`` 制度机制风险, ``③`` 岗位职责风险, ``④`` 外部环境风险; a cell ``①③`` is two types;
- ``镇领导``, ``局领导``, ``院领导``, ``校领导`` are the 科室 of the leaders; the 村's and the 市场监督管理局's
  people have no 科室 where no column gives one; 镇长, 局长, 院长, 校长, 村党支部书记 are leaders; 股长,
  主任 (of an 办 or 处), 大队长, 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  中医院's list names no person: its forms are posts;
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

PREFIX = "b1039_"
PLACE = "六枝特区"
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

KEY = {"①": "思想道德风险", "②": "制度机制风险", "③": "岗位职责风险", "④": "外部环境风险"}
TYPE_HEAD = "风险类型（①思想道德风险 ②制度机制风险 ③岗位职责风险 ④外部环境风险）"
HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", TYPE_HEAD, "风险等级", "防控措施")

HOUSING = [
    ("局领导", "局长", "菟赖琛", "leader", "保障性住房分配审批打招呼", "①③", "高",
     "分配对象公开摇号，结果公示。"),
    ("局领导", "局长", "菟赖琛", "leader", "城镇老旧小区改造项目指定施工单位", "②", "高",
     "项目公开招标，党组会集体研究。"),
    ("建筑市场管理股", "股长", "库狄干珝", "middle", "施工许可证核发材料不全违规办理", "③", "高",
     "许可材料两人审核，网上留痕。"),
    ("建筑市场管理股", "股长", "库狄干珝", "middle", "接受建筑企业宴请和礼金", "①④", "中",
     "签订廉洁承诺书，宴请一律谢绝。"),
    ("质量安全监督站", "监督员", "菟赖沄翊", "general", "工程质量监督抽检走过场", "③", "中",
     "抽检双人到场，影像留存。"),
    ("质量安全监督站", "监督员", "菟赖沄翊", "general", "安全隐患整改验收降低标准", "②③", "低",
     "整改验收复核，结果上报。"),
    ("房地产市场监管股", "科员", "库狄干瑶", "general", "商品房预售资金监管账户拨付不核进度", "②", "中",
     "预售资金按节点拨付，银行对账。"),
]  # fmt: skip


def liuzhi_housing_bureau_circled_type_codes() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 22, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, codes, lv, measures) in enumerate(HOUSING, 1):
        sh.add(n, dept, post, who, point, codes, lv, measures)
        t.point(
            sh.name,
            dept,
            post,
            who,
            tier,
            point,
            types_in("、".join(KEY[c] for c in codes)),
            HML[lv],
        )
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "填报日期：2025年9月", None)
    return _layout(
        "liuzhi_housing_bureau_circled_type_codes",
        "https://www.hkyyi.com/html/jie-mi-lian-zheng-feng-xian-na-xie-ling-yu-shi-gao-wei-xian-jing-ru-he-fang-fan.html",
        "(harder) 县住房和城乡建设局 岗位廉政风险防控一览表 whose 风险类型 column holds CIRCLED NUMBERS only (``①``, "
        "``③``, two run together ``①③``), keyed in the heading cell itself ``风险类型（①思想道德风险 ②制度机制风险 "
        "③岗位职责风险 ④外部环境风险）`` with no separator between number and word: a title, 序号/股室 merged/岗位 "
        "and 姓名 merged per person/廉政风险点/风险类型/风险等级 高/中/低/防控措施, a 填表人/审核人 line; after the "
        "source's page on the fields of high 廉政风险 (财政、重大项目、工程建设、人事; no unused page of such a "
        "table was found)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liuzhi_langdai_town_list() -> dict:
    unit = f"{PLACE}郎岱镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "库狄干琮", "leader", "古镇风貌改造项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "库狄干琮", "leader", "蔬菜基地补助资金拨付不按进度", "制度机制风险", "高",
         "资金按验收进度拨付。"),
        ("党政办", "主任", "菟赖瑛", "middle", "公务接待报账不附清单", "岗位职责风险", "中", "接待一事一单，每月公示。"),
        ("农业服务中心", "农技员", "库狄干沐", "general", "商品蔬菜种植补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户丈量并公示。"),
        ("农业服务中心", "农技员", "库狄干沐", "general", "接受种苗经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "liuzhi_langdai_town_list", "https://www.newton.com.tw/wiki/%E9%83%8E%E5%B2%B1%E9%8E%AE",
        "镇人民政府 岗位廉政风险防控清单, after the source's encyclopedia page on 郎岱镇 itself (its place, history, "
        "villages; no risk table of the 镇 was found): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def liuzhi_anying_village_list() -> dict:
    unit = f"{PLACE}牂牁镇安营村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "菟赖翀", "leader", "村集体农家乐收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "菟赖翀", "leader", "通组路硬化项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "库狄干琇", "general", "危房改造评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "菟赖沁妍", "general", "公益性岗位人员考勤造假", "二级", "考勤表经村务监督委员会审核。"),
        ("村文书", "菟赖沁妍", "general", "集体林地承包不签合同", "三级", "承包公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "liuzhi_anying_village_list",
        "https://pediainside.com/index.php?title=%E7%89%82%E7%89%81%E9%95%87&variant=zh",
        "村 小微权力廉政风险防控清单, after the source's encyclopedia page on 牂牁镇 (place, 10 行政村, people, "
        "sights; no risk table of a 村 was found): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def liuzhi_guanzhai_clinic_screening() -> dict:
    unit = f"{PLACE}关寨镇卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "库狄干琬", "leader", "设备采购", "DR设备采购拆分规避公开招标", "Ⅰ级", "采购按规定招标，结果公示。"),
        ("药房", "科长", "菟赖珏", "middle", "药品验收", "基本药物入库验收数量不核对", "Ⅰ级", "验收两人签字，账实核对。"),
        ("药房", "科长", "菟赖珏", "middle", "耗材领用", "一次性耗材领用不登记", "Ⅱ级", "耗材扫码出库，按月盘点。"),
        ("公卫科", "医生", "库狄干澈", "general", "随访记录", "高血压随访记录编造", "Ⅱ级", "随访电话抽查，记录留痕。"),
        ("公卫科", "医生", "库狄干澈", "general", "体检补助", "孕产妇健康检查人数虚报", "Ⅲ级", "体检名单与系统比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "liuzhi_guanzhai_clinic_screening", "http://diming5.com/place/102395.html",
        "镇卫生院 廉政风险点排查表, after the source's gazetteer page on 关寨镇 (堕却乡 as was: place, land, roads, "
        "13 村; no risk table of a 卫生院 found unused): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/"
        "a long ``风险表现``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def liuzhi_zhongzhai_school_list() -> dict:
    unit = f"{PLACE}中寨民族中学"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "菟赖瑢", "leader", "营养改善计划食材供应商确定不经集体研究", "制度机制", "高风险",
         "供应商公开招标，校务会研究。"),
        ("校领导", "校长", "菟赖瑢", "leader", "学生宿舍维修工程干预施工单位确定", "外部环境", "高风险", "工程公开招标，过问登记。"),
        ("教务处", "主任", "库狄干玟", "middle", "转学生接收打招呼", "岗位职责", "中风险", "接收条件公示，结果公开。"),
        ("教务处", "主任", "库狄干玟", "middle", "教辅资料征订推荐指定书商", "业务流程", "中风险", "征订按目录自愿。"),
        ("总务处", "会计", "菟赖澜", "general", "接受供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "liuzhi_zhongzhai_school_list", "http://www.nanshinet.com/place/102648.html",
        "乡中学 岗位廉政风险防控一览表, after the source's gazetteer page on 中寨苗族彝族布依族乡 (place, 21 村, "
        "people; no school's risk table found unused): a title, 序号/处室 merged/职务 and 姓名 merged per person/"
        "廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def liuzhi_tcm_hospital_posts() -> dict:
    unit = f"{PLACE}中医院"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("医务科", "医疗质量岗", "general", "医疗纠纷调解偏袒一方", "岗位职责风险", "一级风险", "调解两人以上，全程记录。"),
        ("医务科", "医疗质量岗", "general", "中医适宜技术收费项目套用", "业务流程风险", "一级风险", "收费项目每月抽查。"),
        ("药剂科", "中药饮片采购岗", "general", "中药饮片遴选打招呼", "制度机制风险", "二级风险", "遴选专家随机抽取。"),
        ("药剂科", "中药饮片采购岗", "general", "接受饮片供应商宴请", "思想道德风险", "二级风险", "签订廉洁承诺书。"),
        ("财务科", "收费岗", "general", "退费审核不严", "外部环境风险", "三级风险", "退费凭审批单办理，日终对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "liuzhi_tcm_hospital_posts", "http://kaowaiyu.cn/health/news/15370540.html",
        "县中医院 岗位廉政风险防控清单 对岗不对人, after the source's page on 六盘水's hospitals (六枝特区中医院 among "
        "them; no hospital's risk table found unused): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def liuzhi_culture_tourism_group_rows() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "库狄干瑀", "leader", [
                ("牂牁江景区基础设施项目资金使用个人说了算", "高", "资金使用集体研究，专账管理。"),
                ("文化惠民演出承办单位指定", "高", "承办单位公开比选并公示。"),
            ]),
        ]),
        ("二、文化市场综合行政执法大队", "文化市场综合行政执法大队", [
            ("大队长", "菟赖璟", "middle", [
                ("网吧检查通风报信", "中", "检查随机抽取对象和人员。"),
                ("罚没物品处置不登记", "低", "罚没物品入库登记，集中处置。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "liuzhi_culture_tourism_group_rows", "https://m.tangshui.net/post/show/5d33cfc30d1e86261703c368",
        "县文体广电旅游局 岗位廉政风险防控清单 under GROUP ROWS, after the source's travel notes on 牂牁江 of 六枝特区 "
        "(no 文旅局 risk table found unused): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group "
        "rows ``一、局领导``, ``二、文化市场综合行政执法大队`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def liuzhi_market_regulation_selfchecks() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    people = [
        ("菟赖琅", "局长", "leader", [
            ("食品生产许可审查打招呼", "一级", "许可审查两人以上，集体审定。", "已落实"),
            ("双随机抽查对象调换", "二级", "抽查名单系统生成，结果公开。", "已落实"),
        ]),
        ("库狄干沛", "执法员", "general", [
            ("价格违法案件处罚畸轻", "二级", "处罚按裁量基准，法制审核。", "未发现问题"),
            ("计量器具检定收费不开票", "三级", "收费统一开票，每月对账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "liuzhi_market_regulation_selfchecks", "http://www.114piaowu.com/zhengfu_liuzhitequ",
        "县市场监督管理局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "on the 六枝特区 government (its site, place, 5 镇 14 乡; no 市场监管局 self-check found unused): a title, "
        "a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liuzhi_housing_bureau_circled_type_codes(),
    liuzhi_langdai_town_list(),
    liuzhi_anying_village_list(),
    liuzhi_guanzhai_clinic_screening(),
    liuzhi_zhongzhai_school_list(),
    liuzhi_tcm_hospital_posts(),
    liuzhi_culture_tourism_group_rows(),
    liuzhi_market_regulation_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1039-inbox"))
