"""The four-hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管
bodies, 两当县 (陇南, Gansu) — the 县市场监督管理局, the 县检验检测中心, the 县消费者权益保护委员会, the
县知识产权服务中心 and the 市场监管所 of four 镇 (城关镇, 站儿巷镇, 西坡镇, 杨店镇) — each handing back the
一览表, 防控表, 责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 检验检测中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  an 编制/审核/date line under each;
- the 知识产权服务中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、专利服务部``, ``三、商标品牌部``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 消费者权益保护委员会's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 城关镇市场监管所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 站儿巷镇市场监管所's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 所长审核：``;
- the 西坡镇市场监管所's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 杨店镇市场监管所's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``liangdang_market_bureau_masked_names``: the 县市场监督管理局's 岗位廉政风险防控一览表 AS THE BUREAU
  POSTS IT ON ITS 政务公开 PAGE, WITH THE HOLDERS' NAMES MASKED (脱敏): the ``姓名`` column keeps the
  surname and writes ``某某`` (``某`` for a two-character name) for the given name — ``苌某某``,
  ``亢某`` — and a ``注：公开时已对人员姓名作脱敏处理。`` line under the table says so. Two holders
  share one surname and so ONE MASKED NAME: the 副局长 over 食品安全股 (``局领导``) and the 股长 of
  食品安全股 are both ``苌某某``; they are told apart only by their ``股室 | 岗位`` cells. Otherwise
  an ordinary 一览表: a title, a merged 填报 line, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per person, short types, 高/中/低. The
  README's 读得懂的表 knows a 责任人 holding a role and not a name (``科室主要负责人``: no person),
  names with characters beyond U+FFFF, footnote marks after a name (``闵渫珑*△``), two holders of
  one name told apart by ``（大）/（小）``, a holder named first of several (``…等6人``): none is a
  NAME MASKED FOR PUBLICATION, which is a holder (one person, on his rows) whose written name is
  not his name and may be the same text as another holder's. ``grep -l "某某\\|脱敏" tests/published/batch*.py``
  finds only ``某某室`` (batch129, a placeholder for 办事机构 names) and 脱敏 of a 来电人's data in a
  measure (batch100), never a holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区市场监管局's 摸底 of 食品摊贩 —
登记造册, 持证情况; a 检验检测 and 检定校准 机构's 廉洁行为规范 — 合同评审, 抽样, 样品处置; a page on what a
市场督察 does — 巡查, 处理消费者投诉, 调解纠纷; a 知识产权 agent's page on 专利申请 and 专利数据; a
市场监管所's 年货市场 check — 农贸市场, 流动摊贩, 商超; a 省's 特种设备检验检测费 收费标准 — 收费公示,
收支两条线; a 林区 公共检验检测中心's 安全生产 check — 实验室, 压力容器; a 市's 知识产权发展资金 rule —
申报评审, 资金拨付, 绩效评价) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 两当县, named with the county's name.

Run ``python tests/published/score.py --set batch459`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a masked name is the holder AS WRITTEN: the form's person is ``苌某某`` (the
  reader cannot unmask it, and the 一览表 does name one person on those rows); the two ``苌某某``
  are two forms, told apart by 股室 and 岗位 (``局领导``/副局长 and ``食品安全股``/股长), not one
  holder of two posts; the ``注：`` line on the masking is no point;
- ``局领导`` (a 股室 cell of the 市场监管局), ``中心领导`` (a sheet of the 检验检测中心's leaders, named so
  by its tab, and a group row of the 知识产权服务中心) are the 科室 of those leaders; a 局's 股 and
  办公室 and a 中心's 室 and 部 (业务受理室, 检测室, 专利服务部, 商标品牌部) are 科室; a group row
  ``二、专利服务部`` gives the 科室 ``专利服务部`` (its number left off); the 消保委's list and the four
  镇市场监管所 files name no 科室: their 科室 is "" and the 所 is the unit
  (``两当县城关镇市场监管所``, as the title and the cards' ``所在单位`` write it);
- 局长, 副局长, a 中心's 主任 and 副主任, the 消保委's 秘书长, a 所's 所长 and 副所长 are leaders; 股长,
  室主任, 部长 and 办公室主任 middle; the rest (科员, 检验员, 抽样员, 投诉调解员, 专利专员, 商标专员, 监管员,
  会计) general;
- ``风险点 | 风险表现`` (the 消保委's list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 消保委's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch458).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b459_"
PLACE = "两当县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

MASK_NAME = "liangdang_market_bureau_masked_names"
MASK_UNIT = f"{PLACE}市场监督管理局"
MASK_TAB = "一览表"
MASK_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
MASK_NOTE = "注：公开时已对人员姓名作脱敏处理。"
TWIN = "苌某某"  # two holders, one masked name

# (股室, 岗位, tier, 姓名 as published, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
MASK_ROWS = [
    ("局领导", "局长", "leader", "酆某某", [
        ("重大执法案件不经集体讨论即作出处罚决定", "制度机制", "高", "重大案件局务会集体讨论，纪要存档。"),
        ("干预下属股室、所的案件查办", "思想道德", "高", "插手干预案件记录报告制度。"),
    ]),
    ("局领导", "副局长", "leader", TWIN, [
        ("食品生产许可审批中为关系企业放宽条件", "岗位职责", "高", "许可条件公开，审批结果网上公示。"),
        ("分管领域监督抽检计划泄露", "业务流程", "中", "抽检计划保密，随机确定抽检对象。"),
    ]),
    ("办公室", "办公室主任", "middle", "亢某", [
        ("公务接待超标准、超范围", "制度机制", "低", "接待先审批后接待，清单按月公示。"),
    ]),
    ("食品安全股", "股长", "middle", TWIN, [
        ("食品经营许可现场核查走过场", "岗位职责", "高", "核查两人以上，拍照留痕。"),
        ("对小作坊违法行为降格处理", "外部环境", "中", "处理意见股室集体研究，局领导审签。"),
    ]),
    ("登记注册股", "科员", "general", "甯某某", [
        ("对材料不全的申请违规办理登记", "业务流程", "中", "一次性告知，审核与核准分离。"),
        ("泄露市场主体登记信息", "思想道德", "低", "查询登记信息留痕，定期抽查。"),
    ]),
]  # fmt: skip


def liangdang_market_bureau_masked_names() -> dict:
    unit = MASK_UNIT
    width = len(MASK_HEAD)
    sh = _Sheet(MASK_TAB, [5, 11, 10, 8, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", width)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", width)
    sh.add(*MASK_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in MASK_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, MASK_NOTE, width)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        MASK_NAME, "http://www.jintan.gov.cn/html/czjt/2016/JFKIQAOB_1215/25558.html",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表 as posted on its 政务公开 page, after the source's 区市场监管局 摸底 of "
        "食品摊贩 (登记造册, 持证情况): a title and a merged ``填报单位：…　填报时间：2025年12月`` line over 序号/股室 merged/岗位 "
        "and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, the 姓名 cells MASKED for "
        "publication (surname + ``某某``, ``某`` for a two-character name), TWO holders (局领导 副局长 and 食品安全股 股长) "
        "masked alike ``苌某某``; a merged ``注：公开时已对人员姓名作脱敏处理。`` line and a 制表/审核/date line under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liangdang_testing_center_two_sheets() -> dict:
    unit = f"{PLACE}检验检测中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("禤珝昶", "主任", "主持全面工作，分管财务、仪器采购", [
            ("大型检测仪器采购指定品牌", "一级", "采购需求集体论证，按限额公开采购。"),
            ("检测收费收入未及时上缴", "二级", "收支两条线，按月对账。"),
        ]),
        ("戢璠暄", "副主任", "分管检测业务、质量管理", [
            ("授意修改检测数据、出具不实报告", "一级", "报告三级审核，原始记录不得涂改。"),
            ("检测能力验证走过场", "三级", "能力验证结果中心会通报。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 11, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("业务受理室", "室主任", "竺玚湜", "middle", [
            ("合同评审中擅自减免检验费用", "一级", "收费标准公示，减免报中心审批。"),
        ]),
        ("业务受理室", "抽样员", "殳琤焜", "general", [
            ("抽样时多抽、私分样品", "一级", "抽样两人以上，样品封存签字。"),
            ("向被抽样单位推销仪器设备", "三级", "签订廉洁承诺书，公开监督电话。"),
        ]),
        ("检测室", "检验员", "逄沄觐", "general", [
            ("擅自更换样品或改变检测条件", "一级", "样品编码盲样流转，过程留痕。"),
            ("泄露委托方技术资料", "二级", "资料专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "liangdang_testing_center_two_sheets", "https://wnwk.com/doc/436855.html",
        "县检验检测中心 廉政风险防控表 in two sheets, after the source's 检验检测和检定校准机构廉洁行为规范 (合同评审, 抽样, "
        "样品处置): ``中心领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施) and ``科室`` (a title, 序号/科室 merged (业务受理室, 检测室)/岗位 and 姓名 merged per person/风险点/风险等级/"
        "防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def liangdang_ip_center_group_rows() -> dict:
    unit = f"{PLACE}知识产权服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "郏翀璟", "leader", [
                ("资金评审", "知识产权发展资金评审打招呼、定对象", "制度机制风险", "一级风险", "评审专家随机抽取，结果公示。"),
                ("绩效评价", "资助项目绩效评价降低标准", "业务流程风险", "二级风险", "绩效评价委托第三方，报告公开。"),
            ]),
        ]),
        ("二、专利服务部", "专利服务部", [
            ("部长", "钮甡滢", "middle", [
                ("专利资助审核", "对非正常专利申请违规给予资助", "岗位职责风险", "一级风险", "资助名单部门联审，公示五个工作日。"),
            ]),
            ("专利专员", "蒉楙骞", "general", [
                ("预审服务", "为关系企业专利预审开绿灯", "外部环境风险", "一级风险", "预审按受理顺序办理，全程留痕。"),
                ("数据统计", "专利统计数据虚报", "业务流程风险", "三级风险", "数据逐项核对，部长签字。"),
            ]),
        ]),
        ("三、商标品牌部", "商标品牌部", [
            ("部长", "爨澍玙", "middle", [
                ("品牌培育", "商标品牌培育对象推荐不公", "岗位职责风险", "一级风险", "推荐条件公开，集体研究。"),
            ]),
            ("商标专员", "冼溍曦", "general", [
                ("维权援助", "维权援助中收受当事人礼品", "思想道德风险", "二级风险", "签订廉洁承诺书，援助结果回访。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "liangdang_ip_center_group_rows", "http://bqlw.net/news/202305/xwif_43556.html",
        "县知识产权服务中心 廉政风险防控责任清单, after the source's 市 rule on 知识产权发展资金 (申报评审, 资金拨付, 绩效评价): "
        "a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、专利服务部``, ``三、商标品牌部`` merged across (no 科室 column); 岗位 and "
        "责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def liangdang_consumer_council_posts() -> dict:
    unit = f"{PLACE}消费者权益保护委员会"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("秘书长", "leader", [
            ("投诉分派", "将投诉件分派给关系人员办理，干预调解结果", "制度机制风险", "Ⅰ级", "投诉件系统自动分派，结果可查。"),
            ("比较试验", "消费比较试验结果发布前泄露给企业", "岗位职责风险", "Ⅱ级", "试验结果发布前保密，集体审定。"),
        ]),
        ("投诉调解员", "general", [
            ("纠纷调解", "接受经营者宴请，调解中偏袒一方", "外部环境风险", "Ⅰ级", "调解过程录音录像，回访消费者。"),
            ("投诉登记", "压件不登记或拖延办理", "业务流程风险", "Ⅲ级", "投诉件登记编号，超时预警。"),
        ]),
        ("宣传干事", "general", [
            ("维权宣传", "以宣传名义向经营者拉赞助", "思想道德风险", "Ⅱ级", "宣传经费纳入预算，禁止拉赞助。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "liangdang_consumer_council_posts", "https://m.gzjll.com/3/4250015.html",
        "县消费者权益保护委员会 岗位廉政风险点排查表 对岗不对人, after the source's page on what a 市场督察 does (巡查, 处理"
        "消费者投诉, 调解纠纷): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def liangdang_chengguan_office_cards() -> dict:
    unit = f"{PLACE}城关镇市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "晏旻隽", "leader", [
            ("年货市场检查中对违法行为不予查处", "★★★", "检查结果所务会通报，县局抽查。"),
            ("行政处罚自由裁量畸轻畸重", "★★", "执行裁量基准，案件集体讨论。"),
            ("接受经营户宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副所长", "芮煦琰", "leader", [
            ("农贸市场索证索票检查走过场", "★★★", "检查记录拍照留痕，县局复查。"),
            ("流动摊贩备案信息审核不严", "★★", "备案信息系统比对，两人审核。"),
        ]),
        ("监管员", "郁婳翀", "general", [
            ("商超巡查中收受礼品", "★★", "执法记录仪全程记录。"),
            ("泄露投诉举报人信息", "★", "举报信息保密，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "liangdang_chengguan_office_cards", "http://chxcw.gov.cn/html/2020-01-13/105_33079.html",
        "镇市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 监管员), after the source's 市场监管所 年货市场 "
        "check (农贸市场, 流动摊贩, 商超): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def liangdang_zhanerxiang_office_selfchecks() -> dict:
    unit = f"{PLACE}站儿巷镇市场监管所"
    t = _Truth(unit)
    people = [
        ("佘璟鋆", "所长", "leader", [
            ("特种设备检查中收取额外费用", "高风险", "收费项目公示，收支两条线。"),
            ("电梯、锅炉隐患整改未复查即销号", "高风险", "整改销号前现场复查。"),
            ("检查台账补记、漏记", "中风险", "台账按月报县局。"),
        ]),
        ("亓骞暄", "监管员", "general", [
            ("计量器具检查中为商户说情", "中风险", "检查结果所长复核。"),
            ("收受检查对象礼品", "低风险", "拒收登记，公开举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i % 2 else "未发现问题")
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "liangdang_zhanerxiang_office_selfchecks",
        "https://wap.qianlima.com/zb/detail/20230421_346099805.html",
        "镇市场监管所 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 省 特种设备检验检测费 "
        "收费标准 (收费公示, 收支两条线): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def liangdang_xipo_office_every_row() -> dict:
    unit = f"{PLACE}西坡镇市场监管所"
    sh = _Sheet("清单", [6, 16, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "綦珝沄", "leader", "快检室试剂采购不按程序", "Ⅰ", "试剂采购县局统一招标，验收双签。"),
        ("所长", "綦珝沄", "leader", "罚没物品处置不登记", "Ⅱ", "罚没物品登记入库，县局统一处置。"),
        ("快检员", "苌玚溍", "general", "快检结果不如实记录", "Ⅰ", "快检结果系统上传，所长抽查。"),
        ("快检员", "苌玚溍", "general", "快检不合格信息透露给经营户", "Ⅲ", "检测信息保密，违者追责。"),
        ("监管员", "禤湜婳", "general", "日常检查中对无证经营放任不管", "Ⅱ", "检查清单逐项签字，定期轮换片区。"),
        ("监管员", "禤湜婳", "general", "接受经营户宴请", "Ⅲ", "签订廉洁承诺书，公开监督电话。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "liangdang_xipo_office_every_row", "http://www.snjxww.cn/posts/13/11262",
        "镇市场监管所 廉政风险防控清单, after the source's 林区 公共检验检测中心 安全生产 check (实验室, 压力容器, 检测安全): a "
        "title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; "
        "no type column, no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def liangdang_yangdian_office_list() -> dict:
    unit = f"{PLACE}杨店镇市场监管所"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "钮觐珝", "leader", [
            ("商标侵权案件查办中压案不办", "岗位职责", "高", "案件登记编号，县局督办。"),
            ("调解消费纠纷中接受请托", "思想道德", "中", "调解结果公开，接受监督。"),
        ]),
        ("副所长", "戢沄璠", "leader", [
            ("专利标识检查虚报检查户数", "业务流程", "高", "检查实名记录，照片留存。"),
        ]),
        ("监管员", "逄昶滢", "general", [
            ("广告监测把关不严", "制度机制", "低", "监测材料网上比对，所长复核。"),
            ("接受经营户礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "liangdang_yangdian_office_list", "http://www.lzpat.com/zlsq/36764.htm",
        "镇市场监管所 岗位廉政风险防控一览表, after the source's 知识产权 agent's page on 专利申请 and 专利数据: ``附件1``, a "
        "title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liangdang_market_bureau_masked_names(),
    liangdang_testing_center_two_sheets(),
    liangdang_ip_center_group_rows(),
    liangdang_consumer_council_posts(),
    liangdang_chengguan_office_cards(),
    liangdang_zhanerxiang_office_selfchecks(),
    liangdang_xipo_office_every_row(),
    liangdang_yangdian_office_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch459-inbox"))
