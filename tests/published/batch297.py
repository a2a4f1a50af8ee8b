"""The two-hundred-and-ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇 and
街道, their 站所 and their 村 and 社区, 宣汉县 (a county of 达州 on the 州河, its staff Han) — the
普光镇人民政府, the 东乡街道办事处, the 蒲江街道滨河社区居民委员会, the 君塘镇便民服务中心, the
胡家镇畜牧兽医站, the 峰城镇农业综合服务中心, the 土黄镇林业站 and a 村 of 樊哙镇, the 岩门村 — each
handing back the 防控表, 一览表, 清单, 自查表, 排查表 or 防控卡 its staff typed in WPS or Excel:

- the 普光镇人民政府's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader,
  the posts written ``党委副书记、镇长`` …) and ``站所办`` (``科室`` merged, ``岗位`` and ``姓名`` merged
  per person), short types, ``一级/二级/三级``;
- the 东乡街道办事处's 一览表 under GROUP ROWS ``一、街道领导班子`` … ``四、城市管理办公室`` merged across
  (no 科室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 滨河社区居民委员会's 责任清单: ``岗位`` and ``责任人`` merged per person (the 社区's posts named as
  its 管理办法 names them, ``民政事务社区救助岗`` …), ``职责事项`` before the ``廉洁风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 君塘镇便民服务中心's 自查表, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 科　室 | 岗　位 | 自查时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``自查人（签名）： | … | 中心主任意见：``;
- the 胡家镇畜牧兽医站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``主要表现``, 高/中/低, no names, no types; an 编制/审核/date line;
- the 峰城镇农业综合服务中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``股室`` merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line;
- the 土黄镇林业站's 防控卡, one sheet a holder (tabs 站长, 公益林管理员, 林政员): ``持卡人 | … |
  职　务 | …`` and a merged ``岗位职责 | …`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, levels
  written bare ``Ⅰ/Ⅱ/Ⅲ`` and read by a ``注：`` line, no type column, ``持卡人签字： | … | 年　月　日``.

One is harder:

- ``xuanhan_yanmen_village_holders_in_brackets``: the 樊哙镇岩门村's 村干部廉洁风险防控清单, a 村 list
  whose ``岗位`` column names NO POST OF ONE PERSON but the village's two collective bodies —
  ``村“两委”成员`` merged down the first ten rows, ``村务监督委员会成员`` merged down the last three —
  and whose table has NO ``姓名`` or ``责任人`` column: EACH POINT NAMES ITS OWN HOLDER IN BRACKETS AT
  THE END OF THE ``廉洁风险点`` CELL, ``村集体机动地发包不公开，低价发包给亲友（鄢璟琤）``, and one point
  two holders, ``…（缑靓萏、鄢璟琤）``; a ``注：`` line under the table says that the brackets name the
  point's holder(s) and that two names answer for it together. The columns are ``序号 | 岗位 |
  权力事项 | 廉洁风险点 | 风险等级 | 防控措施``, 高/中/低; the same person's points are not next to one
  another (the rows follow the 权力事项), so seven people hold thirteen rows in no order. The
  README's 读得懂的表 knows a post cell with its holder in brackets (``民政专干(高丽)``,
  ``理事会主任（栗寒山）``), a 科室 with its head in brackets (``运营管理部（殷昊然）``), a group row
  ``一、出纳岗(责任人:李明)``, ``责任人:熊国栋`` at the end of the measures under a joined header
  ``防控措施及责任人``, a type or a level in brackets after a point (``…(制度机制)``, ``违规审批(高)``,
  under ``风险点及等级``), a 村“两委” roster above a table of posts, and a post of several people each
  listed (``本岗位全体人员共同防控``); it does not describe a plain ``廉洁风险点`` column whose every
  cell ENDS with the NAME of its holder in brackets under a collective ``岗位`` (``村“两委”成员``)
  that names no one post, so that the holder must be cut off the end of the point's text (and the
  point is the text before it), one holder's points gathered from rows far apart, and a bracket of
  two names giving the point to both.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 中办/国办 guidance on 村务监督委员会
— three to five members, a 主任, not the 村党组织书记, members not of the 村民委员会, 村务公开,
村级财务, 工程项目 and 惠农政策 under their eye; a 镇纪委 that talks with its 党政班子成员, 部门负责人
and 村党组织书记 in turn, 主动约谈, 提醒; a 街道's 低保排查 — 联合入户小组, 民主评议小组, 联合审查小组,
车辆, 收入, 户籍, 应保尽保、应退尽退; a 县's 社区干部管理办法 — 社区“两委”成员, 社区服务站站长由书记
兼任, 六类岗位 (党员管理群团服务, 民政事务社区救助, 劳动就业社会保障, 公共卫生, 信访接待综合治理,
综合服务); a 县委督查室's 暗访 of 乡镇便民服务中心 — 窗口无人值守, 庸、懒、散、慢, 电子监察系统,
资料堆放; a paper on 产地检疫 after the 乡镇畜牧兽医站 were cut — 职责不清, 定点屠宰场 入场监管,
镇村与县级检疫监督机构脱节; a 镇农业办公室 主任 who kept 沼气池建设扶持款, 玉米良种款 and 配方肥料款 —
虚报数量, 村会计, 验收不逐个查看; a 林业站 whose 站长, 公益林管理员 and 护林员 let a 公益林 be cut —
玩忽职守, 毁林面积, 巡查管护) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare surnames of the 百家姓 with rare
given names, three characters each); every unit is a body of 宣汉县.

Run ``python tests/published/score.py --set batch297`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``廉洁风险点`` cell ``…（X）`` is the point ``…`` (the text before the last
  bracket, its own ``，`` and words kept) held by X; ``（X、Y）`` gives the same point to X and to Y
  (a point of each, as a point merged down two posts' rows is); the post of each holder is the
  ``岗位`` of the block the row stands in, as written (``村“两委”成员``, ``村务监督委员会成员``): the file
  names no narrower post, so one form a person, whatever rows his points stand in; the 两委 成员 are
  leaders (the village's leading bodies, as batch281 took a 村委会副主任), the 监委 成员 middle (as the
  earlier batches took a 村务监督委员会主任); ``权力事项`` and ``防控措施`` are no points; the ``注：`` line
  and the 签字 line are no points;
- a 便民服务中心, 畜牧兽医站, 农业综合服务中心 and 林业站 that writes its own file is the unit (as batches
  278, 281, 285, 289 and 293 took them), its 窗口 and 股 its 科室 (``中心领导`` the 科室 of a 中心's 主任
  and 副主任), a file without a 科室 column or card line giving no 科室; a 镇人民政府's and a
  街道办事处's 办公室, 中心 and 站 are 科室, the ``领导班子`` sheet (tab and title) the 科室 of the 镇's
  leaders, and a group row ``三、社会事务办公室`` gives the 科室 ``社会事务办公室`` (its number left off),
  ``一、街道领导班子`` the 科室 ``街道领导班子``; a 村 and a 社区 are units with no 科室;
- 党委书记, 党委副书记、镇长, 党委委员、纪委书记, 党委委员、副镇长, 党工委书记, 党工委副书记、办事处主任,
  社区党委书记、居委会主任 (kept as written), a 站's 站长 and a 中心's 主任 and 副主任 (in their own file)
  are leaders; an 办公室's 主任, a 镇's 站长 (inside the 镇's file), a 股长, and the
  社区居务监督委员会主任 middle; the rest (民政专干, 村镇建设专干, 低保专干, 城管协管员,
  民政事务社区救助岗, 劳动就业社会保障岗, 信访接待综合治理岗, 窗口工作人员, 帮代办员, 产地检疫员,
  动物防疫员, 屠宰检疫协检员, 农技员, 农经员, 公益林管理员, 林政员) general;
- ``风险点 | 主要表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``岗位职责``, ``权力事项`` and ``自查情况`` are no points and name no holder; the 畜牧兽医站's list
  names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``,
  ``高/中/低``, ``★★★/★★/★`` (read by the 中心's note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 林业站's note) are
  1/2/3.

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

PREFIX = "b297_"
PLACE = "宣汉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

VILLAGE = f"{PLACE}樊哙镇岩门村"
VILLAGE_HEAD = ("序号", "岗位", "权力事项", "廉洁风险点", "风险等级", "防控措施")
VILLAGE_NOTE = "注：风险点后括号内为该风险点的责任人；括号内有两人的，由两人共同负责。"
BLOCK_TIERS = {"村“两委”成员": "leader", "村务监督委员会成员": "middle"}

# (岗位 block, [(权力事项, 廉洁风险点 before the bracket, holders, 等级, 防控措施)])
VILLAGE_BLOCKS = [
    ("村“两委”成员", [
        ("集体资产资源管理", "村集体机动地发包不公开，低价发包给亲友", ("鄢璟琤",), "高",
         "机动地发包经村民代表会议决定，结果在村务公开栏公示。"),
        ("低保、特困初审", "低保评议中优亲厚友，把关系户纳入评议名单", ("钭霈嵘",), "高",
         "评议会邀请村民代表和驻村干部参加，评议结果公示七天。"),
        ("惠农补贴信息采集", "耕地地力保护补贴面积登记不实，虚报冒领", ("郤铄昶",), "中",
         "补贴面积逐户核实签字，清册在村民小组张贴公示。"),
        ("村级工程项目", "产业路、村道硬化项目不经“四议两公开”确定施工队", ("鄢璟琤",), "高",
         "村级项目一律履行“四议两公开”程序，会议记录存档备查。"),
        ("集体资金收支", "村级开支白条入账、虚列开支", ("缑靓萏", "鄢璟琤"), "中",
         "开支凭证经村务监督委员会审核签字后送镇代理记账。"),
        ("农村建房申请审查", "农村建房申请审查把关不严，收受好处出具同意意见", ("隗翕耘",), "中",
         "建房申请村民小组评议、村“两委”集体审查并公示。"),
        ("证明出具", "违规出具收入、户籍和亲属关系证明", ("钭霈嵘",), "低",
         "证明出具登记编号，两人以上核实后盖章。"),
        ("公益性岗位安排", "公益性岗位人选不经评议，安排亲属上岗", ("隗翕耘",), "中",
         "岗位人选村民代表会议评议，名单报镇审核并公示。"),
        ("惠农补贴发放", "代领、截留村民补贴资金", ("缑靓萏",), "高",
         "补贴资金一律“一卡通”直发到户，严禁代领代管存折。"),
        ("党员发展", "入党积极分子推荐搞亲疏远近", ("钭霈嵘",), "低",
         "推荐人选经党员大会投票，结果报镇党委备案。"),
    ]),
    ("村务监督委员会成员", [
        ("村级财务监督", "对村级财务开支审核签字走过场", ("仉蘩颀",), "中",
         "每月逐笔审核开支凭证，审核意见书面留存。"),
        ("村务公开监督", "对村务公开内容不全、不及时不提出意见", ("仉蘩颀",), "低",
         "每季度对照公开目录检查公开栏，问题书面报告镇纪委。"),
        ("工程项目监督", "村级工程项目验收不到现场即签字", ("笪蘅珣",), "中",
         "验收全程到场，拍照存档后签字。"),
    ]),
]  # fmt: skip


def bracketed(point: str, holders: tuple[str, ...]) -> str:
    """The cell as the 村 writes it: the point, then its holder(s) in full-width brackets."""
    return f"{point}（{'、'.join(holders)}）"


def xuanhan_yanmen_village_holders_in_brackets() -> dict:
    t = _Truth(VILLAGE)
    ncols = len(VILLAGE_HEAD)
    sh = _Sheet("清单", [6, 16, 16, 44, 9, 36])
    _line(sh, f"{VILLAGE}村干部廉洁风险防控清单", ncols)
    sh.add(*VILLAGE_HEAD)
    n = 0
    for block, rows in VILLAGE_BLOCKS:
        first = len(sh.rows)
        for power, point, holders, lv, measures in rows:
            n += 1
            sh.add(n, block if len(sh.rows) == first else None, power, bracketed(point, holders),
                   lv, measures)  # fmt: skip
            for who in holders:
                t.point(sh.name, "", block, who, BLOCK_TIERS[block], point, [], HML[lv])
        sh.merge(first, 1, len(sh.rows) - 1, 1)  # the block's 岗位 merged down its rows
    _line(sh, VILLAGE_NOTE, ncols)
    sh.add("村党支部书记（签字）：", None, None, "村务监督委员会主任（签字）：", None, "2025年6月")
    return _layout(
        "xuanhan_yanmen_village_holders_in_brackets",
        "https://china.zjol.com.cn/gnxw/201712/t20171205_5935846.shtml",
        "(harder) 村 村干部廉洁风险防控清单, after the source's guidance on 村务监督委员会 (三至五人, 主任, 村务公开, 村级财务, "
        "工程项目, 惠农政策): a title, then 序号/岗位/权力事项/廉洁风险点/风险等级 高/中/低/防控措施 where the 岗位 column names "
        "only two COLLECTIVE blocks merged down (``村“两委”成员`` over ten rows, ``村务监督委员会成员`` over three) and there is NO "
        "姓名 or 责任人 column: each 廉洁风险点 cell ENDS with its holder's name in full-width brackets (``…低价发包给亲友（鄢璟琤）``), "
        "one with two names (``…（缑靓萏、鄢璟琤）``), one holder's points on rows far apart; a merged ``注：`` line saying the "
        "brackets name the holders (two answer together) and a 村党支部书记（签字）/村务监督委员会主任（签字）/date line; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xuanhan_puguang_town_two_sheets() -> dict:
    unit = f"{PLACE}普光镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 16, 22, 36, 10, 8, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("郏璘苡", "党委书记", "主持镇党委全面工作", [
            ("重大事项、大额资金不经党委会集体研究即拍板", "制度机制", "一级",
             "落实“三重一大”集体决策，会议纪要存档。"),
            ("村党组织书记选任、考核中搞亲疏远近", "思想道德", "二级", "考核结果在全镇通报，接受党员群众监督。"),
        ]),
        ("邴煦泷", "党委副书记、镇长", "主持镇政府全面工作，分管财政、项目", [
            ("镇级资金拨付审批把关不严，先付款后补手续", "岗位职责", "一级", "资金拨付凭合同和验收单，经镇长办公会研究。"),
            ("政府投资项目插手指定施工单位", "外部环境", "一级", "项目按限额进入公共资源交易平台。"),
        ]),
        ("汝觐暐", "党委委员、纪委书记", "负责纪检监察工作", [
            ("主动约谈流于形式，对苗头性问题提醒不到位", "岗位职责", "二级", "约谈提纲事先拟定，约谈记录存档并跟踪整改。"),
        ]),
        ("戈瑗颉", "党委委员、副镇长", "分管农业农村、民政", [
            ("惠农补贴、低保审核中为亲友打招呼", "思想道德", "二级", "插手干预事项如实登记报告。"),
            ("高标准农田项目验收走过场", "业务流程", "三级", "验收由镇、村、监理三方到场，影像存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    staff = _Sheet("站所办", [6, 20, 12, 9, 36, 10, 8, 32])
    _line(staff, f"{unit}站所办岗位廉政风险防控表", 8)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "庾桤翯", "middle", [
            ("公务接待无公函、超标准", "制度机制", "二级", "接待事前审批，接待清单按月公示。"),
            ("办公用品采购不比价", "业务流程", "三级", "采购三家比价，验收与采购分离。"),
        ]),
        ("社会事务办公室", "民政专干", "终琤菀", "general", [
            ("低保、临时救助入户核查走过场", "岗位职责", "一级", "入户核查两人以上，核查表户主签字。"),
            ("残疾人两项补贴名单不及时核减", "业务流程", "二级", "补贴名单每月与殡葬、户籍信息比对。"),
        ]),
        ("规划建设办公室", "村镇建设专干", "帅锷溥", "general", [
            ("农房建设审批中吃拿卡要", "外部环境", "二级", "审批条件和时限公开，网上受理。"),
        ]),
        ("退役军人服务站", "站长", "佟熠篁", "middle", [
            ("优抚对象资格审核把关不严", "岗位职责", "二级", "资格审核材料清单化，结果公示。"),
            ("慰问金发放不登记、不签字", "制度机制", "三级", "慰问金发放台账逐人签字。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "xuanhan_puguang_town_two_sheets", "http://www.nllz.gov.cn/html/wenzhang_744821.html",
        "镇人民政府 廉政风险防控表 in two sheets, after the source's 镇纪委 主动约谈 of its 党政班子成员, 部门负责人 and 村党组织书记: "
        "``领导班子`` — a title ``…领导班子成员廉政风险防控表``, 序号/``姓名 | 职务 | 分管工作`` merged per leader (``党委副书记、镇长`` "
        "…)/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; ``站所办`` — a title, 序号/科室 merged (党政办公室, "
        "社会事务办公室, 规划建设办公室, 退役军人服务站)/岗位 and 姓名 merged per person/…; a 填表人/审核人/date line on each",
        [lead, staff], t,
    )  # fmt: skip


def xuanhan_dongxiang_street_groups() -> dict:
    unit = f"{PLACE}东乡街道办事处"
    sh = _Sheet("一览表", [6, 18, 9, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、街道领导班子", "街道领导班子", [
            ("党工委书记", "乜鹓祎", "leader", [
                ("干部调整、评优评先个人说了算", "制度机制风险", "一级风险", "干部调整经党工委会集体研究，全程纪实。"),
                ("对社区“两委”成员监督失之于宽", "岗位职责风险", "二级风险", "每半年听取社区书记述职述廉。"),
            ]),
            ("党工委副书记、办事处主任", "双禛澈", "leader", [
                ("街道财政资金使用不经主任办公会研究", "制度机制风险", "一级风险", "大额资金主任办公会研究，会议纪要存档。"),
                ("老旧小区改造项目指定施工单位", "外部环境风险", "一级风险", "项目公开招标，纪工委全程监督。"),
            ]),
        ]),
        ("二、党政办公室", "党政办公室", [
            ("主任", "福璠葳", "middle", [
                ("公务用车私用、加油卡不登记", "思想道德风险", "二级风险", "派车单登记，加油卡专人保管。"),
            ]),
        ]),
        ("三、社会事务办公室", "社会事务办公室", [
            ("低保专干", "言菀骞", "general", [
                ("入户调查不实，收入、车辆、户籍核查走过场", "业务流程风险", "一级风险",
                 "联合入户调查两人以上，车辆、户籍信息部门比对。"),
                ("民主评议不公开，评议结果不公示", "岗位职责风险", "二级风险", "民主评议邀请居民代表参加，结果公示。"),
                ("不符合条件的家庭应退不退", "思想道德风险", "二级风险", "每季度复核，应退尽退名单报街道审核。"),
            ]),
        ]),
        ("四、城市管理办公室", "城市管理办公室", [
            ("主任", "年镛湉", "middle", [
                ("占道经营执法选择性处罚", "岗位职责风险", "二级风险", "执法全程记录，处罚决定集体审核。"),
            ]),
            ("城管协管员", "督荇瑀", "general", [
                ("收受摊贩好处默许占道经营", "外部环境风险", "三级风险", "协管员定期轮岗，巡查轨迹抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "街道党工委（盖章）", None, "2025年6月")
    return _layout(
        "xuanhan_dongxiang_street_groups", "http://aershan.nmgnews.com.cn/system/2014/10/10/011548830.shtml",
        "街道办事处 岗位廉政风险防控一览表, after the source's 街道 低保排查 (联合入户小组, 民主评议小组, 联合审查小组, 车辆, 收入, "
        "户籍, 应保尽保、应退尽退): a title, 序号/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、街道领导班子``, ``二、党政办公室``, ``三、社会事务办公室``, ``四、城市管理办公室`` merged "
        "across (no 科室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/街道党工委（盖章）/date line",
        [sh], t,
    )  # fmt: skip


def xuanhan_binhe_community_duties() -> dict:
    unit = f"{PLACE}蒲江街道滨河社区居民委员会"
    sh = _Sheet("责任清单", [6, 20, 9, 16, 38, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("社区党委书记、居委会主任", "琴缇晞", "leader", [
            ("社区服务站经费", "社区服务站经费、党建经费支出不公开", "Ⅰ级", "经费收支按季度居务公开。"),
            ("公益性岗位", "公益性岗位人员安排优亲厚友", "Ⅰ级", "岗位人选居民代表会议推荐并公示。"),
        ]),
        ("民政事务社区救助岗", "墨蔻珺", "general", [
            ("低保、救助申请受理", "低保、临时救助申请材料受理把关不严", "Ⅰ级", "受理材料清单化审核，入户核实两人以上。"),
            ("老年证、残疾证代办", "代办证件收取群众费用", "Ⅱ级", "代办一律免费，服务承诺上墙。"),
        ]),
        ("劳动就业社会保障岗", "赏頔璐", "general", [
            ("退休人员资格认证", "为已死亡人员继续办理资格认证，冒领养老金", "Ⅱ级", "资格认证与殡葬信息每月比对。"),
        ]),
        ("信访接待综合治理岗", "佴馥芃", "general", [
            ("信访件登记", "对反映社区干部的信访件压件不报", "Ⅱ级", "信访件登记编号，按日报街道。"),
            ("矛盾纠纷调解", "调解中接受当事人吃请", "Ⅲ级", "调解两人以上，调解记录双方签字。"),
        ]),
        ("社区居务监督委员会主任", "况旻蓁", "middle", [
            ("居务监督", "对社区重大事项决策监督走过场", "Ⅲ级", "重大事项全程列席，监督意见书面留存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填报人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "xuanhan_binhe_community_duties", "https://m.bdocx.com/doc/5557975.html",
        "社区居民委员会 廉洁风险防控责任清单, after the source's 社区干部管理办法 (社区“两委”成员, 社区服务站站长由书记兼任, 六类岗位: "
        "民政事务社区救助, 劳动就业社会保障, 信访接待综合治理 …): a title, then 序号/岗位 and 责任人 merged per person (the "
        "posts named ``民政事务社区救助岗`` …, the 书记 ``社区党委书记、居委会主任``)/``职责事项``/廉洁风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xuanhan_juntang_service_selfchecks() -> dict:
    unit = f"{PLACE}君塘镇便民服务中心"
    t = _Truth(unit)
    people = [
        ("归琛渼", "中心领导", "主任", "leader", [
            ("窗口无人值守、脱岗不督办", "岗位职责", "中风险", "每日巡查窗口在岗情况，结果周通报。", "已整改"),
            ("电子监察系统超时办件不处理", "制度机制", "高风险", "超时办件纳入窗口考核，限期说明。", "已落实"),
        ]),
        ("哈霁钤", "社保窗口", "窗口工作人员", "general", [
            ("城乡居民医保参保信息录入不实", "业务流程", "中风险", "录入后双人复核，系统留痕。", "已落实"),
            ("为熟人插队、优先办理", "思想道德", "低风险", "叫号办理，顺序系统记录。", "未发现问题"),
        ]),
        ("能瑱萦", "综合窗口", "帮代办员", "general", [
            ("代办事项收取群众费用", "外部环境", "高风险", "帮代办一律免费，收费举报电话公示。", "已落实"),
            ("代办资料保管不善，泄露群众信息", "岗位职责", "中风险", "代办资料登记交接，办结即退还。", "正在整改"),
            ("村便民服务站值班记录弄虚作假", "制度机制", "低风险", "值班情况每周电话抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "自查时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xuanhan_juntang_service_selfchecks", "http://m.jlxfw.com/cms/jlzx/1431.html",
        "镇便民服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 暗访 of 乡镇便民服务中心 "
        "(窗口无人值守, 庸、懒、散、慢, 电子监察系统, 资料堆放): a title, a label row ``姓　名 | 科　室 | 岗　位 | 自查时间`` over a row "
        "of values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row and "
        "``自查人（签名）： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def xuanhan_hujia_vet_station_posts() -> dict:
    unit = f"{PLACE}胡家镇畜牧兽医站"
    sh = _Sheet("排查表", [6, 14, 18, 38, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "主要表现", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "站务决策", "检疫收费、物资采购不经站务会研究", "中", "站务会集体研究，会议记录存档。"),
        ("站长", "leader", "检疫人员管理", "对检疫人员不到场出证失察", "高", "每月抽查出证记录与现场影像。"),
        ("产地检疫员", "general", "产地检疫出证", "不到养殖场查验即出具检疫合格证明", "高",
         "检疫申报网上受理，查验照片上传系统。"),
        ("产地检疫员", "general", "检疫证明管理", "空白检疫证明转借、代签", "中", "检疫证明按号领用核销。"),
        ("动物防疫员", "general", "强制免疫", "疫苗领用账实不符，免疫档案造假", "中", "疫苗出入库双人登记，空瓶回收。"),
        ("动物防疫员", "general", "村级防疫员考核", "考核打分优亲厚友，补助虚报", "低", "考核结果在村公示，补助打卡发放。"),
        ("屠宰检疫协检员", "general", "定点屠宰场入场查验", "对无检疫证明的生猪放行入场", "高",
         "入场查验逐批登记，不合格一律不得入场。"),
        ("屠宰检疫协检员", "general", "病害猪处理", "收受屠宰场好处，病害猪无害化处理不监督", "中", "无害化处理全程录像。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "xuanhan_hujia_vet_station_posts",
        "https://www.ppdoc.com/periodical/08c1fb25ac762f82bc92d4bdb8ff18ca.html",
        "镇畜牧兽医站 岗位廉政风险点排查表 对岗不对人, after the source's paper on 产地检疫 after the 乡镇畜牧兽医站 were cut (职责不清, "
        "定点屠宰场 入场监管, 镇村与县级检疫监督机构脱节): a title, 序号/岗位 merged per post (站长, 产地检疫员, 动物防疫员, 屠宰检疫"
        "协检员)/a short 风险点/a long ``主要表现``/风险等级 高/中/低/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xuanhan_fengcheng_agri_center_list() -> dict:
    unit = f"{PLACE}峰城镇农业综合服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 18, 34, 13, 8, 30])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "商耘翃", "leader", [
            ("扶持资金分配", "沼气池、良种等扶持资金按村分配不公开，截留挪用", "制度机制风险", "★★★",
             "扶持资金分配方案中心会议研究，分配结果公示。"),
            ("项目验收", "验收不逐户查看，按村上报数量照单验收", "岗位职责风险", "★★★",
             "验收逐户核查并拍照，验收表农户签字。"),
        ]),
        ("中心领导", "副主任", "海泷蓠", "leader", [
            ("配方肥推广", "配方肥推广中收受企业提成", "外部环境风险", "★★", "推广企业公开比选，签订廉洁承诺。"),
        ]),
        ("农技推广股", "股长", "牟砚飏", "middle", [
            ("良种补贴核实", "良种补贴面积核实不实，虚报冒领", "业务流程风险", "★★",
             "补贴面积村级公示、中心抽查复核。"),
            ("技术培训", "培训人数、天数虚报套取培训经费", "思想道德风险", "★", "培训签到拍照，经费按实结算。"),
        ]),
        ("农技推广股", "农技员", "伯篁晞", "general", [
            ("物资发放", "农资物资发放不登记，优亲厚友", "岗位职责风险", "★★", "物资发放名单公示，领取人签字。"),
        ]),
        ("农村经营管理股", "农经员", "钦黛沅", "general", [
            ("村级账务代理", "村会计报送的虚假凭证照单入账", "业务流程风险", "★★★", "村级凭证逐张审核，疑点退回核实。"),
            ("土地流转合同备案", "流转合同备案审查把关不严", "制度机制风险", "★", "合同备案清单化审查，定期抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None, None)
    return _layout(
        "xuanhan_fengcheng_agri_center_list", "https://www.xetaf.com/nyyw/175.html",
        "镇农业综合服务中心 岗位廉政风险防控一览表, after the source's 镇农业办公室 主任 who kept 沼气池建设扶持款, 玉米良种款 and "
        "配方肥料款 (虚报数量, 村会计, 验收不逐个查看): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` "
        "line, 序号/股室 merged (中心领导, 农技推广股, 农村经营管理股)/岗位 and 姓名 merged per person/a short 风险点/a long "
        "风险描述/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def xuanhan_tuhuang_forestry_cards() -> dict:
    unit = f"{PLACE}土黄镇林业站"
    t = _Truth(unit)
    cards = [
        ("站长", "苍醴翊", "leader", "主持林业站全面工作，负责公益林管护和林木采伐审核", [
            ("对公益林被毁林开垦失察，不组织查处", "Ⅰ", "管护责任区巡查情况每月听取，毁林线索当日上报。"),
            ("林木采伐审核意见不经现场核实", "Ⅰ", "采伐申请两人以上现场核实，审核意见集体研究。"),
            ("护林员考核打分优亲厚友", "Ⅱ", "考核结果在村公示，补助按考核发放。"),
        ]),
        ("公益林管理员", "冀莼桤", "general", "负责公益林区划、管护合同和生态效益补偿资金核实", [
            ("生态效益补偿面积核实不实", "Ⅰ", "补偿面积逐户核实，清册公示。"),
            ("管护巡查记录弄虚作假", "Ⅱ", "巡查轨迹系统考勤，记录每周抽查。"),
        ]),
        ("林政员", "蔺曈蓥", "general", "负责林政执法、木材运输检查和野外用火管理", [
            ("发现滥伐林木只口头制止，不上报", "Ⅰ", "滥伐线索一律登记上报，限时处置。"),
            ("接受请托对违规运输木材放行", "Ⅱ", "检查两人以上，执法记录仪全程记录。"),
            ("野外用火审批收受好处", "Ⅲ", "用火审批登记，结果报镇政府备案。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
        _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 4)
        sh.add("持卡人签字：", None, f"年{GAP}月{GAP}日", None)
        sheets.append(sh)
    return _layout(
        "xuanhan_tuhuang_forestry_cards", "https://www.pwxppbud.cn/901952673092.html",
        "镇林业站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 公益林管理员, 林政员), after the source's 林业站 whose 站长, "
        "公益林管理员 and 护林员 let a 公益林 be cut (玩忽职守, 毁林面积, 巡查管护): a title, ``持卡人 | … | 职　务 | …``, a merged "
        "``岗位职责 | …`` line, then 序号/风险点/风险等级 written bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施, a merged ``注：`` line reading Ⅰ/Ⅱ/Ⅲ as "
        "高/中/低 and ``持卡人签字： | 年　月　日``; no type column, no 科室",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xuanhan_yanmen_village_holders_in_brackets(),
    xuanhan_puguang_town_two_sheets(),
    xuanhan_dongxiang_street_groups(),
    xuanhan_binhe_community_duties(),
    xuanhan_juntang_service_selfchecks(),
    xuanhan_hujia_vet_station_posts(),
    xuanhan_fengcheng_agri_center_list(),
    xuanhan_tuhuang_forestry_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch297-inbox"))
