"""The one-thousand-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫健, 林业, 教育, 市场监管 and 卫生院 bodies and the
自然资源局 of one county, 习水县 (遵义市, 贵州省) — its 土城镇人民政府, the 习酒镇黄金坪村, the
卫生健康局, the 林业局, the 教育局, the 市场监督管理局, the 土城镇中心卫生院 and the 自然资源局 —
each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 土城镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、党政办``, ``三、农业服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 黄金坪村's 清单: ``职务 | 姓名`` on every row, ``一级风险/二级风险/三级风险``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 林业局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级/二级/三级``;
  no names;
- the 教育局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 卫生院's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``.

One is harder:

- ``xishui_natural_resources_bare_scores``: the 自然资源局's 一览表 — ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险值 | 防控措施`` — whose ``风险值`` column holds each point's SCORE as a bare whole
  number (``20``, ``12``, ``9``, ``5``, ``2``; no ``分``, no fraction, no decimal, no factors) and a
  note under the table bands it: ``注：风险值由发生可能性和危害程度综合评定，风险值12分以上为高风险，
  6—11分为中风险，5分以下为低风险。`` — the bounds written ``以上``/``以下`` (本数 included, as the
  middle band ``6—11`` shows). docs/layouts.md knows a level column of scores written ``得分/满分``,
  ``85分``, ``得分85`` or bare with a decimal among them (LEVEL_BY_SCORE_CELLS), of worked-out
  products ``3×3=9`` (LEVEL_BY_PRODUCT_CELLS), and batch60's ``可能性 | 影响程度 | 风险值`` with
  ``12及以上…5及以下``; not a lone column of bare whole scores whose note's bounds say ``以上``/``以下``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no unused page of a 习水县 risk table was found, so the sources are pages on
习水县 (土城, 四渡赤水, the 习水 nature reserve, 习酒) and say so; the rows are worded by us, the names
invented (the rare compound surnames 温孤 and 执失 with rare given names); every unit is a body of
习水县.

Run ``python tests/published/score.py --set batch1046`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the band its 风险值 falls in by the note, ``12分以上``
  taking 12 and ``5分以下`` taking 5 (the bands meet: ``6—11`` between them);
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's and the 卫生院's people have no 科室 where
  no column gives one; 镇长, 局长, 村党支部书记, 院长 are leaders; 股长, 主任 (of a 镇's 中心 or 办),
  科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points;
  the 林业局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1046_"
PLACE = "习水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
NOTE = "注：风险值由发生可能性和危害程度综合评定，风险值12分以上为高风险，6—11分为中风险，5分以下为低风险。"


def band(score: int) -> int:
    """The note's bands: 12 and above 高, 6 to 11 中, 5 and below 低 (以上/以下 take 本数)."""
    return 1 if score >= 12 else 2 if score >= 6 else 3


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, 廉政风险点, 风险值, 防控措施)
RESOURCES = [
    ("局领导", "局长", "温孤翀霁", "leader", "国有建设用地出让方案个人说了算", 20,
     "出让方案局党组会集体研究，结果网上公示。"),
    ("局领导", "局长", "温孤翀霁", "leader", "干预矿业权出让竞价", 12, "矿业权一律网上交易，领导干预登记报告。"),
    ("国土空间规划股", "股长", "执失璟沄", "middle", "规划条件调整为开发企业打招呼", 16,
     "规划条件调整经规委会审议，调整结果公示。"),
    ("国土空间规划股", "股长", "执失璟沄", "middle", "规划核实测量数据把关不严", 9, "核实测量两人到场，数据复核留档。"),
    ("耕地保护股", "科员", "温孤璆", "general", "占补平衡项目验收走过场", 6, "验收邀请乡镇和村组参加，影像存档。"),
    ("耕地保护股", "科员", "温孤璆", "general", "耕地卫片图斑核查弄虚作假", 5, "图斑核查结果股室会审，随机复查。"),
    ("不动产登记中心", "登记员", "执失翾", "general", "不动产登记为熟人插队办理", 4, "登记按系统排号办理，全程留痕。"),
    ("不动产登记中心", "登记员", "执失翾", "general", "登记资料查询泄露个人信息", 2, "查询凭证件登记，日志每月抽查。"),
]  # fmt: skip


