"""The two-hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's companies and
enforcement bodies, 阿坝县 — its 供排水有限责任公司, its 城乡公共交通有限责任公司, its 国有资产经营管理有限
责任公司, and five 综合行政执法大队 (交通运输, 卫生健康, 文化市场, 林业和草原, 市场监管) — each handing
back the 一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed in WPS or Excel, the rows about 抄表估抄,
上门收费, 班车收购, 运营补贴, 资产出租, 租金欠缴, 超限检测, 卸载货物, 非法行医, 双随机, 网吧 and 演出,
毁林毁草, 非法占用草地, 食品抽检 and 假冒伪劣:

- the 供排水有限责任公司's 排查表 under ``附件2`` and a ``填报单位：…（盖章）　填报时间：…`` line: ``部门``
  merged (公司领导, 营业所, 管网维修部, 财务部), ``岗位`` and ``责任人`` merged per person, a short ``风险点``
  beside a long ``风险表现``, short types, ``一级/二级/三级`` read by a ``注：`` line, a 填表人/审核人/总经理
  line;
- the 城乡公共交通有限责任公司's 清单 under group rows ``一、公司领导班子`` … ``四、财务部`` merged across
  (no 部门 column), ``岗位`` and ``责任人`` merged per person, a ``业务事项`` column before the
  ``廉洁风险点``, 高/中/低, no type column, an ``编制：综合办公室`` line;
- the 交通运输综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 治超中队, 路政运政中队): ``姓　名 | … |
  职　务 | … | 执法证号 | …`` and ``所在中队（科室） | …`` above, ``风险点`` merged over two columns, ``…风险``
  types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, ``持卡人签字：`` and ``监督举报电话：…`` below;
- the 卫生健康综合行政执法大队's 一览表: a ``风险等级：★★★为高风险…`` line under the title, ``科室`` merged
  (大队领导, 医疗卫生监督中队, 公共卫生监督中队, 法制稽查股), ``岗位``, ``姓名`` and ``执法证号`` merged per
  person, ``…风险`` types, ``★★★/★★/★``;
- the 文化市场综合行政执法大队's 自查表, one sheet a person (tabs 副大队长, 执法一中队, 执法二中队): ``姓　名 | … |
  性　别 | … | 职　务 | …`` and ``所在中队 | … | 填表日期 | …`` above, a short ``风险点`` beside a long
  ``风险表现``, short types, ``高风险/中风险/低风险``, a ``自查情况`` column (``未发现问题``, ``已整改``),
  ``本人签字： | 分管领导审核：`` below;
- the 林业和草原综合行政执法大队's 排查表, one sheet a 中队 (tabs 大队领导, 林政中队, 草原中队): a
  ``中队（科室）：…　排查时间：…`` line and a ``风险等级：A级—高风险；B级—中风险；C级—低风险`` line above,
  ``岗位`` and ``姓名`` merged per person, ``A级/B级/C级``, no type column;
- the 市场监管综合行政执法大队's 责任清单 对岗不对人: ``执法中队（股室）`` merged, ``岗位``, a ``职责事项``
  column, ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``, a ``注：`` line and an 编制/审核 line.

One is harder:

- ``asset_company_successors``: the 国有资产经营管理有限责任公司's 一览表 sent again after two people left:
  nobody retyped the ``姓名`` column — it still names the 副总经理 and the 出纳 who have gone — and the
  change is written only in the LAST column, ``备注``, merged over each of their rows:
  ``邰溍峥2024年4月调任县文化旅游投资公司，该岗位由蒯昉湄接任`` and ``戚瑗澜2024年3月调离，出纳岗位由钭沅菁
  接任``; a ``注：`` line under the table says the posts whose 备注 records a change are now held, with
  their risk points, by the successor. The README's 读得懂的表 knows a ``姓名`` cell that itself names
  the present and the former holder (``现：…⏎原：…``, ``…（现任）⏎（原…，已调出）``), ``现科室``/``现岗位``
  columns, and ``原风险点 | 调整后风险点``; it does not describe a ``姓名`` column left unchanged whose
  present holder is named only in a 备注 cell beside it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 纪委监委 on 镇（街道）国有资产 —
资产出租, 租金应收未收, 租金长期欠缴, 资金违规出借, 违规支出、擅自挪用、侵占截留、虚列套支, 密钥 and 财务印鉴章
handed to the 出纳会计; a 市自来水公司's report on 抄表收费 — 单位用户抄收员, 私户抄收员, 营业收费网点, 上门
收费, 催收, 水表计量; a 市纪委监委 on 城乡客运一体化 — 收购农村客运班车的补贴, 配套设施建设的预算, 经营性财政
补贴, 票价执行, 随意涨价, 按规定线路运行, 招呼站; a 区交通运输局's 超限治理 — 定点稽查与流动执法, 固定超限
检测站, 卸载货物, 货运源头企业, 约谈, 责令整改通知书, 避站绕行; a 市's 卫生健康监督执法专项稽查 — 监督检查,
行政处罚, 三项制度, 裁量基准, 双随机、一公开, 举报投诉, 着装风纪, 卫生监督意见书, 案卷; a 市文化市场综合
行政执法支队 — 娱乐场所, 网吧, 接纳未成年人, 营业性演出, 错时执法, 点位包联, 责令整改通知书; a 市林业和草原局
with its 林草执法中队 — 毁林毁草, 乱砍滥伐, 毁林开垦, 非法占用林地、草地, 案件线索调查取证; a 县市场执法大队 —
虚假宣传, 消费者投诉, 食品安全, 食品添加剂、农药残留, 制售假冒伪劣, 警告、罚款、没收违法所得, 移送司法机关)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, and Tibetan names, as an
阿坝 county's staff carry them); every unit is a body of 阿坝县 (a county of the 阿坝 prefecture whose
staff are Han and Tibetan).

Run ``python tests/published/score.py --set batch252`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table the holder of a post whose ``备注`` records a change is the successor the
  备注 names (蒯昉湄 the 副总经理, 钭沅菁 the 出纳), as the ``注：`` line says, not the name still standing
  in the ``姓名`` column; the ones who left (邰溍峥, 戚瑗澜) hold no form; the 备注 text is no point;
- ``公司领导``, ``公司领导班子`` (a group row, as written) and ``大队领导`` (a 科室 cell, a card's or a self-check's
  所在中队, a sheet's ``中队（科室）：`` line) are the 科室 of those leaders; a company's 部 and 营业所, a 大队's
  中队 and 股 are 科室;
- every 综合行政执法大队 here is a unit of its own (its 大队长 and 副大队长 leaders); 中队长, 股长, 部长, 所长 and
  a company 部's 经理 are middle; 董事长, 总经理 and 副总经理 leaders; the rest (抄收员, 会计, 出纳, 资产管理员,
  票务稽查员, 执法队员, 执法人员, 法制审核员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``业务事项`` and ``职责事项`` are no points, nor are
  ``执法证号``, ``自查情况`` answers, ``备注``, legend lines and ``注：`` lines;
- the 市场监管综合行政执法大队's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险``, ``A级/B级/C级`` (by
  the line above the table) and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b252_"
PLACE = "阿坝县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
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

# (部门, 岗位, 姓名 as the column still shows it, the holder now, tier, 备注,
#  [(廉洁风险点, 风险类型, 风险等级, 防控措施)])
ASSETS = [
    ("公司领导", "董事长", "禚昶翊", "禚昶翊", "leader", None, [
        ("经营性资产出租、处置方案未经集体研究，个人决定承租对象", "制度机制风险", "高",
         "资产出租、处置方案经董事会集体研究，报县国资监管机构备案。"),
        ("违规对外出借资金或提供担保", "岗位职责风险", "高", "对外借款、担保一律报县政府审批，严禁个人决定。"),
    ]),
    ("公司领导", "副总经理", "邰溍峥", "蒯昉湄", "leader",
     "邰溍峥2024年4月调任县文化旅游投资公司，该岗位由蒯昉湄接任", [
        ("为关系人承租商铺、门面打招呼，降低租金标准", "外部环境风险", "高",
         "租金底价经评估确定，插手干预资产招租的如实登记报告。"),
        ("资产招商中接受意向承租方宴请、礼品", "思想道德风险", "中", "签订廉洁承诺书，宴请礼品一律拒绝并登记。"),
    ]),
    ("资产管理部", "部长", "郄翎澍", "郄翎澍", "middle", None, [
        ("出租资产不进场公开招租，协议出租给特定对象", "业务流程风险", "高",
         "资产招租进入县公共资源交易平台，结果公示。"),
        ("租金应收未收、长期欠缴不催收", "岗位职责风险", "中", "租金台账按月核对，欠缴超过三个月的报公司研究处置。"),
    ]),
    ("资产管理部", "资产管理员", "斯郎俄色", "斯郎俄色", "general", None, [
        ("资产台账登记不全，闲置资产不上报", "岗位职责风险", "中", "资产每半年盘点一次，闲置资产清单报公司。"),
        ("擅自同意承租方转租、改变用途", "业务流程风险", "低", "转租、改变用途须书面申请，经公司审批。"),
    ]),
    ("财务部", "部长", "庹菡枫", "庹菡枫", "middle", None, [
        ("虚列支出、套取资金", "制度机制风险", "高", "支出凭证经会计、部长两级审核，年度外部审计。"),
    ]),
    ("财务部", "出纳", "戚瑗澜", "钭沅菁", "general", "戚瑗澜2024年3月调离，出纳岗位由钭沅菁接任", [
        ("网银密钥、财务印鉴章一人保管，擅自转出资金", "制度机制风险", "高",
         "网银制单、复核密钥和财务印鉴章分人保管，每日对账。"),
        ("收取的租金、押金截留不入账", "思想道德风险", "中", "租金、押金一律对公账户收取，出具收据。"),
    ]),
]  # fmt: skip


def asset_company_successors() -> dict:
    unit = f"{PLACE}国有资产经营管理有限责任公司"
    sh = _Sheet("风险点一览表", [6, 10, 10, 9, 38, 13, 8, 34, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报日期：2024年5月", 9)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施", "备注")
    first = len(sh.rows)
    n = 0
    for dept, post, shown, holder, tier, note, points in ASSETS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, holder, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3, 8)
    _line(sh, "注：1.风险等级分高、中、低三级。2.因人事调整，备注栏注明人员变动的岗位，其风险点由接任人员承担"
              "防控责任。", 9)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None, None)
    return _layout(
        "asset_company_successors",
        "https://19281944.com/ng/2023-08-30/detail-imzixsip7652754/from=jiangsu_cnxh.html",
        "(harder) 县国有资产经营管理有限责任公司 岗位廉洁风险点一览表, after the source's 纪委监委 on 镇（街道）国有资产 "
        "(资产出租, 租金应收未收, 租金长期欠缴, 资金违规出借, 虚列套支, 密钥 and 财务印鉴章 handed to the 出纳会计): a title, "
        "a merged ``填报单位（盖章）：…　填报日期：2024年5月`` line, then 序号/部门 merged (公司领导, 资产管理部, 财务部)/岗位 "
        "and 姓名 merged per person/廉洁风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``备注`` — the 姓名 column NOT "
        "updated after two people left: the 副总经理's and the 出纳's rows still name the ones who went, and only the "
        "备注 (merged over their rows) says ``…调任…，该岗位由蒯昉湄接任`` and ``…调离，出纳岗位由钭沅菁接任``; a ``注：`` "
        "line that the posts whose 备注 records a change are held, with their risk points, by the successor; a "
        "填表人/审核人/董事长签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def water_supply_checklist() -> dict:
    unit = f"{PLACE}供排水有限责任公司"
    sh = _Sheet("排查表", [6, 11, 13, 9, 14, 36, 9, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉洁风险点排查表", 9)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年4月", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险表现", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("公司领导", "总经理", "訾沄蘅", "leader", [
            ("水费减免审批", "对特殊用户擅自减免水费、降低用水性质核定标准", "制度机制", "一级",
             "水费减免经总经理办公会研究，结果在营业厅公示。"),
            ("管网工程发包", "管网改造工程不按规定招标，指定施工队伍", "岗位职责", "一级",
             "限额以上工程进入县公共资源交易平台招标。"),
        ]),
        ("营业所", "所长", "厍珣岚", "middle", [
            ("用水性质核定", "将商业、特种行业用水按居民水价核定，收受用户好处", "岗位职责", "一级",
             "用水性质变更须现场核查，两人签字。"),
            ("退费复核", "对抄收员报来的退费、冲账申请不核实即签批", "业务流程", "二级", "退费冲账逐笔附依据，月底抽查。"),
        ]),
        ("营业所", "单位用户抄收员", "笪湛苓", "general", [
            ("抄表估抄", "不按月抄读水表，估抄、漏抄，与用户串通少计水量", "思想道德", "一级",
             "抄表数据拍照上传，用水量异常的由稽查人员复抄。"),
            ("欠费催收", "对欠费单位用户催收不力，私下收取现金不入账", "制度机制", "二级", "水费一律通过营业网点或线上缴纳。"),
        ]),
        ("营业所", "私户抄收员", "尕让拉姆", "general", [
            ("上门收费", "上门收取水费不开具票据，截留、挪用水费", "制度机制", "一级", "上门收费当场开票，当日交存营业网点。"),
            ("水表更换", "向用户收取水表装置费等不合理费用", "外部环境", "二级", "水表更换费用标准公示，严禁另行收费。"),
        ]),
        ("管网维修部", "经理", "亓瑾澂", "middle", [
            ("维修材料管理", "维修材料领用不登记，虚报材料用量", "业务流程", "二级", "维修材料领用登记，工单与用料核对。"),
            ("违章用水查处", "对私接管道、偷盗水行为不查处或收钱了事", "外部环境", "一级", "违章用水查处结果报营业所备案。"),
        ]),
        ("财务部", "会计", "逄玥崧", "general", [
            ("营业收入核对", "营业网点收费与系统数据不核对，账实不符", "制度机制", "三级", "营业收入日清月结，每月与系统对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级（高）、二级（中）、三级（低）。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "总经理：", None, None)
    return _layout(
        "water_supply_checklist", "http://39pfw.com/Index.asp?Id=237&Module=59&Type=1",
        "县供排水有限责任公司 廉洁风险点排查表, after the source's 市自来水公司 report on 抄表收费 (单位用户抄收员, 私户抄收员, "
        "营业收费网点, 上门收费, 催收, 水表计量): ``附件2``, a title, a merged ``填报单位：…（盖章）　填报时间：2024年4月`` "
        "line, then 序号/部门 merged (公司领导, 营业所, 管网维修部, 财务部)/岗位 and 责任人 merged per person/a short "
        "风险点/a long 风险表现/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line on the levels "
        "and a 填表人/审核人/总经理 line",
        [sh], t,
    )  # fmt: skip


def bus_company_groups() -> dict:
    unit = f"{PLACE}城乡公共交通有限责任公司"
    sh = _Sheet("风险清单", [6, 12, 9, 12, 40, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "业务事项", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导班子", "公司领导班子", [
            ("董事长", "隗琮蕤", "leader", [
                ("班车收购", "农村客运班车收购评估不公，抬高收购价格", "高", "收购价格经第三方评估，收购方案集体研究。"),
                ("补贴申报", "虚报运营里程、车辆数，骗取经营性财政补贴", "高", "补贴申报数据与车载定位系统核对，报县交通运输局审核。"),
            ]),
            ("副总经理", "鄢岑翙", "leader", [
                ("招呼站建设", "招呼站等配套设施建设预算审核不严，虚增工程量", "中", "配套设施预算经县财政评审，结算审计。"),
            ]),
        ]),
        ("二、运营调度部", "运营调度部", [
            ("部长", "阚泓樾", "middle", [
                ("线路调度", "擅自变更线路、减少班次，为关系人车辆让线", "中", "线路和班次调整报县交通运输局备案并公示。"),
                ("票价执行", "节假日随意涨价或默许驾驶员多收票款", "高", "票价上车公示，节假日开展专项检查。"),
            ]),
            ("票务稽查员", "眭芷渟", "general", [
                ("票款稽查", "稽查中发现驾驶员截留票款不报告", "中", "稽查记录当日上报，稽查人员定期轮换线路。"),
            ]),
        ]),
        ("三、安全机务部", "安全机务部", [
            ("部长", "罗尔基甲", "middle", [
                ("车辆维修", "维修项目虚报，更换配件以次充好", "中", "维修项目事前审批，旧配件交回登记。"),
                ("燃料和充电费用", "加油卡、充电卡管理不严，车辆私用", "低", "加油卡、充电卡与车辆一一对应，按月分析能耗。"),
            ]),
        ]),
        ("四、财务部", "财务部", [
            ("会计", "雒峤昀", "general", [
                ("补贴资金核算", "运营补贴资金不按用途核算，挪作他用", "中", "补贴资金专账核算，年度审计。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for matter, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, matter, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("编制：综合办公室", None, None, None, "审核：", "2024年6月", None)
    return _layout(
        "bus_company_groups", "https://epaper.voc.com.cn/hnrb/html/2023-10/12/content_1652494.htm?div=-1",
        "县城乡公共交通有限责任公司 廉洁风险防控清单, after the source's 市纪委监委 on 城乡客运一体化 (收购农村客运班车的补贴, "
        "配套设施建设的预算, 经营性财政补贴, 票价执行, 随意涨价, 按规定线路运行, 招呼站): a title, then 序号/岗位/责任人/"
        "``业务事项``/廉洁风险点/风险等级 高/中/低/防控措施 under group rows ``一、公司领导班子``, ``二、运营调度部``, "
        "``三、安全机务部``, ``四、财务部`` merged across (no 部门 column), 岗位 and 责任人 merged per person; no type column; "
        "a blank row and an ``编制：综合办公室 | 审核： | 2024年6月`` line",
        [sh], t,
    )  # fmt: skip


def traffic_enforcement_cards() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "仁真降初", "大队长", "大队领导", "leader", "5132231900417", [
            ("超限运输案件处罚决定未经集体讨论，降格处理", "制度机制风险", "Ⅰ级",
             "重大案件经案件审理小组集体讨论，处罚结果网上公示。"),
            ("为被查车辆说情，干预卸载和处罚", "思想道德风险", "Ⅰ级", "落实干预插手执法活动记录报告制度。"),
            ("执法车辆、检测设备管理使用不规范", "岗位职责风险", "Ⅲ级", "执法车辆定位管理，检测设备定期检定。"),
        ]),
        ("治超中队", "苌漪芃", "中队长", "治超中队", "middle", "5132231900425", [
            ("固定超限检测站检测数据篡改，放行超限车辆", "岗位职责风险", "Ⅰ级", "检测数据自动上传，视频监控全程留存。"),
            ("流动巡查中对避站绕行车辆选择性查处", "业务流程风险", "Ⅱ级", "巡查路线随机确定，执法记录仪全程记录。"),
            ("卸载货物处置不登记、私自变卖", "制度机制风险", "Ⅱ级", "卸载货物当场清点登记，由货主签字确认。"),
        ]),
        ("路政运政中队", "仉琰崇", "执法队员", "路政运政中队", "general", "5132231900438", [
            ("货运源头企业日常检查走过场", "业务流程风险", "Ⅱ级", "源头检查清单化，检查记录上传执法平台。"),
            ("接受运输企业宴请、收受礼品", "外部环境风险", "Ⅰ级", "签订廉洁执法承诺书，宴请礼品拒收登记。"),
            ("下达责令整改通知书后不跟踪复查", "岗位职责风险", "Ⅲ级", "整改期满逐户复查，复查结果归档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, badge, points in cards:
        sh = _Sheet(tab, [8, 16, 20, 14, 10, 32])
        _line(sh, f"{unit}执法人员廉政风险防控卡", 6)
        sh.add("姓　名", who, "职　务", post, "执法证号", badge)
        r = sh.add("所在中队（科室）", dept, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", None, "风险类型", "风险等级", "防控措施")
        sh.merge(r, 1, r, 2)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, typ, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _line(sh, "注：风险等级Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 6)
        sh.add("持卡人签字：", None, None, "监督举报电话：0837-2482110", None, None)
        sheets.append(sh)
    return _layout(
        "traffic_enforcement_cards", "http://jtj.cngy.gov.cn/News/show/20240923111122102.html",
        "县交通运输综合行政执法大队 执法人员廉政风险防控卡, one sheet a holder (tabs 大队长, 治超中队, 路政运政中队), after the "
        "source's 区交通运输局 超限治理 (定点稽查与流动执法, 固定超限检测站, 卸载货物, 货运源头企业, 责令整改通知书, 避站绕行): "
        "a title, ``姓　名 | … | 职　务 | … | 执法证号 | …`` in one row, ``所在中队（科室） | …`` merged, then 序号/风险点 "
        "(merged over two columns)/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on the levels, "
        "``持卡人签字：`` and ``监督举报电话：…`` below",
        sheets, t,
    )  # fmt: skip


def health_enforcement_badges() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    sh = _Sheet("一览表", [6, 14, 10, 9, 14, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, "风险等级：★★★为高风险，★★为中风险，★为低风险", 9)
    sh.add("序号", "科室", "岗位", "姓名", "执法证号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "暴沣蓁", "leader", "川卫监证字第0517号", [
            ("行政处罚案件审批中降低裁量标准", "岗位职责风险", "★★★", "严格执行行政处罚裁量基准，重大案件集体讨论。"),
            ("干预下属办理案件，为当事人说情", "思想道德风险", "★★★", "落实插手干预执法活动记录报告制度。"),
        ]),
        ("大队领导", "副大队长", "郦栖岷", "leader", "川卫监证字第0518号", [
            ("稽查中对执法文书不规范问题不纠正", "制度机制风险", "★★", "每季度开展案卷评查，问题限期整改。"),
        ]),
        ("医疗卫生监督中队", "中队长", "蹇嵘澍", "middle", "川卫监证字第0522号", [
            ("对非法行医线索不立案、压案不办", "岗位职责风险", "★★★", "案件线索登记编号，办理情况按月通报。"),
            ("“双随机”抽查对象人为调整", "业务流程风险", "★★", "抽查对象由系统随机抽取，抽取过程留痕。"),
        ]),
        ("医疗卫生监督中队", "执法人员", "揭淼荪", "general", "川卫监证字第0531号", [
            ("监督检查中接受医疗机构宴请", "外部环境风险", "★★", "检查两人以上，签订廉洁执法承诺书。"),
            ("卫生监督意见书内容与现场检查情况不符", "业务流程风险", "★", "现场检查拍照取证，意见书当场送达。"),
        ]),
        ("公共卫生监督中队", "中队长", "冼璟珂", "middle", "川卫监证字第0524号", [
            ("公共场所卫生许可现场审查放宽条件", "岗位职责风险", "★★", "现场审查两人以上，审查记录存档备查。"),
        ]),
        ("公共卫生监督中队", "执法人员", "卓玛措", "general", "川卫监证字第0536号", [
            ("饮用水卫生抽检样品调换、检测结果泄露", "思想道德风险", "★★★", "采样封样双人签字，检测结果按程序报送。"),
        ]),
        ("法制稽查股", "股长", "麴曜垚", "middle", "川卫监证字第0520号", [
            ("投诉举报件转办不及时，泄露举报人信息", "制度机制风险", "★★", "举报件登记编号，举报人信息专人保管。"),
            ("行政处罚案卷评查走过场", "业务流程风险", "★", "案卷评查实行交叉评查，结果通报。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, badge, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, badge, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "大队长（签字）：", None, None)
    return _layout(
        "health_enforcement_badges", "http://lycdc.linyi.cn/info/1163/15771.htm",
        "县卫生健康综合行政执法大队 岗位廉政风险防控一览表, after the source's 市 卫生健康监督执法专项稽查 (监督检查, 行政处罚, "
        "三项制度, 裁量基准, 双随机、一公开, 举报投诉, 着装风纪, 卫生监督意见书, 案卷): a title, a merged ``风险等级：★★★为高"
        "风险，★★为中风险，★为低风险`` line, then 序号/科室 merged (大队领导, 医疗卫生监督中队, 公共卫生监督中队, 法制稽查股)/"
        "岗位, 姓名 and ``执法证号`` (``川卫监证字第0517号``) merged per person/风险点/风险类型 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施; a blank row and a 填表人/审核人/大队长签字 line",
        [sh], t,
    )  # fmt: skip


def culture_market_self_checks() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("副大队长", "阿旺俄让", "男", "副大队长", "大队领导", "leader", [
            ("联合检查信息泄露", "向娱乐场所、网吧经营者透露联合检查时间和对象", "思想道德", "高风险",
             "检查任务出发前下达，参检人员手机集中管理。", "未发现问题"),
            ("案件审核把关不严", "对接纳未成年人等案件降格处理、以教代罚", "岗位职责", "高风险",
             "案件经法制审核，重大案件集体讨论。", "未发现问题"),
        ]),
        ("执法一中队", "宓筠灏", "女", "中队长", "执法一中队", "middle", [
            ("营业性演出监管", "对未经许可擅自举办营业性演出不制止、不立案", "岗位职责", "中风险",
             "演出活动备案清单化，巡查发现一律登记。", "未发现问题"),
            ("责令整改跟踪", "下达责令整改通知书后不复查、不销号", "业务流程", "低风险",
             "整改台账逐项销号，中队长每月检查。", "已整改"),
        ]),
        ("执法二中队", "靳芮澈", "男", "执法队员", "执法二中队", "general", [
            ("错时执法记录", "夜间错时检查不开执法记录仪，检查记录事后补填", "制度机制", "中风险",
             "执法记录仪全程开启，记录当日上传。", "已整改"),
            ("点位包联", "在包联的网吧、歌厅接受吃请、免费消费", "外部环境", "高风险",
             "包联点位定期轮换，签订廉洁承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, post, dept, tier, points in people:
        sh = _Sheet(tab, [6, 16, 34, 10, 9, 30, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 7)
        sh.add("姓　名", who, "性　别", sex, "职　务", post, None)
        r = sh.add("所在中队", dept, None, "填表日期", "2024年5月20日", None, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 6)
        sh.add("序号", "风险点", "风险表现", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, desc, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, desc, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签字：", None, None, "分管领导审核：", None, None, None)
        sheets.append(sh)
    return _layout(
        "culture_market_self_checks", "http://news.guilinlife.com/article/4qe71af1f41284ba1ac7.html",
        "县文化市场综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs 副大队长, 执法一中队, 执法二中队), after the "
        "source's 市文化市场综合行政执法支队 (娱乐场所, 网吧, 接纳未成年人, 营业性演出, 错时执法, 点位包联, 责令整改通知书): a "
        "title, ``姓　名 | … | 性　别 | … | 职　务 | …`` and ``所在中队 | … | 填表日期 | 2024年5月20日`` above, then 序号/"
        "short 风险点/long 风险表现/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况`` "
        "(``未发现问题``, ``已整改``); a blank row and ``本人签字： | 分管领导审核：``",
        sheets, t,
    )  # fmt: skip


def grassland_enforcement_squads() -> dict:
    unit = f"{PLACE}林业和草原综合行政执法大队"
    t = _Truth(unit)
    squads = [
        ("大队领导", [
            ("大队长", "更呷泽郎", "leader", [
                ("毁林毁草案件应移交公安机关而不移交，以罚代刑", "A级", "涉嫌犯罪案件移送实行台账管理，纪检人员跟踪。"),
                ("草原征占用审核中为企业说情打招呼", "A级", "征占用审核意见集体研究，说情打招呼如实登记。"),
            ]),
            ("副大队长", "邸柽渝", "leader", [
                ("执法装备采购验收把关不严", "B级", "装备采购按政府采购程序，验收三人以上。"),
            ]),
        ]),
        ("林政中队", [
            ("中队长", "谯湘蕖", "middle", [
                ("乱砍滥伐案件调查取证不全，降格处理", "A级", "案件调查两人以上，证据材料经法制审核。"),
                ("林木采伐现场查验走过场", "B级", "现场查验拍照定位，查验记录归档。"),
            ]),
            ("执法队员", "昝皞澄", "general", [
                ("巡查中发现毁林开垦不报告", "B级", "巡查轨迹上传，发现问题当日报告。"),
                ("收受林木经营户好处，通风报信", "A级", "签订廉洁执法承诺书，执法记录仪全程记录。"),
            ]),
        ]),
        ("草原中队", [
            ("中队长", "泽让闹日", "middle", [
                ("非法占用草地案件线索压案不办", "A级", "案件线索登记编号，办理进度每月通报。"),
                ("禁牧、休牧执法中选择性执法", "B级", "禁牧巡查对象和结果公示，接受牧民监督。"),
            ]),
            ("执法队员", "巩旻璋", "general", [
                ("草原违法案件罚款当场收缴不开票据", "B级", "罚缴分离，罚款一律通过银行缴纳。"),
                ("对挖砂采石破坏草原行为视而不见", "C级", "巡查记录和问题台账每周汇总，大队抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, people in squads:
        sh = _Sheet(dept, [6, 10, 10, 40, 9, 36])
        _line(sh, f"{unit}廉政风险点排查表", 6)
        _line(sh, f"中队（科室）：{dept}{GAP * 8}排查时间：2024年5月", 6)
        _line(sh, "风险等级：A级—高风险；B级—中风险；C级—低风险", 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], LETTERS[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add("排查人：", None, None, "中队长（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "grassland_enforcement_squads", "http://xzfxzy.com/News/show/1284231.html",
        "县林业和草原综合行政执法大队 廉政风险点排查表, one sheet a 中队 (tabs 大队领导, 林政中队, 草原中队), after the source's "
        "市林业和草原局 and its 林草执法中队 (毁林毁草, 乱砍滥伐, 毁林开垦, 非法占用林地、草地, 案件线索调查取证): a title, a merged "
        "``中队（科室）：…　排查时间：2024年5月`` line and a merged ``风险等级：A级—高风险；B级—中风险；C级—低风险`` line, "
        "then 序号/岗位 and 姓名 merged per person/风险点/风险等级 ``A级/B级/C级``/防控措施; no type column; an "
        "排查人/中队长签字 line",
        sheets, t,
    )  # fmt: skip


def market_enforcement_duties() -> dict:
    unit = f"{PLACE}市场监管综合行政执法大队"
    sh = _Sheet("责任清单", [6, 16, 12, 14, 38, 9, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add(
        "序号",
        "执法中队（股室）",
        "岗位",
        "职责事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    lead, food, order, legal = "大队领导", "食品安全执法中队", "市场秩序执法中队", "法制审核股"
    rows = [
        (lead, "大队长", "leader", "重大案件决定", "涉嫌犯罪案件应移送司法机关而不移送", "岗位职责", "一级风险",
         "涉刑案件移送实行台账管理，移送情况报县市场监管局。"),
        (lead, "副大队长", "leader", "执法计划安排", "“双随机”抽查计划受人情干扰", "外部环境", "二级风险",
         "抽查计划经局务会审定，抽查对象系统随机产生。"),
        (food, "中队长", "middle", "食品抽检", "抽检不合格结果不及时核查处置", "岗位职责", "一级风险",
         "不合格结果处置限时办结，情况按月通报。"),
        (food, "执法人员", "general", "农贸市场快检", "农药残留快检数据造假", "思想道德", "二级风险",
         "快检数据实时上传，复检比例不低于10%。"),
        (food, "执法人员", "general", "食品经营检查", "对超范围使用食品添加剂只教育不处罚", "业务流程", "二级风险",
         "检查发现问题一律登记，处理结果经中队长审核。"),
        (order, "中队长", "middle", "假冒伪劣查处", "查扣的假冒伪劣商品处置不登记", "制度机制", "一级风险",
         "查扣物品入库登记，销毁时纪检人员现场监督。"),
        (order, "执法人员", "general", "投诉举报处理", "消费者投诉压件不办，调解偏袒经营者", "业务流程", "三级风险",
         "投诉件编号登记，办结回访。"),
        (order, "执法人员", "general", "价格检查", "节假日价格检查中收受商户好处", "外部环境", "二级风险",
         "价格检查两人以上，签订廉洁执法承诺书。"),
        (legal, "法制审核员", "general", "法制审核", "罚款、没收违法所得裁量审核不严", "制度机制", "二级风险",
         "严格执行裁量基准，审核意见书面留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分一级风险（高）、二级风险（中）、三级风险（低）；本清单对岗不对人。", 8)
    sh.add("编制：", None, None, "审核：", None, None, "2024年6月", None)
    return _layout(
        "market_enforcement_duties",
        "https://www.hkyyi.com/html/jie-mi-qi-xian-shi-chang-zhi-fa-da-dui-shou-hu-gong-ping-zheng-yi-hu-hang-bai-xing-cai-lan-zi.html",
        "县市场监管综合行政执法大队 廉政风险防控责任清单 对岗不对人, after the source's 县市场执法大队 (虚假宣传, 消费者投诉, "
        "食品安全, 食品添加剂、农药残留, 制售假冒伪劣, 警告、罚款、没收违法所得, 移送司法机关): a title, then 序号/``执法中队（股室）`` "
        "merged (大队领导, 食品安全执法中队, 市场秩序执法中队, 法制审核股)/岗位/``职责事项``/廉政风险点/风险类别 (short names)/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; a ``注：`` line on the levels and 对岗不对人, and an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    asset_company_successors(),
    water_supply_checklist(),
    bus_company_groups(),
    traffic_enforcement_cards(),
    health_enforcement_badges(),
    culture_market_self_checks(),
    grassland_enforcement_squads(),
    market_enforcement_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch252-inbox"))
