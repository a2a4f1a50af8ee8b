"""The nine-hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's
meteorological bodies, 聂拉木县 (日喀则市, 西藏自治区) — its 气象局, 防雷减灾中心, 人工影响天气办公室,
气象台, 樟木气象站, 气象服务中心 and two 乡镇气象信息服务站 (琐作乡, 门布乡) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 气象局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 防雷减灾中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 人工影响天气办公室's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 气象台's 清单 under GROUP ROWS ``一、台领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 樟木气象站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 琐作乡气象信息服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 门布乡气象信息服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``nyalam_service_center_generated_header``: the 气象服务中心's 岗位廉政风险防控一览表, an ordinary
  list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, every row written out,
  no merges) that someone turned into an Excel 表格 (套用表格格式 / Ctrl+T, or loaded through Power
  Query) WITHOUT ticking 表包含标题: Excel inserted its own header row ``列1 | 列2 | … | 列8`` between
  the title and the real heading, so the real heading now stands as the table's FIRST DATA ROW under
  generated column names. The README's 读得懂的表 and docs/layouts.md know a numbered column row
  read through a 填表说明 (``序号 | 1 | 2 | 3 …`` with ``第1栏填写…``), printed column letters
  ``A | B | C`` from 打印行号列标, pivot tables and 分类汇总 rows, and a WPS 合并表格's 工作簿名称 column;
  they do not describe a generated ``列1 | 列2 …`` (``Column1 …``) header row standing above the
  real heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 自治区气象局's 政务公开 report —
党风廉政, 气象服务, 信息公开; a 市政府 meeting on 防雷减灾 行政审批 — 雷击风险评估, 设计审核, 竣工验收;
a 县气象局's 人影炮站 安全检查 — 库房, 藥彈管理, 高炮保养; a 市气象局's inspection of a 县局 — 森林防火
气象服务, 雷达建设 监管, 巡察整改; a 地区气象局's 防雷安全 执法检查 — 气象数据安全, 气候可行性论证; a
县人影作业公告 — 作业点 in 镇村, 高炮, 焰炉, 故障弹; a page of 气象信息服务 papers — 信息员, 预警信息
传播; an entry on 专业气象服务 — 合同, 有偿服务, 收取报酬) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 禤 and 訚 with rare given names); every unit is a body of 聂拉木县.

Run ``python tests/published/score.py --set batch916`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the generated row ``列1 … 列8`` is no heading and no point; the row under it is
  the heading, and the truth is the list as its rows read (科室, 岗位, 姓名, point, type, level), one
  form a holder;
- ``台领导``, ``站领导`` (a 部门 cell, a group row) are the 科室 of those leaders; the 气象局's leaders
  (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股 or 办公室, a 台's 组, a 中心's 室 or
  科 are 科室; a group row ``二、预报服务组`` gives the 科室 ``预报服务组``;
- every station, the 中心s, the 办公室 and the 局 are units of their own: 局长, 副局长, 台长, 站长,
  主任 and 副主任 of a 中心 or of the 人影办 are leaders; 股长, 组长, 科长 and the 局办公室主任 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 防雷减灾中心's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b916_"
PLACE = "聂拉木县"
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

HEADING = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"]
GENERATED = [f"列{i}" for i in range(1, len(HEADING) + 1)]

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
SERVICE = [
    ("中心领导", "主任", "禤翯瑄", "leader", [
        ("专业气象服务合同价格随意议定、给关系客户让利", "制度机制风险", "高",
         "服务收费按物价部门核定标准执行，合同价格经中心会议研究。"),
        ("服务收入不入中心账户，私设小金库", "岗位职责风险", "高", "服务收入全部缴入单位账户，年度审计。"),
    ]),
    ("专业服务科", "科长", "訚祎骁", "middle", [
        ("为客户出具气象证明时改动资料", "业务流程风险", "中", "气象证明依据观测原始资料出具，双人复核。"),
        ("接受服务客户宴请、礼品", "思想道德风险", "低", "签订廉洁服务承诺书，节前廉洁提醒。"),
    ]),
    ("专业服务科", "服务员", "禤泠珈", "general", [
        ("利用气象资料私下为企业有偿服务", "岗位职责风险", "中", "资料调用登记审批，服务一律以中心名义签约。"),
    ]),
    ("综合科", "会计", "訚翙晗", "general", [
        ("服务费收取不开票据、坐支现金", "业务流程风险", "高", "服务费统一开具票据，当日入账，每月对账。"),
        ("差旅、设备维修报销把关不严", "制度机制风险", "低", "报销单据经科长、主任两级审签。"),
    ]),
]  # fmt: skip


def nyalam_service_center_generated_header() -> dict:
    unit = f"{PLACE}气象服务中心"
    sh = _Sheet("一览表", [6, 12, 8, 10, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    # 套用表格格式 without 表包含标题: Excel's own header row above the real heading
    sh.add(*GENERATED)
    sh.add(*HEADING)
    n = 0
    for dept, post, who, tier, points in SERVICE:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "nyalam_service_center_generated_header", "http://qixiangzhan.cn/qixiangbaike/article-43823.html",
        "(harder) 县气象服务中心 岗位廉政风险防控一览表, after the source's entry on 专业气象服务 (服务合同, 有偿服务, 收取报酬): "
        "a title, then a GENERATED HEADER ROW ``列1 | 列2 | … | 列8`` (the list made an Excel 表格 without 表包含标题), "
        "the real heading ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` standing under it as "
        "the table's first data row, then every row written out (no merges), ``…风险`` types, 高/中/低; a 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nyalam_bureau_two_sheets() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("禤翀霈", "局长", "主持全面工作", [
            ("“三重一大”事项个人说了算，不经党组集体研究", "一级", "重大事项党组会集体研究，会议纪要存档。"),
            ("气象基础设施建设项目插手招标", "一级", "项目一律进入公共资源交易平台，领导干部插手登记报告。"),
        ]),
        ("訚昶珝", "副局长", "分管业务、政务公开", [
            ("气象信息公开选择性公开、延迟公开", "二级", "信息公开目录化管理，按期检查公开情况。"),
            ("业务考核打分照顾关系", "三级", "考核评分细则公开，考核结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "禤琤岚", "middle", "公务接待超标准、虚列接待费用", "二级", "接待实行公函制度，接待清单逐项核对。"),
        ("办公室", "主任", "禤琤岚", "middle", "办公用品采购不比价", "三级", "采购三家比价，入库登记。"),
        ("办公室", "会计", "訚曦翯", "general", "专项经费挪作他用", "一级", "专项经费专账核算，每季度对账。"),
        ("防灾减灾股", "股长", "禤湉玙", "middle", "气象灾害预警信息发布迟报、漏报", "二级", "预警发布流程留痕，发布情况每月通报。"),
        ("防灾减灾股", "股长", "禤湉玙", "middle", "防灾减灾物资发放不登记", "三级", "物资发放逐项登记，领用人签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "nyalam_bureau_two_sheets", "http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2017nb/201902/t20190223_64848.html",
        "县气象局 廉政风险防控一览表 in TWO SHEETS, after the source's 自治区气象局 政务公开 report (党风廉政, 气象服务, 信息公开, "
        "各县气象局): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def nyalam_lightning_center_posts() -> dict:
    unit = f"{PLACE}防雷减灾中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "防雷装置竣工验收", "验收把关不严，为不合格防雷装置出具合格意见", "岗位职责风险", "高",
         "验收实行现场检测、集体审定，结果公示。"),
        ("技术审核室", "审核员", "general", "防雷装置设计审核", "设计审核降低标准，收受设计单位好处", "业务流程风险", "高",
         "设计审核两人以上，审核意见逐项留痕。"),
        ("技术审核室", "审核员", "general", "审核时限", "无故拖延审核，刁难申请人", "制度机制风险", "中",
         "审核时限公开，超时自动提醒。"),
        ("检测室", "检测员", "general", "雷击风险评估", "评估报告数据不实，指定评估机构", "外部环境风险", "中",
         "评估报告抽查复核，不得推荐指定机构。"),
        ("检测室", "检测员", "general", "定期检测收费", "检测收费超标准、不开票据", "思想道德风险", "低",
         "收费标准公示，统一开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "nyalam_lightning_center_posts", "http://spdoem.cn/wap/fangleinews/fengdian8465.html",
        "县防雷减灾中心 岗位廉政风险点排查表 对岗不对人, after the source's 市政府 meeting on 防雷减灾 行政审批 (雷击风险评估, "
        "防雷装置设计审核, 竣工验收, 三同时): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def nyalam_weather_modification_cards() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "訚骞霂", "主任", "主持人影办全面工作", "leader", [
            ("人影作业弹药、火箭发射架采购指定供应商", "★★★", "装备弹药按上级统一采购目录采购，集体研究。"),
            ("作业点建设项目工程量虚报", "★★", "作业点建设验收邀请乡镇参加，工程量现场核实。"),
            ("作业人员补贴发放不实", "★★", "补贴按作业记录核发，在作业点公示。"),
        ]),
        ("副主任", "禤彧琛", "副主任", "分管作业安全、库房管理", "leader", [
            ("弹药库房出入库账实不符", "★★★", "弹药出入库双人登记，每月盘点。"),
            ("安全检查走过场，隐患瞒报", "★", "安全检查记录存档，隐患整改销号。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "nyalam_weather_modification_cards", "http://www.kshx-dzby.com/news/anlong/20210401/504373.htm",
        "县人工影响天气办公室 领导干部廉政风险防控卡, one sheet a leader, after the source's 县气象局 人影炮站 安全检查 (库房, "
        "弹药管理, 高炮保养, 安全责任): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def nyalam_observatory_group_rows() -> dict:
    unit = f"{PLACE}气象台"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、台领导", "台领导", [
            ("台长", "訚澍沅", "leader", [
                ("雷达站配套建设项目监管不到位，接受施工方好处", "一级风险", "项目监管全程留痕，重大变更报县气象局。"),
                ("巡察、审计整改走过场", "二级风险", "整改清单逐项销号，整改情况公开。"),
            ]),
        ]),
        ("二、预报服务组", "预报服务组", [
            ("组长", "禤珞璁", "middle", [
                ("森林防火气象服务材料出具不实", "二级风险", "服务材料经会商审定后发布。"),
            ]),
            ("预报员", "訚漪琭", "general", [
                ("为企业私下提供预报资料收取费用", "一级风险", "预报产品统一出口，严禁私下服务。"),
                ("值班记录代签、补签", "三级风险", "值班签到系统打卡，每月核查。"),
            ]),
        ]),
        ("三、综合观测组", "综合观测组", [
            ("观测员", "禤昕桠", "general", [
                ("观测资料弄虚作假", "一级风险", "资料质量控制，异常数据复核。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "nyalam_observatory_group_rows", "https://www.yaan.gov.cn/gongkai/show/20210521094026-21850-00-000.html",
        "县气象台 廉政风险防控责任清单 under GROUP ROWS, after the source's 市气象局 inspection of a 县局 (森林防火 气象服务, "
        "雷达建设 监管, 巡察、审计整改): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、台领导``, ``二、预报服务组``, ``三、综合观测组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def nyalam_zhangmu_station_selfchecks() -> dict:
    unit = f"{PLACE}樟木气象站"
    t = _Truth(unit)
    people = [
        ("訚焘岿", "站领导", "站长", "leader", [
            ("探测环境保护审批中收受好处", "Ⅰ级", "探测环境保护意见经县气象局审核后出具。", "已落实"),
            ("站内经费报销把关不严", "Ⅱ级", "报销单据经县局财务复核。", "未发现问题"),
        ]),
        ("禤琬翊", "观测组", "观测员", "general", [
            ("气象数据对外提供未经审批", "Ⅰ级", "数据提供登记审批，按规定签订使用协议。", "已落实"),
            ("设备巡检记录补签", "Ⅲ级", "巡检记录每月核查。", "已落实"),
        ]),
        ("訚铖澐", "综合组", "报账员", "general", [
            ("燃料、物资采购票据不实", "Ⅱ级", "采购二人以上经办，票据逐张审核。", "未发现问题"),
            ("现金不及时入账", "Ⅱ级", "现金日清月结。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "nyalam_zhangmu_station_selfchecks", "http://xj.cma.gov.cn/qxfw/fzjz/202409/t20240903_6531200.html",
        "县气象站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 地区气象局 防雷安全 "
        "执法检查 (气象数据安全, 气候可行性论证, 气象灾害防御): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def nyalam_suozuo_township_station_list() -> dict:
    unit = f"{PLACE}琐作乡气象信息服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "禤瑑颋", "leader", "人影作业点看护人员选用优亲厚友", "制度机制", "高风险",
         "看护人员由村推荐、乡里审核、公示后聘用。"),
        ("站领导", "站长", "禤瑑颋", "leader", "作业点补助经费使用不公开", "岗位职责", "中风险", "补助经费专账核算，年底公布。"),
        ("信息服务", "信息员", "訚婠彧", "general", "预警信息传递不及时，瞒报灾情", "业务流程", "中风险",
         "预警信息接收、传递登记，灾情如实上报。"),
        ("作业服务", "作业员", "禤砚嵘", "general", "故障弹、火箭弹残骸处置不报告", "业务流程", "高风险",
         "故障弹一律报告县气象局和公安机关处置。"),
        ("作业服务", "作业员", "禤砚嵘", "general", "作业补贴虚报作业次数", "思想道德", "低风险", "作业记录与县人影办指令核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "nyalam_suozuo_township_station_list", "http://yunxunwl.com/archiver/tid-197782.html",
        "乡气象信息服务站 岗位廉政风险防控一览表, after the source's 县地面人工影响天气作业公告 (作业点 in 镇村, 高射炮, 焰炉, "
        "故障弹, 事故处置): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def nyalam_menbu_township_station_register() -> dict:
    unit = f"{PLACE}门布乡气象信息服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "訚璟峦", "leader", [
            ("气象信息员补助发放不按考核结果", "制度机制", "一级", "补助按考核结果发放，名单公示。"),
            ("气象预警大喇叭、显示屏采购不比价", "岗位职责", "二级", "设备采购三家比价，乡里审核。"),
        ]),
        ("信息服务组", "信息员", "禤沺珏", "general", [
            ("灾情统计数据不实", "业务流程", "一级", "灾情数据与乡、村核对后上报。"),
        ]),
        ("设施管理组", "管理员", "訚筱珙", "general", [
            ("气象设施维修虚报材料", "业务流程", "二级", "维修前后拍照留存，站长签字。"),
            ("私自出借站内设备", "思想道德", "三级", "设备出借登记审批。"),
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
        "nyalam_menbu_township_station_register", "https://1000xuexi.com/shiyongwen/qita/159733.html",
        "乡气象信息服务站 廉政风险点排查登记表, after the source's page of 气象信息服务 papers (气象信息服务 现状, 信息员, "
        "气象短信, 服务管理办法): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nyalam_service_center_generated_header(),
    nyalam_bureau_two_sheets(),
    nyalam_lightning_center_posts(),
    nyalam_weather_modification_cards(),
    nyalam_observatory_group_rows(),
    nyalam_zhangmu_station_selfchecks(),
    nyalam_suozuo_township_station_list(),
    nyalam_menbu_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch916-inbox"))
