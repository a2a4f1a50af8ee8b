"""The three-hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 乡镇 and 街道,
邛崃市 (the county-level city of 成都 at the foot of the 天台山, its staff Han) — its 平乐镇, 夹关镇 and
火井镇人民政府, its 文君街道办事处, the 临邛街道 and 高何镇 综合行政执法队, the 羊安街道便民服务中心 and the
平乐镇's 禹王社区 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed
in WPS or Excel:

- the 平乐镇人民政府's file in two sheets: ``镇领导班子`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged
  per leader) and ``站所办`` (``站所办`` merged, ``岗位`` and ``姓名`` merged per person),
  ``一级/二级/三级``, no type column;
- the 文君街道办事处's 责任清单 under GROUP ROWS ``一、街道领导`` … ``三、城市管理办公室`` merged across
  (no 科室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 临邛街道综合行政执法队's 岗位廉政风险防控卡, one sheet a holder (tabs 队长, 法制审核员, 执法队员):
  ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 持卡日期 | …`` above ``序号 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人（签字）： |
  … | 监督电话：…``;
- the 夹关镇人民政府's 自查表, one sheet a person (tabs named by the person): a LABEL ROW
  ``姓　名 | 科　室 | 职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 |
  防控措施 | 自查情况``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 科室负责人意见：``;
- the 禹王社区's 排查表 对岗不对人 with NO 科室 column: ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``一级风险/二级风险/三级风险``; no names; an 编制/审核/date
  line;
- the 火井镇人民政府's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： |
  镇长（签字）：`` line;
- the 高何镇综合行政执法队's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/队长（签字） line.

One is harder:

- ``qionglai_yangan_service_center_post_lines``: the 羊安街道便民服务中心's
  政务服务事项廉政风险防控表, laid out ONE ROW A SERVICE MATTER (服务事项: 最低生活保障审核确认, 临时救助
  审批, 城乡居民基本养老保险待遇资格认证, 农村村民住房建设审批, 残疾人两项补贴审核, 高龄津贴发放). Under a
  title and a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line the header is ``序号 | 服务事项 |
  廉政风险点 | 风险等级 | 防控措施`` — there is NO 岗位, NO 姓名 and NO 科室 column. Each
  ``廉政风险点`` cell holds TWO OR THREE LINES (line breaks inside the one cell), ONE A POST: each line
  opens with the post that handles that step of the matter and a full-width colon, then THAT POST's
  point — ``窗口受理员：对申请材料不全的低保申请违规受理，或故意拖延不予受理⏎民政专干：入户调查走过场，
  家庭经济状况核查不实⏎中心副主任：审核确认把关不严，为不符合条件的家庭签署同意意见``. The level
  (高/中/低) and the numbered measures are the matter's, one a row. So one cell holds the points of
  two or three posts, and one post's points are scattered over several rows (the 窗口受理员 in four
  matters, the 民政专干 in four, the 中心主任 in two …); a merged ``注：`` line says so (``注：1.“廉政
  风险点”栏按办理环节逐岗填写，每行冒号前为责任岗位，冒号后为该岗位在本事项中的廉政风险点。2.风险等级为
  服务事项的风险等级，分高、中、低三级。``), then a 填表人/审核人/中心主任（签字） line. The README's
  读得懂的表 knows a point cell that OPENS WITH ITS POST (``保管员：…``, one post and one point a cell,
  a row a point), a cell of several NUMBERED points beside a cell of as many numbered levels
  (``1.高⏎2.中``), ``风险点1：…⏎防控措施1：…⏎风险点2：…`` and ``风险点：…⏎防控措施：…`` in one cell, a
  ``责任岗位及风险等级`` cell ``理事长（高）⏎副理事长（中）`` (several posts sharing ONE point), ``廉政风险点``
  merged over post or stage columns (``所长 | 法制员 | …``, ``受理环节 | 审核环节 | 办结环节``, a post
  a column), a work item beside its point (``风险事项 | 廉政风险点``, ``职责事项``) and a point opening
  with its area of work (``工程发包方面：…``); it does not describe a point cell of SEVERAL LINES EACH
  OPENING WITH A DIFFERENT POST, where a row is a matter and not a post, the cell's lines are so
  many points of so many posts, and the post of a point is written only at the head of its own
  line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 平乐古镇's 文旅融合 — 景区 提档升级,
合作社+电商 and ``镇长带货``, 酒店民宿 复工, 疫情 全覆盖排查; a 街道's 年度工作总结 — 党建, 城市治理, 守望先锋队,
应急消防队, 市容环境督查队, 民生服务; a 镇综合行政执法队 on 执法巡查, the 执法问题抄送 and the joint 拆违 with the
应急消防管理所 and the 派出所; the 夹关镇 as a 中心镇 — 农副产品集散地, 川西旅游环线 驿站, 集镇 设施; the 平乐镇's
社区 and 村 listed with its history; the 火井镇 — 古街, 温泉, 竹海, 招商引资, 社会事业; a 县综合行政执法局 中队
with a 镇's 城镇综合管理中心, 资规所 and 村镇办 pulling down a 违建宗祠; a 行政服务中心's 制度 — 进驻, 常设窗口
and 综合窗口 集中办理, 代为接收申请材料) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 邛崃市.

Run ``python tests/published/score.py --set batch331`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every line of a ``廉政风险点`` cell is a point of the post named before its
  full-width colon; the point is the text AFTER the colon (the post and the colon left off, as
  batch 292 took ``保管员：…``); the level is the row's (the matter's) ``风险等级``; the table names no
  person and no 科室, so its forms are posts (对岗不对人, 科室 blank), ONE FORM A POST however many
  rows its lines stand in; ``服务事项`` is no point, no 科室 and no post (as ``职责事项`` and ``执法事项``
  were in batches 280 and 329); the ``注：`` line is no point;
- the 便民服务中心, the two 综合行政执法队 and the 禹王社区 are units of their own (the scorer counts a
  站所's own file either way); the 执法队's ``队领导`` and the 镇's ``镇领导班子`` (a tab, a 科室 cell,
  a 所在科室, a 自查表's 科室) are the 科室 of those leaders, ``街道领导`` (a group row) the 科室 of the
  街道's; a group row ``三、城市管理办公室`` gives the 科室 ``城市管理办公室`` (its number left off); a
  镇's or 街道's 办, 所 and 中心 (``党政办公室``, ``文旅发展办公室``, ``财政所``, ``农业综合服务中心`` …) and an
  执法队's 组 and 中队 are 科室; the 禹王社区's list has no 科室 at all (its forms are posts, 科室
  blank);
- 党委书记, 党委副书记、镇长, 党委委员、副镇长, a 街道's 党工委书记 and 党工委副书记、主任, a 执法队's 队长
  and 副队长, the 便民服务中心's 中心主任 and 中心副主任 (in its own file), a 社区's 党委书记、居委会主任 and
  居委会副主任 (in its own file) are leaders; an 办's or 中心's 主任 in the 镇's or 街道's list and an
  执法队's 中队长 middle; the rest (科员, 民政专干, 社保专干, 城建专干,
  窗口受理员, 出纳, 会计, 执法队员, 法制审核员, 内勤, 网格员, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the card's ``持卡日期`` and ``监督电话`` are no points; the 禹王社区's list
  names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 高何镇 执法队's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b331_"
PLACE = "邛崃市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
COLON = "："


# --------------------------------------------------------------------------- harder layout

LINES_HEAD = ("序号", "服务事项", "廉政风险点", "风险等级", "防控措施")
MATTER_COL, LINES_COL, LEVEL_COL = 1, 2, 3
POST_TIERS = {
    "窗口受理员": "general",
    "民政专干": "general",
    "社保专干": "general",
    "城建专干": "general",
    "中心主任": "leader",
    "中心副主任": "leader",
}
# (服务事项, 等级, [(岗位, 风险点)], 防控措施) — one row a matter, one line of its point cell a post
MATTERS = [
    ("最低生活保障审核确认", "高", [
        ("窗口受理员", "对申请材料不全的低保申请违规受理，或故意拖延不予受理"),
        ("民政专干", "入户调查走过场，家庭经济状况核查不实"),
        ("中心副主任", "审核确认把关不严，为不符合条件的家庭签署同意意见"),
    ], "1.申请材料一次性告知，受理登记编号；\n2.入户调查两人以上，调查表户主签字；\n3.审核结果在社区公示七天。"),
    ("临时救助审批", "中", [
        ("窗口受理员", "急难型救助申请不登记、不转办"),
        ("民政专干", "救助金额确定随意，优亲厚友"),
        ("中心主任", "小额救助先行审批后不补办审批手续"),
    ], "1.救助申请当日登记；\n2.救助金额按标准测算，集体研究；\n3.先行救助五个工作日内补齐手续。"),
    ("城乡居民基本养老保险待遇资格认证", "中", [
        ("社保专干", "资格认证不核实，致死亡人员家属冒领养老金"),
        ("窗口受理员", "违规代办他人社保业务，泄露参保人信息"),
    ], "1.认证数据与殡葬、医保数据每月比对；\n2.代办业务凭授权委托书办理，信息查询留痕。"),
    ("农村村民住房建设审批", "高", [
        ("窗口受理员", "为材料不齐的建房申请出具受理回执"),
        ("城建专干", "现场踏勘不到场，出具不实踏勘意见"),
        ("中心副主任", "对超面积、超层数的建房申请签署同意意见"),
    ], "1.建房申请材料清单化；\n2.踏勘“四到场”，照片定位存档；\n3.审批结果在村（社区）公示。"),
    ("残疾人两项补贴审核", "低", [
        ("民政专干", "补贴对象残疾等级核对不实"),
        ("社保专干", "补贴对象死亡后不及时停发补贴"),
    ], "1.残疾等级与残联系统数据比对；\n2.补贴对象每季度动态核查。"),
    ("高龄津贴发放", "低", [
        ("民政专干", "高龄津贴发放名册年龄核对不实"),
        ("中心主任", "津贴发放名册不经公示即签批"),
    ], "1.名册年龄与户籍信息逐一核对；\n2.发放名册公示无异议后签批。"),
]  # fmt: skip
LINES_NOTE = (
    "注：1.“廉政风险点”栏按办理环节逐岗填写，每行冒号前为责任岗位，冒号后为该岗位在本事项中的廉政风险点。"
    "2.风险等级为服务事项的风险等级，分高、中、低三级。"
)


def post_lines(lines: list[tuple[str, str]]) -> str:
    """A point cell: one line a post, ``岗位：风险点``."""
    return "\n".join(f"{post}{COLON}{point}" for post, point in lines)


def split_lines(cell: str) -> list[tuple[str, str]]:
    """The (岗位, 风险点) of each line of a point cell."""
    return [tuple(line.split(COLON, 1)) for line in cell.split("\n")]


def qionglai_yangan_service_center_post_lines() -> dict:
    unit = f"{PLACE}羊安街道便民服务中心"
    ncols = len(LINES_HEAD)
    sh = _Sheet("防控表", [6, 18, 56, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}政务服务事项廉政风险防控表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*LINES_HEAD)
    for n, (matter, lv, lines, measures) in enumerate(MATTERS, 1):
        sh.add(n, matter, post_lines(lines), lv, measures)
        for post, point in lines:
            t.point(sh.name, "", post, "", POST_TIERS[post], point, [], HML[lv])
    _line(sh, LINES_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", "中心主任（签字）：", None)
    return _layout(
        "qionglai_yangan_service_center_post_lines", "https://bdocx.com/doc/9172972.html",
        "(harder) 街道便民服务中心 政务服务事项廉政风险防控表, after the source's 行政服务中心 制度 (进驻, 常设窗口 and 综合窗口 "
        "集中办理, 代为接收申请材料): a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/服务事项/"
        "廉政风险点/风险等级 高/中/低/防控措施 with NO 岗位, 姓名 or 科室 column, ONE ROW A SERVICE MATTER; each 廉政风险点 "
        "cell holds two or three LINES, each ``岗位：风险点`` (窗口受理员, 民政专干, 社保专干, 城建专干, 中心主任, 中心副主任), so "
        "one cell holds several posts' points and a post's points are spread over several rows; the level and "
        "the numbered measures are the matter's; a merged ``注：`` line says so; a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qionglai_pingle_town_two_sheets() -> dict:
    unit = f"{PLACE}平乐镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("镇领导班子", [6, 9, 16, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}镇领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("庹霂瑄", "党委书记", "主持镇党委全面工作", [
            ("古镇景区提升项目施工单位选定中打招呼", "一级", "项目全部进入公共资源交易平台，插手干预事项登记报告。"),
            ("村（社区）干部调整个人说了算", "二级", "干部调整经党委会集体研究，全程纪实。"),
        ]),
        ("禤芃澍", "党委副书记、镇长", "主持镇政府全面工作，分管财政", [
            ("镇级财政大额支出不经集体研究", "一级", "大额支出镇长办公会集体研究，会议纪要存档。"),
            ("文旅融合项目专项资金拨付审批把关不严", "二级", "资金按进度拨付，经办、审核、审批分离。"),
        ]),
        ("蒉沅棠", "党委委员、副镇长", "分管文化旅游、景区管理和市场秩序", [
            ("古镇临街摊位、商铺招租优亲厚友", "一级", "摊位商铺公开招租，结果公示。"),
            ("酒店民宿复工扶持资金审核不严", "二级", "扶持对象实地核查，名单在镇政务公开栏公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("站所办", [6, 16, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}站所办岗位廉政风险防控表", 7)
    dept.add("序号", "站所办", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "剡翯铭", "middle", [
            ("公务接待超标准、无公函接待", "三级", "接待凭公函，接待清单按月公示。"),
            ("办公用品采购不比价，指定供应商", "三级", "采购三家比价，比价记录存档。"),
        ]),
        ("文旅发展办公室", "主任", "昝蕤晗", "middle", [
            ("节庆文旅活动经费虚报冒领", "二级", "活动经费事前预算、事后结报，票据逐项核对。"),
            ("“合作社+电商”扶持项目申报把关不严", "二级", "申报材料实地核查，扶持结果公示。"),
        ]),
        ("社会事务办公室", "民政专干", "湛筠霈", "general", [
            ("低保对象动态管理不及时，该退不退", "一级", "低保对象每季度走访核查，退出名单公示。"),
        ]),
        ("财政所", "出纳", "邰珂澴", "general", [
            ("现金收付不及时入账，公款私存", "二级", "现金日清月结，所长每月核对。"),
            ("网银支付不按审批单办理", "三级", "网银U盾分人保管，凭审批单支付。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None)
    return _layout(
        "qionglai_pingle_town_two_sheets", "https://qlxww.cn/a/xinwen/lvyouxinwen/20200506/6862.html",
        "镇人民政府 廉政风险防控表 in two sheets, after the source's 平乐古镇 文旅融合 (景区 提档升级, 合作社+电商, 酒店民宿 复工, "
        "疫情 排查): ``镇领导班子`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``站所办`` (a title, 序号/站所办 merged (党政办公室, "
        "文旅发展办公室, 社会事务办公室, 财政所)/岗位 and 姓名 merged per person/…; a 填表人/审核人/镇长（签字） line); no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def qionglai_wenjun_street_groups() -> dict:
    unit = f"{PLACE}文君街道办事处"
    sh = _Sheet("责任清单", [6, 16, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、街道领导", "街道领导", [
            ("党工委书记", "鞠旸洇", "leader", [
                ("重大事项决策", "老旧小区改造项目实施单位选定不经党工委会研究", "Ⅰ级", "重大事项党工委会集体研究，纪要存档。"),
            ]),
            ("党工委副书记、主任", "郦雩岑", "leader", [
                ("财务审批", "街道大额资金支付“一支笔”审批，不经集体研究", "Ⅰ级", "大额资金主任办公会研究，会签支付。"),
                ("项目验收", "社区微更新项目验收走过场", "Ⅱ级", "验收邀请居民代表参加，验收资料存档。"),
            ]),
        ]),
        ("二、党政综合办公室", "党政综合办公室", [
            ("主任", "束砚淇", "middle", [
                ("公务用车管理", "公务车辆私用，虚报加油、维修费用", "Ⅲ级", "车辆派遣登记，油耗按月统计分析。"),
            ]),
            ("科员", "粟琇蔓", "general", [
                ("志愿服务经费报销", "守望先锋队等志愿服务队活动经费虚列报销", "Ⅱ级", "活动签到拍照，经费报销经主任审核。"),
            ]),
        ]),
        ("三、城市管理办公室", "城市管理办公室", [
            ("主任", "仰霑杉", "middle", [
                ("户外招牌设置审核", "为不符合规范的户外招牌出具同意意见", "Ⅰ级", "审核标准公开，审核结果集体复核。"),
            ]),
            ("科员", "牧颀泓", "general", [
                ("市容环境巡查", "巡查发现占道经营不制止，收受商户好处", "Ⅱ级", "巡查两人以上，巡查记录拍照上传。"),
                ("门前三包考评", "门前三包考评打分优亲厚友", "Ⅲ级", "考评结果公示，接受商户监督。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "qionglai_wenjun_street_groups", "https://zhaozongjie.com/gzzj/fanwen/17241.html",
        "街道办事处 廉政风险防控责任清单, after the source's 街道 年度工作总结 (党建, 城市治理, 守望先锋队, 应急消防队, 市容环境督查队, "
        "民生服务): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、街道领导``, ``二、党政综合办公室``, ``三、城市管理办公室`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qionglai_linqiong_enforcement_cards() -> dict:
    unit = f"{PLACE}临邛街道综合行政执法队"
    t = _Truth(unit)
    cards = [
        ("队长", "荆箬汀", "队领导", "leader", [
            ("违法建设查处中选择性执法，对关系人网开一面", "思想道德风险", "★★★", "查处对象和结果公开，案件集体讨论。"),
            ("行政处罚自由裁量权滥用，降格处理", "制度机制风险", "★★★", "严格执行裁量基准，处罚决定法制审核。"),
            ("接受违建当事人宴请、礼品", "外部环境风险", "★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("法制审核员", "盖瑀涵", "法制审核组", "general", [
            ("处罚决定法制审核走过场", "岗位职责风险", "★★", "审核意见逐项填写，审核人签字负责。"),
            ("执法案卷事后补签、补材料", "业务流程风险", "★", "案卷按月评查，评查结果通报。"),
        ]),
        ("执法队员", "鲜曈翙", "执法一组", "general", [
            ("日常巡查发现违法建设不报告、不制止", "岗位职责风险", "★★★", "巡查轨迹上传，发现问题当日报告。"),
            ("暂扣物品不登记，处置不规范", "业务流程风险", "★★", "暂扣物品清单当事人签字，入库登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 38, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.add("所在科室", dept, "持卡日期", "2025年9月", None)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "qionglai_linqiong_enforcement_cards",
        "https://www.nbyz.gov.cn/art/2022/7/19/art_1229109350_59187005.html",
        "街道综合行政执法队 岗位廉政风险防控卡, one sheet a holder (tabs 队长, 法制审核员, 执法队员), after the source's 镇综合行政执法队 "
        "(执法巡查, 执法问题抄送, 联合拆违 with the 应急消防管理所 and 派出所): a title, the pairs ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 持卡日期 | 2025年9月``, then 序号/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a "
        "merged ``注：`` line on the stars and ``持卡人（签字）： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def qionglai_jiaguan_town_selfchecks() -> dict:
    unit = f"{PLACE}夹关镇人民政府"
    t = _Truth(unit)
    people = [
        ("母暄芮", "镇领导班子", "党委委员、副镇长", "leader", [
            ("农副产品集散市场摊位租赁优亲厚友", "高风险", "摊位公开竞租，租赁结果公示。", "已落实"),
            ("集镇设施改造项目验收把关不严", "中风险", "验收邀请商户代表参加，验收资料存档。", "已落实"),
        ]),
        ("税篁瑜", "经济发展办公室", "主任", "middle", [
            ("招商引资奖励兑现审核不严", "高风险", "奖励兑现经党政联席会议研究并公示。", "正在整改"),
            ("企业扶持资金申报材料把关不严", "中风险", "申报材料实地核查，结果公示。", "已落实"),
            ("统计数据弄虚作假", "低风险", "统计数据逐级审核，留存原始记录。", "未发现问题"),
        ]),
        ("苟霁珩", "社会事务办公室", "民政专干", "general", [
            ("特困供养对象认定不实", "高风险", "认定对象入户核查，村（社区）评议并公示。", "已落实"),
            ("残疾人补贴发放台账不全", "低风险", "发放台账一月一核，按季度交叉检查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 16, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "科　室", "职　务", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qionglai_jiaguan_town_selfchecks", "http://www.xcpx28.com/town/16570",
        "镇人民政府 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 夹关镇 (中心镇, "
        "农副产品集散地, 川西旅游环线 驿站, 集镇 设施): a title, a label row ``姓　名 | 科　室 | 职　务 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def qionglai_yuwang_community_posts() -> dict:
    unit = f"{PLACE}平乐镇禹王社区"
    sh = _Sheet("排查表", [6, 18, 18, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党委书记、居委会主任", "leader", [
            ("社区保障资金使用", "社区保障资金项目不经居民议事会评议，个人决定", "制度机制", "一级风险",
             "项目经居民议事会评议，使用情况公示。"),
            ("集体商铺出租", "古镇临街集体商铺低价出租给亲友", "思想道德", "一级风险", "商铺公开招租，租金收入入账公示。"),
        ]),
        ("居委会副主任", "leader", [
            ("微项目验收", "社区微项目验收走过场，虚增工程量", "业务流程", "二级风险", "验收邀请居民代表参加，结算送审。"),
        ]),
        ("民政专干", "general", [
            ("低保入户调查", "入户调查不实，为不符合条件的家庭出具证明", "岗位职责", "一级风险", "入户调查两人以上，调查结果公示。"),
            ("慰问物资发放", "慰问物资发放不登记，截留私分", "岗位职责", "二级风险", "发放清单签字确认，按月公示。"),
        ]),
        ("网格员", "general", [
            ("网格信息采集", "网格信息采集不实，虚报走访记录", "业务流程", "三级风险", "走访记录定位上传，社区每月抽查。"),
        ]),
        ("报账员", "general", [
            ("社区报账", "以白条入账，虚列开支", "外部环境", "二级风险", "票据经居务监督委员会审核，街镇代理会计复核。"),
            ("公章管理", "随意加盖社区公章出具证明", "制度机制", "三级风险", "用章登记，经党委书记审签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：禹王社区", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "qionglai_yuwang_community_posts",
        "https://wikiwand.com/zh-my/articles/%E5%B9%B3%E4%B9%90%E5%8F%A4%E9%95%87",
        "镇的社区 岗位廉政风险点排查表 对岗不对人, after the source's 平乐镇 (古镇, its 社区 and 村 listed, 禹王社区 among them): a "
        "title, then 序号/岗位 merged per post (党委书记、居委会主任, 居委会副主任, 民政专干, 网格员, 报账员; no 科室 column)/a short "
        "风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; an "
        "``编制：禹王社区 | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def qionglai_huojing_town_list() -> dict:
    unit = f"{PLACE}火井镇人民政府"
    sh = _Sheet("一览表", [6, 16, 16, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导班子", "党委副书记、镇长", "敬荇澜", "leader", [
            ("招商引资项目优惠条件个人承诺，不经集体研究", "制度机制", "高", "招商协议经党政联席会议研究，合法性审查。"),
            ("温泉旅游配套项目插手干预", "思想道德", "高", "插手干预事项登记报告，项目进入公共资源交易平台。"),
        ]),
        ("镇领导班子", "党委委员、副镇长", "幸旻淞", "leader", [
            ("竹林产业项目验收不到现场", "岗位职责", "中", "验收现场拍照定位，邀请村民代表参加。"),
        ]),
        ("农业综合服务中心", "主任", "昌璠沁", "middle", [
            ("耕地地力保护补贴面积登记不实", "业务流程", "高", "补贴面积与确权数据比对，村组公示。"),
            ("农资购置补助对象审核优亲厚友", "外部环境", "中", "补助对象评议公示，结果镇村两级公开。"),
        ]),
        ("农业综合服务中心", "科员", "雍頔岚", "general", [
            ("生态护林员考勤登记不实", "岗位职责", "低", "考勤与巡护轨迹比对，按月公示。"),
        ]),
        ("村镇建设办公室", "主任", "谌玹霏", "middle", [
            ("古街风貌整治项目变更签证把关不严", "业务流程", "中", "变更签证经分管领导和监理共同审核。"),
        ]),
        ("财政所", "会计", "戈笙漪", "general", [
            ("以虚假票据报账，虚列支出", "岗位职责", "高", "票据逐张审核，经办、审核、审批三签。"),
            ("村级代理记账不及时", "制度机制", "低", "代理记账按月完成，季度抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None, None)
    return _layout(
        "qionglai_huojing_town_list", "https://www.newton.com.tw/wiki/%E7%81%AB%E4%BA%95%E9%8E%AE/4909816",
        "镇人民政府 岗位廉政风险防控一览表, after the source's 火井镇 (古街, 温泉, 竹海, 招商引资, 社会事业): ``附件1``, a title, a "
        "merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/科室 merged (镇领导班子, 农业综合服务中心, 村镇建设办公室, "
        "财政所)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


def qionglai_gaohe_enforcement_team_list() -> dict:
    unit = f"{PLACE}高何镇综合行政执法队"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "亢淏瑶", "leader", "违建拆除项目指定施工队伍", "制度机制风险", "Ⅰ",
         "拆除施工队伍比选确定，结果公示。"),
        ("队领导", "副队长", "井茝澄", "leader", "案件查处中说情打招呼，降格处理", "思想道德风险", "Ⅰ",
         "说情打招呼事项登记，案件集体讨论。"),
        ("执法中队", "中队长", "衡瑢溪", "middle", "违法占用林地、河道案件查处不及时", "岗位职责风险", "Ⅱ",
         "案件立案时限公开，超期督办。"),
        ("执法中队", "执法队员", "撒珮汐", "general", "现场检查不出示证件，执法记录仪不开启", "业务流程风险", "Ⅱ",
         "执法全过程记录，记录仪数据每日上传。"),
        ("执法中队", "执法队员", "撒珮汐", "general", "收取罚款不开具票据", "岗位职责风险", "Ⅰ",
         "罚缴分离，罚款一律银行代收。"),
        ("综合内勤组", "内勤", "况霈宁", "general", "执法文书、罚没票据保管不善", "制度机制风险", "Ⅲ",
         "文书票据专柜保管，领用登记。"),
        ("综合内勤组", "内勤", "况霈宁", "general", "接受当事人礼品、宴请", "外部环境风险", "Ⅲ", "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "队长（签字）：", None, None)
    return _layout(
        "qionglai_gaohe_enforcement_team_list", "https://uakai.com/history/87012.html",
        "镇综合行政执法队 岗位廉政风险防控一览表, after the source's 县综合行政执法局 中队 with a 镇's 城镇综合管理中心, 资规所 and "
        "村镇办 pulling down a 违建宗祠: a title, then 序号/部门/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/"
        "风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a "
        "填表人/审核人/队长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qionglai_yangan_service_center_post_lines(),
    qionglai_pingle_town_two_sheets(),
    qionglai_wenjun_street_groups(),
    qionglai_linqiong_enforcement_cards(),
    qionglai_jiaguan_town_selfchecks(),
    qionglai_yuwang_community_posts(),
    qionglai_huojing_town_list(),
    qionglai_gaohe_enforcement_team_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch331-inbox"))
