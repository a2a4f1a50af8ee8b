"""The two-hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's companies,
enforcement bodies and 服务中心, 普格县 (a county of the 凉山彝族自治州, 螺髻山 on its border, its
staff Han and Yi) — its 农业, 应急管理, 生态环境保护 and 卫生健康 综合（监督）执法大队, its 医疗保障事务中心,
公共资源交易服务中心 and 政务服务中心, its 汽车客运有限责任公司 and its 农业投资发展有限责任公司 — each handing
back the 一览表, 防控卡, 清单, 自查表 or 排查登记表 its staff typed in WPS or Excel, the rows about 农资抽检,
串乡销售, 私屠滥宰, 瘦肉精, 电鱼, 双随机, 重大事故隐患, 隐患整改复查, 执法公示, 法制审核, 案卷评查, 以罚代停,
偷排漏排, 采样, 整改验收, 无证行医, 医疗机构校验, 公共场所卫生许可, 生活饮用水, 定点医药机构协议管理, 违约
处理, 挂床住院, 外伤调查, 异地就医, 参保登记, 进场交易, 开标, 评标区, 见证, 保证金, 售废票, 收钱不撕票, 票务
稽查, 排班派车, 线路承包费, 进驻事项, 帮办代办, 中介机构, 土地综合整治, 园区建设 and 冷库租赁:

- the 农业综合行政执法大队's 一览表 under a ``单位（盖章）：…　填报日期：…`` line: ``中队（股室）`` merged
  (大队领导, 农资执法中队, 畜牧兽医执法中队, 渔政执法中队, 法制审核股), ``岗位`` and ``姓名`` merged per
  person, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, a 填表人/审核人/大队长 line;
- the 应急管理综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 执法一中队, 法制审核股): ``姓　名 |
  … | 职　务 | … | 所在中队 | …`` in ONE row and a merged ``岗位职责：…`` line above a short ``风险点``
  beside a long ``风险表现``, ``一级/二级/三级``, no type column, ``持卡人（签字）：`` below;
- the 生态环境保护综合行政执法大队's 责任清单 对岗不对人: ``股室（中队）`` merged, ``岗位``, an ``执法环节``
  column before the risk, ``高风险/中风险/低风险``, then ``牵头领导`` (a role) and ``完成时限``; no names, no
  type column;
- the 卫生健康综合监督执法大队's 自查表, one sheet a person (tabs 副大队长, 医疗卫生监督, 公共卫生监督):
  ``姓　名 | … | 性　别 | … | 出生年月 | …`` and ``所在科室 | … | 职　务 | … | 填表日期 | …`` above,
  ``…风险`` types, 高/中/低, ``自查人（签名）： | 科室负责人（签名）：`` below;
- the 医疗保障事务中心's 排查登记表: ``股室`` merged (中心领导, 稽核股, 待遇审核股, 基金财务股, 经办服务大厅),
  ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, short types,
  ``★★★/★★/★`` read by a ``注：`` line, a ``备注`` (``新增`` on one row);
- the 公共资源交易服务中心's 一览表 under group rows ``一、中心领导`` … ``五、综合股`` merged across (no 股室
  column), ``岗位`` and ``姓名`` merged per person, a ``交易环节`` column before the risk, 高/中/低, no type
  column;
- the 汽车客运有限责任公司's 清单: ``部门`` merged, ``岗位`` and ``岗位责任人`` merged per person, ``…风险``
  types, ``一级风险/二级风险/三级风险``, a last ``分管领导`` column (names, ``/`` on the leaders' own rows);
- the 政务服务中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``窗口`` (``窗口`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column.

One is harder:

- ``puge_agri_invest_duty_matrix``: the 农业投资发展有限责任公司's 廉洁风险防控责任矩阵, as a company's
  纪检监察室 draws one after its 内控 manual: ``序号 | 业务领域 | 廉洁风险点 | 风险等级 | 防控措施`` and then
  a block ``责任岗位（●主责　○配合）`` merged over EIGHT post columns (``董事长 | 总经理 | 副总经理 | 综合部部长
  | 财务部部长 | 财务部会计 | 项目建设部部长 | 产业运营部部长``); on every row ONE post carries ``●`` (the post
  that answers for the point) and one to three others ``○`` (posts that help carry out the measures); a
  ``注：…“●”为主责岗位，“○”为配合岗位…`` line under the table; no names, no type column. One post
  column (财务部会计) has only ``○``. The README's 读得懂的表 knows post columns under ``责任岗位`` (or
  ``责任岗位及责任人``) ticked ``√``, where the ticked post holds the row's point, and a ``配合科室`` /
  ``配合部门`` column naming a helper; it says nothing of TWO marks in those columns, one making the
  holder and the other a helper.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 农业综合行政执法 — 农资监管
隐患, 小商小贩串乡销售, 渔政执法 at night, 生猪私屠滥宰, 苯乙醇胺A; a 市应急管理局's “五个严格” — 执法
责任, 执法公示, 全过程记录, 重大决定法制审核, 案卷评查; a 驻生态环境局纪检监察组 on 生态环境执法 —
执法检查、证据收集、裁量处罚、整改验收, 牵头领导、责任部门、工作举措和完成时限; a 省卫生健康监督 meeting —
双随机、一公开, 监督抽检, 立案查处; a piece on 医保经办 风险 — 协议处理, 待遇审核与支付, 审核把关不严; a 市
公管局 on 清廉交易 — 见证, 开评标区, 招、投、开、评、定; a 1986 note of a 运输公司's 票务稽查 — 收钱不撕票,
售废票, 稽查组; a 便民服务中心's 廉政建设制度 — 拉赞助, 有偿中介, 窗口负责人; a study of the 凉山州现代农业
投资发展集团 — 土地综合整治, 园区, 产业) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, and Yi names as a 凉山 county's staff carry them — 瓦其石哈, 俄底约哈, 井曲尔古, 苏呷拉莫); every
unit is a body of 普格县.

Run ``python tests/published/score.py --set batch264`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder matrix a point is held by the ONE post marked ``●`` on its row; a ``○`` post only helps
  and holds nothing, so the 财务部会计 (only ``○``) is no form; a post heading ``综合部部长`` is the
  科室 ``综合部`` and the post ``部长`` (as ``秘书科机要员`` is split), the leaders' headings
  (董事长, 总经理, 副总经理) name no 科室; the matrix names no person: its forms are posts (对岗不对人);
- ``大队领导`` and ``中心领导`` (a 科室 cell, a card's 所在中队, a self-check's 所在科室, a group row, a sheet)
  are the 科室 of those leaders; ``公司领导`` likewise; a 大队's 中队 and 股, a 中心's 股, 大厅 and 窗口,
  and a company's 部, 科, 车队 and 售票室 are 科室;
- every 大队, 中心 and company here is a unit of its own: 大队长, 副大队长, 主任 and 副主任 of a 中心,
  董事长, 总经理 and 副总经理 are leaders; 中队长, 股长, 科长, 部长, 队长 of the 客运车队 and
  窗口负责人 middle; the rest (执法队员, 卫生监督员, 审核员, 会计, 窗口经办员, 经办员, 见证员, 技术员,
  稽查员, 售票员, 出纳, 受理员, 帮办员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``执法环节``, ``交易环节``,
  ``业务领域``, ``岗位职责：``, ``分管工作``, ``牵头领导``, ``完成时限`` and ``分管领导`` are no points and name
  no holder; the 生态环境 list names no person: its forms are posts (对岗不对人);
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``高/中/低``, ``★★★/★★/★`` and
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

PREFIX = "b264_"
PLACE = "普格县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
LEAD, HELP = "●", "○"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# the post columns of the matrix: (heading, 科室, 岗位, tier)
MATRIX_POSTS = [
    ("董事长", "", "董事长", "leader"),
    ("总经理", "", "总经理", "leader"),
    ("副总经理", "", "副总经理", "leader"),
    ("综合部部长", "综合部", "部长", "middle"),
    ("财务部部长", "财务部", "部长", "middle"),
    ("财务部会计", "财务部", "会计", "general"),
    ("项目建设部部长", "项目建设部", "部长", "middle"),
    ("产业运营部部长", "产业运营部", "部长", "middle"),
]

# (业务领域, 廉洁风险点, 风险等级, 防控措施, the ● post's heading, the ○ posts' headings)
MATRIX = [
    ("“三重一大”决策", "重大投资、大额资金使用未经党支部前置研究和董事会集体决策", "高",
     "严格执行“三重一大”决策制度，议题提前送审，会议纪要存档备查。", "董事长", ("总经理", "综合部部长")),
    ("土地综合整治项目", "整治项目发包化整为零，规避公开招标", "高",
     "达到限额的项目一律进入公共资源交易平台公开招标。", "总经理", ("副总经理", "项目建设部部长")),
    ("园区建设工程", "工程进度款超付，设计变更和现场签证把关不严", "高",
     "进度款按监理确认的工程量支付，变更签证分级审批。", "项目建设部部长", ("副总经理", "财务部部长")),
    ("园区建设工程", "隐蔽工程和竣工验收走过场，降低标准验收", "中",
     "隐蔽工程验收拍照留存，竣工验收邀请纪检监察室列席。", "副总经理", ("项目建设部部长",)),
    ("融资管理", "融资中介费用虚高，与中介机构存在利益输送", "中",
     "融资中介比选确定，中介费用报董事会审批。", "财务部部长", ("总经理",)),
    ("资金管理", "公司账户资金违规出借给民营企业或个人", "高",
     "资金出借一律禁止，银行账户余额每月与账面核对。", "财务部部长", ("财务部会计", "总经理")),
    ("农产品购销", "收购价格、等级评定优亲厚友，虚增收购数量", "中",
     "收购价格和等级标准公示，过磅、定级、付款分岗办理。", "产业运营部部长", ("财务部会计",)),
    ("资产租赁", "园区厂房、冷库低价出租或长期无偿给关系人使用", "中",
     "资产出租公开招租，租金标准经评估确定。", "产业运营部部长", ("综合部部长", "财务部会计")),
    ("人事用工", "招聘临时用工暗箱操作，安排亲属和特定关系人", "中",
     "用工计划公开发布，笔试面试全程记录，结果公示。", "综合部部长", ("董事长",)),
    ("公务接待和车辆管理", "业务招待超标准，公务用车私用", "低",
     "业务招待事前审批、事后公示，车辆使用登记。", "综合部部长", ("财务部会计",)),
    ("财政补助项目申报", "申报财政补助项目时虚报投资额和带动农户数", "中",
     "申报材料经项目建设部、财务部会审，申报结果公示。", "副总经理", ("产业运营部部长", "财务部部长")),
]  # fmt: skip


def puge_agri_invest_duty_matrix() -> dict:
    unit = f"{PLACE}农业投资发展有限责任公司"
    ncols = 5 + len(MATRIX_POSTS)
    sh = _Sheet("责任矩阵", [6, 14, 34, 8, 36] + [7] * len(MATRIX_POSTS))
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任矩阵", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2024年10月", ncols)
    top = sh.add("序号", "业务领域", "廉洁风险点", "风险等级", "防控措施",
                 f"责任岗位（{LEAD}主责{GAP}{HELP}配合）", *([None] * (len(MATRIX_POSTS) - 1)))  # fmt: skip
    sh.add(None, None, None, None, None, *(p[0] for p in MATRIX_POSTS))
    for c in range(5):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, ncols - 1)
    by_heading = {p[0]: p for p in MATRIX_POSTS}
    first = len(sh.rows)
    for n, (area, point, lv, measures, lead, helpers) in enumerate(MATRIX, 1):
        marks = [LEAD if p[0] == lead else HELP if p[0] in helpers else None for p in MATRIX_POSTS]
        sh.add(n, area, point, lv, measures, *marks)
        _heading, dept, post, tier = by_heading[lead]
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh,
        f"注：1.责任岗位栏“{LEAD}”为主责岗位，“{HELP}”为配合岗位；2.风险等级分为高、中、低三级。",
        ncols,
    )
    sh.add(
        "编制：纪检监察室",
        None,
        None,
        "审核：",
        None,
        None,
        None,
        None,
        "2024年10月",
        None,
        None,
        None,
        None,
    )
    return _layout(
        "puge_agri_invest_duty_matrix", "http://lsznt.cn/info.aspx?t=11&ContentId=1204",
        "(harder) 县农业投资发展有限责任公司 廉洁风险防控责任矩阵, after the source's study of the 凉山州现代农业投资发展集团 "
        "(土地综合整治, 园区体系, 产业体系, 公司化经营): a title, a merged ``填报单位（盖章）：…　填报时间：2024年10月`` line, "
        "then a TWO-ROW header — 序号/``业务领域`` (merged down over its runs)/廉洁风险点/风险等级 高/中/低/防控措施 merged "
        "down, and ``责任岗位（●主责　○配合）`` merged over EIGHT post columns ``董事长 | 总经理 | 副总经理 | 综合部部长 | "
        "财务部部长 | 财务部会计 | 项目建设部部长 | 产业运营部部长``; every row marks ONE post ``●`` (the post answering for "
        "the point) and one to three others ``○`` (helpers); the 财务部会计 column has only ``○``; a ``注：1.责任岗位栏"
        "“●”为主责岗位，“○”为配合岗位；…`` line and an ``编制：纪检监察室 | 审核： | 2024年10月`` line; no names, no "
        "type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def puge_agri_enforcement_list() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("一览表", [6, 16, 10, 10, 40, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"单位（盖章）：{unit}{GAP * 10}填报日期：2024年9月", 8)
    sh.add("序号", "中队（股室）", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "阙湛岷", "leader", [
            ("对农资制售假案件说情打招呼，降格处理", "思想道德", "Ⅰ级", "涉案处理意见集体研究，说情打招呼登记报告。"),
            ("重大行政处罚决定不经集体讨论", "制度机制", "Ⅰ级", "重大处罚案件经案审会集体讨论，法制审核先行。"),
        ]),
        ("大队领导", "副大队长", "瓦其石哈", "leader", [
            ("执法装备和快检试剂采购指定供应商", "外部环境", "Ⅱ级", "采购按政府采购程序办理，验收两人以上。"),
        ]),
        ("农资执法中队", "中队长", "郗棣萱", "middle", [
            ("农药、种子、肥料监督抽检调换样品或事先透露抽检信息", "岗位职责", "Ⅰ级", "抽检计划保密，样品现场封存、双人签字。"),
            ("对串乡销售假劣农资的小商贩只收缴不立案", "业务流程", "Ⅱ级", "检查记录录入执法办案平台，收缴物品登记入库。"),
        ]),
        ("农资执法中队", "执法队员", "俄底约哈", "general", [
            ("检查中接受农资经营户宴请、土特产", "外部环境", "Ⅲ级", "执法全程佩戴执法记录仪，严禁接受管理对象宴请。"),
        ]),
        ("畜牧兽医执法中队", "中队长", "钮瀚峤", "middle", [
            ("查处生猪私屠滥宰选择性执法、通风报信", "岗位职责", "Ⅰ级", "夜查行动临行前通知，查处结果公开。"),
            ("“瘦肉精”抽检不按规定送检，检测结果造假", "业务流程", "Ⅱ级", "样品编号盲检，阳性结果逐级报告。"),
        ]),
        ("渔政执法中队", "执法队员", "宓湘珩", "general", [
            ("对电鱼等非法捕捞罚款不开票，罚没渔具私自处理", "思想道德", "Ⅱ级", "罚款一律开具票据，渔具集中销毁并录像。"),
        ]),
        ("法制审核股", "股长", "扈桉澄", "middle", [
            ("行政处罚案卷法制审核走过场，自由裁量不统一", "制度机制", "Ⅲ级", "严格执行裁量基准，案卷每季度评查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）三个等级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "大队长：", None)
    return _layout(
        "puge_agri_enforcement_list", "http://ygsite.cn/m/show.asp?id=82442&pageno=3&trcms=1",
        "县农业综合行政执法大队 岗位廉政风险防控一览表, after the source's paper on 农业综合行政执法 (农资监管隐患, 小商小贩"
        "串乡销售, 渔政执法 at night, 生猪私屠滥宰, 苯乙醇胺A for 瘦肉精): a title, a merged ``单位（盖章）：…　填报日期："
        "2024年9月`` line, then 序号/``中队（股室）`` merged (大队领导, 农资执法中队, 畜牧兽医执法中队, 渔政执法中队, "
        "法制审核股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "a ``注：`` line on the levels and a 填表人/审核人/大队长 line",
        [sh], t,
    )  # fmt: skip


def puge_emergency_enforcement_cards() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "禚蘅芷", "大队长", "大队领导", "leader",
         "主持大队全面工作，负责年度执法检查计划审定和重大行政执法决定", [
            ("执法检查计划编制", "年度执法检查计划对企业“选择性”安排，关系企业不列入检查", "一级",
             "检查对象“双随机”抽取，计划报局党组审定后公示。"),
            ("重大行政执法决定", "重大处罚未经法制审核和集体讨论即作出决定", "一级",
             "重大执法决定法制审核先行，集体讨论纪要存档。"),
            ("执法队伍管理", "对执法人员违规行为护短、不报告", "三级", "落实执法过错责任追究，结果报驻局纪检监察组。"),
        ]),
        ("执法一中队", "吉伍曲铁", "中队长", "执法一中队", "middle",
         "负责非煤矿山、危险化学品企业安全生产执法检查", [
            ("现场执法检查", "检查中发现重大事故隐患不下达执法文书，口头提醒了事", "一级",
             "检查全过程音像记录，发现隐患一律录入执法系统。"),
            ("隐患整改复查", "复查走过场，隐患未整改即销号", "二级", "复查两人以上，整改前后照片比对归档。"),
            ("执法信息公示", "执法结果不按规定公示或选择性公示", "三级", "按“谁执法、谁公示”七日内公示，专人审核。"),
        ]),
        ("法制审核股", "牟沚漪", "股长", "法制审核股", "middle",
         "负责重大行政执法决定法制审核和行政执法案卷评查", [
            ("法制审核", "审核意见与办案中队不一致时迁就办案人员", "二级", "审核意见书面留存，分歧提交局务会研究。"),
            ("案卷评查", "评查打分弄虚作假，不合格案卷评为合格", "二级", "案卷交叉评查，评查结果通报。"),
            ("裁量基准适用", "同类案件裁量不一，人情罚、关系罚", "一级", "处罚前对照裁量基准说明理由，类案比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [8, 16, 12, 12, 12, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓　名", who, "职　务", post, "所在中队", dept)
        _line(sh, f"岗位职责：{duty}。", 6)
        r = sh.add("序号", "风险点", "风险表现", None, "风险等级", "防控措施")
        sh.merge(r, 2, r, 3)
        for i, (point, desc, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, desc, None, lv, measures)
            sh.merge(r, 2, r, 3)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, None, "分管领导（签字）：", None, "2024年8月")
        sheets.append(sh)
    return _layout(
        "puge_emergency_enforcement_cards",
        "http://ajj.shuozhou.gov.cn/xwzx/ajyw/202505/t20250526_730001.html",
        "县应急管理综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 执法一中队, 法制审核股), after the "
        "source's 市应急管理局 “五个严格” (执法责任, 执法信息公示, 执法过程全程记录, 重大决定法制审核, 案卷评查): a title, "
        "``姓　名 | … | 职　务 | … | 所在中队 | …`` in ONE row, a merged ``岗位职责：…`` line, then 序号/a short 风险点/a long "
        "风险表现 (merged over two columns)/风险等级 ``一级/二级/三级``/防控措施; no type column; a blank row and "
        "``持卡人（签字）： | 分管领导（签字）： | 2024年8月``",
        sheets, t,
    )  # fmt: skip


def puge_eco_enforcement_duties() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法大队"
    sh = _Sheet("责任清单", [6, 14, 10, 12, 36, 9, 34, 12, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add("序号", "股室（中队）", "岗位", "执法环节", "廉政风险点", "风险等级", "防控措施", "牵头领导",
           "完成时限")  # fmt: skip
    lead, one, two, law = "大队领导", "执法一中队", "执法二中队", "法制审核股"
    rows = [
        (lead, "大队长", "leader", "重大案件审查", "对重大环境违法案件“以罚代停”“以罚代移”", "高风险",
         "重大案件集体讨论，涉嫌犯罪案件一律移送公安机关。", "大队长", "长期坚持"),
        (lead, "副大队长", "leader", "执法检查计划", "“双随机”抽查名单事先泄露", "中风险",
         "抽查名单系统随机生成，抽取过程录像。", "大队长", "长期坚持"),
        (one, "中队长", "middle", "执法检查", "对企业超标排放、偷排漏排只提醒不立案", "高风险",
         "检查全过程执法记录仪记录，问题线索台账管理。", "分管副大队长", "2024年12月底前"),
        (one, "执法队员", "general", "证据收集", "采样不规范、调换样品，证据收集不全", "高风险",
         "采样双人操作，样品封存编号，委托第三方检测。", "分管副大队长", "长期坚持"),
        (two, "中队长", "middle", "整改验收", "企业整改未完成即验收销号", "中风险",
         "整改验收现场核查，验收意见两人签字。", "分管副大队长", "2024年12月底前"),
        (two, "执法队员", "general", "执法检查", "接受企业宴请、礼品，帮助企业应付检查", "中风险",
         "严禁执法人员与被检查企业私下接触，举报电话公开。", "分管副大队长", "长期坚持"),
        (law, "股长", "middle", "裁量处罚", "滥用自由裁量权，同案不同罚", "中风险",
         "严格执行裁量基准，处罚决定书网上公开。", "大队长", "长期坚持"),
        (law, "审核员", "general", "案卷归档", "执法案卷随意修改、缺页", "低风险", "案卷封装归档，借阅登记。", "大队长",
         "长期坚持"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, step, point, lv, measures, leader, due) in enumerate(rows, 1):
        sh.add(n, dept, post, step, point, lv, measures, leader, due)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh,
        "注：风险等级分为高风险、中风险、低风险；牵头领导、完成时限按大队廉政风险防控工作方案填写。",
        9,
    )
    sh.add("编制：法制审核股", None, None, "审核：", None, None, "2024年11月", None, None)
    return _layout(
        "puge_eco_enforcement_duties", "http://www.zhb.org.cn/gjhb/gjhb_1/2025-11-13/24223.html",
        "县生态环境保护综合行政执法大队 廉政风险防控责任清单 对岗不对人, after the source's 驻市生态环境局纪检监察组 on "
        "生态环境行政执法 (执法检查、证据收集、裁量处罚、整改验收 as the 关键环节, 风险等级与防控责任, 牵头领导、责任部门、"
        "工作举措和完成时限): a title, then 序号/``股室（中队）`` merged (大队领导, 执法一中队, 执法二中队, 法制审核股)/岗位/"
        "``执法环节``/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``牵头领导`` (a role: 大队长, 分管副大队长)/"
        "``完成时限``; no names, no type column; a ``注：`` line and an ``编制：法制审核股 | 审核： | 2024年11月`` line",
        [sh], t,
    )  # fmt: skip


def puge_health_supervision_selfchecks() -> dict:
    unit = f"{PLACE}卫生健康综合监督执法大队"
    t = _Truth(unit)
    people = [
        ("副大队长", "井曲尔古", "男", "1981.06", "大队领导", "副大队长", "leader", [
            ("“双随机、一公开”抽查对象随意调整", "制度机制风险", "高", "抽查对象系统随机产生，调整须书面报批。"),
            ("对医疗机构违法案件说情、干预办案", "思想道德风险", "高", "干预办案记录报告，处理意见集体研究。"),
            ("监督抽检经费使用不规范", "业务流程风险", "中", "抽检费用按合同结算，财务逐笔审核。"),
        ]),
        ("医疗卫生监督", "詹岫沄", "女", "1990.11", "医疗卫生监督中队", "中队长", "middle", [
            ("对无证行医、超范围执业查处不力", "岗位职责风险", "高", "查处结果录入监督信息系统，中队长复核。"),
            ("医疗机构校验现场检查走过场，收受好处", "外部环境风险", "中", "检查两人以上，检查结果公示。"),
        ]),
        ("公共卫生监督", "比尔子呷", "男", "1995.03", "公共卫生监督中队", "卫生监督员", "general", [
            ("公共场所卫生许可现场审查不严", "岗位职责风险", "中", "现场审查照片留存，许可结果网上公开。"),
            ("生活饮用水抽检采样不规范", "业务流程风险", "低", "采样双人操作，样品编号送检。"),
            ("接受被监督单位购物卡、宴请", "外部环境风险", "中", "签订廉洁执法承诺书，八小时外行为监督。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, dept, post, tier, points in people:
        sh = _Sheet(tab, [8, 30, 12, 10, 10, 26])
        _line(sh, f"{unit}工作人员廉政风险自查表", 6)
        sh.add("姓　名", who, "性　别", sex, "出生年月", born)
        sh.add("所在科室", dept, "职　务", post, "填表日期", "2024年9月")
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防范措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "科室负责人（签名）：", None, None)
        sheets.append(sh)
    return _layout(
        "puge_health_supervision_selfchecks", "http://adminc.yywsb.com/html/2025-04/08/content_67377.html",
        "县卫生健康综合监督执法大队 工作人员廉政风险自查表, one sheet a person (tabs 副大队长, 医疗卫生监督, 公共卫生监督), "
        "after the source's 全省卫生健康监督工作会议 (卫生监督员, 双随机、一公开 监督抽查, 监督抽检, 立案查处): a title, "
        "``姓　名 | … | 性　别 | … | 出生年月 | …`` and ``所在科室 | … | 职　务 | … | 填表日期 | 2024年9月``, then 序号/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防范措施 (merged over two columns); a blank row and ``自查人（签名）： | "
        "科室负责人（签名）：``",
        sheets, t,
    )  # fmt: skip


def puge_medical_insurance_register() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("排查登记表", [6, 13, 11, 10, 15, 36, 10, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查登记表", 10)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年8月", 10)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "姓名",
        "风险点",
        "风险描述",
        "风险类型",
        "风险等级",
        "防控措施",
        "备注",
    )
    rows = [
        ("中心领导", "主任", "蔺籀川", "leader", [
            ("定点医药机构协议管理", "定点医药机构准入评估不严，为不符合条件的机构签订服务协议", "岗位职责", "★★★",
             "准入评估专家打分，评估结果集体研究并公示。", None),
            ("违约处理", "对定点医药机构违约行为处理畸轻畸重、以补代罚", "制度机制", "★★★",
             "违约处理对照协议条款，处理意见集体研究。", None),
        ]),
        ("中心领导", "副主任", "日火阿果", "leader", [
            ("基金拨付审批", "医保基金拨付审批把关不严，超进度拨付", "业务流程", "★★", "拨付实行经办、复核、审批三岗分离。", None),
        ]),
        ("稽核股", "股长", "隗砾舟", "middle", [
            ("日常稽核", "稽核中发现挂床住院、串换项目等问题隐瞒不报", "思想道德", "★★★",
             "稽核发现问题登记编号，处理结果按月通报。", None),
            ("外伤调查", "外伤调查不实，将应由第三方负担的费用纳入报销", "岗位职责", "★★", "外伤调查两人以上，调查笔录留存。",
             "新增"),
        ]),
        ("待遇审核股", "审核员", "阿鲁依作", "general", [
            ("待遇审核", "对不符合条件的异地就医、门诊慢特病待遇违规审核通过", "岗位职责", "★★",
             "审核要件清单化，系统校验与人工复核结合。", None),
            ("手工报销", "手工报销票据重复报销、超标准报销", "业务流程", "★", "票据核验留痕，重复报销系统拦截。", None),
        ]),
        ("基金财务股", "会计", "阚瑭岑", "general", [
            ("基金财务核算", "医保基金支出户资金违规划转", "制度机制", "★★", "基金专户管理，支付须两人以上复核。", None),
        ]),
        ("经办服务大厅", "窗口经办员", "亓珩湲", "general", [
            ("参保登记", "违规办理重复参保、虚假参保", "外部环境", "★", "参保信息联网比对，异常参保人工核查。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级★★★为高、★★为中、★为低；备注栏“新增”为本次排查新增的风险点。", 10)
    sh.add("填表人：", None, None, "审核人：", None, None, "中心主任（签字）：", None, None, None)
    return _layout(
        "puge_medical_insurance_register", "https://www.163.com/dy/article/KH0I5AA60553Q1S1.html",
        "县医疗保障事务中心 岗位廉政风险排查登记表, after the source's piece on 医保经办风险防范 (定点医药机构, 服务协议, "
        "协议处理, 待遇审核与支付, 履职不到位、审核把关不严 导致基金流失): a title, a merged ``填报单位（盖章）：…　填报时间："
        "2024年8月`` line, then 序号/股室 merged (中心领导, 稽核股, 待遇审核股, 基金财务股, 经办服务大厅)/岗位 and 姓名 "
        "merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施/``备注`` "
        "(``新增`` on one row); a ``注：`` line reading the stars and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def puge_trading_center_groups() -> dict:
    unit = f"{PLACE}公共资源交易服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 14, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年10月", 7)
    sh.add("序号", "岗位", "姓名", "交易环节", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "厍霁岷", "leader", [
                ("定标", "对交易结果确认施加影响，暗示招标人选择特定中标人", "高",
                 "中标人由招标人依法确定，中心只提供见证服务，不参与评定。"),
                ("项目进场", "进场交易项目安排受人情干扰，插队、压件", "中", "进场登记按受理先后排序，系统自动排期。"),
            ]),
        ]),
        ("二、交易服务股", "交易服务股", [
            ("股长", "逯沄澈", "middle", [
                ("投标报名", "泄露已获取招标文件的潜在投标人名称和数量", "高", "投标人信息加密存储，查询权限分级设置。"),
                ("开标", "开标时违规接收逾期送达的投标文件", "中", "开标全程录音录像，递交截止时间系统锁定。"),
            ]),
            ("经办员", "苏呷拉莫", "general", [
                ("招标文件发布", "对招标文件中的倾向性条款不提示、不报告", "中",
                 "发布前对照负面清单核查，发现问题报行业监管部门。"),
            ]),
        ]),
        ("三、场地见证股", "场地见证股", [
            ("股长", "笪砚泠", "middle", [
                ("评标", "评标区管理不严，无关人员进出，评标专家与外界联系", "高", "评标区门禁管理，专家通讯工具集中保管。"),
            ]),
            ("见证员", "莫色尔布", "general", [
                ("评标", "见证记录不如实，对评标专家违规评审不制止、不报告", "中", "见证记录当场签字，异常情况即时报告。"),
            ]),
        ]),
        ("四、信息技术股", "信息技术股", [
            ("技术员", "巫淼岚", "general", [
                ("系统运维", "利用系统管理权限提前查看投标文件或篡改数据", "高", "系统操作日志留存，关键操作双人授权。"),
            ]),
        ]),
        ("五、综合股", "综合股", [
            ("会计", "邰沛宁", "general", [
                ("保证金管理", "投标保证金退还不及时或违规挪用", "低", "保证金专户管理，系统自动原路退还。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for step, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, step, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分高、中、低三级。", 7)
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "puge_trading_center_groups",
        "http://60.173.73.4:8076/xcspfront/zwxx/043008/20250828/3139c222-aeec-4661-91a0-77ee5ee41bed.html",
        "县公共资源交易服务中心 岗位廉政风险防控一览表, after the source's 市公管局 on 清廉交易 (见证与监管联动, 开评标区现场"
        "管理, 招、投、开、评、定 业务环节, 交易信息公开): a title, a merged ``填报单位（盖章）：…　填报时间：2024年10月`` line, "
        "then 序号/岗位 and 姓名 merged per person/``交易环节``/廉政风险点/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、交易服务股``, ``三、场地见证股``, ``四、信息技术股``, ``五、综合股`` merged across (no 股室 "
        "column); no type column; a ``注：`` line and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def puge_coach_company_list() -> dict:
    unit = f"{PLACE}汽车客运有限责任公司"
    sh = _Sheet("风险清单", [6, 12, 10, 11, 38, 13, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "岗位责任人",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "分管领导",
    )
    boss, deputy = "鄢峤澍", "马海约作"
    rows = [
        ("公司领导", "董事长", boss, "/", "leader", [
            ("客运线路经营权、站场摊位出租不经集体研究，个人决定", "制度机制风险", "一级风险", "出租方案经董事会研究，公开招租。"),
            ("营运车辆购置、更新指定品牌和经销商", "外部环境风险", "一级风险", "车辆购置公开招标，纪检全程监督。"),
        ]),
        ("公司领导", "副总经理", deputy, "/", "leader", [
            ("车辆维修、配件采购审批把关不严", "业务流程风险", "二级风险", "维修配件比价采购，旧件回收登记。"),
        ]),
        ("票务稽查科", "科长", "蒯翊澄", deputy, "middle", [
            ("票务稽查走过场，对售废票、收钱不撕票包庇不报", "岗位职责风险", "一级风险", "稽查实行交叉检查，稽查记录当日上报。"),
        ]),
        ("票务稽查科", "稽查员", "阿的日哈", deputy, "general", [
            ("上车稽查时收受乘务员好处，少报漏报", "思想道德风险", "二级风险", "稽查两人一组，随机派线。"),
        ]),
        ("客运车队", "队长", "滕砺汐", deputy, "middle", [
            ("排班派车优亲厚友，把“热线”安排给关系人", "思想道德风险", "二级风险", "排班按轮换表执行，每月公示。"),
            ("车辆年审、二级维护弄虚作假", "岗位职责风险", "三级风险", "年审资料复核，维护记录存档。"),
        ]),
        ("售票室", "售票员", "麻黛汀", boss, "general", [
            ("售票款截留、延迟解缴", "业务流程风险", "二级风险", "票款日清日结，电子票务系统每日对账。"),
        ]),
        ("财务科", "出纳", "邬澪萱", boss, "general", [
            ("线路承包费收取不入账、坐支现金", "制度机制风险", "三级风险", "承包费一律银行转账收取，每月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, watcher, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("编制人：", None, None, "审核人：", None, None, "董事长（签字）：", None, None)
    return _layout(
        "puge_coach_company_list", "http://szb.sxworker.com/content/1986-06/24/041882.html",
        "县汽车客运有限责任公司 岗位廉洁风险防控清单, after the source's 1986 note of a 运输公司's 票务稽查 (司乘人员 收钱不撕票、"
        "多收钱少撕票 and 售废票, 稽查组 on 线路、站点, 客运票务稽查条例): a title, then 序号/部门 merged (公司领导, 票务稽查科, "
        "客运车队, 售票室, 财务科)/岗位 and ``岗位责任人`` merged per person/风险点/风险类别 ``…风险``/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施/a last ``分管领导`` (the watching leader's name, merged per 部门 run, ``/`` on the "
        "leaders' own rows); a blank row and an 编制人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def puge_service_center_two_sheets() -> dict:
    unit = f"{PLACE}政务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 20, 36, 8, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郈岚岫", "主任", "主持中心全面工作", [
            ("进驻事项和窗口人员调整个人说了算", "高", "进驻事项调整经中心主任办公会研究，报县政府审定。"),
            ("对窗口违规办件说情、打招呼", "高", "说情打招呼登记报告，违规办件追责。"),
        ]),
        ("勒格石布", "副主任", "分管窗口管理、投诉受理", [
            ("对群众投诉压件不办、推诿扯皮", "中", "投诉件登记编号，限时办结并回访。"),
            ("窗口考核评优不公", "低", "考核结果按月公示，接受窗口人员监督。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    win = _Sheet("窗口", [6, 16, 12, 10, 40, 8, 34])
    _line(win, f"{unit}窗口岗位廉政风险防控表", 7)
    win.add("序号", "窗口", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("综合受理窗口", "受理员", "糜沁瑶", "general", [
            ("为中介机构代办的业务开“绿色通道”", "高", "办件一律按取号顺序，中介代办件登记备查。"),
            ("一次性告知不到位，故意刁难办事群众", "中", "一次性告知单留存，“好差评”结果与考核挂钩。"),
        ]),
        ("投资项目审批窗口", "窗口负责人", "缪峪珩", "middle", [
            ("向办事企业拉赞助、指定中介机构", "高", "严禁指定中介，中介服务超市公开选取。"),
        ]),
        ("帮办代办窗口", "帮办员", "靳棠汐", "general", [
            ("帮办代办中收受企业好处费", "中", "帮办代办事项登记，服务对象回访。"),
        ]),
    ]  # fmt: skip
    first = len(win.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            win.add(n, dept, post, who, point, lv, measures)
            t.point(win.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(win, first, 1, 2, 3)
    win.add()
    win.add("填表人：", None, "审核人：", None, "2024年7月", None, None)
    return _layout(
        "puge_service_center_two_sheets", "https://ggfwb.com/gong/zhengwu/gej94y.html",
        "县政务服务中心 廉政风险防控表 in two sheets, after the source's 便民服务中心工作制度 (廉政建设制度: 不准拉赞助, 不准从事"
        "有偿中介活动, 窗口负责人为廉政建设的第一责任人; 工作责任追究制度): ``中心领导`` — a title, 序号/``姓名 | 职务 | 分管"
        "工作`` merged per leader/风险点/风险等级 高/中/低/防控措施; ``窗口`` — a title, 序号/``窗口`` merged (综合受理窗口, "
        "投资项目审批窗口, 帮办代办窗口)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施, a blank row and a 填表人/"
        "审核人/date line; no type column",
        [lead, win], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    puge_agri_invest_duty_matrix(),
    puge_agri_enforcement_list(),
    puge_emergency_enforcement_cards(),
    puge_eco_enforcement_duties(),
    puge_health_supervision_selfchecks(),
    puge_medical_insurance_register(),
    puge_trading_center_groups(),
    puge_coach_company_list(),
    puge_service_center_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch264-inbox"))
