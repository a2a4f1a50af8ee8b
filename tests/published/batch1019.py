"""The one-thousand-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 文旅, 农业, 水务, 自然资源, 应急 and 人社 bodies of
one county, 龙里县 (黔南布依族苗族自治州, 贵州省) — its 醒狮镇人民政府, the 余下村, the 文体广电旅游局,
the 农业农村局, the 水务局, the 自然资源局, the 应急管理局 and the 人力资源和社会保障局 — each handing back
the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel; three of them also kept as
LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b1019_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch1019.py --resave``):

- the 醒狮镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、综合行政执法办公室``, ``三、农业服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 余下村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column (re-saved);
- the 文体广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 农业农村局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险`` (re-saved);
- the 水务局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names
  (re-saved);
- the 自然资源局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 应急管理局's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``longli_hrss_column_explanations_row``: the 人力资源和社会保障局's 一览表 handed back with the
  template's ROW OF COLUMN EXPLANATIONS left under the header — PLAIN words, no brackets (``所在股室全称
  | 岗位名称 | 姓名 | 简要描述存在的问题 | 高中低 | 具体措施``, its 序号 cell blank) — before the filled
  rows. docs/layouts.md knows a row of bracketed notes under a header (``（主要表现）``, ``（高/中/低）``)
  and a leftover row of bracketed template hints (``（填写股室名称）| （填写岗位名称）| …``); not the same
  row written without brackets, which is no one's point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
乞地干 and 阿鹿桓 with rare given names); every unit is a body of 龙里县.

Run ``python tests/published/score.py --set batch1019`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the row of column explanations is part of the template, no point: no form
  for a person ``姓名`` or a 科室 ``所在股室全称``;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's people have no 科室; the 应急管理局's
  自查表 people have no 科室; 镇长, 局长, 副局长, 村党支部书记 are leaders; 股长, 主任 (of a 镇's 中心 or
  办公室), 所长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  水务局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``), copies the
re-saved copies ``resaved/b1019_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b1019_"
PLACE = "龙里县"
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

HEADER = ["序号", "所在股室", "岗位名称", "姓名", "廉政风险点", "风险等级", "防控措施"]
# the template's row of column explanations, left under the header: plain words, no brackets
EXPLAINED = [None, "所在股室全称", "岗位名称", "姓名", "简要描述存在的问题", "高中低", "具体措施"]


def longli_hrss_column_explanations_row() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 16, 12, 10, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEADER)
    sh.add(*EXPLAINED)
    rows = [
        ("局领导", "局长", "乞地干琮", "leader", "就业补助资金分配打招呼", "高", "资金分配局党组会集体研究。"),
        ("就业促进股", "股长", "阿鹿桓翀", "middle", "创业担保贷款贴息审核不严", "高", "贴息材料两人复核，结果公示。"),
        ("就业促进股", "股长", "阿鹿桓翀", "middle", "公益性岗位人员虚报冒领", "中", "岗位人员月度考勤核查。"),
        ("社会保险股", "经办员", "乞地干瓅", "general", "违规办理养老保险补缴", "中", "补缴业务初审复审分离。"),
        ("劳动监察大队", "队长", "阿鹿桓頔", "middle", "欠薪案件查处选择性执法", "低", "案件办理全程留痕，结案回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "longli_hrss_column_explanations_row", "https://www.haofabiao.com/haowen/39422.html",
        "(harder) 县人力资源和社会保障局 岗位廉政风险防控一览表 handed back with the template's ROW OF COLUMN "
        "EXPLANATIONS in plain words (no brackets) left under the header, after the source's collection of "
        "办公室风险点 templates (排查风险点, 风险等级, 防控措施 to be filled in by each 岗位): 序号/所在股室 merged/岗位名称 "
        "and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施, the explanations row ``所在股室全称 | 岗位名称 "
        "| 姓名 | 简要描述存在的问题 | 高中低 | 具体措施`` (序号 blank) between the header and the first row; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longli_xingshi_town_group_rows() -> dict:
    unit = f"{PLACE}醒狮镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "阿鹿桓璆", "leader", [
                ("农产品加工厂配套项目指定施工方", "一级风险", "项目按规定比选，镇党委会集体研究。"),
                ("蔬菜产业奖补资金分配个人说了算", "一级风险", "奖补对象公示，资金专户管理。"),
            ]),
        ]),
        ("二、综合行政执法办公室", "综合行政执法办公室", [
            ("主任", "乞地干澂", "middle", [
                ("街道两侧违建查处选择性执法", "二级风险", "执法全程记录，案件集体审核。"),
            ]),
            ("执法队员", "阿鹿桓翯", "general", [
                ("商铺占道经营管理收受好处", "二级风险", "两人以上执法，公开投诉电话。"),
                ("暂扣物品不登记", "三级风险", "暂扣物品台账管理。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "乞地干珣", "middle", [
                ("中药材种植补贴面积核实不严", "二级风险", "面积入户核实，村组公示。"),
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
        "longli_xingshi_town_group_rows", "https://cf.wangmeiqi.cn/post/3194.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's piece on 龙里县醒狮镇's new look (醒狮山, "
        "蔬菜、水果、中药材, 农产品加工厂, 乡村旅游): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, group rows ``一、镇领导``, ``二、综合行政执法办公室``, ``三、农业服务中心`` merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def longli_yuxia_village_list() -> dict:
    unit = f"{PLACE}龙山镇余下村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "乞地干霂", "leader", "草原景区分红分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "乞地干霂", "leader", "步道修缮工程指定施工方", "一级", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "阿鹿桓瑆", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "乞地干沄", "general", "集体草场出租不签合同", "二级", "资产出租公开竞价，合同备案。"),
        ("村文书", "乞地干沄", "general", "景区务工补贴虚报人数", "三级", "补贴名单经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "longli_yuxia_village_list", "https://meipian.cn/59tpy5gu",
        "村 小微权力廉政风险防控清单, after the source's travel note on 龙里油画大草原 in 龙山镇 (苗岒明珠, 龙头瀑布, "
        "马群雕塑, 斗牛场, 风车): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def longli_culture_bureau_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阿鹿桓珩", "leader", "草原景区索道项目干预招标", "思想道德风险", "高",
         "工程公开招标，领导干预登记报告。"),
        ("局领导", "局长", "阿鹿桓珩", "leader", "州庆活动经费安排个人说了算", "制度机制风险", "高",
         "经费安排局党组会集体研究。"),
        ("旅游市场股", "股长", "乞地干澜翊", "middle", "滑草项目经营资质审核不严", "岗位职责风险", "中",
         "资质材料两人复核。"),
        ("旅游市场股", "股长", "乞地干澜翊", "middle", "游客投诉处理偏袒经营户", "业务流程风险", "中", "投诉办理结果回访。"),
        ("文化股", "科员", "阿鹿桓霈", "general", "对无证演出场所通风报信", "外部环境风险", "低",
         "检查两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "longli_culture_bureau_list",
        "http://www.hybrid-steppingmotor.com/staticpages/20230831/newgx64f0066e-21266765.shtml",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's report on 龙里油画大草原 as the 贵南高铁 opened "
        "(馬郎坪, 馬郎湖, 觀光纜車, 滑草, 3D玻璃橋): a title, 序号/股室 merged/职务 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def longli_agriculture_duty_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乞地干璟澄", "leader", "草地畜牧业项目资金安排打招呼", "外部环境", "高风险",
         "资金安排集体研究，过问登记。"),
        ("畜牧股", "股长", "阿鹿桓沨", "middle", "能繁母牛补贴头数核实不严", "岗位职责", "高风险",
         "补贴头数实地核查后公示。"),
        ("畜牧股", "股长", "阿鹿桓沨", "middle", "草场改良补助资金发放不实", "业务流程", "中风险",
         "补助名单公示，资金直达个人。"),
        ("农村经营管理股", "科员", "乞地干璠", "general", "合作社示范社评定打分不公", "制度机制", "中风险",
         "评定结果集体审核公示。"),
        ("农村经营管理股", "科员", "乞地干璠", "general", "接受合作社礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "longli_agriculture_duty_list", "https://www.520zcw.cn/article/wbjvta",
        "县农业农村局 廉政风险防控责任清单, after the source's piece on 南方草原 and 龙里草原 (喀斯特断块台地, 亮山坪, "
        "马群, 水牛): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def longli_water_bureau_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("水利工程股", "项目管理岗", "general", "小型水库除险加固工程验收不严", "岗位职责风险", "Ⅰ级",
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
        "longli_water_bureau_posts", "https://m.haomeiwen.com/subject/pxshzxtx.html",
        "县水务局 岗位廉政风险防控清单 对岗不对人, after the source's travel note on 龙里大草原 (天无三日晴, 远看为平原, "
        "骑马的阿姨): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def longli_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阿鹿桓翃瀚", "leader", "用地审批", "景区建设用地化整为零报批", "高风险",
         "用地报批集体审核，结果公示。"),
        ("耕地保护股", "股长", "乞地干璇", "middle", "耕地占补", "占补平衡指标核查走过场", "高风险", "指标核查两人以上。"),
        ("耕地保护股", "股长", "乞地干璇", "middle", "土地整治", "土地整治项目验收不严", "中风险",
         "验收现场查验，影像留存。"),
        ("不动产登记中心", "登记员", "阿鹿桓琛", "general", "登记审核", "不动产登记材料审核放水", "中风险",
         "登记材料两级审核。"),
        ("不动产登记中心", "登记员", "阿鹿桓琛", "general", "信息查询", "违规查询他人登记信息", "低风险", "查询留痕，定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "longli_natural_resources_screening", "http://iloiter.com/show_3893.html",
        "县自然资源局 廉政风险点排查表, after the source's self-drive note round 黔南 ending at 龙里油画大草原 (天眼, 天坑, "
        "瑶山古寨, 都匀绿博园): a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long "
        "``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def longli_emergency_bureau_selfchecks() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    people = [
        ("阿鹿桓澈", "副局长", "leader", [
            ("应急物资采购干预", "高", "物资采购公开招标，集体决策。"),
            ("接受检查企业礼品", "中", "签订廉洁承诺书。"),
        ]),
        ("乞地干沅琇", "干事", "general", [
            ("应急演练经费报账不实", "中", "报账附演练方案和签到表。"),
            ("隐患排查台账登记不全", "低", "隐患排查逐项登记签字。"),
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
        "longli_emergency_bureau_selfchecks", "https://m.qiqiwenku.com/doc/537587.html",
        "县应急管理局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's scoring "
        "sheet for 基层应急管理 (预案体系, 隐患排查, 应急队伍, 科普宣教, 基本分/考核分): a title, a label row ``姓　名 | "
        "职　务 | 自查日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type "
        "column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    longli_hrss_column_explanations_row(),
    longli_xingshi_town_group_rows(),
    longli_yuxia_village_list(),
    longli_culture_bureau_list(),
    longli_agriculture_duty_list(),
    longli_water_bureau_posts(),
    longli_natural_resources_screening(),
    longli_emergency_bureau_selfchecks(),
]

RESAVED = (
    "longli_yuxia_village_list",
    "longli_agriculture_duty_list",
    "longli_water_bureau_posts",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b1019_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b1019_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1019-inbox"))
