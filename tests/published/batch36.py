"""A thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: OTHER WORDS AND SCALES FOR LEVELS AND TYPES, as offices write
them — colours, 重大/较大/一般, letters with 级, star counts, 一类/二类/三类, a score with bands —
each defined where the sheet defines it (a 注 under the table, a line above it, the heading cell
itself, a 填表说明 sheet), and types written as 道德风险/制度风险/岗位风险/外部风险/业务风险, several
in one cell. Units: 国有企业, 医院, 学校, 市场监管所, 税务分局:

- a 发展投资集团 (国企) 排查表 whose levels are the colours ``红色``/``橙色``/``黄色``, defined by a 注
  under the table, and types ``道德风险``/``制度风险``/``岗位风险``/``外部风险`` (two in some cells);
- a 天然气公司 (国企) 防控表 whose ``风险星级`` runs over FIVE star counts (``★``…``★★★★★``), the 注
  putting four and five stars in 高, three in 中, one and two in 低 — so ``★★★`` is 中 here;
- a 企业医院 排查表 with levels ``重大风险``/``较大风险``/``一般风险`` (no legend) and two types in one
  cell on two lines (``道德风险⏎岗位风险``);
- a 人民医院 一览表 with no names (对岗不对人) whose levels are ``红色``/``黄色``/``蓝色``, defined by a
  line ABOVE the heading (``风险等级标识:红色—高风险;…``);
- a 初级中学 排查表 whose level heading carries its own legend (``风险等级⏎（A级为高、B级为中、C级为
  低）``), levels ``A级``/``B级``/``C级``, and types sharing one ``风险`` (``道德、岗位风险``);
- a 市场监督管理所 一览表 (the 所 named in the title after the 局) whose ``风险类别`` column holds the
  levels ``一类风险``/``二类风险``/``三类风险`` (the 注 says 一类 is 高), and no type column;
- a 市场监督管理所 自查表, one sheet per person (所长, 监管员), the header block naming the holder,
  levels ``严重``/``较重``/``一般`` (no legend) under ``风险程度``, types ``道德、岗位风险``;
- a 税务分局 workbook whose FIRST sheet is a 填表说明 defining the colours ``红``/``黄``/``绿`` and the
  type words, the 排查表 on the second sheet using them.

One is harder:

- ``tax_branch_score_bands``: a 税务分局 排查表 with NO level column: a ``风险评估`` group over
  ``发生概率`` | ``影响程度`` (1–3 each) | ``风险值`` (their product, 1–9), and a 注 giving the bands
  (6–9 高, 3–4 中, 1–2 低) — so a ``3`` is 中 and a ``2`` is 低, and the 1–3 digits beside it are not
  levels.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 发展投资集团's 廉政风险防范
管理办法, a 城投 能源集团's 燃气工程 廉洁进项目, an enterprise hospital's 廉政风险网格, a 人民医院's 廉洁
从业 实施方案, a 区教育局's call for 校园餐/教辅/校服 clues, a 市场监督管理所's 工作部署会, a 工商所
所长's 述职述廉 before the traders he supervises, a province's 税源专业化管理 方案 and a 区国税局's) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented.

Run ``python tests/published/score.py --set batch36`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b36_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a level word outside the vocabulary is the level the sheet's own legend gives it, wherever the
  legend stands: a 注 under the table, a line between the title and the heading, the heading cell,
  a 填表说明 sheet of the same workbook. Colours WITH such a legend are levels (batch3 and batch12
  gave colours ``None``; here every colour has a legend and the legend is followed);
- a legend that defines words the vocabulary knows otherwise wins: ``★★★`` is 中 where the 注
  counts five stars, a 风险值 ``3`` is 中 and ``1`` is 低 where the 注 gives the bands;
- without a legend only scales anyone reads alike: ``重大/较大/一般`` and ``严重/较重/一般`` are 1/2/3;
- a ``风险类别`` column of ``一类风险``/``二类风险``/``三类风险`` is the level column (the 注 says so), not
  the type: such a table has no type column (types []);
- 发生概率 and 影响程度 (1–3) are what the 风险值 is made of, no level;
- ``道德风险`` is 思想道德, ``制度风险`` 制度机制, ``岗位风险`` 岗位职责, ``外部风险`` 外部环境, ``业务风险``
  业务流程; ``道德、岗位风险`` names two types (the ``风险`` shared), as ``道德风险⏎岗位风险`` does;
- a 填表说明 sheet holds no points and names no holder;
- a 单位 field naming the 局 and its 所 (``XX县市场监督管理局清河市场监督管理所``) gives the 所 as the
  科室 of the form, as a title naming the 所 after the 局 does (batch28).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.layouts import _layout, _Sheet, _Truth, person_rows
from published.layouts import build as _build

PREFIX = "b36_"
# the type words of this batch, as the sheets write them, and the short names they stand for
TYPE_WORDS = {"道德": "思想道德", "制度": "制度机制", "岗位": "岗位职责", "外部": "外部环境",
              "业务": "业务流程"}  # fmt: skip
COLOURS_ROY = {"红色": 1, "橙色": 2, "黄色": 3}  # soe_invest_colour_legend_below, its 注
COLOURS_RYB = {"红色": 1, "黄色": 2, "蓝色": 3}  # hospital_colour_legend_above, its line above
COLOURS_RYG = {"红": 1, "黄": 2, "绿": 3}  # tax_branch_colour_instructions, its 填表说明
LETTERS = {"A级": 1, "B级": 2, "C级": 3}  # school_letters_legend_in_heading, its heading
CLASSES = {"一类风险": 1, "二类风险": 2, "三类风险": 3}  # market_station_class_column, its 注
MAJOR = {"重大风险": 1, "较大风险": 2, "一般风险": 3}  # no legend
SERIOUS = {"严重": 1, "较重": 2, "一般": 3}  # no legend
TIER = {"部长": "middle", "主任": "middle", "项目经理": "middle", "科主任": "middle",
        "科长": "middle", "处长": "middle", "护士长": "middle", "总务主任": "middle",
        "教务主任": "middle", "政教主任": "middle", "所长": "middle", "副所长": "middle",
        "分局长": "middle", "股长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def stars_level(cell: str) -> int:
    """The 注 of ``gas_company_five_stars``: four or five stars 高, three 中, one or two 低."""
    n = cell.count("★")
    return 1 if n >= 4 else 2 if n == 3 else 3


def band_level(value: int) -> int:
    """The 注 of ``tax_branch_score_bands``: 风险值 6–9 高, 3–4 中, 1–2 低."""
    return 1 if value >= 6 else 2 if value >= 3 else 3


def types_of(cell: str) -> list[str]:
    """The short type names a cell of this batch names, in order: each ``道德``/``制度``/``岗位``/
    ``外部``/``业务`` before a ``风险`` (its own or one shared: ``道德、岗位风险``)."""
    return [TYPE_WORDS[w] for w in re.findall("|".join(TYPE_WORDS), cell or "")]


def _note(sh: _Sheet, text: str, ncols: int) -> None:
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)


# --------------------------------------------------------------------------- harder layout


def tax_branch_score_bands() -> dict:
    unit = "国家税务总局XX县税务局"
    branch = "城区税务分局"
    sh = _Sheet("排查表", [5, 12, 9, 32, 16, 8, 8, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}{branch}岗位廉政风险点排查表", 9)
    r = sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险评估", None, None, "防控措施")
    sh.add(None, None, None, None, None, "发生概率", "影响程度", "风险值", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    people = [
        ("分局长", "苏建平", [
            ("对纳税人违法行为处罚畸轻畸重", "岗位风险", 3, 3, "执行处罚裁量基准,重大案件集体审理。"),
            ("违规干预纳税评估结论", "道德风险、岗位风险", 2, 3, "评估结论由评估岗独立作出,干预一律登记。"),
        ]),
        ("日常监管岗", "罗敏", [
            ("漏征漏管户清理不及时,人情管户", "岗位风险", 2, 2, "每月比对登记信息,清理结果上报。"),
            ("违规为纳税人代开发票", "制度风险", 3, 2, "代开发票系统审核,每周抽查。"),
        ]),
        ("审批核查岗", "郑浩", [
            ("增值税留抵退税核查不实", "业务风险", 3, 3, "实地核查两人以上,核查报告分局长审签。"),
            ("核查中接受纳税人宴请", "道德风险、外部风险", 1, 3, "核查前签订廉洁承诺,纳税人回访。"),
        ]),
        ("纳税评估岗", "唐晓琳", [
            ("评估约谈中泄露企业涉税信息", "岗位风险", 1, 2, "约谈在约谈室进行,全程录音录像。"),
            ("评估补税降格处理", "道德风险", 2, 2, "补税结论复核,案卷随机评查。"),
        ]),
        ("日常检查岗", "魏刚", [
            ("检查中选择性取证", "岗位风险", 1, 1, "检查取证双人进行,执法记录仪全程记录。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, items in people:
        for point, typ, chance, harm, measures in items:
            n += 1
            value = chance * harm
            recs.append([n, post, who, point, typ, chance, harm, value, measures])
            t.point(sh.name, branch, post, who, _tier(post), point, types_of(typ),
                    band_level(value))  # fmt: skip
    person_rows(sh, recs, None, (1, 2))
    sh.add()
    _note(sh, "注:发生概率、影响程度按1—3分评定,风险值=发生概率×影响程度;风险值6—9为高风险,"
          "3—4为中风险,1—2为低风险。", 9)  # fmt: skip
    sh.add("分局长签字:", None, None, "填报日期:2024年5月", None, None, None, None, None)
    return _layout(
        "tax_branch_score_bands", "https://www.520zcw.cn/article/wcezwe",
        "(harder) 税务分局 排查表 after the source's 税源专业化管理 方案 (日常监管岗、审批核查岗、纳税评估岗、日常"
        "检查岗; 税收管理员, 分局): the 分局 named in the title after the 县局; 岗位/姓名 merged per person; types "
        "道德风险/制度风险/岗位风险/外部风险/业务风险 (two in some cells); NO level column: 风险评估 merged over "
        "发生概率 | 影响程度 (1–3) | 风险值 (their product 1–9) under a two-row heading; a 注 giving the bands "
        "6–9 高, 3–4 中, 1–2 低 (so 3 is 中, 2 is 低); sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def soe_invest_colour_legend_below() -> dict:
    unit = "XX县发展投资集团有限公司"
    sh = _Sheet("排查表", [5, 12, 10, 9, 34, 16, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("工程管理部", "部长", "罗建新", "工程变更签证审核把关不严,虚增工程量", "岗位风险", "红色",
         "变更签证实行监理、跟踪审计、部门三方会签。"),
        ("工程管理部", "部长", "罗建新", "指定分包单位或材料供应商", "道德风险、外部风险", "红色",
         "分包和材料采购进集团采购平台,纪检全程监督。"),
        ("工程管理部", "造价员", "邱晓燕", "结算审核中与施工单位串通高估冒算", "岗位风险、道德风险", "橙色",
         "结算送第三方审计,审减情况通报。"),
        ("融资部", "部长", "汤立明", "融资中介机构选择不公开,收受中介费", "制度风险、外部风险", "红色",
         "中介机构比选经集团党委会研究。"),
        ("融资部", "部长", "汤立明", "融资资金使用台账不清", "制度风险", "黄色", "建立融资资金台账,每季度对账。"),
        ("资产运营部", "资产管理员", "傅晓东", "经营性资产出租不公开招租,低价出租给关系人", "岗位风险", "橙色",
         "资产出租进产权交易平台公开招租。"),
        ("资产运营部", "资产管理员", "傅晓东", "租金催收不力,长期欠缴不报告", "岗位风险", "黄色",
         "租金台账按月核对,欠缴超三月上报。"),
        ("综合办公室", "主任", "向丽华", "公务用车、接待费用超标列支", "道德风险", "黄色",
         "用车和接待实行事前审批,费用每季度公示。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, point, typ, colour, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, who, point, typ, colour, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_of(typ), COLOURS_ROY[colour])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    _note(sh, "注:风险等级以红、橙、黄三色标示,红色为高风险,橙色为中风险,黄色为低风险。", 8)
    sh.add("集团纪委审核:", None, None, None, "2024年4月", None, None, None)
    return _layout(
        "soe_invest_colour_legend_below", "http://qsfzjt.cn/features/policies/175.html",
        "县属国企 排查表 after the source's 廉政风险防范管理暂行办法 of a 发展投资集团 (集团及下属公司, 岗位职责、权力运行、"
        "制度机制、外部环境 risks): 部门 merged, 岗位/姓名 merged per person; 风险类别 written 道德风险/制度风险/"
        "岗位风险/外部风险, two joined by 、 in some cells; levels the colours 红色/橙色/黄色 defined by a 注 under "
        "the table (红色为高风险, 橙色为中风险, 黄色为低风险); 集团纪委审核 line",
        [sh], t,
    )  # fmt: skip


def gas_company_five_stars() -> dict:
    unit = "XX市天然气有限公司"
    sh = _Sheet("风险防控表", [5, 12, 10, 9, 34, 16, 12, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控表", 8)
    sh.add("填报单位:" + unit, None, None, None, None, None, "2024年3月", None)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类型", "风险星级", "防控措施")
    rows = [
        ("工程部", "项目经理", "孔德胜", "燃气工程隐蔽验收签字放行不合格工程", "岗位风险", "★★★★★",
         "隐蔽工程验收拍照留档,监理同步签字。"),
        ("工程部", "项目经理", "孔德胜", "与施工单位结算时多计工程量", "岗位风险、道德风险", "★★★★",
         "结算经审计部复核,与施工单位签订廉洁协议。"),
        ("工程部", "材料员", "黎小川", "燃气管材入库验收以次充好", "业务风险", "★★★",
         "管材到货抽样送检,验收三方签字。"),
        ("客户服务部", "收费员", "蒋欣然", "收取用户气费不开票、截留气款", "道德风险", "★★★★",
         "收费全部走系统,日清日结。"),
        ("客户服务部", "收费员", "蒋欣然", "违规减免用户开户费", "制度风险", "★★",
         "减免须经部门负责人审批并留存依据。"),
        ("安检站", "安检员", "付志强", "入户安检向用户推销指定厂家燃气具", "外部风险、道德风险", "★★★",
         "安检人员不得推销产品,用户回访核实。"),
        ("安检站", "安检员", "付志强", "安检记录弄虚作假", "岗位风险", "★",
         "安检记录上传系统,站长每周抽查。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, point, typ, stars, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, who, point, typ, stars, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_of(typ), stars_level(stars))
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    _note(sh, "注:风险星级分五档,★★★★★、★★★★为高风险,★★★为中风险,★★、★为低风险。", 8)
    return _layout(
        "gas_company_five_stars", "https://gzw.wuhan.gov.cn/ztzl_69/qlgqjs/202306/t20230619_2217900.html",
        "城投 能源集团's 天然气公司 防控表 after the source's 燃气工程建设“廉洁进项目” (设计、施工、监理, 天然气公司一线"
        "员工): 填报单位 line; 部门 merged, 岗位/责任人 merged per person; types 岗位风险/道德风险/业务风险/制度风险/"
        "外部风险 (two in some cells); 风险星级 over FIVE counts ★…★★★★★, a 注 putting ★★★★★/★★★★ in 高, ★★★ "
        "in 中, ★★/★ in 低 (★★★ is 中 here)",
        [sh], t,
    )  # fmt: skip


def enterprise_hospital_major_larger() -> dict:
    unit = "XX冶建集团有限公司医院"
    sh = _Sheet("排查表", [5, 12, 10, 9, 34, 12, 10, 32])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉洁风险排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("药剂科", "科主任", "钟海峰", "药品遴选中倾向特定企业,收受回扣", "道德风险\n岗位风险", "重大风险",
         "新药遴选经药事管理委员会集体决定,需求单科室负责人与纪检员双签。"),
        ("药剂科", "科主任", "钟海峰", "药品用量信息向医药代表泄露", "岗位风险", "较大风险",
         "统方权限分级管理,查询留痕。"),
        ("药剂科", "采购员", "阎小梅", "药品采购不按中标价执行", "制度风险", "较大风险",
         "采购价格系统比对,财务复核。"),
        ("医学装备科", "科长", "石国栋", "设备采购设置排他性参数", "岗位风险\n外部风险", "重大风险",
         "采购参数专家论证,公开征求意见。"),
        ("医学装备科", "科长", "石国栋", "设备维保合同续签不经比选", "制度风险", "一般风险",
         "维保合同到期前三个月启动比选。"),
        ("基建科", "科长", "谭明", "院区改造工程拆分规避招标", "制度风险\n道德风险", "重大风险",
         "工程项目年度计划编制,限额以上一律招标,分级审批加交叉复核。"),
        ("基建科", "科长", "谭明", "工程签证审核不严", "岗位风险", "较大风险", "签证实行监理、跟审、科室三方签认。"),
        ("内分泌科", "科主任", "曾丽", "收受医药代表宴请,诱导开具高价药", "道德风险\n外部风险", "较大风险",
         "医药代表接待实行“三定”,处方点评每月通报。"),
        ("内分泌科", "科主任", "曾丽", "科室耗材申领超量", "业务风险", "一般风险", "耗材申领与收费数据比对。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, point, typ, level, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, who, point, typ, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_of(typ), MAJOR[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("党支部审核:", None, None, None, "医院纪委(盖章):", None, None, None)
    return _layout(
        "enterprise_hospital_major_larger", "http://m.handmsg.com/page/2025/0723/29415191.shtml",
        "央企 医院 重点岗位廉洁风险排查表 after the source's account of an enterprise hospital's 纪检“三化建设” (医院党委-"
        "党支部-科室 网格自查, 药品招标采购“双签”, 工程项目 分级审批+交叉复核): 科室 merged, 岗位/姓名 merged per "
        "person; levels 重大风险/较大风险/一般风险 with no legend; two types in one cell on two lines "
        "(``道德风险⏎岗位风险``); 党支部审核 / 医院纪委 line",
        [sh], t,
    )  # fmt: skip


def hospital_colour_legend_above() -> dict:
    unit = "XX市第一人民医院"
    sh = _Sheet("一览表", [5, 12, 14, 34, 16, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险点一览表", 7)
    _note(sh, "风险等级标识:红色—高风险;黄色—中风险;蓝色—低风险", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("医务处", "处长", "违规接受企业捐赠资助用于个人", "道德风险", "红色", "捐赠资助统一由医院受理,专款专用。"),
        ("医务处", "处长", "过度诊疗检查考核把关不严", "岗位风险", "黄色", "大型检查阳性率按月考核通报。"),
        ("医保办", "医保审核员", "协助虚记费用欺诈骗保", "道德风险、制度风险", "红色", "医保结算智能审核,疑点逐条核查。"),
        ("门诊部", "挂号收费员", "倒卖专家号源,破坏就医公平", "道德风险", "黄色", "号源实名预约,异常挂号预警。"),
        ("门诊部", "挂号收费员", "收费差错不及时退费", "业务风险", "蓝色", "退费流程公开,每日对账。"),
        ("信息科", "系统管理员", "违规查询统方数据、泄露患者隐私", "岗位风险、外部风险", "红色",
         "统方数据分级授权,查询日志定期审计。"),
        ("住院部", "护士长", "收受患方红包礼品", "道德风险", "黄色", "签订拒收红包承诺书,患者满意度回访。"),
        ("住院部", "护士长", "向患者推介院外药店牟利", "外部风险", "蓝色", "院外购药情况纳入处方点评。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, point, typ, colour, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, point, typ, colour, measures])
        t.point(sh.name, dept, post, "", _tier(post), point, types_of(typ), COLOURS_RYB[colour])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("医院纪委:", None, None, "2024年6月", None, None, None)
    return _layout(
        "hospital_colour_legend_above", "http://hfyy.cn/col234/8872",
        "人民医院 岗位廉洁风险点一览表 after the source's 廉洁从业行动计划 实施方案 and its 九项准则 (商业提成、欺诈骗保、"
        "过度诊疗、接受捐赠、患者隐私、转介患者、就医公平、红包、回扣): no names (对岗不对人); 科室 and 岗位 merged "
        "down; types 道德风险/岗位风险/制度风险/外部风险/业务风险 (two in some cells); levels 红色/黄色/蓝色 defined "
        "by a merged line ABOVE the heading (``风险等级标识:红色—高风险;黄色—中风险;蓝色—低风险``)",
        [sh], t,
    )  # fmt: skip


def school_letters_legend_in_heading() -> dict:
    unit = "XX区XX初级中学"
    sh = _Sheet("排查表", [5, 10, 10, 9, 34, 14, 14, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级\n（A级为高、B级为中、C级为低）",
           "防控措施")  # fmt: skip
    rows = [
        ("总务处", "总务主任", "黄志军", "食堂大宗食材采购指定供应商、收受回扣", "道德、岗位风险", "A级",
         "大宗食材公开招标,定点采购,价格每月公示。"),
        ("总务处", "总务主任", "黄志军", "食堂违规对外承包经营", "制度风险", "A级",
         "食堂自主经营,承包事项经校务会和教育局审批。"),
        ("总务处", "总务主任", "黄志军", "伙食费结余不按时清退", "制度、业务风险", "B级",
         "伙食费单独核算,结余每学期清退并公示。"),
        ("总务处", "食堂管理员", "何春燕", "食材验收走过场,数量短缺不追究", "岗位风险", "B级",
         "双人验收、全程留痕,验收单存档。"),
        ("教务处", "教务主任", "廖文斌", "强制或变相强制学生征订目录外教辅", "道德、外部风险", "A级",
         "严格执行“一科一辅”、自愿征订,征订结果公示。"),
        ("教务处", "教务主任", "廖文斌", "教辅征订收受书商好处", "道德风险", "B级",
         "教辅征订由家委会参与,签订廉洁承诺书。"),
        ("政教处", "政教主任", "韦晓红", "校服选用不经家长委员会,指定厂家", "制度、外部风险", "B级",
         "校服选用委员会家长代表不少于一半,采购公开进行。"),
        ("政教处", "政教主任", "韦晓红", "校服质量验收把关不严", "岗位风险", "C级", "校服送检,检测报告公示。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, point, typ, letter, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, who, point, typ, letter, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_of(typ), LETTERS[letter])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("校长签字:", None, None, None, "填报日期:2025年6月", None, None, None)
    return _layout(
        "school_letters_legend_in_heading", "http://scfzyj.com/jyy/2025-05-20/36710.html",
        "初级中学 排查表 after the source's 区教育局 call for clues on “校园餐”, 征订教辅 and 购买校服 (食堂承包, 大宗食材"
        "采购, 一科一辅, 校服选用组织): 处室 merged, 岗位/姓名 merged per person; types sharing one 风险 "
        "(``道德、岗位风险``, ``制度、外部风险``) or single; levels ``A级``/``B级``/``C级`` whose legend stands in the "
        "heading cell itself (``风险等级⏎（A级为高、B级为中、C级为低）``); 校长签字 line",
        [sh], t,
    )  # fmt: skip


def market_station_class_column() -> dict:
    unit = "XX县市场监督管理局"
    station = "城月市场监督管理所"
    sh = _Sheet("一览表", [5, 10, 9, 36, 12, 32])
    t = _Truth(unit)
    sh.title(f"{unit}{station}岗位廉政风险点一览表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "防控措施")
    rows = [
        ("所长", "梁志华", "对辖区违法经营行为选择性查处、降格处理", "一类风险", "案件线索登记编号,办理结果公开。"),
        ("所长", "梁志华", "行政处罚自由裁量畸轻畸重", "一类风险", "执行裁量基准,处罚决定县局法制审核。"),
        ("所长", "梁志华", "接受监管对象宴请、购物卡", "二类风险", "节前廉洁提醒,拒收登记。"),
        ("副所长", "陈冬梅", "食品经营许可现场核查降低标准", "一类风险", "现场核查两人以上,核查记录拍照存档。"),
        ("副所长", "陈冬梅", "投诉举报调解偏袒经营者", "二类风险", "调解全程记录,消费者回访。"),
        ("监管员", "许嘉明", "日常检查走过场,发现问题不督促整改", "二类风险", "检查结果录入平台,整改逐条销号。"),
        ("监管员", "许嘉明", "向商户透露双随机抽查信息", "一类风险", "抽查名单系统随机产生,检查前保密。"),
        ("监管员", "许嘉明", "特种设备检查记录代签", "三类风险", "检查记录当事人现场签字。"),
        ("协管员", "蔡婷", "明码标价检查中收受商户小礼品", "三类风险", "协管员不单独检查,所长每月抽查。"),
    ]  # fmt: skip
    recs = []
    for n, (post, who, point, cls, measures) in enumerate(rows, 1):
        recs.append([n, post, who, point, cls, measures])
        t.point(sh.name, station, post, who, _tier(post), point, [], CLASSES[cls])
    person_rows(sh, recs, None, (1, 2))
    sh.add()
    _note(
        sh, "注:风险类别按危害程度分为三类,一类风险为高风险,二类风险为中风险,三类风险为低风险。", 6
    )
    sh.add("所长签字:", None, None, "县局机关纪委审核:", None, None)
    return _layout(
        "market_station_class_column", "http://www.suixi.gov.cn/bmxxgk/scjdglj/gzdt/content/post_2157295.html",
        "市场监督管理所 一览表 after the source's 工作部署会 of a 县市场监督管理局's 市场监督管理所 (所长, 柔性执法, 包容"
        "审慎监管, 个私协会, 行业合规): the 所 named in the title after the 局; 岗位/姓名 merged per person; a "
        "``风险类别`` column holding the LEVELS 一类风险/二类风险/三类风险 (a 注 under the table: 一类 高, 二类 中, "
        "三类 低); no type column; sign-off line",
        [sh], t,
    )  # fmt: skip


def market_station_self_check_sheets() -> dict:
    unit = "XX县市场监督管理局"
    station = "清河市场监督管理所"
    t = _Truth(unit)
    people = [
        ("邓国华", "所长", "负责全所监管执法和队伍管理,审批本所行政处罚案件。", [
            ("本所行政处罚案件", "对说情打招呼的案件从轻处理", "道德、岗位风险", "严重",
             "说情干预一律登记报告,案件集体讨论。"),
            ("辖区食品安全监管", "对重点企业检查提前通知", "岗位风险", "严重", "检查计划保密,随机确定检查对象。"),
            ("个体户登记指导", "为亲友经营的个体户违规办理登记", "道德风险", "较重", "本人亲属事项主动回避。"),
            ("所务管理", "执法装备和办公经费使用不规范", "制度、业务风险", "一般", "经费支出所务会研究,每季度公开。"),
            ("述职述廉", "述职述廉避重就轻,不接受监管对象评议", "制度风险", "一般", "每年向监管服务对象述职述廉并公开整改。"),
        ]),
        ("田晓东", "监管员", "负责网格内市场主体日常监督检查和消费投诉处理。", [
            ("网格日常检查", "检查中收受经营户烟酒", "道德、外部风险", "较重", "执法记录仪全程开启,检查情况回访。"),
            ("消费投诉处理", "投诉处理超时限,敷衍消费者", "岗位风险", "一般", "投诉件限时办结,超时预警。"),
            ("无照经营查处", "对无照经营户收费放行", "道德、岗位风险", "严重", "查处结果录入系统,所长复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, items in people:
        sh = _Sheet(who, [5, 16, 32, 14, 10, 32])
        sh.title("市场监管所岗位廉政风险自查表", 6)
        sh.add("单位", f"{unit}{station}", None, "姓名", who, None)
        sh.merge(1, 1, 1, 2)
        sh.add("职务", post, None, "自查时间", "2024年4月", None)
        sh.merge(2, 1, 2, 2)
        r = sh.add("主要职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "工作事项", "风险点", "风险类型", "风险程度", "防控措施")
        for n, (item, point, typ, level, measures) in enumerate(items, 1):
            sh.add(n, item, point, typ, level, measures)
            t.point(sh.name, station, post, who, _tier(post), point, types_of(typ), SERIOUS[level])
        sh.add()
        sh.add("本人签字:", None, None, "所长审核:", None, None)
        sheets.append(sh)
    return _layout(
        "market_station_self_check_sheets", "http://www.slrbs.com/xqzc/xianqudongtai/mszx/2011-08-19/33116.html",
        "市场监管所 岗位廉政风险自查表, one sheet per person (tab = name), after the source's 工商所所长 述职述廉 before "
        "the enterprises and traders he supervises (食品安全监管, 无照经营查处, 消费争议, 进销货台账): a header block "
        "单位 (the 局 and its 所)/姓名/职务/自查时间 and a 主要职责 line; 工作事项, 风险点, types ``道德、岗位风险`` "
        "(the 风险 shared) or single, levels ``严重``/``较重``/``一般`` under ``风险程度`` with no legend; signature "
        "line",
        sheets, t,
    )  # fmt: skip


def tax_branch_colour_instructions() -> dict:
    unit = "国家税务总局XX县税务局城东税务分局"
    guide = _Sheet("填表说明", [90])
    guide.add("填表说明")
    for line in (
        "1.本表由各股室组织岗位人员逐人填写,一个风险点填一行。",
        "2.风险类型填写道德风险、制度风险、岗位风险、外部风险、业务风险,可多选,用顿号隔开。",
        "3.风险等级用“红、黄、绿”填写:红为高风险,黄为中风险,绿为低风险。",
        "4.防控措施要具体、可检查。",
        "5.本表于6月底前报分局纪检员。",
    ):
        guide.add(line)
    sh = _Sheet("排查表", [5, 12, 12, 9, 34, 18, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "包晓峰", "办公用品采购虚报数量", "岗位风险", "黄", "采购与验收分离,台账每月核对。"),
        ("综合股", "股长", "包晓峰", "公务接待超标准", "道德风险、制度风险", "黄", "接待清单按月公示。"),
        ("纳税服务股", "窗口受理员", "符小燕", "违规为不符合条件的纳税人办理发票增量", "岗位风险、外部风险", "红",
         "增量申请系统审核,股长复核。"),
        ("纳税服务股", "窗口受理员", "符小燕", "办税中“吃拿卡要”", "道德风险", "黄", "办税评价实时推送,差评逐条回访。"),
        ("税源管理股", "股长", "马丽", "欠税追缴不力,违规缓缴", "岗位风险", "红", "欠税台账每月通报,缓缴按权限审批。"),
        ("税源管理股", "股长", "马丽", "户籍巡查走过场", "业务风险", "绿", "巡查轨迹上传,分局随机复核。"),
        ("税源管理股", "税收管理员", "彭建军", "个体户定额核定不公,人情定税", "岗位风险、道德风险", "红",
         "定额核定集体审议,结果公示。"),
        ("税源管理股", "税收管理员", "彭建军", "停业复业核查不实", "制度风险", "绿", "停复业实地核查两人以上。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, point, typ, colour, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, who, point, typ, colour, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_of(typ), COLOURS_RYG[colour])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("分局纪检员审核:", None, None, None, "2024年6月", None, None, None)
    return _layout(
        "tax_branch_colour_instructions", "https://xueke.org/wenku/252241.html",
        "税务分局 workbook after the source's 区国税局 税源专业化管理 方案 (征收管理股, 税源管理股, 纳税服务股, 税收管理员): "
        "a FIRST sheet 填表说明 (numbered lines) defining the type words and the colours ``红为高风险,黄为中风险,绿为"
        "低风险``; the 排查表 on the second sheet: 股室 merged, 岗位/姓名 merged per person, types 道德风险/制度风险/"
        "岗位风险/外部风险/业务风险 (two in some cells), levels ``红``/``黄``/``绿`` with no legend on the sheet itself",
        [guide, sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tax_branch_score_bands(),
    soe_invest_colour_legend_below(),
    gas_company_five_stars(),
    enterprise_hospital_major_larger(),
    hospital_colour_legend_above(),
    school_letters_legend_in_heading(),
    market_station_class_column(),
    market_station_self_check_sheets(),
    tax_branch_colour_instructions(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b36_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch36-inbox"))
