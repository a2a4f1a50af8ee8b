"""The two-hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局, 委, 办
and 事业单位, 九龙县 (a county of the 甘孜 prefecture whose staff are Han, Yi and Tibetan) — its 民政局,
司法局, 农业机械化服务中心, 民族宗教事务局, 公共资源交易服务中心, 文化广播电视和旅游局, 人力资源和社会保障局,
就业创业促进中心 and 乡村振兴局 — each handing back the 一览表, 排查表, 清单, 自查表 or 防控卡 its staff
typed in WPS or Excel, the rows about 低保审批, 家庭经济状况核对, 行政复议, 合法性审查, 农机购置补贴, 保护性
耕作补贴, 宗教活动场所, 少数民族发展资金, 交易信息三审, 评标专家抽取, 文物点巡查, 送戏下乡, 退休审批, 基金
监督, 公益性岗位, 职业培训补贴, 统筹整合资金 and 三类人口监测户:

- the 民政局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged (局领导,
  社会救助股, 社会事务股, 计划财务股), ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低, a ``注：`` line and a 填表人/审核人/局长 line;
- the 司法局's 防控卡, one sheet a holder (tabs 局长, 行政复议与应诉股, 人民参与和促进法治股): ``持卡人 | … |
  职　务 | … | 所在股室 | …`` in one row and a merged ``主要职责`` line above, ``一级/二级/三级`` read by a
  ``注：`` line, no type column, ``持卡人签字：`` and ``监督电话：…`` below;
- the 农业机械化服务中心's 排查表 under a ``单位：…　排查时间：…`` line: ``科室`` merged (中心领导, 补贴管理股,
  技术推广股, 综合股), ``岗位`` and ``责任人`` merged per person, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` with a ``注：``
  line, a ``备注`` column mostly blank;
- the 民族宗教事务局's 自查表, one sheet a person (tabs 副局长, 宗教事务股, 民族工作股): ``姓　名 | … | 出生年月
  | … | 政治面貌 | …`` and ``所在股室 | … | 现任职务 | … | 任职时间 | …`` above, a short ``工作事项`` before the
  ``廉政风险点``, short types, ``高风险/中风险/低风险``, ``自查人（签名）： | 股室负责人审核：`` below;
- the 公共资源交易服务中心's 责任清单 对岗不对人: a ``风险等级：★★★为高风险…`` line under the title, ``部门``
  merged, ``岗位``, a ``业务环节`` column, the risk, ``★★★/★★/★``, no type column, a ``责任领导`` column of
  posts (``中心主任``, ``分管副主任``), a ``注：`` line and an 编制/审核 line;
- the 文化广播电视和旅游局's 一览表 under group rows ``一、局领导班子`` … ``五、办公室`` merged across (no 股室
  column), ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 就业创业促进中心's 排查表 with no 股室 column: the ``岗位`` cell written ``就业服务股-股长``, ``姓名``
  merged per person, short types, ``一级风险/二级风险/三级风险``;
- the 乡村振兴局's 清单: ``股室`` merged, one ``岗位及责任人`` column written ``局长（代骞曦）``, the risk,
  ``较高/一般/较低`` named by a line above the table, no type column, a ``完成时限`` column.

One is harder:

- ``hrss_template_example``: the 人力资源和社会保障局's 一览表 sent back IN THE WORKBOOK THE 县纪委 HANDED OUT,
  with the template's other two sheets left in it: ``填表说明`` (numbered lines, no table) and ``填报示例`` — a
  complete, filled EXAMPLE TABLE with the very header of the real one (序号 | 股室 | 岗位 | 姓名 | 风险点 |
  风险类型 | 风险等级 | 防控措施 | 备注), numbered rows 1–4 of ``办公室 | 主任 | 张三 | 公务接待超标准、超范围 |
  制度机制风险 | 中 | …``, ``财务股 | 会计 | 李四``, ``XX股 | 股长 | 王五``, under the title
  ``岗位廉政风险防控一览表（填报示例）`` and a ``填报单位（盖章）：XX局`` line, with a ``注：以上内容为填报示例…示例表
  不作统计`` line below — and then the sheet ``一览表`` the 局 actually filled. The README's 读得懂的表 knows a
  row whose 序号 reads ``示例`` (ROW_EXAMPLE), a blank ``模板`` sheet beside a filled one (SHEET_BLANK_FORM)
  and sheets marked ``作废``/``上年``/``旧表``; it does not describe a whole example sheet, filled in with
  invented people under numbered rows, kept in front of the real one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县纪检监察组 urging the 县民政局 on
低保 — 家庭经济状况核对平台, 逐户上门核算经济收入, 村级低保听证会, 镇级低保评审会议, 末端公示, 民政助理员; a
区司法局 on 风险防范 — 重大决策合法性审查, 政府法律顾问, 矛盾纠纷调解, 重大行政争议调处, 行政诉讼; a 州农机总站's
惠农补贴 check — 保护性耕作补贴, 农机购置补贴, 抽查农户, 补贴兑付; a 县民族宗教事务局's 法治政府建设报告 — 学法,
《宗教事务条例》, 执法人员; a 县公共资源交易服务中心 — 交易信息“三审制”, 开标监督, 评标专家抽取 in a 专用抽取室,
评标区门禁, 全程录音录像, 围标串标, 打招呼说情; a 县文旅广体局 — 免费文艺辅导培训, 文物点巡查, 网吧、歌厅检查,
景区建设, 节会活动; a 县人社局's 社会保险基金风险管理制度 — 社保基金风险管理领导小组, 社保科, 基金监督管理科, 社会
保险事务中心稽核科; a 县审计局's report on 就业资金和失业保险基金 — 创业就业服务中心, 职业培训补贴, 创业培训补贴,
公益性岗位补贴, 社会保险补贴; a 县's 涉农统筹整合资金实施方案 — 负面清单, 项目库, 脱贫户、“三类人口”监测户) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames — some of them Sichuan's own, 税, 母, 敬, 苟, 卿 —
with rare given names, three characters each, one Tibetan and one Yi name); every unit is a body
of 九龙县.

Run ``python tests/published/score.py --set batch253`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder workbook the ``填报示例`` sheet holds no point and no form (its rows are the template's
  example, its people 张三, 李四 and 王五 hold nothing, its ``XX局`` is no unit); nor does the ``填表说明``
  sheet; the unit's forms are those of ``一览表`` alone;
- ``局领导``, ``局领导班子`` (a group row, as written) and ``中心领导`` (a 科室 cell, a card's or a
  self-check's 所在股室, the part before ``-`` in a 岗位 cell) are the 科室 of those leaders; a 局's 股,
  办公室 and 财务室, and the 人社局's ``社保事务中心`` are 科室; every 中心 here with its own file is a unit of its
  own, its 主任 and 副主任 leaders;
- 局长, 副局长 and a 中心's 主任/副主任 are leaders; 股长 and 办公室主任 middle; the rest (经办员, 会计, 出纳,
  科员, 见证员, 专家抽取员, 系统管理员, 档案管理员, 稽核员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作事项``, ``业务环节``, ``责任领导`` (posts, not
  people), ``完成时限``, ``备注``, ``主要职责`` and legend and ``注：`` lines are no points;
- ``岗位及责任人`` written ``股长（闵瑒澍）`` is the post and its holder; a ``岗位`` cell ``就业服务股-股长`` is the
  科室 and the post;
- the 公共资源交易服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★``, ``一级风险/
  二级风险/三级风险`` and ``较高/一般/较低`` (by the line above the table) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b253_"
PLACE = "九龙县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
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

HRSS_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")

# the template's example, kept in the workbook: (股室, 岗位, 姓名, 风险点, 风险类型, 风险等级, 防控措施)
EXAMPLE = [
    ("办公室", "主任", "张三", "公务接待超标准、超范围", "制度机制风险", "中",
     "严格执行公务接待标准，实行事前审批、清单结算。"),
    ("办公室", "主任", "张三", "公务用车私用", "思想道德风险", "低", "公务用车实行派车单制度，定期公示用车情况。"),
    ("财务股", "会计", "李四", "虚列支出、套取资金", "制度机制风险", "高", "支出凭证实行经办、审核、审批三级把关。"),
    ("XX股", "股长", "王五", "行政审批中吃拿卡要", "岗位职责风险", "高", "审批事项清单化，办理结果网上公开。"),
]  # fmt: skip

# the real one: (股室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
HRSS = [
    ("局领导", "局长", "辜翥琰", "leader", [
        ("社保基金风险管理领导小组履职不到位，重大风险不研判", "岗位职责风险", "中",
         "领导小组每季度召开一次风险研判会，研判情况形成纪要。"),
        ("干部调配、事业单位公开招聘中打招呼、递条子", "思想道德风险", "高",
         "落实干预插手人事工作记录报告制度，招聘全程纪实。"),
    ]),
    ("局领导", "副局长", "宓璟泺", "leader", [
        ("就业补助资金分配审批把关不严", "制度机制风险", "高", "资金分配方案经局党组会研究，结果公示。"),
    ]),
    ("社会保险股", "股长", "瞿琤岚", "middle", [
        ("退休审批中对档案出生时间、工龄审核不严", "岗位职责风险", "高", "退休审批实行初审、复审两级把关，档案存疑的集体研究。"),
        ("特殊工种提前退休审批违规", "业务流程风险", "高", "特殊工种名册逐人核对，审批结果公示。"),
    ]),
    ("基金监督股", "股长", "勾淏玙", "middle", [
        ("基金监督检查发现问题不移交、不通报", "制度机制风险", "中", "检查发现问题建立台账，涉嫌违纪的移交纪检监察组。"),
    ]),
    ("基金监督股", "科员", "尉泫棽", "general", [
        ("待遇领取资格核查走过场，死亡人员冒领待遇不追回", "业务流程风险", "中",
         "与公安、民政、卫健死亡数据每月比对，疑点逐条核查。"),
    ]),
    ("社保事务中心", "稽核员", "矫蕤朏", "general", [
        ("稽核中与参保单位串通，少核缴费基数", "外部环境风险", "中", "稽核两人以上，稽核结果经中心负责人复核。"),
        ("信息系统权限共用，违规修改参保信息", "制度机制风险", "高", "系统权限一人一号，修改参保信息留痕并定期抽查。"),
    ]),
    ("办公室", "会计", "鞠澍芃", "general", [
        ("机关经费报销审核不严", "制度机制风险", "低", "报销票据逐张审核，每季度公开经费支出。"),
    ]),
]  # fmt: skip


def hrss_template_example() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    widths = [6, 12, 8, 8, 36, 13, 8, 34, 8]
    notes = _Sheet("填表说明", [90])
    for text in (
        "填表说明",
        "一、本表以岗位为单位填写，同一岗位有多名工作人员的，分别填写姓名。",
        "二、“风险点”填写本岗位在履职中可能发生的廉政风险，简明扼要。",
        "三、“风险类型”从思想道德风险、制度机制风险、岗位职责风险、业务流程风险、外部环境风险中选择填写。",
        "四、“风险等级”按高、中、低填写。",
        "五、填报内容可参照“填报示例”工作表，请在“一览表”工作表中填写，请勿改动表格格式。",
    ):
        notes.add(text)
    example = _Sheet("填报示例", widths)
    _line(example, "岗位廉政风险防控一览表（填报示例）", 9)
    _line(example, f"填报单位（盖章）：XX局{GAP * 12}填报时间：2024年×月", 9)
    example.add(*HRSS_HEAD)
    first = len(example.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(EXAMPLE, 1):
        example.add(n, dept, post, who, point, typ, lv, measures, None)
    _per_person(example, first, 1, 2, 3)
    _line(example, "注：以上内容为填报示例，请在“一览表”工作表中据实填写，示例表不作统计。", 9)
    sh = _Sheet("一览表", widths)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2024年5月", 9)
    sh.add(*HRSS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HRSS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "hrss_template_example",
        "https://www.cqfd.gov.cn/bm/rlsbj/zwgk_36090/zfxxgkml/jczwgk/shbxly/202111/t20211108_9936590.html",
        "(harder) 县人力资源和社会保障局 岗位廉政风险防控一览表 returned in the 县纪委's template workbook, after the "
        "source's 县人社局 社会保险基金风险管理制度 (风险管理领导小组, 社保科, 基金监督管理科, 社会保险事务中心稽核科): three "
        "sheets — ``填表说明`` (numbered lines, no table), ``填报示例`` (a FILLED EXAMPLE TABLE with the real one's very "
        "header, title ``岗位廉政风险防控一览表（填报示例）``, a ``填报单位（盖章）：XX局`` line, numbered rows 1–4 of "
        "张三 (办公室主任), 李四 (财务股会计), 王五 (XX股股长) and a ``注：以上内容为填报示例…示例表不作统计`` line) and "
        "``一览表``, the one the 局 filled: a title, a merged ``填报单位（盖章）：…　填报时间：2024年5月`` line, then 序号/"
        "股室 merged (局领导, 社会保险股, 基金监督股, 社保事务中心, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施/备注 (blank); a 填表人/审核人/局长签字 line",
        [notes, example, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def civil_affairs_list() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 14, 36, 13, 7, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2024年5月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "税珩曦", "leader", [
            ("低保审批", "对乡镇上报的低保对象不抽查即签批，为关系人打招呼纳入保障", "岗位职责风险", "高",
             "县级审批前按不低于30%的比例入户抽查，审批结果集体研究。"),
            ("救助资金分配", "临时救助、特困供养资金分配不按因素测算，个人说了算", "制度机制风险", "高",
             "资金分配方案经局党组会研究，分配结果公开。"),
        ]),
        ("局领导", "副局长", "敬暄翀", "leader", [
            ("社会组织登记", "为不符合条件的社会组织办理成立登记、年度检查", "岗位职责风险", "中",
             "登记事项两人审核，年检结果网上公示。"),
            ("养老机构补贴", "对养老机构运营补贴申报材料审核把关不严", "业务流程风险", "中",
             "补贴申报实地核查床位和入住人数，结果公示。"),
        ]),
        ("社会救助股", "股长", "母琰澂", "middle", [
            ("家庭经济状况核对", "核对结果不如实录入，为申请人隐瞒车辆、存款等财产", "思想道德风险", "高",
             "核对报告经股长、分管领导两级审核，留存备查。"),
            ("低保动态管理", "对收入变化的保障对象不及时退出，出现“人情保”“关系保”", "岗位职责风险", "高",
             "每季度开展入户核查，年度全面复核。"),
        ]),
        ("社会救助股", "经办员", "冉蕤泠", "general", [
            ("入户核算", "入户调查走过场，家庭收入核算不实", "业务流程风险", "中", "入户调查两人以上，调查表由申请人签字确认。"),
            ("末端公示", "保障对象名单未在村（社区）公示或公示内容不全", "制度机制风险", "低",
             "保障对象在村（社区）公开栏长期公示，公示照片存档。"),
        ]),
        ("社会事务股", "股长", "卿曜垚", "middle", [
            ("惠民殡葬补助", "殡葬补助虚报冒领，补助对象不核实", "岗位职责风险", "中", "补助对象与死亡信息比对，补助结果公示。"),
        ]),
        ("计划财务股", "会计", "苟湉玙", "general", [
            ("救助资金发放", "低保金、特困供养金不按时足额打卡发放，截留挪用", "制度机制风险", "高",
             "救助资金专户管理，通过“一卡通”直接发放到户。"),
            ("票据报销", "审核不严，报销不合规票据", "业务流程风险", "低", "报销票据逐张审核，每月对账。"),
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
    _line(sh, "注：风险等级分为高、中、低三级。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "civil_affairs_list", "http://www.whjjw.gov.cn/html/wenzhang_748376.html",
        "县民政局 岗位廉政风险防控一览表, after the source's 县纪检监察组 urging the 县民政局 on 低保 (家庭经济状况核对平台, "
        "逐户上门核算经济收入, 村级低保听证会, 镇级低保评审会议, 末端公示, 民政助理员): ``附件1``, a title, a merged "
        "``填报单位（盖章）：…　填报时间：2024年5月`` line, then 序号/股室 merged (局领导, 社会救助股, 社会事务股, 计划财务股)/"
        "岗位 and 姓名 merged per person/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a "
        "``注：`` line on the levels and a 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def justice_cards() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    cards = [
        ("局长", "琚昶澂", "局长", "局领导", "leader", "主持全面工作，分管办公室、行政复议与应诉股", [
            ("重大行政决策合法性审查意见受人情干扰，审查走过场", "一级", "合法性审查意见书面出具，重大决策审查集体研究。"),
            ("行政复议案件审理中为被申请机关或申请人说情", "一级", "落实干预插手复议案件记录报告制度，复议决定集体讨论。"),
            ("政府法律顾问选聘不公开", "二级", "法律顾问公开遴选，聘用结果公示。"),
        ]),
        ("行政复议与应诉股", "郗翮珣", "股长", "行政复议与应诉股", "middle", "负责行政复议案件受理审理、行政应诉工作", [
            ("复议申请受理审查不严，应受理不受理", "二级", "受理审查实行两人审核，不予受理的书面说明理由。"),
            ("复议听证期间私下接触当事人、接受宴请", "一级", "听证全程录音录像，签订廉洁承诺书。"),
            ("行政诉讼应诉材料、案情对外泄露", "三级", "案卷专柜保管，借阅登记。"),
        ]),
        ("人民参与和促进法治股", "綦溦芃", "科员", "人民参与和促进法治股", "general",
         "负责人民调解、人民陪审员和人民监督员选任管理工作", [
            ("人民调解案件补贴虚报卷宗数量", "二级", "调解卷宗抽查复核，补贴按季度公示。"),
            ("矛盾纠纷调解中收受当事人财物", "一级", "调解过程两人以上参与，回访当事人。"),
            ("人民陪审员、人民监督员选任把关不严", "三级", "选任名单公示，接受社会监督。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [8, 40, 10, 12, 12, 30])
        _line(sh, f"{unit}干部职工廉政风险防控卡", 6)
        sh.add("持卡人", who, "职　务", post, "所在股室", dept)
        r = sh.add("主要职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险等级", "防控措施", None, None)
        sh.merge(r, 3, r, 5)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, lv, measures, None, None)
            sh.merge(r, 3, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _line(sh, "注：风险等级一级为高风险，二级为中风险，三级为低风险。", 6)
        sh.add("持卡人签字：", None, None, "监督电话：0836-7822110", None, None)
        sheets.append(sh)
    return _layout(
        "justice_cards",
        "http://sfj.huaian.gov.cn/col/8704_612664/art/o/17224416/1724377624202rsjTw3J8.html",
        "县司法局 干部职工廉政风险防控卡, one sheet a holder (tabs 局长, 行政复议与应诉股, 人民参与和促进法治股), after the "
        "source's 区司法局 on 风险防范 (重大决策合法性审查, 政府法律顾问, 矛盾纠纷调解, 重大行政争议调处, 行政诉讼): a title, "
        "``持卡人 | … | 职　务 | … | 所在股室 | …`` in one row, a merged ``主要职责 | …`` line, then 序号/风险点/风险等级 "
        "``一级/二级/三级``/防控措施 (merged over three columns); no type column; a ``注：`` line on the levels, "
        "``持卡人签字：`` and ``监督电话：…`` below",
        sheets, t,
    )  # fmt: skip


def farm_machinery_checklist() -> dict:
    unit = f"{PLACE}农业机械化服务中心"
    sh = _Sheet("排查表", [6, 11, 9, 9, 38, 10, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    _line(sh, f"单位：{unit}{GAP * 12}排查时间：2024年4月", 9)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "主任", "晏朏琤", "leader", [
            ("农机购置补贴资金兑付审批把关不严", "制度机制", "Ⅰ级", "补贴兑付名单经中心会议研究，兑付结果公示。", None),
            ("指定或暗示农户向特定经销商购机", "思想道德", "Ⅰ级", "农户自主选择经销商和机型，不推荐任何产品。", None),
        ]),
        ("中心领导", "副主任", "帅淏骞", "leader", [
            ("保护性耕作补贴作业面积核定不实", "岗位职责", "Ⅱ级", "作业面积以监测终端数据为准，按比例实地抽查。", None),
        ]),
        ("补贴管理股", "股长", "蒲瑒翥", "middle", [
            ("补贴申请材料审核不严，为套补骗补开绿灯", "业务流程", "Ⅰ级", "申请材料初审、复审分人负责。", None),
            ("机具核验不到现场，人机合影造假不查", "岗位职责", "Ⅰ级", "大型机具逐台现场核验，核验照片上传系统。", "新增"),
        ]),
        ("补贴管理股", "经办员", "幸璠泫", "general", [
            ("补贴信息系统录入数据被篡改", "制度机制", "Ⅱ级", "系统操作一人一号，修改记录留痕。", None),
            ("接受经销商宴请、礼品", "外部环境", "Ⅱ级", "非工作原因不与经销商接触，拒收登记。", None),
        ]),
        ("技术推广股", "股长", "衡彧潆", "middle", [
            ("农机化技术培训参训人数虚报，套取培训经费", "业务流程", "Ⅱ级", "培训签到表与照片存档，培训经费按实结算。", None),
        ]),
        ("综合股", "会计", "蔺垚沨", "general", [
            ("推广项目资金支付凭证审核不严", "制度机制", "Ⅲ级", "支付凭证经会计、股长、分管领导三级审核。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 9)
    sh.add("排查人：", None, None, "审核人：", None, None, "中心主任：", None, None)
    return _layout(
        "farm_machinery_checklist", "http://badhabbitsfishingbarbados.com/2/60/2023-08-02/250047.html",
        "县农业机械化服务中心 廉政风险点排查表, after the source's 州农机总站 惠农补贴 check (保护性耕作补贴, 农机购置补贴, "
        "抽查农户, 补贴兑付): a title, a merged ``单位：…　排查时间：2024年4月`` line, then 序号/科室 merged (中心领导, "
        "补贴管理股, 技术推广股, 综合股)/岗位 and 责任人 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``备注`` (one ``新增``); a ``注：`` line on the levels and an 排查人/审核人/中心主任 line",
        [sh], t,
    )  # fmt: skip


def religious_affairs_self_checks() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    t = _Truth(unit)
    people = [
        ("副局长", "燕翀璟", "1981.07", "中共党员", "副局长", "局领导", "2021.09", "leader", [
            ("场所建设审批", "为不符合规划的宗教活动场所扩建、新建出具同意意见", "岗位职责", "高风险",
             "场所建设审批意见经局务会集体研究，征求自然资源、住建部门意见。"),
            ("专项资金安排", "少数民族发展资金项目安排优亲厚友", "制度机制", "高风险",
             "项目安排按因素法分配，资金安排结果公示。"),
        ]),
        ("宗教事务股", "甘琰翥", "1986.03", "中共党员", "股长", "宗教事务股", "2020.04", "middle", [
            ("场所年度检查", "宗教活动场所年度检查走过场，问题不督促整改", "业务流程", "中风险",
             "年检两人以上，问题清单限期整改销号。"),
            ("教职人员备案", "教职人员备案材料审核不严", "岗位职责", "中风险", "备案材料逐项核对，备案结果报州民宗局。"),
            ("场所检查", "在场所检查中接受宴请、收受礼物", "外部环境", "高风险", "检查不吃请不收礼，签订廉洁承诺书。"),
        ]),
        ("民族工作股", "泽郎拥珍", "1992.11", "共青团员", "科员", "民族工作股", "2022.08", "general", [
            ("示范单位评审", "民族团结进步示范单位评审打分不公", "思想道德", "低风险", "评审打分实行多人独立打分，结果公示。"),
            ("慰问金发放", "少数民族困难群众慰问金发放对象不核实", "业务流程", "中风险", "发放对象经乡镇核实，发放名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, born, party, post, dept, since, tier, points in people:
        sh = _Sheet(tab, [6, 14, 38, 10, 10, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "出生年月", born, "政治面貌", party)
        sh.add("所在股室", dept, "现任职务", post, "任职时间", since)
        sh.add("序号", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (matter, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, matter, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "股室负责人审核：", None, None)
        sh.add(None, None, None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "religious_affairs_self_checks",
        "http://www.gddongyuan.gov.cn/dyzw/fzzfjs/content/post_688748.html",
        "县民族宗教事务局 岗位廉政风险自查表, one sheet a person (tabs 副局长, 宗教事务股, 民族工作股), after the source's "
        "县民族宗教事务局 法治政府建设年度报告 (学法, 《宗教事务条例》, 执法人员, 民族团结, 宗教和睦): a title, ``姓　名 | … | "
        "出生年月 | … | 政治面貌 | …`` and ``所在股室 | … | 现任职务 | … | 任职时间 | …`` above, then 序号/a short "
        "``工作事项``/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a blank row, "
        "``自查人（签名）： | 股室负责人审核：`` and ``年　月　日`` below",
        sheets, t,
    )  # fmt: skip


def trading_center_duties() -> dict:
    unit = f"{PLACE}公共资源交易服务中心"
    sh = _Sheet("责任清单", [6, 12, 12, 14, 38, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, "风险等级：★★★为高风险，★★为中风险，★为低风险", 8)
    sh.add("序号", "部门", "岗位", "业务环节", "廉政风险点", "风险等级", "防控措施", "责任领导")
    lead, trade, tech, office = "中心领导", "交易服务股", "信息技术股", "综合股"
    rows = [
        (lead, "主任", "leader", "重大事项决策", "交易场地改造、设备采购未经集体研究", "★★★",
         "落实“三重一大”集体决策制度，会议纪要存档。", "中心主任"),
        (lead, "副主任", "leader", "交易活动监督", "为投标人打招呼、干预评标", "★★★",
         "插手干预交易活动的如实登记报告。", "中心主任"),
        (trade, "股长", "middle", "交易信息发布", "交易公告未经“三审”即发布，设置排他性条件", "★★★",
         "交易信息实行“三审制”，公平竞争审查留痕。", "分管副主任"),
        (trade, "股长", "middle", "开标组织", "开标前泄露投标人名称、数量", "★★★",
         "开标前投标信息加密，开标过程网上直播。", "分管副主任"),
        (trade, "见证员", "general", "开评标见证", "对评标现场违规行为不制止、不记录", "★★",
         "见证记录当场签字，全程录音录像留存。", "分管副主任"),
        (tech, "专家抽取员", "general", "评标专家抽取", "抽取过程中泄露专家名单", "★★★",
         "在专用抽取室抽取，抽取结果开标前密封保存。", "分管副主任"),
        (tech, "系统管理员", "general", "电子交易系统", "违规修改系统数据、调取音视频资料", "★★",
         "系统操作日志定期审计，调取资料须审批。", "分管副主任"),
        (office, "档案管理员", "general", "交易档案", "交易档案借阅不登记，资料丢失", "★",
         "档案借阅登记审批，定期清点。", "分管副主任"),
        (office, "会计", "general", "保证金退付", "投标保证金退付不及时或违规退付", "★★",
         "保证金退付系统自动核对，退付凭证两人审核。", "中心主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, step, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, step, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, [], STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：本清单按岗位编制，岗位人员调整的不影响清单内容。", 8)
    sh.add("编制：综合股", None, None, "审核：", None, None, "2024年6月", None)
    return _layout(
        "trading_center_duties", "https://www.ahqy.gov.cn/OpennessContent/show/1524089.html",
        "县公共资源交易服务中心 廉政风险防控责任清单 对岗不对人, after the source's 县公共资源交易服务中心 (交易信息“三审制”, "
        "开标监督, 评标专家抽取 in a 专用抽取室, 评标区门禁, 全程录音录像, 围标串标, 打招呼说情): a title, a merged "
        "``风险等级：★★★为高风险，★★为中风险，★为低风险`` line, then 序号/部门 merged (中心领导, 交易服务股, 信息技术股, "
        "综合股)/岗位/``业务环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/``责任领导`` (posts: 中心主任, 分管副主任); no "
        "names, no type column; a ``注：`` line and an ``编制：综合股 | 审核： | 2024年6月`` line",
        [sh], t,
    )  # fmt: skip


def culture_tourism_groups() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    sh = _Sheet("一览表", [6, 10, 9, 40, 13, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导班子", "局领导班子", [
            ("局长", "鄂珝澂", "leader", [
                ("插手景区建设项目工程发包", "岗位职责风险", "高", "景区建设项目全部进入公共资源交易平台。"),
                ("节会活动经费使用未经集体研究", "制度机制风险", "中", "节会活动方案和预算经局党组会研究。"),
            ]),
            ("副局长", "暨禛蓁", "leader", [
                ("文物保护项目申报把关不严，虚报工程量", "业务流程风险", "中", "项目申报材料经专家论证，现场核实。"),
            ]),
        ]),
        ("二、公共服务股", "公共服务股", [
            ("股长", "逯骞淼", "middle", [
                ("免费文艺辅导培训场次、人数虚报", "业务流程风险", "中", "培训签到和照片存档，每季度抽查。"),
                ("送戏下乡演出团队选定不公开", "制度机制风险", "中", "演出团队公开比选，结果公示。"),
            ]),
        ]),
        ("三、文物保护股", "文物保护股", [
            ("股长", "笪熠浥", "middle", [
                ("文物点巡查记录造假，险情不报", "岗位职责风险", "低", "巡查拍照定位上传，险情当日报告。"),
                ("对建设控制地带内违法建设不制止，收受好处", "外部环境风险", "高", "违法建设线索登记，移交执法机构处理。"),
            ]),
        ]),
        ("四、产业发展股", "产业发展股", [
            ("科员", "侴玥湉", "general", [
                ("A级景区、星级饭店评定推荐中收受好处", "思想道德风险", "高", "评定推荐实行专家打分，结果公示。"),
            ]),
        ]),
        ("五、办公室", "办公室", [
            ("主任", "佴瑀暄", "middle", [
                ("公务接待超标准、无公函接待", "制度机制风险", "低", "公务接待先审批后接待，接待清单按月公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "culture_tourism_groups", "https://hnggwhy.wentiyun.cn/stgx/xwzx_detail-9-43410.html",
        "县文化广播电视和旅游局 岗位廉政风险防控一览表, after the source's 县文旅广体局 (免费文艺辅导培训, 文物点巡查, 网吧、歌厅"
        "检查, 景区建设, 节会活动): a title, then 序号/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 under "
        "group rows ``一、局领导班子``, ``二、公共服务股``, ``三、文物保护股``, ``四、产业发展股``, ``五、办公室`` merged across "
        "(no 股室 column), 岗位 and 姓名 merged per person; a blank row and a 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def employment_promotion_checklist() -> dict:
    unit = f"{PLACE}就业创业促进中心"
    sh = _Sheet("排查表", [6, 16, 9, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    _line(sh, f"排查时间：2024年5月{GAP * 10}填报人：中心综合办", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "羿澂翮", "leader", [
            ("就业补助资金使用计划未经集体研究", "制度机制", "一级风险", "资金使用计划经中心会议研究，报县人社局审核。"),
            ("公益性岗位人员安置中优亲厚友", "思想道德", "一级风险", "公益性岗位人员公开招聘，结果公示。"),
        ]),
        ("就业服务股", "股长", "芮棽瑀", "middle", [
            ("职业培训补贴审核不严，培训机构虚报学员套取补贴", "业务流程", "一级风险", "培训学员实名签到，补贴按比例抽查回访。"),
            ("创业担保贷款推荐中收受好处", "外部环境", "二级风险", "推荐条件公开，推荐名单集体研究。"),
        ]),
        ("就业服务股", "经办员", "郜泠璟", "general", [
            ("公益性岗位补贴发放未核实在岗情况", "岗位职责", "二级风险", "补贴发放前核对考勤，每季度实地抽查。"),
        ]),
        ("失业保险股", "股长", "牟湉骞", "middle", [
            ("失业保险金领取资格审核不严，重复领取", "岗位职责", "二级风险", "领取资格与就业登记、参保信息比对。"),
            ("稳岗返还资金核定不准", "业务流程", "三级风险", "返还名单系统比对，结果公示。"),
        ]),
        ("财务室", "出纳", "衣珣蓁", "general", [
            ("就业资金专户资金挪用", "制度机制", "一级风险", "专户资金每月对账，网银密钥分人保管。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, f"{dept}-{post}", who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("中心负责人（签字）：", None, None, None, "年　月　日", None, None)
    return _layout(
        "employment_promotion_checklist", "http://blackheartcoffeecompany.com/Content-2346504.html",
        "县就业创业促进中心 廉政风险点排查表, after the source's 县审计局 report on 就业资金和失业保险基金 (创业就业服务中心, "
        "职业培训补贴, 创业培训补贴, 公益性岗位补贴, 社会保险补贴): a title, a merged ``排查时间：2024年5月　填报人：中心"
        "综合办`` line, then 序号/岗位 written ``就业服务股-股长`` (the 股室 and the post in one cell; no 股室 column)/姓名 "
        "(both merged per person)/风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a "
        "``中心负责人（签字）： | 年　月　日`` line",
        [sh], t,
    )  # fmt: skip


def rural_revitalization_list() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("风险清单", [6, 12, 18, 40, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    _line(sh, "风险等级分较高、一般、较低三档", 7)
    sh.add("序号", "股室", "岗位及责任人", "风险点", "风险等级", "防控措施", "完成时限")
    rows = [
        ("局领导", "局长", "代骞曦", "leader", [
            ("统筹整合资金项目安排中插手干预", "较高", "项目安排经县农村工作领导小组研究，结果公示。", "长期"),
            ("项目库入库项目把关不严，人情项目入库", "较高", "入库项目经乡镇申报、部门论证、集体研究。", "长期"),
        ]),
        ("局领导", "副局长", "铁淼璟", "leader", [
            ("衔接资金项目验收走过场", "一般", "项目验收邀请受益群众代表参加，验收资料存档。", "2024年12月"),
        ]),
        ("规划财务股", "股长", "闵瑒澍", "middle", [
            ("资金不按项目进度拨付，提前拨付", "较高", "资金拨付以监理、验收意见为依据。", "长期"),
            ("资金用于负面清单事项", "一般", "资金使用对照负面清单逐项审核。", "长期"),
        ]),
        ("监测帮扶股", "股长", "巫昀翀", "middle", [
            ("三类人口监测户识别不精准，优亲厚友", "较高", "监测对象经村评议、乡镇审核、县级比对。", "长期"),
            ("帮扶政策落实情况核查走过场", "较低", "核查结果抽查复核。", "2024年10月"),
        ]),
        ("监测帮扶股", "科员", "沙马依呷", "general", [
            ("防返贫监测信息录入不实", "一般", "录入信息与入户核查表逐项核对。", "长期"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures, due in points:
            n += 1
            sh.add(n, dept, f"{post}（{who}）", point, lv, measures, due)
            t.point(sh.name, dept, post, who, tier, point, [], SCALE[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：办公室", None, None, "审核：", None, "2024年6月", None)
    return _layout(
        "rural_revitalization_list",
        "http://milin.gov.cn/mlx/xczx/202303/8f3ad2fcc4d94ba6a61648682e017c67.shtml",
        "县乡村振兴局 廉政风险防控清单, after the source's 县 涉农统筹整合资金实施方案 (负面清单, 项目库, 脱贫户、“三类人口”"
        "监测户, 四到县): a title, a merged ``风险等级分较高、一般、较低三档`` line, then 序号/股室 merged (局领导, 规划财务股, "
        "监测帮扶股)/``岗位及责任人`` written ``局长（代骞曦）`` (merged per person)/风险点/风险等级 ``较高/一般/较低``/"
        "防控措施/``完成时限``; no type column; an ``编制：办公室 | 审核： | 2024年6月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hrss_template_example(),
    civil_affairs_list(),
    justice_cards(),
    farm_machinery_checklist(),
    religious_affairs_self_checks(),
    trading_center_duties(),
    culture_tourism_groups(),
    employment_promotion_checklist(),
    rural_revitalization_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch253-inbox"))
