"""The one-thousand-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 文旅, 农业, 水务, 自然资源, 卫健 and 市场监管 bodies
of one county, 罗甸县 (黔南布依族苗族自治州, 贵州省) — its 沫阳镇人民政府, the 大关村, the 文体广电旅游局,
the 农业农村局, the 水务局, the 自然资源局, the 卫生健康局 and the 市场监督管理局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel; three of them also kept as LibreOffice
re-saves, ``.xls`` AND ``.ods`` (``resaved/b1018_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch1018.py --resave``):

- the 沫阳镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、综合行政执法办公室``, ``三、农业服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 大关村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column (re-saved);
- the 文体广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 农业农村局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险`` (re-saved);
- the 水务局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names
  (re-saved);
- the 自然资源局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 卫生健康局's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``luodian_market_pages_named_by_number``: the 市场监督管理局's 一览表 typed page by page on THREE
  SHEETS NAMED ``1``, ``2``, ``3``, the title and header on sheet ``1`` only (sheets ``2`` and ``3``
  go straight on with rows, 序号 running on), ``科室`` merged per run and ``岗位 | 姓名`` merged per
  person WITHIN each sheet — and the person whose rows cross a page break is WRITTEN AGAIN at the
  top of the next sheet (科室, 岗位 and 姓名 repeated, as staff do when a merge cannot cross a
  sheet). docs/layouts.md knows pages on sheets whose first rows leave 科室, 岗位 and 姓名 blank
  (those rows are the last holder's of the page before); not the holder written again at the top
  of the next page, which is still one person's one list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
俟力伐 and 侯伏 with rare given names); every unit is a body of 罗甸县.

Run ``python tests/published/score.py --set batch1018`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the sheets ``1``, ``2``, ``3`` are pages of one list: a person written at the
  foot of one page and again at the top of the next is one form (its points in page order), the
  form's sheet the one it starts on; the 科室 of the rows is the 科室 written on them;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's people have no 科室; the 卫生健康局's
  自查表 people have no 科室; 镇长, 局长, 副局长, 村党支部书记 are leaders; 股长, 主任 (of a 镇's 中心 or
  办公室), 所长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  水务局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``), copies the
re-saved copies ``resaved/b1018_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b1018_"
PLACE = "罗甸县"
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

# the list, page by page: (sheet, 科室, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)
PAGES = [
    ("1", "局领导", "局长", "俟力伐琮", "leader", "食品生产许可审批打招呼", "高", "许可事项集体审核，过问登记。"),
    ("1", "局领导", "局长", "俟力伐琮", "leader", "行政处罚案件干预减免", "高", "重大案件局务会集体讨论。"),
    ("1", "食品安全股", "股长", "侯伏昶翀", "middle", "火龙果收购点抽检样品调包", "高", "抽检两人以上，样品封存留影。"),
    ("2", "食品安全股", "股长", "侯伏昶翀", "middle", "对抽检不合格企业通风报信", "中", "抽检结果按规定公开。"),
    ("2", "食品安全股", "科员", "俟力伐沣", "general", "接受景区餐饮经营户宴请", "中", "签订廉洁承诺书，执行八项规定。"),
    ("2", "沫阳市场监管所", "所长", "侯伏瀚", "middle", "个体户登记注册吃拿卡要", "中", "登记事项一次告知，限时办结。"),
    ("3", "沫阳市场监管所", "所长", "侯伏瀚", "middle", "节日市场检查走过场", "低", "检查留痕，随机抽查。"),
    ("3", "沫阳市场监管所", "科员", "俟力伐琎", "general", "罚没物品处置不登记", "低", "罚没物品入库台账管理。"),
]  # fmt: skip


def luodian_market_pages_named_by_number() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    widths = [6, 16, 9, 10, 38, 10, 34]
    sheets = {name: _Sheet(name, widths) for name in ("1", "2", "3")}
    _line(sheets["1"], f"{unit}岗位廉政风险防控一览表", 7)
    sheets["1"].add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    firsts = {name: len(sh.rows) for name, sh in sheets.items()}
    starts: dict[str, str] = {}
    for n, (page, dept, post, who, tier, point, lv, measures) in enumerate(PAGES, 1):
        sheets[page].add(n, dept, post, who, point, lv, measures)
        start = starts.setdefault(who, page)
        t.point(start, dept, post, who, tier, point, [], HML[lv])
    for name, sh in sheets.items():
        _per_person(sh, firsts[name], 1, 2, 3)
    sheets["3"].add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "luodian_market_pages_named_by_number", "https://www.meipian.cn/5gpelox2",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表 typed page by page on three sheets named ``1``, ``2``, ``3``, "
        "title and header on ``1`` only, 序号 running on, the person crossing a page break WRITTEN AGAIN at the "
        "top of the next sheet (科室/岗位/姓名 repeated), after the source's travel note on 罗甸's 大小井 (沫阳, "
        "竹筏, 天坑, 黄豆鸡): 序号/科室 merged/岗位 and 姓名 merged per person within a sheet/廉政风险点/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line on the last sheet",
        list(sheets.values()), t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luodian_moyang_town_group_rows() -> dict:
    unit = f"{PLACE}沫阳镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "侯伏璟翾", "leader", [
                ("景区配套设施项目指定施工方", "一级风险", "项目按规定比选，镇党委会集体研究。"),
                ("产业奖补资金分配个人说了算", "一级风险", "奖补对象公示，资金专户管理。"),
            ]),
        ]),
        ("二、综合行政执法办公室", "综合行政执法办公室", [
            ("主任", "俟力伐瀞", "middle", [
                ("违建查处选择性执法", "二级风险", "执法全程记录，案件集体审核。"),
            ]),
            ("执法队员", "侯伏翯", "general", [
                ("摊点占道管理收受好处", "二级风险", "两人以上执法，公开投诉电话。"),
                ("暂扣物品不登记", "三级风险", "暂扣物品台账管理。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "俟力伐琤", "middle", [
                ("火龙果种苗补贴面积核实不严", "二级风险", "面积入户核实，村组公示。"),
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
        "luodian_moyang_town_group_rows",
        "https://factpedia.org/wiki/%E5%A4%A7%E5%B0%8F%E4%BA%95%E8%87%AA%E7%84%B6%E9%A3%8E%E6%99%AF%E5%8C%BA",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's entry on 大小井自然风景区 (沫阳镇, 天坑, "
        "悬棺, 布依族): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、镇领导``, ``二、综合行政执法办公室``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def luodian_daguan_village_list() -> dict:
    unit = f"{PLACE}云干乡大关村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "侯伏霂澂", "leader", "观光园门票收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "侯伏霂澂", "leader", "造田工程指定施工方", "一级", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "俟力伐瑆", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "侯伏沄", "general", "集体果园出租不签合同", "二级", "资产出租公开竞价，合同备案。"),
        ("村文书", "侯伏沄", "general", "务工补贴虚报人数", "三级", "补贴名单经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "luodian_daguan_village_list", "http://crsrw.com/zhongguoshuiwu/87522.html",
        "村 小微权力廉政风险防控清单, after the source's list of 罗甸's sights (大关地质生态农业观光园, 云干乡, 打黛河天坑): "
        "a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def luodian_culture_bureau_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "俟力伐珩", "leader", "景区汀步码头工程干预招标", "思想道德风险", "高",
         "工程公开招标，领导干预登记报告。"),
        ("局领导", "局长", "俟力伐珩", "leader", "节庆活动经费安排个人说了算", "制度机制风险", "高",
         "经费安排局党组会集体研究。"),
        ("旅游市场股", "股长", "侯伏澜翊", "middle", "竹筏经营资质审核不严", "岗位职责风险", "中",
         "资质材料两人复核。"),
        ("旅游市场股", "股长", "侯伏澜翊", "middle", "游客投诉处理偏袒经营户", "业务流程风险", "中", "投诉办理结果回访。"),
        ("文化股", "科员", "俟力伐霈", "general", "对无证演出场所通风报信", "外部环境风险", "低",
         "检查两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "luodian_culture_bureau_list", "http://www.json-ld.net/n2/2024/0505/c407287-40833488.html",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's report on 大小井景区's May Day visitors (魚鱗汀步, "
        "竹筏碼頭, 槳板, 民族服飾租賃): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def luodian_agriculture_duty_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "侯伏璟澄", "leader", "火龙果产业项目资金安排打招呼", "外部环境", "高风险",
         "资金安排集体研究，过问登记。"),
        ("经济作物股", "股长", "俟力伐沨", "middle", "地理标志产品授权审核不严", "岗位职责", "高风险",
         "授权材料实地核查后公示。"),
        ("经济作物股", "股长", "俟力伐沨", "middle", "果苗补助资金发放不实", "业务流程", "中风险",
         "补助名单公示，资金直达个人。"),
        ("农村经营管理股", "科员", "侯伏璠", "general", "合作社示范社评定打分不公", "制度机制", "中风险",
         "评定结果集体审核公示。"),
        ("农村经营管理股", "科员", "侯伏璠", "general", "接受合作社礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "luodian_agriculture_duty_list", "http://www.cnfoguang.com/bk/meishi/kdgb818.html",
        "县农业农村局 廉政风险防控责任清单, after the source's note on 罗甸火龙果 (国家地理标志产品, 紫红龙, 天然温室): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def luodian_water_bureau_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("水利工程股", "项目管理岗", "general", "山塘水库除险加固工程验收不严", "岗位职责风险", "Ⅰ级",
         "验收邀请第三方参加，结果公示。"),
        ("水利工程股", "项目管理岗", "general", "工程款拨付不按进度", "业务流程风险", "Ⅰ级", "拨款凭监理签认的进度单。"),
        ("水资源股", "取水许可岗", "general", "取水许可审批把关不严", "制度机制风险", "Ⅱ级", "许可材料两人复核。"),
        ("水资源股", "取水许可岗", "general", "接受用水企业礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "办公用品采购不比价", "外部环境风险", "Ⅲ级", "采购三家比价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "luodian_water_bureau_posts",
        "https://jendow.com.tw/wiki/%E5%A4%A7%E5%B0%8F%E4%BA%95%E8%87%AA%E7%84%B6%E9%A2%A8%E6%99%AF%E5%8D%80",
        "县水务局 岗位廉政风险防控清单 对岗不对人, after the source's entry on 大小井風景區 (暗湖, 溶洞群, 伏克吕兹泉): "
        "a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def luodian_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "侯伏翃瀚", "leader", "用地审批", "景区建设用地化整为零报批", "高风险",
         "用地报批集体审核，结果公示。"),
        ("耕地保护股", "股长", "俟力伐璇", "middle", "耕地占补", "占补平衡指标核查走过场", "高风险", "指标核查两人以上。"),
        ("耕地保护股", "股长", "俟力伐璇", "middle", "土地整治", "土地整治项目验收不严", "中风险",
         "验收现场查验，影像留存。"),
        ("不动产登记中心", "登记员", "侯伏琛", "general", "登记审核", "不动产登记材料审核放水", "中风险",
         "登记材料两级审核。"),
        ("不动产登记中心", "登记员", "侯伏琛", "general", "信息查询", "违规查询他人登记信息", "低风险", "查询留痕，定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "luodian_natural_resources_screening", "http://webtv3.i2863.com/lddst/tt/27851608.shtml",
        "县自然资源局 廉政风险点排查表, after the source's report on 沫阳大小井 at the National Day holiday (竹筏溯溪, "
        "爬山钻洞, 布依美食): a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long "
        "``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def luodian_health_bureau_selfchecks() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    people = [
        ("俟力伐澈", "副局长", "leader", [
            ("乡镇卫生院设备采购干预", "高", "设备采购公开招标，集体决策。"),
            ("接受医药代表礼品", "中", "签订廉洁承诺书。"),
        ]),
        ("侯伏沅琇", "干事", "general", [
            ("家庭医生签约补助报账不实", "中", "报账附签约名单和回访记录。"),
            ("疫苗出入库登记不全", "低", "疫苗出入库逐批登记签收。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(
            [(p, lv, m, "已落实") for p, lv, m in points], 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "luodian_health_bureau_selfchecks", "https://zzfmdn.com/art/红心火龙果的种植方法.html",
        "县卫生健康局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on "
        "red-fleshed 火龙果 grown in 罗甸 (贵州南部边陲, 地理标志产品保护, 粉红龙): a title, a label row ``姓　名 | 职　务 | "
        "自查日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luodian_market_pages_named_by_number(),
    luodian_moyang_town_group_rows(),
    luodian_daguan_village_list(),
    luodian_culture_bureau_list(),
    luodian_agriculture_duty_list(),
    luodian_water_bureau_posts(),
    luodian_natural_resources_screening(),
    luodian_health_bureau_selfchecks(),
]

RESAVED = (
    "luodian_daguan_village_list",
    "luodian_agriculture_duty_list",
    "luodian_water_bureau_posts",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b1018_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b1018_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1018-inbox"))