def xishui_natural_resources_bare_scores() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 8, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险值", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, score, measures) in enumerate(RESOURCES, 1):
        sh.add(n, dept, post, who, point, score, measures)
        t.point(sh.name, dept, post, who, tier, point, [], band(score))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 7)
    sh.add("填报人：", None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "xishui_natural_resources_bare_scores", "http://cots.com.cn/JingDian/TuChengGuZhen.html",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 whose ``风险值`` column holds each point's SCORE as a bare "
        "whole number, the level given ONLY by the note merged under the table ``注：…风险值12分以上为高风险，"
        "6—11分为中风险，5分以下为低风险。`` (bounds with 以上/以下), after the source's travel page on 土城古镇 "
        "(四渡赤水 第一渡, 青杠坡, 赤水河; no risk table of the county found): a title, 序号/股室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险值/防控措施; no type column; a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xishui_tucheng_town_group_rows() -> dict:
    unit = f"{PLACE}土城镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "执失瑨澍", "leader", [
                ("古镇风貌改造工程指定施工方", "高", "工程按规定招标，镇党委会集体研究。"),
                ("红色旅游配套资金安排个人说了算", "高", "资金安排方案公示，专户管理。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "温孤珝沨", "middle", [
                ("公务接待超标准列支", "中", "接待清单审核，月度公开。"),
            ]),
            ("办事员", "执失琤", "general", [
                ("办公用品采购不比价", "中", "采购三家比价，验收登记。"),
                ("会议培训费虚列", "低", "会议费凭签到表据实报账。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "温孤翛琰", "middle", [
                ("高粱种植补贴核定优亲厚友", "中", "补贴名单在村组公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "xishui_tucheng_town_group_rows", "https://ztnews.net/article/show-353053.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's report on 土城 (赤水河, 淋滩渡口, "
        "习酒镇 高粱基地; a page on the county, no risk table of it found): a title, 序号/岗位/姓名/廉政风险点/"
        "风险等级 高/中/低/防控措施, group rows ``一、镇领导``, ``二、党政办``, ``三、农业服务中心`` merged across; 岗位 "
        "and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xishui_huangjinping_village_list() -> dict:
    unit = f"{PLACE}习酒镇黄金坪村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "温孤瀚玥", "leader", "高粱收购点场地出租不公开", "一级风险", "场地租金收支按月公开。"),
        ("村党支部书记", "温孤瀚玥", "leader", "产业路硬化指定施工方", "一级风险", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "执失沅珺", "general", "危房改造对象评议优亲厚友", "二级风险", "评议结果张榜公示。"),
        ("村文书", "执失璠", "general", "集体山林承包不签合同", "二级风险", "承包公开竞价，合同备案。"),
        ("村文书", "执失璠", "general", "公益性岗位考勤弄虚作假", "三级风险", "考勤经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年7月", None, None)
    return _layout(
        "xishui_huangjinping_village_list", "http://www.xixinbin.com/a/products/p6/226.html",
        "村 小微权力廉政风险防控清单, after the source's page on 习水 (鳛国, 土城古镇 石板街, 四渡赤水纪念馆; a page "
        "on the county): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def xishui_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "执失霈翃", "leader", "医共体设备采购干预招标", "思想道德风险", "Ⅰ级",
         "设备采购公开招标，领导干预登记报告。"),
        ("局领导", "局长", "执失霈翃", "leader", "乡镇卫生院建设资金安排个人说了算", "制度机制风险", "Ⅰ级",
         "资金安排局党组会集体研究。"),
        ("医政股", "股长", "温孤琬湉", "middle", "医疗机构执业登记把关不严", "岗位职责风险", "Ⅱ级", "登记资料两人复核。"),
        ("医政股", "股长", "温孤琬湉", "middle", "医疗纠纷调处偏袒一方", "业务流程风险", "Ⅱ级", "调处结果集体审议。"),
        ("公共卫生股", "科员", "执失澈", "general", "村卫生室绩效考核走过场", "外部环境风险", "Ⅲ级",
         "考核留存影像，结果通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "xishui_health_bureau_list", "http://oenc.net/46381.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's encyclopedia entry on 习水县 (鳛水, 黔北煤海, 土城渡"
        "纪念碑; a page on the county): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def xishui_forestry_posts() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("资源管理股", "审批岗", "general", "林木采伐许可超限额审批", "岗位职责风险", "一级", "采伐指标网上公开，两级审核。"),
        ("资源管理股", "审批岗", "general", "林地占用审核把关不严", "业务流程风险", "一级", "占用林地现场查验，集体审议。"),
        ("生态修复股", "项目岗", "general", "造林补助核查不实", "制度机制风险", "二级", "补助核查结果公示。"),
        ("生态修复股", "项目岗", "general", "接受苗木供应商礼品礼金", "思想道德风险", "二级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "护林员劳务费发放不及时", "外部环境风险", "三级", "劳务费直达个人账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "xishui_forestry_posts", "https://runmo.com/article/pp87jz00vmgi.html",
        "县林业局 岗位廉政风险防控清单 对岗不对人, after the source's piece on the 习水 nature reserve (二洞沟, 常绿"
        "阔叶林, 望乡台石窟寺; a page on the county): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xishui_education_screening() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "温孤澹翎", "leader", "校舍建设", "校舍维修工程打招呼指定施工方", "高", "工程集体研究、公开招标。"),
        ("计划财务股", "股长", "执失琮", "middle", "经费拨付", "生均公用经费拨付厚此薄彼", "高", "经费按标准拨付并公示。"),
        ("计划财务股", "股长", "执失琮", "middle", "资助审核", "学生资助对象审核不实", "中", "资助名单两人复核、公示。"),
        ("基础教育股", "科员", "温孤霂", "general", "招生入学", "义务教育学位分配违规照顾", "中", "学位分配结果公开。"),
        ("基础教育股", "科员", "温孤霂", "general", "教辅征订", "违规推荐教辅材料", "低", "征订目录公开，家长自愿。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "xishui_education_screening", "http://xmwb.xinmin.cn/html/2015-12/19/content_45_4.htm",
        "县教育局 廉政风险点排查表, after the source's essay on 土城 (青杠坡, 川盐入黔, 一渡赤水; a page on the county): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xishui_market_bureau_duty_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "执失翊瑄", "leader", "白酒企业执法案件说情打招呼", "外部环境", "高风险", "说情登记，案件集体审议。"),
        ("食品生产股", "股长", "温孤沚琦", "middle", "酒类生产许可现场核查放水", "岗位职责", "高风险",
         "核查两人以上，全程记录。"),
        ("食品生产股", "股长", "温孤沚琦", "middle", "抽检样品送检不规范", "业务流程", "中风险", "抽检样品封存交接登记。"),
        ("登记注册股", "科员", "执失岍", "general", "企业登记先收后补材料", "制度机制", "中风险", "登记材料一次性告知。"),
        ("登记注册股", "科员", "执失岍", "general", "接受企业宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "xishui_market_bureau_duty_list", "https://twgreatdaily.com/zh-hans/B-JYCGwBmyVoG_1ZCghO.amp",
        "县市场监督管理局 廉政风险防控责任清单, after the source's piece on the maps of 赤水, 合江 and 习水 (the 酒壶 "
        "shaped county, 土城自行车驿站; a page on the county): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def xishui_health_centre_selfchecks() -> dict:
    unit = f"{PLACE}土城镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("温孤湲珩", "院长", "leader", [
            ("药品耗材采购指定供应商", "一级", "采购平台统一采购，院务会审定。", "已落实"),
            ("接受医药代表礼品礼金", "二级", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("执失瑗沄", "收费员", "general", [
            ("收取现金不开票", "二级", "推行移动支付，日清日结。", "已落实"),
            ("医保结算串换项目", "三级", "结算清单每月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年7月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "院领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xishui_health_centre_selfchecks", "http://www.yaepu.cn/jaejg",
        "镇中心卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "贵州 sights (中国丹霞谷, 三岔河, 习水自然保护区, 土城镇; a page on the county): a title, a label row ``姓　名 | "
        "职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/"
        "``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xishui_natural_resources_bare_scores(),
    xishui_tucheng_town_group_rows(),
    xishui_huangjinping_village_list(),
    xishui_health_bureau_list(),
    xishui_forestry_posts(),
    xishui_education_screening(),
    xishui_market_bureau_duty_list(),
    xishui_health_centre_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1046-inbox"))
