"""The one-thousand-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫生院, 文旅, 学校, 市场监管 and 茶产业 bodies and
the 乡镇财政所 of one county, 余庆县 (遵义市, 贵州省) — its 构皮滩镇人民政府, the 大乌江镇红渡村, the
龙溪镇中心卫生院, the 文体广电旅游局, the 敖溪中学, the 市场监督管理局, the 茶产业发展中心 and the
白泥镇财政所 — each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 构皮滩镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、党政办``, ``三、农业服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 红渡村's 清单: ``职务 | 姓名`` on every row, ``一级风险/二级风险/三级风险``, no type column;
- the 卫生院's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 文体广电旅游局's 责任清单: ``股室 | 岗位 | 责任人`` on every row, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 敖溪中学's 清单 对岗不对人: ``处室`` and ``岗位`` merged, ``…风险`` types, ``一级/二级/三级``;
  no names;
- the 市场监督管理局's 排查表: ``所属股室`` merged, ``岗位 | 姓名`` merged per person, a short
  ``风险点`` beside a long ``风险表现``, 高/中/低, no type column;
- the 茶产业发展中心's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of
  values, ``一级/二级/三级``, ``防控措施 | 自查情况``.

One is harder:

- ``yuqing_baini_finance_office_post_name_rows``: the 白泥镇财政所's 一览表 — ``序号 | 廉政风险点 |
  风险等级 | 防控措施``, NO 岗位 or 姓名 column — grouped by ROWS that name a post and its holder
  (``二、出纳　土难琤岚``: the number, the post, a full-width space, the holder; merged across; no
  colon, no bracketed duty), the holders of a compound surname the reader does not list
  (``土难``), so that nothing but the cell's shape — a post word, a space, two to four characters
  — marks the name. docs/layouts.md knows ``一、主任　禚铭远`` over a 防控卡 (a listed surname),
  ``社会救助股　股长：眭绮云`` (a colon), ``二、秘书科（科长：…）``; not an unlisted surname after
  a post and a space alone.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no unused page of a risk table was found, so every source is a page about
余庆县 or one of its towns (the body's place, its river, lake, tea or history); the rows are
worded by us, the names invented (the rare compound surnames 土难 and 奚斗卢 with rare given
names); every unit is a body of 余庆县.

Run ``python tests/published/score.py --set batch1045`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each group row ``N、<post>　<name>`` gives the post and holder of the points
  under it, to the next group row; the group rows are no points; the 财政所 has no 科室;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's, the 财政所's and the 茶产业发展中心's
  people have no 科室 where no column gives one; 镇长, 村党支部书记, 院长, 局长, 校长, 主任 (of the
  中心) are leaders; 股长, 所长 (of a 镇's 财政所), 主任 (of a 镇's 中心 or 办), 科主任, 处主任 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points;
  the 敖溪中学's list names no person: its forms are posts;
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

PREFIX = "b1045_"
PLACE = "余庆县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SPACE = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (group row's number, post, holder, tier, [(廉政风险点, level, 防控措施)])
FINANCE = [
    ("一、", "所长", "土难澈琳", "middle", [
        ("惠农资金“一卡通”发放审核把关不严", "高", "发放名单村级公示，所长与会计双人审核。"),
        ("镇级财政资金拨付不按预算执行", "高", "拨付按预算和进度，大额资金镇党委会研究。"),
    ]),
    ("二、", "出纳", "土难琤岚", "general", [
        ("现金收付不及时入账", "中", "现金日清月结，所长每月盘点。"),
        ("公款私存或出借", "高", "账户统一管理，银行对账单逐月核对。"),
    ]),
    ("三、", "会计", "土难沨", "general", [
        ("会计凭证审核走过场", "中", "凭证两人复核，附件不全不入账。"),
    ]),
    ("四、", "报账员", "奚斗卢珩", "general", [
        ("村级报账票据把关不严", "低", "票据逐张审核，不合规的退回。"),
    ]),
]  # fmt: skip


def yuqing_baini_finance_office_post_name_rows() -> dict:
    unit = f"{PLACE}白泥镇财政所"
    t = _Truth(unit)
    sh = _Sheet("一览表", [8, 44, 10, 40])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for num, post, who, tier, points in FINANCE:
        _line(sh, f"{num}{post}{SPACE}{who}", 4)
        for point, lv, measures in points:
            n += 1
            sh.add(n, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("填报人：", None, "2025年8月", None)
    return _layout(
        "yuqing_baini_finance_office_post_name_rows", "http://www.ncyszs.com/xzmap/yq9.html",
        "(harder) 镇财政所 岗位廉政风险防控一览表 with NO 岗位 or 姓名 column, grouped by ROWS naming a post "
        "and its holder ``二、出纳　土难琤岚`` (number, post, a full-width space, a name of a compound surname "
        "the reader does not list; merged across; no colon, no bracketed duty), after the source's page on "
        "余庆县 (白泥镇, 构皮滩电站, 回龙场渡口): a title, 序号/廉政风险点/风险等级 高/中/低/防控措施; no type "
        "column; a 填报人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuqing_goupitan_town_group_rows() -> dict:
    unit = f"{PLACE}构皮滩镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "奚斗卢翀", "leader", [
                ("库区移民后扶项目指定施工方", "高", "项目按规定招标，镇党委会集体研究。"),
                ("乡村振兴衔接资金分配个人说了算", "高", "资金分配方案公示，专户管理。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "土难珝", "middle", [
                ("公务接待超标准列支", "中", "接待清单审核，月度公开。"),
            ]),
            ("办事员", "奚斗卢璆", "general", [
                ("办公用品采购不比价", "中", "采购三家比价，验收登记。"),
                ("公车派车登记补写", "低", "派车单据逐月核对。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "土难翛瑗", "middle", [
                ("茶园管护补助核定打招呼", "中", "核定结果在村组公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "yuqing_goupitan_town_group_rows", "http://map.mapbar.com/zunyi_yuqing",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's overview of 余庆县 (构皮滩镇, "
        "湄黄线, 四在农家): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows "
        "``一、镇领导``, ``二、党政办``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def yuqing_hongdu_village_list() -> dict:
    unit = f"{PLACE}大乌江镇红渡村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "土难瑨", "leader", "梯田景区门票分成不公开", "一级风险", "分成收支按月公开。"),
        ("村党支部书记", "土难瑨", "leader", "民宿改造项目指定施工方", "一级风险", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "奚斗卢沨", "general", "稻田养鱼补助评议优亲厚友", "二级风险", "评议结果张榜公示。"),
        ("村文书", "土难湉琇", "general", "集体山林承包不签合同", "二级风险", "承包公开竞价，合同备案。"),
        ("村文书", "土难湉琇", "general", "公益岗考勤弄虚作假", "三级风险", "考勤经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "yuqing_hongdu_village_list", "http://www1.shanyingquana.com/gjyzd/761.html",
        "村 小微权力廉政风险防控清单, after the source's travel piece on 余庆 (大乌江, 红渡梯田, 旅居农家): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def yuqing_longxi_health_centre_list() -> dict:
    unit = f"{PLACE}龙溪镇中心卫生院"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "奚斗卢霁", "leader", "医疗设备采购干预招标", "思想道德风险", "Ⅰ级",
         "设备采购公开招标，领导干预登记报告。"),
        ("院领导", "院长", "奚斗卢霁", "leader", "基本公卫资金安排个人说了算", "制度机制风险", "Ⅰ级",
         "资金安排院务会集体研究。"),
        ("药剂科", "科主任", "土难琤沅", "middle", "药品耗材验收把关不严", "岗位职责风险", "Ⅱ级", "验收两人签字。"),
        ("药剂科", "科主任", "土难琤沅", "middle", "接受医药代表回扣", "业务流程风险", "Ⅱ级", "处方点评，用量异常预警。"),
        ("收费室", "收费员", "奚斗卢沄", "general", "住院押金收取不开票", "外部环境风险", "Ⅲ级",
         "收费系统日结，票据连号核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "yuqing_longxi_health_centre_list", "http://zyrb.zunyiol.cn/html/2023-09/12/content_97629_16524135.htm",
        "镇中心卫生院 岗位廉政风险防控一览表, after the source's report on 余庆's 党建+农旅融合 (松烟镇二龙村, "
        "红渡梯田, 民宿): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yuqing_culture_tourism_duty_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "土难瀚珺", "leader", "景区提升项目打招呼", "外部环境", "高风险", "项目集体审议，过问登记。"),
        ("旅游市场股", "股长", "奚斗卢璟", "middle", "游船经营违规查处放水", "岗位职责", "高风险",
         "查处结果集体审议，全程记录。"),
        ("旅游市场股", "股长", "奚斗卢璟", "middle", "乡村民宿评定降低标准", "业务流程", "中风险", "评定结果公示。"),
        ("文化股", "科员", "土难霈", "general", "花灯戏传承补助虚报", "制度机制", "中风险", "补助据实核定，两人复核。"),
        ("文化股", "科员", "土难霈", "general", "接受演出团体宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "yuqing_culture_tourism_duty_list", "http://www.hcygmm.com/lvyou/73726.html",
        "县文体广电旅游局 廉政风险防控责任清单, after the source's holiday guide to 余庆 (飞龙湖, 构皮滩大坝, "
        "他山摩崖): a title, 序号/股室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def yuqing_aoxi_school_posts() -> dict:
    unit = f"{PLACE}敖溪中学"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "处室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("总务处", "采购岗", "general", "食堂食材采购不比价", "岗位职责风险", "一级", "食材定点采购，三家比价。"),
        ("总务处", "采购岗", "general", "校服征订收受回扣", "业务流程风险", "一级", "校服征订家长委员会参与。"),
        ("教务处", "学籍岗", "general", "学籍转入把关不严", "制度机制风险", "二级", "转学手续两人审核、公示。"),
        ("教务处", "学籍岗", "general", "接受家长礼品礼金", "思想道德风险", "二级", "签订廉洁承诺书。"),
        ("政教处", "资助岗", "general", "贫困生资助对象认定不公", "外部环境风险", "三级", "认定结果班级公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yuqing_aoxi_school_posts", "https://ggdituw.com/zunyimap/yuqingxian_aoxizhen.html",
        "县中学 岗位廉政风险防控清单 对岗不对人, after the source's page on 敖溪镇 (鳌鱼山, 敖溪河, 高矮人舞): a "
        "title, 序号/处室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yuqing_market_regulation_screening() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "所属股室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "奚斗卢澈", "leader", "行政处罚审批", "案件处罚幅度个人说了算", "高", "案审委员会集体审议。"),
        ("食品安全股", "股长", "土难翊琰", "middle", "监督抽检", "抽检样品提前告知经营户", "高", "抽检计划保密，随机抽取。"),
        ("食品安全股", "股长", "土难翊琰", "middle", "许可审查", "食品经营许可现场核查走过场", "中", "核查两人以上到场。"),
        ("质量计量股", "科员", "奚斗卢沚", "general", "计量检定", "茶叶市场衡器检定收费不开票", "中", "收费统一开票。"),
        ("质量计量股", "科员", "奚斗卢沚", "general", "投诉处理", "消费投诉调解偏袒商户", "低", "调解结果回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "yuqing_market_regulation_screening", "https://ksrmyy.com/ask/13290.html",
        "县市场监督管理局 廉政风险点排查表, after the source's answer on 余庆小叶苦丁茶 (产地环境, 乌江流域, "
        "三绿): a title, 序号/所属股室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long "
        "``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yuqing_tea_centre_selfchecks() -> dict:
    unit = f"{PLACE}茶产业发展中心"
    t = _Truth(unit)
    people = [
        ("土难澍翾", "主任", "leader", [
            ("茶园建设补助验收虚报面积", "一级", "验收两人以上到场，面积实测公示。", "已落实"),
            ("接受茶企礼品礼金", "二级", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("奚斗卢琬", "技术员", "general", [
            ("茶苗发放优亲厚友", "二级", "发放名单村组公示。", "已落实"),
            ("技术培训签到造假", "三级", "培训签到拍照留存。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "中心领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuqing_tea_centre_selfchecks", "http://jiajingwang.cn/story/1409309.html",
        "县茶产业发展中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "page on 飞龙湖 (构皮滩水电站蓄水, 飞龙寨, 浪水湾): a title, a label row ``姓　名 | 职　务 | 填表日期`` "
        "over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type "
        "column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuqing_baini_finance_office_post_name_rows(),
    yuqing_goupitan_town_group_rows(),
    yuqing_hongdu_village_list(),
    yuqing_longxi_health_centre_list(),
    yuqing_culture_tourism_duty_list(),
    yuqing_aoxi_school_posts(),
    yuqing_market_regulation_screening(),
    yuqing_tea_centre_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1045-inbox"))
