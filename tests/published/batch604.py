"""The six-hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's archives,
local-history and media bodies, 原州区 (of 固原市, 宁夏回族自治区) — its 档案馆, 城建档案馆, 档案服务中心,
地方志办公室, 党史研究室, 广播电视服务中心 and 三营镇文广中心 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 档案馆's 一览表 in TWO SHEETS: ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 城建档案馆's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 档案服务中心's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 地方志办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 党史研究室's 责任清单 under GROUP ROWS ``一、室领导`` … merged across (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 广播电视服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, 高/中/低, ``自查情况``, no type column;
- the 三营镇文广中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``.

One is harder:

- ``yuanzhou_media_centre_tiled_cards``: the 融媒体中心's 岗位廉政风险提示卡 printed for cutting out
  (``裁切版``): no table and no heading row, ONE CARD A RISK POINT, each card a block of seven
  ``label | value`` rows (``卡片编号``, ``科　室``, ``岗　位``, ``责任人``, ``风险点``, ``风险等级``,
  ``防控措施``), and the cards TILED THREE ACROSS (card columns A:B, D:E, G:H, a blank column between
  them) and three rows of cards down, a blank row between the card rows; each card names its own
  科室, 岗位 and 责任人, a holder's cards stand wherever they fall in the grid (beside another
  holder's, or under his own), ``一级/二级/三级``. The README's 读得懂的表 knows blocks of ``label |
  value`` rows stacked ONE UNDER ANOTHER (一块接一块往下排的登记表, each block's holder its own) and
  two tables side by side on one row (分开读); it does not describe label blocks tiled in a grid,
  several blocks side by side on the same rows, each block one point of its own holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 融媒体中心's 自办栏目, 公益广告,
播出时段 and 层层把关 before broadcast; a 县档案馆's 查档须知 — 介绍信, 未开放档案 审批权限; 第三轮修志
研修班 — 资料收集, 志稿评议, 审查验收; 档案数字化外包安全管理规范 — 外包招标, 服务机构考察, 安全保密;
年鉴 编纂出版周期 and 印刷; 农村广播 “村村响” 运行维护 — 设备设施, 维护经费; 档案业务外包和中介服务 —
寄存托管, 整理, 数字化; 广播安全播出责任制度 — 乡镇文广中心, 村广播室, 插播审批) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 韶 and 雒 with rare given names); every unit is a body of 原州区.

Run ``python tests/published/score.py --set batch604`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each card is one risk point of the holder its ``责任人`` row names, with the
  科室 and 岗位 of its own rows and the level of its ``风险等级`` row; the cards of one holder make one
  form (his cards in grid order: left to right, then down); ``卡片编号`` and ``防控措施`` name no point;
  the title and the ``注：`` line are no points; ``中心领导`` is the 科室 of the centre's leaders;
- ``馆领导`` (a sheet of its own, no 科室 column) has no 科室; ``室领导``, ``中心领导`` (a group row, a 科室
  cell) are the 科室 of those leaders; the cards' leaders have no 科室; a 档案馆's 科, a 中心's 部 or 科
  and a 研究室's 科 are 科室; a group row ``二、编研科`` gives the 科室 ``编研科``;
- 馆长, 副馆长, 主任 and 副主任 of a unit are leaders; 科长 and a 部's 主任 middle; the rest (科员, 档案员,
  编辑, 技术员, 会计, 出纳, 管理员, 文化专干) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 城建档案馆's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b604_"
PLACE = "原州区"
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

# the cards in grid order (left to right, then down): (科室, 岗位, 责任人, tier, 风险点, 风险等级, 防控措施)
CARDS = [
    ("中心领导", "主任", "韶翊岑", "leader", "自办栏目广告承接不经集体研究，个人说了算", "一级",
     "广告承接经中心主任办公会研究，合同统一登记。"),
    ("新闻采编部", "主任", "雒瀚岚", "middle", "收受被报道单位礼金，搞有偿新闻", "一级",
     "采访实行两人同行，严禁接受被采访单位礼品礼金。"),
    ("中心领导", "副主任", "雒琇泠", "leader", "播出前审片把关不严，放行违规广告", "二级",
     "自办栏目和广告实行三审，审片记录存档。"),
    ("广告经营部", "主任", "韶珏涟", "middle", "广告刊播价格随意打折，优亲厚友", "一级",
     "刊例价格公示，折扣经中心领导审批。"),
    ("中心领导", "主任", "韶翊岑", "leader", "融媒体设备采购指定品牌，量身定制参数", "二级",
     "采购需求经技术论证，按政府采购程序办理。"),
    ("技术播出部", "技术员", "雒昶岫", "general", "公益广告播出时段和时长虚报", "三级",
     "播出日志逐条记录，监播人员每周核对。"),
    ("新闻采编部", "主任", "雒瀚岚", "middle", "稿酬、通讯员奖励发放不实", "二级",
     "稿酬按篇登记，发放名单在部门公示。"),
    ("广告经营部", "主任", "韶珏涟", "middle", "广告费收入体外循环，私设小金库", "一级",
     "广告费一律进入中心账户，票据统一开具。"),
    ("中心领导", "副主任", "雒琇泠", "leader", "直播活动承办单位选择暗箱操作", "二级",
     "承办单位比选结果经班子会确定并公示。"),
]  # fmt: skip
LABELS = ("卡片编号", "科　室", "岗　位", "责任人", "风险点", "风险等级", "防控措施")
ACROSS = 3


def yuanzhou_media_centre_tiled_cards() -> dict:
    unit = f"{PLACE}融媒体中心"
    ncols = ACROSS * 3 - 1
    sh = _Sheet("提示卡", [10, 30, 3, 10, 30, 3, 10, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险提示卡（裁切版）", ncols)
    _line(
        sh,
        "注：每张卡片对应一个廉政风险点，沿虚线裁开后发给责任人；风险等级分一级、二级、三级。",
        ncols,
    )
    sh.add()
    for start in range(0, len(CARDS), ACROSS):
        block = CARDS[start : start + ACROSS]
        for k, label in enumerate(LABELS):
            row: list = []
            for j, (dept, post, who, _tier, point, lv, measures) in enumerate(block):
                value = (f"RM-{start + j + 1:02d}", dept, post, who, point, lv, measures)[k]
                row += [label, value] + ([None] if j < ACROSS - 1 else [])
            sh.add(*row)
        sh.add()
    for dept, post, who, tier, point, lv, _measures in CARDS:
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("制卡：办公室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "yuanzhou_media_centre_tiled_cards", "http://bx.gov.cn/publicity/zwgkzdgz/ggwhfu/73369",
        "(harder) 区融媒体中心 岗位廉政风险提示卡（裁切版）, after the source's visit to a 县融媒体中心 (自办栏目, 公益广告, "
        "播出时段和时长, 层层把关): a title and a merged ``注：`` line, then NO heading row: ONE CARD A RISK POINT, each card "
        "seven ``label | value`` rows (卡片编号, 科　室, 岗　位, 责任人, 风险点, 风险等级 ``一级/二级/三级``, 防控措施), the "
        "cards TILED THREE ACROSS (columns A:B, D:E, G:H with a blank column between) and three card rows down (a blank "
        "row between), so three holders' cards stand side by side on the same rows and a holder's cards are scattered "
        "over the grid; a 制卡/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuanzhou_archives_two_sheets() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}馆领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("韶沅玘", "馆长", "主持全面工作", [
            ("馆藏档案征集经费使用不经集体研究", "一级", "征集经费支出经馆务会研究，专账核算。"),
            ("档案库房改造项目插手干预招标", "一级", "改造项目进入区公共资源交易中心。"),
        ]),
        ("雒沣玥", "副馆长", "分管利用、开放鉴定", [
            ("未开放档案查阅审批越权放行", "一级", "按审批权限逐级审签，查阅登记存档。"),
            ("档案开放鉴定走过场，该控不控", "二级", "开放鉴定实行初审、复审，结果报区档案局备案。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("利用服务科", "科长", "韶璟翀", "middle", "查档不核验介绍信和身份证明", "一级", "查档实行证件核验、登记两道关。"),
        ("利用服务科", "科长", "韶璟翀", "middle", "出具档案证明收取好处费", "二级", "证明出具双人复核，公开收费标准。"),
        ("利用服务科", "档案员", "雒璠澈", "general", "私自复制、摘抄未开放档案", "二级", "复制摘录经科长签批，登记备查。"),
        ("保管科", "科长", "韶岚澈", "middle", "档案出入库不登记，调卷不归还", "二级", "出入库双人交接，每季度清点。"),
        ("保管科", "档案员", "雒霂湘", "general", "库房钥匙、门禁卡私自转借", "三级", "钥匙和门禁卡专人保管，借用登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "yuanzhou_archives_two_sheets", "http://daj.ouhai.gov.cn/art/2018/1/16/art_1243438_15179114.html",
        "区档案馆 廉政风险防控一览表 in TWO SHEETS, after the source's 查档须知 (介绍信、身份证明, 未开放档案的审批权限, "
        "复制摘录): sheet 馆领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yuanzhou_urban_archives_posts() -> dict:
    unit = f"{PLACE}城建档案馆"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", "数字化外包招标", "外包招标条件量身定制，排斥潜在服务机构", "制度机制风险", "高",
         "招标文件经法制审核，评标全程录像。"),
        ("业务科", "科长", "middle", "服务机构考察", "考察服务机构资质走过场，接受宴请", "思想道德风险", "中",
         "考察两人以上，考察报告集体审定。"),
        ("业务科", "科长", "middle", "数字化成果验收", "验收把关不严，按不合格成果结算费用", "岗位职责风险", "高",
         "成果抽检比例不低于百分之五，验收双签。"),
        ("业务科", "档案员", "general", "档案接收进馆", "工程竣工档案不全即出具接收证明", "业务流程风险", "中",
         "接收实行清单核对，缺项不出证明。"),
        ("办公室", "会计", "general", "外包费用支付", "超合同进度支付外包费用", "业务流程风险", "低",
         "按合同节点支付，经办、复核、审批分离。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "yuanzhou_urban_archives_posts", "https://www.zboao.com/cgal/7532.html",
        "区城建档案馆 岗位廉政风险点排查表 对岗不对人, after the source's 档案数字化外包安全管理规范 (外包招标, 服务机构考察, "
        "安全保密, 成果验收): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yuanzhou_archives_service_register() -> dict:
    unit = f"{PLACE}档案服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "韶曦瑗", "leader", [
            ("寄存托管服务收费标准随意调整", "制度机制", "Ⅰ级", "收费标准报区发改部门备案并公示。"),
            ("整理外包项目违规转包", "岗位职责", "Ⅱ级", "合同明确禁止转包，现场定期检查。"),
        ]),
        ("寄存托管部", "主任", "雒翀沄", "middle", [
            ("托管档案出入库手续不全", "业务流程", "Ⅱ级", "出入库凭单双签，月度对账。"),
        ]),
        ("寄存托管部", "管理员", "韶泓翎", "general", [
            ("向寄存单位索要好处", "思想道德", "Ⅰ级", "服务评价卡回访，监督电话公开。"),
            ("托管档案信息私自查询外传", "外部环境", "Ⅲ级", "系统查询留痕，权限最小化。"),
        ]),
        ("整理数字化部", "主任", "雒珩岙", "middle", [
            ("整理质量检查降低标准", "岗位职责", "Ⅱ级", "按行业标准抽检，抽检记录存档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "yuanzhou_archives_service_register", "https://www.archives.sh.cn/dayw/ywzd/202110/t20211020_45502.html",
        "区档案服务中心 廉政风险点排查登记表, after the source's 档案业务外包和中介服务 指导意见 (寄存托管, 档案整理, "
        "数字化, 信息系统建设): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yuanzhou_gazetteer_office_cards() -> dict:
    unit = f"{PLACE}地方志办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "韶琪岫", "主任", "主持全面工作", "leader", [
            ("第三轮修志编纂经费使用不规范", "★★★", "编纂经费专款专用，重大支出集体研究。"),
            ("志稿评审专家选定不公开", "★★", "评审专家从专家库随机抽取。"),
            ("接受承编单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "雒湄珺", "副主任", "分管志书编纂、审查验收", "leader", [
            ("部门志、乡镇志审查验收把关不严", "★★★", "审查验收实行三审制，意见书面反馈。"),
            ("资料收集补贴虚报冒领", "★★", "补贴按实际提交资料核发，名单公示。"),
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
        "yuanzhou_gazetteer_office_cards", "http://difangzhi.cssn.cn/zsjy/202503/t20250314_5857934.shtml",
        "区地方志办公室 领导干部廉政风险防控卡, one sheet a leader, after the source's 第三轮修志工作研修班 (法定职责, 资料收集, "
        "志稿评议, 审查验收): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yuanzhou_party_history_group_rows() -> dict:
    unit = f"{PLACE}党史研究室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、室领导", "室领导", [
            ("主任", "韶瑾沨", "leader", [
                ("年鉴印刷厂家选定不经比选", "一级风险", "印刷厂家三家以上比选，结果公示。"),
                ("编纂出版经费拨付不按进度", "二级风险", "经费按编纂进度分期拨付。"),
            ]),
        ]),
        ("二、编研科", "编研科", [
            ("科长", "雒岍翊", "middle", [
                ("党史资料征集报酬标准随意提高", "二级风险", "征集报酬标准经室务会确定。"),
            ]),
            ("编辑", "韶珣岱", "general", [
                ("收受供稿单位礼品，放宽入鉴标准", "二级风险", "入鉴条目集体审定，供稿单位回访。"),
                ("书稿校对费虚报", "三级风险", "校对费按实际页数结算，双人复核。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("出纳", "雒琬沨", "general", [
                ("年鉴征订款收取不开票据", "二级风险", "征订款统一入账，开具票据。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yuanzhou_party_history_group_rows", "http://www.jsdfz.com/nianjianyanjiu/157.html",
        "区党史研究室 廉政风险防控责任清单, after the source's 年鉴 编纂出版周期 (编纂出版规定, 印刷, 资料性): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、室领导``, "
        "``二、编研科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yuanzhou_broadcast_service_selfchecks() -> dict:
    unit = f"{PLACE}广播电视服务中心"
    t = _Truth(unit)
    people = [
        ("韶绮霂", "中心领导", "主任", "leader", [
            ("“村村响”设备采购验收把关不严", "高", "设备验收邀请乡镇代表参加，验收单存档。", "已落实"),
            ("运行维护经费分配不公开", "中", "维护经费按站点数量分配并公示。", "未发现问题"),
        ]),
        ("雒淇峣", "运维科", "技术员", "general", [
            ("维修材料虚报冒领", "中", "维修材料领用登记，以旧换新。", "已落实"),
            ("维护站点巡检记录造假", "低", "巡检拍照上传平台备查。", "已落实"),
        ]),
        ("韶沄岢", "运维科", "科长", "middle", [
            ("维护外包服务商选定不规范", "高", "服务商比选，合同经法律顾问审核。", "未发现问题"),
            ("广播插播审批把关不严", "中", "插播实行申请、审核、播出三登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuanzhou_broadcast_service_selfchecks", "http://m.hipisoho.com/zwgk/xzfbmxxgkml/sfj/fgwj/20200309/i1760963.html",
        "区广播电视服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农村广播 "
        "“村村响” 运行维护管理办法 (设备设施, 分级负责, 维护经费, 插播): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yuanzhou_sanying_culture_station_list() -> dict:
    unit = f"{PLACE}三营镇文广中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "雒澍珈", "leader", "村广播室设备配发不公开", "制度机制", "高风险",
         "设备配发清单在各村公示。"),
        ("中心领导", "主任", "雒澍珈", "leader", "群众文化活动经费虚列支出", "业务流程", "中风险",
         "活动经费凭签到表、照片报销。"),
        ("广播站", "站长", "韶筠湉", "middle", "非紧急状态违规使用电话插播", "岗位职责", "中风险",
         "插播须经镇分管领导同意并登记。"),
        ("广播站", "播音员", "雒泠瑗", "general", "播出有偿信息收取费用", "思想道德", "低风险",
         "播出信息登记审核，严禁收费。"),
        ("综合文化站", "文化专干", "韶昀珩", "general", "文化惠民演出场次虚报", "外部环境", "中风险",
         "演出场次由村委会签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yuanzhou_sanying_culture_station_list", "http://www.51cfp.net/0/69/5525.html",
        "镇文广中心 岗位廉政风险防控一览表, after the source's 广播安全播出责任制度 (县广播中心、乡镇文广中心、村广播室, "
        "电话插播, 值班): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuanzhou_media_centre_tiled_cards(),
    yuanzhou_archives_two_sheets(),
    yuanzhou_urban_archives_posts(),
    yuanzhou_archives_service_register(),
    yuanzhou_gazetteer_office_cards(),
    yuanzhou_party_history_group_rows(),
    yuanzhou_broadcast_service_selfchecks(),
    yuanzhou_sanying_culture_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch604-inbox"))
