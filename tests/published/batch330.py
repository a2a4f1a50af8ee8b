"""The three-hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 开发区 and
园区 bodies, 前锋区 (the district of 广安 east of the city, its staff Han) — its
经济开发区管理委员会 with the 开发区's 招商局, 规划建设局, 企业服务中心 and 征地拆迁服务中心, its
新桥工业园区管理委员会, and its two park companies, the 产业园区开发建设有限公司 and the
物流园区运营管理有限公司 — each handing back the 一览表, 防控卡, 排查表, 责任清单, 自查表 or 分解表 its
staff typed in WPS or Excel:

- the 招商局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： | 局长（签字）：``
  line;
- the 规划建设局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 企业服务中心's 自查表, one sheet a person (tabs named by the person): the pairs ``姓　名 | … |
  职　务 | …`` and ``所在科室 | … | 填表日期 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, ``…风险`` types, ``一级风险/二级风险/三级风险``, ``本人签名： | … | 中心主任意见：``;
- the 产业园区开发建设有限公司's 排查表 对岗不对人: ``部门`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date
  line;
- the 物流园区运营管理有限公司's 岗位廉洁风险防控卡, one sheet a holder (tabs 总经理, 招商专员,
  场地管理员): ``姓　名 | … | 岗　位 | …`` and ``所在部门 | … | 持卡时间 | …`` above ``序号 | 风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： |
  … | 监督电话：…``;
- the 征地拆迁服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、综合股`` merged across (no
  股室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 新桥工业园区管理委员会's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``qianfeng_zone_committee_points_as_groups``: the 经济开发区管理委员会's
  ``廉政风险点岗位责任分解表``, laid out BY RISK, NOT BY POST. Under a title and a merged
  ``填报单位（盖章）：…　填报时间：2025年9月`` line the header is ``序号 | 责任部门 | 责任岗位 | 责任人 |
  风险等级 | 本岗位防控措施`` — there is NO RISK COLUMN. Each risk point is a GROUP ROW merged across
  the table, numbered ``一、`` … ``五、`` and holding the point's words alone
  (``二、入园项目土地出让条件量身定制，为特定企业“量体裁衣”``); under it, one numbered row for EACH POST
  the point touches — its 责任部门, 责任岗位 and 责任人 written on every row (nothing merged), the
  post's OWN level of that point (``一级/二级/三级``: the 主任 who decides is 一级 where the 科员 who
  prepares the papers is 二级) and the post's own measure. So the rows are posts and the group rows
  are points: one point belongs to two or three holders at once, one holder's points are scattered
  over several groups (the 副主任 in groups 二 and 四, the 会计 in 三 and 四), and no two adjacent rows
  need share a holder. A merged ``注：`` line below says so (``本表以廉政风险点为单位分解责任：一、二、……
  各行为风险点，其下各行为该风险点涉及的岗位、责任人及本岗位的风险等级和防控措施``), then an
  编制/审核/主任（签字） line. The README's 读得懂的表 knows group rows that give the rows below their
  科室 (``一、办公室``), their post and holder (``一、出纳岗(责任人:李明)``, ``二、副局长　邴翊淙（分管…）``),
  their level (``一、一级风险点``) or their type (``二、岗位职责风险``); a line ``2.预算编制`` or
  ``(三)采购管理`` that is a part's title (the ``section``); a 风险点 cell MERGED DOWN over two posts'
  rows (a point two posts share); a row naming a post over rows that write only points (``1`` over
  ``1-1``); a dotted outline whose codes tell 科室, post and point apart. It does not describe a
  list whose header has no risk column at all and whose RISK POINTS ARE THE GROUP ROWS, each
  shared by the posts listed under it with a level of each post's own — the inverse of a group row
  naming a post over its points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a commentary on 开发区 graft — the
管委会 as a 派出机构 holding 审批, 执法 and 监管 at once, 征地拆迁, 重大项目, 公共资源交易; a 招商
scandal of a ``假院士`` who signed a 33亿 框架协议 — 考察核实, 签约, ``表演式招商``, ``唯数据论``; a
通报 on a 空港经济开发区 that took land unlawfully — its 管委会主任, 城建局 and 规划局 副局长 punished,
未办理农用地转用 and 供地手续, 国有土地使用证 for a 房地产 company; a 开发区 企业服务中心 as 政策落地
``翻译官`` — 申报, 补贴, 双轨申报材料, 政策直通车, 全流程跟踪; a 新城开发建设有限公司 as 项目政府方
出资代表 of a 会展中心 PPP — 社会资本方, ``联防风险、共建廉洁``, 联席会议; the ``圈地`` of 物流园区 —
企业资质, 经营场地, 从业人员, 场地使用属性, 圈而不建, 土地闲置; a 征地补偿 graft ring — 权属确认,
青苗和附着物清点, 勘查丈量, 资金发放, 自编 ``水下面积``; the ``一霸手`` of a 经济开发区 — 亲友在区内
投资经商、承揽业务, 费用想收就收, 封闭式管理) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 前锋区.

Run ``python tests/published/score.py --set batch330`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each GROUP ROW's text, its number ``一、`` left off, is a risk point, and it
  is a point of EVERY post listed under it (down to the next group row or the 注), with the level
  and the measure of that post's row; the rows are the forms' identity (责任部门 the 科室, 责任岗位 the
  post, 责任人 the holder), one form a holder however many groups his rows are spread over; the
  ``本岗位防控措施`` is a measure, no point; the 注 and the sign-off line are no points;
- ``管委会领导``, ``局领导``, ``中心领导``, ``公司领导`` (a 部门/科室 cell, a sheet's name, a group row, a
  card's 所在部门) are the 科室 of those leaders; a 管委会's 部 and 办公室, a 局's 科, a 中心's 股 and
  科 and a company's 部 are 科室; a group row ``二、征收安置股`` gives the 科室 ``征收安置股`` (its number
  left off);
- every 管委会, 局, 中心 and company here is a unit of its own (the 开发区's 招商局 is not a 科室 of the
  管委会): a 管委会's 主任 and 副主任, 局长, 副局长, a 中心's 主任 and 副主任, 董事长, 总经理 and 副总经理
  are leaders; 科长, 股长, 部长, 经理 and an 办公室's 主任 (``党政综合办公室主任``) middle; the rest (科员,
  会计, 出纳, 招商专员, 场地管理员, 造价工程师, 现场工程师, 征收专干, 项目专员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 产业园区开发建设有限公司's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 工业园区's
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

PREFIX = "b330_"
PLACE = "前锋区"
ZONE = f"{PLACE}经济开发区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
NUMERALS = "一二三四五六七八九十"


# --------------------------------------------------------------------------- harder layout

SPLIT_HEAD = ("序号", "责任部门", "责任岗位", "责任人", "风险等级", "本岗位防控措施")
# (risk point, [(责任部门, 责任岗位, 责任人, tier, level, measure)]) — one group row a point
SPLIT_POINTS = [
    ("“三重一大”事项不经党工委会议集体研究，个人说了算", [
        ("管委会领导", "主任", "濮翊澂", "leader", "一级", "“三重一大”事项一律上党工委会议集体研究，末位表态。"),
        ("党政综合办公室", "主任", "笪晅榆", "middle", "二级", "议题按程序报批上会，会议纪要如实记录、存档备查。"),
    ]),
    ("入园项目土地出让条件量身定制，为特定企业“量体裁衣”", [
        ("管委会领导", "副主任", "郇岫霖", "leader", "一级", "出让条件经管委会主任办公会集体审定，报区自然资源局审核。"),
        ("土地和征收部", "部长", "亢漪蘅", "middle", "一级", "出让方案法律顾问审查，竞买条件不得设置排他性要求。"),
        ("项目服务部", "科员", "厍琮岍", "general", "二级", "项目资料双人审核，与意向企业接触情况登记报告。"),
    ]),
    ("征地拆迁补偿面积、地上附着物虚增，套取补偿资金", [
        ("土地和征收部", "部长", "亢漪蘅", "middle", "一级", "丈量清点三方到场签字，补偿清册村组公示七日。"),
        ("财政金融部", "会计", "禚湉萦", "general", "二级", "补偿资金凭公示结果和审批单直接拨付到户。"),
    ]),
    ("园区基础设施项目资金不按进度拨付，提前或超额支付", [
        ("管委会领导", "副主任", "郇岫霖", "leader", "二级", "大额资金支付经主任办公会研究，分管领导不单独审批。"),
        ("财政金融部", "部长", "逯翮澜", "middle", "一级", "拨付凭监理签认的进度报告和审计意见办理。"),
        ("财政金融部", "会计", "禚湉萦", "general", "二级", "支付前核对合同、进度和已付金额，超付系统预警。"),
    ]),
    ("入园企业“以商招商”奖励兑现不按协议审核", [
        ("项目服务部", "科员", "厍琮岍", "general", "二级", "兑现材料逐项核对协议条款，初审意见书面签署。"),
        ("财政金融部", "部长", "逯翮澜", "middle", "二级", "奖励兑现经联审会议审定，兑现结果公示。"),
    ]),
]  # fmt: skip
SPLIT_NOTE = (
    "注：1.本表以廉政风险点为单位分解责任：一、二、……各行为风险点，其下各行为该风险点涉及的岗位、"
    "责任人及本岗位的风险等级和防控措施。2.风险等级分一级、二级、三级，一级最高。"
)


def qianfeng_zone_committee_points_as_groups() -> dict:
    unit = f"{ZONE}管理委员会"
    sh = _Sheet("责任分解表", [6, 16, 10, 10, 10, 44])
    t = _Truth(unit)
    ncols = len(SPLIT_HEAD)
    _line(sh, f"{unit}廉政风险点岗位责任分解表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", ncols)
    sh.add(*SPLIT_HEAD)
    n = 0
    for g, (point, posts) in enumerate(SPLIT_POINTS):
        _line(sh, f"{NUMERALS[g]}、{point}", ncols)
        for dept, post, who, tier, lv, measure in posts:
            n += 1
            sh.add(n, dept, post, who, lv, measure)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, SPLIT_NOTE, ncols)
    sh.add("编制：党政综合办公室", None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "qianfeng_zone_committee_points_as_groups",
        "https://www.takungpao.com/opinion/233115/2022/0121/679475.html",
        "(harder) 经济开发区管理委员会 廉政风险点岗位责任分解表 laid out BY RISK, after the source's commentary on 开发区 "
        "graft (the 管委会 a 派出机构 holding 审批, 执法 and 监管 at once; 征地拆迁, 重大项目, 公共资源交易, 土地资源): a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, a header ``序号 | 责任部门 | 责任岗位 | 责任人 | "
        "风险等级 | 本岗位防控措施`` with NO RISK COLUMN; each risk point a GROUP ROW merged across (``一、`` … ``五、``), "
        "under it one numbered row for each post it touches (部门, 岗位 and 责任人 on every row, nothing merged) with "
        "the post's own level ``一级/二级/三级`` and measure — one point two or three holders', one holder's points in "
        "several groups; no type column; a merged ``注：`` line saying so and an 编制/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qianfeng_investment_bureau_list() -> dict:
    unit = f"{ZONE}招商局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郜琰崧", "leader", [
            ("重大招商项目投资协议不经集体研究即签订", "制度机制", "高", "投资协议经管委会主任办公会审定，法律顾问审核。"),
            ("对投资方身份、实力不考察核实，盲目签约", "岗位职责", "高", "签约前开展尽职调查，核实投资方资信。"),
        ]),
        ("局领导", "副局长", "仝霁岑", "leader", [
            ("为追求签约数据虚报招商项目和投资额", "思想道德", "中", "招商数据以注册、到位资金凭证为准，定期核查。"),
        ]),
        ("招商一科", "科长", "羿沨璟", "middle", [
            ("外出招商超标准接待、借机旅游", "思想道德", "中", "外出招商事前审批行程，回来提交工作报告。"),
            ("向客商承诺超出政策规定的优惠条件", "业务流程", "高", "优惠条件以区政策文件为限，书面答复经局长审签。"),
        ]),
        ("招商一科", "科员", "竺淼岍", "general", [
            ("泄露在谈项目商业信息", "岗位职责", "低", "在谈项目资料专人保管，签订保密承诺。"),
        ]),
        ("招商二科", "科长", "蒯曈湛", "middle", [
            ("中介招商奖励认定不实，虚列引荐人", "外部环境", "中", "引荐关系书面确认，奖励经联审会议审定。"),
            ("接受客商宴请、礼品礼金", "外部环境", "低", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("综合科", "会计", "咸澐翎", "general", [
            ("招商经费报销票据审核不严", "业务流程", "中", "招商经费按开支标准逐项审核，按季公开。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "qianfeng_investment_bureau_list", "http://www.zgjjyfzw.cn/list_41/1755.html",
        "经济开发区招商局 岗位廉政风险防控一览表, after the source's ``假院士`` 招商 scandal (a 33亿 框架协议, 考察核实, 签约, "
        "``表演式招商``, ``唯数据论``): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then "
        "序号/科室 merged (局领导, 招商一科, 招商二科, 综合科)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def qianfeng_planning_construction_two_sheets() -> dict:
    unit = f"{ZONE}规划建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("巩澈翊", "局长", "主持全面工作，分管规划管理", [
            ("规划条件调整、容积率变更个人说了算", "一级", "规划条件变更经规划委员会集体审议并公示。"),
            ("未办理供地手续即为项目出具规划意见", "一级", "规划意见以供地手续齐全为前置条件。"),
        ]),
        ("乜旻澍", "副局长", "分管建设管理、市政设施", [
            ("干预施工企业选定，为亲友承揽工程", "一级", "工程项目进入公共资源交易平台，领导干部插手登记报告。"),
            ("工程变更签证审批把关不严", "二级", "变更签证经监理、跟踪审计会签后报批。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划管理科", "科长", "暨溍泓", "middle", [
            ("建设工程规划许可审查降低标准", "一级", "许可审查实行初审、复审两级，结果网上公开。"),
            ("规划核实走过场，对超面积建设不予纠正", "二级", "规划核实两人以上现场测量，照片存档。"),
        ]),
        ("规划管理科", "科员", "麴芷崟", "general", [
            ("规划设计方案审查中泄露竞争方案", "三级", "设计方案审查资料专人保管，借阅登记。"),
        ]),
        ("建设管理科", "科长", "籍烜霆", "middle", [
            ("施工许可材料审核不严，未批先建不制止", "一级", "施工许可一次性告知，巡查发现未批先建立即制止并上报。"),
            ("质量安全监督检查流于形式", "二级", "监督检查记录当事人签字，问题限期整改销号。"),
        ]),
        ("市政设施科", "造价工程师", "桓鋆汐", "general", [
            ("市政工程结算审核高估冒算", "二级", "结算送第三方审计，审减结果复核。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "qianfeng_planning_construction_two_sheets", "http://new.aaohe.com/qgcc/22722.html",
        "经济开发区规划建设局 廉政风险防控表 in two sheets, after the source's 通报 on a 空港经济开发区 that took land "
        "unlawfully (管委会主任, 城建局 and 规划局 副局长 punished; 未办理农用地转用 and 供地手续, 国有土地使用证, a 商品房 "
        "项目): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged (规划管理科, "
        "建设管理科, 市政设施科)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def qianfeng_enterprise_service_selfchecks() -> dict:
    unit = f"{ZONE}企业服务中心"
    t = _Truth(unit)
    people = [
        ("沙璆蕴", "中心领导", "主任", "leader", [
            ("惠企政策资金分配不经集体研究", "制度机制风险", "一级风险", "资金分配方案中心办公会研究，结果公示。", "已落实"),
            ("为亲友企业申报项目打招呼", "思想道德风险", "一级风险", "插手干预事项如实登记报告。", "未发现问题"),
        ]),
        ("鄂颀澄", "企业服务科", "科长", "middle", [
            ("代办帮办中吃拿卡要、故意拖延", "岗位职责风险", "二级风险", "代办事项限时办结，企业评价。", "已落实"),
            ("惠企补贴申报材料审核不严，虚假申报获补", "业务流程风险", "一级风险", "申报材料现场核查，审核意见双人签字。", "正在整改"),
            ("向中介机构推荐企业收取好处", "外部环境风险", "二级风险", "中介服务由企业自主选择，不指定不推荐。", "已落实"),
        ]),
        ("宓沄骞", "综合科", "出纳", "general", [
            ("补贴资金不按审批拨付到企业账户", "业务流程风险", "二级风险", "拨付凭审批单和企业对公账户办理。", "已落实"),
            ("票据、印鉴由一人保管", "制度机制风险", "三级风险", "财务印鉴分人保管。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 13, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None, None)
        sh.add("所在科室", dept, "填表日期", "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qianfeng_enterprise_service_selfchecks", "https://chongming.jiaxishangwu.com/zhishi/212.html",
        "经济开发区企业服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 开发区 "
        "企业服务中心 as 政策落地 ``翻译官`` (申报, 补贴, 双轨申报材料, 政策直通车, 全流程跟踪): a title, the pairs ``姓　名 | … | "
        "职　务 | …`` and ``所在科室 | … | 填表日期 | 2025年9月``, then 序号/风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施/``自查情况``; a blank row and ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def qianfeng_park_development_company_posts() -> dict:
    unit = f"{PLACE}产业园区开发建设有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "leader", [
            ("项目合作方选择", "作为项目政府方出资代表，在社会资本方选择中打招呼、定向倾斜", "外部环境", "高风险",
             "社会资本方公开招标，评标全程纪检监督。"),
            ("重大投资决策", "重大投资事项不经董事会集体决策", "制度机制", "高风险", "落实“三重一大”决策制度，会议纪要存档。"),
        ]),
        ("工程管理部", "经理", "middle", [
            ("工程变更", "虚增工程变更、签证，抬高工程造价", "业务流程", "高风险", "变更签证经监理、审计、业主三方会签。"),
            ("隐蔽工程验收", "隐蔽工程验收不到现场，验收记录不实", "岗位职责", "中风险", "隐蔽工程验收影像留存，监理旁站。"),
        ]),
        ("工程管理部", "现场工程师", "general", [
            ("施工现场管理", "接受施工单位宴请，对质量问题睁一只眼闭一只眼", "思想道德", "中风险",
             "现场问题书面通知整改，廉洁协议随合同签订。"),
        ]),
        ("投资融资部", "经理", "middle", [
            ("融资中介选择", "融资中介机构选择不公开，收取回扣", "外部环境", "中风险", "中介机构比选，结果公示。"),
        ]),
        ("财务部", "会计", "general", [
            ("工程款支付", "不按合同约定和进度支付工程款", "业务流程", "中风险", "支付凭进度确认单、审批单办理。"),
            ("资金往来", "公司资金出借给关联企业", "制度机制", "低风险", "对外借款一律禁止，资金往来月度对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "qianfeng_park_development_company_posts",
        "http://www.paper114.com/xwzx/201703/t20170323_6199639.html",
        "产业园区开发建设有限公司 岗位廉洁风险点排查表 对岗不对人, after the source's 新城开发建设有限公司 as 项目政府方出资代表 of "
        "a 会展中心 PPP (社会资本方, ``联防风险、共建廉洁``, 联席会议, 审计): a title, then 序号/部门 merged (公司领导, 工程管理部, "
        "投资融资部, 财务部)/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制：综合部 | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def qianfeng_logistics_park_cards() -> dict:
    unit = f"{PLACE}物流园区运营管理有限公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "扶峣澍", "公司领导", "leader", [
            ("入园企业准入不按标准审核，为“圈地”企业放行", "制度机制风险", "★★★", "入园企业准入经评审小组集体评审。"),
            ("场地租金减免个人决定", "岗位职责风险", "★★★", "租金减免按政策标准，经总经理办公会研究。"),
            ("接受入园企业宴请、礼品", "思想道德风险", "★★", "签订廉洁承诺，拒收登记。"),
        ]),
        ("招商专员", "蓬溆晗", "招商运营部", "general", [
            ("虚报入园企业数量和经营场地面积", "业务流程风险", "★★", "入园台账与营业执照、租赁合同核对。"),
            ("对企业资质、从业人员情况审核走过场", "岗位职责风险", "★★", "资质材料原件核验，复印件存档。"),
        ]),
        ("场地管理员", "堵岷璋", "资产管理部", "general", [
            ("场地使用属性变更不报告，默许改作他用", "岗位职责风险", "★★★", "场地每月巡查，变更用途书面报告。"),
            ("闲置场地私下出租收取租金", "思想道德风险", "★★", "场地出租统一签订合同，租金公司账户收取。"),
            ("仓储设施维修虚报工程量", "业务流程风险", "★", "维修验收两人以上，附维修前后照片。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", tab, None)
        sh.add("所在部门", dept, "持卡时间", "2025年9月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0826-12388", None, None)
        sheets.append(sh)
    return _layout(
        "qianfeng_logistics_park_cards", "http://www.abix7.com/ds/63803.html",
        "物流园区运营管理有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs 总经理, 招商专员, 场地管理员), after the source's "
        "物流园区 ``圈地`` (企业资质, 经营场地, 从业人员, 场地使用属性, 圈而不建, 土地闲置): a title, the pairs ``姓　名 | … | "
        "岗　位 | …`` and ``所在部门 | … | 持卡时间 | 2025年9月``, then 序号/风险点/风险类型 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def qianfeng_land_requisition_center_groups() -> dict:
    unit = f"{ZONE}征地拆迁服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "郯崧湄", "leader", [
                ("补偿方案制定", "补偿标准执行不一，优亲厚友", "Ⅰ级", "补偿方案报区政府审定，标准公开。"),
                ("安置房分配", "安置房源分配不按顺序，暗箱操作", "Ⅰ级", "安置房源公开摇号，纪检现场监督。"),
            ]),
            ("副主任", "酆瑀棠", "leader", [
                ("征收资金审核", "补偿资金审核把关不严，多付错付", "Ⅱ级", "补偿资金三级审核，按户建档。"),
            ]),
        ]),
        ("二、征收安置股", "征收安置股", [
            ("股长", "缑澧芃", "middle", [
                ("土地权属确认", "土地权属认定不实，为无权属人员出具证明", "Ⅰ级", "权属认定村组评议、公示后确认。"),
                ("勘查丈量", "丈量面积虚增，自编“水下面积”", "Ⅰ级", "丈量三方到场，数据现场签字确认。"),
            ]),
            ("征收专干", "钭沚岚", "general", [
                ("青苗和附着物清点", "清点数量弄虚作假，与被征收户串通", "Ⅱ级", "清点全程录像，结果公示七日。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("会计", "糜泠珈", "general", [
                ("补偿资金发放", "补偿资金不直接拨付到户，现金发放", "Ⅱ级", "补偿资金一律打卡发放。"),
                ("工作经费报销", "虚列征收工作经费", "Ⅲ级", "经费报销附工作记录，按季公开。"),
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
        "qianfeng_land_requisition_center_groups",
        "http://big5.taiwan.cn/xwzx/dl/shh/201611/t20161114_11621955.htm",
        "经济开发区征地拆迁服务中心 廉政风险防控责任清单, after the source's 征地补偿 graft rings (权属确认, 青苗和附着物清点, "
        "勘查丈量, 资金发放, 自编 ``水下面积``): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、征收安置股``, ``三、综合股`` merged across (no 股室 column); 岗位 "
        "and 姓名 merged per person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qianfeng_industrial_park_list() -> dict:
    unit = f"{PLACE}新桥工业园区管理委员会"
    sh = _Sheet("一览表", [6, 14, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("管委会领导", "主任", "谯翀屿", "leader", "亲友在园区内投资经商、承揽工程不报告不回避", "思想道德风险", "Ⅰ",
         "领导干部亲属经商办企业情况如实报告，涉及事项回避。"),
        ("管委会领导", "主任", "谯翀屿", "leader", "园区收费项目、标准个人决定", "制度机制风险", "Ⅰ",
         "收费项目和标准报区发改局审核并公示。"),
        ("党政办公室", "主任", "茆漱岚", "middle", "公务接待、公车使用超标准", "岗位职责风险", "Ⅲ",
         "接待和用车事前审批，清单按月公示。"),
        ("经济发展部", "部长", "阙峄澂", "middle", "企业技改补助项目初审把关不严", "业务流程风险", "Ⅱ",
         "补助项目现场核查，初审意见集体研究。"),
        ("经济发展部", "项目专员", "庹沁瑗", "general", "入园项目统计数据弄虚作假", "岗位职责风险", "Ⅱ",
         "统计数据与税务、电力数据比对。"),
        ("经济发展部", "项目专员", "庹沁瑗", "general", "向企业推荐指定的中介和施工单位", "外部环境风险", "Ⅱ",
         "不得为企业指定中介和施工单位，违者追责。"),
        ("财政审计部", "会计", "虢湘芷", "general", "园区专项资金不专账核算", "业务流程风险", "Ⅰ",
         "专项资金专账核算，年度审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "qianfeng_industrial_park_list", "https://fx361.cc/page/2021/0711/8544833.shtml",
        "新桥工业园区管理委员会 岗位廉政风险防控一览表, after the source's ``一霸手`` of a 经济开发区 (亲友在区内投资经商、承揽业务, "
        "费用想收就收, 封闭式管理): a title, then 序号/部门/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/"
        "风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qianfeng_zone_committee_points_as_groups(),
    qianfeng_investment_bureau_list(),
    qianfeng_planning_construction_two_sheets(),
    qianfeng_enterprise_service_selfchecks(),
    qianfeng_park_development_company_posts(),
    qianfeng_logistics_park_cards(),
    qianfeng_land_requisition_center_groups(),
    qianfeng_industrial_park_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch330-inbox"))
