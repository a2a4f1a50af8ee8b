"""A ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch drew on (a 国家湿地公园管理处, a 县招生考试中心, a 县城市照明管理所,
a 镇's 林业站, a 县会计核算中心, a 县革命纪念馆, a 乡's 综合文化站, a 县文化馆), handed back as the
附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表 (``workbook_templates/forms.toml``) or as an
office's own 自查表 / 防控卡 / 承诺书 / 登记表, with ordinary filling habits. Seven are EVERYDAY:

- a 县招生考试中心 保密室管理员's 个人岗位廉政风险自查表: TWO rows of label|value pairs above the
  table (``姓名 | … | 性别 | … | 所在科室 | …`` and ``岗位 | … | 政治面貌 | … | 填表时间 | …``), a
  trailing ``自查情况`` column, 高/中/低, ``自查人签名: | 鲍雅琴`` under it;
- a 县城市照明管理所 维修班 班长's 岗位廉政风险防控卡: ``单位 | … | 班组 | 维修一班`` and ``持卡人 | … |
  岗位 | 班长`` above, levels ``★★★/★★/★`` with a note, a trailing ``监督人`` (the 所长) merged down;
- a 镇 林业站 站长's 附件3 (``科室 | 林业站 | 负责人 | …``), 一级/二级/三级, ``…风险`` types;
- a 县会计核算中心 workbook of two 附件4, tabs named for the person, 所在科室及职务 written once with a
  space (``核算一部 记账会计``) and once run together (``核算二部审核岗``), short types, 高/中/低;
- a 县革命纪念馆 保卫科 保卫干事's 岗位廉政风险防控承诺书: ``科室 | 保卫科 | 职务 | …`` and ``姓名 | … |
  岗位风险等级 | 中`` above, ``序号 | 廉政风险点 | 风险等级 | 防控措施`` without types, then a merged
  ``本人郑重承诺…`` paragraph and a ``承诺人(签字): | 区海波 | date`` line;
- a 乡 综合文化站 文化专干's 附件4: 所在科室及职务 run together (``综合文化站文化专干``), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``…风险`` types, the first review box filled;
- a 县文化馆 表演艺术部 主任's 岗位廉政风险登记表: ``姓名 | … | 部门 | … | 职务 | 主任`` above, a
  ``工作事项`` column merged down, ``风险类别`` short names, ``高风险/中风险/低风险``.

One is harder:

- ``wetland_two_forms_one_sheet``: a 湿地公园管理处's 资源保护股 sheet holding TWO official forms one
  under the other — the 股长's 附件3 and, after two blank rows, the 股's 巡护员's 附件4, each with its
  own 附件N, title, 单位 line, holder line, header, review boxes and 注 — two forms, two tiers, on one
  sheet.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a 国家湿地公园管理处 with its 股室 and hired 巡护员, a province's 会考
试卷 安全保密 and 保密室 值班, a city's 城市照明管理 with its 路灯管理处 and 维修, a county's 乡镇林业工作站
管理办法, a 会计核算中心's 业务部 and 核报, a 承诺书's parts (标题, 正文, 署名, 日期), the duties of a 镇
文化站, a 文化馆's 绩效评价 naming its 表演艺术部) and the layout follows their words. The rows are
worded by us, the names and places invented.

Run ``python tests/published/score.py --set batch90`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b90_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- two official forms on one sheet, each with its own title and holder line, are two forms;
- the tier follows the annex (附件3 middle with title "", 附件4 general); an office's own form follows
  the post (管理员, 班长, 干事, 会计 general; a 文化馆 部 主任 middle);
- a 镇's 林业站 and a 乡's 综合文化站 are 科室 of the 镇/乡 government, the unit;
- ``核算二部审核岗`` / ``综合文化站文化专干`` in 所在科室及职务 split into 科室 and post like the spaced form;
- ``班组 | 维修一班`` gives the 科室; the ``监督人`` beside a ``持卡人`` names no holder;
- ``★★★/★★/★`` are 1/2/3, ``高风险/中风险/低风险`` 1/2/3;
- ``自查情况``, ``工作事项``, a 承诺 paragraph, 自查人签名 / 承诺人 lines are no points;
- a declared 岗位风险等级 is no matter for the points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b90_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
TITLE = {"middle": "中层岗位廉政风险识别和防控表", "general": "一般岗位廉政风险识别和防控表"}
NOTE = "注:此表一式三份,于6月底前报县纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。"


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _official(sh, t, annex, tier, unit, holder_row, rows, who, dept, post, levels,
              filled=None) -> None:  # fmt: skip
    """One 附件3/附件4 on ``sh``: 附件N, title, 单位 line, the holder row, header, rows (a None
    岗位职责 goes on the duty above, merged), three review boxes and the 注."""
    sh.add(annex)
    _line(sh, TITLE[tier])
    _line(sh, f"单位(盖章):{unit}")
    sh.add(*holder_row)
    sh.add(*HEAD)
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(kind), levels[level])
    last = len(sh.rows) - 1
    r = first
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][0] is None:
            e += 1
        if e > r:
            sh.merge(r, 0, e, 0)
        r = e + 1
    filled = filled or {}
    for label in REVIEWS:
        opinion, date = filled.get(label, (None, DATE))
        r = sh.add(label, opinion, None, None, None, date)
        sh.merge(r, 1, r, 4)
    _line(sh, NOTE if tier == "middle" else NOTE_GENERAL)


# --------------------------------------------------------------------------- harder layout


def wetland_two_forms_one_sheet() -> dict:
    unit = "苇埠县芦湾国家湿地公园管理处"
    dept = "资源保护股"
    sh = _Sheet(dept, [24, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    head, ranger = "邝振林", "龚小满"
    _official(
        sh, t, "附件3", "middle", unit,
        ("科室", dept, "负责人", head, "岗位风险等级", "二级"),
        [
            ("负责湿地资源保护和巡护管理", "巡护考核", "对巡护员巡护天数考核不实,默许虚报巡护补助",
             "岗位职责风险", "中", "巡护轨迹由APP记录,补助按轨迹核发并公示。"),
            (None, "违法线索处置", "发现非法捕捞、围垦线索不上报,私下了结", "思想道德风险", "高",
             "线索当日登记,股内两人以上处置,结果报管理处。"),
            ("负责湿地修复项目现场管理", "项目验收", "水生植物补植验收数量把关不严", "业务流程风险", "高",
             "验收邀请管理处纪检员参加,补植点位拍照存档。"),
        ],
        head, dept, "", HML,
    )  # fmt: skip
    sh.add()
    sh.add()
    _official(
        sh, t, "附件4", "general", unit,
        ("姓名", ranger, "所在科室及职务", f"{dept} 巡护员", "岗位风险等级", "三级"),
        [
            ("负责责任片区日常巡护", "巡护记录", "未按路线巡护,补填巡护日志", "岗位职责风险", "中",
             "巡护日志与APP轨迹每周比对。"),
            (None, "情况报告", "收受垂钓人员好处,对违规垂钓不劝阻不报告", "外部环境风险", "中",
             "设立举报电话,违规垂钓处置情况每月通报。"),
            ("负责巡护设施看护", "设施看护", "私自借用巡护船只、望远镜等设备", "制度机制风险", "低",
             "设备借用登记,每月清点。"),
        ],
        ranger, dept, "巡护员", HML,
    )  # fmt: skip
    return _layout(
        "wetland_two_forms_one_sheet", "http://sdjs.apcreports.org.cn/sdjs/news/2000.html",
        "(harder) 国家湿地公园管理处 资源保护股's sheet (tab = the 股) after the source's account of a 湿地公园管理处 "
        "whose 资源保护股 负责人 led its hired 巡护员 in 管护巡查 and 日常巡护: TWO official forms stacked on ONE sheet — "
        "the 股长's 附件3 (``科室 | 资源保护股 | 负责人 | 邝振林 | 岗位风险等级 | 二级``) with its three review boxes and 注, "
        "then two blank rows, then the 巡护员's 附件4 (``姓名 | 龚小满 | 所在科室及职务 | 资源保护股 巡护员 | …``), each "
        "with its own 附件N, title, 单位(盖章) line, header 岗位职责/工作流程/风险点/风险类型/风险级别/防控措施 (duties "
        "merged down), 高/中/低, ``…风险`` types, blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def exam_center_selfcheck() -> dict:
    unit = "柘坞县招生考试中心"
    who, dept, post = "鲍雅琴", "考务科", "保密室管理员"
    sh = _Sheet("Sheet1", [6, 34, 12, 9, 34, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表")
    sh.add("姓名", who, "性别", "女", "所在科室", dept)
    sh.add("岗位", post, "政治面貌", "中共党员", "填表时间", "2024年5月")
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
    rows = [
        ("试卷保管期间擅自开启保密柜或允许无关人员进入保密室", "岗位职责", "高",
         "保密室双人双锁,24小时值班并全程录像。", "已落实,未发现问题"),
        ("试卷交接清点不认真,签收记录补签代签", "制度机制", "中", "交接时逐袋核对密封,双方当场签字。",
         "已落实"),
        ("受亲友请托打听考生考场安排和成绩", "外部环境", "中", "考生信息只在系统内查询,查询留痕。",
         "基本落实,需加强提醒"),
        ("考务补助发放时虚报值班人次", "思想道德", "低", "补助按值班表发放,名单在科内公示。", "已落实"),
    ]  # fmt: skip
    for n, (point, kind, level, measures, check) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures, check)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("自查人签名:", who, None, "科室负责人意见:", "情况属实", None)
    return _layout(
        "exam_center_selfcheck", "http://m.2exam.com/huikaoW/HENANHUIKAO/1418945.shtml",
        "县招生考试中心 考务科 保密室管理员's 个人岗位廉政风险自查表 (tab Sheet1) after the source's rules on 会考试卷 "
        "安全保密 and 领运保管 (保密人员, 保密室 24小时专人值班, 领取试卷 签收): TWO rows of label|value pairs above the "
        "header (``姓名 | 鲍雅琴 | 性别 | 女 | 所在科室 | 考务科`` and ``岗位 | 保密室管理员 | 政治面貌 | 中共党员 | 填表时间 "
        "| 2024年5月``); 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/a trailing ``自查情况`` "
        "(已落实…); ``自查人签名: | 鲍雅琴 | | 科室负责人意见: | 情况属实`` under it",
        [sh], t,
    )  # fmt: skip


def lighting_team_card() -> dict:
    unit = "榴岗县城市照明管理所"
    who, dept, post = "侯德旺", "维修一班", "班长"
    sh = _Sheet("防控卡", [6, 36, 10, 36, 10])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 5)
    r = sh.add("单位", unit, None, "班组", dept)
    sh.merge(r, 1, r, 2)
    r = sh.add("持卡人", who, None, "岗位", post)
    sh.merge(r, 1, r, 2)
    sh.add("序号", "风险点", "风险等级", "防控措施", "监督人")
    rows = [
        ("路灯维修更换灯具时以旧充新,虚报更换数量", "★★★", "更换灯具旧件回收登记,维修单由所里抽查复核。"),
        ("维修材料领用多领少用,剩余材料不退库", "★★", "材料按工单限额领用,月底盘点退库。"),
        ("夜间抢修加班记录不实,虚报加班费", "★★", "抢修以报修平台工单为准,加班表所长审签。"),
        ("为施工单位迁移路灯提供方便收取好处", "★", "路灯迁移须所里书面批准,班组不得私自答应。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures, "甘立群" if n == 1 else None)
        t.point(sh.name, dept, post, who, "general", point, [], STARS[level])
    sh.merge(first, 4, len(sh.rows) - 1, 4)
    _line(sh, "注:风险等级★★★为高风险,★★为中风险,★为低风险。", 5)
    sh.add("持卡人签字:", None, "所长签字:", None, "2024年4月")
    return _layout(
        "lighting_team_card", "http://www.r-light.com/wap/index.php?itemid=1641&moduleid=24&page=2",
        "县城市照明管理所 维修一班 班长's 岗位廉政风险防控卡 (tab 防控卡) after the source's survey of a city's 城市照明管理 "
        "(路灯管理处 as 主管单位, 维护管理, 路灯和景观灯 盏数): a bare title, then ``单位 | 榴岗县城市照明管理所 | 班组 | "
        "维修一班`` and ``持卡人 | 侯德旺 | 岗位 | 班长`` (values merged over two columns); 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施/a trailing ``监督人`` merged down naming the 所长 甘立群 (not the holder); a note "
        "giving the stars' meaning and an unsigned 持卡人签字/所长签字 line",
        [sh], t,
    )  # fmt: skip


def forestry_station_middle() -> dict:
    unit = "蒲塘县石牛镇人民政府"
    who, dept = "谭茂森", "林业站"
    sh = _Sheet("附件3", [24, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    _official(
        sh, t, "附件3", "middle", unit,
        ("科室", dept, "负责人", who, "岗位风险等级", "二级"),
        [
            ("协助管理林木采伐", "伐区调查设计", "伐区调查设计时多划面积,为超限额采伐留余地", "岗位职责风险", "一级",
             "伐区调查两人以上,设计成果报县林业局审核。"),
            (None, "伐区验收", "参与伐区验收走过场,对超采不如实报告", "业务流程风险", "一级",
             "验收结果站内公示,县林业局抽查。"),
            ("负责造林检查验收", "造林验收", "造林成活率核查不实,帮助虚领造林补助", "制度机制风险", "二级",
             "造林验收按小班抽样,验收表由村、站、镇三方签字。"),
            ("负责乡村护林队伍管理", "护林员考核", "护林员选聘和考核优亲厚友", "思想道德风险", "二级",
             "护林员选聘公开报名,考核结果在村务公开栏公示。"),
            ("协助查处破坏森林资源案件", "案件协查", "收受当事人好处,隐瞒滥伐林木线索", "外部环境风险", "三级",
             "线索移交县林业局登记,站长不单独处置。"),
        ],
        who, dept, "", ORDINAL,
    )  # fmt: skip
    return _layout(
        "forestry_station_middle", "http://zhunbian.com/GongZuozj/882047.html",
        "镇 林业站 站长's 附件3 (tab 附件3) after the source's 乡镇林业工作站管理办法 (林业站 由县林业局和乡镇共同管理; "
        "伐区调查设计, 伐区验收, 造林检查验收, 乡村护林队伍, 查处破坏森林资源案件): ``单位(盖章):蒲塘县石牛镇人民政府``, "
        "``科室 | 林业站 | 负责人 | 谭茂森 | 岗位风险等级 | 二级`` (the 镇's 站 a 科室 of the 镇); 岗位职责 merged down, "
        "工作流程 filled, levels ``一级/二级/三级``, types ``…风险``; blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def accounting_center_two_sheets() -> dict:
    unit = "鹭溪县会计核算中心"
    t = _Truth(unit)
    people = [
        ("柴慧敏", "核算一部", "记账会计", "核算一部 记账会计", "二级", [
            ("负责核算单位记账", "凭证录入", "记账凭证与原始单据不符,替单位调整支出科目", "岗位职责", "高",
             "凭证经审核会计复核,调整科目须单位书面说明。"),
            (None, "账务处理", "对单位超标准列支的招待费不提出意见", "思想道德", "中",
             "按标准核对招待费,超标准的退回。"),
            ("负责会计档案整理", "档案借阅", "私自向无关人员提供单位账务资料", "制度机制", "低",
             "档案借阅登记审批。"),
        ]),
        ("米春阳", "核算二部", "审核岗", "核算二部审核岗", "一级", [
            ("负责核报单据审核", "单据审核", "审核报销单据降低标准,对虚假发票放行", "岗位职责", "高",
             "发票逐张查验真伪,疑点单据集体会审。"),
            (None, "支付审核", "收受报账员好处,优先或违规办理支付", "外部环境", "高",
             "支付按受理顺序办理,支付记录系统留痕。"),
            ("负责专项资金核算", "专项核算", "专项资金挤占挪用不提示、不报告", "业务流程", "中",
             "专项资金分项目核算,每季度报财政局。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, shown, grade, rows in people:
        sh = _Sheet(who, [24, 12, 34, 12, 8, 32])
        _official(sh, t, "附件4", "general", unit,
                  ("姓名", who, "所在科室及职务", shown, "岗位风险等级", grade),
                  rows, who, dept, post, HML)  # fmt: skip
        sheets.append(sh)
    return _layout(
        "accounting_center_two_sheets", "http://m.hjtzw.com/article-24606.html",
        "县会计核算中心 workbook of two 附件4 (tabs = the two holders) after the source's account of 会计集中核算 (核算中心 "
        "设四个业务部, 核报, 专项经费, 财政监督): 所在科室及职务 written once with a space (``核算一部 记账会计``) and once "
        "run together (``核算二部审核岗``); 岗位职责 merged down, short types (no 风险), 高/中/低; blank review boxes and 注",
        sheets, t,
    )  # fmt: skip


def memorial_pledge() -> dict:
    unit = "桂岙县革命纪念馆"
    who, dept, post = "区海波", "保卫科", "保卫干事"
    sh = _Sheet("承诺书", [6, 38, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 4)
    sh.add("科室", dept, "职务", post)
    sh.add("姓名", who, "岗位风险等级", "中")
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("值班巡查记录弄虚作假,夜间脱岗", "中", "监控室与巡更系统记录每周比对。"),
        ("接受展陈施工单位宴请,放松施工现场安全检查", "高", "施工现场检查两人同行,检查记录存档。"),
        ("私自带人在闭馆后进入展厅", "低", "闭馆后进入展厅须馆领导批准并登记。"),
    ]  # fmt: skip
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    _line(
        sh,
        "本人郑重承诺:严格遵守廉洁自律各项规定,认真落实以上防控措施,不利用职务便利谋取私利,"
        "自觉接受组织和群众监督。如有违反,自愿接受组织处理。",
        4,
    )
    sh.add("承诺人(签字):", who, None, "2024年3月15日")
    return _layout(
        "memorial_pledge", "http://m.beiweimall.com/chengneuoshu/3934077.html",
        "县革命纪念馆 保卫科 保卫干事's 岗位廉政风险防控承诺书 (tab 承诺书), shaped after the source's account of a "
        "承诺书's parts (标题 with 单位名称+事由, 启语/正文 ``我郑重承诺``, 署名 of the 承诺人, 日期): ``科室 | 保卫科 | 职务 | "
        "保卫干事`` and ``姓名 | 区海波 | 岗位风险等级 | 中`` above; 序号/廉政风险点/风险等级 高/中/低/防控措施, no type "
        "column; a merged ``本人郑重承诺:…`` paragraph, then ``承诺人(签字): | 区海波 | | 2024年3月15日``",
        [sh], t,
    )  # fmt: skip


def culture_station_general() -> dict:
    unit = "栗川县石门乡人民政府"
    who, dept, post = "郜青禾", "综合文化站", "文化专干"
    sh = _Sheet("Sheet1", [24, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    _official(
        sh, t, "附件4", "general", unit,
        ("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "三级"),
        [
            ("组织群众文化体育活动", "活动经费报销", "虚列演出场次和参演人数报销经费", "思想道德风险", "Ⅱ级",
             "活动经费凭照片、签到表报销,乡分管领导审签。"),
            (None, "演出团队选定", "指定熟人的演出队承接送戏下乡", "制度机制风险", "Ⅰ级",
             "演出团队由乡文化站会同村委会比选确定。"),
            ("负责图书资料和体育器材管理", "器材登记", "体育器材借出不登记,私自占用", "岗位职责风险", "Ⅲ级",
             "器材出入库登记,每半年清点一次。"),
            ("协助管理文化市场", "市场巡查", "对无证经营的网吧、歌舞厅巡查不报告", "外部环境风险", "Ⅱ级",
             "巡查情况每月报县文化市场执法部门。"),
        ],
        who, dept, post, ROMAN,
        filled={REVIEWS[0]: ("同意", "2024年6月12日")},
    )  # fmt: skip
    return _layout(
        "culture_station_general", "http://004km.cn/a2/201905121/ac61db63bfda6f42.html",
        "乡 综合文化站 文化专干's 附件4 (tab Sheet1) after the source's 文化站工作职责 (文体活动, 图书资料和体育器材的登记"
        "管理, 协助管理文化市场): 所在科室及职务 RUN TOGETHER ``综合文化站文化专干`` (the 乡's 站 a 科室 of the 乡); "
        "岗位职责 merged down, levels ``Ⅰ级/Ⅱ级/Ⅲ级``, types ``…风险``; the first review box ``同意`` dated, the others "
        "blank; 注",
        [sh], t,
    )  # fmt: skip


def culture_center_register() -> dict:
    unit = "枫沙县文化馆"
    who, dept, post = "牟丹阳", "表演艺术部", "主任"
    sh = _Sheet("登记表", [6, 16, 34, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表")
    sh.add("姓名", who, "部门", dept, "职务", post)
    sh.add("序号", "工作事项", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("文艺演出组织", "外聘演员劳务费虚报人数", "思想道德", "高风险", "劳务费银行代发,演出名单馆内公示。"),
        ("文艺演出组织", "舞台灯光音响租赁指定供应商", "制度机制", "中风险", "租赁三家比价,比价记录存档。"),
        ("群众文艺辅导", "辅导培训向学员收取费用", "岗位职责", "中风险", "公益培训一律免费,公布监督电话。"),
        ("文艺比赛评选", "比赛评分照顾熟人团队", "业务流程", "低风险", "评委随机抽取,评分当场公布。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, item, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), WORDS[level])
    r = first
    while r < len(sh.rows):
        e = r
        while e + 1 < len(sh.rows) and sh.rows[e + 1][1] == sh.rows[r][1]:
            e += 1
        for k in range(r + 1, e + 1):
            sh.rows[k][1] = None
        if e > r:
            sh.merge(r, 1, e, 1)
        r = e + 1
    sh.add()
    sh.add("本人签字:", None, "分管馆长签字:", None, "2024年7月", None)
    return _layout(
        "culture_center_register", "http://www.lishui.gov.cn/art/2020/3/26/art_1229439539_57306956.html",
        "县文化馆 表演艺术部 主任's 岗位廉政风险登记表 (tab 登记表) after the source's 文化馆 整体支出绩效评价 (文艺演出、比赛, "
        "辅导和培训, 内设办公室、表演艺术部、造型艺术部…, 展演活动预审和结报制度): ``姓名 | 牟丹阳 | 部门 | 表演艺术部 | "
        "职务 | 主任`` above; 序号/``工作事项`` merged down (a duty, no point)/风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; an unsigned 本人签字/分管馆长签字 line with a date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wetland_two_forms_one_sheet(),
    exam_center_selfcheck(),
    lighting_team_card(),
    forestry_station_middle(),
    accounting_center_two_sheets(),
    memorial_pledge(),
    culture_station_general(),
    culture_center_register(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` (no re-saved copies)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch90-inbox"))
