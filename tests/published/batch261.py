"""The two-hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
局, 委, 办 and 事业单位, 会理市 (the 凉山彝族自治州's city on the 川滇 border, its 古城 and its 石榴, its
staff Han and Yi) — its 农业农村局, 教育和体育局, 自然资源局, 司法局, 民政局, 古城保护管理中心,
石榴产业发展中心 and 市场监督管理局 — each handing back the 排查表, 责任清单, 防控卡, 自查表 or 一览表 its
staff typed in WPS or Excel, the rows about 购机补贴, 机具编号 and 发动机号, 检疫出证, 农资打假, 教师招聘,
职称推荐, 学生资助, 校舍维修, 民办学校审批, 招生考试, 土地出让, 采矿权, 价款评估, 储量, 地灾评估, 社区矫正
请假, 法律援助 指派, 以案定补, 低保 审核 and 动态复核, 特困供养, 养老机构补贴, 婚姻登记, 古城 风貌审查, 修缮
补助, 产权, 白蚁防治, 商铺租赁, 非遗工坊, 石榴 苗木, 示范园, 地理标志 使用, 石榴节, 小作坊, 进货查验,
抽检, 特种设备 and 双随机:

- the 农业农村局's 排查表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室（站、所）``
  merged (局领导, 农业机械化服务中心, 动物卫生监督所, 计划财务股), ``岗位`` and ``姓名`` merged per person,
  a short ``风险点`` beside a long ``风险表现``, short types, 高/中/低, a 填表人/审核人/局长 line;
- the 教育和体育局's 责任清单 对岗不对人: ``股室`` merged (人事股, 计划财务股, 项目办, 招生考试办, 民办教育股),
  ``岗位`` merged, a ``职责事项`` column, the risk, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``责任领导`` column of posts; no
  names, no type column;
- the 自然资源局's 领导干部防控卡, one sheet a leader (tabs 局长, 副局长（土地）, 副局长（矿产）):
  ``姓　名 | … | 职　务 | …`` and a merged ``分管工作`` line, ``…风险`` types, ``一级/二级/三级``, a
  ``注：`` on the levels, 持卡人签字 and 监督电话 below;
- the 司法局's 个人自查表, one sheet a person (tabs 社区矫正股, 法律援助中心, 鹿厂司法所):
  ``姓　名 | … | 性　别 | … | 出生年月 | …`` and ``所在股室 | … | 职　务 | … | 填表日期 | …`` above
  ``序号 | 工作事项 | 廉政风险点 | 风险等级 | 防范措施 | 完成时限``, 高/中/低, no type column;
- the 民政局's 一览表 cut by group rows ``一、局领导`` … ``五、计划财务股`` merged across (no 股室 column),
  ``岗位`` and ``姓名`` merged per person, short types, ``高风险/中风险/低风险``;
- the 古城保护管理中心's 一览表 with a line ``风险等级：★★★为高…`` under the title: ``科室`` merged (中心领导,
  规划建设科, 文物保护科, 经营管理科), ``岗位`` and ``责任人`` merged per person, ``★★★/★★/★``, no type column;
- the 石榴产业发展中心's file in two sheets: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column;
- the 市场监督管理局's 排查表: ``股室（所）`` merged (局领导, 食品安全监管股, 特种设备安全监察股 and two 市场监管所),
  ``岗位`` and ``姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a ``备注`` column, the heading
  typed again where the second page begins (inside a 所长's rows, his 股室, 岗位 and name typed again under
  it), a ``注：`` line and a 填表人/审核人/局长 line.

One is harder:

- ``medical_insurance_post_rosters``: the 医疗保障事务中心's 岗位廉政风险防控卡, ONE CARD A POST (一岗一卡),
  one sheet a card (tabs 主任, 窗口受理岗, 待遇审核岗, 基金结算岗), a post its 经办大厅 shares among several
  people. Each card names its post and 股室 in the pairs ``岗位名称 | … | 所在股室 | …`` and then, ABOVE the
  risk table, a merged line ``本岗位在岗人员`` over a SMALL TABLE OF ITS OWN — ``序号 | 姓名 | 人员类别 | 到岗时间
  | 备注`` — listing who holds the post (ONE row on the 主任's and the 基金结算岗's cards, THREE on the
  窗口受理岗's, TWO on the 待遇审核岗's); under it a merged ``岗位廉政风险点及防控措施`` line and the risk table
  ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (short types, 高/中/低), a ``注：本卡适用于本岗位全体在岗
  人员…`` line and a 岗位人员签字/股室负责人 line. Every person in a card's roster holds every point of the
  card. The README's 读得懂的表 knows holders named in labelled pairs or lines above a table (``在岗人员``,
  ``任职人``, ``村文书 | 戴晓军 | …``), a roster beside, under or on another sheet than a 对岗 list matched by
  post, two people in one cell (``经办员（A、B）``), and a table above the risk table (岗位职责, 家庭成员) whose
  names are NOT holders; it does not describe a post card whose holders are the rows of a small roster
  table of their own above its risk table, several people to one card.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县农机局's 农机检查队 checking 购机补贴户
— 机具 与 档案 是否相符, 是否本人购买, 机具编号, 发动机编号, 销售商 喷号; a 县教育局's 内设机构 — 人事股 with
招聘 and 职称, 计财股, 审计股, 项目办 with 基建 招标 and 验收, 招生办; a paper on 国土资源 权力风险 — 土地使用权
和矿业权审批, 价格和价款评估, 储量详审, 地质灾害危险性评估, 行政执法; a 县司法局 on its 队伍 — 法治宣传, 社区
矫正, 公共法律服务, 司法所; a 市纪委监委驻民政局纪检监察组 on 社会救助 — 资金拨付台账, 发放明细, 截留挪用, 虚报
冒领, 低保 审核 and 动态复核, 档案; a piece on 会理古城 — 明清建筑群, 产权复杂, 修缮停滞, 白蚁, 火灾隐患, 修旧
如旧, 北门城楼, 绿陶, 非遗工坊; a page on 会理石榴 — 石榴研究所, 农业局多经站, 优良品种示范园, 品种资源库,
石榴专业协会, 绿色食品; a 市场监管局 on 食品安全 — 源头把控, 进货查验, 风险分级, 小作坊, 双随机一公开,
合格证, 抽检; a standard for 医疗保障经办 — 经办机构（窗口）, 业务运行, 财务管理, 内部控制) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames — 闵, 逯, 鄢, 虢, 阙, 郯, 祁, 厍, 姒, 靳, 郈, 酆, 甄, 勾, 邶, 燕, 揭, 姬, 竺,
邸, 芮, 鄞, 晁, 庾, 苌, 佟, 滑, 蓟, 汲 and the compound 钟离, 羊舌, 仲孙, 乐正, 毌丘 — with rare given names, and
Yi names as a 凉山 city's staff carry them — 俄底阿果, 吉伍木果, 俄木吉则, 阿说伍加, 马海尔日, 比曲伍呷, 俄木子哈,
吉好阿支, 海来尔古, 勒尔子哈, 吉克阿芝, 阿西拉呷); every unit is a body of 会理市.

Run ``python tests/published/score.py --set batch261`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every person in a card's ``本岗位在岗人员`` table holds the card's post and every one
  of its points: one form a person (the tab's card, its 所在股室, its 岗位名称, the person), each with all
  the card's points; ``人员类别`` (``参公人员``, ``事业编制``, ``编外聘用``), ``到岗时间`` and ``备注`` name no
  post; the ``注：`` line and the 签字 line are no points;
- ``局领导``, ``中心领导`` (a 股室/科室 cell, a group row, a 自查表's 所在股室, a card's 所在股室) are the 科室 of
  those leaders; a 局's 股, its 农业机械化服务中心, 动物卫生监督所, 法律援助中心, 项目办, 招生考试办, 司法所 and
  市场监管所, a 中心's 科 are 科室; the 自然资源局's leader cards and the 石榴产业发展中心's ``班子成员`` sheet
  name no 科室: those leaders' 科室 is "";
- 局长, 副局长, the 中心's 主任 and 副主任 are leaders; 股长, 科长, 所长, the 主任 of a 局's 中心 or 办 middle;
  the rest (补贴审核员, 检疫员, 会计, 出纳, 科员, 巡查员, 推广员, 执法人员, 受理员 and the 经办 posts) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``工作事项``, ``分管工作``, ``责任领导``
  (posts), ``完成时限`` and ``备注`` are no points and name no holder; the 教育和体育局's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and ``★★★/★★/★`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b261_"
PLACE = "会理市"
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

# (tab, 岗位名称, 所在股室, tier, [(姓名, 人员类别, 到岗时间, 备注)], [(风险点, 风险类型, 风险等级, 防控措施)])
INSURANCE = [
    ("主任", "主任", "中心领导", "leader", [
        ("滑霈岚", "参公人员", "2021年3月", "主持中心全面工作"),
    ], [
        ("医保基金拨付审批把关不严，超进度拨付", "岗位职责", "高", "基金拨付实行经办、复核、审批三级签字，按月向市医疗保障局报告。"),
        ("定点医药机构协议管理中说情打招呼", "思想道德", "中", "协议签订、考核结果集体研究并公开。"),
        ("中心内部控制制度执行不到位", "制度机制", "中", "每半年开展一次内控自查，问题清单销号管理。"),
    ]),
    ("窗口受理岗", "窗口受理岗", "参保服务股", "general", [
        ("蓟澄筠", "事业编制", "2019年8月", None),
        ("阿西拉呷", "事业编制", "2022年2月", None),
        ("汲蕤棠", "编外聘用", "2023年5月", "持证上岗"),
    ], [
        ("参保登记、异地就医备案材料审核不严", "业务流程", "中", "执行一次性告知，材料清单化审核，系统留痕。"),
        ("为熟人插队办理、违规加急", "思想道德", "低", "按取号顺序办理，加急件登记并经股长签字。"),
        ("泄露参保人员个人信息", "岗位职责", "中", "系统账号一人一号，查询日志每月抽查。"),
    ]),
    ("待遇审核岗", "待遇审核岗", "待遇保障股", "general", [
        ("苌楹汐", "参公人员", "2018年11月", None),
        ("吉克阿芝", "事业编制", "2021年9月", None),
    ], [
        ("零星报销、门诊慢特病待遇审核放宽标准", "岗位职责", "高", "审核、复核分设，复核比例不低于30%。"),
        ("对虚假票据、挂床住院等骗保线索不报告", "外部环境", "高", "疑点线索登记移送稽核，月底对账。"),
        ("审核时限拖延，向参保人索要好处", "思想道德", "中", "办理时限网上可查，监督电话公示。"),
    ]),
    ("基金结算岗", "基金结算岗", "基金财务股", "general", [
        ("佟砚棨", "参公人员", "2017年6月", "兼任会计"),
    ], [
        ("与定点医药机构结算时多付、错付", "业务流程", "高", "结算数据系统比对，结算单经股长复核。"),
        ("基金收支账户资金被挪用", "制度机制", "高", "收支两条线，银行对账单每月核对。"),
    ]),
]  # fmt: skip


def medical_insurance_post_rosters() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    t = _Truth(unit)
    sheets = []
    for tab, post, dept, tier, roster, points in INSURANCE:
        sh = _Sheet(tab, [6, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("岗位名称", post, "所在股室", dept, None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        _line(sh, "本岗位在岗人员", 5)
        sh.add("序号", "姓名", "人员类别", "到岗时间", "备注")
        for i, (who, kind, since, note) in enumerate(roster, 1):
            sh.add(i, who, kind, since, note)
        _line(sh, "岗位廉政风险点及防控措施", 5)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            for who, *_ in roster:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _line(sh, "注：本卡适用于本岗位全体在岗人员，人员变动时由所在股室及时更新在岗人员表。", 5)
        sh.add("岗位人员签字：", None, "股室负责人：", None, "2024年4月")
        sheets.append(sh)
    return _layout(
        "medical_insurance_post_rosters", "http://86360.com/showinfo-178-1341159.html",
        "(harder) 市医疗保障事务中心 岗位廉政风险防控卡 ONE CARD A POST, one sheet a card (tabs 主任, 窗口受理岗, 待遇审核岗, "
        "基金结算岗), after the source's standard for 医疗保障经办 (经办机构（窗口）, 业务运行管理, 财务管理, 内部控制监督): a "
        "title, the pairs ``岗位名称 | … | 所在股室 | …``, then a merged line ``本岗位在岗人员`` over a SMALL ROSTER TABLE of "
        "its own ``序号 | 姓名 | 人员类别 | 到岗时间 | 备注`` (one row on the 主任's and 基金结算岗's cards, THREE on the "
        "窗口受理岗's, TWO on the 待遇审核岗's), then a merged ``岗位廉政风险点及防控措施`` line over 序号/廉政风险点/风险类型 "
        "(short)/风险等级 高/中/低/防控措施, a ``注：本卡适用于本岗位全体在岗人员…`` line and ``岗位人员签字： | 股室负责人： | "
        "2024年4月``; every person in a card's roster holds every point of the card",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def agri_bureau_checklist() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 16, 12, 9, 15, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年7月", 9)
    sh.add("序号", "股室（站、所）", "岗位", "姓名", "风险点", "风险表现", "风险类型", "风险等级",
           "防控措施")  # fmt: skip
    lead, machine, vet, money = "局领导", "农业机械化服务中心", "动物卫生监督所", "计划财务股"
    rows = [
        (lead, "局长", "闵翊骞", "leader", [
            ("涉农项目安排", "高标准农田、产业项目安排个人说了算，向特定主体倾斜", "制度机制", "高",
             "项目安排经局党组会集体研究，结果公示。"),
            ("干部选拔任用", "干部调整动议、考察不按程序", "岗位职责", "高", "严格执行干部任用条例，全程纪实。"),
        ]),
        (lead, "副局长", "俄底阿果", "leader", [
            ("农资打假案件处理", "对农资经营户违法行为说情，降格处理", "外部环境", "中", "案件处理经案审会集体讨论。"),
        ]),
        (machine, "主任", "逯霂檠", "middle", [
            ("购机补贴审核", "对机具与档案不符、非本人购买的申请予以通过", "岗位职责", "高",
             "补贴机具逐台核验机具编号、发动机号，核验照片存档。"),
            ("补贴机具抽查", "抽查比例不够，与农机销售商串通走过场", "外部环境", "中", "抽查对象随机抽取，抽查结果公示。"),
        ]),
        (machine, "补贴审核员", "吉伍木果", "general", [
            ("补贴资料录入", "补贴申请资料录入不实，重复录入套取补贴", "业务流程", "中", "系统自动查重，录入与审核分离。"),
        ]),
        (vet, "所长", "鄢棨岑", "middle", [
            ("检疫出证管理", "不检疫即出证，检疫证明随意发放", "业务流程", "高", "检疫证明电子出证，出证记录可追溯。"),
        ]),
        (vet, "检疫员", "俄木吉则", "general", [
            ("产地检疫", "接受养殖户、贩运户宴请，检疫走过场", "思想道德", "中", "检疫两人以上，检疫过程拍照上传。"),
        ]),
        (money, "会计", "虢璆汀", "general", [
            ("惠农补贴资金拨付", "补贴资金拨付不及时，发放明细与清册不符", "制度机制", "低", "补贴资金通过一卡通直接发放到户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "agri_bureau_checklist", "http://farm.00-net.com/e/DoPrint/index.php?classid=552&id=77118",
        "市农业农村局 岗位廉政风险点排查表, after the source's 县农机局 农机检查队 (购机补贴户, 机具 与 档案 是否相符, 是否本人购买, "
        "机具编号, 发动机编号, 销售商 喷号): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2024年7月`` line, then "
        "序号/``股室（站、所）`` merged (局领导, 农业机械化服务中心, 动物卫生监督所, 计划财务股)/岗位 and 姓名 merged per person/"
        "a short 风险点/a long 风险表现/风险类型 (short names)/风险等级 高/中/低/防控措施; a blank row and a 填表人/审核人/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


def education_bureau_duties() -> dict:
    unit = f"{PLACE}教育和体育局"
    sh = _Sheet("责任清单", [6, 13, 10, 20, 36, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "职责事项", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("人事股", "股长", "middle", "教师公开招聘", "招聘资格审查把关不严，泄露面试题目", "Ⅰ级",
         "资格审查两人以上，面试题目考前封存。", "分管副局长"),
        ("人事股", "股长", "middle", "职称推荐评审", "职称推荐中优亲厚友，量化赋分不实", "Ⅰ级",
         "量化赋分结果公示五个工作日。", "分管副局长"),
        ("人事股", "科员", "general", "教师资格认定", "对材料不全的申请违规认定", "Ⅲ级",
         "认定材料清单化审核，认定结果网上公开。", "分管副局长"),
        ("计划财务股", "股长", "middle", "学生资助资金管理", "资助资金发放不及时，虚报受助学生", "Ⅰ级",
         "资助名单学校公示，资金直接打卡到户。", "局长"),
        ("计划财务股", "会计", "general", "教育经费报销", "报销票据审核不严，虚列支出", "Ⅱ级",
         "报销实行经办、审核、审批三签。", "局长"),
        ("项目办", "主任", "middle", "校舍维修和基建项目", "化整为零规避招标，验收降低标准", "Ⅰ级",
         "项目进入公共资源交易平台，验收邀请纪检人员参加。", "分管副局长"),
        ("招生考试办", "主任", "middle", "招生考试组织", "违规招收择校生，考务管理不严", "Ⅱ级",
         "招生计划和录取名单公开，考务人员签订保密承诺。", "分管副局长"),
        ("民办教育股", "股长", "middle", "民办学校审批和年检", "降低条件审批民办学校，年检走过场", "Ⅱ级",
         "审批、年检实地核查，结果集体研究。", "分管副局长"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(
        sh,
        "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）；本清单对岗不对人，人员变动不影响清单内容。",
        8,
    )
    sh.add("编制：", None, None, "审核：", None, None, "2024年6月", None)
    return _layout(
        "education_bureau_duties", "http://lnmlw.com/Bankloan/vebalqskgy.html",
        "市教育和体育局 岗位廉政风险防控责任清单 对岗不对人, after the source's 县教育局 内设机构 (人事股 with 招聘, 职称 and 教师"
        "资格认定, 计财股, 审计股, 项目办 with 基建 规划、招标、质量监督、验收, 招生办): a title, then 序号/股室 merged (人事股, 计划"
        "财务股, 项目办, 招生考试办, 民办教育股)/岗位 merged/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``责任领导`` (posts: 分管副局长, 局长); no names, no type column; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def natural_resources_leader_cards() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    cards = [
        ("局长", "阙曜澂", "局长", "主持局全面工作，分管人事、财务、国土空间规划", [
            ("国有土地使用权出让方案未经集体研究，干预出让条件", "制度机制风险", "一级",
             "出让方案经局党组会和市政府常务会研究，公开交易。"),
            ("干预土地和矿业权价格评估，授意压低价款", "岗位职责风险", "一级", "评估机构随机抽取，评估报告集体审核。"),
            ("对班子成员和股室负责人监督不力", "思想道德风险", "三级", "定期开展廉政谈话，落实“一岗双责”。"),
        ]),
        ("副局长（土地）", "郯蓠岫", "副局长", "分管耕地保护、土地利用、执法监察", [
            ("对违法占用耕地案件说情，以罚代拆", "外部环境风险", "一级", "违法用地案件查处结果公开，整改逐宗销号。"),
            ("建设用地预审和供地审核把关不严", "岗位职责风险", "二级", "预审意见经业务会审，审核结果网上公开。"),
        ]),
        ("副局长（矿产）", "阿说伍加", "副局长", "分管矿产资源、地质环境、地质灾害防治", [
            ("采矿权延续、变更审查放宽条件", "岗位职责风险", "一级", "审查要件清单化，审查结果集体研究。"),
            ("矿产资源储量评审中受矿山企业请托", "外部环境风险", "二级", "储量评审专家随机抽取，评审意见署名存档。"),
            ("地质灾害危险性评估结果审查走过场", "制度机制风险", "二级", "评估报告组织专家评审，现场核查两人以上。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 10, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        sh.add("分管工作", work, None, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 4)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), GRADES[lv])
        _line(sh, "注：风险等级分为一级（高）、二级（中）、三级（低）。", 5)
        sh.add("持卡人签字：", None, "监督电话：0834-12388", None, None)
        sheets.append(sh)
    return _layout(
        "natural_resources_leader_cards", "https://halmhg.com/DocHtml/1059/10/09/00108619",
        "市自然资源局 领导干部廉政风险防控卡, one sheet a leader (tabs 局长, 副局长（土地）, 副局长（矿产）), after the source's "
        "paper on 国土资源 权力风险 (土地使用权和矿业权审批, 土地价格和矿业权价款评估, 储量详审, 地质灾害危险性评估, 行政执法): a title, "
        "``姓　名 | … | 职　务 | …``, a merged ``分管工作 | …`` line, then 序号/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line on the levels and ``持卡人签字： | 监督电话：0834-12388``; no 科室 anywhere",
        sheets, t,
    )  # fmt: skip


def justice_bureau_self_checks() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    people = [
        ("社区矫正股", "祁翯舲", "女", "1986.04", "股长", "middle", [
            ("社区矫正对象请假外出审批", "对不符合条件的请假外出违规审批", "高", "请假外出审批经股室集体研究，信息化核查行踪。", "长期"),
            ("矫正对象日常监督管理", "对违反监管规定的矫正对象不提请处罚，收受好处", "高",
             "违规情形清单化，提请意见报局审核。", "长期"),
            ("调查评估", "社区矫正调查评估意见不实", "中", "调查评估两人以上入户，评估意见集体研究。", "2024年12月"),
        ]),
        ("法律援助中心", "厍玥澂", "男", "1983.11", "主任", "middle", [
            ("法律援助案件指派", "案件指派优亲厚友，向特定律师倾斜", "中", "案件指派轮流派案，指派记录公开。", "长期"),
            ("办案补贴发放", "办案补贴审核不严，重复发放", "中", "补贴按质量评估结果发放，财务复核。", "长期"),
        ]),
        ("鹿厂司法所", "马海尔日", "男", "1990.07", "所长", "middle", [
            ("人民调解“以案定补”", "调解案卷虚报、重复申报补贴", "中", "调解案卷抽查回访，补贴名单公示。", "长期"),
            ("安置帮教", "帮教对象台账不实，帮扶资金发放不规范", "低", "帮扶资金发放登记签字，所务会审核。", "长期"),
            ("公共法律服务", "借法律咨询向群众推荐特定律师", "低", "严禁介绍案源，监督电话上墙。", "长期"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, who, sex, born, post, tier, items in people:
        sh = _Sheet(dept, [6, 16, 34, 10, 32, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓　名", who, "性　别", sex, "出生年月", born)
        sh.add("所在股室", dept, "职　务", post, "填表日期", "2024年6月")
        sh.add("序号", "工作事项", "廉政风险点", "风险等级", "防范措施", "完成时限")
        for i, (duty, point, lv, measures, when) in enumerate(items, 1):
            sh.add(i, duty, point, lv, measures, when)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("自查人签名：", None, "股室负责人意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "justice_bureau_self_checks", "http://www.chjzxc.com/index.php/index/index/page.html?id=11255",
        "市司法局 干部职工廉政风险自查表, one sheet a person (tabs 社区矫正股, 法律援助中心, 鹿厂司法所), after the source's "
        "县司法局 on its 队伍 (法治宣传, 社区矫正, 公共法律服务, 司法所): a title, the pairs ``姓　名 | … | 性　别 | … | 出生年月 | "
        "…`` and ``所在股室 | … | 职　务 | … | 填表日期 | 2024年6月``, then 序号/``工作事项``/廉政风险点/风险等级 高/中/低/"
        "防范措施/``完成时限`` (长期 or a month); no type column; a blank row and ``自查人签名： | 股室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def civil_affairs_group_rows() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "姒霁舟", "leader", [
                ("社会救助资金分配个人决定，未经集体研究", "制度机制", "高风险", "资金分配方案经局党组会研究。"),
            ]),
            ("副局长", "靳苕华", "leader", [
                ("对低保、特困审核审批中的说情打招呼不报告", "思想道德", "中风险", "落实干预插手登记报告制度。"),
            ]),
        ]),
        ("二、社会救助股", "社会救助股", [
            ("股长", "郈筠棠", "middle", [
                ("低保审核把关不严，应退未退、人情保", "岗位职责", "高风险", "家庭经济状况大数据比对，审核结果公示。"),
                ("动态复核流于形式", "业务流程", "中风险", "按季度抽查复核，复核记录存档。"),
            ]),
            ("科员", "比曲伍呷", "general", [
                ("救助资金发放明细与台账不符，虚报冒领", "业务流程", "高风险", "资金社会化发放，发放明细逐笔核对。"),
            ]),
        ]),
        ("三、养老服务股", "养老服务股", [
            ("股长", "酆澹沅", "middle", [
                ("养老机构建设和运营补贴审核不实", "岗位职责", "中风险", "补贴申报实地核查，结果公示。"),
                ("特困供养对象认定不准", "业务流程", "中风险", "认定材料逐项审核，镇村评议公开。"),
            ]),
        ]),
        ("四、社会事务股", "社会事务股", [
            ("婚姻登记员", "甄蘩汐", "general", [
                ("违规为不符合条件的当事人办理婚姻登记", "岗位职责", "低风险", "身份信息联网核验，登记档案规范归档。"),
            ]),
        ]),
        ("五、计划财务股", "计划财务股", [
            ("出纳", "勾翕然", "general", [
                ("截留、挪用专项资金", "思想道德", "高风险", "专项资金专账核算，资金拨付台账每月核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为高风险、中风险、低风险三档。", 7)
    sh.add("填表人：", None, "审核人：", None, None, "2024年5月", None)
    return _layout(
        "civil_affairs_group_rows",
        "http://www.360elib.com:2027/detail.aspx?NewsCode=NC2060&NewsId=74074557&OrgId=001",
        "市民政局 岗位廉政风险防控一览表, after the source's 市纪委监委驻市民政局纪检监察组 on 社会救助 (资金拨付台账, 发放明细, "
        "截留挪用, 虚报冒领, 低保申请审核, 动态复核, 档案): a title, then 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施 with NO 股室 column: the 股室 stand only in GROUP ROWS merged across (``一、局领导``, "
        "``二、社会救助股``, ``三、养老服务股``, ``四、社会事务股``, ``五、计划财务股``), 序号 running on, 岗位 and 姓名 merged per "
        "person; a ``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def old_town_center_stars() -> dict:
    unit = f"{PLACE}古城保护管理中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, "风险等级：★★★为高风险　★★为中风险　★为低风险", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    lead, plan, relic, trade = "中心领导", "规划建设科", "文物保护科", "经营管理科"
    rows = [
        (lead, "主任", "邶峤棻", "leader", [
            ("古城修缮工程发包未经集体研究，指定施工单位", "★★★", "修缮工程全部进场交易，发包方案集体研究。"),
            ("国有铺面租赁价格个人拍板", "★★", "铺面租赁公开招租，底价集体研究。"),
        ]),
        (lead, "副主任", "钟离棠樾", "leader", [
            ("非遗工坊入驻、扶持资金分配不公", "★★", "入驻条件和扶持名单公示。"),
        ]),
        (plan, "科长", "燕荦岑", "middle", [
            ("风貌审查放宽标准，默许建设性破坏", "★★★", "风貌审查意见两人以上签署，审查结果公开。"),
            ("修旧如旧工程验收不到场", "★★", "隐蔽工程验收拍照留存，验收邀请文物专家参加。"),
        ]),
        (relic, "科长", "揭蘅璋", "middle", [
            ("传统民居修缮补助对象审核不实，产权不清即予补助", "★★★", "补助对象产权核实，补助名单公示。"),
            ("白蚁防治、消防设施服务采购指定单位", "★★", "服务采购比选三家以上，结果公示。"),
        ]),
        (relic, "巡查员", "俄木子哈", "general", [
            ("日常巡查发现私搭乱建不制止、不报告", "★", "巡查记录每日上传，发现问题当日报告。"),
        ]),
        (trade, "科长", "姬翊沣", "middle", [
            ("商铺租金减免、延期缴纳审批随意", "★★", "减免、延期报中心主任办公会研究。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, "2024年8月")
    return _layout(
        "old_town_center_stars", "https://www.huidongwang.cn/333050.html",
        "市古城保护管理中心 岗位廉政风险防控一览表, after the source's piece on 会理古城 (明清建筑群, 产权复杂 修缮停滞, 白蚁, 火灾"
        "隐患, 建设性破坏, 修旧如旧, 北门城楼, 绿陶, 非遗工坊): a title, a merged ``风险等级：★★★为高风险　★★为中风险　★为低风险`` "
        "line, then 序号/科室 merged (中心领导, 规划建设科, 文物保护科, 经营管理科)/岗位 and ``责任人`` merged per person/廉政风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a blank row and a 填表人/审核人/中心主任（签字）/date line",
        [sh], t,
    )  # fmt: skip


def pomegranate_center_two_sheets() -> dict:
    unit = f"{PLACE}石榴产业发展中心"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 10, 8, 20, 36, 8, 32])
    _line(lead, f"{unit}班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("竺楙沄", "主任", "主持全面工作，分管财务", [
            ("石榴产业扶持资金分配不经集体研究", "高", "资金分配方案经主任办公会研究并报市农业农村局。"),
            ("国际石榴节赞助、冠名收入不入账", "中", "赞助收入统一入账，使用情况公开。"),
        ]),
        ("吉好阿支", "副主任", "分管技术推广、品牌质量", [
            ("“会理石榴”地理标志使用许可审核放宽", "高", "使用许可材料集体审核，许可名单公示。"),
            ("接受石榴经销企业宴请、礼品", "低", "严守中央八项规定精神，拒收登记。"),
        ]),
    ]  # fmt: skip
    n = 0
    first = len(lead.rows)
    for who, post, work, items in leaders:
        for point, lv, measures in items:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    key = lambda row: row[1]  # noqa: E731
    _merge_down(lead, first, [(1, key), (2, key), (3, key)])
    dept = _Sheet("科室", [6, 14, 10, 10, 36, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("技术推广科", "科长", "邸砚峤", "middle", [
            ("优良品种示范园建设补助验收不实", "高", "示范园验收现场核查，补助面积公示。"),
            ("苗木采购中指定供苗单位", "中", "苗木采购公开比选，验收双人签字。"),
        ]),
        ("技术推广科", "推广员", "海来尔古", "general", [
            ("技术培训人数、天数虚报，套取培训经费", "中", "培训签到拍照上传，经费按实结算。"),
        ]),
        ("品牌质量科", "科长", "芮蕖汀", "middle", [
            ("绿色食品认证推荐把关不严", "中", "推荐材料实地核查，推荐结果集体研究。"),
        ]),
        ("综合科", "会计", "鄞稚棠", "general", [
            ("报销凭证审核不严，虚列会议费、培训费", "中", "报销凭证逐笔审核，每季度内部抽查。"),
            ("石榴品种资源库物资出入库不登记", "低", "物资出入库登记，账物每半年核对。"),
        ]),
    ]  # fmt: skip
    n = 0
    first = len(dept.rows)
    for d, post, who, tier, items in rows:
        for point, lv, measures in items:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "pomegranate_center_two_sheets", "http://www.615000.net/html/2006/Sub3_0516/90.html",
        "市石榴产业发展中心 岗位廉政风险防控表 in two sheets, after the source's page on 会理石榴 (石榴研究所, 农业局多经站, 优良品种"
        "示范园, 品种资源库, 石榴专业协会, 绿色食品): ``班子成员`` (姓名, 职务 and 分管工作 merged per leader, 风险点, 风险等级 高/"
        "中/低, 防控措施) and ``科室`` (科室 merged: 技术推广科, 品牌质量科, 综合科; 岗位 and 姓名 merged per person); a title on "
        "each; no type column",
        [lead, dept], t,
    )  # fmt: skip


def market_regulation_paged() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("排查表", [6, 16, 10, 10, 36, 12, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    header = (
        "序号",
        "股室（所）",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "备注",
    )
    sh.add(*header)
    food, device = "食品安全监管股", "特种设备安全监察股"
    lu, li = "鹿厂市场监管所", "黎溪市场监管所"
    rows = [
        ("局领导", "局长", "羊舌珩", "leader", [
            ("重大行政处罚案件个人决定", "制度机制风险", "一级", "重大案件经案审委员会集体审议。", None),
            ("插手干预抽检结果处理", "思想道德风险", "一级", "抽检不合格处置全程留痕，结果公开。", None),
        ]),
        ("局领导", "副局长", "仲孙沅芷", "leader", [
            ("食品生产许可审查走过场", "岗位职责风险", "二级", "许可现场核查两人以上，核查记录上传。", None),
        ]),
        (food, "股长", "晁翀湄", "middle", [
            ("小作坊专项整治中对问题作坊放任不管", "岗位职责风险", "二级", "整治台账销号管理，复查结果公示。", None),
            ("双随机抽查对象人为调整", "业务流程风险", "一级", "抽查对象系统随机产生，不得人工更改。", "新增"),
        ]),
        (device, "科员", "庾珮澜", "general", [
            ("特种设备检查中降低标准，接受使用单位宴请", "外部环境风险", "二级", "检查两人以上，检查结论集体复核。", None),
        ]),
        (lu, "所长", "勒尔子哈", "middle", [
            ("对农贸市场进货查验、合格证不落实的经营户不查处", "岗位职责风险", "二级", "巡查记录上传执法平台，局里每月抽查。", None),
            ("简易程序处罚罚款不入账", "制度机制风险", "一级", "罚没款一律通过银行缴纳，票款分离。", None),
        ]),
        (lu, "执法人员", "毌丘蔚霖", "general", [
            ("向经营户透露检查、抽检时间", "思想道德风险", "三级", "检查计划临时下达，执法记录仪全程记录。", None),
        ]),
        (li, "所长", "乐正曦棠", "middle", [
            ("投诉举报压案不办，泄露举报人信息", "业务流程风险", "二级", "举报件编号登记，办理时限系统监控。", "新增"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    page = 8  # the second printed page begins before this 序号, the heading typed again above it
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures, note in points:
            n += 1
            if n == page:
                _per_person(sh, first, 1, 2, 3)
                sh.add(*header)
                first = len(sh.rows)
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级；备注栏“新增”为本年度新增风险点。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "market_regulation_paged",
        "https://www.hkyyi.com/html/guang-ping-sheng-ying-shi-chang-jian-guan-ju-ru-he-shou-hu-she-jian-shang-de-an-quan.html",
        "市市场监督管理局 岗位廉政风险点排查表, after the source's 市场监管局 on 食品安全 (源头把控, 进货查验, 风险分级, 小作坊, 双随机"
        "一公开, 食用农产品合格证, 抽检): a title, then 序号/``股室（所）`` merged (局领导, 食品安全监管股, 特种设备安全监察股, 鹿厂"
        "市场监管所, 黎溪市场监管所)/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控"
        "措施/``备注`` (``新增`` on two rows); the heading typed again before 序号 8 where the second page begins, INSIDE "
        "the 所长 勒尔子哈's rows (序号 7 above it, 8 under it with his 股室, 岗位 and name typed again); a ``注：`` line and a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    medical_insurance_post_rosters(),
    agri_bureau_checklist(),
    education_bureau_duties(),
    natural_resources_leader_cards(),
    justice_bureau_self_checks(),
    civil_affairs_group_rows(),
    old_town_center_stars(),
    pomegranate_center_two_sheets(),
    market_regulation_paged(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch261-inbox"))
