"""The one-thousand-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫健, 自然资源, 文旅, 卫生院, 学校 and 水务 bodies of
one district, 碧江区 (铜仁市, 贵州省) — its 漾头镇人民政府, the 瓦屋侗族乡瓦屋村, the 卫生健康局,
the 自然资源局, the 文化广电旅游局, the 坝黄镇卫生院, the 云场坪镇中心学校 and the 水务局 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 漾头镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 瓦屋村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 文化广电旅游局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 坝黄镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药房``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 云场坪镇中心学校's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of
  values, 高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``bijiang_water_bureau_cards_titled_rare_names``: the 水务局's 岗位廉政风险防控卡, ONE SHEET A
  PERSON (the tabs named by the person), no 姓名, 岗位 or 科室 anywhere but in the card's title,
  which glues the unit, the 科室 (for the 股室's people), the post and the holder together:
  ``铜仁市碧江区水务局副局长郁都甄澜岗位廉政风险防控卡``,
  ``铜仁市碧江区水务局水利工程股股长郁都甄珩岗位廉政风险防控卡``,
  ``铜仁市碧江区水务局农村水利股股长郁都甄彧同志岗位廉政风险防控卡``, beside ``…水务局局长乌丸翀…``
  and ``…水务局办公室会计乌丸珂…``. The holders are of two compound surnames no list holds whose
  first character is a listed single surname (乌, 郁): ``乌丸翀`` passes whole as 乌 + 丸翀, but a
  probe at HEAD cut ``副局长郁都甄澜`` as post ``副局长郁`` and holder ``都甄澜`` (都 being a listed
  surname too), the sheet's tab ``郁都甄澜`` notwithstanding (see tests/test_batch1059.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 碧江区 could be found: the pages are of the district, its
towns, villages and its 九龙洞; the harder file's is a page on the district, none of a titled
防控卡 of it being found); the rows are worded by us, the names invented (the rare compound
surnames 乌丸 and 郁都甄 with rare given names); every unit is a body of 铜仁市碧江区.

Run ``python tests/published/score.py --set batch1059`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each card is one form: its holder the whole name in the title after the
  post (``郁都甄澜``, not ``都甄澜``), its post the word before it (``副局长``, not ``副局长郁``), its
  科室 the 股室 or 办公室 the title names (none for the 局长 and 副局长, whose title names none);
  ``同志`` after the name is no part of it;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's people and the 学校's 校长 have no 科室
  where no column gives one; the 学校's ``教务处干事`` is the 干事 of the 科室 教务处; 镇长, 局长,
  副局长, 村党支部书记, 院长, 校长 are leaders; 股长, 科长, 科主任, 药房主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  文化广电旅游局's list names no person: its forms are posts;
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

PREFIX = "b1059_"
PLACE = "铜仁市碧江区"
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

HEAD = ("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
WATER_UNIT = f"{PLACE}水务局"

# (科室 in the title or "", post, holder, tier, 同志 after the name, [(point, 风险类型, 风险等级, 防控措施)])
WATER = [
    ("", "局长", "乌丸翀", "leader", False, [
        ("水利建设项目干预招标确定施工方", "外部环境风险", "高", "项目按规定公开招标，领导干部插手工程登记报告。"),
        ("水利专项资金安排个人说了算", "制度机制风险", "高", "资金安排局党组会集体研究，结果公开。"),
    ]),
    ("", "副局长", "郁都甄澜", "leader", False, [
        ("锦江河道采砂许可审批打招呼", "岗位职责风险", "高", "采砂许可集体审查，全程留痕。"),
        ("分管工程变更签证把关不严", "业务流程风险", "中", "变更签证监理、业主、审计三方会签。"),
    ]),
    ("水利工程股", "股长", "郁都甄珩", "middle", False, [
        ("工程质量验收降低标准", "岗位职责风险", "中", "验收邀请第三方检测，结果公示。"),
        ("接受施工单位宴请", "思想道德风险", "中", "签订廉洁承诺书，定期警示教育。"),
    ]),
    ("农村水利股", "股长", "郁都甄彧", "middle", True, [
        ("农村饮水安全工程材料验收不实", "业务流程风险", "中", "材料进场两人验收并拍照存档。"),
        ("小型水库管护经费虚报", "制度机制风险", "低", "管护经费按考核结果拨付，张榜公示。"),
    ]),
    ("办公室", "会计", "乌丸珂", "general", False, [
        ("报账凭证审核不严", "岗位职责风险", "低", "会计、出纳交叉审核，月末对账。"),
        ("公务接待超标准列支", "制度机制风险", "低", "接待凭公函和清单报销。"),
    ]),
]  # fmt: skip


def card_title(dept: str, post: str, who: str, comrade: bool) -> str:
    """The card's one title: unit, 科室, post and holder glued, ``同志`` after the name or not."""
    return f"{WATER_UNIT}{dept}{post}{who}{'同志' if comrade else ''}岗位廉政风险防控卡"


