"""The four-hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 应急管理
bodies, 通渭县 (a county of 定西市, 甘肃) — its 应急救援指挥中心, 安全生产执法大队 and 地震局, the
应急管理站 of four of its towns (平襄镇, 马营镇, 鸡川镇, 义岗川镇) and, in the harder file, its
应急管理局 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 应急救援指挥中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 安全生产执法大队's file in two sheets ``队领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``中队`` (``中队 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 地震局's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 平襄镇应急管理站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 马营镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 鸡川镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 义岗川镇 one's 一览表: ``岗位 | 姓名`` merged per person, short types, ``一级/二级/三级``.

One is harder:

- ``tongwei_bureau_dept_in_post_bracket``: the 应急管理局's 一览表, ``序号 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with NO 股室/科室 column: each staff member's 股室 is
  written IN A CLOSING BRACKET AFTER THE POST in the ``岗位`` cell (``股长（安全生产综合监管股）``,
  ``科员（应急指挥股）``, ``科员（防灾减灾股）``); the leaders' cells are the bare post (``局长``,
  ``副局长``). The post is the text before the bracket, the 科室 the bracket. The README's 读得懂的表
  knows a 科室 column, a 科室 on a group row (with the 分管领导 bracketed after it), a
  ``科室/岗位（责任人）`` column and a 科室 followed by its holder in brackets (``运营管理部（殷昊然）``),
  a 科室 tag opening the POINT (``【教务处】…``), a 科室 from a sheet name or a 序号 code, a holder's
  home unit bracketed under the name, a post typed before or after the name — it does not describe a
  POST followed by its 科室 in brackets in the 岗位 column (the bracket after a post it speaks of is
  ``副镇长（一）``, not a level). No earlier batch writes it (``grep -P
  '"(科员|股长|…)（[^）]*(股|科|室|队|中心)）"' tests/published/batch*.py`` finds none; only
  ``股室（司法所）`` / ``科室（司法所）`` HEADINGS).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (固原市's 草原火灾应急预案 and the
bodies it names; 九寨沟县's 突发性地质灾害应急预案 with its 险情分级 and 速报; 城中区应急管理局's
法治政府建设 report on 执法; a 县 防震减灾 汇报 (抗震设防 审批, 宣传 进学校); 陶家镇's 突发公共事件
总体应急预案; an XX县 地震自然灾害应急预案 naming the 乡镇; 西盟县's 地震应急预案; 法库县's
地震应急预案) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names); every unit
is a body of 通渭县.

Run ``python tests/published/score.py --set batch479`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``岗位`` cell ``X（Y）`` is post X of 科室 Y (``股长（安全生产综合监管股）`` is
  the 股长 of the 安全生产综合监管股); a bare ``局长``/``副局长`` has no 科室 (the list gives none;
  no ``局领导`` is made up);
- ``队领导`` and ``站领导`` (a sheet or a group row) and the 执法大队's ``中队`` are as in batch477: the
  leaders' sheet ``队领导`` is the 科室 of those leaders, a 中队 (``执法一中队``) is a 科室 of the 大队,
  a 中心's 科 is a 科室, a 镇应急管理站 has no 科室 (its group rows repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 大队长, 副大队长, a 中心's 主任, a 局's 局长 and a
  站's 站长 and 副站长 are leaders; 股长, 科长 and 中队长 middle; the rest (科员, 执法员, 监测员,
  信息员, 管理员, 会计) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 应急救援指挥中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b479_"
PLACE = "通渭县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (岗位, 科室 or "", 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局长", "", "禚砚翀", "leader", [
        ("应急物资采购供应商个人指定", "制度机制", "高", "物资采购进县公共资源交易平台，党组会集体研究。"),
        ("安全生产约谈干预说情", "思想道德", "中", "干预说情登记报告。"),
    ]),
    ("副局长", "", "殳霁峣", "leader", [
        ("行政处罚自由裁量畸轻", "岗位职责", "高", "处罚决定法制审核，重大处罚集体讨论。"),
        ("救灾资金分配照顾关系乡镇", "业务流程", "中", "资金按灾情评估分配并公示。"),
    ]),
    ("股长", "安全生产综合监管股", "钭沄翮", "middle", [
        ("企业安全评价报告审查走过场", "岗位职责", "高", "评价报告两人审查，抽查复核。"),
        ("隐患排查数据弄虚作假", "业务流程", "中", "隐患台账随机抽查，实地核实。"),
    ]),
    ("科员", "应急指挥股", "郏栩湲", "general", [
        ("应急值守信息迟报漏报", "制度机制", "中", "值班信息逐级审核，通报迟报情况。"),
        ("接受演练服务商宴请", "外部环境", "低", "签订廉洁承诺书。"),
    ]),
    ("科员", "防灾减灾股", "缑翯湜", "general", [
        ("受灾群众救助名单审核不严", "业务流程", "高", "救助名单村、镇、县三级公示。"),
        ("救灾物资出入库登记不实", "岗位职责", "低", "物资出入库双人签字，月末盘点。"),
    ]),
]  # fmt: skip


def _post_cell(post: str, dept: str) -> str:
    return f"{post}（{dept}）" if dept else post


def tongwei_bureau_dept_in_post_bracket() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("一览表", [6, 26, 8, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, dept, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, _post_cell(post, dept), who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "tongwei_bureau_dept_in_post_bracket",
        "http://www.nxgy.gov.cn/zwgk/zfxxgkml/yjgl/201708/t20170808_388009.html",
        "(harder) 县应急管理局 岗位廉政风险防控一览表, after the source's 草原火灾应急预案 (组织指挥体系, 成员单位, 应急保障): "
        "序号/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/高/中/低/防控措施, and NO 股室 column: each "
        "staff member's 股室 is written in a closing bracket after the post in the 岗位 cell (``股长（安全生产综合监管股）``, "
        "``科员（应急指挥股）``); the leaders' 岗位 cells are bare (局长, 副局长); a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongwei_rescue_center_posts() -> dict:
    unit = f"{PLACE}应急救援指挥中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    cmd, info = "指挥调度科", "信息保障科"
    rows = [
        (cmd, "科长", "middle", "救援队伍调派", "调派社会救援力量优亲厚友、虚报出勤", "岗位职责风险", "Ⅰ级",
         "调派记录系统留痕，出勤凭现场影像结算。"),
        (cmd, "科长", "middle", "应急演练经费", "演练方案虚列项目套取经费", "业务流程风险", "Ⅱ级",
         "演练经费按方案预算审核，事后审计。"),
        (info, "信息员", "general", "灾情信息报送", "瞒报、迟报灾情信息", "思想道德风险", "Ⅰ级",
         "灾情信息双人核对，逐级签发。"),
        (info, "信息员", "general", "通信设备维护", "维护费用虚开发票", "制度机制风险", "Ⅲ级",
         "维护合同备案，费用凭验收单支付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "tongwei_rescue_center_posts",
        "https://xuxingfen.com/html/.ygzwzfwj.201803t20180326_1348227.html",
        "县应急救援指挥中心 廉政风险点排查表 对岗不对人, after the source's 突发性地质灾害应急预案 (险情分级, 速报, 应急队伍保障): "
        "a title, 序号/科室 merged (指挥调度科, 信息保障科)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：综合科 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def tongwei_enforcement_brigade_two_sheets() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    t = _Truth(unit)
    lead = _Sheet("队领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郦珩澍", "大队长", "主持全面工作", [
            ("执法检查计划随意调整", "一级", "年度执法计划报局审定，调整须集体研究。"),
            ("对举报案件压案不查", "二级", "举报件登记编号，办结情况通报。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "队领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("中队", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}中队岗位廉政风险防控表", 7)
    dept.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("执法一中队", "中队长", "逄翛峤", "middle", "非煤矿山检查提前透露行程", "一级", "检查对象随机抽取，当日通知。"),
        ("执法一中队", "执法员", "蒯珣濬", "general", "现场检查接受企业礼品", "二级", "执法记录仪全程记录。"),
        ("执法一中队", "执法员", "蒯珣濬", "general", "执法文书事后补签", "三级", "文书当场制作，案卷评查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "tongwei_enforcement_brigade_two_sheets", "https://xncz.gov.cn/info/4647/210093.htm",
        "县安全生产执法大队's file in two sheets, after the source's 区应急管理局 法治政府建设 report (执法, 行政处罚, 执法监督): "
        "``队领导`` with 姓名/职务/分管工作 merged per person; ``中队`` with 中队/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tongwei_earthquake_bureau_cards() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    cards = [
        ("局长", "晏琤翾", "leader", [
            ("抗震设防要求审批降低标准", "★★★", "审批意见局务会研究，结果公开。"),
            ("监测台站建设项目指定施工单位", "★★", "项目按规定招标。"),
        ]),
        ("监测员", "谯昀澂", "general", [
            ("监测数据报送不实", "★★", "数据自动上传，人工复核。"),
            ("台站设备维修费虚报", "★", "维修凭验收单报账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "tongwei_earthquake_bureau_cards", "http://www.cdxkw.cn/zuowen/1396055.html",
        "县地震局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 监测员), after the source's 县防震减灾工作汇报 (抗震设防 审批, "
        "行政执法, 宣传 进学校): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def tongwei_pingxiang_station_selfchecks() -> dict:
    unit = f"{PLACE}平襄镇应急管理站"
    t = _Truth(unit)
    people = [
        ("衡翛珣", "站长", "leader", [
            ("应急物资储备点验收把关不严", "高风险", "验收请县应急管理局参加。", "已落实"),
            ("隐患排查整改销号不实", "中风险", "销号前实地复查留影像。", "未发现问题"),
        ]),
        ("荀湉翃", "会计", "general", [
            ("灾害救助资金白条入账", "中风险", "凭正式票据报账。", "已落实"),
            ("代管资金公款私存", "低风险", "资金进镇财政所专户。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tongwei_pingxiang_station_selfchecks",
        "http://cqjlp.gov.cn/bmjz/qzfbm_97119/qyjj_97729/zwgk_97124/fdzdgknr_97126/yjgl/yjya/202104/t20210411_9128413.html",
        "镇应急管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇突发公共事件总体应急预案 "
        "(镇安委会, 应急救援指挥部, 物资保障): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def tongwei_maying_station_group_rows() -> dict:
    unit = f"{PLACE}马营镇应急管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "蓟翙淇", "leader", [
                ("受灾房屋鉴定结论说情照顾", "一级风险", "鉴定结论村级公示。"),
                ("公务用车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("管理员", "酆昉潆", "general", [
                ("灾害信息员补贴冒领", "一级风险", "补贴发放到个人账户。"),
                ("应急物资借出不登记", "二级风险", "物资借用登记、按期收回。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "tongwei_maying_station_group_rows", "https://m.163wenku.com/p-2846182.html",
        "镇应急管理站 廉政风险防控责任清单, after the source's XX县 地震自然灾害应急预案 (指挥部, 乡镇, 成员单位): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def tongwei_jichuan_station_list() -> dict:
    unit = f"{PLACE}鸡川镇应急管理站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "琚翾淼", "leader", "烟花爆竹经营点检查走过场", "岗位职责", "中", "检查记录双人签字。"),
        ("站长", "琚翾淼", "leader", "为关系企业隐患整改说情", "思想道德", "高", "说情干预登记报告。"),
        ("管理员", "粟珝澜", "general", "避险转移人员补助虚报", "业务流程", "高", "补助名单村级公示。"),
        ("管理员", "粟珝澜", "general", "应急档案保管不善丢失", "制度机制", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "tongwei_jichuan_station_list", "https://ximeng.gov.cn/info/22364/171931.htm",
        "镇应急管理站 廉政风险防控一览表, after the source's 县地震应急预案 (乡镇, 应急响应, 转移安置): a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def tongwei_yigangchuan_station_list() -> dict:
    unit = f"{PLACE}义岗川镇应急管理站"
    sh = _Sheet("Sheet1", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("副站长", "嵇琛瀛", "leader", "防汛物资采购询价不实", "业务流程", "一级", "询价三家以上，结果公示。"),
        ("副站长", "嵇琛瀛", "leader", "安全生产检查接受宴请", "外部环境", "二级", "检查不在企业就餐。"),
        ("信息员", "羿翀淳", "general", "灾情统计数据虚报", "岗位职责", "二级", "数据村镇两级核对。"),
        ("信息员", "羿翀淳", "general", "泄露举报人信息", "思想道德", "三级", "举报信息专人保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None)
    return _layout(
        "tongwei_yigangchuan_station_list",
        "http://faku.gov.cn/zfxxgk/fdzdgknr/qtzfxx/yjgl/202208/t20220811_3890841.html",
        "镇应急管理站 岗位廉政风险防控一览表, after the source's 县地震应急预案 (乡镇应急机构, 物资保障, 信息报告): a title, "
        "序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short)/``一级/二级/三级``/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongwei_bureau_dept_in_post_bracket(),
    tongwei_rescue_center_posts(),
    tongwei_enforcement_brigade_two_sheets(),
    tongwei_earthquake_bureau_cards(),
    tongwei_pingxiang_station_selfchecks(),
    tongwei_maying_station_group_rows(),
    tongwei_jichuan_station_list(),
    tongwei_yigangchuan_station_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch479-inbox"))
