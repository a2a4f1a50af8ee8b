"""The two-hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 街道, 乡镇
and their 站所 and 社区/村, 利州区 (the city district of 广元 on the 嘉陵江, its staff Han) — the
东坝街道办事处, the 宝轮镇综合行政执法队, the 三堆镇便民服务中心, the 嘉陵街道栖凤社区居民委员会, the
大石镇青岗村股份经济合作社, the 荣山镇财政所, the 白朝乡 and the 河西街道便民服务中心 — each handing back
the 防控表, 排查表, 防控卡, 自查表, 清单 or 一览表 its staff typed in WPS or Excel:

- the 东坝街道办事处's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), short types, ``一级/二级/三级``;
- the 宝轮镇综合行政执法队's 排查表 对岗不对人: ``部门`` merged (队领导, 执法一中队, 执法二中队, 综合
  办公室), ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现``, ``高风险/中风险/低风险``,
  no names, no type column, an 编制/审核/date line;
- the 三堆镇便民服务中心's 防控卡, one sheet a holder (tabs named by the post or the 窗口): ``姓　名 | … |
  职　务 | …``, a merged ``所在窗口 | …`` and a merged ``岗位职责 | …`` above ``序号 | 风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字： | … | 年　月　日``;
- the 栖凤社区居民委员会's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | … |
  填表时间 | …`` in one row above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： | … | 社区党委意见：``;
- the 青岗村股份经济合作社's 责任清单 written on EVERY row (no merges): ``岗位 | 姓名 | 职责事项 | 廉洁风险点 |
  风险类别 | 风险等级 | 防控措施``, short types, 高/中/低;
- the 荣山镇财政所's 一览表 under a ``填报单位（盖章）：…　填报时间：…`` line: ``岗位`` and ``姓名`` merged
  per person (no 股), ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 白朝乡's 防控表 under GROUP ROWS ``一、乡领导班子`` … ``四、社会事务办公室`` merged across (no 科室
  column): ``岗位 | 姓名 | 主要职责`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column.

One is harder:

- ``lizhou_hexi_service_center_staff_codes``: the 河西街道便民服务中心's 岗位廉政风险防控公示表, where the
  holder is given ONLY BY A STAFF NUMBER. The list ``公示表`` is an ordinary 一览表 — ``序号 | 窗口 | 岗位 |
  工号 | 廉政风险点 | 风险等级 | 防控措施``, 窗口 merged, 岗位 and 工号 merged per person, 高/中/低 — but
  it has NO 姓名 column: the column that says who holds the post is ``工号`` (``HX001``, ``HX005`` …, the
  number on the 工号牌 the 窗口 staff wear under the centre's 亮牌上岗 rule), and a ``注：`` line under
  the table says that the holders are marked by their 服务工号 and that their names are in the
  ``工号对照表``. The second sheet ``工号对照表`` lists ``工号 | 姓名 | 所在窗口 | 岗位 | 上岗时间`` for every
  staff member of the centre (one of them, the 导办员 at the 咨询导办台, holds no point). TWO 窗口
  have two holders of the SAME POST (``社保医保窗口`` two ``窗口工作人员``, ``帮办代办窗口`` two ``帮办代办员``),
  so only the 工号 tells whose points are whose: a roster matched by 窗口 and 岗位 cannot. The
  README's 读得懂的表 knows a ``工号`` column BESIDE a 姓名 column (no holder), a ``姓名（工号）`` cell
  holding the name with the number in brackets, a roster on another sheet or below the table
  matched by 科室 and 岗位, and a ``职权编码`` that joins a risk sheet to a ``职权目录`` sheet giving the
  承办股室, 承办岗位 and 责任人 of each 职权; it does not describe a list whose only holder column is
  a staff number, the names standing only on a ``工号对照表`` sheet keyed by that number.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市民服务中心's rules for its 窗口
staff — 派驻人员, 台帐, 轮岗, 窗口负责人, 《窗口工作人员基本情况表》, 中途不得换人; a 镇执法队 工作方案 —
组织架构, 岗位设置, 人员资质, 执法程序风险防控, 廉政风险防控; a 镇便民服务中心 — 社保综合窗口, 民政综合
窗口, 帮代办窗口, 延时服务, 下村服务专班, 村便民服务站; a 社区纪律检查委员会 elected by the 党员大会 —
社区党委书记兼居委会主任, 纪检委员; a study of 股份经济合作社 治理 — 权力界限不清, 内部人控制, 监督
空壳化; a 区's survey of 村民小组 账务 — 镇财政所统一管理, 组财组用、村监督、镇代管, 小组会计, 个人账户
私存; a 区's 社区 党风廉政 work — 阳光拆迁, 《拆迁人员行为准则》, 党（居）务公开, 纠风监督员; a 乡's
党委 and 政府 职责 — 村镇建设规划, 护林防火, 民政, 财政收入, 招商引资) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (surnames of the 百家姓 that are rare — 酆, 钭, 郗, 莘, 巢, 庾, 夔, 乜, 殳, 郏, 弓 … — with rare
given names); every unit is a body of 利州区.

Run ``python tests/published/score.py --set batch289`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's holder is the person the ``工号对照表`` names against the row's
  ``工号``; one form a 工号 (a person), so the two 窗口工作人员 of the 社保医保窗口 and the two 帮办代办员
  are four forms; the form's sheet is ``公示表`` (where its points are), its 科室 the row's 窗口
  (``中心领导`` for the 主任 and 副主任), as batch285 took a 便民服务中心's 窗口; the 对照表's 导办员 holds no
  point and has no form; ``工号`` and ``上岗时间`` are no points;
- in the files of a 综合行政执法队, a 便民服务中心 or a 财政所 that body is the unit (as batches 278, 281
  and 285 took them), its 中队, 办公室 and 窗口 its 科室, ``队领导`` and ``中心领导`` the 科室 of its
  leaders, a file without such a column or card line giving no 科室 (department ""); a 街道办事处's
  办公室 are 科室 and its ``领导班子`` sheet (its tab and its title ``…领导班子成员廉政风险防控表``) the
  科室 of its leaders; in the 白朝乡's file a group row ``四、社会事务办公室`` gives the 科室
  ``社会事务办公室`` (its number left off) and ``一、乡领导班子`` the 科室 ``乡领导班子`` of the leaders; a
  社区 and a 合作社 are units with no 科室;
- 党工委书记, 办事处主任, 办事处副主任, 党委书记, 党委副书记、乡长, 党委委员、副乡长, a 执法队's 队长 and
  副队长, a 中心's 主任 and 副主任 and a 所's 所长 (in their own file), 社区党委书记、居委会主任 (kept as
  written) and the 合作社's 理事长 are leaders; an 办公室's 主任, a 中队长, 社区纪委书记, 副理事长 and
  监事长 middle; the rest (民政专干, 征收专干, 执法队员, 法制审核员, 内勤, 窗口工作人员, 帮办代办员,
  帮代办员, 网格员, 报账员, 总预算会计, 村级会计代理员, 出纳) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``岗位职责``,
  ``职责事项`` and ``自查情况`` are no points and name no holder; the 执法队's list names no person: its
  forms are posts (对岗不对人), the 执法队员 of each 中队 a form of its own;
- ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高/中/低`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b289_"
PLACE = "利州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
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

CENTER = f"{PLACE}河西街道便民服务中心"
CODE_NOTE = (
    "注：本中心窗口工作人员实行亮牌上岗，表中责任人以服务工号标注，姓名及所在窗口见“工号对照表”。"
)

# the 工号对照表: (工号, 姓名, 所在窗口, 岗位, 上岗时间, tier) — every staff member, in 工号 order
STAFF = [
    ("HX001", "酆蘅澈", "中心领导", "主任", "2021年3月", "leader"),
    ("HX002", "钭屿珩", "中心领导", "副主任", "2022年9月", "leader"),
    ("HX005", "郗芮涔", "社保医保窗口", "窗口工作人员", "2020年6月", "general"),
    ("HX006", "宰溱岚", "社保医保窗口", "窗口工作人员", "2023年2月", "general"),
    ("HX008", "莘篁旖", "民政综合窗口", "窗口工作人员", "2021年11月", "general"),
    ("HX009", "竺曦蕴", "咨询导办台", "导办员", "2024年4月", "general"),
    ("HX011", "巢霈洺", "帮办代办窗口", "帮办代办员", "2022年3月", "general"),
    ("HX012", "庾瑶岑", "帮办代办窗口", "帮办代办员", "2024年7月", "general"),
]

# the 公示表: (工号, [(廉政风险点, 等级, 防控措施)]) — one block a person, in the list's order
CODED_POINTS = [
    ("HX001", [
        ("进驻事项办理超时不督办，对窗口“吃拿卡要”问题失察", "高",
         "超时事项每周通报，群众投诉限时办结并回访。"),
        ("窗口人员轮岗、年度考评中照顾关系", "中", "轮岗和考评方案经街道党工委审定，结果公示。"),
    ]),
    ("HX002", [
        ("派驻人员台帐管理不严，中途换人不报备", "中", "派驻人员台帐按月更新，换人须书面报批。"),
        ("政务服务“好差评”差评件不核实、不整改", "低", "差评件逐件核实，整改情况在大厅公示。"),
    ]),
    ("HX005", [
        ("城乡居民医保参保登记信息录入不实", "中", "参保信息录入后双人复核，系统留痕。"),
        ("为熟人插队办理、优先办理", "低", "叫号办理，办理顺序系统记录备查。"),
    ]),
    ("HX006", [
        ("养老保险待遇领取资格认证不核实即办理", "高", "资格认证系统比对，疑点人员入户核实。"),
        ("泄露参保人员个人信息", "中", "信息查询实名登录，定期抽查查询日志。"),
    ]),
    ("HX008", [
        ("低保、特困供养申请材料受理把关不严", "高", "受理材料清单化审核，一次性告知。"),
        ("残疾人两项补贴申报中收受好处", "中", "补贴申报名单在社区公示，接受举报。"),
    ]),
    ("HX011", [
        ("帮办代办中收取群众财物或费用", "高", "帮办代办一律免费，服务承诺张贴上墙。"),
        ("代办材料、证件保管不善遗失", "低", "代办材料交接登记，群众签字确认。"),
    ]),
    ("HX012", [
        ("利用代办之便为中介机构招揽业务", "中", "代办事项全程登记，不得推荐中介。"),
    ]),
]  # fmt: skip


def lizhou_hexi_service_center_staff_codes() -> dict:
    t = _Truth(CENTER)
    staff = {code: rest for code, *rest in STAFF}
    sh = _Sheet("公示表", [6, 14, 13, 9, 40, 9, 36])
    _line(sh, f"{CENTER}岗位廉政风险防控公示表", 7)
    _line(sh, f"填报单位（盖章）：{CENTER}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "窗口", "岗位", "工号", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for code, points in CODED_POINTS:
        who, window, post, _since, tier = staff[code]
        for point, lv, measures in points:
            n += 1
            sh.add(n, window, post, code, point, lv, measures)
            t.point(sh.name, window, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CODE_NOTE, 7)
    sh.add("中心主任（签字）：", None, None, None, None, "2025年6月", None)
    roster = _Sheet("工号对照表", [10, 10, 16, 14, 12])
    _line(roster, f"{CENTER}窗口工作人员工号对照表", 5)
    roster.add("工号", "姓名", "所在窗口", "岗位", "上岗时间")
    for code, who, window, post, since, _tier in STAFF:
        roster.add(code, who, window, post, since)
    return _layout(
        "lizhou_hexi_service_center_staff_codes", "https://bbs.pinggu.org/thread-14565005-1-1.html",
        "(harder) 街道便民服务中心 岗位廉政风险防控公示表 whose holders are given ONLY BY 工号, after the source's rules for a "
        "市民服务中心's 窗口 staff (派驻人员, 台帐, 轮岗, 窗口负责人, 《窗口工作人员基本情况表》): sheet ``公示表`` — a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年6月`` line, 序号/窗口 merged (中心领导, 社保医保窗口, 民政综合窗口, 帮办代办窗口)/"
        "岗位 and ``工号`` (``HX001`` …) merged per person/廉政风险点/风险等级 高/中/低/防控措施, NO 姓名 column, two 窗口 with two "
        "holders of the same post; a merged ``注：`` line saying the holders are marked by 服务工号 and named in the "
        "``工号对照表``, and ``中心主任（签字）： | 2025年6月``; sheet ``工号对照表`` — a title, ``工号 | 姓名 | 所在窗口 | 岗位 | "
        "上岗时间`` for every staff member (a 导办员 with no point among them); no type column",
        [sh, roster], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lizhou_dongba_street_two_sheets() -> dict:
    unit = f"{PLACE}东坝街道办事处"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 12, 20, 36, 10, 8, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("鞠霁峣", "党工委书记", "主持街道党工委全面工作", [
            ("棚户区改造征收补偿方案不经党工委集体研究", "制度机制", "一级",
             "补偿方案经党工委会集体研究，报区政府审定后公开。"),
            ("干部调整、评先评优中搞亲疏远近", "思想道德", "二级", "干部调整按程序酝酿，结果公示。"),
        ]),
        ("夔琰潼", "办事处主任", "主持办事处全面工作，分管财务", [
            ("街道大额资金支出审批把关不严", "岗位职责", "一级", "大额支出主任办公会研究，会签支付。"),
            ("政府采购项目指定供应商", "外部环境", "二级", "采购按限额标准进平台，结果公示。"),
        ]),
        ("扈琮渟", "办事处副主任", "分管城乡建设、征收拆迁", [
            ("为关系户多评多补、提高安置标准打招呼", "思想道德", "一级", "插手干预事项如实登记报告。"),
            ("对拆迁人员执行《拆迁人员行为准则》监督不力", "岗位职责", "三级",
             "征收现场公布监督电话，每月通报执行情况。"),
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
    staff = _Sheet("科室", [6, 18, 10, 9, 36, 10, 8, 32])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 8)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党建办公室", "主任", "滑漪宸", "middle", [
            ("发展党员、评先评优程序不规范", "制度机制", "二级", "发展党员全程纪实，评优结果公示。"),
            ("社区党组织工作经费拨付不按标准", "业务流程", "三级", "经费拨付按标准核定，年终审计。"),
        ]),
        ("社会事务办公室", "主任", "乜蕖岘", "middle", [
            ("低保、临时救助审批中优亲厚友", "思想道德", "一级", "审批结果在社区居务公开栏公示。"),
        ]),
        ("社会事务办公室", "民政专干", "胥桉渟", "general", [
            ("低保对象入户调查走过场、动态管理不及时", "岗位职责", "二级", "入户调查两人以上，按季度复核。"),
            ("高龄津贴发放名单不核实，死亡人员未及时停发", "业务流程", "二级", "发放名单每月与殡葬信息比对。"),
        ]),
        ("城乡建设和管理办公室", "主任", "堵峤霏", "middle", [
            ("被征收房屋面积、附属物丈量登记不实", "业务流程", "一级", "丈量三方到场，登记结果公示。"),
            ("违法建设查处选择性执法", "外部环境", "二级", "查处情况按月通报，接受纠风监督员监督。"),
        ]),
        ("城乡建设和管理办公室", "征收专干", "奚昀岫", "general", [
            ("泄露评估、补偿信息，诱导群众找“中间人”", "思想道德", "二级", "评估信息统一发布，签订保密承诺。"),
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
        "lizhou_dongba_street_two_sheets", "http://www.jsycjw.gov.cn:8021/a/fLUjgYoM9K",
        "街道办事处 廉政风险防控表 in two sheets, after the source's 区 社区 党风廉政 work (阳光拆迁, 《拆迁人员行为准则》, 拆迁"
        "权力节点, 党（居）务公开, 纠风监督员): ``领导班子`` — a title ``…领导班子成员廉政风险防控表``, 序号/``姓名 | 职务 | "
        "分管工作`` merged per leader/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; ``科室`` — a title, "
        "序号/科室 merged (党建办公室, 社会事务办公室, 城乡建设和管理办公室)/岗位 and 姓名 merged per person/…; a 填表人/审核人/"
        "date line",
        [lead, staff], t,
    )  # fmt: skip


def lizhou_baolun_enforcement_posts() -> dict:
    unit = f"{PLACE}宝轮镇综合行政执法队"
    sh = _Sheet("排查表", [6, 12, 11, 14, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "leader", "行政处罚决定", "重大案件处罚决定不经集体讨论，个人说了算", "高风险",
         "重大案件集体讨论，讨论记录存档。"),
        ("队领导", "队长", "leader", "执法力量调度", "接受说情，对违法建设选择性调派执法力量", "中风险",
         "执法任务统一派单，派单记录可查。"),
        ("队领导", "副队长", "leader", "案件审批", "降低处罚标准、以罚代管", "高风险", "处罚裁量基准公开，案件逐件审批留痕。"),
        ("执法一中队", "中队长", "middle", "现场检查", "检查前通风报信，对违规经营户不立案", "高风险",
         "检查对象随机抽取，出发前告知任务。"),
        ("执法一中队", "中队长", "middle", "案件移送", "应移送司法机关的案件不移送", "中风险", "移送标准明确，案件台账按月核对。"),
        ("执法一中队", "执法队员", "general", "调查取证", "调查取证不全面，选择性取证", "中风险",
         "执法全过程记录，取证两人以上。"),
        ("执法一中队", "执法队员", "general", "暂扣物品管理", "暂扣物品登记不全、私自处理", "中风险",
         "暂扣物品入库登记，处理经队部审批。"),
        ("执法二中队", "执法队员", "general", "违法建设巡查", "巡查发现违法建设不报告、不制止", "高风险",
         "巡查轨迹系统记录，发现问题当日上报。"),
        ("执法二中队", "执法队员", "general", "罚款收缴", "当场收缴罚款不开票据、不及时上缴", "高风险",
         "罚款一律开具省财政票据，当日上缴。"),
        ("综合办公室", "法制审核员", "general", "法制审核", "审核把关不严，对程序违法的案件签署同意意见", "中风险",
         "审核意见书面出具，重大案件法律顾问复核。"),
        ("综合办公室", "内勤", "general", "执法装备管理", "执法记录仪数据删改、执法车辆私用", "低风险",
         "记录仪数据自动上传，车辆使用登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "lizhou_baolun_enforcement_posts", "https://www.renrendoc.com/paper/507825131.html",
        "镇综合行政执法队 岗位廉政风险点排查表 对岗不对人, after the source's 镇执法队 工作方案 (组织架构, 岗位设置与职责分工, 人员"
        "配置与资质, 执法程序风险防控, 廉政风险防控): a title, then 序号/部门 merged (队领导, 执法一中队, 执法二中队, 综合办公室)/"
        "岗位 merged per post/a short 风险点/a long 风险表现/风险等级 ``高风险/中风险/低风险``/防控措施; no names, no type "
        "column; an ``编制： | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def lizhou_sandui_service_center_cards() -> dict:
    unit = f"{PLACE}三堆镇便民服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "蔚溦澜", "主任", "中心领导", "leader", "主持中心全面工作，负责窗口人员管理和村便民服务站指导", [
            ("窗口人员考勤和“好差评”结果弄虚作假", "★★", "考勤系统打卡，评价结果每月公示。"),
            ("对村便民服务站代办收费问题监管不力", "★★★", "村站代办事项清单公开，每季度抽查回访。"),
        ]),
        ("社保综合窗口", "蓬沄熙", "窗口工作人员", "社保综合窗口", "general", "负责社会保险参保登记和待遇认证", [
            ("被征地农民养老保险参保资格审核不严", "★★★", "参保资格村、镇两级审核并公示。"),
            ("延时服务中为熟人违规办理", "★", "延时服务登记，办理事项次日复核。"),
            ("泄露参保人员个人信息", "★★", "信息查询实名登录，签订保密承诺。"),
        ]),
        ("帮代办窗口", "衡汀翮", "帮代办员", "帮代办窗口", "general", "负责帮办代办和下村入户受理", [
            ("下村入户受理中收受群众财物", "★★★", "入户受理两人同行，服务免费承诺公开。"),
            ("代办材料丢失、代签代填", "★★", "代办材料交接登记，群众本人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("所在窗口", dept, None, None)
        sh.merge(r, 1, r, 3)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "lizhou_sandui_service_center_cards", "https://dzrb.dzng.com/general/0/NEWS3000210AHCADTTMCZYIH",
        "镇便民服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 社保综合窗口, 帮代办窗口), after the source's 镇便民服务"
        "中心 (社保综合窗口, 民政综合窗口, 帮代办窗口, 延时服务, 下村服务专班, 村便民服务站): a title, ``姓　名 | … | 职　务 | …``, "
        "a merged ``所在窗口 | …`` (中心领导 for the 主任) and a merged ``岗位职责 | …``, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; no type column; a ``注：`` line and ``持卡人签字： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


def lizhou_qifeng_community_selfchecks() -> dict:
    unit = f"{PLACE}嘉陵街道栖凤社区居民委员会"
    t = _Truth(unit)
    people = [
        ("柏翊潆", "社区党委书记、居委会主任", "leader", [
            ("社区公益性岗位人员推荐优亲厚友", "思想道德", "Ⅰ级", "推荐人选经“两委”会研究并公示。", "已落实"),
            ("服务群众专项经费使用不经“两委”集体研究", "制度机制", "Ⅱ级", "经费使用“两委”会研究，按季度公开。",
             "已落实"),
        ]),
        ("殳湉禾", "社区纪委书记", "middle", [
            ("对社区“两委”成员监督流于形式", "岗位职责", "Ⅱ级", "每季度听取“两委”成员履职情况。", "已整改"),
            ("居务公开内容审核不严", "业务流程", "Ⅲ级", "公开内容纪委书记签字后张贴。", "未发现问题"),
        ]),
        ("郏曦棠", "网格员", "general", [
            ("采集居民信息时泄露个人隐私", "岗位职责", "Ⅱ级", "信息采集签订保密承诺，系统实名登录。", "已落实"),
            ("代居民申领高龄津贴收取好处", "思想道德", "Ⅲ级", "代办事项免费，服务承诺公开。", "未发现问题"),
            ("入户走访记录弄虚作假", "业务流程", "Ⅲ级", "走访记录定位打卡，社区每月抽查。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "填表时间", "2025年6月")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "社区党委意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "lizhou_qifeng_community_selfchecks", "https://news.sohu.com/20090213/n262227681.shtml",
        "街道社区居民委员会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 社区纪律检查委员会 "
        "(党员大会直选, 社区党委书记兼居委会主任, 纪检委员, 街道纪委指导): a title, ``姓　名 | … | 职　务 | … | 填表时间 | 2025年6月`` "
        "in one row, then 序号/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; a blank row and "
        "``本人签名： | 社区党委意见：``",
        sheets, t,
    )  # fmt: skip


def lizhou_qinggang_coop_duties() -> dict:
    unit = f"{PLACE}大石镇青岗村股份经济合作社"
    sh = _Sheet("责任清单", [6, 10, 9, 14, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}廉洁风险防控责任清单", 8)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("理事长", "雍珣澧", "leader", "集体资产经营", "集体经营性资产出租不经成员（代表）大会表决", "制度机制", "高",
         "出租方案经成员（代表）大会表决，合同公示。"),
        ("理事长", "雍珣澧", "leader", "收益分配", "股份分红方案暗箱操作，截留成员收益", "思想道德", "高",
         "分红方案大会通过，分红明细逐户公示。"),
        ("副理事长", "籍澍峣", "middle", "成员身份确认", "成员身份确认和股权变更中优亲厚友", "思想道德", "中",
         "身份确认名单三榜公示，股权台账报镇农经站。"),
        ("副理事长", "籍澍峣", "middle", "项目实施", "集体经营项目不比选，指定施工队伍", "业务流程", "高",
         "项目按限额比选，结果公示。"),
        ("监事长", "桓溯汐", "middle", "财务监督", "对理事会违规决策不提出异议，监督“空壳化”", "岗位职责", "中",
         "监事会每季度审核收支，审核意见公开。"),
        ("报账员", "弓泠溪", "general", "财务报账", "白条入账、虚列开支", "业务流程", "中", "报账凭合法票据，镇代理记账。"),
        ("报账员", "弓泠溪", "general", "资金管理", "集体资金公款私存、坐收坐支", "岗位职责", "高",
         "资金进合作社专户，收支两条线。"),
    ]  # fmt: skip
    for n, (post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, None, "理事长（签字）：", None, None)
    return _layout(
        "lizhou_qinggang_coop_duties", "https://fx361.cc/page/2023/0513/23839045.shtml",
        "村股份经济合作社 廉洁风险防控责任清单, after the source's study of 股份经济合作社 治理 (权力界限不清, 成员参与度低, 内部人"
        "控制, 监督机制空壳化, 激励和约束): ``附件``, a title, 序号/岗位/姓名 written on EVERY row (no merges)/``职责事项``/"
        "廉洁风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a blank row and a 填报人/审核人/理事长（签字） line",
        [sh], t,
    )  # fmt: skip


def lizhou_rongshan_finance_list() -> dict:
    unit = f"{PLACE}荣山镇财政所"
    sh = _Sheet("一览表", [6, 14, 9, 40, 13, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "终砚朔", "leader", [
            ("村民小组资金“组财组用”审批不严，违规同意大额支出", "制度机制风险", "一级风险",
             "小组大额支出须小组会议决议、村监督、镇审核。"),
            ("镇级预算调整不按程序报批", "岗位职责风险", "二级风险", "预算调整报镇人大主席团审查。"),
        ]),
        ("总预算会计", "融霭芊", "general", [
            ("虚列支出、调节账目", "业务流程风险", "一级风险", "记账凭证逐笔复核，按月与区财政局对账。"),
            ("国库集中支付凭证审核不严", "岗位职责风险", "二级风险", "支付凭证经办、审核分离。"),
        ]),
        ("村级会计代理员", "相湲澍", "general", [
            ("村民小组分户账登记不及时，对个人账户私存集体资金不报告", "岗位职责风险", "一级风险",
             "分户账按月登记，发现私存当即报所长。"),
            ("代理记账中接受村组宴请", "外部环境风险", "三级风险", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("出纳", "慎沚萝", "general", [
            ("坐支现金、白条抵库", "思想道德风险", "二级风险", "库存现金不定期盘点，严禁白条抵库。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "lizhou_rongshan_finance_list", "https://yuyang.qinfeng.gov.cn/info/1045/2125.htm",
        "镇财政所 岗位廉政风险防控一览表, after the source's 区 survey of 村民小组 账务 管理 (镇财政所统一管理, 组财组用、村监督、"
        "镇代管, 小组会计, 分户账, 个人账户私存): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, 序号/岗位 and "
        "姓名 merged per person (no 股)/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/"
        "审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def lizhou_baichao_township_groups() -> dict:
    unit = f"{PLACE}白朝乡"
    sh = _Sheet("防控表", [6, 16, 9, 20, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "主要职责", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导班子", "乡领导班子", [
            ("党委书记", "戈峄琛", "leader", "主持乡党委全面工作", [
                ("“三重一大”事项不经党委会集体研究", "Ⅰ级", "“三重一大”事项党委会集体研究，纪要存档。"),
            ]),
            ("党委副书记、乡长", "匡澍堃", "leader", "主持乡政府全面工作", [
                ("村道、水利设施项目发包打招呼", "Ⅰ级", "项目按限额比选，结果公示。"),
                ("乡级财政资金审批把关不严", "Ⅱ级", "大额支出乡长办公会研究。"),
            ]),
            ("党委委员、副乡长", "禄沄岚", "leader", "分管农业农村、护林防火", [
                ("护林员补助资金分配不公", "Ⅱ级", "护林员名单和补助标准公示。"),
            ]),
        ]),
        ("二、党政办公室", "党政办公室", [
            ("主任", "巩溪橦", "middle", "负责公文、会务、接待和后勤", [
                ("公务接待超标准、虚开接待费用", "Ⅱ级", "接待事前审批，清单按月公示。"),
                ("公车使用、维修管理不严", "Ⅲ级", "公车使用登记，维修定点。"),
            ]),
        ]),
        ("三、经济发展办公室", "经济发展办公室", [
            ("主任", "敖珂潾", "middle", "负责招商引资、项目建设和统计", [
                ("招商引资优惠政策兑现把关不严", "Ⅱ级", "政策兑现经党政联席会议研究。"),
                ("统计数据弄虚作假", "Ⅲ级", "统计数据审核签字，按季度核查。"),
            ]),
        ]),
        ("四、社会事务办公室", "社会事务办公室", [
            ("民政专干", "晁霓岫", "general", "负责低保、特困供养和临时救助", [
                ("低保对象评议审核优亲厚友", "Ⅰ级", "评议结果村、乡两级公示。"),
                ("特困供养金发放不及时、截留", "Ⅱ级", "供养金直接打卡发放，按月对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, duty, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "乡党委书记（签字）：", None, None)
    return _layout(
        "lizhou_baichao_township_groups", "https://gshhsd.com/html/html497261783.html",
        "乡 岗位廉政风险防控表, after the source's 乡党政机构 职责 (党委工作职责, 政府职能: 村镇建设规划, 护林防火, 民政, 财政收入, "
        "招商引资): a title, 序号/岗位/姓名/``主要职责``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, under GROUP ROWS "
        "``一、乡领导班子`` … ``四、社会事务办公室`` merged across (no 科室 column); 岗位, 姓名 and 主要职责 merged per person; "
        "no type column; a 填表人/审核人/乡党委书记（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lizhou_hexi_service_center_staff_codes(),
    lizhou_dongba_street_two_sheets(),
    lizhou_baolun_enforcement_posts(),
    lizhou_sandui_service_center_cards(),
    lizhou_qifeng_community_selfchecks(),
    lizhou_qinggang_coop_duties(),
    lizhou_rongshan_finance_list(),
    lizhou_baichao_township_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch289-inbox"))
