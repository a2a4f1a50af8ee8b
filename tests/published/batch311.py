"""The three-hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and 公共服务 bodies, 蓬安县 (a county of 南充 on the 嘉陵江, its staff Han) — its 人民医院,
its 精神卫生中心, its 河舒镇中心卫生院, its 锦屏中学, its 利溪镇中心学校, its 图书馆, its 殡仪馆 and
its 中医医院 — each handing back the 一览表, 防控表, 自查表, 责任清单, 防控卡 or 排查表 its staff typed
in WPS or Excel:

- the 人民医院's 一览表 under a merged ``填报单位：…　填报时间：…`` line: ``科室`` merged, ``岗位`` and
  ``姓名`` merged per person, ``廉政风险点``, short types, ``一级/二级/三级``, a ``填表人： | 审核人： |
  院长（签字）：`` line;
- the 精神卫生中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``, no
  type column;
- the 河舒镇中心卫生院's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 所在科室 |
  … | 职　务 | …`` in ONE row of three pairs above ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, ``…风险`` types, ``高风险/中风险/低风险``, ``本人签名： | … | 日期：``;
- the 锦屏中学's 一览表 under GROUP ROWS ``一、学校领导`` … ``四、学生处`` merged across (no 处室 column):
  ``岗位`` and ``姓名`` merged per person, no type column, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 利溪镇中心学校's 责任清单 under ``附件3``: ``处室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, a last ``分管领导`` column naming the leader who watches (merged
  over his 处室's rows; blank on the leaders' own rows);
- the 图书馆's 防控卡, one sheet a holder (tabs 馆长, 副馆长, 采编部主任): ``姓　名 | … | 职　务 | …`` and
  ``所在部门 | … | 分管工作 | …`` in two rows of pairs, short types, ``★★★/★★/★`` read by a ``注：`` line,
  ``持卡人签字： | … | 监督电话：…``;
- the 殡仪馆's 排查表 对岗不对人: ``部门`` merged (馆领导, 办公室, 殡仪组,
  火化组, 公墓办公室), ``岗位`` merged per
  post, short types, 高/中/低, no names; a 制表/审核/date line.

One is harder:

- ``pengan_tcm_hospital_risk_codes_per_post``: the 中医医院's file made as a RISK CATALOGUE AND A
  POST TABLE THAT LISTS THE CATALOGUE'S CODES. The first sheet ``风险点目录`` (``附件1``, a title) is a
  catalogue of the hospital's risks, ``风险编号 | 业务环节 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``,
  one row a risk (codes ``FX-01`` … ``FX-12``), with NO 科室, 岗位 or 姓名 column, and a merged
  ``注：…各岗位承担的风险点见附件2…按风险编号对应。`` line. The second sheet ``岗位对照表`` (``附件2``, a
  title) lists the posts, ``序号 | 科室 | 岗位 | 姓名 | 主要职责 | 对应风险编号``, one row a post, whose
  LAST cell lists SEVERAL codes in one cell (``FX-01、FX-02、FX-03``); a code may stand in two posts'
  cells (a risk two posts share: ``FX-01`` for 院长 and 副院长, ``FX-05`` and ``FX-06`` for 设备科科长
  and 采购员 …), and every code stands in at least one. Each post's points are the catalogue rows its
  cell names. The README's 读得懂的表 knows the OTHER direction: a risk table whose every row carries
  ONE code (``职权编码``, ``工号``, ``岗位编号``) resolved to a post through a directory sheet
  (``职权目录``, ``工号对照表``) or a post table above the points on the same sheet (``岗位编号 | 科室 |
  岗位 | 姓名``) — one post a risk row; it also knows a ``责任岗位`` matrix ticked ``√`` per post column,
  a cell naming several posts (``村支书、村主任``, read as the people responsible, not split), a
  ``责任分工：第1—3项　…`` line giving posts by the points' 序号, and levels given on another sheet by
  ``风险编号`` (``SHEET_LEVELS``). It does not describe a catalogue of risks with NO post at all
  whose points reach their posts ONLY THROUGH A LIST OF CODES IN ONE CELL OF THE POST TABLE, many to
  many (one post several codes, one code several posts).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市中医院 党委书记 and a 县中医院
院长 who, in 工程项目承接, 招标代理 and 医疗设备采购, fixed the 设备参数 beforehand for one company and
gave the 餐厅扩建 and 医疗废物处理中心 works to their kin; a 医疗腐败窝案 running along the whole chain of
药品 准入, 招投标, 采购 and 销售, with a B超 sold by bribes; a 精神病专科医院 whose 老年科 and then every
科室 kept patients 挂床住院 to draw 医保基金, praised by the 院长, with the 医教科 and 医保办 looking
on; a 医保定点医院 whose 院长 ``主持全面工作、分管财务工作`` and whose 财务出纳 fell together for 骗保;
two 中学 校长 and their 管理人员 who 虚报套取 the 营养餐 subsidy and cut the 膳食标准; a 学校 校长 who
bought 食材 with inflated quantities and took the 货款 back; a 县图书馆 馆长 of 18 years who took
回扣 off the books on 书籍采购 to pay staff 福利; a 县殡仪馆 with its 办公室, 火化组, 殡仪组 and
公墓办公室 and its many 服务收费) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 蓬安县.

Run ``python tests/published/score.py --set batch311`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every post of ``岗位对照表`` holds the catalogue rows whose ``风险编号`` its
  ``对应风险编号`` cell lists: that row's 科室, 岗位 and 姓名 (one form a post, its form on the sheet
  ``岗位对照表``); a code listed by two posts is a point of each (the same 廉政风险点, level and type
  twice, one a holder); the point is the ``廉政风险点`` cell, its level and type those of the
  catalogue row; the codes, ``业务环节``, ``主要职责``, the ``注：`` line and the sign-off line are no
  points; the catalogue itself names no post and holds no form of its own;
- ``院领导``, ``中心领导``, ``学校领导``, ``校级领导`` and ``馆领导`` (a 科室 or 处室 cell, the sheet
  ``中心领导``, a group row, a card's ``所在部门``, a 部门 cell) are the 科室 of those leaders; the 卫生院's 院长 writes ``所在科室 | 院领导``; a hospital's 科 and 办, a school's
  处, a 图书馆's 部 and 室, a 殡仪馆's 办公室, 组 and 公墓办公室 are 科室; a group row ``二、总务处``
  gives the 科室 ``总务处`` (its number left off);
- every hospital, 中心, 卫生院, school, 图书馆 and the 殡仪馆 is a unit of its own: 院长, 副院长, a
  中心's 主任 and 副主任, 校长, 副校长, 馆长 and 副馆长 are leaders; 科长, 科主任, 护士长, the 主任 of a
  处, 办 or 部 middle; the rest (采购员, 收费员, 出纳, 会计, 食堂管理员, 保管员, 火化工, 殡仪服务员,
  墓区管理员, 办公室文员 …) general;
- ``分管工作``, ``主要职责``, ``业务环节`` and ``自查情况`` are no points and name no holder; the
  利溪镇中心学校's ``分管领导`` column names the leader who watches, not the holder (the ``责任人`` is);
  the 殡仪馆's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高/中/低``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 锦屏中学's note) and ``★★★/★★/★`` (read by the card's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b311_"
PLACE = "蓬安县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

CATALOGUE_HEAD = ("风险编号", "业务环节", "廉政风险点", "风险类型", "风险等级", "防控措施")
POSTS_HEAD = ("序号", "科室", "岗位", "姓名", "主要职责", "对应风险编号")
CATALOGUE_NOTE = "注：风险等级分高、中、低三级；各岗位承担的风险点见附件2《岗位廉政风险对照表》，按风险编号对应。"
POSTS_NOTE = "注：一个风险点由几个岗位共同防控的，在各岗位分别列出其风险编号。"

# (风险编号, 业务环节, 廉政风险点, 风险类型, 等级, 防控措施)
CATALOGUE = [
    ("FX-01", "重大事项决策", "工程、设备等重大事项不经院党委会集体研究，个人拍板", "制度机制", "高",
     "严格执行“三重一大”集体决策，会议纪要存档备查。"),
    ("FX-02", "基建工程管理", "插手基建工程发包，为特定施工单位打招呼", "外部环境", "高",
     "基建项目全部进入公共资源交易平台，院领导不参与评标。"),
    ("FX-03", "基建工程管理", "安排亲属承接医院餐厅扩建、医疗废物处理等工程", "思想道德", "高",
     "领导干部亲属从业事项每年报告，涉及亲属的项目主动回避。"),
    ("FX-04", "医疗设备采购", "与供应商提前商定设备参数，帮助特定公司中标", "岗位职责", "高",
     "技术参数由三家以上产品比对确定，论证专家随机抽取。"),
    ("FX-05", "医疗设备采购", "招标代理机构选择不公开，指定代理机构", "业务流程", "中",
     "招标代理机构从名录库中随机抽取，结果院内公示。"),
    ("FX-06", "设备到货验收", "设备到货验收走过场，以次充好", "业务流程", "中",
     "使用科室、设备科、审计科共同验收并签字。"),
    ("FX-07", "药品耗材管理", "中药饮片、耗材采购中收受供应商回扣", "外部环境", "高",
     "饮片、耗材供应商公开遴选，采购与验收分离。"),
    ("FX-08", "药品耗材管理", "向医药代表提供科室、医生用药数据", "岗位职责", "中",
     "用药数据查询权限分级授权，查询全程留痕。"),
    ("FX-09", "资金支付", "不按合同和工程进度支付工程、设备款", "制度机制", "中",
     "付款实行经办、复核、审批三级审签，对照合同节点支付。"),
    ("FX-10", "收费管理", "收取现金不及时入账，截留收费", "岗位职责", "低",
     "收费日清日结，票据连号使用，每月与银行对账。"),
    ("FX-11", "后勤服务外包", "餐厅、物业外包单位选择优亲厚友", "思想道德", "中",
     "外包项目公开比选，合同经法律顾问审核。"),
    ("FX-12", "后勤物资管理", "后勤物资出入库不登记，账实不符", "业务流程", "低",
     "物资出入库逐笔登记，每季度盘点。"),
]  # fmt: skip

# (科室, 岗位, 姓名, tier, 主要职责, [风险编号])
CODED_POSTS = [
    ("院领导", "院长", "昝栎澍", "leader", "主持全院工作，分管人事、基建和审计", ["FX-01", "FX-02", "FX-03"]),
    ("院领导", "副院长", "亓蘩苡", "leader", "分管医疗设备、财务和后勤", ["FX-01", "FX-04", "FX-09"]),
    ("设备科", "科长", "笪峣翀", "middle", "负责医疗设备论证、采购和验收", ["FX-04", "FX-05", "FX-06"]),
    ("设备科", "采购员", "禚荇淙", "general", "负责设备和耗材的询价、采购", ["FX-05", "FX-06"]),
    ("药剂科", "科主任", "檀蒹湲", "middle", "负责药品、中药饮片的遴选和调配", ["FX-07", "FX-08"]),
    ("财务科", "科长", "郇璘昶", "middle", "负责预算、资金支付和会计核算", ["FX-09", "FX-10"]),
    ("财务科", "收费员", "仉茆琰", "general", "负责门诊、住院收费", ["FX-10"]),
    ("后勤保障科", "科长", "庾棹崧", "middle", "负责餐厅、物业和后勤物资", ["FX-11", "FX-12"]),
]  # fmt: skip

CODE_SEP = "、"


def pengan_tcm_hospital_risk_codes_per_post() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    cat = _Sheet("风险点目录", [10, 14, 36, 10, 8, 36])
    cat.add("附件1")
    _line(cat, f"{unit}廉政风险点目录", 6)
    cat.add(*CATALOGUE_HEAD)
    for row in CATALOGUE:
        cat.add(*row)
    _line(cat, CATALOGUE_NOTE, 6)
    posts = _Sheet("岗位对照表", [6, 12, 10, 9, 30, 26])
    posts.add("附件2")
    _line(posts, f"{unit}岗位廉政风险对照表", 6)
    posts.add(*POSTS_HEAD)
    by_code = {row[0]: row for row in CATALOGUE}
    first = len(posts.rows)
    for n, (dept, post, who, tier, duties, codes) in enumerate(CODED_POSTS, 1):
        posts.add(n, dept, post, who, duties, CODE_SEP.join(codes))
        for code in codes:
            _code, _step, point, typ, lv, _measures = by_code[code]
            t.point(posts.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(posts, first, [(1, lambda row: row[1])])
    _line(posts, POSTS_NOTE, 6)
    posts.add("填表人：", None, "审核人：", None, "院长（签字）：", None)
    return _layout(
        "pengan_tcm_hospital_risk_codes_per_post", "http://hctbhj.cn/news/i798852.html",
        "(harder) 县中医医院 廉政风险点目录 and 岗位廉政风险对照表, after the source's 市中医院 党委书记 and 县中医院 院长 who fixed "
        "设备参数 for one company and gave the 餐厅扩建 and 医疗废物处理中心 works to their kin: a RISK CATALOGUE AND A POST TABLE "
        "THAT LISTS ITS CODES — sheet ``风险点目录`` (``附件1``, a title, ``风险编号 | 业务环节 | 廉政风险点 | 风险类型 | 风险等级 | "
        "防控措施``, codes FX-01…FX-12, NO 科室, 岗位 or 姓名 column, short types, 高/中/低, a merged ``注：…按风险编号对应。`` line) "
        "and sheet ``岗位对照表`` (``附件2``, a title, ``序号 | 科室 | 岗位 | 姓名 | 主要职责 | 对应风险编号``, 科室 merged, one row a "
        "post whose last cell lists SEVERAL codes ``FX-01、FX-02、FX-03``, a code listed by one or two posts; a merged ``注：`` "
        "line and a 填表人/审核人/院长（签字） line): each post's points are the catalogue rows its cell names",
        [cat, posts], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pengan_people_hospital_list() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 11, 11, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "綦翮澜", "leader", "新药、新耗材准入不经药事管理委员会集体评审", "制度机制", "一级",
         "新药、新耗材准入一律经药事管理委员会无记名投票。"),
        ("院领导", "院长", "綦翮澜", "leader", "药品招标采购中为医药公司打招呼", "外部环境", "一级", "药品全部在省级平台集中采购，院领导不参与议价。"),
        ("院领导", "副院长", "鄂曈彧", "leader", "大型设备购置论证走过场，倾向特定品牌", "岗位职责", "一级",
         "大型设备购置经论证委员会论证并报院党委会研究。"),
        ("院领导", "副院长", "鄂曈彧", "leader", "接受医药、器械企业安排的宴请和旅游", "思想道德", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
        ("药剂科", "科主任", "郏蕖泠", "middle", "药品遴选中收受医药代表财物", "外部环境", "一级", "药品遴选专家随机抽取，遴选过程全程记录。"),
        ("药剂科", "科主任", "郏蕖泠", "middle", "违规统计医生处方量提供给医药代表", "岗位职责", "二级", "处方数据查询权限收归信息科，查询留痕。"),
        ("药剂科", "药品采购员", "鞠岫骞", "general", "临时采购不履行审批手续", "业务流程", "二级", "临时采购须分管院领导审批并登记。"),
        ("药剂科", "药品采购员", "鞠岫骞", "general", "药品入库数量、批号核对不严", "业务流程", "三级", "入库双人核对，账物每月核对。"),
        ("设备科", "科长", "阚暄碚", "middle", "设备招标技术参数设置排他性条款", "岗位职责", "一级", "技术参数公开征求意见，经院内审核后发布。"),
        ("超声科", "科主任", "蒯菁榕", "middle", "超声设备更新中与销售商私下接触", "思想道德", "二级", "设备需求由科室集体讨论提出，不与销售商单独接触。"),
        ("招标采购办公室", "主任", "尉羲橦", "middle", "招标文件编制中泄露标底和评审信息", "制度机制", "一级",
         "招标文件经法律顾问审核，评审信息保密。"),
        ("招标采购办公室", "主任", "尉羲橦", "middle", "化整为零规避公开招标", "业务流程", "三级", "采购计划年初编制，分散采购每季度汇总审查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "院长（签字）：", None, None)
    return _layout(
        "pengan_people_hospital_list", "http://www.jizihe.com/page/2004/0429/24408497.shtml",
        "县人民医院 岗位廉政风险防控一览表, after the source's 医疗腐败窝案 running along 药品 准入, 招投标, 采购 and 销售 (a B超 sold "
        "by bribes): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, then 序号/科室 merged (院领导, 药剂科, 设备科, "
        "超声科, 招标采购办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def pengan_mental_health_two_sheets() -> dict:
    unit = f"{PLACE}精神卫生中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 8, 22, 36, 12, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("芮瓒泓", "主任", "主持全面工作，分管财务和人事", [
            ("默许科室以“请假病人”名义挂床住院，增加收入", "一级风险", "住院病人每日查房核实，医保数据每月分析通报。"),
            ("科室绩效与收入挂钩，变相鼓励多收病人", "一级风险", "绩效方案经职代会通过，不与医保收入直接挂钩。"),
            ("工程、设备采购中收受承建方财物", "二级风险", "工程和设备采购进入公共资源交易平台。"),
        ]),
        ("琚昀翎", "副主任", "分管医疗、医保和护理", [
            ("对虚增检查项目和医嘱的情况不检查、不纠正", "一级风险", "病历每月抽查，问题病历全院通报。"),
            ("医保协议履行情况把关不严", "二级风险", "医保结算资料经医保办初审、分管领导复审。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    dept = _Sheet("科室", [6, 10, 10, 9, 36, 12, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医教科", "科长", "宦涞筠", "middle", [
            ("病历质量检查走过场，对伪造病历不上报", "一级风险", "病历检查结果书面报告，检查记录存档。"),
        ]),
        ("医保办", "主任", "扈沄翕", "middle", [
            ("明知住院人次超出床位数仍申报结算", "一级风险", "医保申报前核对实际床位和在院人数。"),
            ("医保结算单据审核不严", "二级风险", "结算单据双人审核，每月与医保中心对账。"),
        ]),
        ("老年科", "科主任", "隋霈珩", "middle", [
            ("低收押金、减免费用拉拢病人住院", "二级风险", "收费标准公示，减免须经院领导审批。"),
            ("虚开检查项目和医嘱套取医保基金", "一级风险", "检查项目与医嘱每日核对，药房和检验科交叉复核。"),
        ]),
        ("老年科", "护士长", "勾芫汐", "middle", [
            ("请假病人不在院仍记录护理和治疗", "二级风险", "请假病人登记去向，护理记录与考勤核对。"),
        ]),
        ("财务科", "出纳", "咸汭蓁", "general", [
            ("住院押金收取不开票据、不及时入账", "三级风险", "押金收取一律开具票据，日清日结。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "pengan_mental_health_two_sheets", "https://m.fx361.cc/news/2014/0910/9610523.html",
        "县精神卫生中心 廉政风险防控表 in two sheets, after the source's 精神病专科医院 whose 老年科 and then every 科室 kept patients "
        "挂床住院 to draw 医保基金 (the 院长 praising them, the 医教科 and 医保办 looking on): ``中心领导`` (a title, 序号/姓名, 职务 and "
        "分管工作 merged per leader/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line) and ``科室`` "
        "(a title, 序号/科室 merged (医教科, 医保办, 老年科, 财务科)/岗位 and 姓名 merged per person/…; a 填表人/审核人/主任（签字） "
        "line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def pengan_heshu_health_centre_selfchecks() -> dict:
    unit = f"{PLACE}河舒镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("栾沣岑", "院长", "院领导", "leader", [
            ("为增加收入默许虚记住院天数、多开检查项目", "制度机制风险", "高风险", "住院病人每日查房，医保数据每月自查。", "已整改"),
            ("大额资金支出不经院务会集体研究", "思想道德风险", "中风险", "大额支出院务会研究，纪要存档。", "已落实"),
            ("药品耗材采购中收受供应商好处", "外部环境风险", "高风险", "药品耗材全部网上集中采购。", "未发现问题"),
        ]),
        ("羿渼晞", "科长", "公共卫生科", "middle", [
            ("基本公共卫生服务项目虚报服务人次", "岗位职责风险", "高风险", "服务记录随机电话回访，季度考核。", "已整改"),
            ("家庭医生签约数据弄虚作假", "业务流程风险", "中风险", "签约数据与系统核对，抽查入户。", "已落实"),
        ]),
        ("蓟淏苒", "收费员", "收费室", "general", [
            ("医保病人住院费用录入不实", "岗位职责风险", "中风险", "费用清单病人签字确认。", "已落实"),
            ("收取现金不开票据，截留收费", "思想道德风险", "高风险", "现金日清日结，票据连号使用。", "未发现问题"),
            ("退费不按规定审批", "业务流程风险", "低风险", "退费须科室和院长签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 36, 14, 10, 32, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在科室", dept, f"职{GAP}务", post)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "日期：", "2025年6月", None)
        sheets.append(sh)
    return _layout(
        "pengan_heshu_health_centre_selfchecks", "http://m.handmsg.com/page/2019/0129/4741371.shtml",
        "镇中心卫生院 干部职工廉政风险自查表, one sheet a person (tabs named by the person), after the source's 医保定点医院 whose 院长 "
        "``主持全面工作、分管财务工作`` and whose 财务出纳 fell together for 骗保: a title, ``姓　名 | … | 所在科室 | … | 职　务 | …`` in "
        "ONE row of three pairs, then 序号/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a "
        "blank row and ``本人签名： | 日期： | 2025年6月``",
        sheets, t,
    )  # fmt: skip


def pengan_jinping_middle_groups() -> dict:
    unit = f"{PLACE}锦屏中学"
    sh = _Sheet("一览表", [6, 11, 9, 40, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "谯峄璠", "leader", [
                ("虚报食材采购数量，套取学生营养餐补助", "Ⅰ", "营养餐资金专账核算，食材采购每周公示。"),
                ("默许降低膳食标准，克扣学生伙食", "Ⅰ", "每月公布食堂收支和菜谱，家长代表参与监督。"),
            ]),
            ("副校长", "弓淇翾", "leader", [
                ("分管后勤时对食堂账目不审核", "Ⅱ", "食堂账目每月由分管副校长审核签字。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "郜霭骁", "middle", [
                ("食材供应商选择不公开，收受回扣", "Ⅰ", "食材供应商公开招标，合同期满重新比选。"),
                ("食堂物资验收与采购不分离", "Ⅱ", "采购、验收、保管三人分设。"),
            ]),
            ("食堂管理员", "糜珺沚", "general", [
                ("公示菜品与实际供应不符", "Ⅱ", "学生代表每周参与验菜，验菜记录存档。"),
                ("食材出入库登记不实", "Ⅲ", "出入库逐日登记，每月盘点。"),
            ]),
        ]),
        ("三、教务处", "教务处", [
            ("主任", "钭澈瑗", "middle", [
                ("教辅资料征订中收取书商好处", "Ⅰ", "教辅资料学生自愿征订，学校不经手费用。"),
            ]),
        ]),
        ("四、学生处", "学生处", [
            ("主任", "巴溱竑", "middle", [
                ("寄宿生生活补助对象认定不公", "Ⅱ", "认定实行班级评议、学校审核、公示。"),
                ("代管学生费用不及时结算", "Ⅲ", "代管费用学期末结算并公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ为最高。", 6)
    sh.add("制表人：", None, "审核人：", None, "校长（签字）：", None)
    return _layout(
        "pengan_jinping_middle_groups", "https://www.tech-food.com/news/detail/n1068667.htm",
        "县中学 岗位廉政风险防控一览表, after the source's two 中学 校长 and their 管理人员 who 虚报套取 the 营养餐 subsidy and cut the "
        "膳食标准: a title, then 序号/岗位/姓名 (both merged per person)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 under GROUP ROWS "
        "``一、学校领导``, ``二、总务处``, ``三、教务处``, ``四、学生处`` merged across (no 处室 column, no type column); a merged "
        "``注：`` line on the grades and a 制表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def pengan_lixi_school_duties() -> dict:
    unit = f"{PLACE}利溪镇中心学校"
    sh = _Sheet("责任清单", [6, 10, 11, 9, 36, 14, 8, 32, 10])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "处室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "分管领导",
    )
    rows = [
        ("校级领导", "校长", "蔺潆昀", "leader", "虚增食材采购数量，多付货款后由供应商返还", "思想道德风险", "Ⅰ级",
         "食材采购数量与就餐人数每日核对，货款按验收单支付。", None),
        ("校级领导", "校长", "蔺潆昀", "leader", "食堂供应商确定不经集体研究", "制度机制风险", "Ⅰ级", "供应商经行政会集体确定并公示。", None),
        ("校级领导", "副校长", "钮淼翊", "leader", "对食堂经费使用疏于监督", "岗位职责风险", "Ⅱ级", "食堂经费每月审核，学期末审计。", None),
        ("总务处", "主任", "佘浠沅", "middle", "食材采购价格高于市场价不核实", "业务流程风险", "Ⅰ级", "食材价格每周询价比对并公示。", "钮淼翊"),
        ("总务处", "会计", "冼峤蓥", "general", "按领导授意支付无验收单的货款", "制度机制风险", "Ⅱ级", "无验收单据一律不予支付。", "钮淼翊"),
        ("总务处", "会计", "冼峤蓥", "general", "学生伙食费账目与食堂账目不一致", "业务流程风险", "Ⅲ级", "伙食费专账核算，每月与食堂对账。", "钮淼翊"),
        ("总务处", "食堂管理员", "裘湛玥", "general", "验收时少收多记，以次充好", "岗位职责风险", "Ⅱ级", "验收两人以上，学生代表参与。", "钮淼翊"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _merge_down(sh, first, [(8, lambda row: (row[1], row[8]))])
    sh.add("编制：", None, None, "审核：", None, None, "2025年6月", None, None)
    return _layout(
        "pengan_lixi_school_duties", "http://www.ecojms.com/shipinchangshi/713.html",
        "镇中心学校 廉政风险防控责任清单, after the source's 学校 校长 who bought 食材 with inflated quantities and took the 货款 back: "
        "``附件3``, a title, 序号/处室 merged (校级领导, 总务处)/岗位 and 责任人 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a last ``分管领导`` column (the watching leader, merged over his 处室's rows); an "
        "``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def pengan_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "逯嵩澧", "馆领导", "leader", "主持全面工作，分管财务和图书采购", [
            ("书籍采购中账外收受书商回扣", "外部环境", "★★★", "图书采购进入政府采购平台，折扣写入合同并入账。"),
            ("以回扣款发放职工福利、私分国有资产", "制度机制", "★★★", "福利发放严格按标准列入预算，不得另设账外资金。"),
            ("重大事项不经馆务会研究", "思想道德", "★★", "“三重一大”事项馆务会集体研究。"),
        ]),
        ("副馆长", "鄢瑀蘅", "馆领导", "leader", "分管阅读推广、场地和后勤", [
            ("馆舍场地出租收入不入账", "岗位职责", "★★★", "场地出租签订合同，租金全额缴入单位账户。"),
            ("外出培训考察中借机旅游", "思想道德", "★", "外出事项事前审批，费用按标准报销。"),
        ]),
        ("采编部主任", "詹汀筠", "采编部", "middle", "负责图书选购、验收和编目", [
            ("选书时指定书商，虚增采购数量", "业务流程", "★★", "采购书目集体确定，到书逐册验收登记。"),
            ("到书不办理入库登记", "岗位职责", "★", "到书三日内入库编目，每年清点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, work, points in cards:
        post = "主任" if tab.endswith("部主任") else tab
        sh = _Sheet(tab, [6, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("所在部门", dept, "分管工作", work, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0817-8622388", None, None)
        sheets.append(sh)
    return _layout(
        "pengan_library_cards", "http://swiftkiller.com/html/201921169961.html",
        "县图书馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 副馆长, 采编部主任), after the source's 县图书馆 馆长 of 18 years who "
        "took 回扣 off the books on 书籍采购 to pay staff 福利: a title, ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | 分管工作 | …`` "
        "(分管工作 merged D–E) in two rows of pairs, then 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def pengan_funeral_home_posts() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("排查表", [6, 12, 12, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", "殡葬用品进货指定供应商，收受好处", "外部环境", "高", "殡葬用品公开比选进货，进销差价按规定控制。"),
        ("馆领导", "馆长", "leader", "公墓墓穴价格、调整不经集体研究", "制度机制", "高", "收费标准报价格部门备案并公示。"),
        ("办公室", "出纳", "general", "服务收费不开票据、不及时入账", "岗位职责", "高", "收费一律开具票据，日清日结。"),
        ("办公室", "出纳", "general", "惠民殡葬补贴减免审核不严", "业务流程", "中", "减免对象资料存档，每月与民政部门核对。"),
        ("殡仪组", "殡仪服务员", "general", "向丧属捆绑推销殡葬用品和服务", "思想道德", "中", "服务项目由丧属自主选择，签订服务协议。"),
        ("殡仪组", "殡仪服务员", "general", "收受丧属红包、礼品", "思想道德", "低", "签订拒收红包承诺书，设立举报电话。"),
        ("火化组", "火化工", "general", "按关系安排火化先后，索要财物", "岗位职责", "中", "火化按登记顺序排号，排号表公示。"),
        ("公墓办公室", "主任", "middle", "为关系人预留、低价出售墓穴", "制度机制", "高", "墓穴销售登记编号，价格和销售情况公示。"),
        ("公墓办公室", "墓区管理员", "general", "收取管理费不入账", "业务流程", "低", "管理费统一由财务收取，开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("制表：馆办公室", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "pengan_funeral_home_posts", "https://m.wuhaninfo.cn/wenku/avdd/BYgM4x4jVA",
        "县殡仪馆 岗位廉政风险点排查表 对岗不对人, after the source's 县殡仪馆 with its 办公室, 火化组, 殡仪组 and 公墓办公室 and its many "
        "服务收费: a title, then 序号/部门 merged (馆领导, 办公室, 殡仪组, 火化组, 公墓办公室)/岗位 merged per post/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; no names; a ``制表：馆办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pengan_tcm_hospital_risk_codes_per_post(),
    pengan_people_hospital_list(),
    pengan_mental_health_two_sheets(),
    pengan_heshu_health_centre_selfchecks(),
    pengan_jinping_middle_groups(),
    pengan_lixi_school_duties(),
    pengan_library_cards(),
    pengan_funeral_home_posts(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch311-inbox"))