def bijiang_water_bureau_cards_titled_rare_names() -> dict:
    t = _Truth(WATER_UNIT)
    sheets = []
    for dept, post, who, tier, comrade, points in WATER:
        sh = _Sheet(who, [6, 40, 14, 10, 36])
        _line(sh, card_title(dept, post, who, comrade), 5)
        sh.add(*HEAD)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字：", None, "分管领导签字：", None, "2025年9月")
        sheets.append(sh)
    return _layout(
        "bijiang_water_bureau_cards_titled_rare_names", "https://iichatc.com/dm_5154/list_3.html",
        "(harder) 区水务局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), the holder named ONLY in "
        "the card's title, glued to the unit, the 科室 and the post (``…水务局副局长郁都甄澜岗位廉政风险防控卡``, "
        "``…水务局农村水利股股长郁都甄彧同志岗位…``), the holders of compound surnames whose first character is a "
        "listed single surname (乌丸, 郁都甄), after the source's page on 碧江区 (its 街道, 镇 and 民族乡, 锦江, 九龙洞, "
        "the 铜崖 that named 铜仁): the title, 序号/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a "
        "本人签字/分管领导签字/date line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bijiang_yangtou_town_list() -> dict:
    unit = f"{PLACE}漾头镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "乌丸琮", "leader", "九龙村库区移民后扶项目指定施工方", "思想道德风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "乌丸琮", "leader", "茶园山村产业资金安排不经集体研究", "制度机制风险", "高",
         "资金安排镇党委会研究，张榜公示。"),
        ("党政办", "主任", "郁都甄瑗", "middle", "公务用车加油维修费用不实", "岗位职责风险", "中", "单车核算，月度公开。"),
        ("农业服务中心", "农技员", "乌丸湛", "general", "种植补贴面积核实不到位", "业务流程风险", "中",
         "面积入户丈量并公示。"),
        ("农业服务中心", "农技员", "乌丸湛", "general", "接受农资经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "bijiang_yangtou_town_list", "http://in7q17c.cn/guizhou/tongrenshi_yangtouzhen.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's 地名 page on 漾头镇 (区划代码, 漾头社区, 九龙村 and 茶园山村, "
        "the 施溪样头长官司 that named it): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def bijiang_wawu_village_list() -> dict:
    unit = f"{PLACE}瓦屋侗族乡瓦屋村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "郁都甄璘", "leader", "刘氏宗祠修缮资金使用不公开", "一级", "修缮方案村民代表会议表决。"),
        ("村党支部书记", "郁都甄璘", "leader", "村组道路硬化工程指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "乌丸璞", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "郁都甄珈", "general", "临时救助申请材料代签代填", "二级", "申请材料经村务监督委员会审核。"),
        ("村文书", "郁都甄珈", "general", "村级办公经费白条入账", "三级", "报账凭证经村务监督委员会签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "bijiang_wawu_village_list", "https://dm.hkzww.com/guizhou/tongrenshi_wawuxiang_wawucun.html",
        "村 小微权力廉政风险防控清单, after the source's 地名 page on 瓦屋村 (乡中心区, its eleven 村民组, the 瓦屋刘氏宗祠): "
        "a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def bijiang_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乌丸瑧", "leader", "乡镇卫生院设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购公开招标，过问登记。"),
        ("局领导", "局长", "乌丸瑧", "leader", "基层医疗机构建设资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("医政医管股", "股长", "郁都甄琰", "middle", "医疗机构校验把关不严", "岗位职责", "中风险", "校验资料两人复核。"),
        ("医政医管股", "股长", "郁都甄琰", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处意见集体审议。"),
        ("规划财务股", "会计", "乌丸琇", "general", "接受药品供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "bijiang_health_bureau_list", "http://www.cooxue.com/zhishi/232669.html",
        "区卫生健康局 岗位廉政风险防控一览表, after the source's 科普 page on 碧江区 (its 沿革 from 铜仁长官司, 黔东明珠, "
        "大明边城 and 九龙洞, the 2022 figures): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def bijiang_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "郁都甄翊", "leader", "土地出让", "土地出让条件设置为特定企业量身定做", "高",
         "出让方案集体研究，网上公开挂牌。"),
        ("耕地保护股", "股长", "乌丸沣", "middle", "占补平衡", "补充耕地验收现场核查不到位", "高", "现场核查两人签字。"),
        ("耕地保护股", "股长", "乌丸沣", "middle", "设施农用地", "设施农用地备案材料把关不严", "中", "备案意见集体研究。"),
        ("矿产资源股", "科员", "郁都甄玓", "general", "矿山巡查", "锰矿越界开采巡查记录不实", "中",
         "巡查轨迹与记录核对。"),
        ("矿产资源股", "科员", "郁都甄玓", "general", "储量核实", "矿产储量核实资料登记不全", "低", "资料台账专人管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "bijiang_natural_resources_screening", "https://iissy.com/wiki/18947",
        "区自然资源局 廉政风险点排查表, after the source's wiki page on 碧江区 (辰水 and 锦江, 汞 and the 九龙洞, the "
        "街道, 镇 and 民族乡): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/"
        "风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def bijiang_culture_tourism_posts() -> dict:
    unit = f"{PLACE}文化广电旅游局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("文化市场综合执法大队", "执法检查岗", "general", "歌舞娱乐场所检查走过场", "岗位职责风险", "Ⅰ级",
         "检查两人以上，全程记录。"),
        ("文化市场综合执法大队", "执法检查岗", "general", "违规经营案件降格处理", "业务流程风险", "Ⅰ级", "处罚案件集体审议。"),
        ("旅游发展股", "项目管理岗", "general", "九龙洞景区提升项目验收不严", "制度机制风险", "Ⅱ级", "验收邀请第三方参加。"),
        ("旅游发展股", "项目管理岗", "general", "接受旅行社礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "文艺演出经费报账不实", "外部环境风险", "Ⅲ级", "报账附合同和演出记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "bijiang_culture_tourism_posts", "http://dengche.cn/jd/i.php/29035.html",
        "区文化广电旅游局 岗位廉政风险防控清单 对岗不对人, after the source's 旅游指南 to the 铜仁九龙洞 (骂龙溪, 观音山, "
        "六龙山 and the legend of the nine dragons): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def bijiang_bahuang_clinic_group_rows() -> dict:
    unit = f"{PLACE}坝黄镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "郁都甄瑞", "leader", [
                ("基本药物集中采购外另行采购", "一级风险", "采购经院务会研究，平台采购。"),
                ("基本公共卫生服务资金分配个人说了算", "一级风险", "资金分配按考核结果，集体研究。"),
            ]),
        ]),
        ("二、药房", "药房", [
            ("药房主任", "乌丸琪", "middle", [
                ("药品出入库账实不符", "二级风险", "每月盘点，账实核对。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科主任", "郁都甄璐", "middle", [
                ("家庭医生签约服务记录造假", "二级风险", "随机电话回访签约对象。"),
                ("预防接种疫苗登记不全", "三级风险", "疫苗出入库双人登记。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "bijiang_bahuang_clinic_group_rows", "http://hbzqbyyxgs.com/citiao/3446.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's 词条 on the 九龍洞風景區 (its range along the "
        "錦江 from 壩黃's 白花浪 to 漾頭鎮, 六龍山): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、院领导``, ``二、药房``, ``三、公共卫生科`` merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def bijiang_yunchangping_school_selfchecks() -> dict:
    unit = f"{PLACE}云场坪镇中心学校"
    t = _Truth(unit)
    people = [
        ("乌丸瑾", "", "校长", "leader", [
            ("营养改善计划食材采购指定供应商", "高", "食材公开采购，膳食委员会监督。", "已落实"),
            ("教辅资料征订收取回扣", "中", "征订自愿，不统一代购。", "已落实"),
        ]),
        ("郁都甄珮", "教务处", "干事", "general", [
            ("学籍变动手续审核不严", "中", "学籍变动两人审核，留存材料。", "未发现问题"),
            ("课后服务费收取不公开", "低", "收费标准和名单公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "bijiang_yunchangping_school_selfchecks",
        "https://www.lvyouwang.org/forum.php?action=printable&mod=viewthread&tid=2362",
        "镇中心学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's forum post on "
        "the 九龙洞 (黔中各郡邑独美于铜仁, 略斜平顶洞, 平顶洞): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row "
        "of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bijiang_water_bureau_cards_titled_rare_names(),
    bijiang_yangtou_town_list(),
    bijiang_wawu_village_list(),
    bijiang_health_bureau_list(),
    bijiang_natural_resources_screening(),
    bijiang_culture_tourism_posts(),
    bijiang_bahuang_clinic_group_rows(),
    bijiang_yunchangping_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1059-inbox"))
