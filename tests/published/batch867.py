"""The eight-hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 畜牧 and 草原
bodies, 巴里坤哈萨克自治县 (of 哈密市, 新疆) — its 草原工作站, 动物疫病预防控制中心, 马产业发展中心,
草原监理所, 畜牧兽医技术推广站 and its 乡镇畜牧兽医站 (大河镇, 奎苏镇) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 草原工作站's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  高/中/低;
- the 动物疫病预防控制中心's 防控卡, one sheet a person: ``姓　名 | … | 岗　位 | …`` and ``所在科室 | …``
  label rows, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 马产业发展中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, no names, ``一级风险/二级风险/三级风险``,
  short types;
- the 大河镇畜牧兽医站's 清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``★★★/★★/★`` read by a ``注：`` line;
- the 奎苏镇畜牧兽医站's 自查表 under ``附件3`` and a 填报单位 line: ``岗位 | 责任人`` on EVERY row,
  ``高风险/中风险/低风险``, ``自查情况``;
- the 草原监理所's 一览表 in TWO SHEETS: ``所领导`` (``姓名 | 职务`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 畜牧兽医技术推广站's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``balikun_animal_husbandry_bureau_profile_cells``: the 畜牧兽医局's 领导班子及中层干部廉政风险防控表, ONE
  ROW A POINT (``序号 | 责任人基本情况 | 廉政风险点 | 风险等级 | 防控措施``) with NO 科室, 岗位 or 姓名
  column: each holder's block has one cell merged down beside his rows under ``责任人基本情况``, written
  as a personnel-file 简历 sentence — ``聂珩翀，男，哈萨克族，1975年6月出生，中共党员，大学学历，现任县畜牧
  兽医局局长，主持局全面工作。`` — whose first clause is the name and whose ``现任…`` clause names the
  post (and, for the 办公室主任, the 科室); the two 副局长 are told apart only by their names. The README's
  读得懂的表 knows a 姓名 cell with the person's 民族, 性别, 政治面貌 bracketed after the name, a heading
  that joins the name with personal facts (``姓名及政治面貌``), a holder cell of ``姓名：…⏎职务：…`` labelled
  lines and prose 责任分工 cells (``…牵头负责``); it does not describe a holder written only as a 简历
  sentence in a ``基本情况`` cell, the post given by its ``现任`` clause among birth date, party, schooling
  and the person's duties.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an 经济日报 report on 新疆 马产业 —
良种繁育, 配种站, 赛马; a 农业农村部
强制免疫计划 — 疫苗接收、保管、发放, 疫苗台账 专人负责; a 乡 秋季重大动物疫病防控 会议 — 疫苗发放, 打飞针,
目标责任书; a 县 秋防 疫苗调运 — 乡镇兽医站 分发, 村级防疫员; a 草原植被恢复费 notice — 草原监理站 收费,
专项用于草原植被恢复; a 甘肃 草原植被恢复费 试行 — 征占用草原, 收费标准; a 青海 收费尺度 — 按亩征收;
a 种畜禽场 监测 plan — 采样, 采样记录表) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 贺 and 聂 with
rare given names); every unit is a body of 巴里坤哈萨克自治县.

Run ``python tests/published/score.py --set batch867`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``责任人基本情况`` cell's first clause is the holder's name and its ``现任…`` clause
  his post (``现任县畜牧兽医局局长`` → 局长; ``现任县畜牧兽医局办公室主任`` → 科室 办公室, post 主任); the
  other clauses (性别, 民族, 出生年月, 政治面貌, 学历, what he heads) are no part of the holder and no point;
  the rows beside the merged cell are his points; the ``注：`` line and the sign-off are no points;
- 局长, 副局长, 站长, 副站长, 主任, 副主任, 所长, 副所长 of a unit are leaders; a 科室's or 股's 负责人
  (股长, 科长, 办公室主任) middle; the rest (防疫员, 检疫员, 技术员, 会计, 出纳, 监理员…) general;
- ``站领导``, ``中心领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the 草原监理所's leaders
  (sheet ``所领导``, no 科室 column) and the cards' leaders written without a 科室 have none;
- ``自查情况`` names no holder; the 马产业发展中心's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b867_"
PLACE = "巴里坤哈萨克自治县"
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

# (简历 sentence, 科室, post, name, tier, [(point, level, measures)])
PROFILES = [
    ("聂珩翀，男，哈萨克族，1975年6月出生，中共党员，大学学历，现任县畜牧兽医局局长，主持局全面工作。",
     "", "局长", "聂珩翀", "leader", [
         ("草原征占用审核意见签署不经局务会集体研究", "一级", "征占用草原审核事项局务会集体研究，审核结果公开。"),
         ("畜牧业项目资金分配向关系户倾斜", "一级", "项目资金分配方案公示，接受纪检监察组监督。"),
     ]),
    ("贺澍岚，女，汉族，1980年2月出生，中共党员，研究生学历，现任县畜牧兽医局副局长，分管草原保护和草原监理工作。",
     "", "副局长", "贺澍岚", "leader", [
         ("草原植被恢复费减征、缓征把关不严", "一级", "减缓征收一律按规定报批，台账逐笔登记。"),
         ("草原违法案件查处以罚代刑、降格处理", "二级", "案件查处经法制审核，重大案件集体讨论。"),
     ]),
    ("聂沣骞，男，哈萨克族，1983年9月出生，中共党员，大学学历，现任县畜牧兽医局副局长，分管动物防疫和畜牧技术推广工作。",
     "", "副局长", "聂沣骞", "leader", [
         ("强制免疫疫苗调拨分配不按存栏数核定", "二级", "疫苗按乡镇存栏量核定，调拨单公示。"),
         ("官方兽医资格确认中打招呼、放宽条件", "三级", "资格确认材料两人审核，名单公示。"),
     ]),
    ("贺琮湜，男，回族，1986年4月出生，中共党员，大学学历，现任县畜牧兽医局办公室主任，负责财务、公车和机关事务。",
     "办公室", "主任", "贺琮湜", "middle", [
         ("公务接待、差旅费报销超标准", "二级", "报销凭公函和清单，财务逐笔审核。"),
         ("办公用品采购不比价，虚开发票", "三级", "采购三家比价，入库验收双人签字。"),
     ]),
]  # fmt: skip


def balikun_animal_husbandry_bureau_profile_cells() -> dict:
    unit = f"{PLACE}畜牧兽医局"
    sh = _Sheet("班子及中层", [6, 40, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子及中层干部廉政风险防控表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年4月", 5)
    sh.add("序号", "责任人基本情况", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for profile, dept, post, who, tier, points in PROFILES:
        first = len(sh.rows)
        for point, lv, measures in points:
            n += 1
            sh.add(n, profile, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 5)
    sh.add("制表：办公室", None, "审核：", None, "局长（签字）：")
    return _layout(
        "balikun_animal_husbandry_bureau_profile_cells",
        "http://neijiangzixun.com/gnyw/2007-12/13/content_77612.htm",
        "(harder) 县畜牧兽医局 领导班子及中层干部廉政风险防控表, after the source's report on 甘肃 试行征收草原植被恢复费 "
        "(征占用草原, 草原监理站, 收费标准, 草原治理恢复): a title, a merged 填报单位 line, then ``序号 | 责任人基本情况 | "
        "廉政风险点 | 风险等级 | 防控措施`` with NO 科室/岗位/姓名 column: each holder's ``责任人基本情况`` cell, merged "
        "down beside his rows, is a 简历 sentence (name, 性别, 民族, 出生年月, 政治面貌, 学历, ``现任县畜牧兽医局局长``, "
        "his duties), the post only in its ``现任`` clause; ``一级/二级/三级``, no type column; a ``注：`` line and a "
        "制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def balikun_grassland_station_list() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "聂岫昀", "leader", "人工草地建设项目验收走过场", "岗位职责风险", "高",
         "项目验收邀请乡镇和牧民代表参加，验收结果公示。"),
        ("站领导", "站长", "聂岫昀", "leader", "草原植被恢复项目施工队伍指定", "制度机制风险", "高",
         "施工单位按规定比选，过程留痕。"),
        ("草原保护股", "股长", "贺昉瑗", "middle", "退化草原补播草种采购以次充好", "业务流程风险", "中",
         "草种送检合格后入库，抽样留存。"),
        ("草原保护股", "技术员", "聂翊沅", "general", "草原鼠虫害防治药物发放登记不实", "业务流程风险", "中",
         "药物发放逐户登记，牧户签字确认。"),
        ("草原保护股", "技术员", "聂翊沅", "general", "草原防火物资私自挪用", "思想道德风险", "低",
         "防火物资专库存放，每季度盘点。"),
        ("监测股", "技术员", "贺霈珣", "general", "草原生态监测数据弄虚作假", "岗位职责风险", "中",
         "监测样地定位拍照，数据复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "balikun_grassland_station_list",
        "http://xieliaobaba.com/cj/cj-gncj/news/2010/05-13/2279070.shtml",
        "县草原工作站 岗位廉政风险防控一览表, after the source's notice on 草原植被恢复费 (草原监理站收缴, 专项用于人工草原"
        "建设、退化草原改良、病虫害防治、草原防火): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def balikun_disease_control_cards() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    cards = [
        ("聂潆琰", "中心领导", "主任", "leader", [
            ("强制免疫疫苗采购计划虚报数量", "Ⅰ级", "疫苗需求按乡镇存栏量汇总，班子集体审定。"),
            ("疫苗冷链设备采购指定品牌", "Ⅱ级", "设备采购按政府采购程序办理。"),
        ]),
        ("贺璩泓", "疫苗管理科", "疫苗保管员", "general", [
            ("疫苗出入库台账不实，私自调出", "Ⅰ级", "疫苗台账专人登记，出入库双人签字。"),
            ("过期疫苗未按规定无害化处理", "Ⅲ级", "过期疫苗登记造册，监督销毁。"),
        ]),
        ("聂湉骁", "检测科", "检测员", "general", [
            ("免疫抗体检测结果随意更改", "Ⅱ级", "检测原始记录存档，结果复核签字。"),
            ("为养殖场出具检测报告收受好处", "Ⅰ级", "检测报告两级审核，送样登记可追溯。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in cards:
        sh = _Sheet(who, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        sh.add("所在科室", dept, "填卡时间", "2025年3月")
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "balikun_disease_control_cards",
        "http://mpmpc.cn/wap/index.php?itemid=35038&moduleid=21&page=7",
        "县动物疫病预防控制中心 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's "
        "强制免疫计划 (疫苗接收、保管、发放, 疫苗台账专人负责, 免疫效果评价): a title, label rows ``姓　名 | … | 岗　位 | …`` "
        "and ``所在科室 | … | 填卡时间 | …``, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; "
        "持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def balikun_horse_centre_posts() -> dict:
    unit = f"{PLACE}马产业发展中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "良种马引进项目供马单位内定", "制度机制", "一级风险",
         "引种项目公开比选，专家论证。"),
        ("中心领导", "主任", "leader", "赛马场运营承包不公开招标", "外部环境", "一级风险",
         "承包经营公开招标，合同报局审核。"),
        ("良种繁育科", "科长", "middle", "种公马配种补贴对象审核不严", "业务流程", "二级风险",
         "补贴对象配种记录逐户核对，名单公示。"),
        ("良种繁育科", "技术员", "general", "配种站冻精发放记录不实", "岗位职责", "二级风险",
         "冻精出入库登记，定期盘点。"),
        ("赛事管理科", "科长", "middle", "赛马活动奖金发放不透明", "岗位职责", "二级风险",
         "奖金发放名单公示，转账发放。"),
        ("赛事管理科", "科员", "general", "接受参赛马主宴请", "思想道德", "三级风险",
         "签订廉洁承诺书，节前提醒。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填表人：", None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "balikun_horse_centre_posts",
        "http://bgimg.ce.cn/xwzx/gnsz/2008/202208/04/t20220804_37932555.shtml",
        "县马产业发展中心 岗位廉政风险点排查表 对岗不对人, after the source's 经济日报 report on 新疆 马产业 (良种繁育, 配种站, "
        "引进国外优良马品种, 赛马): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 (short names)/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def balikun_dahe_station_group_rows() -> dict:
    unit = f"{PLACE}大河镇畜牧兽医站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "贺珝沨", "leader", [
                ("秋防疫苗分发到村不按任务量", "★★★", "疫苗按村任务量分发，村级防疫员签字领取。"),
                ("村级防疫员补助核发不实", "★★", "补助按免疫密度考核发放，名单公示。"),
            ]),
        ]),
        ("二、防疫组", "防疫组", [
            ("防疫员", "聂瀚玥", "general", [
                ("免疫注射打飞针、少剂量，虚填免疫档案", "★★★", "免疫档案与耳标号逐头核对，随机抽查。"),
                ("疫苗空瓶回收不登记", "★", "空瓶回收登记，集中无害化处理。"),
            ]),
        ]),
        ("三、检疫组", "检疫组", [
            ("检疫员", "贺琇澂", "general", [
                ("不检疫就出证、收费不开票", "★★★", "检疫出证凭现场查验记录，收费开具票据。"),
                ("病死畜无害化处理补助虚报", "★★", "处理现场拍照留存，补助经站长审核。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "balikun_dahe_station_group_rows", "http://www.eshouyao.com/zx/show.php?id=45669",
        "镇畜牧兽医站 廉政风险防控责任清单, after the source's 乡 秋季重大动物疫病防控工作会议 (疫苗运输、保存、使用, "
        "杜绝打飞针、少剂量, 与各村签订目标责任书, 发放疫苗): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施 under GROUP ROWS ``一、站领导``, ``二、防疫组``, ``三、检疫组`` merged across; 岗位 and 姓名 merged "
        "per person; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def balikun_kuisu_station_selfcheck() -> dict:
    unit = f"{PLACE}奎苏镇畜牧兽医站"
    sh = _Sheet("自查表", [6, 10, 10, 38, 13, 9, 32, 12])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险自查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施", "自查情况")
    rows = [
        ("站长", "聂峣霁", "leader", "疫苗领取数量与免疫数量不符，余苗去向不明", "制度机制", "高风险",
         "疫苗领用与免疫台账月底核对。", "已落实"),
        ("站长", "聂峣霁", "leader", "动物诊疗许可初审把关不严", "岗位职责", "中风险",
         "初审材料留档，现场核查两人以上。", "未发现问题"),
        ("兽医", "贺岍淏", "general", "利用职务之便向养殖户推销兽药", "思想道德", "高风险",
         "严禁推销兽药，公开举报电话。", "已落实"),
        ("兽医", "贺岍淏", "general", "耳标发放不登记、重复使用", "业务流程", "中风险",
         "耳标逐户登记发放，系统录入。", "已落实"),
        ("报账员", "聂璠岷", "general", "防疫经费报账凭证审核不严", "业务流程", "低风险",
         "报账单据经办人、站长双签。", "未发现问题"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures, found) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures, found)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "balikun_kuisu_station_selfcheck", "http://zdrubber168.cn/News/768059.html",
        "镇畜牧兽医站 岗位廉政风险自查表, after the source's 县 秋季重大动物疫病防控 (疫苗调运到县, 乡镇兽医站分发, 村级"
        "防疫员注苗): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


def balikun_grassland_supervision_two_sheets() -> dict:
    unit = f"{PLACE}草原监理所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 40, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("贺沄翀", "所长", [
            ("草原植被恢复费核定面积少算漏算", "一级", "征收面积现场勘测，测绘结果两人复核。"),
            ("草原违法案件处罚自由裁量随意", "一级", "按裁量基准处罚，案件集体审理。"),
        ]),
        ("聂昶琬", "副所长", [
            ("临时占用草原恢复验收降低标准", "二级", "恢复验收邀请乡镇、牧民代表参加。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("股室", [6, 12, 10, 10, 38, 9, 32])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("执法股", "股长", "贺翾湄", "middle", "禁牧、草畜平衡巡查中发现违法不查处", "一级", "巡查记录上传平台，随机抽查。"),
        ("执法股", "监理员", "聂琤岙", "general", "收取超载过牧牧户好处费后不予上报", "一级", "巡查两人同行，结果牧户签字。"),
        ("执法股", "监理员", "聂琤岙", "general", "草原管护员考勤签字代签", "三级", "管护员考勤定位打卡。"),
        ("综合股", "会计", "贺珵霂", "general", "草原植被恢复费票据管理混乱", "二级", "票据专人领用核销，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "balikun_grassland_supervision_two_sheets",
        "http://zggq.com/a/jinrishengqing/qinghai/20110404/14388.html",
        "县草原监理所 廉政风险防控一览表 in TWO SHEETS, after the source's report on 青海 草原植被恢复费征收尺度 (征收对象, "
        "按占用草原面积亩数征收, 打击损坏草原违法行为): sheet 所领导 with 姓名/职务 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def balikun_extension_station_register() -> dict:
    unit = f"{PLACE}畜牧兽医技术推广站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "聂澧翃", "leader", [
            ("种畜禽场监测采样对象随意确定", "制度机制", "一级", "采样对象按监测计划随机抽取。"),
            ("良种补贴项目实施主体选定不公", "外部环境", "二级", "实施主体公开遴选，结果公示。"),
        ]),
        ("技术推广股", "股长", "贺岚翯", "middle", [
            ("推广示范户确定优亲厚友", "思想道德", "二级", "示范户村级推荐、站里审核、公示。"),
        ]),
        ("技术推广股", "技术员", "聂璆渟", "general", [
            ("采样记录表填写不实、替换样品", "岗位职责", "一级", "样品与采样记录编号一一对应，拍照留存。"),
            ("技术培训签到造假套取经费", "业务流程", "三级", "培训现场照片和签到表存档备查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "balikun_extension_station_register", "http://ygsite.cn/m/show.asp?id=73441&pageno=2&trcms=1",
        "县畜牧兽医技术推广站 廉政风险点排查登记表, after the source's 种畜禽场 疫病监测 plan (随机采样, 样品编号一一对应, "
        "采样记录表, 流行病学调查): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    balikun_animal_husbandry_bureau_profile_cells(),
    balikun_grassland_station_list(),
    balikun_disease_control_cards(),
    balikun_horse_centre_posts(),
    balikun_dahe_station_group_rows(),
    balikun_kuisu_station_selfcheck(),
    balikun_grassland_supervision_two_sheets(),
    balikun_extension_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch867-inbox"))
