"""The two-hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇, 街道,
村/社区 and 站所, 甘洛县 (a county of the 凉山彝族自治州 on the 尼日河 and the 大渡河, the 成昆铁路
running through it, its 铅锌 mines about 阿尔, its hydropower 移民; its staff Han and Yi) — the
田坝镇's 一览表, the 海棠镇综合行政执法队's 责任清单, the 吉米镇移民工作站's 防控卡, the 阿尔乡's 自查表,
the 尼日河街道's two sheets, the 玉田镇龙泉村's “两委” 排查表, the 普昌镇经济发展服务中心's 一览表 and
the 前进镇退役军人服务站's 排查登记表 — each handing back the table its staff typed in WPS or Excel, the
rows about “三重一大”, 村（社区）干部人选, 镇本级资金 “一支笔”, 惠农补贴面积, 衔接资金项目, 违法建设,
占道经营, 暂扣物品, 赋权事项, 法制审核, 移民后期扶持 人口核定, 一卡通, 后扶项目, 矿山复工, 关闭矿井
“关死关牢”, 联合执法, 每周一报, 城管, 公共财政所, 村规民约, 红白理事会, 移民安置 集体商铺, “三资” 委托
代理, 联签会审, 资金会计, 会计档案, 优待证, 光荣牌, 优抚对象年度确认, 信息采集 and 走访慰问:

- the 田坝镇's 岗位廉政风险防控一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``站所（办、中心）`` merged (镇领导班子 and the 镇's 办, 中心 and 队), ``岗位`` and ``姓名`` merged per
  person, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, a 填表人/审核人/镇纪委（盖章） line;
- the 海棠镇综合行政执法队's 责任清单 对岗不对人: ``岗位`` merged, an ``执法事项`` column before the risk,
  short types under ``风险类别``, ``一级/二级/三级``, a ``责任领导`` column of posts; no names;
- the 吉米镇移民工作站's 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 移民专干, 报账员):
  ``持卡人 | … | 岗　位 | … | 所在站所 | …`` in one row, a merged ``主要职责：…`` line, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``, a 持卡人/镇分管领导/监督电话 line;
- the 阿尔乡's 工作人员廉政风险自查表, one sheet a person (tabs 安办主任, 安全监管员, 矿山巡查员): two
  rows of label | value pairs (``姓　名 | … | 性　别 | … | 民　族 | …`` and ``职　务 | … | 所在部门 | … |
  填表时间 | …``), a ``工作职责`` column before the risk, ``…风险`` types, ``一级/二级/三级``, a ``自查情况``
  column, ``本人签字： | 分管领导意见：`` below;
- the 尼日河街道's file in two sheets: ``街道领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险描述``), 高/中/低, no type column;
- the 龙泉村's 村“两委”干部岗位廉政风险排查表 under a ``填报单位：…（盖章）　填报时间：…`` line:
  ``职务 | 姓名 | 主要职责`` merged per person, ``★★★/★★/★`` read by a ``注：`` line, no type column,
  a 监督会/镇包村领导 line below;
- the 普昌镇经济发展服务中心's (“三资” 委托代理) 一览表: ``岗位`` and ``责任人`` merged per person, a
  ``业务环节`` column, short types, 高/中/低, a ``注：`` line and a 填表人/审核人/中心主任 line;
- the 前进镇退役军人服务站's 排查登记表 under ``填报站所：… | 填报时间：…``: ``岗位`` and ``姓名`` merged per
  person, a ``工作事项`` column, 高/中/低, a ``备注`` (``新增`` on one row), no type column; the
  公益性岗位's worker, who has nothing to declare, on a row saying only ``无``.

One is harder:

- ``ganluo_chengnan_community_names_listed``: the 新市坝镇城南社区's 岗位廉政风险防控一览表, ``序号 | 岗位 |
  姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, where two posts are held by SEVERAL people: the
  ``岗位`` cell is merged over the post's block, and the holders' names are LISTED ONE A ROW, unmerged,
  down the 姓名 column of the block, beside the post's risk rows but not aligned with them — the
  ``专职网格员`` block holds four names beside three risk points (its fourth row has a name and
  nothing else), the ``社区专职工作者（便民服务）`` block two names beside three points (its third 姓名
  cell empty). The posts held by one person have their name merged down the block as usual. A
  ``注：`` line says each such post's points are the common points of all its people. The README's
  读得懂的表 knows two names in one cell (``A岗:周敏⏎B岗:高翔``, ``会计、出纳 | 么若澄、青蔓菁``), a post
  written ``经办员（巫马栖棠、梁丘若棠）``, a roster of a post's people on a card, and names written only in
  a block's first row (carried down) or rewritten on every row (a blank one meaning nobody); it says
  nothing of a post's several holders listed one a row beside its points, which read row by row
  would give each point to one person, the last name to no point and the blank cell to nobody.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a piece on 乡镇 机构 after the
reform — “5办3中心1队”: 党政综合办, 基层党建办, 经济发展办, 社会事务办, 平安法治办, 农业农村发展服务中心,
党群服务中心, 综合行政执法队; a report on 乡镇综合行政执法 — “一支队伍管执法”, 综合执法小院, “六室一库”,
市场监督管理所, 自然资源和规划所 and 城管中队 moved in; a 镇 on 大中型水库移民后期扶持 — names checked and
updated every month, 一卡通 申报, 公示栏; a 乡 on 矿山 安全生产 after the holidays — 复工 only after
整改, 安委会, 联合执法 with 公安, 国土, 煤管站 and 电力, 关闭非法矿井 “关死关牢”, 安办 巡查 and 每周一报; a
note on 街道办事处 机构 — 党工委办公室, 政府办公室, 城管科, 社会事务管理科, 经济发展科, 公共财政所; a 彝家新寨
移民新村 made of three villages — 村规民约 by “四议四听”, the “三会” (党务村务财务事务监督会, 邻里互助会,
红白理事会); a 区's 农村集体经济组织财务会计委托代理 rules — 镇（街道）经济发展服务中心, 主管会计, 代理会计,
资金会计（出纳）, 档案管理, 岗位不相容; a 街道's 退役军人服务站 handing out 优待证 — 受理, 审核通过率; a
page on what a 社区 专职网格员 does — 信息采集 (流动人口登记, 特殊人群建档), 矛盾调解, 隐患巡查上报, 协助
办理证件申请、福利申领, 独居老人 and 残障人士 代办) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with
rare given names — 谯, 阙, 郏, 眭, 蔺, 璩, 厍, 訾, 苌, 粟, 亢, 侴, 佴, 兀, 暨, 禚 … — and Yi names as a 凉山
county's staff carry them — 吉克木呷, 瓦扎阿依, 沙马尔日, 阿尔拉格, 勒尔伍沙, 俄木拉哈 …); every unit is a
body of 甘洛县 (its 镇, 乡, 街道, 社区 and 村, real names or invented).

Run ``python tests/published/score.py --set batch270`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches (most as batch266 took them):

- in the harder file each person listed in a post's block holds EVERY point of the block (the
  ``注：`` says so): one form a person, with that post; a name with no point beside it is no less a
  holder, and a point beside an empty 姓名 cell is the post's too; the posts held by one person are
  read as usual;
- a 镇's (乡's) own 站/所/中心/队/办 is a part of the 镇, as batches 72, 163, 228, 254, 258, 262 and 266
  took them: in a file of one of them the unit is the 镇 (``甘洛县吉米镇``), the department that part
  as its title or its 所在站所/所在部门 field writes it (``移民工作站``, ``安全生产监督管理办公室``); in the
  镇's own list ``镇领导班子`` is the 科室 of its leaders and each 办, 中心 and 队 a 科室; a 街道's 办, 科 and
  所 are its 科室, ``街道领导`` the 科室 of its leaders; a 社区 and a 村 are units with no 科室;
- 党委书记, 镇长, 党工委书记, 办事处主任, 副主任 (of the 街道), 村党总支书记、村委会主任 (一肩挑), 村党总支
  副书记, 村委会副主任, 社区党委书记、居委会主任 and 社区党委副书记 are leaders; 站长, 队长, 副队长, 所长, 科长, the 主任 of
  a 镇's 办 or 中心 and of a 街道's 办 middle; the rest (民政专干, 执法队员, 法制审核员, 暂扣物品保管员, 移民专干,
  报账员, 安全监管员, 矿山巡查员, 科员, 会计, 村文书, 主管会计, 代理会计, 资金会计, 档案管理员,
  专职工作人员, 网格员, 专职工作者, 居委会委员 …) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``执法事项``, ``主要职责``,
  ``工作职责``, ``分管工作``, ``业务环节``, ``工作事项``, ``自查情况``, ``备注``, ``责任领导`` (posts) and the
  ``注：`` lines, seals and sign-off lines are no points and name no holder; the 执法队's list names no
  person: its forms are posts (对岗不对人);
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (by the ``注：`` line) and
  高/中/低 are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b270_"
PLACE = "甘洛县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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

# (岗位, [姓名 …], tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
COMMUNITY = [
    ("社区党委书记、居委会主任", ["吉克木呷"], "leader", [
        ("社区集体资产出租、处置不经“两委”会议集体研究", "制度机制", "高",
         "严格执行“四议两公开”，会议记录存档，结果在居务公开栏公示。"),
        ("社区公益性岗位人员推荐优亲厚友", "思想道德", "中", "推荐条件和人选公示五个工作日，报镇社会事务办审核。"),
        ("辖区小型维修工程指定施工队伍", "外部环境", "高", "小型工程比选确定施工方，居务监督委员会全程监督。"),
    ]),
    ("社区党委副书记", ["谯砚耘"], "leader", [
        ("党费收缴、使用不规范", "制度机制", "低", "党费按月收缴、专户管理，使用情况每半年公开一次。"),
        ("发展党员程序不规范，培养考察走过场", "岗位职责", "中", "发展党员全程纪实，各环节公示并报镇党委预审。"),
    ]),
    ("社区居委会委员（民政）", ["瓦扎阿依"], "general", [
        ("低保申请入户核查走过场，出具不实核查意见", "岗位职责", "高", "入户核查两人以上，核查记录拍照留存，评议结果公示。"),
        ("高龄津贴对象死亡、迁出后未及时停发", "业务流程", "中", "每月与派出所、殡葬数据比对，变动人员当月报停。"),
    ]),
    ("社区报账员", ["郏翊棠"], "general", [
        ("以白条、收据代替发票报账", "业务流程", "中", "报账凭合规票据，居务监督委员会逐张审核签字。"),
        ("代管的居民活动经费公款私存", "思想道德", "高", "经费存入社区账户，由镇经济发展服务中心代理记账。"),
    ]),
    ("专职网格员", ["阙泠湲", "沙马尔日", "眭蘅皋", "阿尔拉格"], "general", [
        ("流动人口、特殊人群信息采集不实，台账弄虚作假", "岗位职责", "中",
         "信息采集定位留痕，社区每月抽查回访百分之十。"),
        ("帮居民代办证件申请、福利申领时索要好处", "思想道德", "高", "代办事项登记，办结后电话回访，举报电话上墙。"),
        ("巡查发现的安全隐患不上报或替商户隐瞒", "外部环境", "中", "隐患一律录入网格平台，逾期未处置自动预警。"),
    ]),
    ("社区专职工作者（便民服务）", ["蔺芃羽", "勒尔伍沙"], "general", [
        ("为不符合条件的居民出具证明", "岗位职责", "高", "出具证明前核实，证明存根登记，社区书记审签。"),
        ("代办养老资格认证、医保参保时收取费用", "思想道德", "中", "代办服务一律免费，收费举报电话在窗口公示。"),
        ("便民服务窗口办件不登记、不按时限办结", "业务流程", "低", "办件台账逐件登记，超时限办件每月通报。"),
    ]),
]  # fmt: skip


def ganluo_chengnan_community_names_listed() -> dict:
    unit = f"{PLACE}新市坝镇城南社区"
    sh = _Sheet("一览表", [6, 16, 10, 38, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：城南社区党委（盖章）{GAP * 12}填报时间：2024年11月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    n = 0
    for post, names, tier, points in COMMUNITY:
        first = len(sh.rows)
        height = max(len(names), len(points))
        for i in range(height):
            who = names[i] if i < len(names) else None
            if i < len(points):
                n += 1
                point, typ, lv, measures = points[i]
                sh.add(n, post if i == 0 else None, who, point, typ, lv, measures)
            else:
                sh.add(None, post if i == 0 else None, who, None, None, None, None)
        if height > 1:
            sh.merge(first, 1, first + height - 1, 1)
            if len(names) == 1:  # one holder: the name merged down the block, as usual
                sh.merge(first, 2, first + height - 1, 2)
        for who in names:
            for point, typ, lv, _measures in points:
                t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _line(
        sh,
        "注：1.风险等级分为高、中、低三级。2.专职网格员、社区专职工作者岗位有多名工作人员，姓名在“姓名”栏内"
        "逐行列出，该岗位所列风险点为本岗位全体人员共同防控的风险点。",
        7,
    )
    sh.add("填表人：", None, "社区党委书记（签字）：", None, "镇纪委审核：", None, "2024年11月")
    return _layout(
        "ganluo_chengnan_community_names_listed", "https://www.fudaoke.com/exam/2182590.html",
        "(harder) 镇 社区 岗位廉政风险防控一览表, after the source's page on what a 社区 专职网格员 does (信息采集 and "
        "更新 — 流动人口登记, 特殊人群建档; 矛盾调解; 治安巡查与隐患上报; 协助办理证件申请、福利申领; 独居老人、残障"
        "人士 代办): a title, a merged ``填报单位：城南社区党委（盖章）　…　填报时间：2024年11月`` line, then 序号/岗位/"
        "姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; the 岗位 cell merged over each post's block; "
        "the posts held by one person (社区党委书记、居委会主任, 副书记, 居委会委员（民政）, 报账员) have the name merged "
        "down the block, but the two posts held by SEVERAL people list the names ONE A ROW, unmerged, beside the "
        "post's points and not aligned with them: ``专职网格员`` four names beside three points (the fourth row a name "
        "and nothing else), ``社区专职工作者（便民服务）`` two names beside three points (the third 姓名 cell empty); a "
        "merged ``注：…同一岗位…姓名在“姓名”栏内逐行列出，该岗位所列风险点为本岗位全体人员共同防控的风险点。`` line and "
        "a 填表人/社区党委书记（签字）/镇纪委审核/date line; every person listed holds every point of the block",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ganluo_tianba_town_list() -> dict:
    unit = f"{PLACE}田坝镇"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}人民政府{GAP * 10}填报时间：2024年10月", 8)
    sh.add(
        "序号", "站所（办、中心）", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("镇领导班子", "党委书记", "俄木拉哈", "leader", [
            ("“三重一大”事项会前定调、个人说了算", "制度机制风险", "Ⅰ级",
             "“三重一大”事项经党委会集体研究，会议纪要存档，镇纪委列席监督。"),
            ("村（社区）干部人选推荐把关不严，带病提名", "岗位职责风险", "Ⅰ级", "人选资格联审，结果在村（社区）公示。"),
        ]),
        ("镇领导班子", "镇长", "璩岫澜", "leader", [
            ("镇本级资金支出“一支笔”审批把关不严", "岗位职责风险", "Ⅰ级", "大额支出集体研究，支出凭证经办、审核、审批三签。"),
            ("镇村建设项目插手干预发包", "外部环境风险", "Ⅰ级", "项目按限额进入公共资源交易平台，全程纪实。"),
        ]),
        ("党政综合办公室", "主任", "厍澂岳", "middle", [
            ("公务接待、公车使用超标准", "制度机制风险", "Ⅱ级", "接待先审批后接待，公车出行登记，每月公示。"),
        ]),
        ("经济发展办公室", "主任", "訾翮川", "middle", [
            ("项目申报材料弄虚作假争取资金", "思想道德风险", "Ⅱ级", "申报材料逐项核实，分管领导审签后上报。"),
        ]),
        ("社会事务办公室", "民政专干", "吉伍尔布", "general", [
            ("低保、特困人员认定办“人情保”“关系保”", "思想道德风险", "Ⅰ级", "入户调查两人以上，民主评议和审核结果公示。"),
            ("临时救助资金发放不及时、不公示", "业务流程风险", "Ⅱ级", "救助资金打卡发放，名单按月公示。"),
        ]),
        ("平安法治办公室", "主任", "苌杳霭", "middle", [
            ("矛盾纠纷调处中偏袒一方", "外部环境风险", "Ⅲ级", "调处两人以上，调解协议存档，当事人回访。"),
        ]),
        ("农业农村发展服务中心", "主任", "粟筠庭", "middle", [
            ("耕地地力保护补贴面积核实不实，虚报冒领", "岗位职责风险", "Ⅰ级", "面积村级公示、镇级抽查，补贴打卡到户。"),
            ("衔接资金项目验收走过场", "业务流程风险", "Ⅱ级", "项目验收邀请村民代表和监督会参加，验收资料存档。"),
        ]),
        ("党群服务中心", "主任", "亢珩舟", "middle", [
            ("文化活动经费、物资使用不登记", "制度机制风险", "Ⅲ级", "经费使用报账公示，物资领用登记。"),
        ]),
        ("综合行政执法队", "队长", "阿什尔哈", "middle", [
            ("对违法建设、占道经营选择性执法", "外部环境风险", "Ⅱ级", "执法全程记录，处理结果公示，重大案件集体讨论。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, "镇纪委（盖章）", None)
    return _layout(
        "ganluo_tianba_town_list", "https://www.163.com/dy/article/KJECEHF00556DMXY.html",
        "镇 岗位廉政风险防控一览表, after the source's piece on 乡镇 综合行政执法 and the 乡镇 机构 after the reform (“5办3中心1队”: "
        "党政综合办, 基层党建办, 经济发展办, 社会事务办, 平安法治办, 农业农村发展服务中心, 党群服务中心, 综合行政执法队): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…人民政府　…　填报时间：2024年10月`` line, then 序号/``站所（办、中心）`` "
        "merged (镇领导班子 and eight 办, 中心 and 队)/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on the levels and a 填表人/审核人/镇纪委（盖章） line",
        [sh], t,
    )  # fmt: skip


def ganluo_haitang_enforcement_duties() -> dict:
    unit = f"{PLACE}海棠镇"
    dept = "综合行政执法队"
    sh = _Sheet("责任清单", [6, 14, 16, 38, 10, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险防控责任清单", 8)
    _line(sh, f"编制单位：海棠镇{dept}{GAP * 6}审核：海棠镇纪委{GAP * 6}2024年10月", 8)
    sh.add("序号", "岗位", "执法事项", "廉政风险点", "风险类别", "风险等级", "防控措施", "责任领导")
    rows = [
        ("队长", "middle", [
            ("赋权事项行政处罚", "重大行政处罚不经法制审核和集体讨论即作出决定", "制度机制", "一级",
             "重大处罚决定先法制审核、再集体讨论，讨论记录存档。", "镇分管领导"),
            ("联合执法", "联合执法中对关系人的违法行为打招呼、放一马", "思想道德", "一级",
             "说情打招呼一律登记报告，执法结果在镇政务公开栏公示。", "镇分管领导"),
        ]),
        ("副队长", "middle", [
            ("违法建设查处", "对农村违法占地建房只劝导不立案", "岗位职责", "二级", "巡查发现问题一律登记立案，逾期未结案通报。",
             "镇分管领导"),
            ("占道经营整治", "对占道经营商户选择性执法、以罚代管", "外部环境", "二级", "执法全程记录仪记录，处罚标准公开。",
             "队长"),
        ]),
        ("法制审核员", "general", [
            ("法制审核", "法制审核走过场，对违法事实不清的案件出具同意意见", "岗位职责", "二级",
             "审核意见书面出具，审核人签字负责，县司法局定期抽查。", "队长"),
        ]),
        ("执法队员", "general", [
            ("现场检查", "检查中接受当事人宴请、礼品，降低处罚", "思想道德", "二级", "执法两人以上，签订廉洁执法承诺书。", "队长"),
            ("执法文书", "执法文书补签、倒签，事后补录证据", "业务流程", "三级", "文书当场制作，证据同步上传执法平台。", "队长"),
        ]),
        ("暂扣物品保管员", "general", [
            ("暂扣物品管理", "暂扣物品不入库登记、私自处理", "制度机制", "二级", "物品入“一库”逐件登记，出入库双人签字。",
             "队长"),
            ("罚没物品处置", "罚没物品处置不按规定拍卖或销毁", "业务流程", "三级", "处置方案集体研究，处置过程拍照存档。",
             "镇分管领导"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for matter, point, typ, lv, measures, leader in points:
            n += 1
            sh.add(n, post, matter, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：本清单对岗不对人，岗位人员调整的，由接任人员执行本岗位防控措施。", 8)
    return _layout(
        "ganluo_haitang_enforcement_duties", "https://m.777doc.com/doc-12678867.html",
        "镇 综合行政执法队 廉政风险防控责任清单 对岗不对人, after the source's report on 乡镇综合行政执法 (“一支队伍管执法”, 综合执法"
        "小院, “六室一库”, 市场监督管理所, 自然资源和规划所 and 城管中队 moved in, 联动融合): a title, a merged ``编制单位：…　"
        "审核：海棠镇纪委　2024年10月`` line, then 序号/岗位 merged (队长, 副队长, 法制审核员, 执法队员, 暂扣物品保管员)/"
        "``执法事项``/廉政风险点/``风险类别`` (short names)/风险等级 ``一级/二级/三级``/防控措施/``责任领导`` (posts: 镇分管领导, "
        "队长); no names; a ``注：本清单对岗不对人…`` line",
        [sh], t,
    )  # fmt: skip


def ganluo_jimi_resettlement_cards() -> dict:
    unit = f"{PLACE}吉米镇"
    dept = "移民工作站"
    t = _Truth(unit)
    cards = [
        ("站长", "佴濯缨", "站长", "middle", "主持移民工作站全面工作，负责移民后期扶持人口核定、后扶项目管理和移民信访", [
            ("后扶人口核定", "对死亡、迁出人员不及时核减，多报后期扶持人口", "制度机制", "高风险",
             "每月比对户籍、殡葬数据，核定名单经镇党委会研究后公示。"),
            ("后扶项目管理", "后扶项目发包指定施工方，验收不严", "外部环境", "高风险", "项目公开比选，验收邀请移民代表参加。"),
            ("移民信访处理", "信访诉求拖延不办或选择性答复", "岗位职责", "低风险", "信访件登记编号，办理结果书面答复并回访。"),
        ]),
        ("移民专干", "吉则阿妞", "移民专干", "general", "负责移民后期扶持名单每月核实更新、一卡通申报和公示", [
            ("名单核实", "核实走过场，冒名顶替、重复享受不发现", "岗位职责", "中风险", "逐户核实身份证、户口簿，核实表本人签字。"),
            ("一卡通申报", "申报时篡改补贴对象银行账户", "思想道德", "高风险", "申报信息双人录入复核，账户变更须本人申请。"),
            ("名单公示", "公示不全、公示期不足", "业务流程", "低风险", "名单在镇、村公示栏公示七日，拍照留存。"),
        ]),
        ("报账员", "禚霂晞", "报账员", "general", "负责后扶项目资金报账和移民资金台账", [
            ("项目资金报账", "虚列项目支出，套取后扶资金", "业务流程", "中风险", "报账凭证经站长、分管领导审签，镇财政所复核。"),
            ("资金台账", "移民资金台账登记不全、账实不符", "制度机制", "低风险", "台账按月与财政所对账，年终盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 14, 34, 10, 10, 34])
        _line(sh, f"{unit}{dept}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "岗　位", post, "所在站所", f"吉米镇{dept}")
        _line(sh, f"主要职责：{duty}。", 6)
        sh.add("序号", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
        for i, (point, shown, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, shown, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None, "监督电话：12388", None)
        sheets.append(sh)
    return _layout(
        "ganluo_jimi_resettlement_cards",
        "http://m.fqjz1.com/gongkai/show/c967f127043b74c50b447d9cd3e48024.html",
        "镇 移民工作站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 移民专干, 报账员), after the source's 镇 on 大中型水库"
        "移民后期扶持 (名单人员信息每月核实更新, 一卡通系统 申报, 公示栏 公示): a title, ``持卡人 | … | 岗　位 | … | 所在站所 | "
        "吉米镇移民工作站`` in one row, a merged ``主要职责：…`` line, then 序号/a short 风险点/a long ``风险表现``/风险类型 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a blank row and ``持卡人（签字）： | 镇分管领导（签字）： | "
        "监督电话：12388``",
        sheets, t,
    )  # fmt: skip


def ganluo_aer_safety_selfchecks() -> dict:
    unit = f"{PLACE}阿尔乡"
    dept = "安全生产监督管理办公室"
    t = _Truth(unit)
    people = [
        ("安办主任", "兀沂澄", "男", "汉族", "主任", "middle", [
            ("矿山复工验收", "对未整改到位的矿山签署同意复工意见", "岗位职责风险", "一级",
             "复工验收两人以上现场核查，验收意见经乡安委会研究。", "已落实"),
            ("联合执法", "联合执法前向矿山企业透露检查时间", "思想道德风险", "一级", "检查时间临行前确定，参检人员统一管理通讯工具。",
             "已落实"),
            ("隐患整改督办", "隐患整改销号不到现场复查", "业务流程风险", "二级", "整改销号附现场照片，乡分管领导抽查。", "持续整改"),
        ]),
        ("安全监管员", "沙玛伍牛", "男", "彝族", "安全监管员", "general", [
            ("企业安全检查", "检查走过场，接受企业宴请和土特产", "思想道德风险", "二级", "检查记录现场签字，执行廉洁检查“八不准”。",
             "已落实"),
            ("每周一报", "巡查周报弄虚作假，漏报隐患", "岗位职责风险", "三级", "周报附巡查照片和定位，安办主任审核。", "已落实"),
        ]),
        ("矿山巡查员", "侴蘅芜", "女", "汉族", "矿山巡查员", "general", [
            ("关闭矿井巡查", "对已关闭矿井复采、盗采不制止不报告", "岗位职责风险", "一级",
             "关闭矿井逐个建档，每周巡查并拍照，发现问题当日报告。", "持续整改"),
            ("巡查记录", "巡查记录补记、代签", "制度机制风险", "三级", "巡查记录当日录入，安办主任每周核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, nation, post, tier, points in people:
        sh = _Sheet(tab, [6, 14, 34, 13, 8, 32, 10])
        _line(sh, f"{unit}工作人员廉政风险自查表", 7)
        sh.add("姓　名", who, "性　别", sex, "民　族", nation, None)
        sh.add("职　务", post, "所在部门", dept, "填表时间", "2024年9月", None)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (duty, point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("本人签字：", None, "分管领导意见：", None, None, "乡纪委审核：", None)
        sheets.append(sh)
    return _layout(
        "ganluo_aer_safety_selfchecks", "http://www.yawin.cn/list/news_9592.html",
        "乡 工作人员廉政风险自查表 of its 安全生产监督管理办公室, one sheet a person (tabs 安办主任, 安全监管员, 矿山巡查员), after "
        "the source's 乡 on 矿山 安全生产 after the holidays (复工通知 only after 整改, 安全生产成员单位, 联合执法 with 公安、国土、"
        "煤管站 and 电力, 关闭非法矿井 “关死关牢”, 安办 巡查, 每周一报): a title, TWO rows of label | value pairs (``姓　名 | … | "
        "性　别 | … | 民　族 | …`` and ``职　务 | … | 所在部门 | 安全生产监督管理办公室 | 填表时间 | 2024年9月``), then 序号/"
        "``工作职责``/风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施/``自查情况`` (已落实, 持续整改); a blank "
        "row and ``本人签字： | 分管领导意见： | 乡纪委审核：``",
        sheets, t,
    )  # fmt: skip


def ganluo_nirihe_street_two_sheets() -> dict:
    unit = f"{PLACE}尼日河街道"
    t = _Truth(unit)
    lead = _Sheet("街道领导", [6, 10, 10, 20, 38, 8, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("暨澈岚", "党工委书记", "主持街道党工委全面工作", [
            ("重大事项决策不经党工委会集体研究", "高", "落实“三重一大”集体决策，会议纪要存档。"),
            ("社区“两委”干部人选把关不严", "中", "人选资格联审，结果在社区公示。"),
        ]),
        ("阿约阿加", "办事处主任", "主持办事处全面工作，分管公共财政所", [
            ("街道本级资金支出审批把关不严", "高", "大额资金会签，支出情况每季度向党工委报告。"),
        ]),
        ("况泠珂", "副主任", "分管城管科、经济发展科", [
            ("城市管理中对违法建设说情打招呼", "高", "说情打招呼登记报告，查处结果公示。"),
            ("招商引资项目优惠政策随意承诺", "中", "优惠政策按规定执行，项目协议经法律顾问审查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "街道领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    office = _Sheet("内设机构", [6, 14, 10, 10, 18, 34, 8, 32])
    _line(office, f"{unit}内设机构岗位廉政风险防控表", 8)
    office.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("党工委办公室", "主任", "鄢沄澈", "middle", [
            ("干部考核评优", "考核评优搞平衡、照顾关系，结果不公开", "中", "考核细则公开，评优结果公示五个工作日。"),
        ]),
        ("政府办公室", "主任", "曲莫依合", "middle", [
            ("公务接待", "无公函接待、超标准接待", "中", "接待先审批后接待，接待清单按月公示。"),
            ("办公用品采购", "指定商家采购，虚开票据", "低", "比价采购，入库出库登记。"),
        ]),
        ("城管科", "科长", "晁叡渊", "middle", [
            ("违法建设查处", "对违法建设选择性查处，以罚代拆", "高", "查处全程记录，处理结果公示，重大案件集体研究。"),
        ]),
        ("城管科", "科员", "海来拉且", "general", [
            ("占道经营整治", "收受摊贩好处，默许占道经营", "中", "巡查两人以上，整治情况每日登记。"),
        ]),
        ("社会事务管理科", "科长", "冉湄汀", "middle", [
            ("低保审核", "低保审核把关不严，办理“人情保”", "高", "社区评议、街道审核、公示七日，每季度动态复核。"),
            ("就业补贴审核", "就业补贴审核不严，虚报冒领", "中", "补贴对象信息与社保数据比对，名单公示。"),
        ]),
        ("经济发展科", "科长", "卞珣峤", "middle", [
            ("统计数据上报", "统计数据弄虚作假", "低", "数据源头台账留存，上报数据科长、分管领导双签。"),
        ]),
        ("公共财政所", "所长", "日火阿格", "middle", [
            ("资金拨付", "未按预算和审批拨付资金", "高", "资金拨付经办、审核、审批分离，凭审批单拨付。"),
        ]),
        ("公共财政所", "会计", "仝筱漪", "general", [
            ("会计核算", "虚列支出，账实不符", "中", "凭证三级审核，每月与银行对账。"),
        ]),
    ]  # fmt: skip
    first = len(office.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            office.add(n, dept, post, who, point, desc, lv, measures)
            t.point(office.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(office, first, 1, 2, 3)
    _line(office, "注：风险等级分为高、中、低三级。", 8)
    office.add("填表人：", None, None, "审核人：", None, None, "2024年12月", None)
    return _layout(
        "ganluo_nirihe_street_two_sheets", "http://dfrtw.com/lvshishiwusuo/12752.html",
        "街道 廉政风险防控表 in two sheets, after the source's note on 街道办事处 机构 (党工委办公室, 政府办公室, 城管科, 社会事务管理科, "
        "经济发展科, 计划生育办公室; 公共财政所 for 预算内外资金管理): ``街道领导`` — a title, 序号/``姓名 | 职务 | 分管工作`` merged "
        "per leader/风险点/风险等级/防控措施; ``内设机构`` — a title, 序号/``科室`` merged (党工委办公室, 政府办公室, 城管科, 社会事务"
        "管理科, 经济发展科, 公共财政所)/岗位 and 姓名 merged per person/a short 风险点/a long ``风险描述``/风险等级/防控措施, a "
        "``注：`` line and a 填表人/审核人/date line; levels 高/中/低; no type column",
        [lead, office], t,
    )  # fmt: skip


def ganluo_longquan_village_committee() -> dict:
    unit = f"{PLACE}玉田镇龙泉村"
    sh = _Sheet("排查表", [6, 18, 10, 22, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村“两委”干部岗位廉政风险排查表", 7)
    _line(sh, f"填报单位：龙泉村党总支（盖章）{GAP * 12}填报时间：2024年8月", 7)
    sh.add("序号", "职务", "姓名", "主要职责", "廉政风险点", "风险等级", "防控措施")
    people = [
        ("村党总支书记、村委会主任", "罗木伍加", "leader", "主持村党总支和村委会全面工作", [
            ("移民安置遗留的集体商铺出租不经村民代表会议决定", "★★★", "出租方案经“四议四听”决定，公开招租，合同报镇备案。"),
            ("村级工程项目交由亲友承揽", "★★★", "村级工程公开比选，监督会全程监督。"),
        ]),
        ("村党总支副书记", "加拉伍呷", "leader", "协助书记抓党建，分管村规民约执行和红白理事会", [
            ("红白理事会收取或代管礼金不入账", "★★", "红白理事会收支登记，每季度公开。"),
            ("村规民约奖惩执行因人而异", "★", "奖惩事项经村民代表会议评议，结果公示。"),
        ]),
        ("村委会副主任", "苏呷阿莫", "leader", "分管民政、惠民补贴和公益性岗位", [
            ("低保、惠民补贴初评优亲厚友", "★★★", "初评经村民代表评议，评议结果公示七日。"),
            ("公益性岗位人员安排照顾亲友", "★★", "岗位条件和人选公示，报镇社会事务办审核。"),
        ]),
        ("村文书", "璩沁蘅", "general", "负责村务公开、档案和证明材料初审", [
            ("村务公开内容不全、不及时", "★", "每月更新公开栏，公开照片存档。"),
            ("出具证明不核实", "★★", "出具证明前入户核实，证明存根登记。"),
        ]),
        ("村报账员", "甄岚翊", "general", "负责村级财务报账", [
            ("以白条报账，大额现金支付", "★★", "报账凭合规票据，大额支出转账支付，监督会审核签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, duty, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, None, 1, 2, 3)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add()
    sh.add(
        "村党务村务财务事务监督会（签章）：",
        None,
        None,
        "镇包村领导（签字）：",
        None,
        "2024年8月",
        None,
    )
    return _layout(
        "ganluo_longquan_village_committee", "http://www.mikefa.com/n2/2025/1121/c345167-41418539.html",
        "村 村“两委”干部岗位廉政风险排查表, after the source's 彝家新寨 移民新村 made of three villages (村规民约 by “四议四听”, the "
        "“三会” — 党务村务财务事务监督会, 邻里互助会, 红白理事会): a title, a merged ``填报单位：龙泉村党总支（盖章）　…　填报"
        "时间：2024年8月`` line, then 序号/``职务 | 姓名 | 主要职责`` merged per person (村党总支书记、村委会主任 一肩挑, 副书记, "
        "村委会副主任, 村文书, 村报账员)/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a ``注：`` line reading the "
        "stars, a blank row and ``村党务村务财务事务监督会（签章）： | 镇包村领导（签字）： | 2024年8月``",
        [sh], t,
    )  # fmt: skip


def ganluo_puchang_agency_accounting() -> dict:
    unit = f"{PLACE}普昌镇"
    dept = "经济发展服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 14, 36, 9, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}（农村集体“三资”委托代理）岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：普昌镇{dept}{GAP * 10}填报时间：2024年7月", 8)
    sh.add("序号", "岗位", "责任人", "业务环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "亢渟岳", "middle", [
            ("代理协议", "与村签订代理协议后越权干预村级资金审批", "制度机制", "中",
             "坚持核算主体、资金所有权和审批权不变，代理不越权。"),
            ("联签会审", "对未履行民主决策程序的村级支出予以办理", "岗位职责", "高", "支出审核查验会议记录，程序不全的一律退回。"),
        ]),
        ("主管会计", "吉史么聪", "general", [
            ("原始凭证审核", "对白条、不合规票据审核放行", "岗位职责", "高", "票据逐张审核，不合规票据退回并登记。"),
        ]),
        ("代理会计", "柘岫蘅", "general", [
            ("记账核算", "代理记账中串户记账、调整科目掩盖违规支出", "业务流程", "中", "分村设账，电算化记账，主管会计复核。"),
            ("会计报表", "村级财务报表数据不实", "业务流程", "低", "报表与银行对账单、台账逐月核对。"),
        ]),
        ("资金会计（出纳）", "佴霁岷", "general", [
            ("资金收付", "挪用代管的村级资金，公款私存", "思想道德", "高", "代管资金分村存入镇统一账户，出纳不得兼管稽核。"),
            ("村干部补贴发放", "补贴不直达个人账户，代领截留", "外部环境", "中", "补贴直达个人账户，发放名单公示。"),
        ]),
        ("档案管理员", "俞澜汐", "general", [
            ("会计档案管理", "会计档案随意借出、抽换", "制度机制", "低", "档案借阅审批登记，定期清点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for step, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：出纳不得兼管稽核、会计档案保管和收入、费用、债权债务账目的登记工作。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "中心主任（签字）：", None)
    return _layout(
        "ganluo_puchang_agency_accounting",
        "http://ggfw.jiedong.gov.cn/cwgk/openInfoContent.action?theID=230957",
        "镇 经济发展服务中心 (农村集体“三资”委托代理) 岗位廉政风险防控一览表, after the source's 区 rules on 会计委托代理服务机构 (镇"
        "（街道）经济发展服务中心, 主管会计, 代理会计, 资金会计（出纳）, 档案管理; 出纳 不得兼管稽核 …): a title, a merged "
        "``填报单位：普昌镇经济发展服务中心　…　填报时间：2024年7月`` line, then 序号/岗位 and ``责任人`` merged per person/"
        "``业务环节``/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line on the 出纳 and a 填表人/"
        "审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def ganluo_qianjin_veterans_register() -> dict:
    unit = f"{PLACE}前进镇"
    dept = "退役军人服务站"
    sh = _Sheet("排查登记表", [6, 14, 10, 16, 36, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险点排查登记表", 8)
    r = sh.add(f"填报站所：{dept}", None, None, None, "填报时间：2024年6月", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "岗位", "姓名", "工作事项", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("站长", "荀翊澜", "middle", [
            ("优待证申领审核", "对不符合条件人员审核通过优待证申领", "高", "申领材料两人审核，审核结果报县退役军人事务局复核。", None),
            ("困难帮扶", "帮扶对象确定优亲厚友", "高", "帮扶对象经站务会研究，名单公示。", None),
        ]),
        ("专职工作人员", "阿牛拉铁", "general", [
            ("信息采集", "退役军人和优抚对象信息采集不全、录入不实", "中", "信息逐人核对，录入后本人确认签字。", None),
            ("优抚对象年度确认", "年度确认走过场，死亡人员仍领取抚恤补助", "高", "上门确认，与民政、公安数据比对。", "新增"),
        ]),
        ("专职工作人员", "冼砚舟", "general", [
            ("走访慰问", "慰问物资、慰问金发放不登记、不公开", "中", "慰问物资登记发放，慰问对象本人签收。", None),
            ("光荣牌悬挂", "光荣牌悬挂登记不实，漏挂错挂", "低", "悬挂台账逐户登记，拍照存档。", None),
        ]),
        ("公益性岗位人员", "马黑尔哈", "general", [
            (None, "无", None, None, None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for matter, point, lv, measures, note in points:
            n += 1
            sh.add(n, post, who, matter, point, lv, measures, note)
            if point != "无":
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("站长签字：", None, None, "镇分管领导审核：", None, None, "年　月　日", None)
    return _layout(
        "ganluo_qianjin_veterans_register", "http://jkqgwh.cnbz.gov.cn/xwzx/jcdt/21956261.html",
        "镇 退役军人服务站 廉政风险点排查登记表, after the source's 街道 退役军人服务站 handing out 优待证 (申领, 受理, 审核通过率): "
        "a title, a ``填报站所：退役军人服务站 | 填报时间：2024年6月`` line (two merges), then 序号/岗位 and 姓名 merged per "
        "person (站长, two 专职工作人员, 公益性岗位人员)/``工作事项``/风险点/风险等级 高/中/低/防控措施/``备注`` (``新增`` on one "
        "row); the 公益性岗位人员, with nothing to declare, on a row saying only ``无`` (no point, no form); no type column; a "
        "blank row and ``站长签字： | 镇分管领导审核： | 年　月　日``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ganluo_chengnan_community_names_listed(),
    ganluo_tianba_town_list(),
    ganluo_haitang_enforcement_duties(),
    ganluo_jimi_resettlement_cards(),
    ganluo_aer_safety_selfchecks(),
    ganluo_nirihe_street_two_sheets(),
    ganluo_longquan_village_committee(),
    ganluo_puchang_agency_accounting(),
    ganluo_qianjin_veterans_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch270-inbox"))
