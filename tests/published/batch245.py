"""The two-hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county, 九寨沟县 — its
局, its 乡镇 and a 事业单位 (the 双河镇人民政府, the 教育局, the 水务局, the 社会保险事业管理中心, the
文化体育和旅游局, the 应急管理局 and the 统计局) each handing back the 清单, 一览表, 自查表, 防控卡 or 排查表
such an office really sends, the rows about 宅基地, 低保, 校园餐, 采砂, 社保待遇, 旅游市场, 救灾物资 and
统计数据:

- the 双河镇人民政府's 权责清单 with its 廉政风险点 (the 乡镇 ``两个清单`` shape): ``权力事项名称 | 权力类别 |
  责任事项`` merged per matter, the risk, ``一级/二级/三级``, no type column, and ``承办机构 | 责任岗位 |
  责任人`` last, merged per matter, a ``注：`` line;
- the 教育局's 一览表 in one sheet a 股室 (tabs 局领导, 学校后勤保障中心, 计划财务股): a ``股室：…　填报日期：…``
  line under the title, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低, ``股室负责人（签字）：``
  below;
- the 水务局's 自查表, one sheet a person (tabs 河湖管理股, 水政监察大队, 农村水利水电股): ``姓　名 | … |
  职　务 | … | 所在股室 | …`` in one row, a ``工作职责`` column, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a
  ``注：`` line, ``自查人（签字）：`` below;
- the 社会保险事业管理中心's 一览表: 股室 merged (中心领导, 参保征缴股, 待遇审核股, 基金财务股, 稽核股), 岗位
  and 姓名 merged per person, an ``经办环节`` column, ``高风险/中风险/低风险``, no type column;
- the 文化体育和旅游局's 防控卡, one sheet a holder: ``持卡人 | … | 职　务 | …`` and ``所在股室（队） | … |
  岗位职责 | …`` above, ``★★★/★★/★`` with a legend line, no type column, ``监督电话`` and ``持卡人签字`` below;
- the 应急管理局's 排查表 under group rows ``一、局领导`` … ``四、应急管理综合行政执法大队`` merged across (no
  股室 column), 岗位 and ``责任人`` merged per person, ``…风险`` types, ``较高/一般/较低`` with a ``注：`` line
  naming the three, an empty ``备注`` column;
- the 统计局's 清单 对岗不对人: 股室 and 岗位 merged, a ``岗位职责`` column, short types,
  ``一级风险/二级风险/三级风险``.

One is harder:

- ``zhangzha_vertical_labels``: the 漳扎镇人民政府's 一览表 typed the way a 乡镇 党政办 types a table
  whose first columns are narrow: the merged 科室 cells are written VERTICALLY, ONE CHARACTER A LINE
  with Alt+Enter — ``镇⏎领⏎导``, ``党⏎政⏎办``, ``经⏎发⏎办``, ``社⏎事⏎办``, ``财⏎政⏎所`` — and so are the
  narrow headings ``序⏎号`` and ``科⏎室`` (``风险⏎等级`` broken once). Everything else is the plain
  一览表: 岗位 and 姓名 merged per person, short types, 高/中/低. The README's 读得懂的表 knows a
  heading broken over two lines (``风险⏎类别``), letters spaced out (``领 导 班 子 成 员``), and a cell
  ``定点评估岗⏎吴海燕`` that is a post over its holder, but not a label stood on end, one character a
  line, in a merged 科室 cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 乡镇党政办公室's duties —
综合协调, 文秘, 档案管理, 后勤保障 (办公用品采购, 食堂, 车辆调度), 对外联络 (接待, 来信来访), 宣传报道; a 县's
乡镇政府 ``两个清单`` — 权力事项名称, 实施依据, 责任事项, 追责情形, 权力运行流程图, 廉政风险点; a 县教育局's
``校园餐`` 专项整治 — 食堂原材料采购, 餐费和补助, 结余资金清退, 教职工陪餐, 后勤保障中心, 监察室; a 县水利局's
河湖管理 — 涉河项目审批, 清四乱, 采砂, 拍卖砂石款, 小型水库除险加固, 小水电 生态流量; a 县社保经办机构's
规范经办 — 违规提前退休, 一次性补费, 重复领取, 死亡冒领, 服刑人员, 集体会审, 不相容岗位, 收支两条线, 对账;
a 旅游区综合执法大队's 旅游市场整治 — 占道经营, 尾随兜售, 搓客拉客, 导游持证, 团队行程单; a 县's 应急体系 —
安委会, 减灾委, 防汛抗旱, 森林防火, 应急预案, 救灾物资; a 省统计局's 通报 of 统计违法案件 — 固定资产投资项目
入库资料, 代填代报, 打捆重复报送, 空壳企业, 统计执法检查) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 九寨沟县 (its 永乐镇 the county seat; 漳扎镇
at the mouth of the scenic valley, 双河镇 further down).

Run ``python tests/published/score.py --set batch245`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a 科室 cell written one character a line is the 科室 its characters spell
  (``党⏎政⏎办`` → 党政办, as typed, not expanded to 党政办公室); the heading ``科⏎室`` is 科室 and ``序⏎号``
  序号; ``镇领导`` is the 科室 of the 镇's leaders (as batch242 kept ``镇领导班子``);
- a 乡镇's 办, 所, 队 and 中心 are its 科室 (batches 203, 210, 229, 239, 242): the 双河镇's ``承办机构``
  (规划建设办, 社会事务办, 综合行政执法队, 农业综合服务中心) is the 科室, ``责任岗位`` the post, ``责任人`` the
  holder; ``权力事项名称``, ``权力类别`` and ``责任事项`` are no points;
- the 教育局's 学校后勤保障中心, the 水务局's 水政监察大队, the 文化体育和旅游局's 文化市场综合行政执法大队 and
  the 应急管理局's 应急管理综合行政执法大队 and the 统计局's 普查中心 stand as 股室 of their 局: 科室, their
  主任/大队长 middle; the 社会保险事业管理中心 is a unit of its own, its 主任 a leader and ``中心领导`` its
  科室; ``局领导`` (a tab, a line, a group row, a card's 所在股室) is the 科室 of the 局's leaders;
- ``工作职责``, ``经办环节``, ``岗位职责`` and ``备注`` are no points; the 统计局's list names no person
  (对岗不对人), its forms are its 股室 and posts;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★``,
  ``较高/一般/较低`` (all three used, a note naming them) and ``一级风险/二级风险/三级风险`` are 1/2/3;
- 镇党委书记, 镇长, 副镇长, 局长, 副局长 and the 社保中心's 主任 are leaders; 股长, the 主任 of a 镇's 办 or
  中心 or of a 局's 中心, 所长, 队长 and 大队长 middle; the rest (文书, 驾驶员, 民政专干, 出纳, 营养餐专干,
  会计, 执法队员, 技术员, 经办员, 复核员, 稽核员, 科员, 统计员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b245_"
PLACE = "九寨沟县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
SOFT = {"较高": 1, "一般": 2, "较低": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def upright(label: str) -> str:
    """A label stood on end, one character a line (Alt+Enter after each)."""
    return "\n".join(label)


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(风险点, 风险类型, 等级, 防控措施)])
ZHANGZHA = [
    ("镇领导", "镇党委书记", "缑霁岑", "leader", [
        ("“三重一大”事项不经党委会集体研究，个人说了算", "制度机制", "高",
         "严格执行“三重一大”集体决策制度，会议记录存档备查。"),
        ("插手干预村（社区）干部选任和村级工程项目", "岗位职责", "高", "落实插手干预重大事项记录报告制度。"),
    ]),
    ("镇领导", "镇长", "昝沅汀", "leader", [
        ("镇级财政资金审批“一支笔”把关不严", "制度机制", "高", "大额资金支出经镇长办公会研究，实行联签审批。"),
        ("镇村建设项目化整为零规避招标", "业务流程", "中", "限额以上项目一律进入县公共资源交易中心交易。"),
    ]),
    ("镇领导", "副镇长", "钭苡川", "leader", [
        ("民宿、农家乐安全检查走过场，接受经营户宴请", "外部环境", "中", "检查两人以上，检查记录拍照存档。"),
        ("安全生产隐患整改验收降低标准", "岗位职责", "中", "隐患整改闭环销号，复查情况留痕。"),
    ]),
    ("党政办", "主任", "逄芰舟", "middle", [
        ("公务接待超标准、无公函接待", "制度机制", "中", "接待实行审批单、公函、清单“三单”管理，每月公示。"),
        ("办公用品和食堂物资采购不比价，虚开发票", "业务流程", "中", "办公用品定点采购，食堂物资入库出库登记。"),
        ("群众来信来访压件不办、泄露信访人信息", "岗位职责", "低", "来信来访登记编号，办理结果限时回复。"),
    ]),
    ("党政办", "文书", "蒯湜云", "general", [
        ("公文处理和档案借阅中泄露涉密信息", "岗位职责", "低", "涉密文件专柜保管，档案借阅登记审批。"),
    ]),
    ("党政办", "驾驶员", "隗沐棠", "general", [
        ("公务用车私用，虚报加油、维修费用", "思想道德", "低", "凭派车单出车，加油卡专车专用，维修定点。"),
    ]),
    ("经发办", "主任", "亓苒枫", "middle", [
        ("产业项目申报材料审核不严，虚报套取扶持资金", "岗位职责", "高", "申报材料实地核查，拟扶持名单公示七天。"),
        ("民宿提升奖补资金分配优亲厚友", "思想道德", "中", "奖补标准和结果在村务公开栏公示。"),
    ]),
    ("社事办", "主任", "仉霈汐", "middle", [
        ("低保、特困对象入户调查走过场，优亲厚友", "岗位职责", "高", "入户调查两人以上，评议结果张榜公示。"),
    ]),
    ("社事办", "民政专干", "郇槿舟", "general", [
        ("临时救助资金发放不及时、截留私分", "业务流程", "中", "救助资金一律打卡发放，按季度公示。"),
    ]),
    ("财政所", "所长", "甘霁帆", "middle", [
        ("惠民惠农补贴资金审核把关不严", "岗位职责", "高", "补贴经村、镇两级审核公示，“一卡通”发放。"),
        ("村级财务代理记账票据审核不严", "业务流程", "中", "村级票据逐笔审核，每半年开展村级财务检查。"),
    ]),
    ("财政所", "出纳", "笪沚岚", "general", [
        ("坐支、挪用现金，公款私存", "制度机制", "中", "现金日清月结，所长不定期盘点。"),
    ]),
]  # fmt: skip


def zhangzha_vertical_labels() -> dict:
    unit = f"{PLACE}漳扎镇人民政府"
    sh = _Sheet("一览表", [4, 4, 11, 8, 38, 9, 5, 38])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{PLACE}漳扎镇岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 8}填报时间：2024年6月12日", 8)
    sh.add(
        upright("序号"),
        upright("科室"),
        "岗位",
        "姓名",
        "风险点",
        "风险类型",
        "风险\n等级",
        "防控措施",
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ZHANGZHA:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, upright(dept), post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, None, "审核人：", None, "镇党委书记（签字）：", None)
    return _layout(
        "zhangzha_vertical_labels", "http://zixun.sqedu.cn/jxfw/202505/231932.html",
        "(harder) 镇人民政府 岗位廉政风险防控一览表, after the source's account of a 乡镇党政办公室's duties (综合协调, 文秘, "
        "档案管理, 后勤保障 — 办公用品采购, 食堂管理, 车辆调度 —, 对外联络 — 接待来访客人, 群众来信来访 —, 宣传报道): "
        "``附件2``, a title, a merged ``填报单位：…（盖章）　…　填报时间：…`` line, then 序号/科室 merged/岗位 and 姓名 merged "
        "per person/风险点/风险类型 (short)/风险等级 高/中/低/防控措施 — the narrow merged 科室 cells written VERTICALLY, ONE "
        "CHARACTER A LINE with Alt+Enter (``镇⏎领⏎导``, ``党⏎政⏎办``, ``经⏎发⏎办``, ``社⏎事⏎办``, ``财⏎政⏎所``), and so the "
        "narrow headings ``序⏎号``, ``科⏎室`` (``风险⏎等级`` broken once); a ``注：`` line and a 填表人/审核人/镇党委书记签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts

# (权力事项名称, 权力类别, 责任事项, 承办机构, 责任岗位, 责任人, tier, [(廉政风险点, 等级, 防控措施)])
SHUANGHE = [
    ("农村村民宅基地审批", "行政许可", "受理、审查、现场踏勘、审批、公示", "规划建设办", "主任", "邴翊岚", "middle", [
        ("对不符合“一户一宅”条件的申请予以审批", "一级", "部门联审联办，审批结果在村务公开栏公示。"),
        ("现场踏勘不到场，对未批先建不制止", "二级", "现场踏勘两人以上并拍照留存。"),
    ]),
    ("最低生活保障对象审核确认", "行政确认", "入户调查、民主评议、审核确认、公示", "社会事务办", "主任", "冼蘅芜",
     "middle", [
        ("入户调查不实，民主评议流于形式", "一级", "入户调查两人以上，评议会邀请村监委会参加。"),
        ("对已不符合条件的低保对象不及时清退", "二级", "每半年开展一次动态核查，清退名单公示。"),
    ]),
    ("临时救助金给付", "行政给付", "受理、核实、审批、发放", "社会事务办", "民政专干", "庹沁禾", "general", [
        ("虚报冒领、截留临时救助资金", "一级", "救助资金打卡发放，救助名单按季度公示。"),
    ]),
    ("违法建设行为的行政处罚", "行政处罚", "立案、调查取证、告知、决定、执行", "综合行政执法队", "队长", "麻峤屿",
     "middle", [
        ("对违法建设选择性执法，以罚代管或降格处理", "一级", "适用行政处罚裁量基准，处罚决定经法制审核。"),
        ("罚没款不及时上缴财政", "三级", "罚没款一律通过非税收入系统缴库。"),
    ]),
    ("耕地地力保护补贴发放", "行政给付", "面积核实、公示、汇总上报", "农业综合服务中心", "主任", "弓澜舒", "middle", [
        ("补贴面积核实不准，虚报冒领补贴", "二级", "补贴面积与确权面积比对，分村公示。"),
    ]),
    ("农村土地承包经营纠纷调解", "其他行政权力", "受理、调查、调解、归档", "农业综合服务中心", "主任", "弓澜舒",
     "middle", [
        ("调解中偏袒一方当事人，收受好处", "三级", "调解两人以上，调解协议存档备查。"),
    ]),
]  # fmt: skip


def shuanghe_power_risks() -> dict:
    unit = f"{PLACE}双河镇人民政府"
    sh = _Sheet("权责清单", [5, 16, 9, 18, 34, 7, 32, 14, 9, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}权责清单及廉政风险点一览表", 10)
    sh.add("序号", "权力事项名称", "权力类别", "责任事项", "廉政风险点", "风险等级", "防控措施", "承办机构", "责任岗位",
           "责任人")  # fmt: skip
    for i, (power, kind, duty, dept, post, who, tier, points) in enumerate(SHUANGHE, 1):
        first = len(sh.rows)
        for point, lv, measures in points:
            sh.add(i, power, kind, duty, point, lv, measures, dept, post, who)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        last = len(sh.rows) - 1
        if last > first:
            for c in (0, 1, 2, 3, 7, 8, 9):
                for r in range(first + 1, last + 1):
                    sh.rows[r][c] = None
                sh.merge(first, c, last, c)
    _line(
        sh,
        "注：1.风险等级分一级（高）、二级（中）、三级（低）；2.实施依据、追责情形和权力运行流程图见权责清单正文。",
        10,
    )
    sh.add("审核人：", None, None, None, "镇长（签字）：", None, None, "2024年5月", None, None)
    return _layout(
        "shuanghe_power_risks", "http://www.ahjgbzw.gov.cn/content/detail/5a3df17019121b90b28011c5.html",
        "镇人民政府 权责清单及廉政风险点一览表, after the source's account of a 县's 乡镇政府 ``两个清单`` (权力事项名称, 实施依据, "
        "责任事项, 追责情形, 权力运行流程图, 廉政风险点; 乡镇 共性权力 from the 省 参考目录): a title, then 序号/"
        "``权力事项名称``/``权力类别``/``责任事项`` merged per matter/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/"
        "``承办机构 | 责任岗位 | 责任人`` LAST, merged per matter (规划建设办, 社会事务办, 综合行政执法队, 农业综合服务中心; one "
        "主任 holding two matters), no type column; a ``注：`` line and an 审核人/镇长签字/date line",
        [sh], t,
    )  # fmt: skip


# (tab, 股室, [(岗位, 姓名, tier, [(风险点, 风险类型, 等级, 防控措施)])])
EDUCATION = [
    ("局领导", "局领导", [
        ("局长", "厍昀澈", "leader", [
            ("教育项目建设和大宗采购不经党组集体研究", "制度机制风险", "高", "严格执行“三重一大”决策制度，会议纪要存档。"),
            ("教师调配、校长选任中个人说了算", "岗位职责风险", "高", "调配方案和选任结果经党组会研究并公示。"),
        ]),
        ("副局长", "阎霏渚", "leader", [
            ("对“校园餐”专项整治发现的问题督促整改不力", "岗位职责风险", "中", "整改问题建立台账，按月调度销号。"),
            ("插手学校食堂大宗食材供应商选定", "外部环境风险", "高", "食材供应商由学校公开招标确定，局纪检监督。"),
        ]),
    ]),
    ("学校后勤保障中心", "学校后勤保障中心", [
        ("主任", "骞蘅若", "middle", [
            ("学生营养改善计划资金拨付审核不严", "业务流程风险", "高", "资金按实际就餐人数拨付，拨付前与学籍系统比对。"),
            ("学校食堂原材料采购中搞利益输送", "外部环境风险", "高", "大宗食材集中招标采购，验收三人以上签字。"),
            ("学校食堂学期末结余资金未据实清退", "制度机制风险", "中", "食堂账目每学期公示，结余资金清退到生。"),
        ]),
        ("营养餐专干", "羿漪澄", "general", [
            ("学生就餐人数统计不实，虚报冒领补助", "岗位职责风险", "中", "就餐人数每日登记，每月抽查核对。"),
            ("教职工陪餐登记不实，免费吃学生餐", "思想道德风险", "低", "陪餐实行登记缴费制度，陪餐记录存档。"),
        ]),
    ]),
    ("计划财务股", "计划财务股", [
        ("股长", "鞠瑀汐", "middle", [
            ("学校公用经费分配不按标准，优亲厚友", "岗位职责风险", "中", "公用经费按生均标准分配，分配结果公开。"),
            ("对学校食堂违规列支奖金福利审核不严", "制度机制风险", "中", "食堂账户单独核算，每学期开展专项审计。"),
        ]),
        ("会计", "帅芷漪", "general", [
            ("原始票据审核不严，虚列支出", "业务流程风险", "低", "票据经办人、证明人、审批人三签，逐笔审核。"),
        ]),
    ]),
]  # fmt: skip


def education_office_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    sheets = []
    for tab, dept, people in EDUCATION:
        sh = _Sheet(tab, [6, 12, 9, 36, 14, 8, 36])
        _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
        _line(sh, f"股室：{dept}{GAP * 10}填报日期：2024年5月20日", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add()
        sh.add("股室负责人（签字）：", None, None, "分管领导（签字）：", None, None, None)
        sheets.append(sh)
    return _layout(
        "education_office_sheets", "http://lte21.cn/Item/28084.aspx",
        "县教育局 岗位廉政风险防控一览表 in one sheet a 股室 (tabs 局领导, 学校后勤保障中心, 计划财务股), after the source's 县教育局 "
        "``校园餐`` 专项整治 notice (学校食堂 食品安全, 违规开支, 原材料采购 利益输送, 克扣挪用 餐费和补助, 结余资金 清退, "
        "教职工 陪餐, 后勤保障中心, 监察室): a title, a merged ``股室：…　…　填报日期：2024年5月20日`` line, then 序号/岗位 and "
        "姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a blank row and a 股室负责人/分管领导签字 "
        "line",
        sheets, t,
    )  # fmt: skip


# (tab, 股室, 职务, 姓名, tier, [(工作职责, 风险点, 风险类型, 等级, 防控措施)])
WATER = [
    ("河湖管理股", "河湖管理股", "股长", "那溱屿", "middle", [
        ("涉河项目审批", "涉河建设项目方案审查把关不严，违规出具同意意见", "岗位职责", "Ⅰ级",
         "方案审查邀请专家论证，审查意见经局务会研究。"),
        ("河湖“清四乱”", "“清四乱”问题整改验收弄虚作假、虚假销号", "业务流程", "Ⅱ级", "整改销号附现场照片，股室交叉复核。"),
        ("涉河项目监管", "接受涉河项目建设单位宴请、礼品", "思想道德", "Ⅲ级", "签订廉洁承诺书，监管情况记录在案。"),
    ]),
    ("水政监察大队", "水政监察大队", "执法队员", "牟霂川", "general", [
        ("河道采砂执法", "查处非法采砂案件以罚代管、降格处理", "岗位职责", "Ⅰ级", "案件适用裁量基准，重大案件集体讨论。"),
        ("罚没物品处置", "没收砂石登记不全，拍卖砂石款不及时上缴", "制度机制", "Ⅱ级", "没收砂石登记造册，拍卖款全额缴入国库。"),
        ("日常巡查", "巡查中发现采砂船舶、机具不制止不报告", "外部环境", "Ⅱ级", "巡查轨迹全程记录，巡查日志每日上报。"),
    ]),
    ("农村水利水电股", "农村水利水电股", "技术员", "粟芊", "general", [
        ("水利工程质量监督", "小型水库除险加固工程验收把关不严", "业务流程", "Ⅰ级", "验收邀请第三方检测，验收资料存档。"),
        ("小水电监管", "小水电站生态流量泄放监管不到位，监测数据造假", "岗位职责", "Ⅱ级", "生态流量在线监测，数据异常自动预警。"),
        ("维修养护", "小型水库维修养护工程量核定不实", "岗位职责", "Ⅲ级", "工程量现场核定，结算经审计。"),
    ]),
]  # fmt: skip


def water_self_check() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    sheets = []
    for tab, dept, post, who, tier, points in WATER:
        sh = _Sheet(tab, [6, 16, 36, 10, 8, 34])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓　名", who, "职　务", post, "所在股室", dept)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _line(sh, "注：风险等级Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 6)
        sh.add("自查人（签字）：", None, "股室负责人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "water_self_check", "http://www.360elib.com:2027/detail.aspx?NewsCode=NC005&NewsId=23818675&OrgId=001",
        "县水务局 干部职工廉政风险自查表, one sheet a person (tabs 河湖管理股, 水政监察大队, 农村水利水电股), after the source's "
        "县水利局 整治河湖顽瘴痼疾 (涉河项目 建设方案审查审批, 清四乱, 妨碍河道行洪, 采砂船舶, 拍卖砂石款, 小型水库除险加固, 维修"
        "养护, 小水电 生态流量 监测设施): a title, ``姓　名 | … | 职　务 | … | 所在股室 | …`` in one row, then 序号/"
        "``工作职责``/风险点/风险类型 (short)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on the levels and "
        "``自查人（签字）： | 股室负责人（签字）： | 年　月　日`` below",
        sheets, t,
    )  # fmt: skip


# (股室, 岗位, 姓名, tier, [(经办环节, 风险点, 等级, 防控措施)])
PENSION = [
    ("中心领导", "主任", "燕澍岚", "leader", [
        ("待遇支付审批", "1万元以上待遇支付不经集体会审", "高风险", "重大支付事项集体会审，会审记录存档。"),
        ("内部控制", "不相容岗位设置把关不严，一人兼办经办与复核", "中风险", "按岗位互斥原则分别授权，系统权限每季度清理。"),
    ]),
    ("参保征缴股", "股长", "覃淯芊", "middle", [
        ("补缴审核", "为不符合条件的人员办理一次性补缴养老保险费", "高风险", "补缴凭原始工资凭证办理，复核后报中心审批。"),
    ]),
    ("参保征缴股", "经办员", "刁翮宁", "general", [
        ("参保登记", "违规为服刑人员办理参保缴费", "中风险", "参保信息与司法行政部门数据比对。"),
    ]),
    ("待遇审核股", "股长", "谯鹭汀", "middle", [
        ("退休审批", "违规办理提前退休，特殊工种审核不严", "高风险", "特殊工种提前退休公示，档案双人审核。"),
        ("待遇核定", "对重复领取待遇的数据比对不及时", "中风险", "每月开展跨险种、跨地区数据比对。"),
    ]),
    ("待遇审核股", "复核员", "栾珂沚", "general", [
        ("待遇复核", "死亡人员待遇未及时停发，导致冒领", "高风险", "与公安、民政、殡葬数据定期比对，及时停发追回。"),
    ]),
    ("基金财务股", "会计", "邝芮汐", "general", [
        ("基金核算", "基金收支未执行“收支两条线”管理", "中风险", "收入户、支出户分设，支出全部经业务系统生成。"),
    ]),
    ("基金财务股", "出纳", "荆湄岫", "general", [
        ("资金对账", "未按月与银行、财政对账，账实不符", "中风险", "每月编制存款余额调节表，股长复核签字。"),
        ("基金支付", "挪用社会保险基金", "高风险", "基金支付实行经办、复核、审批三级控制。"),
    ]),
    ("稽核股", "稽核员", "乜筠澜", "general", [
        ("稽核监督", "稽核发现的问题不移交、不追回", "中风险", "稽核问题建立台账，追回情况按月通报。"),
        ("数据查询", "泄露参保人员个人信息", "低风险", "查询权限分级设置，查询日志留存备查。"),
    ]),
]  # fmt: skip


def pension_center_list() -> dict:
    unit = f"{PLACE}社会保险事业管理中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 12, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年4月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "经办环节", "风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in PENSION:
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, step, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "股室负责人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "pension_center_list", "https://lzq.gov.cn/news/show/20221121103935863.html",
        "县社会保险事业管理中心 岗位廉政风险防控一览表, after the source's 社保经办 规范 (违规提前退休, 一次性补费, 数据异常重复领取, "
        "死亡冒领, 服刑人员参保, 经办 复核 稽核 财务 审批, 1万元以上 集体会审, 不相容岗位, 收支两条线, 按月对账): a title, a "
        "merged ``填报单位（盖章）：…　…　填报时间：2024年4月`` line, then 序号/股室 merged (中心领导, 参保征缴股, 待遇审核股, "
        "基金财务股, 稽核股)/岗位 and 姓名 merged per person/``经办环节``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施, no "
        "type column; a blank row and a 填表人/股室负责人/中心主任签字 line",
        [sh], t,
    )  # fmt: skip


# (tab, 持卡人, 职务, 所在股室（队）, 岗位职责, tier, [(风险点, 等级, 防控措施)])
TOURISM = [
    ("副局长", "濮琰澈", "副局长", "局领导", "分管旅游市场管理、文化市场综合行政执法", "leader", [
        ("为违规经营的旅行社、景区商户说情打招呼", "★★★", "落实干预插手执法记录报告制度。"),
        ("旅游发展专项资金安排不经集体研究", "★★★", "专项资金安排经党组会研究，分配结果公示。"),
        ("旅游市场秩序整治中选择性查处“黑导”和搓客拉客", "★★", "整治对象清单化，查处结果定期通报。"),
    ]),
    ("执法大队", "汲霁淮", "大队长", "文化市场综合行政执法大队", "负责旅游、文化市场综合执法检查和行政处罚", "middle", [
        ("对占道经营、尾随兜售的处罚适用裁量基准不一", "★★", "严格执行行政处罚裁量基准，案件经法制审核。"),
        ("行政处罚案件调查取证不全，降格处理", "★★★", "重大案件集体讨论，执法全过程记录。"),
        ("联合执法检查前泄露检查信息", "★★", "检查计划临时下达，参检人员上交通讯工具。"),
    ]),
    ("旅游市场股", "贡芷汐", "科员", "旅游市场管理股", "负责导游和旅行社日常监管、旅游投诉受理", "general", [
        ("导游持证、团队行程单检查走过场", "★", "检查记录上传监管平台，股长随机抽查。"),
        ("受理旅游投诉时偏袒经营者", "★★", "投诉件登记编号，处理结果回访游客。"),
        ("旅游企业等级评定推荐中收受好处", "★★★", "评定推荐集体研究，推荐结果公示。"),
        ("接受旅行社宴请、赠送门票", "★", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
]  # fmt: skip


def tourism_bureau_cards() -> dict:
    unit = f"{PLACE}文化体育和旅游局"
    t = _Truth(unit)
    sheets = []
    for tab, who, post, dept, work, tier, points in TOURISM:
        sh = _Sheet(tab, [12, 38, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        sh.add("所在股室（队）", dept, "岗位职责", work)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("监督电话：0837-7732388", None, "持卡人签字：", "年　月　日")
        sheets.append(sh)
    return _layout(
        "tourism_bureau_cards", "https://gz.cri.cn/2023-08-29/d89a2f1e-8b26-2687-bf54-4d3cf22e5943.html",
        "县文化体育和旅游局 岗位廉政风险防控卡, one sheet a holder (tabs 副局长, 执法大队, 旅游市场股), after the source's 旅游区综合"
        "执法大队 整治旅游秩序 (联合 镇政府、景区管理科、交警; 占道经营, 尾随兜售, 摆摊设点, 搓客拉客, 导游持证, 团队行程单, 行政"
        "处罚): a title, ``持卡人 | … | 职　务 | …`` and ``所在股室（队） | … | 岗位职责 | …`` above a small table 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施, no type column; a legend line and ``监督电话：… | 持卡人签字： | 年　月　日`` below",
        sheets, t,
    )  # fmt: skip


# (分组行, 科室, [(岗位, 责任人, tier, [(风险点, 风险类别, 等级, 防控措施)])])
EMERGENCY = [
    ("一、局领导", "局领导", [
        ("局长", "查泠樾", "leader", [
            ("救灾物资采购、储备不按程序，指定供应商", "外部环境风险", "较高", "救灾物资按政府采购程序采购，验收三人以上。"),
            ("生产安全事故调查处理中说情干预", "岗位职责风险", "较高", "事故调查组集体研究，处理结果公开。"),
        ]),
        ("副局长", "缪屿汀", "leader", [
            ("防汛抗旱、森林防灭火经费分配不公开", "制度机制风险", "一般", "经费分配方案经局务会研究，结果公示。"),
        ]),
    ]),
    ("二、安全生产综合监管股", "安全生产综合监管股", [
        ("股长", "鲍砚汐", "middle", [
            ("对企业安全生产隐患督促整改不力", "岗位职责风险", "一般", "隐患整改建立台账，逾期未改移交执法大队。"),
            ("安全生产标准化评审推荐中收受好处", "思想道德风险", "较高", "评审委托第三方，推荐结果集体研究。"),
        ]),
    ]),
    ("三、防灾减灾股", "防灾减灾股", [
        ("股长", "嵇苇澜", "middle", [
            ("受灾群众生活救助对象审核不严", "业务流程风险", "较高", "救助对象村级评议、乡镇审核、县级复核并公示。"),
        ]),
        ("科员", "柯翾", "general", [
            ("救灾物资入库出库登记不实", "制度机制风险", "一般", "物资出入库双人登记，每季度盘点。"),
            ("应急预案编制委托第三方不比选", "业务流程风险", "较低", "委托事项三家比选，结果公示。"),
        ]),
    ]),
    ("四、应急管理综合行政执法大队", "应急管理综合行政执法大队", [
        ("大队长", "暴峋川", "middle", [
            ("执法检查中对违法行为以罚代管", "岗位职责风险", "较高", "执法全过程记录，处罚决定经法制审核。"),
            ("行政处罚自由裁量权使用不当", "制度机制风险", "一般", "严格适用裁量基准，处罚结果网上公开。"),
        ]),
        ("执法队员", "寿沅芷", "general", [
            ("接受检查对象宴请、礼品", "思想道德风险", "较低", "两人以上执法，签订廉洁执法承诺书。"),
        ]),
    ]),
]  # fmt: skip


def emergency_group_rows() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("排查表", [6, 10, 9, 38, 13, 8, 36, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    n = 0
    for caption, dept, people in EMERGENCY:
        _line(sh, caption, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures, None)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), SOFT[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分较高、一般、较低三档。", 8)
    sh.add("排查人：", None, None, "局长（签字）：", None, "2024年7月", None, None)
    return _layout(
        "emergency_group_rows",
        "http://www.gzhezhang.gov.cn/zwpt/xxgkml/zdgk/jdjc/aqsc/202007/t20200721_61674831.html",
        "县应急管理局 岗位廉政风险排查表, after the source's account of a 县's 应急体系 (``两委四部`` — 安委会, 减灾委, 应急救援总"
        "指挥部, 防汛抗旱, 森林防火, 抗震救灾 —, 专项指挥部, 应急预案, 物资保障): a title, then 序号/岗位/``责任人``/风险点/"
        "风险类别 ``…风险``/风险等级 ``较高/一般/较低``/防控措施/an empty ``备注`` under group rows ``一、局领导``, "
        "``二、安全生产综合监管股``, ``三、防灾减灾股``, ``四、应急管理综合行政执法大队`` merged across (no 股室 column), 岗位 and "
        "责任人 merged per person; a ``注：`` line naming the three levels and an 排查人/局长签字/date line",
        [sh], t,
    )  # fmt: skip


# (股室, 岗位, tier, 岗位职责, [(风险点, 风险类型, 等级, 防控措施)])
STATISTICS = [
    ("局领导", "局长", "leader", "主持全面工作", [
        ("授意、指使修改统计数据，干预统计独立调查", "岗位职责", "一级风险", "落实防范和惩治统计造假责任制，干预情况记录报告。"),
    ]),
    ("局领导", "副局长", "leader", "分管统计执法监督", [
        ("统计执法检查中对违法企业降格处理", "外部环境", "二级风险", "执法检查对象“双随机”抽取，处罚结果公开。"),
    ]),
    ("综合股", "股长", "middle", "统计数据审核汇总、经费管理", [
        ("固定资产投资项目入库资料审核不严，打捆重复报送", "业务流程", "一级风险", "入库资料逐项核实，项目现场查看。"),
        ("统计调查项目经费使用不规范", "制度机制", "三级风险", "经费支出经局务会研究，按项目核算。"),
    ]),
    ("专业统计股", "统计员", "general", "企业联网直报数据审核", [
        ("代填代报企业统计数据", "思想道德", "一级风险", "企业自主报送，数据异常电话核实留痕。"),
        ("规模以上企业名录维护不实，空壳企业报送数据", "岗位职责", "二级风险", "名录库每季度与市场监管、税务数据比对。"),
    ]),
    ("普查中心", "主任", "middle", "经济普查、人口普查组织实施", [
        ("普查员、普查指导员选聘和劳务费发放不规范", "制度机制", "二级风险", "选聘结果公示，劳务费打卡发放。"),
        ("泄露普查对象商业秘密和个人信息", "岗位职责", "二级风险", "普查资料专人保管，查阅登记。"),
    ]),
]  # fmt: skip


def statistics_post_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("清单", [6, 12, 9, 18, 38, 10, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, tier, duty, points in STATISTICS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("编制：", None, None, "审核：", None, None, "2024年6月", None)
    return _layout(
        "statistics_post_list", "http://stats.yn.gov.cn/Pages_3_1637.aspx",
        "县统计局 岗位廉政风险防控清单 对岗不对人, after the source's 通报 of 统计违法案件 (固定资产投资项目 入库资料, 代填代报, "
        "违规打捆和重复报送, 规模以上工业企业 数据失实, 空壳企业, 授意指使强令, 统计执法检查): a title, then 序号/股室 merged (局领导, "
        "综合股, 专业统计股, 普查中心)/岗位 and ``岗位职责`` merged per post/风险点/风险类型 (short)/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, no names; a blank row and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhangzha_vertical_labels(),
    shuanghe_power_risks(),
    education_office_sheets(),
    water_self_check(),
    pension_center_list(),
    tourism_bureau_cards(),
    emergency_group_rows(),
    statistics_post_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch245-inbox"))
