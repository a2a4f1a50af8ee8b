"""The one-thousand-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 水务, 自然资源, 交通, 卫生院, 学校 and 人社 bodies of
one county, 松桃苗族自治县 (铜仁市, 贵州省) — its 孟溪镇人民政府, the 孟溪镇寨院村, the 水务局, the
自然资源局, the 交通运输局, the 乌罗镇卫生院, the 木树镇中心学校 and the 人力资源和社会保障局 — each
handing back the 一览表, 清单, 排查表, 防控卡, 自查表 or 问卷 its staff typed in WPS or Excel:

- the 孟溪镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 寨院村's 小微权力清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column, a
  村务监督委员会 line;
- the 水务局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``, a ``注：`` line;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 乌罗镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、临床科``, ``三、财务室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 木树镇中心学校's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of
  values, 高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``songtao_hrss_stacked_questionnaires``: the 人力资源和社会保障局's 岗位廉政风险自查问卷 as the
  staff fill it in — a PRINTED QUESTIONNAIRE, no table — but THREE people's copies pasted one
  under another on ONE sheet, each with its own title, its own ``所在科室：… | 岗　　位：…`` and
  ``姓　　名：… | 填写日期：…`` lines, its own questions ``二、…风险点：``, ``三、…风险等级（高、中、低）：``,
  ``四、…防控措施：`` with numbered answers, and its own 填写人 sign-off line. docs/layouts.md knows
  the printed questionnaire one sheet a person (batch711, QUESTIONNAIRE_ANSWER_BLOCKS); a probe
  at HEAD read two such copies stacked on one sheet as nothing at all (SHEET_NO_TABLE,
  FILE_NO_FORM): the second copy's questions repeat the first's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 松桃 could be found: the pages are of the county, its
towns and villages; the harder file's is the city's page on the county's sixtieth anniversary,
no questionnaire of the county being found); the rows are worded by us, the names invented (the
rare compound surnames 他骆拔 and 仆骨 with rare given names); every unit is a body of
铜仁市松桃苗族自治县.

Run ``python tests/published/score.py --set batch1053`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each stacked copy is one form: its holder the copy's own 科室/岗位/姓名
  answers, its points the answers under its own ``…风险点`` question, each point's level and
  measures the answers of the same number under its own level and measures questions;
  ``填写日期`` and the 填写人/科室负责人 sign-off lines are no points;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 学校's 校长
  have no 科室 where no column gives one; the 学校's ``总务处干事`` is the 干事 of the 科室 总务处;
  镇长, 局长, 副局长, 村党支部书记, 院长, 校长 are leaders; 股长, 科主任, 所长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  交通运输局's list names no person: its forms are posts;
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

PREFIX = "b1053_"
PLACE = "铜仁市松桃苗族自治县"
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

QUESTIONS = (
    "二、请逐条列出本岗位存在的廉政风险点：",
    "三、请对上述风险点逐条评定风险等级（高、中、低）：",
    "四、请针对上述风险点逐条写出防控措施：",
)

# one copy a person, stacked: (科室, 岗位, 姓名, tier, levels on one line?, [(风险点, 等级, 防控措施)])
STACKED = [
    ("局领导", "副局长", "他骆拔琛", "leader", True, [
        ("分管的就业补助资金审批把关不严", "高", "补助资金局党组会集体研究，按季度公示。"),
        ("干预公益性岗位人员招聘", "高", "招聘方案公开，全程纪检监督。"),
        ("接受培训机构宴请或礼品", "中", "签订廉洁承诺书，礼品登记上交。"),
    ]),
    ("就业服务股", "股长", "仆骨沅", "middle", False, [
        ("创业担保贷款资格初审不严", "高", "初审材料两人复核，台账留存。"),
        ("职业技能培训补贴人数核定不实", "中", "培训签到人脸比对，抽查回访。"),
        ("求职创业补贴发放优亲厚友", "低", "补贴名单公示七天，接受监督。"),
    ]),
    ("社会保险股", "经办员", "他骆拔瑛岚", "general", True, [
        ("城乡居民养老保险待遇核定不准", "中", "待遇核定系统计算，股长复核。"),
        ("死亡人员养老金停发不及时", "中", "每月与民政、公安数据比对。"),
    ]),
]  # fmt: skip


def songtao_hrss_stacked_questionnaires() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    sh = _Sheet("自查问卷", [30, 56])
    for dept, post, who, tier, one_line, items in STACKED:
        _line(sh, f"{unit}岗位廉政风险自查问卷", 2)
        _line(sh, "一、基本情况", 2)
        sh.add(f"所在科室：{dept}", f"岗　　位：{post}")
        sh.add(f"姓　　名：{who}", "填写日期：2025年9月")
        _line(sh, QUESTIONS[0], 2)
        for i, (point, _lv, _measures) in enumerate(items, 1):
            _line(sh, f"{i}．{point}", 2)
        _line(sh, QUESTIONS[1], 2)
        if one_line:
            _line(sh, "　".join(f"{i}．{lv}" for i, (_p, lv, _m) in enumerate(items, 1)), 2)
        else:
            for i, (_point, lv, _measures) in enumerate(items, 1):
                _line(sh, f"{i}．{lv}", 2)
        _line(sh, QUESTIONS[2], 2)
        for i, (_point, _lv, measures) in enumerate(items, 1):
            _line(sh, f"{i}．{measures}", 2)
        sh.add("填写人（签字）：", "科室负责人（签字）：")
        sh.add(None, None)
        for point, lv, _measures in items:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    return _layout(
        "songtao_hrss_stacked_questionnaires", "http://report.tongren.gov.cn/161012",
        "(harder) 县人力资源和社会保障局 岗位廉政风险自查问卷, THREE people's filled-in copies STACKED one under "
        "another on ONE sheet, after the source's page of the city on 松桃苗族自治县's sixtieth anniversary (庆祝大会, "
        "县情概况: 5个街道、17个镇、6个乡): a PRINTED QUESTIONNAIRE, NO TABLE, each copy with its own title, "
        "``一、基本情况``, ``所在科室：… | 岗　　位：…`` and ``姓　　名：… | 填写日期：…``, then ``二、…廉政风险点：`` over "
        "the points one a merged line ``1．…``, ``三、…风险等级（高、中、低）：`` over the levels (``1．高　2．高　3．中`` "
        "on one line, or one a line) paired with the points by number, ``四、…防控措施：`` likewise, and a "
        "``填写人（签字）： | 科室负责人（签字）：`` line and a blank row before the next copy",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def songtao_mengxi_town_list() -> dict:
    unit = f"{PLACE}孟溪镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "仆骨翀", "leader", "集镇改造项目指定施工队伍", "外部环境风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "仆骨翀", "leader", "蔬菜基地配套资金拨付不按进度", "制度机制风险", "高",
         "资金按合同和进度拨付，张榜公示。"),
        ("党政办", "主任", "他骆拔琮", "middle", "公务用车加油费用报账不实", "岗位职责风险", "中",
         "加油卡定车定人，报账附清单。"),
        ("农业服务中心", "农技员", "仆骨澐", "general", "油菜种植补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业服务中心", "农技员", "仆骨澐", "general", "接受种子经销商礼品", "思想道德风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "songtao_mengxi_town_list", "http://47.119.164.151/address_info/520628106/code/210",
        "镇人民政府 岗位廉政风险防控清单, after the source's place-name page on 孟溪镇 (建制沿革, 行政区划, 地理环境, "
        "旅游资源): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def songtao_zhaiyuan_village_list() -> dict:
    unit = f"{PLACE}孟溪镇寨院村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "他骆拔翾", "leader", "蔬菜基地土地流转收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "他骆拔翾", "leader", "通村路维修指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "仆骨琇", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "他骆拔玥", "general", "农户补贴申请材料代签代填", "二级", "申请材料经村务监督委员会审核。"),
        ("村文书", "他骆拔玥", "general", "村集体公章使用不登记", "三级", "公章使用登记，定期检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "songtao_zhaiyuan_village_list",
        "http://tcmap.com.cn/guizhou/songtaomiaozuzizhixian_mengxizhen_zhaiyuancun.html",
        "村 小微权力廉政风险防控清单, after the source's place-name page on 孟溪镇寨院村 (地名由来, 基本介绍, 历史沿革, "
        "neighbouring villages): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no "
        "type column; a 村务监督委员会意见 line",
        [sh], t,
    )  # fmt: skip


def songtao_water_bureau_list() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "仆骨翃", "leader", "水库除险加固工程干预施工单位确定", "外部环境", "高风险",
         "工程公开招标，过问登记。"),
        ("局领导", "局长", "仆骨翃", "leader", "农村饮水安全资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("水政监察大队", "大队长", "他骆拔澍", "middle", "河道采砂违法行为查处降格处理", "岗位职责", "中风险",
         "处罚案件集体审议。"),
        ("水政监察大队", "大队长", "他骆拔澍", "middle", "取水许可审查把关不严", "业务流程", "中风险", "审查材料两人复核。"),
        ("计划财务股", "会计", "仆骨湲", "general", "接受工程承包方宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "songtao_water_bureau_list",
        "https://pediainside.com/index.php?hidetrans=1&title=%E6%9D%BE%E6%A1%83%E5%8E%BF&variant=zh",
        "县水务局 岗位廉政风险防控一览表, after the source's encyclopedia entry on 松桃县 (黔东门户, 5个街道、17个镇、"
        "6个乡, 历史沿革 from 春秋战国): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def songtao_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "他骆拔瑄", "leader", "土地出让", "国有建设用地出让条件量身定制", "高",
         "出让方案局务会研究，结果公示。"),
        ("耕地保护股", "股长", "仆骨泠", "middle", "占补平衡", "补充耕地验收面积核定不实", "高",
         "验收现场核验，两人签字。"),
        ("耕地保护股", "股长", "仆骨泠", "middle", "设施农用地", "设施农用地备案审核走过场", "中",
         "备案材料公开，定期抽查。"),
        ("不动产登记中心", "登记员", "他骆拔璆", "general", "登记受理", "不动产登记材料不全即予受理", "中",
         "受理一次性告知，系统留痕。"),
        ("不动产登记中心", "登记员", "他骆拔璆", "general", "信息查询", "违规查询泄露权利人信息", "低",
         "查询登记，权限分级管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "songtao_natural_resources_screening", "http://m.15tianqi.net/town/41865/",
        "县自然资源局 廉政风险点排查表, after the source's weather-and-profile page on 松桃县正大乡 (国土面积, 耕地面积, "
        "村民组, 自然资源): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def songtao_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合行政执法大队", "执法岗", "general", "超限超载查处降格处理", "岗位职责风险", "Ⅰ级", "执法全程记录，两人以上。"),
        ("综合行政执法大队", "执法岗", "general", "道路运输违法案件以罚代管", "业务流程风险", "Ⅰ级", "案件集体审议。"),
        ("公路建设股", "项目管理岗", "general", "农村公路验收把关不严", "制度机制风险", "Ⅱ级", "验收组三人以上，留存影像。"),
        ("公路建设股", "项目管理岗", "general", "接受施工单位礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "会议费报账不实", "外部环境风险", "Ⅲ级", "报账附会议通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "songtao_transport_bureau_posts",
        "https://pediainside.com/index.php?target=%E6%AD%A3%E5%A4%A7%E9%95%87&title=%E6%AD%A3%E5%A4%A7%E9%95%87&variant=zh-hans",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's encyclopedia entry on 松桃县正大镇 (乡政府驻地, "
        "大兴至迓驾二级公路, 省S201线): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def songtao_wuluo_clinic_group_rows() -> dict:
    unit = f"{PLACE}乌罗镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "仆骨琬", "leader", [
                ("医疗设备购置个人说了算", "一级风险", "设备购置院务会研究，公开采购。"),
                ("院内维修工程指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、临床科", "临床科", [
            ("科主任", "他骆拔璠", "middle", [
                ("开大处方、收受药品回扣", "二级风险", "处方点评，每月公示。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("出纳", "仆骨瑀", "general", [
                ("医疗收费现金坐支挪用", "二级风险", "收费日清日结，两人对账。"),
                ("票据领用不登记", "三级风险", "票据领用登记，定期核销。"),
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
        "songtao_wuluo_clinic_group_rows", "http://gb1.cn/address_info/520628107/code/111",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's place-name page on 松桃县乌罗镇 (乡镇介绍, 历史沿革, "
        "交通状况, 物产资源): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、院领导``, ``二、临床科``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def songtao_mushu_school_selfchecks() -> dict:
    unit = f"{PLACE}木树镇中心学校"
    t = _Truth(unit)
    people = [
        ("他骆拔珺", "", "校长", "leader", [
            ("营养改善计划食材供应商指定", "高", "供应商公开比选，家委会参与。"),
            ("教辅资料征订收取回扣", "中", "不统一代购教辅。"),
        ]),
        ("仆骨玙", "总务处", "干事", "general", [
            ("食堂物资验收不过秤", "中", "验收两人过秤，台账留存。"),
            ("固定资产报废不登记", "低", "报废审批登记，定期盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "songtao_mushu_school_selfchecks",
        "http://nmhdgaokao.com/guizhou/songtaomiaozuzizhixian_mushuxiang.html",
        "镇中心学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's place-name page "
        "on 松桃县木树镇 (区划代码, 辖区面积, 人口, the 社区 and 村 it holds): a title, a label row ``姓　名 | 职　务 | "
        "填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    songtao_hrss_stacked_questionnaires(),
    songtao_mengxi_town_list(),
    songtao_zhaiyuan_village_list(),
    songtao_water_bureau_list(),
    songtao_natural_resources_screening(),
    songtao_transport_bureau_posts(),
    songtao_wuluo_clinic_group_rows(),
    songtao_mushu_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1053-inbox"))
