"""The three-hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 镇, 街道, their
站所 and their 村 and 社区, 广汉市 (a county-level city of 德阳, its staff Han) — the 三星堆镇人民政府
and the 高坪镇人民政府, the 雒城街道办事处, the 向阳镇财政所, the 连山镇便民服务中心, the
西高镇农业综合服务中心, a 村 of 小汉镇, the 双槐村, and a 社区 of 金雁街道, the 桂苑社区 — each
handing back the 一览表, 防控卡, 自查表, 清单, 排查表 or 防控表 its staff typed in WPS or Excel:

- the 三星堆镇人民政府's 一览表 under a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged
  (``镇领导``, 党政办公室, 经济发展办公室, 社会事务办公室, 综合行政执法办公室), ``岗位`` and ``责任人``
  merged per person, short types, ``一级/二级/三级``, a 填表人/审核人/镇纪委（盖章）/date line;
- the 向阳镇财政所's 防控卡, one sheet a holder (tabs 所长, 会计, 出纳): ``姓　名 | … | 职　务 | …``
  and a merged ``工作职责 | …`` line above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 所长审核：``;
- the 连山镇便民服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、综合受理窗口``,
  ``三、宅基地联审联办窗口`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 雒城街道办事处's file in two sheets: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), short types, 高/中/低;
- the 双槐村's 责任清单: ``岗位`` and ``责任人`` merged per person (the 书记 ``村党总支书记、村委会主任``,
  one person), ``职责事项`` before the ``廉洁风险点``, ``高风险/中风险/低风险``, no type column;
- the 桂苑社区's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级风险/二级风险/三级风险``, no names; an 编制/审核/date line;
- the 西高镇农业综合服务中心's 自查表, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 股　室 | 岗　位 | 填表日期`` over a row of values, then ``序号 | 风险点 | 风险等级 |
  防控措施 | 自查情况``, levels written bare ``Ⅰ/Ⅱ/Ⅲ`` and read by a ``注：`` line, no type column,
  ``本人签名： | … | 中心主任意见：``.

One is harder:

- ``guanghan_gaoping_town_head_lines``: the 高坪镇人民政府's 岗位廉政风险点排查表 with NO 科室 column
  and NO 姓名 column, ``序号 | 岗位 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, whose rows are
  cut into 科室 blocks by a merged line that gives ONLY THE 科室 AND ITS HEAD, unnumbered,
  ``党政办公室　主任：庾湜岚``, ``财政所　所长：蔺曈溱``, ``退役军人服务站　站长：郏沨楠`` … Under each
  line the ``岗位`` column names SEVERAL posts of that 科室 — the head's own post (``主任``, ``所长``)
  and others (``文书``, ``民政专干``, ``报账员`` …) — and no row names a person. So the head line says
  who holds ONE of the posts below it (the one its post word names), and WHERE all of them belong;
  the other posts name no one; in the 退役军人服务站's block the head's post has no row at all
  (only ``优抚专干``), so there the line gives the 科室 and names nobody who holds a row. A title,
  a merged ``填报单位（盖章）：…　填报时间：…`` line above, a ``注：`` line on the levels and a
  填表人/审核人/镇纪委（盖章） line below; short types, 高/中/低. The README's 读得懂的表 knows a group
  row ``一、办公室`` (the 科室 of the rows under it), a group row ``一、出纳岗(责任人:李明)`` and batch
  117's ``社会救助股　股长：眭绮云`` (ONE post and holder for EVERY row under it: the rows hold no
  post of their own), a group row ``一、招商服务局(分管副主任:夏立群)`` (a watcher, not counted), and
  ``二、秘书科（科长：揭澄霁；科员：冉屿白）`` (a name for EVERY post the group lists); it does not
  describe a 科室 line naming ONLY ITS HEAD over rows that carry a ``岗位`` column of several posts,
  so that the name belongs to the rows of the head's post alone and the rest of the block's posts
  are held by nobody named (对岗不对人) — neither one holder for the whole block nor a roster.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县's 基层 "小五长" — 乡镇长,
村组长, 站所长, 校园长, 医院长 — each with a 监督责任人, a 名录库 and a public 责任、风险清单 of
工程项目 and 补贴发放; a 镇's 财务监管公开日 — 监管员 checking 镇直单位 and 村 accounts, 三公经费,
惠农补贴, 专项资金, 工程项目, 三资, 报账资料, 销号; a 镇's 财务内审制 — 一支笔审批, 会审, 大额支出
经党委会, 派单就餐, 办公用品 申报, 差旅费 报销时限, 交叉审签; the 宅基地 联审联办 — 一个窗口对外
受理, 农业农村 and 自然资源 联审, 农村宅基地批准书, 乡村建设规划许可证; a 市's 纪检监察干部
"清风行动" — 低保 清理核查, 人情保, 打井项目 收报名费; a 镇's 村纪检委员 — 拆迁赔付款 虚列, 三资,
村级建设项目, 强农惠农政策; a 县's 退役军人服务站 创建 in 村 and 社区 — 服务对象, 示范型服务站,
立行立改; a 县's 重点村居集中整治 — 涉农惠民政策资金 发放, 集体资产, 土地承包 公示, 四议两公开,
集体土地 清收) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare surnames of the 百家姓 with rare given names,
three characters each); every unit is a body of 广汉市.

Run ``python tests/published/score.py --set batch305`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the 科室 of a row is the 科室 named by the line above its block (written as the
  line writes it, ``自然资源和规划建设办公室``); the head named on the line (``主任：庾湜岚``) holds the
  rows whose ``岗位`` is the post word of the line (``主任``) and no other; every other post of the
  block names nobody (对岗不对人: a form is the post within its 科室, one form however many rows); the
  退役军人服务站's 站长 has no row, so he holds no form and the ``优抚专干`` is nobody's; the head
  lines, the ``注：`` line, the 填报单位 line and the sign-off line are no points;
- a 财政所, 便民服务中心 and 农业综合服务中心 that writes its own file is the unit (as batches 297 and
  301 took them), its 窗口 and 股 its 科室 (``中心领导`` the 科室 of the 中心's 主任 and 副主任), a file
  without a 科室 column or card line (the 财政所's cards) giving no 科室; a 镇人民政府's and a
  街道办事处's 办公室, 站 and 所 are 科室, ``镇领导`` (a 科室 cell) the 科室 of the 镇's leaders and
  ``班子成员`` (the tab and title of the 街道's first sheet) the 科室 of its leaders (as batch 301's
  ``领导班子``), and a group row ``二、综合受理窗口`` gives the 科室 ``综合受理窗口`` (its number left
  off); a 村 and a 社区 are units with no 科室;
- 党委书记, 党委副书记、镇长, 党工委书记, 党工委副书记、主任 (of the 街道), 副镇长 and 党工委委员、副主任
  (kept as written), the 村党总支书记、村委会主任 and the 村委会副主任, the 社区党委书记、居委会主任, and
  a 所's 所长 and a 中心's 主任 and 副主任 in their own file are leaders; an 办公室's 主任, a 镇's 所长
  and 站长 inside the 镇's file, and the 村务/居务监督委员会主任 middle; the rest (文书, 档案管理员,
  民政专干, 残联专干, 村镇建设专干, 报账员, 优抚专干, 执法队员, 会计, 出纳, 窗口工作人员, 帮代办员,
  联审专干, 村文书, 网格员, 退役军人服务专干, 农技员, 农经员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 桂苑社区's list names no person: its forms are
  posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the 财政所's note), ``高风险/中风险/低风险``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note)
  are 1/2/3.

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

PREFIX = "b305_"
PLACE = "广汉市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

TOWN = f"{PLACE}高坪镇人民政府"
TOWN_HEAD = ("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
TOWN_NOTE = "注：风险等级分高、中、低三级。"

# (科室, the head's post, the head, [(岗位, tier, [(廉政风险点, 类型, 等级, 防控措施)])])
TOWN_BLOCKS = [
    ("党政办公室", "主任", "庾湜岚", [
        ("主任", "middle", [
            ("公务接待无公函、超标准，接待清单与实际不符", "制度机制", "中",
             "接待实行派单制，清单与票据逐笔核对后报销。"),
            ("办公用品采购不申报、不比价", "业务流程", "低", "采购先申报后审批，三家比价留存记录。"),
        ]),
        ("文书", "general", [
            ("违规使用镇政府印章出具证明", "岗位职责", "中", "用印审批登记，证明留存底稿备查。"),
        ]),
        ("档案管理员", "general", [
            ("擅自出借、复制涉及征地补偿的档案", "制度机制", "低", "档案查阅登记，复制须经主任签批。"),
        ]),
    ]),
    ("社会事务办公室", "主任", "韶珩渟", [
        ("主任", "middle", [
            ("低保、特困审核会审走过场", "岗位职责", "高", "审核会议记录完整，结果张榜公示七天。"),
        ]),
        ("民政专干", "general", [
            ("入户核查不实，为亲友办理“人情保”", "思想道德", "高", "入户核查两人以上，核查表户主签字。"),
            ("临时救助金发放不登记、不签字", "业务流程", "中", "救助金打卡发放，台账逐人签字。"),
        ]),
        ("残联专干", "general", [
            ("残疾人两项补贴对象不动态核减", "岗位职责", "低", "补贴名单每月与户籍、殡葬信息比对。"),
        ]),
    ]),
    ("自然资源和规划建设办公室", "主任", "濮翀漪", [
        ("主任", "middle", [
            ("农房建设审批中吃拿卡要", "外部环境", "高", "审批条件和时限公开，联审结果公示。"),
        ]),
        ("村镇建设专干", "general", [
            ("村级建设项目验收不到场即签字", "岗位职责", "中", "验收现场拍照留存，验收单双人签字。"),
            ("对违法占地建房不制止、不上报", "岗位职责", "中", "巡查记录每周上报，问题限期销号。"),
        ]),
    ]),
    ("财政所", "所长", "蔺曈溱", [
        ("所长", "middle", [
            ("大额支出不经党委会研究即审核拨付", "制度机制", "高", "大额支出会议纪要附后方可拨付。"),
            ("惠农补贴资金拨付与公示清册不符", "业务流程", "高", "拨付数据与公示清册、银行回单逐户比对。"),
        ]),
        ("报账员", "general", [
            ("为手续不全、附件不齐的票据报账", "岗位职责", "中", "报账资料清单化，签字不全一律退回。"),
        ]),
    ]),
    ("退役军人服务站", "站长", "郏沨楠", [
        ("优抚专干", "general", [
            ("优抚对象年度确认不上门核实", "岗位职责", "中", "年度确认逐人上门，确认表本人签字。"),
            ("优待证申领材料把关不严", "业务流程", "低", "申领材料双人审核，名单公示后上报。"),
        ]),
    ]),
]  # fmt: skip


def town_truth_rows() -> list[tuple[str, str, str, str, int]]:
    """(科室, 岗位, 姓名, 风险点, 级别) in table order, by the batch's judgement: the head's name only
    on the rows of the head's own post."""
    out = []
    for dept, head_post, head, posts in TOWN_BLOCKS:
        for post, _tier, points in posts:
            who = head if post == head_post else ""
            out += [(dept, post, who, p[0], HML[p[2]]) for p in points]
    return out


