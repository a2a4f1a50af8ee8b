"""The eight-hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture and
tourism bodies, 屏南县 (of 宁德市, 福建) — its 文化体育和旅游局, 文化馆, 图书馆, 白水洋景区管理处,
文化市场综合执法大队, 博物馆, 非物质文化遗产保护中心 and 旅游服务中心 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化馆's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  ``一级/二级/三级``;
- the 图书馆's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged ``所在部门`` line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 白水洋景区管理处's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short types, 高/中/低; no names;
- the 文化市场综合执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` / ``二、执法一中队`` /
  ``三、法制审核室`` merged across (no 科室 column), ``岗位 | 姓名`` merged per person,
  ``高风险/中风险/低风险``;
- the 博物馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 非物质文化遗产保护中心's 一览表 in TWO SHEETS ``中心领导`` (``姓名 | 职务 | 分管工作`` merged) and
  ``工作人员`` (``岗位 | 姓名`` on every row), ``一级风险/二级风险/三级风险``, no type column;
- the 旅游服务中心's 排查登记表 under ``附件3`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on
  EVERY row, ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``pingnan_culture_bureau_stage_levels``: the 文化体育和旅游局's 文旅项目廉政风险防控台账, ONE ROW A
  PROJECT (``序号 | 项目名称 | 责任股室 | 责任岗位 | 项目负责人 | … | 防控措施``) and a TWO-ROW heading whose
  ``各环节廉政风险点`` is merged over four STAGE columns, each heading carrying that stage's level in a
  bracket (``立项论证（二级） | 招标采购（一级） | 资金拨付（一级） | 竣工验收（二级）``); each stage cell is
  the project's point at that stage (``—`` where the project has no such stage), so a row holds up to
  four points of its 项目负责人, each graded by the bracket of its column, and one holder leads two
  projects (his points from both rows are one form). The README's 读得懂的表 knows ``高风险 | 中风险 |
  低风险`` (or ``一级风险点 | …``) columns each cell a point of that level, approval-stage bands
  (``经办人 | 风险点 | 风险等级`` repeated per stage, the post in each band's heading), a horizontal
  风险防控图 with one 环节 a column, and stage-labelled lines in one point cell; it does not describe
  columns of work stages (not levels) whose headings bracket a fixed level, each row a project of one
  holder and each cell a point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on a 旅游 official's
违纪 — 亲属承包旅游项目, 项目审批, 资金拨付; a 州文化馆's 预算项目 on 非遗传承人补助资金; an article on
政府购买公共图书馆服务 — 总分馆, 服务外包; a report on a 5A景区's 接待乱象 — 私自倒票, 客渡船私载; a 市
文化市场综合执法 专项保障行动 — 网格化管理, 突击检查, 扫黄打非; a note on 国有博物馆 馆藏文物安全管理专项行动
— 逐件清点, 一物一账; a report on 州 非遗保护 筹资 — 传承人传习补助; a report on a 5A景区's
旅游秩序综合整治 — 拉客叫客, 暗访) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 阮 and 翟
with rare given names); every unit is a body of 屏南县.

Run ``python tests/published/score.py --set batch836`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every stage cell that is not ``—`` is a point of the row's 项目负责人 (科室 from
  ``责任股室``, post from ``责任岗位``), its level the one bracketed in its column's heading; the
  项目名称 is no point and no part; one form a holder, both projects of 翟沅霂 in one form (row order,
  stage order); ``防控措施`` names no holder; the ``注：`` line and the 填表/审核 line are no points;
- ``馆领导``, ``处领导``, ``中心领导``, ``大队领导`` (a 科室 cell, a group row, a card's 所在部门) are the 科室
  of those leaders; the 非遗保护中心's two sheets name no 科室; a 馆's 部, a 处's 科, a 局's 股, a
  大队's 中队 and 法制审核室 are 科室; a group row ``二、执法一中队`` gives the 科室 ``执法一中队``;
- 局长, 馆长, a 处's or 中心's 主任, 副主任 and 大队长 are leaders; 股长, 科长, a 部's or 室's 主任 and
  中队长 middle; the rest (干部, 会计, 出纳, 售票员, 检票员, 执法队员, 保管员, 普查员, 科员) general;
- ``分管工作``, ``所在部门`` (a card's label), ``自查情况`` and ``填表时间`` are no points; the 景区管理处's
  list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b836_"
PLACE = "屏南县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "—"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the work stages across, each with the level the 局党组 set for it, in the heading's bracket
STAGES = [("立项论证", "二级"), ("招标采购", "一级"), ("资金拨付", "一级"), ("竣工验收", "二级")]
STAGE_LEVEL = re.compile(r"^(.+)（([一二三]级)）$")

# (项目名称, 责任股室, 责任岗位, 项目负责人, one cell a stage (NONE: the project has no such stage), 防控措施)
PROJECTS = [
    ("白水洋景区游客服务中心提升工程", "规划建设股", "股长", "阮翀澧", (
        "可研和概算虚增工程量，为后续追加投资留口子",
        "设置排他性资质条件，为特定施工企业量身定制",
        "不按合同约定的形象进度超付工程款",
        "隐蔽工程不到现场核查即签字验收",
    ), "概算经县财政投资评审中心评审；招标文件经局党组会审定；工程款按监理确认的进度拨付。"),
    ("万安桥灾后修复工程", "文物保护股", "股长", "翟沅霂", (
        "修缮方案不经专家论证，擅自扩大修缮范围",
        "将文物修缮项目化整为零，规避公开招标",
        NONE,
        "以资料验收代替现场验收，降低修缮质量标准",
    ), "修缮方案报省文物局审批；验收邀请文物专家现场查验。"),
    ("龙潭村传统村落保护利用项目", "文物保护股", "股长", "翟沅霂", (
        "补助村点安排优亲厚友，不经集体研究",
        NONE,
        "补助资金不按验收结果拨付，提前支付",
        NONE,
    ), "村点安排经局党组会研究并公示；补助资金按验收结果分期拨付。"),
    ("四平戏进乡村文化惠民演出", "公共服务股", "股长", "阮璆湄", (
        NONE,
        "演出团体遴选暗箱操作，收受好处费",
        "虚报演出场次套取补助资金",
        "演出场次和观众人数核验走过场",
    ), "演出团体比选结果公示；每场演出由乡镇文化站签字、拍照存档。"),
]  # fmt: skip


def pingnan_culture_bureau_stage_levels() -> dict:
    unit = f"{PLACE}文化体育和旅游局"
    n = len(STAGES)
    ncols = 5 + n + 1
    sh = _Sheet("项目台账", [6, 26, 12, 8, 10] + [26] * n + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}文旅项目廉政风险防控台账", ncols)
    _line(sh, f"编制：局办公室{GAP * 20}2025年5月", ncols)
    top = sh.add("序号", "项目名称", "责任股室", "责任岗位", "项目负责人",
                 "各环节廉政风险点", *([None] * (n - 1)), "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, *[f"{stage}（{lv}）" for stage, lv in STAGES], None)
    for c in (0, 1, 2, 3, 4, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 4 + n)
    for i, (project, dept, post, who, cells, measures) in enumerate(PROJECTS, 1):
        sh.add(i, project, dept, post, who, *cells, measures)
    # the truth one form a holder (his projects together), each cell a point at its stage's level
    for _project, dept, post, who, cells, _measures in PROJECTS:
        for (_stage, lv), point in zip(STAGES, cells, strict=True):
            if point != NONE:
                t.point(sh.name, dept, post, who, "middle", point, [], GRADES[lv])
    _line(
        sh,
        "注：各环节的风险等级由局党组评定，写在环节名称后的括号内；“—”表示该项目不涉及此环节。",
        ncols,
    )
    sh.add("填表：", None, None, "审核：", None, None, None, "局长（签字）：", None, None)
    return _layout(
        "pingnan_culture_bureau_stage_levels", "http://naimohansi.cn/ynxlzyx/jd/9224.html",
        "(harder) 县文化体育和旅游局 文旅项目廉政风险防控台账, after the source's report on a 旅游 official's 违纪 (亲属承包旅游项目, "
        "项目审批, 资金拨付, 收受景区负责人财物): a title, an 编制/date line, then a TWO-ROW heading: 序号/项目名称/责任股室/"
        "责任岗位/项目负责人/防控措施 merged down, ``各环节廉政风险点`` merged across four STAGE columns whose headings carry "
        "the stage's level in a bracket (``立项论证（二级） | 招标采购（一级） | 资金拨付（一级） | 竣工验收（二级）``); ONE "
        "ROW A PROJECT, each stage cell the project's point at that stage (``—`` none), so a row holds up to four points "
        "of its 项目负责人, each graded by its column, and one holder (翟…) leads two projects; no type column; a merged "
        "``注：`` line saying where the levels stand and a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingnan_culture_centre_list() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "翟珝岑", "leader", [
            ("非遗传承人补助名单审核把关不严，优亲厚友", "岗位职责风险", "一级",
             "补助名单经馆务会研究，报县文体旅局审核后公示。"),
            ("群众文化活动承办单位选定不经集体研究", "制度机制风险", "一级", "承办单位比选，馆务会集体决定。"),
        ]),
        ("非遗保护部", "主任", "阮澈琳", "middle", [
            ("传承人传习活动记录审核走过场，虚报传习课时", "业务流程风险", "二级", "传习活动现场抽查，课时记录存档。"),
            ("非遗展演道具、服装采购询价不实", "外部环境风险", "二级", "采购三家询价，验收双人签字。"),
        ]),
        ("群文活动部", "干部", "翟霁淇", "general", [
            ("文艺培训班学员签到弄虚作假，虚列培训费", "思想道德风险", "三级", "培训签到拍照上传，经费据实报销。"),
        ]),
        ("办公室", "会计", "阮蓁岢", "general", [
            ("补助资金不按规定拨付到传承人个人账户", "业务流程风险", "一级", "补助资金一律转账到个人社保卡账户。"),
            ("报销单据审核不严，以白条入账", "岗位职责风险", "三级", "单据经办人、证明人、审批人三签。"),
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
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "pingnan_culture_centre_list", "http://xsbnzwhg.com/nd.jsp?id=461&groupId=-1",
        "县文化馆 岗位廉政风险防控一览表, after the source's 文化馆 预算项目 on 非遗传承人补助资金 (补助标准, 传习活动, "
        "带徒传艺, 宣传展示): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingnan_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "阮曦澹", "馆长", "馆领导", "leader", [
            ("总分馆服务外包项目承接主体选定暗箱操作", "★★★", "外包项目按政府采购程序公开选定。"),
            ("文献资源采购经费分配个人说了算", "★★★", "年度采购计划经馆务会集体研究。"),
            ("接受书商宴请、礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("采编部主任", "翟岫沄", "主任", "采编部", "middle", [
            ("图书采购验收数量、折扣核对不严", "★★", "验收双人清点，折扣与合同逐单核对。"),
            ("剔旧图书处置不登记，私自变卖", "★★", "剔旧清单馆务会审定，处置收入上缴。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在部门", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "pingnan_library_cards", "http://www.jizihe.com/page/2020/0109/14511303.shtml",
        "县图书馆 岗位廉政风险防控卡, one sheet a person, after the source's article on 政府购买公共图书馆服务 (社会力量参与, "
        "总分馆, 服务外包, 图书藏量): a title, ``姓　名 | … | 职　务 | …`` and a merged ``所在部门`` line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）; no type column",
        sheets, t,
    )  # fmt: skip


def pingnan_baishuiyang_posts() -> dict:
    unit = f"{PLACE}白水洋景区管理处"
    sh = _Sheet("排查表", [6, 12, 10, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "主任", "leader", "竹筏漂流、观光车经营项目发包不公开", "制度机制", "高",
         "经营项目公开招租，结果公示。"),
        ("票务科", "科长", "middle", "免票、优惠票审批不严，人情放票", "岗位职责", "高", "免票凭证登记存档，每月抽查。"),
        ("票务科", "售票员", "general", "私自倒卖门票，票款不入账", "思想道德", "高", "电子售票系统实名出票，日结对账。"),
        ("票务科", "检票员", "general", "放行无票游客，收取好处", "业务流程", "中", "检票闸机记录与售票数据每日比对。"),
        ("经营管理科", "科长", "middle", "商铺租金减免、缓缴擅自决定", "制度机制", "中", "租金减免经处务会研究。"),
        ("经营管理科", "科长", "middle", "对景区拉客揽客、强买强卖监管不力", "外部环境", "低", "联合执法巡查，投诉限时处理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "pingnan_baishuiyang_posts", "http://zhonghuixigou.com/consume/scgc/20141014/2725364.shtml",
        "县景区管理处 岗位廉政风险点排查表 对岗不对人, after the source's report on a 5A景区's 接待乱象 (私自倒票, 客渡船私载, "
        "拉客, 整改措施): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingnan_enforcement_group_rows() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "翟琰淞", "leader", [
                ("重大案件处罚决定不经集体讨论", "高风险", "重大案件集体讨论，法制审核前置。"),
                ("为网吧、歌舞娱乐场所说情打招呼", "高风险", "说情打招呼登记报告。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "阮岙澂", "middle", [
                ("日常巡查选择性执法，对违规接纳未成年人视而不见", "高风险", "双随机抽查，执法记录仪全程记录。"),
                ("扣押的非法出版物保管、处置不登记", "中风险", "罚没物品专库保管，销毁过程录像。"),
            ]),
            ("执法队员", "翟璟沛", "general", [
                ("检查中泄露暗访、突击检查信息", "中风险", "检查方案临行前下达，手机统一保管。"),
            ]),
        ]),
        ("三、法制审核室", "法制审核室", [
            ("主任", "阮霈琇", "middle", [
                ("案卷审核把关不严，裁量基准适用不当", "中风险", "案卷评查每季度一次。"),
                ("对举报线索不登记、不移交", "低风险", "举报线索统一登记编号，限时反馈。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "pingnan_enforcement_group_rows", "http://www.gqsoso.com/html/2021/dt_0713/82770.html",
        "县文化市场综合执法大队 廉政风险防控责任清单, after the source's report on a 市 文化市场综合执法 专项保障行动 (网格化管理, "
        "重点场所突击检查, 扫黄打非, 违规接纳未成年人): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施 under GROUP ROWS ``一、大队领导``, ``二、执法一中队``, ``三、法制审核室`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def pingnan_museum_selfchecks() -> dict:
    unit = f"{PLACE}博物馆"
    t = _Truth(unit)
    people = [
        ("阮珞汀", "馆领导", "馆长", "leader", [
            ("文物征集价格评估不实，高价收购", "Ⅰ级", "征集文物经专家组鉴定评估，馆务会审定。", "已落实"),
            ("布展工程不按程序申报、验收", "Ⅱ级", "布展工程报县文体旅局审批，验收邀请专家。", "已落实"),
        ]),
        ("翟湜瑗", "藏品保管部", "保管员", "general", [
            ("藏品出入库不登记，账物不符", "Ⅰ级", "一物一账，出入库双人签字。", "未发现问题"),
            ("文物提用、借展手续不全", "Ⅱ级", "借展报上级文物部门批准，登记造册。", "已落实"),
            ("库房钥匙、密码一人掌管", "Ⅲ级", "库房双人双锁管理。", "已落实"),
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
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingnan_museum_selfchecks", "https://www.163.com/dy/article/KPH06NFJ0514CFC7.html",
        "县博物馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on 国有博物馆 "
        "馆藏文物安全管理专项行动 (逐件清点, 一物一账, 账物相符): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def pingnan_ich_centre_two_sheets() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阮沨珺", "主任", "主持全面工作", [
            ("非遗项目保护单位推荐不公，暗箱操作", "一级风险", "推荐名单经专家评审，中心会议集体研究。"),
            ("保护专项资金使用不按项目预算", "一级风险", "专项资金专账核算，接受审计。"),
        ]),
        ("翟淏岚", "副主任", "分管四平戏传承、宣传展示", [
            ("非遗展示活动场地、搭建服务指定供应商", "二级风险", "服务采购按限额标准比选。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("工作人员", [6, 12, 10, 38, 11, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 6)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("普查员", "翟沄琦", "general", "非遗资源普查数据弄虚作假", "二级风险", "普查资料抽样复核。"),
        ("普查员", "翟沄琦", "general", "珍贵实物资料征集不入账", "一级风险", "征集实物登记入库，定期清点。"),
        ("会计", "阮昉湉", "general", "传承人补助发放名单与认定名单不符", "二级风险", "发放前与认定名单逐人核对。"),
        ("会计", "阮昉湉", "general", "差旅、劳务费报销审核不严", "三级风险", "报销凭证三级审核。"),
    ]  # fmt: skip
    for i, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, lv, measures)
        t.point(staff.name, "", post, who, tier, point, [], RISKS[lv])
    staff.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "pingnan_ich_centre_two_sheets", "http://www.17wendao.com/news/view_128385.html",
        "县非物质文化遗产保护中心 廉政风险防控一览表 in TWO SHEETS, after the source's report on 州 非遗保护 筹资 (中央和省级补助资金, "
        "传承人传习补助, 专项用于): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 工作人员 with 岗位/姓名 on "
        "EVERY row; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, staff], t,
    )  # fmt: skip


def pingnan_tourism_centre_register() -> dict:
    unit = f"{PLACE}旅游服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阮岷璘", "leader", "旅游宣传推广项目委托不经比选", "制度机制", "一级",
         "宣传推广项目比选确定，结果公示。"),
        ("中心领导", "主任", "阮岷璘", "leader", "接受旅行社、酒店安排的旅游和宴请", "思想道德", "二级",
         "严格执行中央八项规定精神。"),
        ("市场服务科", "科长", "翟琮滢", "middle", "旅游投诉调解偏袒经营者，收受好处", "岗位职责", "一级",
         "投诉调解全程记录，结果回访。"),
        ("市场服务科", "科员", "阮霂筠", "general", "星级民宿、农家乐评定检查打分不实", "业务流程", "二级",
         "评定检查两人以上，评分表签字存档。"),
        ("办公室", "出纳", "翟嫣岍", "general", "旅游节庆活动经费支出不按预算", "外部环境", "三级",
         "活动经费专项核算，支出经主任审批。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "pingnan_tourism_centre_register", "http://www.kxwhcb.com/newsDetail_forward_1381489?commTag=true",
        "县旅游服务中心 廉政风险点排查登记表, after the source's report on a 5A景区's 旅游秩序综合整治 (国家旅游局暗访, 拉客叫客, "
        "出租车不打表, 整治工作): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 "
        "written on EVERY row/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingnan_culture_bureau_stage_levels(),
    pingnan_culture_centre_list(),
    pingnan_library_cards(),
    pingnan_baishuiyang_posts(),
    pingnan_enforcement_group_rows(),
    pingnan_museum_selfchecks(),
    pingnan_ich_centre_two_sheets(),
    pingnan_tourism_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch836-inbox"))
