"""The two-hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 学校, 医院
and 公共服务 bodies, 喜德县 (a county of the 凉山彝族自治州, its seat at 光明镇, 冕山镇 on the old road
north, 小相岭 above it, its staff Yi and Han) — its 人民医院, 中医医院, 妇幼保健计划生育服务中心 and
冕山镇中心卫生院, its 民族中学, 职业技术学校 and 幼儿园, its 殡仪馆 and its 就业服务中心 — each handing
back the 一览表, 排查表, 防控卡, 责任清单, 排查登记表 or 清单 its staff typed in WPS or Excel, the rows
about 设备论证, 统方, 挂床住院, 串换项目, 开单提成, 维保合同, 骨科耗材 返点, 药品推广, 中药饮片 验收,
理疗 记费, 出生医学证明, 空白证件, 两癌筛查, 叶酸, 婚前医学检查, 住院收费收据, 住院补偿公示, 村医补助,
健康档案, 营养改善计划, 教辅 征订, 分班, 有偿补课, 学生资助, 校服, 实习单位 考察评估, 招生介绍费, 实习报酬,
技能等级认定, 免学费, 普惠性资金, 伙食费, 一村一幼 辅导员, 学前学会普通话, 骨灰盒, 插队, 捆绑销售, 遗体接运,
火化证明, 公益性岗位, 空岗, 虚挂顶岗, 培训补贴, 创业担保贷款 and 劳务输出:

- the 中医医院's 排查表 under a ``单位：…`` line: ``科室`` merged (院领导, 骨伤科, 针灸推拿科, 中药房, 设备耗材科),
  ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险表现``, ``…风险`` types,
  ``高风险/中风险/低风险``, a 科室负责人/分管领导/纪检监察室 line;
- the 妇幼保健计划生育服务中心's 防控卡, one sheet a holder (tabs 主任, 保健部, 出生证管理): a label row
  ``姓　名 | 民　族 | 所在部门 | 职　务 | 填卡日期`` and the values in the row under it, then ``序号 | 岗位职责 |
  廉政风险点 | 风险等级 | 防控措施`` with ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` and 持卡人/监督人 lines;
- the 冕山镇中心卫生院's 一览表 under group rows ``一、院领导`` … ``六、村卫生室`` merged across (no 科室
  column), ``岗位`` and ``姓名`` merged per person, ``一级/二级/三级``, a last ``监督责任人`` column (the
  院长's or 副院长's name, ``/`` on the leaders' own rows); no type column;
- the 民族中学's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``处室`` merged
  (校级领导, 教务处, 政教处, 总务处, 高一年级组), ``岗位`` and ``姓名`` merged per person, short types, 高/中/低;
- the 职业技术学校's 责任清单 对岗不对人: ``责任部门`` merged, ``责任岗位``, a ``职责事项`` column before the
  risk, ``一级/二级/三级``, a ``责任领导`` column of posts; no names, no type column;
- the 幼儿园's 一览表 with a TWO-ROW header: ``岗位信息`` over ``部门 | 岗位 | 姓名``, ``风险识别`` over
  ``风险点 | 风险类型``, ``风险评估`` over ``风险等级``; ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line;
- the 殡仪馆's 排查登记表: ``科室（班组）`` merged (馆领导, 业务科, 接运组, 火化车间, 财务室), ``岗位`` and
  ``责任人`` merged per person, a ``服务环节`` column before the risk, 高/中/低, no type column, a merged
  ``以下空白`` row and a 馆长/纪检监督员 line;
- the 就业服务中心's 清单: ``股室`` typed on every row, ONE column ``岗位（姓名）`` (``股长（沙马尔坡）``), a
  ``业务事项`` column, short types, ``一级风险/二级风险/三级风险``.

One is harder:

- ``xide_people_hospital_quarterly``: the 人民医院's 岗位廉洁风险动态评估表, as a hospital's 纪检监察室 keeps
  one through the year: ``序号 | 科室 | 岗位 | 姓名 | 廉洁风险点 | 风险类型`` and then ``风险等级（按季度动态
  评估）`` merged over FOUR quarter columns ``一季度 | 二季度 | 三季度 | 四季度``, then ``防控措施 | 备注``. The
  file is sent in October: 一季度 to 三季度 are filled with 高/中/低, 四季度 is still empty. Most rows keep one
  level all year; on three the level MOVES (副院长's 挂床住院 中→中→高 after a 医保飞行检查; the 采购员's
  询价 中→低→低 after the 耗材 went onto the 集采平台; the 放射科主任's 开单提成 高→高→中 after 整改), and one
  row was added in 二季度 (``/`` under 一季度, ``二季度新增`` in its 备注). A ``注：…以最近一季度评估结果为准…``
  line under the table says which quarter counts. The README's 读得懂的表 knows two level columns (``原风险等级
  | 调整后风险等级``, ``上年 | 本年``, ``自查 | 审定``) where one fixed column is the current one, a cell
  written ``高→中``, quarter columns of a 落实台账 ticked ``√`` (no level), and ``风险等级`` split into ``一级 |
  二级 | 三级`` ticked ``√``; it does not describe a level kept as a TIME SERIES over quarter columns where
  the current level is the LAST FILLED quarter of each row (and a later, empty quarter is not yet
  assessed).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 串案 of 设备采购 in six 公办医院 —
院长, 放射科主任, 设备科科长, CT室主任 taking a 医疗设备公司's money; a 骨科医院's 骨四科主任 taking 35%
回扣 on 耗材 and a 推广费 for a 胶囊, a 贴牌 耗材 supplier not cleared out; a 妇幼保健院's 调研 of 出生医学
证明 发放与管理, 婚前医学检查, 孕前优生, 叶酸增补, 两癌筛查, 母婴传播 and 病残儿鉴定; a 卫生院 that forged
病历, 虚开、涂改住院收费收据 to take 新农合基金 and left its 住院费用补偿 公示 blank; a 省纪委 notice on 中小学
教师 收受礼品礼金, 有偿补课, 乱办班乱收费 and 教辅; a 职业技术学院 putting its 实习单位 through 实地考察评估
and a 党委会; a 县's 学前教育普及普惠 实施方案 — 普惠性资源, 公办园, 保教; a 殡仪馆 经理 under 纪律审查 —
殡葬用品采购, 丧葬用品 回扣; a 区人社局 排查 of 公益性岗位 — 空岗, 虚挂顶岗, 补贴 清退) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names — 瞿, 昝, 逄, 晏, 覃, 甯, 仝, 佴, 郦, 蒉, 缑, 郜,
濮, 訾, 殳, 冼, 荀, 郗, 阚, 骞, 隗, 卞, 宿, 羿, 蔺, 钦, 酆, 戢, 亢, 郏 — and Yi names as a 凉山 county's staff
carry them, of the 果基, 罗洪, 阿侯, 俄其, 吉觉, 补约, 安鲁, 乃古, 吉则, 洛木, 阿陆, 瓦扎, 巫其, 勒格, 拉马,
曲比, 莫色, 吉伍, 沙马, 海来 and 阿于 clans); every unit is a body of 喜德县.

Run ``python tests/published/score.py --set batch267`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is its LATEST quarterly assessment: the rightmost quarter column
  filled on its row (三季度 here on every row); the earlier quarters are its history and the empty
  四季度 is not yet assessed; ``/`` under 一季度 is a point not yet found then; the quarter headings, the
  ``备注`` (``二季度新增``, ``…后上调``, ``…后下调``) and the ``注：`` line are no points;
- ``院领导``, ``校级领导``, ``学校领导``, ``园领导``, ``馆领导``, ``中心领导`` (a 科室 cell, a group row, a card's
  所在部门, a 股室 cell) are the 科室 of those leaders; a hospital's 科, 部, 办 and 房, a 卫生院's 住院部,
  公共卫生办公室, 药房, 收费室 and 村卫生室, a school's 处, 办, 中心, 室 and 年级组, a 幼儿园's 部, 办 and 室,
  a 殡仪馆's 科, 组, 车间 and 室, a 中心's 股 are 科室;
- 院长, 副院长, 校长, 副校长, 园长, 副园长, 馆长, and the 主任 and 副主任 of a 中心 (the 妇幼保健计划生育服务
  中心, the 就业服务中心) are leaders; 科长, 科主任, 护士长, 部长, the 主任 of a 办, 部 or 处, 处长, 年级组长,
  股长 middle; the rest (采购员, 药库管理员, 收费员, 医师, 中药师, 出生医学证明管理员, 药剂员, 乡村医生,
  报账员, 干事, 资助专干, 会计, 保管员, 出纳, 驾驶员, 火化工, 业务员, 经办员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``职责事项``, ``服务环节``, ``业务事项``,
  ``责任领导`` (posts) and ``监督责任人`` (names of the leaders who watch) are no points and name no holder;
  ``岗位（姓名）`` written ``股长（沙马尔坡）`` is the post and its holder; the 职业技术学校's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``高风险/中风险/低风险``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and
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

PREFIX = "b267_"
PLACE = "喜德县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
QUARTERS = ("一季度", "二季度", "三季度", "四季度")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def latest(quarters) -> str:
    """The level a row stands at: its rightmost quarter filled with a level (``/`` and blank are none)."""
    return [q for q in quarters if q in HML][-1]


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉洁风险点, 风险类型, (一季度, 二季度, 三季度), 防控措施, 备注)])
HOSPITAL = [
    ("院领导", "院长", "果基拉铁", "leader", [
        ("医疗设备和耗材采购中指定品牌、干预招标评标", "制度机制", ("高", "高", "高"),
         "设备耗材采购一律进入公共资源交易平台，院长不分管采购。", None),
        ("基建维修工程化整为零，规避公开招标", "业务流程", ("高", "高", "高"),
         "工程项目院长办公会集体研究，达到限额的公开招标。", None),
    ]),
    ("院领导", "副院长", "瞿楦澜", "leader", [
        ("对科室挂床住院、分解住院监管不力", "岗位职责", ("中", "中", "高"),
         "每月抽查在院病人，医保违规与科室绩效挂钩。", "三季度医保飞行检查后上调"),
        ("医疗纠纷处理中偏袒一方、私下赔付", "外部环境", ("低", "低", "低"),
         "医疗纠纷经医患办集体研究，赔付走人民调解程序。", None),
    ]),
    ("设备科", "科长", "昝渌笙", "middle", [
        ("设备论证、参数设置倾向特定厂家", "岗位职责", ("高", "高", "高"),
         "论证专家随机抽取，参数须满足三家以上品牌。", None),
        ("设备验收走过场，到货配置与合同不符", "业务流程", ("中", "中", "中"),
         "使用科室、设备科、审计科三方共同验收并签字。", None),
    ]),
    ("设备科", "采购员", "罗洪木呷", "general", [
        ("医用耗材询价弄虚作假，虚构比价单位", "思想道德", ("中", "低", "低"),
         "耗材全部在集采平台下单，询价记录留存备查。", "二季度耗材纳入集采平台后下调"),
    ]),
    ("放射科", "科主任", "逄棨昀", "middle", [
        ("CT、DR检查开单提成，诱导不必要检查", "思想道德", ("高", "高", "中"),
         "大型设备检查阳性率按月统计，异常开单约谈。", "三季度专项整改后下调"),
        ("大型设备维保合同到期续签不比选", "制度机制", ("/", "中", "中"),
         "维保合同到期前三个月比选，结果院内公示。", "二季度新增"),
    ]),
    ("药剂科", "科主任", "晏沂蘅", "middle", [
        ("新药引进接受药企宴请、回扣", "外部环境", ("高", "高", "高"),
         "新药引进经药事管理委员会无记名投票。", None),
        ("违规为医药代表统方", "岗位职责", ("高", "高", "高"),
         "处方数据查询权限分级，统方查询全程留痕。", None),
    ]),
    ("药剂科", "药库管理员", "阿侯依作", "general", [
        ("药品出入库账实不符，近效期药品处置不规范", "业务流程", ("低", "低", "低"),
         "每月盘点，报损经科室和分管院长审批。", None),
    ]),
    ("医保办", "主任", "覃峤霂", "middle", [
        ("医保结算审核不严，串换项目收费", "岗位职责", ("中", "中", "中"),
         "结算清单逐份审核，智能监控疑点按周反馈。", None),
    ]),
    ("财务科", "收费员", "俄其阿莫", "general", [
        ("收费截留，退费手续不全", "业务流程", ("中", "中", "中"), "收费日清日结，退费须科室和财务双签。", None),
    ]),
]  # fmt: skip


def xide_people_hospital_quarterly() -> dict:
    unit = f"{PLACE}人民医院"
    ncols = 12
    sh = _Sheet("动态评估表", [6, 10, 10, 10, 34, 10, 7, 7, 7, 7, 34, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年度岗位廉洁风险动态评估表", ncols)
    _line(sh, f"填报部门：纪检监察室{GAP * 14}填报时间：2024年10月12日", ncols)
    top = sh.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级（按季度动态评估）", None,
                 None, None, "防控措施", "备注")  # fmt: skip
    sh.add(None, None, None, None, None, None, *QUARTERS, None, None)
    for c in (0, 1, 2, 3, 4, 5, 10, 11):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 6, top, 9)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HOSPITAL:
        for point, typ, quarters, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, *quarters, None, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[latest(quarters)])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：1.风险等级每季度末由科室自评、纪检监察室复核，以最近一季度评估结果为准；2.风险等级分高、中、低三级；"
        "3.“/”表示该季度尚未识别该风险点。",
        ncols,
    )
    sh.add(
        "填表人：",
        None,
        None,
        "审核人：",
        None,
        None,
        "院长（签字）：",
        None,
        None,
        None,
        None,
        None,
    )
    return _layout(
        "xide_people_hospital_quarterly", "http://pharm.jgvogel.cn/c/2015-04-29/903947.shtml",
        "(harder) 县人民医院 2024年度岗位廉洁风险动态评估表, after the source's 串案 of 医疗设备采购 in six 公办医院 (院长, "
        "放射科主任, 设备科科长, CT室主任): a title, a merged ``填报部门：纪检监察室　填报时间：2024年10月12日`` line, then a "
        "TWO-ROW header — 序号/科室/岗位/姓名/廉洁风险点/风险类型 (short names) merged down, ``风险等级（按季度动态评估）`` "
        "merged over FOUR quarter columns ``一季度 | 二季度 | 三季度 | 四季度``, 防控措施 and 备注 merged down; 科室 merged "
        "(院领导, 设备科, 放射科, 药剂科, 医保办, 财务科), 岗位 and 姓名 merged per person; 一季度 to 三季度 filled 高/中/低, "
        "四季度 empty; three rows change level over the year (中→中→高, 中→低→低, 高→高→中, the 备注 saying why) and one "
        "is ``/`` under 一季度 (``二季度新增``); a ``注：…以最近一季度评估结果为准…`` line and a 填表人/审核人/院长（签字） "
        "line; the truth's level is the last filled quarter",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xide_tcm_hospital_checklist() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("排查表", [6, 12, 10, 10, 14, 34, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}科室廉洁风险点排查表", 9)
    _line(sh, f"单位：{unit}{GAP * 16}2024年9月", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "甯澔岚", "leader", [
            ("重大事项决策", "“三重一大”事项不经院党支部和院长办公会集体研究，个人拍板", "制度机制风险", "高风险",
             "严格执行“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("骨伤科", "科主任", "吉觉伍各", "middle", [
            ("骨科耗材使用", "接受耗材供应商按供货金额返点，手术中优先使用其耗材", "外部环境风险", "高风险",
             "高值耗材使用量按月排名，异常增长专项核查。"),
            ("药品推荐", "为药品推广“开绿灯”，收受推广费、购物卡", "思想道德风险", "高风险",
             "签订不收受回扣承诺书，处方点评结果公示。"),
        ]),
        ("骨伤科", "医师", "仝鹬宁", "general", [
            ("处方开具", "为完成推广任务超量开具中成药、外用制剂", "岗位职责风险", "中风险", "超常处方每月点评，结果与绩效挂钩。"),
        ]),
        ("针灸推拿科", "护士长", "佴沅霏", "middle", [
            ("治疗项目记费", "针灸、推拿、理疗项目多记、重复记费", "业务流程风险", "中风险", "治疗单与收费清单每日核对。"),
        ]),
        ("中药房", "中药师", "补约日沙", "general", [
            ("中药饮片验收", "验收时以次充好，对掺杂、增重饮片放行", "岗位职责风险", "高风险",
             "饮片验收双人签字，每批留样备查。"),
            ("中药饮片调剂", "调剂缺斤少两，私自出售贵细药材", "思想道德风险", "低风险", "贵细药材专柜双锁，每日盘点。"),
        ]),
        ("设备耗材科", "科长", "郦翙川", "middle", [
            ("供应商资质审核", "对被药监部门处罚、贴牌生产的耗材供应商不清退", "制度机制风险", "中风险",
             "供应商资质年审，处罚信息一票否决。"),
            ("耗材出入库", "耗材出库不按科室申领，账物不符", "业务流程风险", "低风险", "耗材二级库管理，扫码出入库。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add(
        "科室负责人签字：",
        None,
        None,
        "分管领导签字：",
        None,
        None,
        "院纪检监察室（盖章）",
        None,
        None,
    )
    return _layout(
        "xide_tcm_hospital_checklist", "https://www.zhidianjob.com/newsdetail/id/10971.html",
        "县中医医院 科室廉洁风险点排查表, after the source's case of a 骨科医院's 骨四科主任 (35% 回扣 on 骨科耗材, 推广费 "
        "for a 胶囊, a 贴牌 耗材 supplier not cleared out): a title, a merged ``单位：…　2024年9月`` line, then 序号/科室 "
        "merged (院领导, 骨伤科, 针灸推拿科, 中药房, 设备耗材科)/岗位 and 姓名 merged per person/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; a blank row and a 科室负责人签字/分管领导签字/"
        "院纪检监察室（盖章） line",
        [sh], t,
    )  # fmt: skip


MCH_CARDS = [
    ("主任", "蒉岑旸", "汉族", "中心领导", "主任", "leader", [
        ("主持中心全面工作", "重大公共卫生项目资金分配不经集体研究", "Ⅰ级", "项目资金分配经主任办公会研究并公示。"),
        ("分管人事", "编外人员招聘暗箱操作，优亲厚友", "Ⅱ级", "招聘方案报卫健局备案，笔试面试全程录像。"),
        ("分管财务", "药品耗材采购指定供应商", "Ⅰ级", "采购实行询价小组集体议价，纪检全程监督。"),
    ]),
    ("保健部", "安鲁尔作", "彝族", "保健部", "部长", "middle", [
        ("两癌筛查项目", "虚报筛查人数套取项目资金", "Ⅰ级", "筛查对象实名登记，随机电话回访。"),
        ("叶酸增补项目", "叶酸发放登记不实，冒领、代领", "Ⅱ级", "发放凭身份证签领，每季度抽查。"),
        ("婚前医学检查", "检查走过场，出具不实检查证明", "Ⅱ级", "检查结果双人复核，证明编号管理。"),
    ]),
    ("出生证管理", "缑栎霖", "汉族", "信息统计科", "出生医学证明管理员", "general", [
        ("出生医学证明签发", "为非本院出生的新生儿出具出生医学证明", "Ⅰ级", "签发前核对分娩记录，证章分管。"),
        ("空白证件管理", "空白证件出入库登记不全，废证不按规定销毁", "Ⅱ级", "空白证件专柜存放，废证登记后集中上交销毁。"),
        ("档案信息管理", "泄露新生儿及其父母的个人信息", "Ⅲ级", "档案查询实行登记审批，系统账号专人专用。"),
    ]),
]  # fmt: skip


def xide_mch_cards() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    sheets = []
    for tab, who, nation, dept, post, tier, points in MCH_CARDS:
        sh = _Sheet(tab, [10, 18, 34, 14, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", "民　族", "所在部门", "职　务", "填卡日期")
        sh.add(who, nation, dept, post, "2024年7月")
        sh.add("序号", "岗位职责", "廉政风险点", "风险等级", "防控措施")
        for i, (duty, point, lv, measures) in enumerate(points, 1):
            sh.add(i, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _line(sh, "注：风险等级Ⅰ级为高，Ⅱ级为中，Ⅲ级为低。", 5)
        sh.add("持卡人签字：", None, "监督人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "xide_mch_cards", "https://hnfybjy.cn/show-992.html",
        "县妇幼保健计划生育服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 保健部, 出生证管理), after the "
        "source's 调研 of 出生医学证明 发放与管理, 婚前医学检查, 孕前优生, 叶酸增补, 两癌筛查: a title, a label row "
        "``姓　名 | 民　族 | 所在部门 | 职　务 | 填卡日期`` with the values in the row under it, then 序号/岗位职责/"
        "廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a ``注：`` line on the levels and a 持卡人签字/"
        "监督人签字 line",
        sheets, t,
    )  # fmt: skip


def xide_township_clinic_groups() -> dict:
    unit = f"{PLACE}冕山镇中心卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 40, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "监督责任人")
    head, deputy = "郜岫苓", "乃古阿各"
    groups = [
        ("一、院领导", "院领导", "/", [
            ("院长", head, "leader", [
                ("药品、耗材采购不按规定程序，指定供货商", "一级", "药品耗材全部网上集中采购，采购与验收分离。"),
                ("住院费用补偿公示不及时、不完整", "二级", "补偿情况每月在院务公开栏公示。"),
            ]),
            ("副院长", deputy, "leader", [
                ("截留、挪用村医基本公卫补助", "一级", "村医补助按考核结果直接打卡发放。"),
            ]),
        ]),
        ("二、住院部", "住院部", head, [
            ("主任", "濮晞涟", "middle", [
                ("虚开、涂改住院收费收据，套取医保基金", "一级", "收据电子化，住院病历每月抽查。"),
                ("诱导参保群众住院、挂床住院", "一级", "在院病人每日查房核对，床头卡实名。"),
            ]),
        ]),
        ("三、公共卫生办公室", "公共卫生办公室", deputy, [
            ("主任", "吉则拉果", "middle", [
                ("健康档案、慢病随访记录弄虚作假", "二级", "随访记录电话抽查，问题档案限期更正。"),
            ]),
        ]),
        ("四、药房", "药房", deputy, [
            ("药剂员", "訾芃桉", "general", [
                ("药品出入库不登记，私自销售药品", "二级", "药品进销存系统管理，每月盘点。"),
            ]),
        ]),
        ("五、收费室", "收费室", head, [
            ("收费员", "洛木阿芝", "general", [
                ("收费不开票、少开票，截留现金", "一级", "收费票据连号使用，现金日清日结。"),
                ("医保结算时串换诊疗项目", "二级", "结算清单与医嘱核对，智能审核提示复核。"),
            ]),
        ]),
        ("六、村卫生室", "村卫生室", deputy, [
            ("乡村医生", "阿陆尔日", "general", [
                ("虚报基本公共卫生服务人次", "二级", "服务记录群众签字，卫生院按季度入户核查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, watcher, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures, watcher)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
        _merge_down(sh, first, [(6, lambda row: row[6])])
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）。", 7)
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "xide_township_clinic_groups", "http://news.ttjk.com/zixun/shehuiguanzhu/081125102443843.htm",
        "镇中心卫生院 岗位廉政风险防控一览表, after the source's 卫生院 that 伪造病历, 虚开、涂改住院收费收据 to take "
        "新农合基金 and left its 参合农民住院费用补偿 公示 blank: a title, then 序号/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施/a last ``监督责任人`` (the 院长's or 副院长's name, ``/`` on the "
        "leaders' rows, merged per group) under GROUP ROWS ``一、院领导`` … ``六、村卫生室`` merged across (no 科室 "
        "column); no type column; a ``注：`` line and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def xide_middle_school_list() -> dict:
    unit = f"{PLACE}民族中学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年9月", 8)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校级领导", "校长", "殳楸宁", "leader", [
            ("学校重大事项、大额资金使用个人说了算", "制度机制", "高", "落实“三重一大”集体决策，校务会纪要存档。"),
            ("中层干部任用和教师岗位聘任优亲厚友", "岗位职责", "中", "聘任方案教代会通过，结果公示。"),
        ]),
        ("校级领导", "副校长", "冼柘岚", "leader", [
            ("营养改善计划食材供应商选定不公开", "外部环境", "高", "供应商由县教体局公开招标确定，名单公示。"),
        ]),
        ("教务处", "主任", "瓦扎尔哈", "middle", [
            ("分班、排座中收受家长礼品礼金", "思想道德", "中", "分班电脑随机，结果公布，举报电话公开。"),
            ("违规统一征订目录外教辅材料", "制度机制", "高", "教辅征订坚持自愿，只在评议公告目录内选用。"),
        ]),
        ("政教处", "主任", "荀霂霏", "middle", [
            ("学生资助对象认定不实，优亲厚友", "岗位职责", "高", "班级评议、学校审核、校内公示三级把关。"),
        ]),
        ("总务处", "主任", "郗楦晗", "middle", [
            ("食堂大宗食材验收不严，虚报就餐人数", "业务流程", "高", "食材验收三人以上签字，就餐人数每日刷卡统计。"),
            ("校服征订中收取厂家回扣", "外部环境", "中", "校服由家委会参与选定，学校不经手费用。"),
        ]),
        ("总务处", "报账员", "巫其伍牛", "general", [
            ("报账票据审核不严，虚列支出", "业务流程", "低", "报销单据经手人、证明人、审批人三签。"),
        ]),
        ("高一年级组", "年级组长", "阚蘅玥", "middle", [
            ("组织、推荐学生参加有偿补课", "思想道德", "中", "签订拒绝有偿补课承诺书，家长问卷每学期一次。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, "校长（签字）：", None)
    return _layout(
        "xide_middle_school_list", "http://hlj.sina.com.cn/news/b/2017-09-04/detail-ifykqmrv8655299.shtml?from=hlj_ydph",
        "县民族中学 岗位廉政风险防控一览表, after the source's 省纪委 notice on 中小学教师 收受礼品礼金 (分班、调座), 有偿补课 "
        "and 乱办班乱收费 (教辅材料): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2024年9月`` line, then "
        "序号/处室 merged (校级领导, 教务处, 政教处, 总务处, 高一年级组)/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def xide_vocational_duties() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("责任清单", [6, 14, 10, 14, 38, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add(
        "序号", "责任部门", "责任岗位", "职责事项", "廉政风险点", "风险等级", "防控措施", "责任领导"
    )
    lead, recruit, teach = "学校领导", "招生就业处", "教务处"
    rows = [
        (lead, "校长", "leader", "实训基地建设", "实训基地建设项目化整为零，规避招标", "一级",
         "项目经校务会研究，达到限额的进入公共资源交易平台。", "党支部书记"),
        (lead, "副校长", "leader", "实训设备采购", "实训设备采购参数量身定制", "一级",
         "采购需求专业组论证，参数公开征求意见。", "党支部书记"),
        (recruit, "处长", "middle", "招生宣传", "向初中学校、中介人员支付招生“介绍费”", "一级",
         "招生宣传经费预算管理，严禁有偿招生。", "分管副校长"),
        (recruit, "处长", "middle", "实习单位确定", "未经实地考察评估确定实习单位，收受实习单位好处", "一级",
         "实习单位实地考察形成书面报告，名单经党支部会议研究后公开。", "分管副校长"),
        (recruit, "干事", "general", "顶岗实习管理", "克扣、截留学生实习报酬", "二级",
         "实习报酬由实习单位直接发放到学生本人账户。", "分管副校长"),
        (teach, "处长", "middle", "技能等级认定", "职业技能等级认定考核放水、替考", "二级",
         "考评员交叉派出，考核全程录像。", "分管副校长"),
        ("学生资助管理中心", "资助专干", "general", "免学费和国家助学金", "虚报在籍学生人数套取免学费资金", "一级",
         "学籍与资助系统每学期比对，资助名单公示。", "分管副校长"),
        ("财务室", "会计", "general", "经费报销", "报销凭证审核不严，白条入账", "三级", "报销凭证三级审核，每季度自查。",
         "分管副校长"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(
        sh,
        "注：本清单对岗不对人，岗位人员调整不影响清单内容；风险等级分一级、二级、三级，一级最高。",
        8,
    )
    return _layout(
        "xide_vocational_duties", "http://124.119.15.220/info/1024/7471.htm",
        "县职业技术学校 廉政风险防控责任清单 对岗不对人, after the source's 职业技术学院 notice that its 实习单位 were put "
        "through 实地考察评估 (单位资质、诚信状况、实习岗位) and a 党委会 before the list was made public: a title, then "
        "序号/``责任部门`` merged (学校领导, 招生就业处, 教务处, 学生资助管理中心, 财务室)/``责任岗位`` merged per post/"
        "``职责事项``/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``责任领导`` (posts: 党支部书记, 分管副校长); no "
        "names, no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def xide_kindergarten_two_row_header() -> dict:
    unit = f"{PLACE}幼儿园"
    sh = _Sheet("风险防控表", [6, 14, 10, 10, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    top = sh.add("序号", "岗位信息", None, None, "风险识别", None, "风险评估", "防控措施")
    sh.add(None, "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", None)
    sh.merge(top, 0, top + 1, 0)
    sh.merge(top, 1, top, 3)
    sh.merge(top, 4, top, 5)
    sh.merge(top, 7, top + 1, 7)
    rows = [
        ("园领导", "园长", "骞湉澍", "leader", [
            ("普惠性资金、生均公用经费使用不规范", "制度机制风险", "★★★", "经费使用园务会研究，每学期公开收支。"),
            ("招生入园中优亲厚友、收受家长礼金", "思想道德风险", "★★", "招生计划和录取名单公示，按片区登记入园。"),
        ]),
        ("园领导", "副园长", "隗漪璠", "leader", [
            ("幼儿伙食费收支不公开，挤占挪用", "业务流程风险", "★★★", "伙食费单独核算，每月公布收支明细。"),
        ]),
        ("保教部", "主任", "卞樾汀", "middle", [
            ("保育员、代课教师聘用把关不严", "岗位职责风险", "★★", "聘用条件公开，面试三人以上打分。"),
        ]),
        ("一村一幼指导办", "主任", "勒格约日", "middle", [
            ("一村一幼辅导员考核、劳务补助发放弄虚作假", "岗位职责风险", "★★★", "辅导员考核结果村级公示，补助直接打卡。"),
            ("“学前学会普通话”行动资料虚报", "业务流程风险", "★★", "资料每学期抽查，入班随机测评。"),
        ]),
        ("后勤部", "保管员", "宿沄珞", "general", [
            ("食材、物资验收入库不实", "业务流程风险", "★★", "验收双人签字，库存每周盘点。"),
        ]),
        ("财务室", "出纳", "羿筠溪", "general", [
            ("保教费收取不开票，坐支现金", "制度机制风险", "★", "保教费一律银行代收，票据按号使用。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人：", None, None, "园长（签字）：", None, None, "2024年9月", None)
    return _layout(
        "xide_kindergarten_two_row_header",
        "http://www.gzjinsha.gov.cn/xxgk/zfxxgkml/jcxxgk/zcfg/zcwj_22789/202104/t20210408_67734317.html",
        "县幼儿园 岗位廉洁风险防控一览表, after the source's 县 学前教育普及普惠 实施方案 (普惠性学前教育资源, 公办园, 保教): "
        "a title, then a TWO-ROW header — 序号 merged down, ``岗位信息`` over ``部门 | 岗位 | 姓名``, ``风险识别`` over "
        "``风险点 | 风险类型``, ``风险评估`` over ``风险等级``, 防控措施 merged down; 部门 merged (园领导, 保教部, "
        "一村一幼指导办, 后勤部, 财务室), 岗位 and 姓名 merged per person, types ``…风险``, levels ``★★★/★★/★`` read by a "
        "``注：`` line; a 填表人/园长（签字）/date line",
        [sh], t,
    )  # fmt: skip


def xide_funeral_home_register() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("排查登记表", [6, 12, 10, 10, 14, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"{GAP * 30}填报日期：2024年8月20日", 8)
    sh.add("序号", "科室（班组）", "岗位", "责任人", "服务环节", "风险点", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "蔺楸屿", "leader", [
            ("殡葬用品采购", "骨灰盒、寿衣等殡葬用品进馆销售时收受供应商回扣", "高",
             "殡葬用品准入集体研究，进馆价格报发改部门备案。"),
            ("收费管理", "擅自提高收费标准或自设收费项目", "高", "收费项目和标准在服务大厅公示，执行《消费明白卡》。"),
        ]),
        ("业务科", "科长", "钦砚祺", "middle", [
            ("业务受理", "不按先后顺序受理，插队、代办收受好处", "中", "业务受理系统按到馆时间自动排号。"),
            ("服务选择", "强制消费、捆绑销售殡葬用品", "高", "服务项目由丧属自主选择并签字确认。"),
        ]),
        ("业务科", "业务员", "莫色拉日", "general", [
            ("殡仪服务", "向丧属推荐殡葬中介、司仪，收取介绍费", "低", "严禁工作人员介绍中介，举报电话公开。"),
        ]),
        ("接运组", "驾驶员", "拉马伍果", "general", [
            ("遗体接运", "以优先派车、平稳行车为由索要好处", "中", "派车按受理顺序，出车登记时间、地点。"),
        ]),
        ("火化车间", "火化工", "曲比日哈", "general", [
            ("遗体火化", "私自调换火化顺序，收受丧属财物", "中", "火化顺序系统排定，车间视频监控。"),
            ("火化证明", "未实际火化出具火化证明", "高", "火化证明凭火化记录和视频截图签发。"),
        ]),
        ("财务室", "出纳", "酆翎湘", "general", [
            ("票款管理", "收费不开票，截留收入", "中", "收费一律开具票据，每日对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, step, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "以下空白", 8)
    sh.add()
    sh.add("馆长（签字）：", None, None, "纪检监督员：", None, None, None, None)
    return _layout(
        "xide_funeral_home_register", "http://zhoukan.cc/guancha/2019/0906/3937.html",
        "县殡仪馆 廉政风险点排查登记表, after the source's piece on a 市殡仪馆 法定代表人 under 纪律审查 and the 殡葬领域 "
        "(殡葬业务员, 丧葬用品 采购和销售, 供应商 回扣): a title, a merged ``填报日期：2024年8月20日`` line, then 序号/"
        "``科室（班组）`` merged (馆领导, 业务科, 接运组, 火化车间, 财务室)/岗位 and ``责任人`` merged per person/``服务环节``/"
        "风险点/风险等级 高/中/低/防控措施; no type column; a merged ``以下空白`` row, a blank row and a 馆长（签字）/"
        "纪检监督员 line",
        [sh], t,
    )  # fmt: skip


def xide_employment_center_list() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("风险清单", [6, 12, 16, 16, 38, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位（姓名）", "业务事项", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "戢沣岚", "leader", [
            ("公益性岗位开发", "公益性岗位违规安排给特定关系人", "思想道德", "一级风险", "岗位开发和人员安置集体研究并公示。"),
            ("资金拨付审批", "就业补助资金拨付审批把关不严", "制度机制", "一级风险", "资金拨付经办、审核、审批分离。"),
        ]),
        ("中心领导", "副主任", "吉伍拉惹", "leader", [
            ("职业技能培训", "培训机构选定不公开，虚报培训人数套取补贴", "外部环境", "一级风险",
             "培训机构公开遴选，培训现场人脸签到。"),
        ]),
        ("就业援助股", "股长", "沙马尔坡", "middle", [
            ("公益性岗位管理", "对空岗、虚挂顶岗人员不清退，继续发放补贴", "岗位职责", "一级风险", "每季度实地核查在岗情况。"),
        ]),
        ("就业援助股", "经办员", "亢芷淇", "general", [
            ("就业困难人员认定", "认定材料审核不严，为不符合条件人员认定", "业务流程", "二级风险", "认定材料双人审核，结果公示。"),
        ]),
        ("创业服务股", "股长", "海来阿各", "middle", [
            ("创业担保贷款", "贷款推荐审核走过场，收受申请人好处", "岗位职责", "二级风险", "推荐名单集体审定，贷后回访。"),
        ]),
        ("财务股", "会计", "郏沅晞", "general", [
            ("补贴发放", "补贴资金不直发个人账户，代领冒领", "制度机制", "二级风险", "补贴一律通过社保卡发放。"),
        ]),
        ("综合股", "股长", "阿于木果", "middle", [
            ("劳务输出", "组织劳务输出时向务工人员收取中介费", "外部环境", "三级风险", "劳务输出免费服务，收费举报电话公开。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, tier, points in rows:
        for item, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, f"{post}（{who}）", item, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, "2024年7月", None)
    return _layout(
        "xide_employment_center_list", "http://wxrb.luaninfo.com/p/a.aspx?id=15007&t=8&time=2019-07-31",
        "县就业服务中心 岗位廉政风险防控清单, after the source's 区人社局 排查 of 公益性岗位 (开发单位, 台账资料, 财务凭证, "
        "空岗、虚挂顶岗, 清退, 停止发放补贴): a title, then 序号/``股室`` typed on every row (中心领导, 就业援助股, 创业服务股, "
        "财务股, 综合股)/ONE column ``岗位（姓名）`` written ``股长（沙马尔坡）``/``业务事项``/风险点/风险类别 (short names)/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/中心主任（签字）/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xide_people_hospital_quarterly(),
    xide_tcm_hospital_checklist(),
    xide_mch_cards(),
    xide_township_clinic_groups(),
    xide_middle_school_list(),
    xide_vocational_duties(),
    xide_kindergarten_two_row_header(),
    xide_funeral_home_register(),
    xide_employment_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch267-inbox"))
