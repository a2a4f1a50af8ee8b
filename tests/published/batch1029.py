"""The one-thousand-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 水务, 学校, 卫生院, 市场监管 and 自然资源 bodies
and the 交通运输局 of one county, 镇宁县 (镇宁布依族苗族自治县, 安顺市, 贵州省) — its 黄果树镇人民政府,
the 高荡村, the 水务局, the 民族中学, the 六马镇卫生院, the 市场监督管理局, the 自然资源局 and the
交通运输局 — each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 黄果树镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 高荡村's 清单: ``职务 | 姓名`` on every row, ``一级风险/二级风险/三级风险``, no type column;
- the 水务局's 排查表: ``股室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 民族中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 整改情况``;
- the 六马镇卫生院's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 市场监督管理局's 清单 under GROUP ROWS ``一、局领导``, ``二、食品安全股``, ``三、黄果树市场监管所``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 自然资源局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types under
  ``风险类别``, 高/中/低, a ``备注`` column.

One is harder:

- ``zhenning_transport_bureau_numeral_sheets``: the 交通运输局's 一览表 typed page by page on three
  sheets named ``一``, ``二``, ``三`` (bare numerals: no ``第2页``, no ``Sheet2``), each sheet
  repeating the title and the header (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 |
  防控措施``), the 序号 running on from sheet to sheet (1–4, 5–7, 8–11); two holders' rows are split
  across a sheet break, and on the next sheet their rows leave ``股室 | 岗位 | 姓名`` blank (a merged
  cell cannot cross sheets). docs/layouts.md knows pages named by their number (``第1页``, ``P2``,
  ``1 | 2 | 3``) or named nothing (``Sheet1``, ``工作表2``) with 序号 running on; sheets named
  differently (``办公室 | 财务股``) are each a table of their own — and bare numerals ``一 | 二 | 三``
  are read as names of their own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (where no unused page of a risk table was found, a page of the county or of
the kind of body, as each layout's ``what`` says); the rows are worded by us, the names invented
(the rare compound surnames 兰提 and 叱门 with rare given names); every unit is a body of 镇宁县.

Run ``python tests/published/score.py --set batch1029`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the three sheets are the pages of one list: the rows at the top of sheet ``二``
  and ``三`` that name no one are the points of the last holder of the sheet before (副局长 叱门澍,
  股长 兰提琇), one form a holder, its ``sheet`` the sheet where the holder is first named; the
  repeated titles and headers are no points;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; a 监管所 group row is the 科室 of the rows under
  it; the 村's and the 中学's people have no 科室 where no column gives one; 镇长, 局长, 副局长,
  村党支部书记, 校长 are leaders; 股长, 所长, 主任 (of a 镇's 办) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``整改情况``, ``备注`` and ``填表日期`` are no
  points; the 卫生院's list names no person: its forms are posts;
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

PREFIX = "b1029_"
PLACE = "镇宁县"
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

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
TABS = ("一", "二", "三")

# the list as typed, page by page: (股室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 风险等级, 防控措施)
TRANSPORT = [
    [
        ("局领导", "局长", "兰提翀", "leader", "农村公路建设项目干预施工单位确定", "外部环境风险", "一级",
         "项目公开招标，领导干部插手工程登记报告。"),
        ("局领导", "局长", "兰提翀", "leader", "公路养护资金分配个人说了算", "制度机制风险", "一级",
         "养护资金分配局党组会集体研究。"),
        ("局领导", "局长", "兰提翀", "leader", "接受施工企业宴请和礼金", "思想道德风险", "二级", "签订廉洁承诺书，节点提醒。"),
        ("局领导", "副局长", "叱门澍", "leader", "工程变更签证审核把关不严", "岗位职责风险", "一级",
         "变更签证集体审定，监理、跟审单位共同签认。"),
    ],
    [
        ("局领导", "副局长", "叱门澍", "leader", "交工验收降低标准", "业务流程风险", "二级", "验收邀请第三方检测机构参加。"),
        ("建设股", "股长", "兰提琇", "middle", "隐蔽工程验收不到现场", "岗位职责风险", "二级", "隐蔽工程两人验收，影像留存。"),
        ("建设股", "股长", "兰提琇", "middle", "工程计量签认虚增工程量", "业务流程风险", "一级", "计量结果监理、跟审复核。"),
    ],
    [
        ("建设股", "股长", "兰提琇", "middle", "质量抽检结果隐瞒不报", "岗位职责风险", "二级", "抽检报告直送局党组。"),
        ("运输股", "科员", "叱门瑀", "general", "道路运输经营许可吃拿卡要", "外部环境风险", "二级", "许可全程网办，限时办结。"),
        ("运输股", "科员", "叱门瑀", "general", "营运车辆年审放宽条件", "业务流程风险", "三级", "年审两人审核，结果公示。"),
        ("办公室", "会计", "兰提沅", "general", "差旅费报销审核不严", "制度机制风险", "三级", "凭审批单和票据报销，两人复核。"),
    ],
]  # fmt: skip


def zhenning_transport_bureau_numeral_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    sheets, n, first_tab = [], 0, {}
    last = None
    for tab, page in zip(TABS, TRANSPORT, strict=True):
        sh = _Sheet(tab, [6, 12, 10, 12, 36, 14, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
        sh.add(*HEAD)
        first = len(sh.rows)
        for k, (dept, post, who, tier, point, typ, lv, measures) in enumerate(page):
            n += 1
            if (
                k == 0 and (dept, post, who) == last
            ):  # (a holder's rows go on from the sheet before)
                sh.add(n, None, None, None, point, typ, lv, measures)
            else:
                sh.add(n, dept, post, who, point, typ, lv, measures)
            first_tab.setdefault(who, tab)
            t.point(first_tab[who], dept, post, who, tier, point, types_in(typ), GRADES[lv])
        last = page[-1][:3]
        _per_person(sh, first, 1, 2, 3)
        if tab == TABS[-1]:
            sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
        sheets.append(sh)
    return _layout(
        "zhenning_transport_bureau_numeral_sheets",
        "https://zizhou.gov.cn/bmxz/zfjg/jtysj/gzqk/1551516326774255617.html",
        "(harder) 县交通运输局 岗位廉政风险防控一览表 typed page by page on three sheets named by bare numerals "
        "``一 | 二 | 三``, each repeating the title and the header, the 序号 running on (1–4, 5–7, 8–11), two holders' "
        "rows split across a sheet break with ``股室 | 岗位 | 姓名`` blank at the top of the next sheet; after the "
        "source's news item of a 县交通局 on 农村公路 水毁 排查 (a page of the kind of body: no unused page of a "
        "交通 risk table was found): 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line on the last sheet",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenning_huangguoshu_town_list() -> dict:
    unit = f"{PLACE}黄果树镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "叱门翾", "leader", "旅游配套设施项目指定施工队", "外部环境风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "叱门翾", "leader", "景区周边征拆补偿标准随意调整", "制度机制风险", "高",
         "补偿标准集体研究并张榜公示。"),
        ("党政办", "主任", "兰提玥", "middle", "公务接待超标准报账", "岗位职责风险", "中", "接待清单、审批单一并报账。"),
        ("农业服务中心", "农技员", "叱门珩", "general", "经果林苗木补贴登记不实", "业务流程风险", "中",
         "补贴名单入户核实并公示。"),
        ("农业服务中心", "农技员", "叱门珩", "general", "接受合作社吃请", "思想道德风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "zhenning_huangguoshu_town_list",
        "https://zh.wikipedia.org/zh-cn/鎮寧布依族苗族自治縣?oldformat=true",
        "镇人民政府 岗位廉政风险防控清单, after the source's encyclopedia page of the county itself (历史, 地理, "
        "行政区划: a page of the county, no unused page of a 镇's risk table being found): a title, 序号/科室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def zhenning_gaodang_village_list() -> dict:
    unit = f"{PLACE}高荡村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "兰提骞", "leader", "古寨保护修缮项目指定施工方", "一级风险", "项目“四议两公开”，全程公示。"),
        ("村党支部书记", "兰提骞", "leader", "乡村旅游合作社分红方案不公开", "一级风险", "分红方案村民代表会议表决。"),
        ("村委会主任", "叱门泠", "general", "民宿改造补助对象优亲厚友", "二级风险", "补助名单张榜公示。"),
        ("村文书", "兰提湉", "general", "公益性岗位考勤虚报", "二级风险", "考勤表经村务监督委员会审核。"),
        ("村文书", "兰提湉", "general", "村集体收入不及时入账", "三级风险", "收入当日登记，按月公开。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "zhenning_gaodang_village_list", "https://feiyi.youth.cn/tt/202004/t20200423_12299765.htm",
        "村 小微权力廉政风险防控清单, after the source's page on the county's 高荡村 (村寨名片, 行走笔记: a page of "
        "the kind of body, no unused page of a 村's risk table being found): a title, 序号/职务/姓名 on every row/"
        "风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a 村务监督委员会 line",
        [sh], t,
    )  # fmt: skip


def zhenning_water_bureau_screening() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add(
        "序号", "股室", "岗位", "责任人", "风险点", "风险表现", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("局领导", "局长", "叱门琮", "leader", "水利工程招标", "小型水库除险加固工程拆分发包规避招标", "制度机制",
         "Ⅰ级", "工程按规定招标，结果公示。"),
        ("工程建设股", "股长", "兰提瑄", "middle", "工程验收", "人饮工程验收不到现场签字", "岗位职责", "Ⅰ级",
         "验收两人以上到场，影像留存。"),
        ("工程建设股", "股长", "兰提瑄", "middle", "资金拨付", "项目进度款超进度拨付", "业务流程", "Ⅱ级",
         "进度款按监理签认的进度拨付。"),
        ("河湖管理股", "河道管理员", "叱门湲", "general", "河道采砂", "非法采砂线索通风报信", "外部环境", "Ⅱ级",
         "巡查两人一组，线索登记移交。"),
        ("河湖管理股", "河道管理员", "叱门湲", "general", "巡河补助", "村级河长巡河补助虚报次数", "思想道德", "Ⅲ级",
         "巡河轨迹与补助台账核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "zhenning_water_bureau_screening", "http://mqms.60851.org/mqms/info/article.jsp?id=132462",
        "县水务局 廉政风险点排查表, after the source's news item of a 水利局 on 河长 巡河 and 妨碍行洪 排查 (a page of "
        "the kind of body): a title, 序号/股室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险类别 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenning_minzu_school_selfchecks() -> dict:
    unit = f"{PLACE}民族中学"
    t = _Truth(unit)
    people = [
        ("兰提璆", "校长", "leader", [
            ("校舍维修工程指定施工单位", "高", "工程三家比价，校务会集体研究。", "已落实"),
            ("营养餐食材供应商选定不公开", "中", "供应商公开遴选，结果公示。", "已落实"),
        ]),
        ("叱门璠", "总务主任", "general", [
            ("教学设备验收走过场", "中", "验收两人以上，签字存档。", "已整改"),
            ("食堂物资入库登记不实", "低", "出入库台账每月盘点。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "整改情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "学校党支部意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenning_minzu_school_selfchecks", "http://www.qiciyun.cn/article/EFfOoy_BfKZZIbFjnYm",
        "县民族中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "on 镇宁's schools (a page of the county's schools, no unused page of a school's 自查表 being found; "
        "another page first cited here was cited by batch1032 built beside it): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/"
        "风险等级 高/中/低/防控措施/``整改情况``; no type column",
        sheets, t,
    )  # fmt: skip


def zhenning_liuma_health_centre_posts() -> dict:
    unit = f"{PLACE}六马镇卫生院"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("药剂科", "药品采购岗", "general", "药品耗材采购收受回扣", "思想道德风险", "高风险", "采购平台集中采购，两人验收。"),
        ("药剂科", "药品采购岗", "general", "过期药品处置不登记", "业务流程风险", "中风险", "过期药品登记销毁，监督签字。"),
        ("公共卫生科", "公卫岗", "general", "基本公共卫生服务数据造假", "岗位职责风险", "高风险", "服务记录抽查回访。"),
        ("公共卫生科", "公卫岗", "general", "家庭医生签约人数虚报", "制度机制风险", "中风险", "签约名单电话核实。"),
        ("收费室", "收费岗", "general", "医保结算串换项目", "外部环境风险", "低风险", "收费清单每日核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "zhenning_liuma_health_centre_posts",
        "https://www.zhetiaohe.com/ss/a6bef12cf750e1355ed97e4eade3c0ebf6ea56c8bf7ae1cb9a76d7f1e51187ed14843c4870a6c076.html",
        "镇卫生院 岗位廉政风险防控清单 对岗不对人, after the source's page on a ``五纳入三报告一通报`` 工作制度 (a "
        "page of the kind of rules, no unused page of a 卫生院's risk table being found): a title, 序号/科室 merged/"
        "岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def zhenning_market_bureau_group_rows() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 12, 12, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "叱门翀", "leader", [
                ("重大行政处罚案件个人说了算", "一级", "重大案件集体讨论，法制审核。"),
                ("特种设备检验机构选定打招呼", "一级", "检验机构公开遴选。"),
            ]),
        ]),
        ("二、食品安全股", "食品安全股", [
            ("股长", "兰提澍", "middle", [
                ("食品经营许可现场核查走过场", "二级", "核查两人以上，影像留存。"),
            ]),
        ]),
        ("三、黄果树市场监管所", "黄果树市场监管所", [
            ("所长", "叱门沚", "middle", [
                ("景区商户价格投诉处理偏袒", "二级", "投诉处理结果回访。"),
            ]),
            ("执法员", "兰提霂", "general", [
                ("日常检查发现问题不立案", "二级", "检查记录入系统，问题清单销号。"),
                ("接受商户土特产馈赠", "三级", "签订廉洁承诺书。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "zhenning_market_bureau_group_rows", "https://yaoan.gov.cn/Pages_326_23429.aspx",
        "县市场监督管理局 岗位廉政风险防控清单 under GROUP ROWS, after the source's 县政府办 notice of a 河长制 "
        "行动计划 (总体要求 and numbered tasks under 一、二、 headings: a county office's page, no unused page of a "
        "市场监管 risk table being found): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, group "
        "rows ``一、局领导``, ``二、食品安全股``, ``三、黄果树市场监管所`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zhenning_natural_resources_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "局长", "兰提琬", "leader", "土地出让底价确定打招呼", "外部环境风险", "高",
         "底价集体研究，出让结果公示。", ""),
        ("局领导", "局长", "兰提琬", "leader", "规划条件调整个人说了算", "制度机制风险", "高", "调整方案规委会审议。", ""),
        ("不动产登记中心", "主任", "叱门瑾", "middle", "不动产登记插队办理", "业务流程风险", "中",
         "登记按受理顺序办理，系统留痕。", "新增"),
        ("不动产登记中心", "主任", "叱门瑾", "middle", "登记材料审核不严", "岗位职责风险", "中", "材料两人审核。", ""),
        ("执法监察大队", "队员", "兰提璩", "general", "违法用地线索瞒报", "思想道德风险", "低", "巡查记录每周上报。", ""),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note or None)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三级。", 9)
    return _layout(
        "zhenning_natural_resources_list", "https://qqx.com/gonglve/122256688263725056",
        "县自然资源局 岗位廉政风险防控一览表, after the source's travel page on the county (地理坐标, 乡镇, 景区: a page "
        "of the county, no unused page of a 自然资源 risk table being found): a title, 序号/股室 merged/职务 and 姓名 "
        "merged per person/廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/``备注`` (one ``新增``); a ``注：`` "
        "line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenning_transport_bureau_numeral_sheets(),
    zhenning_huangguoshu_town_list(),
    zhenning_gaodang_village_list(),
    zhenning_water_bureau_screening(),
    zhenning_minzu_school_selfchecks(),
    zhenning_liuma_health_centre_posts(),
    zhenning_market_bureau_group_rows(),
    zhenning_natural_resources_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1029-inbox"))
