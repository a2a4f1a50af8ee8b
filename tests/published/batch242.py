"""The two-hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY FILES OF 乡镇, 村 AND 社区 and their 站所, of one
county, 茂县 — a 镇人民政府's whole list, a 镇's 财政所, a 镇's 林业工作站, a 村's "两委", a 社区居民委员会, a
镇's 农村集体“三资”代理服务中心, a 镇's 便民服务中心, a 乡's 综合文化站 and a 村's 小微权力 清单 — each handing
back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows about 集体资产,
补贴, 护林员, 低保, 代理记账 and 免费开放 funds:

- the 凤仪镇人民政府's 一览表 under ``附件1`` and a merged ``填报单位：…（盖章）　…　填报时间：…`` line: ``部门
  （站所）`` merged (镇领导班子, 党建办, 农业农村办, 社会事务办), 岗位, 姓名 and a ``主要职责`` column merged
  per person, ``…风险`` types, 高/中/低, a ``镇纪委审核： | 镇党委书记（签字）：`` line;
- the 南新镇财政所's 防控卡, one sheet a holder (tabs 所长, 专管员, 出纳): ``姓　名 | … | 职　务 | … |
  岗位风险等级 | …`` in one row (the post's own grade, no point's), a merged ``岗位职责`` line, short types,
  ``一级/二级/三级``, measures merged over two columns, ``持卡人签字： | …审核： | 南新镇纪委监制`` below;
- the 土门镇林业工作站's 排查表 under ``单位：…　排查时间：…``: 岗位 and 姓名 merged per person, a
  ``工作环节`` column, short types, ``★★★/★★/★`` read by a ``注：`` line;
- the 叠溪镇石鼓村's "两委" 清单: group rows ``一、村党支部书记　巩峄松`` … merged across (no post column),
  the last ``四、村民小组长（共5人）`` naming no one, a ``工作事项`` column, ``高风险/中风险/低风险``, no type
  column, a ``填表人：…　填表时间：…`` line;
- the 南庄社区居民委员会's 自查表, one sheet a person (tabs 书记, 副主任, 网格员): a row of labels ``姓名 |
  性别 | 民族 | 职务 | 联系电话`` and the values under it, ``自查风险点``, 高/中/低, no type column, a
  ``自查情况`` column, ``本人签字： | 社区党支部审核：`` below;
- the 黑虎镇农村集体“三资”代理服务中心's 清单, the 中心 named only in the title: 岗位, 姓名 and ``代理村（社区）``
  merged per person (the 村 an 代理会计 keeps the books of), a short ``风险名称`` beside a long ``风险描述``,
  ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line;
- the 沟口镇便民服务中心's 排查登记表 of 惠民惠农补贴 under ``填报单位：…　填报时间：…``: ``补贴项目`` first,
  then ``经办岗位 | 经办人`` (the rows in the order of the 补贴项目, a person's rows apart), short types,
  ``一级风险/二级风险/三级风险``, a ``备注`` column;
- the 回龙乡综合文化站's 一览表: the holders in a row ABOVE the heading (``站长 | 匡岫禾 | 文化专干 | … |
  聘用管理员 | …``), the table naming only the 岗位, a ``风险事项`` column, ``较高/一般/较低`` read by a
  ``注：`` line, no type column.

One is harder:

- ``village_duty_by_item_numbers``: the 太平乡牛尾村's 村级小微权力廉政风险防控清单, typed on the 乡's
  template, which has NO post or name column (``序号 | 权力类别 | 权力事项 | 廉政风险点 | 风险等级 | 防控措施 |
  指导单位``): the 村 says who answers for which rows in ONE merged line under the table, BY THEIR
  序号 — ``责任分工：第1—3项　村党支部书记　汝峪樵；第4、5项　村委会主任　伏澜岑；第6、7项　村报账员
  晋莳岚；第8—10项　村文书　楚蒹白。`` The README's 读得懂的表 knows a line under the table giving each
  post's holder (``岗位人员：部长　禤朗川；…``) matched to rows by the post they NAME, a list of holders
  above a table whose rows name their post, and 职权编码 looked up in a 职权目录; rows that name no post
  at all, given to posts and persons by ranges of their 序号, it does not describe. The ``指导单位``
  (the 乡's 党建办, 农业农村办, 财政所, 社会事务办, 退役军人服务站) is the 乡 office guiding the matter, not the
  row's 科室.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇党委's report on its 巡察整改 —
the 第一责任人, the 班子成员's 一岗双责, 村（社区） 集体资产 租赁 合同 and 押金, 警示教育 with 身边人身边事; a
镇财政所's 财政资金监管 — 专管员 入户, 惠农补贴 发放, 村级运转资金, 虚报冒领; a 省林业工作总站's check of
生态护林员 选聘 — 选聘标准, 管护区域, 工资发放, 公示, 合同签订, 巡山记录; a 村委会's 职责 — the 村委会主任,
村民会议, 村民小组长; a 社区's 居务公开制度 — 低保 每月公开, 捐款捐物, 社会救济, 居民代表 评议; 行政村
代理记账 — the 乡镇 服务中心 集中办公、集体做账, 资金 所有权、使用权和审批权 不变, 村文书 兼 会计, 报账员; a
县财政局's 惠农补贴 “一卡通” — 乡镇审核责任, 村级核查责任, 动态公示, 红黄蓝 预警; a 乡综合文化站's 自查 of
免费开放专项资金 — 图书阅览室, 电子阅览室, 农家书屋, 文艺队, a 聘用合同工; a 镇's 村级“小微权力”清单 of
34 项 in 组织人事, “三资”管理, 民政事务, 退役军人服务 … with their 廉政风险, 指导单位 and 监督举报电话) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names); every unit is a body of 茂县 (its
凤仪镇, 南新镇, 土门镇, 叠溪镇, 黑虎镇, 沟口镇, 回龙乡, 太平乡; the 村 and 社区 — 石鼓村, 牛尾村, 南庄社区 —
invented).

Run ``python tests/published/score.py --set batch242`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table each row belongs to the post and person the ``责任分工`` line gives its 序号
  (1–3 the 村党支部书记's, 4–5 the 村委会主任's, 6–7 the 村报账员's, 8–10 the 村文书's); the line itself, the
  ``监督举报电话`` line and the sign-off are no points; ``指导单位`` is no 科室 (the 村's posts have
  department "");
- a 乡镇's 站/所/中心 handing back its own table is the 乡镇's (batches 203, 210, 229, 239): the 乡/镇 is
  the unit, the 站/所/中心 the 科室 (财政所, 林业工作站, 农村集体“三资”代理服务中心, 便民服务中心, 综合文化站),
  named in a title or a 填报单位 line; the 镇人民政府's whole list has ``镇领导班子`` and its 办 as 科室;
- a 村's and a 社区's posts have department ""; the 村民小组长 ``（共5人）`` has no holder (``共8人``, as
  the README says) and keeps the post; the 三资 中心's ``代理村（社区）`` are the 村 served, no 科室;
- ``主要职责``, ``岗位职责``, ``工作环节``, ``工作事项``, ``风险事项``, ``权力类别``, ``权力事项``, ``补贴项目``,
  ``自查情况`` and ``备注`` are no points; ``风险名称 | 风险描述``: the point is the short 风险名称; the
  财政所 cards' ``岗位风险等级`` grades the post, not its points;
- ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and
  ``较高/一般/较低`` are 1/2/3;
- 镇党委书记, 副镇长, the 村党支部书记, 村委会主任 and the 社区党支部书记 are leaders; the 主任 of a 镇's 办 or
  中心, 所长, 站长 and 居委会副主任 middle; the rest (农经员, 民政专干, 专管员, 出纳, 林业员, 护林员管理专干,
  村文书, 村报账员, 村民小组长, 网格员, 代理会计, 经办员, 协理员, 文化专干, 管理员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b242_"
PLACE = "茂县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
MILD = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

DUTIES = [  # (序号 range as written, post, holder, tier)
    ("第1—3项", "村党支部书记", "汝峪樵", "leader", range(1, 4)),
    ("第4、5项", "村委会主任", "伏澜岑", "leader", range(4, 6)),
    ("第6、7项", "村报账员", "晋莳岚", "general", range(6, 8)),
    ("第8—10项", "村文书", "楚蒹白", "general", range(8, 11)),
]
POWERS = [  # (权力类别, 权力事项, 廉政风险点, 等级, 防控措施, 指导单位)
    ("组织人事", "发展党员", "发展党员不按程序，优亲厚友或“带病”发展", "高",
     "严格执行发展党员程序，发展对象公示，乡党委预审。", "乡党建办"),
    ("组织人事", "村级后备力量培养", "后备干部人选由个人指定，不经支委会研究", "中",
     "后备人选经支委会研究并报乡党委备案。", "乡党建办"),
    ("组织人事", "村干部误工补贴核定", "虚报误工天数，多领误工补贴", "低",
     "误工登记每月公示，报乡审核后发放。", "乡党建办"),
    ("“三资”管理", "集体资产租赁", "集体房屋、林地租赁不公开竞价，低价租给亲友", "高",
     "租赁经村民代表会议决定，公开竞价，合同报乡备案。", "乡农业农村办"),
    ("“三资”管理", "村级小型工程项目", "指定施工队，虚增工程量，验收走过场", "高",
     "按“四议两公开”确定施工方，验收邀请村务监督委员会参加。", "乡农业农村办"),
    ("“三资”管理", "村级财务报销", "白条入账、先支后报，票据审核不严", "中",
     "报销票据经村务监督委员会审核盖章，按月报乡代理记账。", "乡财政所"),
    ("“三资”管理", "集体经济收益", "集体收益不及时入账，坐收坐支", "中",
     "收益当日交存集体账户，季度公开。", "乡财政所"),
    ("民政事务", "低保、特困供养评议", "评议不入户核实，为亲友违规纳入低保", "高",
     "民主评议全程记录，评议结果张榜公示七天。", "乡社会事务办"),
    ("民政事务", "临时救助申请", "为不符合条件的亲友虚报临时救助", "中",
     "申请材料逐户核实，救助名单公示。", "乡社会事务办"),
    ("退役军人服务", "优抚对象信息核实", "不入户核实，优抚对象信息不实", "低",
     "每年入户核实一次，核实表本人签字。", "乡退役军人服务站"),
]  # fmt: skip


def village_duty_by_item_numbers() -> dict:
    unit = f"{PLACE}太平乡牛尾村"
    sh = _Sheet("清单", [6, 12, 16, 38, 8, 36, 14])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}村级小微权力廉政风险防控清单", 7)
    _line(sh, f"村（社区）：牛尾村{GAP * 10}填报时间：2024年9月", 7)
    sh.add("序号", "权力类别", "权力事项", "廉政风险点", "风险等级", "防控措施", "指导单位")
    first = len(sh.rows)
    holder = {n: (post, who, tier) for _, post, who, tier, ns in DUTIES for n in ns}
    for n, (kind, power, point, lv, measures, guide) in enumerate(POWERS, 1):
        sh.add(n, kind, power, point, lv, measures, guide)
        post, who, tier = holder[n]
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: (row[1], row[6]))])
    duty = "；".join(f"{items}{GAP}{post}{GAP}{who}" for items, post, who, _, _ in DUTIES)
    _line(sh, f"责任分工：{duty}。", 7)
    _line(sh, "监督举报电话：0837-7420158（太平乡纪委）", 7)
    sh.add("村党支部书记（签字）：", None, None, "村务监督委员会主任（签字）：", None, None, None)
    return _layout(
        "village_duty_by_item_numbers", "http://www.632news.com/zzqs/content/2023-07/17/content_59358.html",
        "(harder) 村 村级小微权力廉政风险防控清单 on the 乡's template, after the source's 镇 村级“小微权力”清单 (34 项 in "
        "组织人事, “三资”管理, 民政事务, 退役军人服务 …, each with 权力事项名称, 操作流程, 廉政风险, 指导单位 and 监督举报电话): "
        "``附件2``, a title, a merged ``村（社区）：牛尾村　…　填报时间：2024年9月`` line, then 序号/``权力类别`` merged/"
        "``权力事项``/廉政风险点/风险等级 高/中/低/防控措施/``指导单位`` (the 乡's 办/所/站) — NO post and NO name column; "
        "ONE merged line under the table gives the rows to posts and persons BY 序号: ``责任分工：第1—3项　村党支部书记　"
        "汝峪樵；第4、5项　村委会主任　伏澜岑；第6、7项　村报账员　晋莳岚；第8—10项　村文书　楚蒹白。``; a "
        "``监督举报电话：…（太平乡纪委）`` line and a 村党支部书记/村务监督委员会主任 签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def town_government_list() -> dict:
    unit = f"{PLACE}凤仪镇人民政府"
    sh = _Sheet("一览表", [6, 12, 10, 8, 26, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年9月", 9)
    sh.add(
        "序号",
        "部门（站所）",
        "岗位",
        "姓名",
        "主要职责",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    lead = "镇领导班子"
    people = [
        (lead, "镇党委书记", "訾岷屹", "leader", "主持镇党委全面工作，履行全面从严治党第一责任人责任", [
            ("“三重一大”事项不经党委会集体研究，个人说了算", "制度机制风险", "高",
             "严格执行“三重一大”集体决策制度，会议纪要存档备查。"),
            ("村（社区）巡察反馈问题整改不力，以文件落实整改", "岗位职责风险", "中",
             "整改清单逐项销号，整改情况按月通报。"),
            ("干部选拔任用中打招呼、搞平衡", "思想道德风险", "中",
             "干部推荐酝酿充分，任前公示，接受组织部门监督。"),
        ]),
        (lead, "副镇长", "仉黛洳", "leader", "分管农业农村、乡村振兴和农村集体“三资”管理工作", [
            ("村集体资产租赁合同审核不严，默许低价出租", "岗位职责风险", "高",
             "租赁合同经农业农村办审核、分管领导审签后备案。"),
            ("涉农项目资金拨付把关不严，未按进度拨付", "业务流程风险", "中",
             "资金拨付凭验收资料，实行会签制度。"),
        ]),
        ("党建办", "主任", "郗篆卿", "middle", "负责党的建设、干部管理和警示教育", [
            ("村（社区）干部报酬考核打分不公", "岗位职责风险", "中", "考核细则公开，考核结果公示。"),
            ("警示教育流于形式，身边人身边事案例不用", "制度机制风险", "低",
             "每季度开展一次警示教育，选用本地典型案例。"),
        ]),
        ("农业农村办", "主任", "逯穗澄", "middle", "负责农村集体“三资”监管和合同管理", [
            ("村（社区）资产租赁到期押金不清退、不入账", "业务流程风险", "高",
             "建立押金动态跟踪台账，到期押金限期清退并公开。"),
            ("对村集体经济合同清理检查走过场", "岗位职责风险", "中", "合同逐份登记，检查结果通报。"),
        ]),
        ("农业农村办", "农经员", "阚笙蕖", "general", "负责村级财务审核和农经统计", [
            ("村级报账票据审核不严，虚列支出", "业务流程风险", "中", "票据逐张审核，不合规票据退回。"),
            ("泄露村集体经济数据", "思想道德风险", "低", "数据专人保管，查询登记。"),
        ]),
        ("社会事务办", "民政专干", "蒯沅芷", "general", "负责低保、特困供养和临时救助审核", [
            ("低保审核不入户调查，人情保、关系保", "外部环境风险", "高",
             "入户调查两人以上，审核结果公示七天。"),
            ("救助资金发放不及时，截留挪用", "制度机制风险", "中", "救助资金通过“一卡通”直接发放到户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, duty, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    sh.add("镇纪委审核：", None, None, None, "镇党委书记（签字）：", None, None, None, "2024年9月")
    return _layout(
        "town_government_list", "http://www.zs.gov.cn/sxz/gggs/content/post_2547884.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's 镇党委 巡察整改 report (镇党委主要负责同志 the 第一责任人, the "
        "班子成员's 一岗双责, 村（社区） 资产租赁 合同 and 到期押金, 动态跟踪台账, 警示教育 with 身边人身边事): ``附件1``, a title, "
        "a merged ``填报单位：…（盖章）　…　填报时间：2024年9月`` line, then 序号/``部门（站所）`` merged (镇领导班子, 党建办, "
        "农业农村办, 社会事务办)/岗位, 姓名 and ``主要职责`` merged per person/廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/"
        "防控措施; a ``镇纪委审核： | 镇党委书记（签字）： | 2024年9月`` line",
        [sh], t,
    )  # fmt: skip


def finance_office_cards() -> dict:
    unit = f"{PLACE}南新镇"
    office = "财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "鞠砺溪", "所长", "middle", "一级", "镇分管领导审核：",
         "主持财政所全面工作，负责镇级预算执行、财政资金监管和村级运转资金拨付。", [
            ("村级运转资金不按标准拨付，优亲厚友", "岗位职责", "一级", "拨付标准公开，拨付名单经镇党委会审定。"),
            ("财政资金监管走过场，对村内在建项目不跟进检查", "制度机制", "二级",
             "每季度入村检查项目，检查记录存档。"),
            ("镇级公用经费报销审核把关不严", "业务流程", "二级", "报销实行经办、审核、审批分离。"),
        ]),
        ("专管员", "於筠岫", "惠农资金专管员", "general", "一级", "所长审核：",
         "负责惠民惠农补贴资金“一卡通”发放、入户核查和群众咨询。", [
            ("惠农补贴发放对象审核不严，虚报冒领", "岗位职责", "一级", "发放名单村级公示，入户随机核查。"),
            ("入户核查中接受群众宴请、礼品", "思想道德", "二级", "核查两人以上，签订廉洁承诺。"),
            ("补贴发放信息录入错误，不及时更正", "业务流程", "三级", "录入后双人复核，错误限期更正。"),
        ]),
        ("出纳", "郤檀音", "出纳", "general", "二级", "所长审核：",
         "负责现金、银行存款收付和日记账登记。", [
            ("公款私存、坐支现金", "制度机制", "一级", "现金日清月结，所长每月盘点。"),
            ("银行账户资金支付未经审批", "业务流程", "二级", "支付凭证经所长审签后办理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, grade, review, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 9, 20, 16])
        _line(sh, f"{unit}{office}岗位廉政风险防控卡", 6)
        sh.add("姓　名", who, "职　务", post, "岗位风险等级", grade)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, office, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签字：", None, review, None, "南新镇纪委监制", None)
        sheets.append(sh)
    return _layout(
        "finance_office_cards", "http://www.fiveday.com.cn/show-42-150286-1.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 专管员, 出纳), after the source's 镇财政所 财政资金监管 "
        "(专管员 入户 访民情, 惠农补贴资金, 专项资金, 村级运转资金, 虚报冒领, 村内在建项目): a title naming 镇 and 所, ``姓　名 | "
        "… | 职　务 | … | 岗位风险等级 | 一级`` in one row, a merged ``岗位职责`` line, then 序号/风险点/风险类型 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施 (merged over two columns); ``持卡人签字： | 所长审核：`` (the 所长's own: "
        "``镇分管领导审核：``) and ``南新镇纪委监制`` below",
        sheets, t,
    )  # fmt: skip


def forestry_station_checklist() -> dict:
    unit = f"{PLACE}土门镇"
    station = "林业工作站"
    sh = _Sheet("排查表", [6, 12, 8, 14, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{station}廉政风险点排查表", 8)
    _line(sh, f"单位：{unit}{station}{GAP * 10}排查时间：2024年8月", 8)
    sh.add("序号", "岗位", "姓名", "工作环节", "廉政风险点", "风险类别", "风险等级", "防控措施")
    people = [
        ("站长", "缪岑樵", "middle", [
            ("生态护林员选聘", "选聘不按标准，把不符合条件的亲友聘为护林员", "岗位职责", "★★★",
             "选聘条件、名额和结果在村公示，选聘经镇审定。"),
            ("林木采伐审核", "采伐申请现场查验不实，超量审核", "业务流程", "★★",
             "现场查验两人以上，查验照片存档。"),
            ("管护补助发放", "补助发放名单审核不严，为离岗人员继续发放", "制度机制", "★★★",
             "按月考核后发放，名单与考核结果核对。"),
        ]),
        ("林业员", "靳苔生", "general", [
            ("巡山记录考核", "巡山记录弄虚作假，考核打分不实", "岗位职责", "★★",
             "巡护轨迹定位，站长每月抽查。"),
            ("森林防火物资管理", "防火物资出入库登记不全，私自挪用", "制度机制", "★",
             "物资专库存放，出入库双人签字。"),
        ]),
        ("护林员管理专干", "戈翾羽", "general", [
            ("管护劳务协议签订", "协议管护区域、管护面积填写不实", "业务流程", "★★",
             "管护区域现场划定，协议一式三份存档。"),
            ("管护补助核算", "补助核算时虚增人数、天数", "思想道德", "★★★",
             "核算表经站长复核，在村公示。"),
            ("护林员培训", "培训签到代签，培训经费虚列", "制度机制", "★",
             "培训签到本人签字，经费凭票报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in people:
        for step, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, step, point, typ, lv, measures)
            t.point(sh.name, station, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("站长（签字）：", None, None, None, "镇分管领导（签字）：", None, None, None)
    return _layout(
        "forestry_station_checklist",
        "https://changchun.baogaosu.com/xinwen/%E5%88%B0%E9%9D%96%E5%AE%87%E5%8E%BF%E7%9D%A3%E6%9F%A5%E7%94%9F"
        "%E6%80%81%E6%8A%A4%E6%9E%97%E5%91%98%E9%80%89%E8%81%98/56379954",
        "镇林业工作站 廉政风险点排查表, after the source's 省林业工作总站 督查 of 生态护林员 选聘 (选聘标准, 管护区域, 工资发放, "
        "选聘流程、会议记录、公示情况、合同签订, 培训, 巡山记录): a title, a merged ``单位：…林业工作站　…　排查时间：2024年8月`` "
        "line, then 序号/岗位 and 姓名 merged per person/``工作环节``/廉政风险点/风险类别 (short names)/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` legend and a 站长/镇分管领导 签字 line",
        [sh], t,
    )  # fmt: skip


def village_committee_list() -> dict:
    unit = f"{PLACE}叠溪镇石鼓村"
    sh = _Sheet("清单", [6, 16, 38, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”干部廉政风险防控清单", 5)
    sh.add("序号", "工作事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、", "村党支部书记", "巩峄松", "leader", [
            ("村级重大事项决策", "不按“四议两公开”程序决策，个人说了算", "高风险",
             "重大事项经支委会提议、“两委”会商议、党员大会审议、村民代表会议决议。"),
            ("党员发展和教育管理", "党员发展中优亲厚友，不按程序发展", "中风险", "发展对象公示，接受党员群众监督。"),
            ("村集体土地发包", "集体土地发包不公开，暗箱操作", "高风险", "发包方案经村民会议讨论，发包结果公开。"),
        ]),
        ("二、", "村委会主任", "敖砾峰", "leader", [
            ("村民会议组织", "村民会议决定事项不执行，擅自变更", "中风险", "决议执行情况向村民会议报告。"),
            ("村级公益事业建设", "公益事业项目指定施工方，虚报工程量", "高风险",
             "项目实行村民监督小组全程监督，验收公开。"),
            ("村规民约执行", "执行村规民约因人而异，处理不公", "低风险", "处理结果在村务公开栏公示。"),
        ]),
        ("三、", "村文书", "芮苕华", "general", [
            ("村级印章管理", "印章使用不登记，违规出具证明", "中风险", "印章专人保管，用印登记、双人在场。"),
            ("村务公开", "村务公开内容不全、不及时，避重就轻", "低风险", "公开内容经村务监督委员会审核后张贴。"),
        ]),
        ("四、", "村民小组长（共5人）", "", "general", [
            ("组内事务管理", "组内集体收益不报村入账，私自分配", "中风险", "组内收益交村统一入账，定期公开。"),
            ("组内补助评议", "补助评议中优亲厚友，评议记录不实", "低风险", "评议会议记录参会村民签字。"),
        ]),
    ]  # fmt: skip
    n = 0
    for mark, post, who, tier, points in groups:
        title = post.split("（")[0]
        _line(sh, f"{mark}{post}{GAP}{who}" if who else f"{mark}{post}", 5)
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, step, point, lv, measures)
            t.point(sh.name, "", title, who, tier, point, [], BANDS[lv])
    sh.add("填表人：芮苕华", None, None, "填表时间：2024年9月", None)
    return _layout(
        "village_committee_list", "http://biz.doczj.com/doc/94644195.html",
        "村“两委”干部廉政风险防控清单, after the source's 村委会职责及规章制度 (村委会主任 — 主持村民会议, 组织实施决议和村民公约; "
        "村委会议; 村民小组长 — 召集村民小组会议, 落实任务): a title, then 序号/``工作事项``/廉政风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施, the rows under group rows merged across (``一、村党支部书记　巩峄松``, ``二、村委会主任"
        "　敖砾峰``, ``三、村文书　芮苕华``, ``四、村民小组长（共5人）`` naming no one), 序号 running on; no type column; a "
        "``填表人：芮苕华 | 填表时间：2024年9月`` line",
        [sh], t,
    )  # fmt: skip


def community_self_checks() -> dict:
    unit = f"{PLACE}凤仪镇南庄社区居民委员会"
    t = _Truth(unit)
    people = [
        ("书记", "蔺栎茵", "女", "社区党支部书记", "leader", "13908372415", [
            ("社区重大事项不经“两委”会议集体研究", "高", "重大事项会议研究，会议记录存档。", "已落实"),
            ("低保、救济对象评议时打招呼、说人情", "高", "评议由居民代表参加，结果公示。", "已落实"),
            ("社区捐款捐物登记不全，使用不公开", "中", "捐款捐物逐笔登记，使用情况张榜公开。", "正在整改"),
        ]),
        ("副主任", "闵筱箬", "女", "居委会副主任", "middle", "13881724630", [
            ("居务公开内容不全、不及时", "中", "低保情况每月公开一次，其他事项及时公开。", "已落实"),
            ("社区公益性岗位人员考勤不实", "低", "考勤每月公示，街面巡查抽查。", "已落实"),
        ]),
        ("网格员", "祁澍泠", "男", "网格员", "general", "13550971836", [
            ("入户采集信息时泄露居民个人信息", "中", "信息采集专用终端，严禁外传。", "已落实"),
            ("为不符合条件的居民出具困难证明", "低", "证明出具前入户核实，报社区审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, post, tier, phone, points in people:
        sh = _Sheet(tab, [6, 36, 8, 14, 34])
        _line(sh, f"{unit}干部廉政风险自查表", 5)
        sh.add("姓名", "性别", "民族", "职务", "联系电话")
        sh.add(who, sex, "羌族", post, phone)
        sh.add("序号", "自查风险点", "风险等级", "防控措施", "自查情况")
        for n, (point, lv, measures, state) in enumerate(points, 1):
            sh.add(n, point, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字：", None, "社区党支部审核：", None, "2024年9月")
        sheets.append(sh)
    return _layout(
        "community_self_checks", "https://m.wenke99.com/p-6499131.html",
        "社区居民委员会 干部廉政风险自查表, one sheet a person (tabs 书记, 副主任, 网格员), after the source's 社区居务公开制度 "
        "(居委会 组织实施, 社区党支部 监督, 居民代表 参与; 城市居民最低生活保障 每月公开, 捐款捐物, 社会救济, 居民代表会议 评议): "
        "a title, a row of labels ``姓名 | 性别 | 民族 | 职务 | 联系电话`` and the values in the row under it, then "
        "序号/``自查风险点``/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签字： | 社区党支部审核：`` and a "
        "date below",
        sheets, t,
    )  # fmt: skip


def collective_assets_agency_list() -> dict:
    unit = f"{PLACE}黑虎镇"
    centre = "农村集体“三资”代理服务中心"
    sh = _Sheet("清单", [6, 10, 8, 18, 16, 34, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}{centre}廉政风险防控清单", 9)
    sh.add(
        "序号",
        "岗位",
        "姓名",
        "代理村（社区）",
        "风险名称",
        "风险描述",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    people = [
        ("主任", "甄峤白", "全镇", "middle", [
            ("代理记账监管不力", "对代理会计的记账质量不检查，村级账目长期不对账。", "岗位职责风险", "Ⅱ级",
             "每季度抽查各村账目，抽查结果通报。"),
            ("违规审批村级支出", "越权审批村级大额支出，改变资金审批权。", "制度机制风险", "Ⅰ级",
             "村级资金所有权、使用权和审批权不变，中心只审核不审批。"),
        ]),
        ("代理会计", "晁蓼汀", "鹰嘴村、二里寨村", "general", [
            ("原始凭证审核不严", "对白条、无审批签字的票据照单入账。", "业务流程风险", "Ⅰ级",
             "票据经村民主理财小组审核签章后方可入账。"),
            ("财务公开数据不实", "向村提供的财务公开数据与账目不符。", "岗位职责风险", "Ⅱ级",
             "公开数据由系统导出，经中心主任复核。"),
        ]),
        ("代理会计", "檀枳言", "小河坝村、木耳寨村", "general", [
            ("会计档案管理不善", "村级会计档案保管不全，随意借出。", "制度机制风险", "Ⅲ级",
             "档案集中保管，借阅登记审批。"),
            ("接受村干部请托", "为村干部调整账目、掩盖违规支出。", "思想道德风险", "Ⅰ级",
             "定期轮换代理村，签订廉洁承诺书。"),
        ]),
        ("出纳", "佟霂晴", "全镇", "general", [
            ("村级资金支付不规范", "未见审批手续即支付村级资金。", "业务流程风险", "Ⅱ级",
             "支付凭审批单，网银支付双人操作。"),
            ("公款私存", "将村级资金存入个人账户。", "制度机制风险", "Ⅲ级", "村级资金一律进入村集体账户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, villages, tier, points in people:
        for name, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, villages, name, desc, typ, lv, measures)
            t.point(sh.name, centre, post, who, tier, name, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ级为高风险、Ⅱ级为中风险、Ⅲ级为低风险。", 9)
    sh.add("中心负责人（签字）：", None, None, None, None, "镇分管领导（签字）：", None, None, None)
    return _layout(
        "collective_assets_agency_list", "http://www.victorzhang.cn/page/2015/0625/1020350.shtml",
        "镇农村集体“三资”代理服务中心 廉政风险防控清单, after the source's account of 行政村代理记账 (the 乡镇 农业服务中心 "
        "集中办公、集体做账; 资金所有权、使用权和审批权不变; 村文书 兼 会计, 报账员; 财务公开): a title naming 镇 and 中心 (no 科室 "
        "column), then 序号/岗位, 姓名 and ``代理村（社区）`` (the 村 served; ``全镇``) merged per person/a short ``风险名称``/a long "
        "``风险描述``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on the levels and a 中心负责人/镇分管"
        "领导 签字 line",
        [sh], t,
    )  # fmt: skip


def subsidy_register() -> dict:
    unit = f"{PLACE}沟口镇"
    centre = "便民服务中心"
    sh = _Sheet("登记表", [6, 16, 14, 8, 36, 10, 10, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}{centre}惠民惠农补贴岗位廉政风险排查登记表", 9)
    _line(sh, f"填报单位：{unit}{centre}{GAP * 8}填报时间：2024年10月", 9)
    sh.add(
        "序号",
        "补贴项目",
        "经办岗位",
        "经办人",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "备注",
    )
    head, farm, social = (
        ("主任", "冉嵘笙", "middle"),
        ("农业补贴经办员", "宗翊岚", "general"),
        ("社保协理员", "帅槿柯", "general"),
    )
    rows = [
        ("耕地地力保护补贴", farm, "补贴面积不核实，按上年数据照抄照报", "岗位职责", "一级风险",
         "面积由村级核查、镇级审核，公示七天。", None),
        ("耕地地力保护补贴", head, "补贴资金审核签字走过场", "制度机制", "二级风险",
         "审核实行“谁签字、谁负责”。", None),
        ("草原生态保护补助奖励", farm, "为不符合条件的亲友申报补奖", "思想道德", "一级风险",
         "申报名单村组公示，镇级抽查。", None),
        ("城乡居民养老保险", social, "代缴、代领养老金中截留、挪用", "外部环境", "一级风险",
         "待遇发放到个人账户，严禁代领。", "兼退役军人服务站信息员"),
        ("城乡居民养老保险", social, "死亡人员信息不及时上报，继续领取待遇", "业务流程", "二级风险",
         "每月比对殡葬、户籍信息。", None),
        ("高龄津贴", head, "津贴发放名单不动态调整", "业务流程", "三级风险", "名单每季度动态调整并公示。", None),
        ("残疾人两项补贴", social, "审核材料把关不严，虚报冒领", "岗位职责", "二级风险",
         "入户核实，审核结果公示。", None),
        ("农机购置补贴", farm, "补贴机具不现场核验，以机谋利", "外部环境", "三级风险",
         "机具现场核验拍照，补贴结果公开。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, (post, who, tier), point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, item, post, who, point, typ, lv, measures, note)
        t.point(sh.name, centre, post, who, tier, point, types_in(typ), RISK_GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, None, "中心主任（签字）：", None, None, "镇纪委（盖章）：", None, None)
    return _layout(
        "subsidy_register",
        "http://czt.hunan.gov.cn/czt/xxgk/dfcz/cd/202504/t20250402_33629848.html",
        "镇便民服务中心 惠民惠农补贴岗位廉政风险排查登记表, after the source's 县财政局 惠农补贴 “一卡通” (县局监管责任、乡镇审核"
        "责任、村级核查责任, “谁签字、谁负责”, 动态公示, 红黄蓝 预警, 农户申报→村级初审→部门联审→财政拨付): a title, a merged "
        "``填报单位：…便民服务中心　…　填报时间：2024年10月`` line, then 序号/``补贴项目`` (merged over its runs)/``经办岗位 | "
        "经办人`` (the rows in the order of the 补贴项目, each person's rows apart)/风险点/风险类型 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施/``备注``; a 填表人/中心主任/镇纪委 line",
        [sh], t,
    )  # fmt: skip


def culture_station_list() -> dict:
    unit = f"{PLACE}回龙乡"
    station = "综合文化站"
    sh = _Sheet("一览表", [6, 12, 16, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{station}廉政风险防控一览表", 6)
    sh.add("站长", "匡岫禾", "文化专干", "贲苡陶", "聘用管理员", "钮萝川")
    sh.add("序号", "岗位", "风险事项", "廉政风险点", "风险等级", "防控措施")
    holders = {"站长": ("匡岫禾", "middle"), "文化专干": ("贲苡陶", "general"),
               "聘用管理员": ("钮萝川", "general")}  # fmt: skip
    rows = [
        ("站长", "免费开放专项资金", "免费开放专项资金挪作他用", "较高", "资金专款专用，支出经乡党委会研究。"),
        ("站长", "设备购置", "购置图书、体育器材不比价，指定供应商", "较高", "三家以上比价，验收两人以上。"),
        ("站长", "文艺队补助", "文艺队活动补助虚报人数", "一般", "活动签到、照片存档，补助公示。"),
        ("文化专干", "农家书屋管理", "农家书屋出版物补充经费虚列", "一般", "出版物登记造册，经费凭票报销。"),
        ("文化专干", "文化活动组织", "活动经费报销票据不实", "较低", "活动方案事前报批，报销附活动记录。"),
        ("聘用管理员", "阅览室开放", "开放时间不足、登记造假", "较低", "开放登记本人签字，站长每周检查。"),
        ("聘用管理员", "设施设备保管", "电子阅览室设备私自外借", "一般", "设备借用登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, matter, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, matter, point, lv, measures)
        who, tier = holders[post]
        t.point(sh.name, station, post, who, tier, point, [], MILD[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分较高、一般、较低三档。", 6)
    sh.add("站长（签字）：", None, None, "分管领导（签字）：", None, None)
    return _layout(
        "culture_station_list", "https://m.qiqiwenku.com/docx/742447.html",
        "乡综合文化站 廉政风险防控一览表, after the source's 乡综合文化站 自查 of 免费开放专项资金 (图书阅览室, 电子阅览室, 文化信息"
        "资源共享, 农家书屋 in the 村委会, 文艺队, 岗位编制3人 and a 聘用合同工; 购置图书、报刊杂志、体育活动器材): a title, a row "
        "ABOVE the heading naming who holds each post (``站长 | 匡岫禾 | 文化专干 | 贲苡陶 | 聘用管理员 | 钮萝川``), then 序号/岗位 "
        "merged/``风险事项``/廉政风险点/风险等级 ``较高/一般/较低``/防控措施 (no name column, no type column); a ``注：`` line "
        "naming the three levels and a 站长/分管领导 签字 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_duty_by_item_numbers(),
    town_government_list(),
    finance_office_cards(),
    forestry_station_checklist(),
    village_committee_list(),
    community_self_checks(),
    collective_assets_agency_list(),
    subsidy_register(),
    culture_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch242-inbox"))
