"""The one-thousand-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 教育, 自然资源, 公安, 卫生院, 学校 and 市场监管 bodies
of one county, 平坝区 (安顺市, 贵州省) — its 天龙镇人民政府, the 天龙镇天龙村, the 教育局, the
自然资源局, the 公安分局, the 夏云镇卫生院, the 平坝区第一高级中学 and the 市场监督管理局 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 天龙镇人民政府's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 天龙村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育局's 排查表: ``股室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 自然资源局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 公安分局's 一览表: ``部门`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, 高/中/低, a ``注：`` line;
- the 夏云镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药房``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 平坝区第一高级中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of
  values, 高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``pingba_market_permit_stage_columns``: the 市场监督管理局's 行政许可 清单 whose stage columns are
  headed by the stage names ALONE — ``受理 | 审核 | 审批`` on one sheet, ``受理 | 审查 | 决定 | 送达`` on
  another — no ``风险点`` nor ``环节`` heading over or beside them, each stage cell that stage's risk
  point for the row's business (``—``, ``/`` or ``无`` where the stage has none), ``风险等级`` one
  level a row. A probe at HEAD found no table in such a file at all (FILE_NO_FORM: no heading names
  a risk text).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 平坝 could be found: the pages are of the district, its
towns, villages and sights, and for the harder file and the 公安分局 of the 行政许可 procedure such
bodies follow); the rows are worded by us, the names invented (the rare compound surnames 茂眷 and
匹娄 with rare given names); every unit is a body of 安顺市平坝区.

Run ``python tests/published/score.py --set batch1057`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each non-placeholder stage cell is one point of the row's post and holder,
  its stage the 环节, the row's level its level (``—``, ``/``, ``无`` are no points); the same holder
  on two sheets is two forms (a form is per sheet);
- ``镇领导``, ``局领导``, ``院领导``, ``分局领导`` are the 科室 of the leaders; the 村's people and the
  中学's 校长 have no 科室 where no column gives one; the 中学's ``政教处干事`` is the 干事 of the 科室
  政教处; 镇长, 局长, 副局长, 村党支部书记, 院长, 校长 are leaders; 股长, 科长, 所长, 大队长, a
  中心's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  自然资源局's list names no person: its forms are posts;
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

PREFIX = "b1057_"
PLACE = "安顺市平坝区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
NONE = ("—", "/", "无")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

PERMIT_HEAD = (
    "序号",
    "许可事项",
    "股室",
    "岗位",
    "责任人",
    "受理",
    "审核",
    "审批",
    "风险等级",
    "防控措施",
)
SERVE_HEAD = (
    "序号",
    "许可事项",
    "股室",
    "岗位",
    "责任人",
    "受理",
    "审查",
    "决定",
    "送达",
    "风险等级",
)

# (许可事项, 股室, 岗位, 责任人, tier, stage cells, 风险等级, 防控措施)
PERMITS = [
    ("食品经营许可", "行政审批股", "股长", "茂眷翀", "middle",
     ("申请材料不全违规受理", "现场核查走过场、核查记录不实", "超越权限审批发证"), "高",
     "一次性告知，核查两人以上，审批按权限。"),
    ("小餐饮登记", "行政审批股", "股长", "茂眷翀", "middle",
     ("—", "核查标准宽严不一", "对关系户降低条件登记"), "中", "统一核查标准，结果公示。"),
    ("药品零售企业许可", "药品股", "科员", "匹娄澐", "general",
     ("受理时吃拿卡要、故意刁难", "/", "无"), "低", "窗口全程录像，群众评议。"),
    ("特种设备使用登记", "特种设备股", "科员", "匹娄琇岚", "general",
     ("为企业代办代填申请材料", "检验报告审核把关不严", "—"), "中", "禁止代办，报告两人审核。"),
]  # fmt: skip

SERVES = [
    ("计量器具型式批准初审", "计量股", "股长", "匹娄珩", "middle",
     ("无", "初审意见与现场不符", "拖延作出决定索要好处", "送达不及时、不留回执"), "二级"),
    ("检验检测机构资质认定", "计量股", "股长", "匹娄珩", "middle",
     ("受理后不按时限流转", "评审专家指定熟人", "—", "/"), "一级"),
    ("广告发布登记", "市场规范股", "科员", "茂眷璆", "general",
     ("对不符条件的申请先受理后补材料", "/", "—", "决定书私自交由中介送达"), "三级"),
]  # fmt: skip


def pingba_market_permit_stage_columns() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    sh = _Sheet("行政许可", [6, 18, 12, 8, 10, 24, 24, 24, 10, 30])
    _line(sh, f"{unit}行政许可事项廉政风险防控清单", len(PERMIT_HEAD))
    sh.add(*PERMIT_HEAD)
    first = len(sh.rows)
    for n, (item, dept, post, who, tier, cells, lv, measures) in enumerate(PERMITS, 1):
        sh.add(n, item, dept, post, who, *cells, lv, measures)
        for cell in cells:
            if cell not in NONE:
                t.point(sh.name, dept, post, who, tier, cell, [], HML[lv])
    _per_person(sh, first, 2, 3, 4)
    sh.add("填表人：", None, None, "审核人：", None, None, None, None, "2025年9月", None)
    sh2 = _Sheet("审查决定送达", [6, 20, 12, 8, 10, 22, 22, 22, 22, 10])
    _line(sh2, f"{unit}行政许可办理环节廉政风险点一览表", len(SERVE_HEAD))
    sh2.add(*SERVE_HEAD)
    first = len(sh2.rows)
    for n, (item, dept, post, who, tier, cells, lv) in enumerate(SERVES, 1):
        sh2.add(n, item, dept, post, who, *cells, lv)
        for cell in cells:
            if cell not in NONE:
                t.point(sh2.name, dept, post, who, tier, cell, [], GRADES[lv])
    _per_person(sh2, first, 2, 3, 4)
    _line(sh2, "注：各环节栏填写该环节的廉政风险点，不涉及的填“—”。", len(SERVE_HEAD))
    return _layout(
        "pingba_market_permit_stage_columns",
        "http://www.fsou.net/html/text/lar/173612/17361218_1.html",
        "(harder) 县市场监督管理局 行政许可 清单 whose stage columns are headed by the stage names ALONE "
        "(``受理 | 审核 | 审批`` on one sheet, ``受理 | 审查 | 决定 | 送达`` on another), no ``风险点`` or "
        "``环节`` heading over or beside them, each cell that stage's risk point for the row's business "
        "(``—``/``/``/``无`` none), one level a row; after the source's page on the checking of 行政许可 "
        "files (受理许可, 补正告知, 许可审查, 许可决定): a title, 序号/许可事项/股室 merged/岗位 and 责任人 "
        "merged per holder/the stages/风险等级 高/中/低 (``一级/二级/三级`` on the second sheet)/防控措施 "
        "(none on the second sheet); a 填表人 line, a ``注：`` line",
        [sh, sh2], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingba_tianlong_town_list() -> dict:
    unit = f"{PLACE}天龙镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "茂眷翃", "leader", "屯堡古镇保护项目指定施工队伍", "思想道德风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "茂眷翃", "leader", "蔬菜产业强镇资金拨付不按进度", "制度机制风险", "高",
         "资金按合同和进度拨付，张榜公示。"),
        ("党政办", "主任", "匹娄澍", "middle", "公务用车加油报账不实", "岗位职责风险", "中", "加油卡专车专用，月度对账。"),
        ("农业服务中心", "农技员", "茂眷湲", "general", "蔬菜大棚补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业服务中心", "农技员", "茂眷湲", "general", "接受种苗经销商宴请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "pingba_tianlong_town_list", "http://tcmap.com.cn/guizhou/pingbaxian_tianlongzhen.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's place-name page on 天龙镇 (区划代码, 下辖村, "
        "地名由来, 荣誉排行): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def pingba_tianlong_village_list() -> dict:
    unit = f"{PLACE}天龙镇天龙村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "匹娄翾", "leader", "屯堡旅游分红方案不经村民代表会议", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "匹娄翾", "leader", "村内道路维修指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "茂眷琮", "general", "公益性岗位人选优亲厚友", "二级", "人选张榜公示。"),
        ("村文书", "匹娄玥", "general", "低保申请材料代签代填", "二级", "申请材料经村务监督委员会审核。"),
        ("村文书", "匹娄玥", "general", "村级公章使用不登记", "三级", "公章使用逐次登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "pingba_tianlong_village_list", "http://asxw.net/c/2021-07-08/593240.shtml",
        "村 小微权力廉政风险防控清单, after the source's page on 平坝's sights (天龙屯堡 in 天龙村, 驿茶站, "
        "天龙学堂, 屯堡地戏): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def pingba_education_screening() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "茂眷澈", "leader", "校舍建设", "学校改扩建工程拆分发包规避招标", "Ⅰ级",
         "项目按规定招标，结果公示。"),
        ("计划财务股", "股长", "匹娄沨", "middle", "营养餐资金", "营养改善计划资金拨付审核不实", "Ⅰ级",
         "资金按在校人数核拨，两人复核。"),
        ("计划财务股", "股长", "匹娄沨", "middle", "经费报账", "学校公用经费报账把关不严", "Ⅱ级", "报账凭证逐张审核。"),
        ("人事股", "科员", "茂眷瑄", "general", "教师招聘", "招聘资格审查放宽条件", "Ⅱ级", "资格审查两人以上，名单公示。"),
        ("人事股", "科员", "茂眷瑄", "general", "职称评审", "职称申报材料审核走过场", "Ⅲ级", "评审材料公示五天。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "pingba_education_screening", "https://jnrx.com.cn/dstd/134478.html",
        "县教育局 廉政风险点排查表, after the source's question-and-answer page on which 市 平坝 belongs to "
        "(天龙屯堡, 河流, 贵安新区): a title, 序号/股室/岗位/责任人 on EVERY row/a short ``风险点``/a long "
        "``风险表现``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def pingba_resources_bureau_posts() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("国土空间规划股", "规划审查岗", "general", "规划条件调整为开发商说情", "外部环境风险", "高风险",
         "规划调整集体审查，公示。"),
        ("国土空间规划股", "规划审查岗", "general", "规划核实不到现场", "岗位职责风险", "高风险", "核实两人到场，留存影像。"),
        ("执法监察大队", "执法岗", "general", "违法占地查处降格处理", "制度机制风险", "中风险", "处罚案件集体审理。"),
        ("执法监察大队", "执法岗", "general", "接受当事人礼品礼金", "思想道德风险", "中风险", "签订廉洁承诺书。"),
        ("不动产登记中心", "登记岗", "general", "登记资料审核顺序随意调整", "业务流程风险", "低风险", "按受理顺序办理，系统留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "pingba_resources_bureau_posts", "https://www.9x1x.cn/mip/article/jqnvca",
        "县自然资源局 岗位廉政风险防控清单 对岗不对人, after the source's reposted encyclopedia entry on 平坝县 "
        "(区域概况, 地理位置, 行政区划 with a table of contents): a title, 序号/科室 merged/岗位 merged per "
        "post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def pingba_police_list() -> dict:
    unit = f"{PLACE}公安分局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("分局领导", "局长", "匹娄璟", "leader", "警用装备采购干预供应商确定", "外部环境", "高",
         "装备采购公开招标，过问登记。"),
        ("治安管理大队", "大队长", "茂眷沅", "middle", "治安案件调解偏袒一方", "岗位职责", "中", "调解全程录音录像。"),
        ("治安管理大队", "大队长", "茂眷沅", "middle", "特种行业许可核查不实", "业务流程", "中", "许可现场核查两人以上。"),
        ("户政中队", "民警", "匹娄瑀", "general", "户口迁移材料审核不严", "制度机制", "高", "迁移材料两级审核。"),
        ("户政中队", "民警", "匹娄瑀", "general", "接受办事群众礼品", "思想道德", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    return _layout(
        "pingba_police_list", "http://www.fymate.net/html/text/lar/168764/16876497_3.html",
        "县公安分局 岗位廉政风险防控一览表 (no risk table of 平坝's police found: the source is a page of the "
        "rules by which a 公安机关 handles 行政许可, 第十五条 to 第二十条): a title, 序号/部门 merged/职务 and "
        "姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def pingba_xiayun_clinic_group_rows() -> dict:
    unit = f"{PLACE}夏云镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "茂眷琬", "leader", [
                ("医疗设备采购个人说了算", "一级风险", "设备采购院务会研究，公开采购。"),
                ("院区维修指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、药房", "药房", [
            ("药房主任", "匹娄璠", "middle", [
                ("药品入库验收不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科员", "茂眷泠", "general", [
                ("慢病随访记录虚报", "二级风险", "随访数据电话抽查。"),
                ("孕产妇补助发放不实", "三级风险", "补助名册公示，两人复核。"),
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
        "pingba_xiayun_clinic_group_rows",
        "http://tcmap.com.cn/list/4/pingbaqugejiedaoxiangzhendimingyoulai.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on how 平坝区's 街道 and 乡镇 got "
        "their names (安平街道, 夏云镇 …): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, group rows ``一、院领导``, ``二、药房``, ``三、公共卫生科`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def pingba_high_school_selfchecks() -> dict:
    unit = f"{PLACE}第一高级中学"
    t = _Truth(unit)
    people = [
        ("匹娄珺", "", "校长", "leader", [
            ("学生服装征订指定商家", "高", "征订自愿，家委会参与比选。", "已落实"),
            ("食堂食材供应商选定不公开", "中", "食材采购公开招标。", "已落实"),
        ]),
        ("茂眷玙", "政教处", "干事", "general", [
            ("助学金评定材料审核不严", "中", "评定材料两人审核，公示。", "未发现问题"),
            ("学生评优名额分配不公开", "低", "评优结果班级公示。", "已落实"),
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
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingba_high_school_selfchecks",
        "https://xn--3kq7mk4gt7p7ra62prs8fclk.com/art/1728566389704389.html",
        "县高级中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "on the 区 and 县 of 安顺市 (西秀区, 平坝区 因“地多平旷”而得名 …): a title, a label row ``姓　名 | "
        "职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; "
        "no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingba_market_permit_stage_columns(),
    pingba_tianlong_town_list(),
    pingba_tianlong_village_list(),
    pingba_education_screening(),
    pingba_resources_bureau_posts(),
    pingba_police_list(),
    pingba_xiayun_clinic_group_rows(),
    pingba_high_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1057-inbox"))
