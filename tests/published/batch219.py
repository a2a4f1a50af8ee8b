"""A two-hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader,
with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES MIXED —
a 中心小学, a 村, a 幼儿园, a 自来水公司, a 镇's 站所, a 社区居委会, a 中医院, a 城投集团 and a 乡's
干部 — each handing back its ordinary 一览表, 排查表, 清单, 记录表 or 防控卡 the way its staff typed it
(no re-saved copies):

- a 中心小学 一览表 with 处室 merged (校长室, 教导处, 总务处, 食堂), 岗位 and 责任人 merged per person,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, and a ``分管校长`` column of names beside the holder (the supervising 副校长, herself
  a holder on her own rows);
- a 村's 小微权力 清单 对岗不对人: 权力事项 merged over its rows, 风险点, 高/中/低, 防控措施, then
  ``责任岗位`` (村党支部书记, 村委会副主任, 报账员 …) and no names, no 科室, no types;
- a 幼儿园's 廉政风险点排查及整改记录表 (a shape the README does not describe): beside the holder's
  ``责任人`` a second column of names, ``整改责任人`` (the 园长 or 副园长 who sees the fix through), then
  ``整改时限`` and ``完成情况`` (已完成/持续整改);
- a 自来水公司 排查表 one sheet a 部门 (综合办公室, 营业所, 管网所) with no 部门 column, ★★★/★★/★
  levels and ``…风险`` types;
- a 镇's 站所 一览表 with ``站所负责人`` (names) beside ``姓名``;
- a 社区居委会's 清单 对岗不对人 with ``主要职责`` merged per post, levels ``较高/一般/较低`` and a
  ``监督主体`` column;
- a 中医院 排查登记表 whose ``风险等级`` splits into ``科室自评 | 院纪委复核`` (they differ on some rows);
- a 乡's 防控卡 one sheet a person, pairs above the table ``姓名 | … | 所在站办 | … | 职务 | …``.

One is harder:

- ``urban_invest_risk_matrix``: a 城投集团's 廉洁风险识别评估登记表 after the risk matrix R=L×S:
  ``风险事项 | 风险描述 | 发生可能性（L） | 影响程度（S） | 风险值（R=L×S） | 风险等级`` — L and S
  written 高/中/低 like the level, the level only in the last of the three columns.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a school canteen's 采购管理制度,
a 村级财务报账制度, a 幼儿园 安全隐患排查及整改记录表, a 自来水公司's 管理制度 (营销, 管网, 抄表), a 镇's
后勤服务外包 监督管理办法, a 社区工作者考核办法, a 区 卫生健康工作要点 (医共体, 医保), the 风险矩阵评价法
(R=LS), a 农村低保审批程序流程图) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented; every unit is a body of the
invented 双桥区.

Run ``python tests/published/score.py --set batch219`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``分管校长``, ``站所负责人``, ``整改责任人`` beside a 姓名/责任人 column are no holders of the rows;
- the 村's and the 社区's posts are kept as written with department "" (no 科室 column);
- ``院纪委复核`` is the level where a row's ``科室自评`` differs;
- L and S of the risk matrix (高/中/低) are no levels; the level is ``风险等级``; the short
  ``风险事项`` is the point beside the long ``风险描述``;
- 校长/副校长, 园长/副园长, 院长/副院长, 董事长/总经理, 村党支部书记, 社区党委书记 are leaders; 主任 of a
  处室/站所/办, 所长 of a company's 所, 科长, 部长, 村委会副主任, 村务监督委员会主任 and 居委会副主任 middle;
  the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b219_"
PLACE = "双桥区"
RESAVED: tuple[str, ...] = ()
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"

per_person = lambda row: row[1:4]  # noqa: E731


# --------------------------------------------------------------------------- harder layout


def urban_invest_risk_matrix() -> dict:
    unit = f"{PLACE}城市建设投资集团有限公司"
    sh = _Sheet("风险登记表", [5, 11, 9, 8, 14, 30, 9, 9, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险识别评估登记表", 11)
    r = sh.add("填报部门：纪检监察室", None, None, None, None, None, None, None,
               "评估时间：2025年3月", None, None)  # fmt: skip
    sh.merge(r, 0, r, 7)
    sh.merge(r, 8, r, 10)
    sh.add("序号", "部门", "岗位", "责任人", "风险事项", "风险描述", "发生可能性（L）", "影响程度（S）",
           "风险值（R=L×S）", "风险等级", "防控措施")  # fmt: skip
    score = {"高": 3, "中": 2, "低": 1}
    rows = [
        ("集团领导", "董事长", "佴知遥", "重大投资决策", "重大投资、融资和担保事项不经董事会集体研究,个人决定",
         "中", "高", "高", "重大事项严格执行“三重一大”决策程序,议题提前送审,会议纪要存档。", "leader"),
        ("集团领导", "总经理", "亢怀朔", "工程项目发包", "授意下属将工程项目发包给特定关系人",
         "中", "高", "高", "工程发包一律进入公共资源交易平台,集团领导不得干预。", "leader"),
        ("工程管理部", "部长", "禤松岑", "设计变更签证", "设计变更和现场签证把关不严,为施工单位虚增工程量",
         "高", "中", "高", "变更签证实行监理、跟审、部门三方会签,大额变更报集团审批。", "middle"),
        ("工程管理部", "项目经理", "訾沅芷", "隐蔽工程验收", "隐蔽工程验收走过场,收受施工单位好处",
         "中", "中", "中", "隐蔽工程验收留存影像资料,跟踪审计人员到场。", "general"),
        ("融资部", "部长", "郄砚舟", "融资中介选择", "指定融资中介机构,抬高融资成本收取回扣",
         "低", "高", "中", "融资中介比选确定,费率报集团党委会审议。", "middle"),
        ("资产运营部", "租赁专员", "仉星野", "国有房产出租", "低价出租或变相转租国有房产,优亲厚友",
         "中", "中", "中", "房产出租公开招租,租金标准经评估确定并公示。", "general"),
        ("资产运营部", "租赁专员", "仉星野", "租金催缴", "租金应收未收,长期拖欠不催缴",
         "低", "低", "低", "建立租金台账,逾期一个月书面催缴并报部门负责人。", "general"),
        ("财务部", "出纳", "綦霁月", "资金支付", "未按审批付款,公款私存",
         "低", "高", "中", "网银支付实行制单、复核分离,每月与银行对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, item, desc, lk, sv, lv, measures, tier) in enumerate(rows, 1):
        rv = score[lk] * score[sv]
        assert lv == ("高" if rv >= 6 else "中" if rv >= 3 else "低"), (item, rv)
        sh.add(n, dept, post, who, item, desc, lk, sv, rv, lv, measures)
        t.point(sh.name, dept, post, who, tier, item, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：发生可能性和影响程度按高（3）、中（2）、低（1）赋值，风险值6以上为高风险，3—4为中风险，"
              "1—2为低风险。", 11)  # fmt: skip
    sh.add(
        "部门负责人：",
        None,
        None,
        None,
        "分管领导：",
        None,
        None,
        None,
        "填报日期：2025年3月",
        None,
        None,
    )
    return _layout(
        "urban_invest_risk_matrix", "https://abg.baidu.com/tags/w7t47vn63dk7hrwaxtn3pkbiki6uyuzjfc33nmn6ysr3bzjj",
        "(harder) 区城投集团 廉洁风险识别评估登记表 after the source's 风险矩阵评价法 (R=L×S: 可能性 L times 严重性 S, "
        "the product banded into levels): title, a ``填报部门：纪检监察室 | 评估时间：…`` line, then 序号/部门 merged "
        "(集团领导, 工程管理部, 融资部, 资产运营部, 财务部)/岗位 and 责任人 merged per person/a short ``风险事项`` beside a "
        "long ``风险描述``/``发生可能性（L）`` and ``影响程度（S）`` written 高/中/低 like the level/``风险值（R=L×S）`` "
        "a number (1–9)/``风险等级`` 高/中/低 (differing from L or S on most rows)/防控措施; a note on the scoring "
        "under the table; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def school_supervising_head() -> dict:
    unit = f"{PLACE}岫溪中心小学"
    sh = _Sheet("一览表", [5, 9, 10, 8, 32, 9, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 9)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, None, "填报时间：2025年3月", None, None
    )
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "处室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "分管校长"
    )
    rows = [
        ("校长室", "校长", "戢慕远", "学校大额经费使用和基建维修项目不经校务会集体研究", "制度机制", "Ⅰ级",
         "大额经费和维修项目经校务会集体研究,会议纪要存档,按学期公开。", None, "leader"),
        ("校长室", "副校长", "宓棠溆", "教师职称推荐和评优评先暗箱操作", "思想道德", "Ⅱ级",
         "推荐条件和程序提前公布,结果公示五个工作日。", None, "leader"),
        ("教导处", "教导主任", "渠拾溪", "违规组织有偿补课或推销教辅资料", "岗位职责", "Ⅱ级",
         "教辅资料由家长自愿选购,学校不代收费用,设立举报电话。", "宓棠溆", "middle"),
        ("总务处", "总务主任", "芮一苇", "办公用品和教学设备采购不比价,指定供应商", "业务流程", "Ⅰ级",
         "采购实行三家比价,千元以上报校务会,验收两人以上签字。", "宓棠溆", "middle"),
        ("总务处", "总务主任", "芮一苇", "校舍维修工程量虚报", "制度机制", "Ⅱ级",
         "维修前后留存照片,工程量由总务处和使用处室共同确认。", "宓棠溆", "middle"),
        ("总务处", "报账员", "斛知秋", "学生营养餐补助资金核算不实", "岗位职责", "Ⅱ级",
         "补助按实际就餐人数核算,每月在校务公开栏公示。", "宓棠溆", "general"),
        ("食堂", "食堂管理员", "邗沛然", "大宗食材采购收受供应商回扣", "外部环境", "Ⅰ级",
         "大宗食材统一配送,验收实行双人联检,价格每周公示。", "宓棠溆", "general"),
        ("食堂", "食堂管理员", "邗沛然", "食材出入库登记不实,虚报损耗", "业务流程", "Ⅲ级",
         "出入库日清日结,每月盘点并由家委会代表参与抽查。", "宓棠溆", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, head, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, head)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("校长签字：", None, None, None, None, None, "审核人：", None, None)
    return _layout(
        "school_supervising_head", "http://m.cqtzb.org.cn/jxfw/202506/241087.html",
        "区中心小学 岗位廉政风险点及防控措施一览表 after the source's 学校食堂采购管理制度 (计划、供应商、验收入库、"
        "结算, a 监督小组): title, ``填报单位（盖章）：… | 填报时间：…`` line, 序号/处室 merged (校长室, 教导处, 总务处, "
        "食堂)/岗位 and 责任人 merged per person/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``分管校长`` — the 副校长's name 宓棠溆 merged down each 处室 (blank on the 校长室 rows), she being a holder on "
        "her own row; 校长签字/审核人 line",
        [sh], t,
    )  # fmt: skip


def village_small_power() -> dict:
    unit = f"{PLACE}枫坝镇桐岭村"
    sh = _Sheet("清单", [5, 14, 34, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}村级小微权力廉政风险点清单", 6)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("集体资产资源处置", "集体山林、鱼塘发包不经村民代表会议,低价发包给亲友", "高",
         "发包方案经“四议两公开”程序,公开竞价,合同报镇农经站备案。", "村党支部书记", "leader"),
        ("集体资产资源处置", "集体资产租金收取不入账", "中", "租金统一转入村级账户,收据由镇代理中心统一发放。",
         "报账员", "general"),
        ("村级工程项目", "小型工程项目不按规定比选,指定施工队", "高",
         "5万元以上项目进镇公共资源交易站比选,村务监督委员会全程监督。", "村党支部书记", "leader"),
        ("村级工程项目", "工程验收走过场,虚增工程量", "中", "验收由镇、村、村民代表三方参加,结果公示。",
         "村委会副主任", "middle"),
        ("村级财务报账", "白条入账、虚开票据套取集体资金", "高", "票据须经手人、证明人、审批人签字,村务监督委员会审核后报账。",
         "报账员", "general"),
        ("村级财务报账", "对不合规票据审核签字把关不严", "低", "每季度对报账票据开展审核,发现问题及时退回。",
         "村务监督委员会主任", "middle"),
        ("民生事项初审", "低保、临时救助对象初审优亲厚友,虚报冒领", "高",
         "初审经村民代表评议,名单在村务公开栏公示七天,接受群众监督。", "村委会副主任", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, lv, measures, post, tier) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, post)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("村党支部（盖章）", None, "村民委员会（盖章）", None, "2025年4月", None)
    return _layout(
        "village_small_power", "https://www.fudaoke.com/exam/3212301.html",
        "村 村级小微权力廉政风险点清单 after the source's 村级财务报账制度 (账目公开, 审批流程, 票据, 审计): title, "
        "then 序号/``权力事项`` merged over its rows (集体资产资源处置, 村级工程项目, 村级财务报账, 民生事项初审)/风险点/"
        "风险等级 高/中/低/防控措施/``责任岗位`` (村党支部书记, 村委会副主任, 报账员, 村务监督委员会主任) — no names, "
        "no 科室, no types; the 村党支部/村民委员会 seals and date under it",
        [sh], t,
    )  # fmt: skip


def kindergarten_rectify_record() -> dict:
    unit = f"{PLACE}第二幼儿园"
    sh = _Sheet("排查整改记录", [5, 9, 10, 8, 30, 8, 30, 12, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查及整改记录表", 10)
    r = sh.add(
        f"排查单位：{unit}", None, None, None, None, "排查时间：2025年4月", None, None, None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 9)
    sh.add("序号", "部门", "岗位", "责任人", "排查发现的风险点", "风险等级", "整改（防控）措施", "整改时限",
           "整改责任人", "完成情况")  # fmt: skip
    rows = [
        ("园办", "园长", "綦晚棠", "收受家长礼品礼金,在招生入园中优亲厚友", "高",
         "入园按片区和报名顺序统一派位,结果公示,签订拒收礼品承诺书。", "2025年5月底前", "綦晚棠", "已完成", "leader"),
        ("园办", "副园长", "咸予澄", "保教费、伙食费收退不按标准执行", "中",
         "收退费标准公示,伙食费单独核算、按月公布。", "长期坚持", "綦晚棠", "持续整改", "leader"),
        ("保教处", "保教主任", "阚芊眠", "组织幼儿参加收费兴趣班、推销教玩具", "中",
         "严禁园内举办收费兴趣班,教玩具由园统一配备。", "2025年5月底前", "咸予澄", "已完成", "middle"),
        ("总务处", "总务主任", "暨樾川", "教玩具和厨房设备采购不比价", "高",
         "采购三家以上比价,验收由总务、保教、财务三方参加。", "2025年6月底前", "咸予澄", "持续整改", "middle"),
        ("总务处", "采购员", "桑栩然", "食材采购以次充好、虚报数量", "高",
         "食材定点配送,入库过秤双人签字,家长代表每月抽查。", "2025年5月底前", "咸予澄", "已完成", "general"),
        ("保健室", "保健医生", "郇若溪", "晨检、体检费用代收不开票据", "低",
         "体检费由体检机构直接收取,园内不代收。", "2025年5月底前", "咸予澄", "已完成", "general"),
        ("财务室", "出纳", "濮闻笛", "现金收费不及时入账,坐收坐支", "中",
         "收费一律通过银行代收,现金日清日结。", "长期坚持", "綦晚棠", "持续整改", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, due, fixer, done, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, due, fixer, done)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add(
        "排查人：",
        None,
        None,
        None,
        "园长（签字）：",
        None,
        None,
        "填报日期：2025年4月",
        None,
        None,
    )
    return _layout(
        "kindergarten_rectify_record", "http://www.boteman.cn/paper/492808316.html",
        "区幼儿园 廉政风险点排查及整改记录表 after the source's 幼儿园安全隐患排查及整改记录表 (排查、问题、整改措施、"
        "责任分工、完成情况, closed loop): title, ``排查单位：… | 排查时间：…`` line, then 序号/部门 merged (园办, 保教处, "
        "总务处, 保健室, 财务室)/岗位 and 责任人 merged per person/``排查发现的风险点``/风险等级 高/中/低/"
        "``整改（防控）措施``/``整改时限`` (``2025年5月底前``, ``长期坚持``)/``整改责任人`` — a SECOND column of names, the "
        "园长 綦晚棠 or the 副园长 咸予澄, who also hold forms of their own/``完成情况`` (``已完成``, ``持续整改``); no "
        "type column; 排查人/园长签字/date line",
        [sh], t,
    )  # fmt: skip


def water_company_dept_sheets() -> dict:
    unit = f"{PLACE}自来水有限责任公司"
    t = _Truth(unit)
    parts = {
        "综合办公室": [
            ("主任", "靳霈舟", "公司车辆和办公用品管理混乱,公车私用", "思想道德风险", "★", "车辆派车登记,加油定点,"
             "办公用品领用登记。", "middle"),
            ("主任", "靳霈舟", "招聘临时用工暗箱操作,安排关系人", "制度机制风险", "★★",
             "用工计划经总经理办公会研究,招聘条件和结果公示。", "middle"),
            ("采购员", "冀栖梧", "管材、水表采购不比价,收受供应商回扣", "岗位职责风险", "★★★",
             "物资采购三家以上比价,大宗物资公开招标,验收三人签字。", "general"),
        ],
        "营业所": [
            ("所长", "钮苒禾", "违规为用户减免水费、调整用水性质", "岗位职责风险", "★★★",
             "水费减免和用水性质变更须公司审批,每季度公示。", "middle"),
            ("抄表员", "栾渟白", "估抄、漏抄水表,收受用户好处少抄水量", "外部环境风险", "★★",
             "抄表数据系统留痕,稽查组每月随机复抄。", "general"),
            ("收费员", "竺晗光", "收取水费不开票据、截留水费", "业务流程风险", "★★",
             "推行银行和线上缴费,现金收费日清日结。", "general"),
            ("收费员", "竺晗光", "违规为欠费用户恢复供水", "制度机制风险", "★", "恢复供水凭缴费凭证和所长签字。",
             "general"),
        ],
        "管网所": [
            ("所长", "濮听岚", "新装用户接水工程指定施工队,多收安装费", "岗位职责风险", "★★★",
             "接水工程收费标准公示,施工单位公开比选。", "middle"),
            ("维修班长", "邴煦川", "维修材料虚报冒领,旧件私自变卖", "业务流程风险", "★★",
             "维修材料凭派工单领用,旧件交回登记。", "general"),
            ("维修班长", "邴煦川", "抢修中向用户索要好处", "思想道德风险", "★", "抢修服务承诺公开,设立监督电话。",
             "general"),
        ],
    }  # fmt: skip
    sheets = []
    for dept, rows in parts.items():
        sh = _Sheet(dept, [5, 10, 8, 34, 12, 8, 34])
        _line(sh, f"{unit}岗位廉洁风险排查表", 7)
        sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类别", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _merge_down(sh, first, [(1, lambda row: row[1:3]), (2, lambda row: row[1:3])])
        sh.add("部门负责人：", None, None, None, "填报日期：2025年3月", None, None)
        sheets.append(sh)
    return _layout(
        "water_company_dept_sheets", "https://xiexiebang.com/a11/201905147/61cff40bff194c30.html",
        "区自来水公司 岗位廉洁风险排查表 after the source's 自来水公司管理制度 (供水营销, 管网维护, 水事检查, 卡表管理, "
        "售后服务): ONE SHEET A 部门 named 综合办公室, 营业所, 管网所, each with the same title and NO 部门 column: "
        "序号/岗位 and 姓名 merged per person/``廉洁风险点``/风险类别 ``…风险``/风险等级 ``★★★/★★/★`` (no note)/"
        "防控措施; a 部门负责人/date line under each",
        sheets, t,
    )  # fmt: skip


def town_station_heads() -> dict:
    unit = f"{PLACE}澜塘镇人民政府"
    sh = _Sheet("Sheet1", [5, 12, 12, 8, 32, 9, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, "澜塘镇站所岗位廉政风险防控一览表", 9)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, None, "2025年3月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "站所", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "站所负责人"
    )
    rows = [
        ("党政办公室", "后勤管理员", "逯青禾", "食堂、保洁等后勤服务外包不按规定比选", "制度机制", "高",
         "外包项目经镇党委会研究,公开比选,合同报纪委备案。", "訾望川", "general"),
        ("党政办公室", "后勤管理员", "逯青禾", "外包服务考核走过场,照单付款", "岗位职责", "中",
         "每月考核由使用科室评分,考核结果与付款挂钩。", "訾望川", "general"),
        ("便民服务中心", "主任", "缑晴岚", "办理事项吃拿卡要,优亲厚友", "思想道德", "中",
         "办事指南和时限公开,推行“好差评”。", "缑晴岚", "middle"),
        ("便民服务中心", "社保协理员", "邝霖秋", "违规为不符合条件人员办理参保补贴", "业务流程", "中",
         "补贴申请两人审核,名单公示。", "缑晴岚", "general"),
        ("农业服务中心", "农经员", "郜穗安", "农业补贴面积核实不准,虚报冒领", "岗位职责", "高",
         "补贴面积村级公示,中心抽查核实,资金一卡通直达。", "麴稼轩", "general"),
        ("农业服务中心", "农机员", "巩耘溪", "农机购置补贴审核不严", "业务流程", "中",
         "现场核验机具,补贴对象公示。", "麴稼轩", "general"),
        ("财政所", "所长", "甯澄霁", "违规调整预算、拨付资金", "制度机制", "高",
         "资金拨付按预算执行,大额支出经镇党委会研究。", "甯澄霁", "middle"),
        ("财政所", "会计", "禚月汀", "报账凭证审核不严,虚列支出", "岗位职责", "低",
         "凭证审核实行初审、复核两级,每季度自查。", "甯澄霁", "general"),
        ("村镇建设管理所", "所长", "薄砚耕", "农村建房审批违规操作,收受好处", "外部环境", "高",
         "建房审批“一张表”公示,现场踏勘两人以上。", "薄砚耕", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, head, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, head)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("镇纪委审核：", None, None, None, "填表人：", None, None, None, None)
    return _layout(
        "town_station_heads", "https://abg.baidu.com/tags/2xzlv46h3k375txrzxrlb7gp53cl7phaw263txga5wyozn5i",
        "镇 站所岗位廉政风险防控一览表 after the source's 镇后勤服务外包项目监督管理办法 (食堂、保洁外包的比选, 考核, "
        "付款): title without the 区 (``澜塘镇站所…``), ``填报单位：双桥区澜塘镇人民政府 | 2025年3月`` line, 序号/站所 "
        "merged (党政办公室, 便民服务中心, 农业服务中心, 财政所, 村镇建设管理所)/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short)/风险等级 高/中/低/防控措施/``站所负责人`` names merged per 站所 — the 负责人 a holder in the "
        "table (缑晴岚, 甯澄霁, 薄砚耕) or not (訾望川, 麴稼轩); 镇纪委审核/填表人 line",
        [sh], t,
    )  # fmt: skip


def community_duties_scale() -> dict:
    unit = f"{PLACE}桥东街道榕荫社区居民委员会"
    sh = _Sheet("清单", [5, 14, 30, 30, 8, 30, 16])
    t = _Truth(unit)
    _line(sh, "榕荫社区工作者岗位廉洁风险清单", 7)
    _line(sh, f"社区（盖章）：{unit}", 7)
    sh.add("序号", "岗位", "主要职责", "廉洁风险点", "风险等级", "防控措施", "监督主体")
    rows = [
        ("社区党委书记", "主持社区党委全面工作,负责社区重大事项决策", "社区公共服务资金使用不经“两委”集体研究",
         "较高", "资金使用方案经“两委”联席会议研究,每季度公开收支。", "街道纪工委", "leader"),
        ("社区党委书记", "主持社区党委全面工作,负责社区重大事项决策", "社区服务项目指定承接单位", "一般",
         "服务项目公开征集承接方,居务监督委员会参与评审。", "街道纪工委", "leader"),
        ("居委会副主任", "协助主任负责居务工作,分管物业协调和环境整治", "协调物业纠纷中收受物业公司好处",
         "一般", "物业协调事项记录存档,重大纠纷集体研究。", "居务监督委员会", "middle"),
        ("社区民政专干", "负责低保、临时救助、高龄津贴等初审", "低保、临时救助初审把关不严,优亲厚友",
         "较高", "入户调查两人以上,初审名单公示七天。", "街道民政办", "general"),
        ("社区民政专干", "负责低保、临时救助、高龄津贴等初审", "高龄津贴对象死亡后未及时停发", "较低",
         "每月与殡葬、医保信息比对,停发情况登记。", "街道民政办", "general"),
        ("专职网格员", "负责网格内信息采集、矛盾排查和隐患上报", "采集信息泄露或违规提供居民信息", "一般",
         "信息系统分级授权,查询留痕。", "居务监督委员会", "general"),
        ("社区报账员", "负责社区经费报账、票据管理", "报账票据不规范,虚列活动经费", "较高",
         "报账凭证经书记、居务监督委员会主任双签。", "街道财政所", "general"),
        ("社区报账员", "负责社区经费报账、票据管理", "现金和票据保管不善", "较低", "票据专柜存放,领用登记核销。",
         "街道财政所", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, monitor, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures, monitor)
        t.point(sh.name, "", post, "", tier, point, [], SCALE[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add(
        "社区党委书记（签字）：",
        None,
        None,
        "居务监督委员会主任（签字）：",
        None,
        "2025年4月",
        None,
    )
    return _layout(
        "community_duties_scale", "https://www.zhetiaohe.com/ss/6653f203669a7854045bec640b7b88e54eeff73ebbbf8516e7f9812ec91c0fe28db61024226ce632fa5d74c3dfc9185fdd1cfd68c79b640f.html",
        "社区居委会 社区工作者岗位廉洁风险清单 对岗不对人 after the source's 社区工作者考核办法 (岗位, 职责, 考核): "
        "title with the 社区 only, a merged ``社区（盖章）：双桥区桥东街道榕荫社区居民委员会`` line, then 序号/岗位 merged/"
        "``主要职责`` merged per post/``廉洁风险点``/风险等级 ``较高/一般/较低``/防控措施/``监督主体`` (街道纪工委, "
        "居务监督委员会, 街道民政办, 街道财政所); no names, no 科室, no types; two 签字 labels and a date under it",
        [sh], t,
    )  # fmt: skip


def hospital_review_level() -> dict:
    unit = f"{PLACE}中医院"
    sh = _Sheet("排查表", [5, 9, 10, 8, 32, 10, 9, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查登记表（职能科室）", 9)
    r = sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", None, "防控措施")
    sh.add(None, None, None, None, None, None, "科室自评", "院纪委复核", None)
    for c in (0, 1, 2, 3, 4, 5, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 6, r, 7)
    rows = [
        ("院领导", "院长", "缪砚农", "医疗设备和药品采购决策中干预招标", "制度机制", "高", "高",
         "设备和药品采购经院党委会集体研究,院长不直接分管采购。", "leader"),
        ("院领导", "副院长", "鄂霏烟", "分管科室绩效分配不公开,向个人倾斜", "岗位职责", "中", "中",
         "绩效方案经职代会通过,分配结果公示。", "leader"),
        ("医务科", "科长", "厍芷汀", "医疗纠纷处理中徇私,违规赔付", "岗位职责", "中", "高",
         "纠纷赔付经院医疗安全委员会集体研究,留存调解记录。", "middle"),
        ("药剂科", "科长", "逄茗之", "药品遴选中收受医药代表回扣", "外部环境", "高", "高",
         "新药引进经药事委员会投票,医药代表接待登记。", "middle"),
        ("药剂科", "药品采购员", "楚葭白", "药品采购不按集采目录执行", "业务流程", "中", "中",
         "采购一律通过省集采平台,每月统计非集采药品使用。", "general"),
        ("设备科", "科长", "晏溯青", "设备验收不严,以次充好", "业务流程", "低", "中",
         "设备验收由使用科室、设备科、纪检三方参加。", "middle"),
        ("医保办", "医保结算员", "阙霁禾", "协助虚构诊疗项目套取医保基金", "思想道德", "中", "高",
         "医保结算智能审核,每月开展病历抽查。", "general"),
        ("财务科", "收费员", "冼澹宁", "收费时多收、漏收或截留现金", "制度机制", "低", "低",
         "收费系统日结对账,现金当日缴存银行。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, own, review, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, own, review, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[review])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("科室负责人：", None, None, None, "院纪委：", None, None, "2025年3月", None)
    return _layout(
        "hospital_review_level", "http://www.shangyu.gov.cn/art/2025/3/31/art_1229328074_4217156.html",
        "区中医院 廉洁风险点排查登记表（职能科室） after the source's 区卫生健康工作要点 (医共体, 医保基金监管, 药品集采, "
        "清廉医院): title, a TWO-ROW header — 序号/科室/岗位/姓名/风险点/风险类型/防控措施 merged down two rows, "
        "``风险等级`` merged over ``科室自评 | 院纪委复核`` — then 科室 merged (院领导, 医务科, 药剂科, 设备科, 医保办, "
        "财务科)/岗位 and 姓名 merged per person; the 复核 level differs from the 自评 on three rows; 科室负责人/院纪委/"
        "date line",
        [sh], t,
    )  # fmt: skip


def township_cards_pairs() -> dict:
    unit = f"{PLACE}石鼓乡人民政府"
    t = _Truth(unit)
    cards = [
        ("社会事务办", "主任", "亓棣华", "middle", [
            ("低保、特困供养对象审核审批把关不严", "岗位职责", "一级", "乡审核实行入户核查和民主评议,名单公示七天。"),
            ("临时救助资金审批随意,超标准发放", "制度机制", "二级", "救助标准公开,审批实行主任、分管领导双签。"),
            ("接受救助对象请托,违规出具证明", "思想道德", "三级", "证明出具登记备案,定期开展警示教育。"),
        ]),
        ("社会事务办", "民政专干", "甄栎桐", "general", [
            ("低保对象动态管理不及时,应退未退", "业务流程", "二级", "每季度比对车辆、房产、工商信息,及时调整。"),
            ("入户调查走过场,调查记录不实", "岗位职责", "二级", "入户调查两人同行,留存影像资料。"),
            ("泄露申请人家庭信息", "外部环境", "三级", "申请资料专柜保管,查阅登记。"),
        ]),
        ("农业服务中心", "农经员", "芮禾嘉", "general", [
            ("村级财务代理记账审核不严,白条入账", "岗位职责", "一级", "村级报账凭证逐张审核,不合规票据退回。"),
            ("村集体资金支付审批超权限", "制度机制", "二级", "大额支出须村民代表会议决议并报乡审核。"),
            ("村集体“三资”清查登记不实", "业务流程", "三级", "三资清查结果在村务公开栏公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (dept, post, who, tier, points) in enumerate(cards, 1):
        sh = _Sheet(f"卡{k}", [6, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "所在站办", dept, None)
        sh.add("职务", post, "填卡时间", "2025年4月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签字：", None, "分管领导签字：", None, None)
        sheets.append(sh)
    return _layout(
        "township_cards_pairs", "https://abg.baidu.com/tags/ywu3jznvzwy2hsptyx5lhtgq6la7pm6mzw6a14",
        "乡 岗位廉政风险防控卡 one sheet a person (``卡1``…``卡3``) after the source's 农村低保审批程序流程图 (申请, "
        "入户调查, 民主评议, 乡审核, 县审批, 公示, 动态管理): the same title on each, then pairs above the table — "
        "``姓名 | … | 所在站办 | …`` and ``职务 | … | 填卡时间 | …`` — then 序号/风险点/风险类型 (short)/风险等级 "
        "``一级/二级/三级``/防控措施; 持卡人签字/分管领导签字 under it",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    urban_invest_risk_matrix(),
    school_supervising_head(),
    village_small_power(),
    kindergarten_rectify_record(),
    water_company_dept_sheets(),
    town_station_heads(),
    community_duties_scale(),
    hospital_review_level(),
    township_cards_pairs(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch219-inbox"))
