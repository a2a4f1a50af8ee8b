"""The two-hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and public-service bodies, 米易县 (a county of 攀枝花 on the 安宁河, its staff Han, Yi and
Lisu) — its 撒莲镇中心卫生院, 白马镇中心学校, 丙谷镇综合文化站, 人民医院, 中医医院, 妇幼保健院, 体育中心,
麻陇彝族乡九年一贯制学校 and 第二初级中学 — each handing back the 一览表, 排查表, 防控卡, 清单,
责任清单 or 自查表 its staff typed in WPS or Excel, the rows about 药品和耗材采购, 新技术审批, 医保
打击欺诈骗保, 合理诊疗, 营养餐 食材 验收 and 留样, 进货台账 and 出入库清单, 书刊 and 设备 登记, 电子阅览室,
活动经费, 红包 and 回扣, 院外指定药店购药, 医德医风档案, 孕产妇 and 儿童 保健, 出生医学证明, 场馆
免费低收费开放, 包场, 商业性培训, 营养餐 资金 签领 and the 寄宿生 补助:

- the 撒莲镇中心卫生院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged (院领导, 医务科, 医保科, 药剂科, 财务科), ``岗位`` and ``姓名`` merged per person, ``…风险``
  types, 高/中/低, a 填表人/审核人/院长 line;
- the 白马镇中心学校's 食堂 排查表 对岗不对人 under a ``排查单位：…　排查时间：…`` line: ``岗位`` merged, a
  short ``风险点`` beside a long ``风险表现``, ``一级/二级/三级``, no type column, no names, a ``注：`` line
  and an 排查人/校长 line;
- the 丙谷镇综合文化站's 防控卡, one sheet a holder (tabs 站长, 文化专干, 图书管理员): ``持卡人 | … |
  职　务 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a
  ``持卡人（签字）：`` line and a ``监督电话`` line;
- the 人民医院's 排查表 in three sheets (临床科室, 医技科室, 行政后勤): ``科室 | 岗位 | 姓名 | 廉洁风险点 |
  风险类别 | 风险等级 | 防控措施``, ``科室`` merged, short types, ``高风险/中风险/低风险``;
- the 中医医院's 责任清单: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, a short ``风险点``
  beside a long ``风险描述``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 妇幼保健院's 清单 under GROUP ROWS ``一、院领导`` … merged across (no 科室 column): ``岗位`` and
  ``姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``;
- the 体育中心's 一览表 pasted page by page: the heading comes again on the second page, ``部门``,
  ``岗位`` and ``姓名`` written on every row, 高/中/低, no type column;
- the 麻陇彝族乡九年一贯制学校's 自查表, one sheet a person: a label row ``姓　名 | 性　别 | 所在处室 |
  职　务 | 填表时间`` over a row of values, then ``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施 |
  自查情况``, 高/中/低, ``本人签名：`` below.

One is harder:

- ``miyi_second_middle_school_titles``: the 第二初级中学's 一览表 as a school office types it for its
  teachers, with a ``职称`` column between ``姓名`` and the risk: ``序号 | 处室 | 岗位 | 姓名 | 职称 |
  廉政风险点 | 风险等级 | 防控措施``, the 职称 the teachers' professional grades ``正高级教师``, ``高级教师``,
  ``一级教师``, ``二级教师`` (and ``会计师`` for the 报账员), merged per person like the post and the name,
  while the level column beside the risk says 高/中/低. The README's 读得懂的表 knows level words found
  by content (``一级``, ``Ⅱ`` …) and a ``岗位风险等级`` that is the post's, not the point's; it does not
  describe a personnel column whose values (``一级教师``, ``二级教师``) carry level words but are a
  teacher's grade, neither a level, a post nor a point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇卫生院's meeting on 清廉医院 and the
医疗物资采购 专项整治 — 财务科, 党务办, 医务科, 医保科, 医技科, 药剂科, 新技术审批, 耗材采购, 打击欺诈骗保,
合理诊疗; a 县教育局's 营养改善计划 督查 of a 中心学校 — 操作间, 储藏室, 食品留样, 菜品公示, 购货凭证,
进货台账, 出入库清单; a 镇文化站's rules — 书刊阅览室, 电子阅览室, 培训教室, 多功能活动厅, 设备登记,
站长负责制, 专人保管; a 县 creating ``无红包医院`` — 收受红包, 以各种名义收受钱物, 举报; a 市人民医院
refusing 红包 — 纪检监察月例会, 医德医风档案, 院外指定药店购药, 回扣; a 市第九医院's notice on
``无红包医院`` and its ``e之廉`` 监督举报平台; a 县体育中心's 免费低收费开放 通告 — 场内 and 场外, 包场,
商业性培训, 优惠政策, 责任人; a 九年一贯制学校's 营养餐 资金使用方案 — 班主任 签领册, 食堂专用账,
食堂管理员, 后勤主任 and a teacher together; a 市 running 营养餐 as a ``阳光工程`` — 大宗商品 招投标
统一采购, 过磅, 验收人 签字, 寄宿生 补助) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, a few Yi and Lisu names as a 攀枝花 county's staff carry them); every unit is a body of 米易县.

Run ``python tests/published/score.py --set batch275`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``职称`` column is no level, no post and no point: the level of each point
  is the ``风险等级`` beside it; the post is the ``岗位``, the holder the ``姓名``;
- ``院领导``, ``校级领导`` and ``中心领导``: a 卫生院's and a hospital's ``院领导`` (a 科室 cell, a
  group row), a school's ``校级领导`` (a 处室 cell, a self-check's 所在处室), a 体育中心's ``中心领导`` are the
  科室 of those leaders; a hospital's 科, 室 and 部, a school's 处 and 食堂, a 中心's 部 are 科室; the
  文化站's cards name no 科室 (the 站 is too small to have any): their 科室 is blank;
- 院长, 副院长, 校长, 副校长, 站长, the 主任 and 副主任 of the 体育中心 are leaders; 科主任, 科长, 护士长,
  the 主任 of a 处 or 部 and the 后勤主任 middle; the rest (食堂管理员, 医师,
  药师, 会计, 出纳, 收费员, 医保专干, 文化专干, 图书管理员, 采购员, 保管员, 报账员, 班主任, 场馆管理员,
  检验师, 护士) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``工作环节`` and
  ``自查情况`` are no points and name no holder; the 白马镇 canteen list names no person (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
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

PREFIX = "b275_"
PLACE = "米易县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
TITLES = ("正高级教师", "高级教师", "一级教师", "二级教师", "会计师")
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

# (处室, 岗位, 姓名, 职称, tier, [(廉政风险点, 风险等级, 防控措施)])
TEACHERS = [
    ("校级领导", "校长", "禤霁峦", "正高级教师", "leader", [
        ("营养餐大宗食材供应商由个人指定，不经集体研究", "高",
         "米、油、冷冻食品等大宗食材执行县教育局招投标统一采购，校内补充采购经校务会研究。"),
        ("寄宿生生活补助名单审核把关不严，虚报冒领", "高", "补助名单班级评议、学校审核，在校务公开栏公示五个工作日。"),
    ]),
    ("校级领导", "副校长", "眭澜岫", "高级教师", "leader", [
        ("教师职称推荐量化赋分不公开，优亲厚友", "中", "赋分细则提前公布，推荐结果经学校职称推荐小组集体审定并公示。"),
    ]),
    ("教务处", "主任", "蒯珂湲", "一级教师", "middle", [
        ("教辅资料征订搭车推荐，收取回扣", "高", "教辅资料坚持“一科一辅”自愿征订，书目经学校集体研究确定。"),
        ("学籍异动办理不按程序，违规接收借读生", "中", "学籍异动凭有效材料办理，转入转出名单每学期公示。"),
    ]),
    ("总务处", "主任", "勾汐淼", "一级教师", "middle", [
        ("食材过磅验收走过场，斤两不足照单签收", "高", "食材每日过磅，三名验收人在采购清单上共同签字。"),
        ("校舍维修项目化整为零，规避比选", "中", "维修项目按限额标准比选，结算经学校审计小组复核。"),
    ]),
    ("总务处", "报账员", "乜沄婕", "会计师", "general", [
        ("营养餐专项资金与食堂经费混用", "中", "营养餐资金分账核算，每月与食堂台账核对并公示收支。"),
        ("报销票据审核不严，虚列支出", "低", "票据经手人、验收人、审批人三签，每季度自查。"),
    ]),
    ("政教处", "班主任", "阿苏莫伍", "二级教师", "general", [
        ("向学生家长推销教辅、收受家长礼品", "低", "签订廉洁从教承诺书，家长监督电话公开。"),
    ]),
]  # fmt: skip


def miyi_second_middle_school_titles() -> dict:
    unit = f"{PLACE}第二初级中学"
    sh = _Sheet("一览表", [6, 10, 10, 10, 12, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "处室", "岗位", "姓名", "职称", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, grade, tier, points in TEACHERS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, grade, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "miyi_second_middle_school_titles",
        "http://caoliu14.com/ygsn/2014-03/18/content_13707105.htm",
        "(harder) 县第二初级中学 岗位廉政风险防控一览表, after the source's 市 running 营养餐 as a 阳光工程 (大宗商品 招投标 "
        "统一采购 by the 教育局, 过磅, three 验收人 signing the 采购清单, 寄宿生 补助): a title, a merged ``填报单位：…　填报时间：…`` "
        "line, then ``序号 | 处室 | 岗位 | 姓名 | 职称 | 廉政风险点 | 风险等级 | 防控措施`` — 处室 merged (校级领导, 教务处, 总务处, "
        "政教处), 岗位, 姓名 and a ``职称`` column merged per person holding the teachers' grades ``正高级教师``, ``高级教师``, "
        "``一级教师``, ``二级教师`` (``会计师`` for the 报账员) — level words inside a personnel column; the level column 高/中/低; "
        "no type column; a ``注：`` line and a 填表人/审核人/校长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def miyi_salian_health_center_list() -> dict:
    unit = f"{PLACE}撒莲镇中心卫生院"
    sh = _Sheet("一览表", [6, 10, 10, 10, 36, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "厍沛岚", "leader", [
            ("药品、耗材采购品种和供应商由个人决定", "制度机制风险", "高", "采购品种经药事管理小组集体研究，供应商从省平台遴选。"),
            ("插手基建维修项目发包", "思想道德风险", "高", "基建维修项目按规定比选，纪检员全程参与。"),
        ]),
        ("院领导", "副院长", "鄂昀洲", "leader", [
            ("临床新技术审批把关不严", "岗位职责风险", "中", "新技术准入经医疗质量管理委员会论证并报县卫健局备案。"),
        ]),
        ("医务科", "科长", "隗曼蓁", "middle", [
            ("对不合理诊疗、大处方放任不管", "岗位职责风险", "中", "每月处方点评，结果与绩效挂钩。"),
        ]),
        ("医保科", "医保专干", "沙玛阿牛", "general", [
            ("为参保人虚记诊疗项目，套取医保基金", "业务流程风险", "高", "医保结算清单与医嘱逐项核对，每月自查欺诈骗保问题。"),
            ("降低住院标准收治病人", "业务流程风险", "中", "入院指征由科室主任复核，医保科抽查在院病人。"),
        ]),
        ("药剂科", "药师", "郜芷澄", "general", [
            ("药品入库验收不严，数量与发票不符", "岗位职责风险", "中", "入库双人验收，入库单与发票逐单核对。"),
            ("收受医药代表好处，统方", "外部环境风险", "高", "信息系统统方权限专人管理，医药代表进院登记。"),
        ]),
        ("财务科", "会计", "甯霏翎", "general", [
            ("医疗收入不及时入账", "制度机制风险", "低", "收入日清日结，财务科与收费室每日对账。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "miyi_salian_health_center_list", "http://m.gxcounty.com/show-20-179551-0.html",
        "镇中心卫生院 岗位廉政风险防控一览表, after the source's 镇卫生院 meeting on 清廉医院 and the 医疗物资采购 专项整治 "
        "(财务科, 党务办, 医务科, 医保科, 医技科, 药剂科; 新技术审批, 耗材采购, 打击欺诈骗保, 合理诊疗): ``附件1``, a title, "
        "a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, 序号/科室 merged (院领导, 医务科, 医保科, 药剂科, 财务科)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/高/中/低/防控措施; a 填表人/审核人/院长 line",
        [sh], t,
    )  # fmt: skip


def miyi_baima_school_canteen() -> dict:
    unit = f"{PLACE}白马镇中心学校"
    sh = _Sheet("排查表", [6, 12, 20, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}食堂廉政风险点排查表", 6)
    _line(sh, f"排查单位：{unit}{GAP * 10}排查时间：2025年6月", 6)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("校长", "leader", "食堂管理失察", "对食堂采购、验收、留样不过问，营养餐落实“打折扣”", "一级",
         "校长每周陪餐并检查食堂台账，问题限期整改。"),
        ("校长", "leader", "供餐企业选择不公", "不按规定确定供餐企业和食材供应商，搞“熟人生意”", "一级",
         "供应商按县教育局统一招标确定，学校不另行指定。"),
        ("后勤主任", "middle", "进货台账不实", "购货凭证与进货台账、出入库清单数量不一致", "二级",
         "购货凭证、进货台账、出入库清单每周三方核对。"),
        ("后勤主任", "middle", "菜品公示走过场", "公示菜品与实际供应不符，降低供餐标准", "二级",
         "每日菜品公示拍照存档，家长委员会不定期抽查。"),
        ("食堂管理员", "general", "食品留样不规范", "留样不足量、不足时，出现问题无法追溯", "三级",
         "每餐每样留样125克以上，冷藏48小时，专人登记。"),
        ("采购员", "general", "食材以次充好", "收受供应商好处，验收时对质次价高食材放行", "一级",
         "采购与验收分离，验收由两名以上教师参加。"),
        ("保管员", "general", "储藏室物资出入不登记", "米、油等物资出库不登记，造成流失", "二级",
         "出入库逐笔登记，月末盘点，账实相符。"),
        ("会计", "general", "膳食补助资金挤占挪用", "在食堂经费中列支教职工伙食、招待费", "一级",
         "营养餐资金专账核算，每学期向教代会报告收支。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级一级为高风险，二级为中风险，三级为低风险。本表对岗不对人。", 6)
    sh.add("排查人：", None, None, "校长（签字）：", None, None)
    return _layout(
        "miyi_baima_school_canteen",
        "http://www.thedullerimage.com/news/detail/801/254048.html",
        "镇中心学校 食堂廉政风险点排查表 对岗不对人, after the source's 县教育局 营养改善计划 督查 of a 中心学校 (操作间, 储藏室, "
        "食品留样, 菜品公示, 购货凭证, 进货台账, 出入库清单, ``四不两直``): a title, a merged ``排查单位：…　排查时间：2025年6月`` "
        "line, 序号/岗位 merged/a short 风险点/a long 风险表现/``一级/二级/三级``/防控措施; no 科室, no names, no type column; a "
        "``注：`` line and an 排查人/校长 line",
        [sh], t,
    )  # fmt: skip


def miyi_binggu_culture_station_cards() -> dict:
    unit = f"{PLACE}丙谷镇综合文化站"
    t = _Truth(unit)
    cards = [
        ("站长", "晁屿蘅", "站长", "leader", [
            ("免费开放补助资金使用不按预算", "Ⅰ级", "资金使用经镇党委会研究，支出明细每半年公示。"),
            ("群众文化活动经费虚报参加人数", "Ⅱ级", "活动签到和照片存档，经费凭清单报销。"),
        ]),
        ("文化专干", "巴莫依果", "文化专干", "general", [
            ("培训教室、多功能活动厅出借收费不入账", "Ⅱ级", "场地使用登记，一律不收费，出借经站长审批。"),
            ("文艺团队扶持对象确定优亲厚友", "Ⅲ级", "扶持对象按条件评选并在站内公示。"),
        ]),
        ("图书管理员", "嵇岫珩", "图书管理员", "general", [
            ("书刊、电子阅览室设备登记不全，私自外借", "Ⅱ级", "设备财产统一登记建档，外借须站长签字。"),
            ("报刊征订搭车订阅", "Ⅲ级", "征订目录报站长审定，订阅清单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in cards:
        sh = _Sheet(tab, [6, 40, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "2025年5月", None)
        _line(sh, "监督电话：0812-81xxxxx（镇纪委）", 4)
        sheets.append(sh)
    return _layout(
        "miyi_binggu_culture_station_cards", "http://qhshcj.com/html/tiyuwenda/6393.html",
        "镇综合文化站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 文化专干, 图书管理员), after the source's 镇文化站 rules "
        "(书刊阅览室, 教育培训室, 电子阅览室, 多功能活动厅, 设备 登记建档, 站长负责制, 专人保管): a title, ``持卡人 | … | 职　务 | …``, "
        "then ``序号 | 风险点 | 风险等级 | 防控措施``, ``Ⅰ级/Ⅱ级/Ⅲ级``; no 科室, no type column; a ``持卡人（签字）： | 2025年5月`` "
        "line and a merged ``监督电话：…`` line",
        sheets, t,
    )  # fmt: skip


def miyi_peoples_hospital_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    head = ("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    parts = [
        ("临床科室", [
            ("外科", "科主任", "蔺朔桐", "middle", [
                ("收受患者及家属“红包”", "思想道德", "高风险", "签订拒收红包承诺书，发现一起查处一起。"),
                ("引导患者到院外指定药店购药", "外部环境", "高风险", "院外购药处方专项点评，纳入医德医风档案。"),
            ]),
            ("外科", "护士长", "逄絮宁", "middle", [
                ("高值耗材使用登记不实", "业务流程", "中风险", "高值耗材条码管理，使用与收费逐条核对。"),
            ]),
            ("内科", "医师", "毋苡丞", "general", [
                ("开大处方、搭车开药", "岗位职责", "中风险", "处方点评每月公示，超常处方约谈。"),
            ]),
        ]),
        ("医技科室", [
            ("检验科", "科主任", "郦霁野", "middle", [
                ("试剂采购指定品牌，收受回扣", "外部环境", "高风险", "试剂采购经医院采购领导小组集体研究。"),
            ]),
            ("影像科", "技师", "吉克曲铁", "general", [
                ("检查结果迁就关系人，出具不实报告", "思想道德", "中风险", "报告双签审核，疑难病例集体阅片。"),
            ]),
        ]),
        ("行政后勤", [
            ("设备科", "科长", "阚溯淇", "middle", [
                ("大型设备论证走过场，参数倾向特定厂家", "制度机制", "高风险", "论证邀请院外专家，参数经纪检、审计联合审核。"),
            ]),
            ("财务科", "收费员", "闾漪菡", "general", [
                ("退费不按程序，截留现金", "业务流程", "中风险", "退费凭科室签字单办理，每日对账。"),
                ("私自减免患者费用", "岗位职责", "低风险", "减免须经分管院长审批，系统留痕。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, rows in parts:
        sh = _Sheet(tab, [6, 10, 10, 10, 34, 10, 10, 34])
        _line(sh, f"{unit}医务人员廉洁从业风险排查表（{tab}）", 8)
        sh.add(*head)
        first = len(sh.rows)
        n = 0
        for dept, post, who, tier, points in rows:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, 1, 2, 3)
        sh.add("科室负责人（签字）：", None, None, "纪检监察室：", None, None, "2025年8月", None)
        sheets.append(sh)
    return _layout(
        "miyi_peoples_hospital_sheets",
        "http://minhou.gov.cn/xjwz/zwgk/zdlyxxgk/jdjc/yljg/202207/t20220714_4397847.htm",
        "县人民医院 医务人员廉洁从业风险排查表 in three sheets (临床科室, 医技科室, 行政后勤), after the source's 县 creating "
        "``无红包医院`` (收受红包, 以各种名义收受服务对象钱物, 监督举报): each a title ``…排查表（临床科室）``, then ``序号 | 科室 | 岗位 | "
        "姓名 | 廉洁风险点 | 风险类别 | 风险等级 | 防控措施``, 科室 merged, 岗位 and 姓名 merged per person, short types, "
        "``高风险/中风险/低风险``; a 科室负责人/纪检监察室/date line under each",
        sheets, t,
    )  # fmt: skip


def miyi_tcm_hospital_register() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("责任清单", [6, 12, 10, 10, 20, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "卞澍岑", "leader", [
            ("纪检监察月例会流于形式", "对科室廉政风险不研判、不通报，问题线索不处理", "★★",
             "每月召开纪检监察例会，问题线索登记销号。"),
            ("中药饮片供应商遴选干预", "为特定供应商打招呼，影响遴选结果", "★★★", "遴选由采购领导小组集体决定，全程记录。"),
        ]),
        ("药剂科", "科主任", "邴沅芷", "middle", [
            ("中药饮片验收降低标准", "对掺杂使假、以次充好的饮片照单入库", "★★★", "饮片入库抽样检验，验收双人签字。"),
            ("统方", "为医药代表提供医师用药数量", "★★★", "统方权限专人管理，查询日志每月审查。"),
        ]),
        ("针灸推拿科", "医师", "仉霂晞", "general", [
            ("诱导患者做不必要的理疗项目", "超适应证开具理疗、重复收费", "★★", "理疗项目与病历记录逐月抽查。"),
        ]),
        ("医保办", "科长", "敖汀蕤", "middle", [
            ("医保违规费用不追回", "对检查发现的违规费用不扣减、不追回", "★★", "违规费用扣减台账公示，纳入科室考核。"),
        ]),
        ("总务科", "采购员", "贲珈屹", "general", [
            ("后勤物资采购价格虚高", "不询价或询价走过场，采购价格明显高于市场价", "★★", "三家询价，采购结果院内公示。"),
            ("物资验收不实", "采购与验收为同一人，数量不足照单签收", "★", "采购、验收、保管分离，每季度盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("制表：纪检监察室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "miyi_tcm_hospital_register",
        "http://www.huaibeihosp.cn//list/22b87a7c2ec44c0fa118a0d4ce3c7120/5014.html",
        "县中医医院 廉政风险防控责任清单, after the source's 市人民医院 refusing 红包 (纪检监察月例会, 医德医风档案, 院外指定药店"
        "购药, 回扣, 诫勉 and 提醒谈话): a title, 序号/科室 merged (院领导, 药剂科, 针灸推拿科, 医保办, 总务科)/岗位 and ``责任人`` "
        "merged per person/a short 风险点/a long 风险描述/``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the "
        "stars and a ``制表：纪检监察室 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def miyi_maternal_child_groups() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("风险清单", [6, 12, 10, 38, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点清单", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "冼澈妤", "leader", [
                ("重大事项不经院务会集体研究", "制度机制", "一级风险", "严格执行“三重一大”制度，会议纪要存档。"),
            ]),
            ("副院长", "濮珝澜", "leader", [
                ("设备采购参数设置倾向特定品牌", "岗位职责", "一级风险", "参数论证公开，纪检人员全程参与。"),
            ]),
        ]),
        ("二、孕产保健部", "孕产保健部", [
            ("主任", "尉迟沐岚", "middle", [
                ("出生医学证明签发把关不严", "业务流程", "一级风险", "签发实行双人审核，空白证件专人保管。"),
                ("孕产妇建档信息泄露", "思想道德", "二级风险", "信息系统分级授权，查询留痕。"),
            ]),
        ]),
        ("三、儿童保健部", "儿童保健部", [
            ("护士长", "靳湄汐", "middle", [
                ("疫苗出入库登记不实", "业务流程", "二级风险", "疫苗出入库扫码登记，每月盘点。"),
            ]),
            ("医师", "宓晗樾", "general", [
                ("向家长推荐院外保健品", "外部环境", "二级风险", "推荐院外产品列入负面清单，家长可扫码举报。"),
            ]),
        ]),
        ("四、财务科", "财务科", [
            ("出纳", "亢涟漪", "general", [
                ("收费现金不及时存入银行", "制度机制", "三级风险", "现金当日解缴，财务科长每周核查。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        person = lambda row: (row[1], row[2])  # noqa: E731
        _merge_down(sh, first, [(1, person), (2, person)])
    _line(
        sh,
        "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。举报请登录“e之廉”监督举报平台。",
        7,
    )
    sh.add("编制人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "miyi_maternal_child_groups", "https://nbsdjyy.com/art/2024/1/5/art_10766_636114.html",
        "县妇幼保健院 岗位廉洁风险点清单, after the source's 市第九医院 notice on ``无红包医院`` 创建提质 (红包, 礼品, 有价证券, "
        "``e之廉`` 监督举报平台): a title, ``序号 | 岗位 | 姓名 | 廉洁风险点 | 风险类型 | 风险等级 | 防控措施`` under GROUP ROWS "
        "``一、院领导``, ``二、孕产保健部``, ``三、儿童保健部``, ``四、财务科`` merged across (no 科室 column), 岗位 and 姓名 merged per "
        "person, short types, ``一级风险/二级风险/三级风险``; a ``注：`` line and an 编制人/审核人/院长 line",
        [sh], t,
    )  # fmt: skip


def miyi_sports_center_paged() -> dict:
    unit = f"{PLACE}体育中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 36, 8, 34])
    t = _Truth(unit)
    header = ("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add(*header)
    rows = [
        ("中心领导", "主任", "闻人澍青", "leader", "场馆委托运营单位确定未经集体研究", "高",
         "委托运营经中心办公会研究并报县文广旅局审批。"),
        ("中心领导", "副主任", "阙沂蓁", "leader", "大型赛事活动经费支出审核不严", "中",
         "赛事经费预算报批，支出凭合同和清单报销。"),
        ("场馆运营部", "部长", "訾棠溪", "middle", "低收费时段违规提高收费标准", "高",
         "收费标准在场馆入口公示，票据统一印制。"),
        ("场馆运营部", "部长", "訾棠溪", "middle", "默许商业性培训占用免费开放时段", "中",
         "免费开放时段不得安排培训，巡查记录存档。"),
        ("场馆运营部", "场馆管理员", "俄木石且", "general", "包场费收取不入账", "高",
         "包场一律签订协议，费用转入中心对公账户。"),
        ("场馆运营部", "场馆管理员", "俄木石且", "general", "优惠对象核验不严，为熟人免费入场", "低",
         "半价和免费入场凭有效证件登记。"),
        ("综合办公室", "会计", "郗芃羲", "general", "场馆维修费用虚列", "中",
         "维修项目现场验收，结算经审计复核。"),
        ("综合办公室", "出纳", "谯霖晔", "general", "现金收入坐支", "低", "现金收入当日存行，不得坐支。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        if i == 5:  # pasted page by page: the heading comes again on the second page
            sh.add(*header)
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "填报日期：2025年3月", None)
    return _layout(
        "miyi_sports_center_paged", "https://www.shucheng.gov.cn/zwzx/gsgg/34954028.html",
        "县体育中心 廉政风险防控一览表, after the source's 县体育中心 免费低收费开放 通告 (场内, 场外, 包场需提前预定, 禁止商业性"
        "培训, 学生和老年人半价, 监督电话, 责任人): a title, then ``序号 | 部门 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` with "
        "部门, 岗位 and 姓名 written on EVERY row (no merges), 高/中/低, the heading repeated before row 5 (pasted page by page); no "
        "type column; a blank row and a 填报人/审核人/填报日期 line",
        [sh], t,
    )  # fmt: skip


def miyi_malong_school_selfchecks() -> dict:
    unit = f"{PLACE}麻陇彝族乡九年一贯制学校"
    t = _Truth(unit)
    people = [
        ("校长", "苴以沫", "女", "校级领导", "校长", "leader", [
            ("营养餐资金使用", "营养餐资金提取不经校长、后勤主任和教师代表共同在场", "高",
             "资金提取三人在场、签字，用多少提多少。", "已落实"),
            ("食堂承包", "变相将食堂对外承包", "高", "食堂学校自办自管，不得外包。", "未发现问题"),
        ]),
        ("后勤主任", "郈沣淇", "男", "后勤处", "后勤主任", "middle", [
            ("食材采购", "食材采购不比价，价格高于市场", "中", "每周市场询价，价格在食堂公示。", "已落实"),
            ("等值餐核算", "供应食品与应供等值餐价值不符", "中", "每日核算等值餐成本，师生代表监督。", "已整改"),
        ]),
        ("食堂管理员", "吉伍克惹", "男", "后勤处", "食堂管理员", "general", [
            ("签领册管理", "班主任签领册登记不全，多领少发", "中", "签领册按班级逐日登记，月末与食堂专用账核对。", "已落实"),
            ("食堂专用账", "食堂专用账与学校账目混用", "低", "食堂专账核算，每月公示收支。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 14, 34, 9, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", "性　别", "所在处室", "职　务", "填表时间", None)
        sh.add(who, sex, dept, post, "2025年10月", None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (step, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "处室负责人意见：", None, "校长审核：", None)
        sheets.append(sh)
    return _layout(
        "miyi_malong_school_selfchecks", "https://m.wenku365.com/p-52226469.html",
        "乡九年一贯制学校 岗位廉政风险自查表, one sheet a person (tabs 校长, 后勤主任, 食堂管理员), after the source's 九年一贯制"
        "学校 营养餐 资金使用方案 (班主任 签领册, 食堂专用账, 用多少提取多少, 校长同意, 食堂管理员 and 后勤主任 and a teacher "
        "together, 等值餐): a title, a label row ``姓　名 | 性　别 | 所在处室 | 职　务 | 填表时间`` over a row of values, then "
        "``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施 | 自查情况``, 高/中/低, no type column; a blank row and "
        "``本人签名： | 处室负责人意见： | 校长审核：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    miyi_second_middle_school_titles(),
    miyi_salian_health_center_list(),
    miyi_baima_school_canteen(),
    miyi_binggu_culture_station_cards(),
    miyi_peoples_hospital_sheets(),
    miyi_tcm_hospital_register(),
    miyi_maternal_child_groups(),
    miyi_sports_center_paged(),
    miyi_malong_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch275-inbox"))