def guanghan_gaoping_town_head_lines() -> dict:
    t = _Truth(TOWN)
    ncols = len(TOWN_HEAD)
    sh = _Sheet("排查表", [6, 14, 40, 10, 9, 38])
    _line(sh, f"{TOWN}岗位廉政风险点排查表", ncols)
    _line(sh, f"填报单位（盖章）：{TOWN}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add(*TOWN_HEAD)
    n = 0
    for dept, head_post, head, posts in TOWN_BLOCKS:
        _line(sh, f"{dept}{GAP}{head_post}：{head}", ncols)
        first = len(sh.rows)
        for post, tier, points in posts:
            who = head if post == head_post else ""
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, TOWN_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", None, "镇纪委（盖章）", None)
    return _layout(
        "guanghan_gaoping_town_head_lines", "http://news.chinasm.com.cn/gundong/2023/0822/34284.html",
        "(harder) 镇人民政府 岗位廉政风险点排查表, after the source's 基层 “小五长” (乡镇长, 村组长, 站所长 … each with a "
        "监督责任人, a 名录库 and a public 责任、风险清单 of 工程项目 and 补贴发放): a title, a merged ``填报单位（盖章）：…　"
        "填报时间：2025年6月`` line, then ``序号 | 岗位 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with NO 科室 and NO "
        "姓名 column; the rows are cut into 科室 blocks by merged, unnumbered lines giving ONLY the 科室 and its head "
        "(``党政办公室　主任：庾湜岚``, ``财政所　所长：蔺曈溱``, ``退役军人服务站　站长：郏沨楠``); under each the ``岗位`` "
        "column (merged per post) names the head's own post and others (文书, 民政专干, 报账员 …) that name no one; in the "
        "退役军人服务站's block the head's post has no row; short types, 高/中/低; a ``注：`` line and a 填表人/审核人/"
        "镇纪委（盖章） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guanghan_sanxingdui_town_list() -> dict:
    unit = f"{PLACE}三星堆镇人民政府"
    sh = _Sheet("一览表", [6, 16, 16, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "酆屺澜", "leader", [
            ("镇直单位“三公”经费监管中打招呼、放松要求", "思想道德", "一级",
             "“三公”经费每季度公开，镇纪委按月抽检。"),
            ("重大项目资金安排不经党委会集体研究", "制度机制", "一级", "重大事项纳入党委会议事清单，会议纪要存档。"),
        ]),
        ("镇领导", "党委副书记、镇长", "闵渚珺", "leader", [
            ("专项资金统筹使用中先支出后审批", "岗位职责", "一级", "支出执行镇长办公会审批，大额支出集体研究。"),
        ]),
        ("党政办公室", "主任", "邰昉涓", "middle", [
            ("公务用车使用不登记、私车公养", "制度机制", "二级", "用车派单登记，加油维修按月公示。"),
            ("办公经费报账资料不齐全即送审", "业务流程", "三级", "报账资料清单化，手续不全一律退回。"),
        ]),
        ("经济发展办公室", "主任", "甯澍岘", "middle", [
            ("村级工程项目验收把关不严", "岗位职责", "二级", "项目验收镇、村、监理三方签字。"),
        ]),
        ("社会事务办公室", "民政专干", "暨滢筠", "general", [
            ("惠农补贴对象审核不实，优亲厚友", "思想道德", "一级", "补贴名单村组公示，镇级抽查复核。"),
            ("救助资金发放台账补记、虚记", "业务流程", "二级", "救助资金打卡发放，台账与银行回单核对。"),
        ]),
        ("综合行政执法办公室", "执法队员", "蓬湛芃", "general", [
            ("对违规经营行为选择性执法、降格处理", "外部环境", "二级", "执法全过程记录，处罚结果集体审核。"),
            ("暂扣物品不登记、私自处置", "制度机制", "三级", "暂扣物品当场开具清单，统一登记保管。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "镇纪委（盖章）", None, "2025年5月")
    return _layout(
        "guanghan_sanxingdui_town_list", "https://epaper.voc.com.cn/hnrb/html/2023-12/07/content_1662111.htm",
        "镇人民政府 岗位廉政风险防控一览表, after the source's 镇 财务监管公开日 (监管员 check 镇直单位 and 村 accounts: 三公经费, "
        "惠农补贴, 专项资金, 工程项目, 三资, 报账资料, 销号): a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` line, "
        "then 序号/科室 merged (镇领导, 党政办公室, 经济发展办公室, 社会事务办公室, 综合行政执法办公室)/岗位 and ``责任人`` merged "
        "per person/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/镇纪委（盖章）/date "
        "line",
        [sh], t,
    )  # fmt: skip


def guanghan_xiangyang_finance_cards() -> dict:
    unit = f"{PLACE}向阳镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "缑琰澍", "leader", "主持财政所全面工作，负责镇本级支出审核和“一支笔”审批前的把关", [
            ("一次性大额支出不按会审程序报批", "制度机制风险", "★★★", "大额支出附党委会纪要或会审单方可办理。"),
            ("主要领导经办的单据不执行交叉审签", "业务流程风险", "★★", "主要领导经办单据由其他领导审签。"),
            ("为关系单位提前拨付项目资金", "思想道德风险", "★★", "项目资金按进度和验收单拨付。"),
        ]),
        ("会计", "邴岍暄", "general", "负责镇本级会计核算、差旅费和办公用品报销审核", [
            ("差旅费逾期报销、超标准报销", "岗位职责风险", "★★", "差旅费出差之日起一月内报销，逾期不予受理。"),
            ("机关食堂用餐单不编号即入账", "制度机制风险", "★", "用餐单统一编号、一式二份，审核后入账。"),
        ]),
        ("出纳", "沃淏珺", "general", "负责现金、银行存款收付和票据保管", [
            ("公款私借、挪用", "岗位职责风险", "★★★", "现金日清月结，所长每月盘点。"),
            ("空白收据、支票保管不善", "制度机制风险", "★", "票据专柜保管，领用登记核销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 14, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("工作职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "guanghan_xiangyang_finance_cards", "https://hanzhong.qinfeng.gov.cn/info/1025/13549.htm",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 会计, 出纳), after the source's 镇 财务内审制 (一支笔审批, "
        "会审, 大额支出经党委会, 派单就餐, 办公用品申报, 差旅费 一月内报销, 交叉审签): a title, ``姓　名 | … | 职　务 | …``, a "
        "merged ``工作职责 | …`` line, then 序号/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施, a merged ``注：`` "
        "line on the stars and ``持卡人签字： | 所长审核：``; no 科室",
        sheets, t,
    )  # fmt: skip


def guanghan_lianshan_service_groups() -> dict:
    unit = f"{PLACE}连山镇便民服务中心"
    sh = _Sheet("一览表", [6, 14, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蒲潼岘", "leader", [
                ("进驻事项体外循环，不进窗口办理", "Ⅰ级", "进驻事项清单公开，办件台账每月核对。"),
                ("窗口人员考评打分不公", "Ⅱ级", "考评结果公示，群众评价计入考评。"),
            ]),
            ("副主任", "宓旻澄", "leader", [
                ("代办台账补记、虚记", "Ⅱ级", "代办台账办事群众签字，电话回访抽查。"),
            ]),
        ]),
        ("二、综合受理窗口", "综合受理窗口", [
            ("窗口工作人员", "衡沺楠", "general", [
                ("受理材料不全即办理，事后补件", "Ⅰ级", "一次性告知，材料清单化受理。"),
                ("为熟人插队办理", "Ⅲ级", "叫号办理，顺序系统留痕。"),
            ]),
            ("帮代办员", "矫瀚岱", "general", [
                ("代办中收取群众好处费", "Ⅰ级", "代办一律免费，举报电话公示。"),
            ]),
        ]),
        ("三、宅基地联审联办窗口", "宅基地联审联办窗口", [
            ("联审专干", "佴澔沣", "general", [
                ("宅基地申请联审意见不实，为不符合条件的农户出具同意意见", "Ⅰ级",
                 "农业农村、自然资源联审意见分别签署，审批结果公开。"),
                ("农村宅基地批准书、乡村建设规划许可证发放不登记", "Ⅱ级", "证书发放登记，领取人签字。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None)
    return _layout(
        "guanghan_lianshan_service_groups", "http://kingland119.com/infos/35911/details",
        "镇便民服务中心 岗位廉政风险防控一览表, after the source's 农村宅基地 联审联办 (一个窗口对外受理, 农业农村 and 自然资源 "
        "联审, 乡镇政府 审批, 农村宅基地批准书, 乡村建设规划许可证): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、综合受理窗口``, ``三、宅基地联审联办窗口`` merged across (no 科室 "
        "column); 岗位 and 姓名 merged per person; no type column; a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def guanghan_luocheng_street_two_sheets() -> dict:
    unit = f"{PLACE}雒城街道办事处"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 18, 22, 36, 10, 8, 32])
    _line(lead, f"{unit}班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("阙峤沄", "党工委书记", "主持街道党工委全面工作", [
            ("低保清理核查中对“人情保”问题失察", "岗位职责", "高", "低保清理核查结果党工委会专题研究。"),
            ("干部评先评优个人说了算", "制度机制", "中", "评先评优党工委会集体研究，结果公示。"),
        ]),
        ("桓蘅澈", "党工委副书记、主任", "主持办事处全面工作，分管财政", [
            ("大额资金支出不经主任办公会研究", "制度机制", "高", "大额资金集体研究，会议纪要存档。"),
        ]),
        ("昌泓翊", "党工委委员、副主任", "分管社会事务、城市管理", [
            ("对社区低保审核审批把关不严", "岗位职责", "中", "审批前抽查入户核查记录。"),
            ("接受辖区商户宴请", "思想道德", "低", "严格执行中央八项规定精神，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    staff = _Sheet("科室", [6, 18, 14, 9, 36, 10, 8, 32])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 8)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "乜珞沅", "middle", [
            ("公务接待费用虚列", "制度机制", "中", "接待事前审批，费用清单公开。"),
        ]),
        ("社会事务办公室", "民政专干", "苌筠洄", "general", [
            ("低保入户核查不实", "岗位职责", "高", "入户核查两人以上，核查结果公示。"),
            ("打井、修路等民生项目向群众违规收费", "外部环境", "高", "民生项目收费一律公示，严禁代收代缴。"),
        ]),
        ("城市管理办公室", "主任", "逄璆岚", "middle", [
            ("占道经营处罚畸轻畸重", "业务流程", "中", "处罚按裁量基准，集体审核。"),
        ]),
        ("财政所", "报账员", "巩瑀潆", "general", [
            ("社区经费报账审核不严", "岗位职责", "中", "报账凭证签字齐全方可受理。"),
            ("往来款长期挂账不清理", "制度机制", "低", "往来账每季度清理核对。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "guanghan_luocheng_street_two_sheets", "https://m.yybnet.net/deyang/zhongjiang/201605/4402781.html",
        "街道办事处 廉政风险防控表 in two sheets, after the source's 市 纪检监察干部 “清风行动” (走访 村（社区）, 低保 清理核查, "
        "人情保, 打井项目 收报名费): ``班子成员`` — a title ``…班子成员廉政风险防控表``, 序号/``姓名 | 职务 | 分管工作`` merged per "
        "leader (``党工委副书记、主任`` …)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; ``科室`` — a title, 序号/科室 "
        "merged (党政办公室, 社会事务办公室, 城市管理办公室, 财政所)/岗位 and 姓名 merged per person/…; a 填表人/审核人/date line "
        "on each",
        [lead, staff], t,
    )  # fmt: skip


def guanghan_shuanghuai_village_duties() -> dict:
    unit = f"{PLACE}小汉镇双槐村"
    sh = _Sheet("责任清单", [6, 22, 9, 14, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉洁风险防控责任清单", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记、村委会主任", "雍屺瀛", "leader", [
            ("拆迁赔付", "串通村民虚列养殖场、苗木等赔付资料，骗取拆迁赔付款", "高风险",
             "赔付清册经村民代表会议审议，镇村两级复核公示。"),
            ("村级建设项目", "村级建设项目不经“四议两公开”即确定施工方", "高风险", "项目按“四议两公开”决策，结果公示。"),
        ]),
        ("村委会副主任", "晏琰沄", "leader", [
            ("集体资产管理", "集体资产低价出租给亲友", "中风险", "资产出租进入镇农村产权交易平台。"),
        ]),
        ("村务监督委员会主任", "汲旻湜", "middle", [
            ("财务监督", "对拆迁赔付凭证不核对即签字", "中风险", "逐笔审核赔付凭证，审核意见留存。"),
            ("强农惠农政策落实监督", "对惠农补贴公示内容不全不提出意见", "低风险", "每季度对照公示目录检查公开栏。"),
        ]),
        ("报账员", "覃湜峄", "general", [
            ("报账审核", "白条、欠条入账，先支款后报账", "高风险", "“三资”平台线上审核，镇农经站逐笔复核。"),
        ]),
        ("村文书", "郗暄淏", "general", [
            ("会议记录", "事后补记会议记录、代签参会人员姓名", "低风险", "会议当场记录、当场签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add(
        "村党总支书记（签字）：", None, None, "村务监督委员会（签字）：", None, None, "2025年6月"
    )
    return _layout(
        "guanghan_shuanghuai_village_duties", "https://yybnet.net/chengdu/chongzhou/201501/5292482.html",
        "村 村干部廉洁风险防控责任清单, after the source's 镇 村纪检委员 (房屋拆迁赔付款 虚列, 三资, 村级建设项目, 强农惠农政策, "
        "村干部廉洁自律): a title, then 序号/岗位 and 责任人 merged per person (``村党总支书记、村委会主任`` one person, 村委会副主任, "
        "村务监督委员会主任, 报账员, 村文书)/``职责事项``/廉洁风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a "
        "村党总支书记（签字）/村务监督委员会（签字）/date line",
        [sh], t,
    )  # fmt: skip


def guanghan_guiyuan_community_posts() -> dict:
    unit = f"{PLACE}金雁街道桂苑社区居民委员会"
    sh = _Sheet("排查表", [6, 20, 14, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    head = "社区党委书记、居委会主任"
    rows = [
        (head, "leader", "社区经费使用", "服务群众专项经费支出不经“两委”会议研究", "制度机制风险", "一级风险",
         "经费支出“两委”会议研究，按季度居务公开。"),
        (head, "leader", "退役军人服务站创建", "创建经费使用不公开，虚报服务对象人数", "岗位职责风险", "二级风险",
         "创建经费专账管理，服务对象名册公示。"),
        ("退役军人服务专干", "general", "优待证申领", "为不符合条件的人员申领优待证", "业务流程风险", "一级风险",
         "申领材料审核后报街道复核，名单公示。"),
        ("退役军人服务专干", "general", "走访慰问", "慰问金、慰问品发放不登记、不签字", "制度机制风险", "三级风险",
         "发放台账逐人签字，每季度抽查。"),
        ("网格员", "general", "信息采集", "采集居民信息时泄露个人信息", "思想道德风险", "三级风险",
         "信息系统实名登录，查询留痕。"),
        ("网格员", "general", "矛盾调解", "调解中收受当事人财物", "外部环境风险", "二级风险",
         "调解两人以上，调解记录双方签字。"),
        ("居务监督委员会主任", "middle", "居务监督", "对居务公开内容不全不提出意见", "岗位职责风险", "二级风险",
         "监督意见书面留存，按月向街道纪工委报告。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：社区居委会", None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "guanghan_guiyuan_community_posts", "https://www.shaoshang.cn/xinwen/14759.html",
        "街道 社区居民委员会 岗位廉政风险点排查表 对岗不对人, after the source's 退役军人服务站 创建 in 村 and 社区 (服务对象 300 人"
        "以上, 示范型服务站, 立行立改): a title, then 序号/岗位 merged per post (``社区党委书记、居委会主任``, 退役军人服务专干, "
        "网格员, 居务监督委员会主任)/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; no names; an ``编制：社区居委会 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def guanghan_xigao_agri_selfchecks() -> dict:
    unit = f"{PLACE}西高镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("钭翀澜", "中心领导", "主任", "leader", [
            ("涉农惠民政策资金发放清册不核实即上报", "Ⅰ", "清册村组公示后中心分工到村抽查。", "已落实"),
            ("集体土地清收处置不督促“四议两公开”", "Ⅱ", "清收土地处置方案报镇党委研究。", "已整改"),
        ]),
        ("亢樾汀", "农技推广股", "农技员", "general", [
            ("种子、农药发放优亲厚友", "Ⅱ", "发放名单公示，领取人签字。", "已落实"),
            ("技术培训签到弄虚作假", "Ⅲ", "培训签到拍照，经费按实结算。", "未发现问题"),
        ]),
        ("蓟澂岫", "农村经营管理股", "农经员", "general", [
            ("土地承包经营权流转合同审查不严", "Ⅱ", "合同清单化审查，定期抽查。", "已落实"),
            ("村级账务代理中对白条照单入账", "Ⅰ", "村级凭证逐张审核，疑点退回核实。", "正在整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表日期", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
        _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 5)
        sh.add("本人签名：", None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "guanghan_xigao_agri_selfchecks", "http://newpaper.dahe.cn/hnrb/html/2021-01/12/content_468922.htm",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 重点村居集中"
        "整治 (涉农惠民政策资金 发放, 集体资产, 土地承包 公示, 四议两公开, 集体土地 清收): a title, a label row ``姓　名 | 股　室 | "
        "岗　位 | 填表日期`` over a row of values, then 序号/风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/``自查情况``; a merged "
        "``注：`` line on the levels; no type column; ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guanghan_gaoping_town_head_lines(),
    guanghan_sanxingdui_town_list(),
    guanghan_xiangyang_finance_cards(),
    guanghan_lianshan_service_groups(),
    guanghan_luocheng_street_two_sheets(),
    guanghan_shuanghuai_village_duties(),
    guanghan_guiyuan_community_posts(),
    guanghan_xigao_agri_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch305-inbox"))
