"""The five-hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 行政审批 and
政务服务 bodies, 红寺堡区 (of 吴忠市, 宁夏回族自治区) — its 行政审批服务局, 公共资源交易中心, 不动产登记中心
(进驻政务大厅) and the 便民服务中心 of four of its towns (红寺堡镇, 太阳山镇, 大河乡, 柳泉乡) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 行政审批服务局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types, 高/中/低;
- the 公共资源交易中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``各科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 不动产登记中心's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 红寺堡镇便民服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 太阳山镇便民服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 大河乡便民服务中心's 责任清单 under ``附件2`` and GROUP ROWS ``一、中心领导`` … ``三、综合服务窗口``
  merged across (no 部门 column), ``岗位 | 姓名`` merged per person, ``高风险/中风险/低风险``;
- the 柳泉乡便民服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级/二级/三级`` read by a ``注：`` line.

One is harder:

- ``hongsibu_service_centre_transposed``: the 政务服务中心's 廉政风险防控公示表, the centre's 一览表 printed
  TRANSPOSED for the hall's board (as 选择性粘贴→转置 leaves it): the field names ``序号 | 科室 | 岗位 |
  姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` stand DOWN column A, one row each, and every risk
  point is a COLUMN (B…K, ``序号`` 1…10 across); 科室, 岗位 and 姓名 are merged ACROSS each holder's run
  of columns (``中心领导`` over B:D, ``主任`` and ``缑珣翯`` over B:C); a title, a 单位 line, a ``注：``
  line and an 编制/审核 line. The README's 读得懂的表 knows posts across (one COLUMN a FORM) with
  point/level/measures rows down (公示栏, 公示牌), matrices of posts and points, holder bands across, and
  level/type × post cross tables. It also has a **横放的表** (labels down one column, ``运行环节 / 风险点 /
  风险等级 / 防控措施``, one 环节 a column, the 科室 from a ``承办科室：…`` line above), which the search
  before building missed (grepped for 转置/横排/逐列, not 横放): this layout is a variant of it, not a
  shape the README leaves out. What it adds: the holder stands in the table itself, in 科室, 岗位 and
  姓名 ROWS whose cells are merged ACROSS each holder's run of columns, several holders in one table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 青岛日报 follow-up on 不良中介 in an
审批大厅 — 占取叫号资源, 强制购买第三方服务, 导服人员, 代办帮办窗口; a city's 行政审批中介服务 专项清理 —
指定中介, 技术性服务费用转嫁, 中介串通; a 政务中心's year's summary — 公共资源交易中心运行模式, 政府采购中心,
红旗窗口; a comment on a 不动产登记中心's 加急费 — 中介招揽, 串通的工作人员, 测绘费, 代理费; a 镇's
``1+4+N`` 便民服务体系 — 帮包代办员, 高龄补贴, 送达到门; a 村级便民服务中心 — 合作医疗代缴, 业务指导; 广安's
村级便民服务代办点 标准化建设 — “八有”, 代办员, 收费依据, 一事一记; a comment on a 行政服务中心's 服务部 —
复印收费, 场地租金) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the surnames 缑 and 麴 with rare given names);
every unit is a body of 红寺堡区 and holds its name, and no earlier unit does, so the tests pass
``unit_words=("红寺堡区",)``.

Run ``python tests/published/score.py --set batch599`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every column B…K is one point of the holder whose merged 科室/岗位/姓名 cells
  stand over it, with that column's 风险类型 and 风险等级; column A's field names, the 单位 line, the
  ``注：`` line and the 编制/审核 line are no points;
- ``中心领导``, ``局领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the 交易中心's leaders
  (sheet ``中心领导``, no 科室 column) and the cards' holders have no 科室; a 科, a 部, a 窗口 are 科室; a
  group row ``二、社会事务窗口`` gives the 科室 ``社会事务窗口``;
- every 局, 中心 is a unit of its own: 局长, a 中心's 主任 and 副主任 are leaders; 科长 and a 窗口负责人
  middle; the rest (审批员, 见证员, 会计, 受理员, 测绘员, 档案管理员, 帮办代办员, 代办员, 窗口工作人员,
  综合窗口受理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 不动产登记中心's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and
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

PREFIX = "b599_"
PLACE = "红寺堡区"
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

# the list as the centre keeps it, one tuple a point (科室, 岗位, 姓名, tier, 风险点, 类型, 等级, 措施);
# the board prints it TRANSPOSED: one column a point, the field names down column A
BOARD = [
    ("中心领导", "主任", "缑珣翯", "leader", "对中介机构在大厅揽客、占号问题失管失察", "岗位职责", "高",
     "每日巡查大厅，发现中介揽客即制止并通报。"),
    ("中心领导", "主任", "缑珣翯", "leader", "进驻窗口人员考评打人情分", "制度机制", "中",
     "考评结果经中心集体研究并公示。"),
    ("中心领导", "副主任", "麴涴琤", "leader", "12345热线转办件办结情况审核不严，虚报满意率", "业务流程", "中",
     "热线工单随机回访，不满意件复核。"),
    ("综合受理科", "科长", "缑昉嫣", "middle", "无故退件、要求申请人重复提交材料", "业务流程", "高",
     "退件说明理由并登记，一次性告知。"),
    ("综合受理科", "科长", "缑昉嫣", "middle", "为熟人办件插队、优先办理", "思想道德", "中",
     "严格按叫号顺序办理，叫号数据每周抽查。"),
    ("综合受理科", "综合窗口受理员", "麴骞渟", "general", "向申请人推荐、指定中介代办", "外部环境", "高",
     "窗口公示不指定中介的承诺，设举报电话。"),
    ("综合受理科", "综合窗口受理员", "麴骞渟", "general", "叫号资源被中介占用不报告", "岗位职责", "中",
     "一证一号取号，异常取号记录报科长。"),
    ("帮办代办科", "帮办代办员", "缑瑀枟", "general", "代办事项收取好处费、跑腿费", "思想道德", "高",
     "代办免费服务公示上墙，代办台账群众签字。"),
    ("帮办代办科", "帮办代办员", "缑瑀枟", "general", "代办材料保管不善，泄露企业和群众信息", "制度机制", "低",
     "代办材料登记交接，办结后当面归还。"),
    ("帮办代办科", "帮办代办员", "缑瑀枟", "general", "导服时诱导群众购买第三方服务", "外部环境", "低",
     "导服用语规范，群众可当场评价。"),
]  # fmt: skip

FIELDS = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")


def hongsibu_service_centre_transposed() -> dict:
    unit = f"{PLACE}政务服务中心"
    t = _Truth(unit)
    n = len(BOARD)
    sh = _Sheet("公示表", [12] + [16] * n)
    _line(sh, f"{unit}廉政风险防控公示表", n + 1)
    _line(sh, f"单位：{unit}{GAP * 30}2025年5月", n + 1)
    first = len(sh.rows)
    sh.add(FIELDS[0], *range(1, n + 1))
    for k in range(1, len(FIELDS)):
        sh.add(FIELDS[k], *(row[k - 1] if k < 4 else row[k] for row in BOARD))
    # 科室, 岗位 and 姓名 merged ACROSS each run of the same holder's columns
    for r, depth in ((first + 1, 1), (first + 2, 2), (first + 3, 3)):
        c = 0
        while c < n:
            e = c
            while e + 1 < n and BOARD[e + 1][:depth] == BOARD[c][:depth]:
                e += 1
            if e > c:
                for j in range(c + 2, e + 2):
                    sh.rows[r][j] = None
                sh.merge(r, c + 1, r, e + 1)
            c = e + 1
    _line(sh, "注：风险等级分高、中、低三级；监督举报电话：12345。", n + 1)
    sh.add(
        "编制：综合办公室",
        *([None] * 3),
        "审核：",
        *([None] * 3),
        "主任（签字）：",
        *([None] * (n - 8)),
    )
    for dept, post, who, tier, point, typ, lv, _measures in BOARD:
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "hongsibu_service_centre_transposed", "https://m.guanhai.com.cn/p/83525.html",
        "(harder) 区政务服务中心 廉政风险防控公示表 printed TRANSPOSED for the hall's board, after the source's report on "
        "不良中介 in an 行政审批大厅/市民服务中心 (占取叫号资源, 强制购买第三方服务, 导服人员, 代办帮办窗口): the field "
        "names ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` stand DOWN column A, one row each, "
        "and every point is a COLUMN (B…K); 科室, 岗位 and 姓名 are merged ACROSS each holder's run of columns; "
        "高/中/低, short types; a title, a 单位 line, a ``注：`` line and an 编制/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hongsibu_approval_bureau_list() -> dict:
    unit = f"{PLACE}行政审批服务局"
    sh = _Sheet("一览表", [6, 14, 12, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "麴翀湉", "leader", "审批中介服务事项清单外另设前置中介", "制度机制", "高",
         "中介服务事项清单动态公布，清单外一律不得要求。"),
        ("局领导", "局长", "麴翀湉", "leader", "为企业审批事项打招呼、说情", "思想道德", "中",
         "打招呼事项如实登记报告。"),
        ("投资项目审批科", "科长", "缑霁岍", "middle", "将技术审查费用转嫁给申请人承担", "业务流程", "高",
         "技术性服务费用纳入部门预算，不向企业收取。"),
        ("投资项目审批科", "科长", "缑霁岍", "middle", "项目审批超时限办理，吃拿卡要", "岗位职责", "中",
         "审批时限系统预警，超时件通报。"),
        ("投资项目审批科", "审批员", "麴沅旸", "general", "审查意见随意增加申请条件", "业务流程", "中",
         "审查标准化清单，超出清单的要求须科长签批。"),
        ("社会事务审批科", "科长", "缑岱玙", "middle", "对中介机构串通抬价不制止、不移交", "外部环境", "中",
         "发现串通线索移交市场监管部门。"),
        ("社会事务审批科", "审批员", "麴琇岷", "general", "现场勘验走过场，勘验意见不实", "岗位职责", "低",
         "勘验两人以上，留存影像资料。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "hongsibu_approval_bureau_list", "https://9haocp.com/y2022-01-21/329233.html",
        "区行政审批服务局 岗位廉政风险防控一览表, after the source's 行政审批中介服务 专项清理整治 (指定中介、强制服务, "
        "技术性服务费用转嫁申请人, 中介串通操纵价格): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hongsibu_trading_centre_two_sheets() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缑瀞芃", "主任", "主持中心全面工作", [
            ("干预交易项目进场、场地安排", "一级", "项目进场按登记顺序排期，系统留痕。"),
            ("接受投标人、代理机构宴请", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("麴昶瑢", "副主任", "分管工程建设和政府采购交易", [
            ("评标专家抽取过程失管，泄露专家名单", "一级", "专家随机抽取，名单密封至开标。"),
            ("对异常围标串标线索不报告", "二级", "异常线索当日报告行业监管部门。"),
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
    dept = _Sheet("各科室", [6, 14, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}各科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("交易服务科", "科长", "缑淏岚", "middle", "开标现场见证不到位，投标文件递交时间把关不严", "一级",
         "开标全程录音录像，递交时间系统记录。"),
        ("交易服务科", "见证员", "麴珺琰", "general", "透露潜在投标人名称、数量", "一级",
         "投标人信息保密，见证区门禁管理。"),
        ("交易服务科", "见证员", "麴珺琰", "general", "评标区通讯工具管理不严", "三级", "评标区屏蔽，通讯工具统一存放。"),
        ("信息技术科", "科长", "缑湉屾", "middle", "交易系统账号权限管理混乱，数据被篡改", "二级",
         "账号实名、权限分级，操作日志每月审查。"),
        ("财务科", "会计", "麴漪岫", "general", "投标保证金退还不及时、挪用", "二级", "保证金专户管理，系统自动退还。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hongsibu_trading_centre_two_sheets", "http://m.qianlijiaju.cn/zongjie/nianzhongzongjie/324334_5.html",
        "区公共资源交易中心 廉政风险防控一览表 in TWO SHEETS, after the source's 政务中心 year's summary (公共资源交易中心运行"
        "模式, 政府采购中心, 产权交易, 红旗窗口): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 各科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 一级/二级/三级, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hongsibu_registration_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "登记审核", "对存在权属争议的申请违规签批登记", "岗位职责风险", "Ⅰ级",
         "疑难登记集体会审，签批留痕。"),
        ("中心领导", "主任", "leader", "窗口管理", "默许工作人员收取加急费", "制度机制风险", "Ⅰ级",
         "公开承诺不收加急费，暗访结果通报。"),
        ("登记受理部", "受理员", "general", "办件顺序", "与中介串通，收费后优先办理", "思想道德风险", "Ⅰ级",
         "严格先来后到，叫号数据每周比对。"),
        ("登记受理部", "受理员", "general", "材料核验", "对虚假申请材料核验不严", "业务流程风险", "Ⅱ级",
         "身份人脸核验，材料联网查验。"),
        ("权籍调查部", "测绘员", "general", "测绘收费", "另立名目收取测绘费、代理费", "外部环境风险", "Ⅱ级",
         "收费依据和标准公示，一律开具票据。"),
        ("档案查询部", "档案管理员", "general", "登记资料查询", "违规向他人提供不动产登记信息", "制度机制风险", "Ⅲ级",
         "查询凭证件登记，系统记录查询日志。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "hongsibu_registration_posts", "http://news.cnhan.com/html/pinglun/20170818/863955.htm",
        "区不动产登记中心 (进驻政务大厅) 岗位廉政风险点排查表 对岗不对人, after the source's comment on a 不动产登记中心's "
        "加急费 (中介招揽生意, 工作人员串通加快办理, 测绘费/产权证代理费): a title, 序号/部室 merged/岗位 merged per post/"
        "a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def hongsibu_town_cards() -> dict:
    unit = f"{PLACE}红寺堡镇便民服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "麴璟琀", "主任", "主持便民服务中心全面工作", "leader", [
            ("帮办代办员考核弄虚作假", "★★", "代办台账每月抽查回访。"),
            ("高龄补贴等民生事项审核把关不严", "★★★", "补贴名单村级公示，镇上复核。"),
            ("接受办事群众土特产、礼品", "★", "严守廉洁纪律，拒收登记。"),
        ]),
        ("帮办代办员", "缑澜屺", "帮办代办员", "负责村级便民服务站帮办代办", "general", [
            ("代办事项向群众收取跑腿费", "★★★", "代办免费，服务承诺公示到村。"),
            ("代办材料遗失、泄露群众信息", "★★", "材料登记交接，办结送达签收。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "hongsibu_town_cards", "http://www.futurebike.cn/news/show-15488.html",
        "镇便民服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 帮办代办员), after the source's report on a 镇's "
        "``1+4+N`` 便民服务体系 (村级便民服务站, 帮包代办员, 高龄补贴, 送达到门): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hongsibu_taiyangshan_selfchecks() -> dict:
    unit = f"{PLACE}太阳山镇便民服务中心"
    t = _Truth(unit)
    people = [
        ("缑岚琤", "中心领导", "主任", "leader", [
            ("村便民服务中心建设资金使用不规范", "一级风险", "建设资金按进度拨付，镇财政所审核。", "已落实"),
            ("服务事项下放后不指导、不监督", "二级风险", "每季度到村督导，问题限期整改。", "未发现问题"),
        ]),
        ("麴淼彧", "综合服务窗口", "窗口负责人", "middle", [
            ("城乡居民医保代缴款项不及时上交", "一级风险", "代缴款当日入账，票据交接登记。", "已落实"),
            ("办事群众投诉不登记、不处理", "三级风险", "投诉件登记编号，限时回复。", "已落实"),
        ]),
        ("缑沄翙", "综合服务窗口", "窗口工作人员", "general", [
            ("为亲友违规办理证明", "二级风险", "证明出具经负责人审核，存根备查。", "未发现问题"),
            ("刁难群众、推诿扯皮", "三级风险", "首问负责，服务评价公开。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hongsibu_taiyangshan_selfchecks", "https://fensifuwu.com/emotion/me/2493427.html",
        "镇便民服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on a "
        "镇's 村级便民服务中心 (合作医疗代缴, 受理柜台, 业务指导): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/自查情况; no type column; a "
        "本人签名/主任意见 line",
        sheets, t,
    )  # fmt: skip


def hongsibu_dahe_group_rows() -> dict:
    unit = f"{PLACE}大河乡便民服务中心"
    sh = _Sheet("清单", [6, 14, 10, 38, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "麴翯岚", "leader", "村级代办点建设经费虚报冒领", "高风险", "经费按“八有”标准验收后拨付。"),
            ("主任", "麴翯岚", "leader", "代办员选拔优亲厚友", "中风险", "代办员选拔公开报名、村民评议。"),
        ]),
        ("二、社会事务窗口", "社会事务窗口", [
            ("窗口负责人", "缑湛瑄", "middle", "低保、临时救助初审把关不严", "高风险", "入户核查两人以上，结果公示。"),
            ("代办员", "麴瑆沣", "general", "代办事项超出服务清单收费", "中风险", "收费依据公示，一事一记。"),
            ("代办员", "麴瑆沣", "general", "代办记录簿填写不实", "低风险", "记录簿每月乡上抽查。"),
        ]),
        ("三、综合服务窗口", "综合服务窗口", [
            ("窗口工作人员", "缑琎嵋", "general", "投诉意见箱不按时开启、处理", "低风险", "意见箱双人开启，登记处理。"),
        ]),
    ]  # fmt: skip
    n = 0
    for heading, dept, rows in groups:
        r = sh.add(heading, None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        first = len(sh.rows)
        for post, who, tier, point, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("编制：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "hongsibu_dahe_group_rows", "https://sc.010b.com/info/detail/111049.html",
        "乡便民服务中心 廉政风险防控责任清单, after the source's note on 村级便民服务代办点 标准化建设 (“八有”标准, 专职"
        "代办员, 收费依据, 一事一记, 投诉渠道): ``附件2``, a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导`` … ``三、综合服务窗口`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def hongsibu_liuquan_list() -> dict:
    unit = f"{PLACE}柳泉乡便民服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "缑翾嵘", "leader", "服务部复印、打印收费高于成本", "制度机制", "一级",
         "复印打印按成本收费，价格公示。"),
        ("中心领导", "主任", "缑翾嵘", "leader", "引进社会服务收取场地费不入账", "外部环境", "二级",
         "场地租金由乡财政所统一收取。"),
        ("综合窗口", "窗口负责人", "麴琬湜", "middle", "惠农补贴卡挂失补办刁难群众", "岗位职责", "二级",
         "补办事项一次性告知，当场办结。"),
        ("综合窗口", "窗口工作人员", "缑沨岍", "general", "代收费用不开票据", "业务流程", "一级",
         "代收费用当场开票，每日对账。"),
        ("综合窗口", "窗口工作人员", "缑沨岍", "general", "上班时间脱岗、办私事", "思想道德", "三级",
         "考勤打卡，监督员不定期暗访。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "hongsibu_liuquan_list", "http://www.zprce.cn/contents/99971?source=202&source_1=99970",
        "乡便民服务中心 岗位廉政风险防控一览表, after the source's comment on a 行政服务中心's 服务部 (复印收费, 公权私用, "
        "引进社会服务收取场地租金): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hongsibu_service_centre_transposed(),
    hongsibu_approval_bureau_list(),
    hongsibu_trading_centre_two_sheets(),
    hongsibu_registration_posts(),
    hongsibu_town_cards(),
    hongsibu_taiyangshan_selfchecks(),
    hongsibu_dahe_group_rows(),
    hongsibu_liuquan_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch599-inbox"))
