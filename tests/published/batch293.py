"""The two-hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇 and
their 站所, 村 and 社区, 南江县 (a mountain county of 巴中 under the 光雾山, its staff Han) — the
长赤镇人民政府, the 赤溪镇财政所, the 正直镇林业站, the 下两镇便民服务中心, the 桃园镇青杠村村民委员会,
the 集州街道朝阳社区居民委员会, the 关坝镇人民政府 and the 元潭镇畜牧兽医站 — each handing back the
防控表, 防控卡, 排查表, 自查表, 清单 or 一览表 its staff typed in WPS or Excel:

- the 长赤镇人民政府's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader,
  the posts written ``党委副书记、镇长`` …) and ``站所办`` (``科室`` merged, ``岗位`` and ``姓名`` merged
  per person), short types, ``一级/二级/三级``;
- the 赤溪镇财政所's 防控卡, one sheet a holder (tabs 所长, 总预算会计, 出纳): ``姓　名 | … | 职　务 |
  …`` and a merged ``岗位职责 | …`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人签字： | … | 年　月　日``;
- the 正直镇林业站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``主要表现``, ``…风险`` types, ``高风险/中风险/低风险``, no names; an 编制/审核/date line;
- the 下两镇便民服务中心's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … |
  所在窗口 | … | 岗　位 | …`` in one row above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, 高/中/低, ``自查人（签名）： | … | 中心主任意见：``;
- the 青杠村村民委员会's 责任清单 written on EVERY row (no merges): ``岗位 | 姓名 | 职责事项 |
  廉洁风险点 | 风险等级 | 防控措施``, ``一级风险/二级风险/三级风险``, no type column;
- the 朝阳社区居民委员会's 一览表: ``岗位`` and ``姓名`` merged per person, ``…风险`` types, levels
  written bare ``Ⅰ/Ⅱ/Ⅲ`` and read by a ``注：`` line;
- the 关坝镇人民政府's 防控表 under GROUP ROWS ``一、镇领导班子`` … ``四、社会事务办公室`` merged across
  (no 科室 column): ``岗位 | 姓名 | 主要职责`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column.

One is harder:

- ``nanjiang_yuantan_vet_station_remarks``: the 元潭镇畜牧兽医站's 岗位廉政风险防控一览表, where the
  站 is SHORT OF STAFF and the holder of a vacant post is written ONLY IN THE ROW'S ``备注``. The
  list is an ordinary 一览表 — ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施 | 备注``, 岗位,
  姓名 and 备注 merged per post, 高/中/低 — and three of its seven posts have a holder in ``姓名``
  (站长, 动物防疫员, 畜牧技术推广员), but the other four posts (产地检疫员, 驻场官方兽医,
  兽药饲料监管员, 报账员) leave ``姓名`` BLANK, and their ``备注`` says who does the post now:
  ``该岗位原工作人员2025年3月调县动物疫病预防控制中心，现由站长逄樾岑负责``, ``现由阚淏珺负责``,
  ``岗位暂缺，现由动物防疫员禚沁翮兼管``, ``岗位暂缺，暂由镇财政所会计郜砚湛代管``. Two of the four
  are people who hold another post of the same list (the 站长 and the 动物防疫员), one is nobody
  else's, one a 财政所 会计 lent to the 站; a ``注：`` line under the table says that the posts with a
  blank 姓名 are the 站's vacant posts whose risks are in the charge of the person the 备注 names.
  The 动物防疫员's own ``备注`` holds a plain note (``负责全镇14个村强制免疫``) naming nobody. The
  README's 读得懂的表 knows ``备注`` naming a successor (``该岗位由蒯昉湄接任``) while ``姓名`` still
  holds the predecessor, ``姓名`` written ``空缺`` or ``（待配备）`` (the post has no holder), a
  ``（党委委员、副镇长兼任）`` in ``姓名`` pointing at another table, and ``睢霁澄（兼）`` in ``姓名``; it
  does not describe a list whose ``姓名`` cell is left blank for a vacant post and whose ``备注``
  (``现由…负责``, ``现由…兼管``, ``暂由…代管``) names the person covering it — a person who may also
  hold a post of his own in the same list, and so have two forms.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 乡镇畜牧兽医站 merged with the 林工站,
农科站 and 水保站 into an 农业综合服务中心, its 编制 cut from 12 to 10, that still does 牧政管理, 动物疫病
防控, 产地检疫, the 草原生态保护补助奖励 and 能繁母牛补贴; the ranks of a 乡镇's leaders — 党委书记, 镇长,
人大主席, 党委副书记, 纪委书记, 党委委员、副镇长; a 县 会计核算中心's year — 报账员工作规范, 内部牵制,
票据档案管理, 会计审核和监督; a 林业站's year — 植树造林, 凭证采伐, 林木采伐许可证, 林政员, 木材贩运,
讨情与要挟; a 乡便民服务中心 — 首问负责, 一次性告知, 限时办结, 综合窗口, 村便民服务代办站, 村干部
值班; a 村支书 who kept the 集体林地's 退耕还林补助金 in his own account — 集体资金公示, 村务开支; a
市's 社区工作者管理办法 — 岗位设置, 专职社工, 社区“两委”, 一肩挑, 资格联审; a 村委 that split a
高标准农田 project's 工程管理费 — 报账员, 一支笔审批, 公示, 审计) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 南江县.

Run ``python tests/published/score.py --set batch293`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a post whose ``姓名`` is blank is held by the person its ``备注`` names after
  ``现由``/``暂由`` (``站长逄樾岑`` → 逄樾岑, ``动物防疫员禚沁翮`` → 禚沁翮, ``镇财政所会计郜砚湛`` →
  郜砚湛: the post or body before the name is no part of it); one form a post, so a person covering a
  vacant post besides his own has two forms (as batch100 took ``邝泓铭（兼）``), each with its own
  points; the tier is the POST's (the 站长 covering the 产地检疫员 post holds it as a general post);
  a ``备注`` naming nobody (``负责全镇14个村强制免疫``) changes nothing; ``备注`` and ``防控措施`` are no
  points;
- a 财政所, 林业站, 便民服务中心 and 畜牧兽医站 that writes its own file is the unit (as batches 278,
  281, 285 and 289 took them), its 窗口 its 科室 (``中心领导`` the 科室 of the 主任), a file without a
  科室 column or card line giving no 科室; a 镇人民政府's 办公室, 中心 and 站 are 科室, its
  ``领导班子`` sheet (tab and title) the 科室 of its leaders as batch289 took a 街道's, and in the
  关坝镇's file a group row ``三、经济发展办公室`` gives the 科室 ``经济发展办公室`` (its number left off)
  and ``一、镇领导班子`` the 科室 ``镇领导班子``; a 村 and a 社区 are units with no 科室;
- 党委书记, 党委副书记、镇长, 党委委员、纪委书记, 党委委员、副镇长, 人大主席, a 所's 所长, a 站's 站长
  and a 中心's 主任 (in their own file), 村党支部书记、村委会主任 and 社区党委书记、居委会主任 (kept as
  written) are leaders; an 办公室's 主任, a 镇's 中心 主任 and 站长 (inside the 镇's file), the
  村务监督委员会主任 and the 社区居务监督委员会主任 middle; the rest (民政专干, 村镇建设专干, 总预算会计,
  出纳, 林政员, 护林防火专干, 造林技术员, 窗口工作人员, 帮代办员, 村文书, 报账员, 专职社区工作者,
  网格员, 产地检疫员, 驻场官方兽医, 动物防疫员, 兽药饲料监管员, 畜牧技术推广员, 文书) general;
- ``风险点 | 主要表现``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``岗位职责``,
  ``职责事项`` and ``自查情况`` are no points and name no holder; the 林业站's list names no person: its
  forms are posts (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险``, ``高/中/低``, ``一级风险/二级风险/三级风险``,
  bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 社区's note) and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

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

PREFIX = "b293_"
PLACE = "南江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

STATION = f"{PLACE}元潭镇畜牧兽医站"
VACANT_NOTE = "注：姓名栏空缺的为本站缺员岗位，其廉政风险防控责任由备注栏所列人员承担。"

# (岗位, 姓名 as written (None: blank), 备注 (None: blank), holder, tier, [(廉政风险点, 等级, 防控措施)])
POSTS = [
    ("站长", "逄樾岑", None, "逄樾岑", "leader", [
        ("草原生态保护补助奖励面积核实把关不严，为关系户虚报面积", "高",
         "补助面积逐户实地核实，名单在村务公开栏公示。"),
        ("站内大额支出和物资采购不经站务会集体研究", "中", "大额支出站务会研究，会议记录存档。"),
    ]),
    ("产地检疫员", None, "该岗位原工作人员2025年3月调县动物疫病预防控制中心，现由站长逄樾岑负责",
     "逄樾岑", "general", [
        ("不到现场查验即出具动物检疫合格证明", "高", "检疫申报网上受理，现场查验拍照上传。"),
        ("空白检疫证明转借他人或代签", "中", "检疫证明专人保管，领用登记、按号核销。"),
    ]),
    ("驻场官方兽医", None, "现由阚淏珺负责", "阚淏珺", "general", [
        ("对未经非洲猪瘟检测的生猪放行上线屠宰", "高", "入场生猪逐批查验检测报告，不合格不得上线。"),
        ("收受屠宰场好处，对病害猪无害化处理不监督", "高", "无害化处理全程录像，台账日清日结。"),
    ]),
    ("动物防疫员", "禚沁翮", "负责全镇14个村强制免疫", "禚沁翮", "general", [
        ("强制免疫疫苗领用账实不符，私自倒卖疫苗", "中", "疫苗出入库双人登记，空瓶回收核对。"),
        ("免疫档案、耳标佩戴登记弄虚作假", "低", "免疫档案每季度抽查，耳标信息系统比对。"),
    ]),
    ("兽药饲料监管员", None, "岗位暂缺，现由动物防疫员禚沁翮兼管", "禚沁翮", "general", [
        ("对兽药经营户违规经营不查处、不上报", "中", "检查结果每月报县农业农村局，发现问题限期整改。"),
    ]),
    ("畜牧技术推广员", "郦琇祎", None, "郦琇祎", "general", [
        ("能繁母牛补贴、良种补贴对象核实不实", "中", "补贴对象村级评议、站内复核、镇级公示。"),
        ("推广项目物资发放优亲厚友", "低", "物资发放名单公示，领取人签字确认。"),
    ]),
    ("报账员", None, "岗位暂缺，暂由镇财政所会计郜砚湛代管", "郜砚湛", "general", [
        ("报销票据审核不严，虚列支出", "中", "报销实行经办、审核、审批三签。"),
        ("现金收入不及时存入银行，公款私存", "低", "现金日清月结，收入当日解缴。"),
    ]),
]  # fmt: skip


def nanjiang_yuantan_vet_station_remarks() -> dict:
    t = _Truth(STATION)
    sh = _Sheet("一览表", [6, 14, 9, 38, 9, 34, 30])
    _line(sh, f"{STATION}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{STATION}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注")
    n = 0
    for post, shown, remark, holder, tier, points in POSTS:
        first = len(sh.rows)
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, shown, point, lv, measures, remark)
            t.point(sh.name, "", post, holder, tier, point, [], HML[lv])
        last = len(sh.rows) - 1
        if last > first:  # 岗位, 姓名 (blank or not) and 备注 merged over the post's rows
            for c in (1, 2, 6):
                for r in range(first + 1, last + 1):
                    sh.rows[r][c] = None
                sh.merge(first, c, last, c)
    _line(sh, VACANT_NOTE, 7)
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "nanjiang_yuantan_vet_station_remarks", "http://m.handmsg.com/page/2017/0509/1727228.shtml",
        "(harder) 镇畜牧兽医站 岗位廉政风险防控一览表 of a station SHORT OF STAFF, after the source's 乡镇畜牧兽医站 merged into "
        "an 农业综合服务中心 with fewer 编制 (牧政管理, 动物疫病防控, 产地检疫, 草原生态保护补助奖励, 能繁母牛补贴): a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年6月`` line, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施/``备注``, 岗位, "
        "姓名 and 备注 merged per post; four posts (产地检疫员, 驻场官方兽医, 兽药饲料监管员, 报账员) leave 姓名 BLANK and their "
        "备注 names who covers them (``…现由站长逄樾岑负责``, ``现由阚淏珺负责``, ``岗位暂缺，现由动物防疫员禚沁翮兼管``, "
        "``岗位暂缺，暂由镇财政所会计郜砚湛代管``), two of them holders of another post of the list; the 动物防疫员's 备注 a plain "
        "note naming nobody; a merged ``注：`` line on the blank 姓名 and the 备注, and a 填表人/审核人/站长（签字） line; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nanjiang_changchi_town_two_sheets() -> dict:
    unit = f"{PLACE}长赤镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 14, 22, 36, 10, 8, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("厍澹崧", "党委书记", "主持镇党委全面工作", [
            ("重大事项、大额资金使用不经党委会集体研究", "制度机制", "一级",
             "落实“三重一大”集体决策，会议纪要存档。"),
            ("村干部选任、考核中搞亲疏远近", "思想道德", "二级", "村干部考核结果公示，接受群众监督。"),
        ]),
        ("璩昀峤", "党委副书记、镇长", "主持镇政府全面工作，分管财政", [
            ("镇级财政资金拨付审批把关不严", "岗位职责", "一级", "资金拨付经财政所审核、镇长办公会研究。"),
            ("政府投资项目指定施工单位", "外部环境", "一级", "项目按限额标准进入公共资源交易平台。"),
        ]),
        ("佴芃溆", "党委委员、纪委书记", "负责纪检监察工作", [
            ("对村级“三资”问题线索压案不查", "岗位职责", "二级", "问题线索集体排查，处置情况按月报县纪委监委。"),
        ]),
        ("訾瑀涔", "党委委员、副镇长", "分管农业农村、林业、畜牧", [
            ("惠农补贴面积、数量审核走过场", "业务流程", "二级", "补贴清册村级公示、镇级复核。"),
            ("对林木采伐、草原补奖中的违规行为打招呼", "思想道德", "三级", "插手干预事项如实登记报告。"),
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
    staff = _Sheet("站所办", [6, 22, 12, 9, 36, 10, 8, 32])
    _line(staff, f"{unit}站所办岗位廉政风险防控表", 8)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "暴苒沣", "middle", [
            ("公务接待超标准、无公函接待", "制度机制", "二级", "接待事前审批，清单按月公示。"),
            ("公务用车私用", "思想道德", "三级", "派车单登记，车辆定位监管。"),
        ]),
        ("社会事务办公室", "民政专干", "亢翊濯", "general", [
            ("低保、临时救助审核中优亲厚友", "思想道德", "一级", "入户调查两人以上，结果在村务公开栏公示。"),
            ("高龄津贴发放名单不及时核减", "业务流程", "二级", "发放名单每月与殡葬信息比对。"),
        ]),
        ("农业综合服务中心", "主任", "鄂湉芷", "middle", [
            ("农业项目验收不到现场即签字", "岗位职责", "二级", "验收三方到场，影像资料存档。"),
        ]),
        ("规划建设和生态环保办公室", "村镇建设专干", "弘霂岩", "general", [
            ("农房建设审批中吃拿卡要", "外部环境", "二级", "审批条件和时限公开，网上受理。"),
            ("对违法建房巡查发现不制止", "岗位职责", "三级", "巡查记录按周上报，问题限期整改。"),
        ]),
        ("退役军人服务站", "站长", "阙骁晗", "middle", [
            ("优抚对象资格审核把关不严", "业务流程", "二级", "资格审核材料清单化，结果公示。"),
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
        "nanjiang_changchi_town_two_sheets", "http://rosevvi.cn/20765.html",
        "镇人民政府 廉政风险防控表 in two sheets, after the source's ranks of a 乡镇's leaders (党委书记, 镇长, 人大主席, 党委副书记, "
        "纪委书记, 党委委员、副镇长): ``领导班子`` — a title ``…领导班子成员廉政风险防控表``, 序号/``姓名 | 职务 | 分管工作`` merged per "
        "leader (``党委副书记、镇长`` …)/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; ``站所办`` — a title, "
        "序号/科室 merged (党政办公室, 社会事务办公室, 农业综合服务中心, 规划建设和生态环保办公室, 退役军人服务站)/岗位 and 姓名 merged "
        "per person/…; a 填表人/审核人/date line",
        [lead, staff], t,
    )  # fmt: skip


def nanjiang_chixi_finance_cards() -> dict:
    unit = f"{PLACE}赤溪镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "殳沚霖", "leader", "主持财政所全面工作，负责镇级预算执行和村级财务监管", [
            ("镇级资金拨付审核不严，先支付后补手续", "★★★", "资金拨付凭审批单和合同办理，不得先付后审。"),
            ("村级“三资”监管流于形式", "★★", "每季度抽查村级账务，问题通报整改。"),
            ("为亲友在惠农补贴发放中打招呼", "★★", "补贴发放名单公示，插手干预登记报告。"),
        ]),
        ("总预算会计", "沃璠溪", "general", "负责镇级总预算会计核算、报账审核和票据档案管理", [
            ("报账审核不严，白条、虚假发票入账", "★★★", "报账凭证逐张审核，经办、审核、审批三签。"),
            ("会计档案、票据管理混乱", "★", "票据领用核销登记，档案按年装订归档。"),
        ]),
        ("出纳", "蔚岚祎", "general", "负责现金、银行存款收付和惠农补贴“一卡通”发放", [
            ("坐支现金、公款私存", "★★★", "现金日清月结，所长不定期盘点。"),
            ("“一卡通”补贴发放信息录入错误或冒名发放", "★★", "发放信息与村级公示名单逐户核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人签字：", None, f"年{GAP}月{GAP}日", None)
        sheets.append(sh)
    return _layout(
        "nanjiang_chixi_finance_cards", "https://jsycf8.com/peizhi/75275.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 总预算会计, 出纳), after the source's 县 会计核算中心 year "
        "(报账员工作规范, 内部牵制, 票据档案管理, 会计审核和监督): a title, ``姓　名 | … | 职　务 | …``, a merged ``岗位职责 | …`` line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施, a merged ``注：`` line on the stars and ``持卡人签字： | 年　月　日``; "
        "no type column",
        sheets, t,
    )  # fmt: skip


def nanjiang_zhengzhi_forestry_posts() -> dict:
    unit = f"{PLACE}正直镇林业站"
    sh = _Sheet("排查表", [6, 12, 18, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "造林项目安排", "造林任务和项目向关系村、关系户倾斜", "思想道德风险", "中风险",
         "造林任务分配方案站务会研究并公示。"),
        ("站长", "leader", "林木采伐审核", "对不符合条件的采伐申请签署同意意见", "岗位职责风险", "高风险",
         "采伐申请现场核实，审核意见集体研究。"),
        ("林政员", "general", "凭证采伐监管", "对超量采伐、无证采伐不制止、不上报", "岗位职责风险", "高风险",
         "采伐现场定期巡查，发现问题当日报告。"),
        ("林政员", "general", "木材运输检查", "接受木材商人请托，对违规运输放行", "外部环境风险", "高风险",
         "检查两人以上，执法记录仪全程记录。"),
        ("护林防火专干", "general", "护林员管理", "护林员巡护考勤弄虚作假，虚报补助", "制度机制风险", "中风险",
         "巡护轨迹系统考勤，补助按考核结果发放。"),
        ("护林防火专干", "general", "野外用火审批", "违规同意野外用火，收取好处", "业务流程风险", "低风险",
         "野外用火审批登记，结果报镇政府备案。"),
        ("造林技术员", "general", "苗木调运", "苗木质量把关不严，以次充好", "业务流程风险", "中风险",
         "苗木调运专人验收，不合格苗木拒收。"),
        ("造林技术员", "general", "造林验收", "造林面积和成活率验收不实", "岗位职责风险", "中风险",
         "验收随机抽样，结果村级公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "nanjiang_zhengzhi_forestry_posts", "https://qdfww.com/gongzuo/281708.html",
        "镇林业站 岗位廉政风险点排查表 对岗不对人, after the source's 林业站 year (植树造林, 凭证采伐, 林木采伐许可证, 林政员, 苗木质量, "
        "木材贩运, 讨情): a title, 序号/岗位 merged per post (站长, 林政员, 护林防火专干, 造林技术员)/a short 风险点/a long ``主要表现``/"
        "风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def nanjiang_xialiang_service_selfchecks() -> dict:
    unit = f"{PLACE}下两镇便民服务中心"
    t = _Truth(unit)
    people = [
        ("夔泖筠", "中心领导", "主任", "leader", [
            ("窗口办件超时不督办、不通报", "岗位职责", "中", "超时办件每周通报，纳入窗口考核。", "已落实"),
            ("对窗口人员“吃拿卡要”问题失察", "制度机制", "高", "设立意见箱和投诉电话，投诉件限时办结。", "未发现问题"),
        ]),
        ("巩曦祚", "社保窗口", "窗口工作人员", "general", [
            ("城乡居民养老保险参保信息录入不实", "业务流程", "中", "录入后双人复核，系统留痕。", "已落实"),
            ("为熟人插队、优先办理", "思想道德", "低", "叫号办理，顺序系统记录。", "已落实"),
        ]),
        ("晁沐瑶", "民政窗口", "窗口工作人员", "general", [
            ("低保、特困申请材料受理把关不严", "岗位职责", "高", "受理材料清单化审核，一次性告知。", "正在整改"),
            ("残疾人补贴申报中收受好处", "思想道德", "中", "申报名单在村公示，接受举报。", "未发现问题"),
        ]),
        ("勾翕澄", "代办窗口", "帮代办员", "general", [
            ("代办事项收取群众费用", "外部环境", "高", "代办一律免费，服务承诺上墙。", "已落实"),
            ("村便民服务代办站值班记录不实", "制度机制", "低", "值班情况每周电话抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, window, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 8, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在窗口", window, f"岗{GAP}位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, window, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "nanjiang_xialiang_service_selfchecks", "https://cncx.gov.cn/news/show/20240716111736952.html",
        "镇便民服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 乡便民服务中心 (首问负责, "
        "一次性告知, 限时办结, 综合窗口, 村便民服务代办站, 村干部值班): a title, ``姓　名 | … | 所在窗口 | … | 岗　位 | …`` in one "
        "row, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``自查情况``; a blank row and ``自查人（签名）： | "
        "中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def nanjiang_taoyuan_village_duties() -> dict:
    unit = f"{PLACE}桃园镇青杠村村民委员会"
    sh = _Sheet("责任清单", [6, 20, 9, 16, 38, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记、村委会主任", "敖峋洵", "leader", "集体资金管理", "集体林地退耕还林补助金不入村集体账户",
         "一级风险", "集体资金一律进镇代管账户，收支按季公示。"),
        ("村党支部书记、村委会主任", "敖峋洵", "leader", "村级工程项目", "村道硬化等项目不经村民代表会议决定",
         "一级风险", "落实“四议两公开”，会议记录存档。"),
        ("村务监督委员会主任", "融湘蓠", "middle", "村务监督", "对村务公开不全、不及时不提出意见",
         "二级风险", "每月审核公开内容并签字。"),
        ("村文书", "须瀛峦", "general", "证明出具", "违规出具户籍、收入证明", "二级风险", "证明出具登记，两委集体审核。"),
        ("报账员", "丰溱茉", "general", "村级报账", "虚列开支、白条入账", "二级风险", "报账凭证经村务监督委员会审核签字。"),
        ("报账员", "丰溱茉", "general", "补助发放", "代领、截留群众补助资金", "三级风险", "补助资金一律打卡发放，不得代领。"),
    ]  # fmt: skip
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    sh.add("填报人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "nanjiang_taoyuan_village_duties", "http://www.handmsg.com/page/2022/0826/11577885.shtml",
        "村民委员会 廉洁风险防控责任清单, after the source's 村支书 who kept the 集体林地's 退耕还林补助金 in his own account "
        "(集体资金公示, 村务开支, 补助金花名册): a title, then 序号/岗位/姓名/``职责事项``/廉洁风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 written on EVERY row (no merges), the 书记 written ``村党支部书记、村委会主任``; "
        "no type column; a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def nanjiang_jizhou_community_list() -> dict:
    unit = f"{PLACE}集州街道朝阳社区居民委员会"
    sh = _Sheet("一览表", [6, 20, 9, 38, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社区党委书记、居委会主任", "巢淇玥", "leader", [
            ("社区公益性岗位人员安排优亲厚友", "思想道德风险", "Ⅰ", "岗位人选居民代表会议推荐并公示。"),
            ("社区办公经费、党建经费使用不公开", "制度机制风险", "Ⅱ", "经费收支按季度居务公开。"),
        ]),
        ("社区居务监督委员会主任", "相霈澜", "middle", [
            ("对社区重大事项决策监督走过场", "岗位职责风险", "Ⅱ", "重大事项全程列席，监督意见书面留存。"),
        ]),
        ("专职社区工作者", "荆漪珣", "general", [
            ("困难群众慰问金发放名单不核实", "业务流程风险", "Ⅱ", "慰问名单入户核实，领取人签字。"),
            ("居住证明、独生子女证明等违规出具", "岗位职责风险", "Ⅲ", "证明出具登记，书记审核签字。"),
        ]),
        ("网格员", "竺濛岳", "general", [
            ("网格信息采集不实、虚报走访", "业务流程风险", "Ⅲ", "走访记录系统定位，每月抽查。"),
            ("泄露居民个人信息", "外部环境风险", "Ⅱ", "信息查询实名登录，定期检查日志。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, "审核人：", None, "社区党委（盖章）", None, None)
    return _layout(
        "nanjiang_jizhou_community_list", "http://www.twtpybx.cn/system/2020/08/18/030246539.shtml",
        "社区居民委员会 岗位廉洁风险防控一览表, after the source's 社区工作者管理办法 (岗位设置, 专职社工, 社区“两委”, 一肩挑, 资格联审): "
        "a title, 序号/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 written bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged "
        "``注：`` line reading Ⅰ/Ⅱ/Ⅲ as 高/中/低 and a 填表人/审核人/社区党委（盖章） line",
        [sh], t,
    )  # fmt: skip


def nanjiang_guanba_town_groups() -> dict:
    unit = f"{PLACE}关坝镇人民政府"
    sh = _Sheet("防控表", [6, 16, 9, 22, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "主要职责", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导班子", "镇领导班子", [
            ("人大主席", "权曜澈", "leader", "负责镇人大工作", [
                ("对代表建议办理监督不力", "Ⅲ级", "代表建议办理结果书面答复并公开。"),
            ]),
            ("党委委员、副镇长", "逯岑霙", "leader", "分管经济发展、项目建设", [
                ("高标准农田建设项目管理费使用不规范", "Ⅰ级", "项目管理费专账核算，审计后结算。"),
                ("项目验收中接受施工单位宴请", "Ⅱ级", "验收人员签订廉洁承诺。"),
            ]),
        ]),
        ("二、党政综合办公室", "党政综合办公室", [
            ("主任", "盖翎淑", "middle", "负责机关日常运转、财务和后勤", [
                ("办公用品采购不比价", "Ⅱ级", "采购三家比价，验收与采购分离。"),
            ]),
        ]),
        ("三、经济发展办公室", "经济发展办公室", [
            ("主任", "益桉彤", "middle", "负责农业项目申报和实施", [
                ("项目申报材料弄虚作假", "Ⅰ级", "申报材料集体审核，实地核查。"),
                ("工程量核定不实，虚增工程款", "Ⅰ级", "工程量由监理、审计和村监委共同核定。"),
            ]),
        ]),
        ("四、社会事务办公室", "社会事务办公室", [
            ("主任", "养霁蓁", "middle", "负责社会救助和养老服务", [
                ("临时救助审批“一支笔”", "Ⅱ级", "临时救助经办公会集体研究。"),
                ("养老服务补贴对象认定不准", "Ⅲ级", "补贴对象村级评议、镇级复核。"),
            ]),
            ("文书", "桓樾溟", "general", "负责民政、残联业务资料", [
                ("救助资料审核不严、虚报冒领", "Ⅱ级", "救助资料逐户核实，结果公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, duty, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "镇党委（盖章）", None, "2025年6月")
    return _layout(
        "nanjiang_guanba_town_groups", "https://www.lanyancloud.com/news/2012101196453670912",
        "镇人民政府 岗位廉政风险防控表, after the source's 村委 that split a 高标准农田 project's 工程管理费 (报账员, 一支笔审批, "
        "公示, 审计): a title, 序号/岗位/姓名/``主要职责``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、镇领导班子``, ``二、党政综合办公室``, ``三、经济发展办公室``, ``四、社会事务办公室`` merged across (no 科室 column); "
        "岗位, 姓名 and 主要职责 merged per person; no type column; a 填表人/审核人/镇党委（盖章）/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nanjiang_yuantan_vet_station_remarks(),
    nanjiang_changchi_town_two_sheets(),
    nanjiang_chixi_finance_cards(),
    nanjiang_zhengzhi_forestry_posts(),
    nanjiang_xialiang_service_selfchecks(),
    nanjiang_taoyuan_village_duties(),
    nanjiang_jizhou_community_list(),
    nanjiang_guanba_town_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch293-inbox"))
