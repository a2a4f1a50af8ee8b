"""A hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by
staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of 句容县:

- a 地方志办公室's 附件2 for its 主任 (``姓名 | 仉墨尘 | 职务 | 主任 | 岗位风险等级 | 一级``), 分管工作
  merged, a ``“三重一大”方面`` section row, the review boxes and 注 under it;
- a 水文站's 附件3 for its 测验科 (``科室 | 测验科 | 负责人 | 昝望舒 | …``), 岗位职责 merged;
- a 农村经营管理站's 附件4 for a 会计 (``所在科室及职务 | 财务审计股会计``);
- a 图书馆's 防控卡, one tab per holder named for her, ``持卡人 | … | 科室 | … | 岗位 | …`` above;
- a 科学技术局's 个人岗位廉政风险点登记表 whose holder stands as ``填报人`` beside ``所在股室`` and
  ``职务``, a short 风险点 beside a long 表现形式, 一级/二级/三级;
- a 生产力促进中心's 自查表 whose fields are typed inside their cells (``姓名：檀砚舟``, ``部门：…``,
  ``职务：…``), the risk column headed ``自查风险点``, a ``自查情况`` column (``已落实``);
- a 镇's 农业服务中心 主任's 防控卡 under ``单位：句容县茅岭镇人民政府 | 科室：农业服务中心`` with a
  ``政治面貌 | 中共党员`` pair beside 姓名 and 职务.

One is harder:

- ``teacher_school_pledge``: a 教师进修学校's 廉政承诺书: a paragraph of pledge, the table of risks,
  and the holder ONLY under it: ``所在处室：总务处　　职务：主任`` and ``承诺人（签名）：毋澜舟``.

Judgement calls: a 镇's 农业服务中心 is a 科室 of the 镇 (unit 句容县茅岭镇人民政府); ``填报人`` on a
personal 登记表 with no other name is its holder; ``自查情况`` is no point; ``政治面貌`` no field.

Run ``python tests/published/score.py --set batch122`` and do not tune the reader against it.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b122_"
PLACE = "句容县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"
REVIEW = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")


def _reviews(sh: _Sheet, ncols: int) -> None:
    for text in REVIEW:
        r = sh.add(text, *([None] * (ncols - 1)))
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, ncols - 1)


# --------------------------------------------------------------------------- harder layout


def teacher_school_pledge() -> dict:
    unit = f"{PLACE}教师进修学校"
    who, dept, post = "毋澜舟", "总务处", "主任"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政承诺书", 4)
    _line(sh, "本人郑重承诺:严格遵守《中国共产党廉洁自律准则》,对照本岗位职责查找廉政风险,落实防控措施,"
              "自觉接受教职工和社会监督。本岗位廉政风险及防控承诺如下:", 4)  # fmt: skip
    sh.add("序号", "岗位风险点", "风险等级", "防控承诺")
    rows = [
        ("校舍维修工程不按规定比选施工单位,指定熟人承接", "高", "维修工程按规定比选,比选结果在校内公示。"),
        ("教学设备、办公用品采购收受供应商回扣", "高", "采购三家以上询价,验收由使用部门和总务处共同签字。"),
        ("食堂食材采购验收把关不严,以次充好", "中", "食材定点采购,验收双人签字,每周公示价格。"),
        ("培训学员住宿、用餐费用结算虚报", "中", "费用按实际人数结算,结算单经培训处核对。"),
        ("固定资产报废处置不登记、不入账", "低", "报废资产经评估后处置,收入全部上缴学校账户。"),
    ]  # fmt: skip
    for n, (point, lv, pledge) in enumerate(rows, 1):
        sh.add(n, point, lv, pledge)
        t.point(sh.name, dept, post, who, "middle", point, [], HML[lv])
    sh.add()
    r = sh.add(None, None, f"所在处室：{dept}{GAP}{GAP}职务：{post}", None)
    sh.merge(r, 2, r, 3)
    r = sh.add(None, None, f"承诺人（签名）：{who}", None)
    sh.merge(r, 2, r, 3)
    r = sh.add(None, None, "2024年3月1日", None)
    sh.merge(r, 2, r, 3)
    return _layout(
        "teacher_school_pledge", "https://www.trjw.gov.cn/html/2018/paizhujiandu_0507/10373.html",
        "(harder) 县教师进修学校 岗位廉政承诺书 after the source's account of a 师专's 廉政承诺 (处室 负责人 draft their own "
        "承诺 from their post's 廉政风险, reviewed, then made public): a title, a merged paragraph of pledge, then 序号/"
        "``岗位风险点``/风险等级 高/中/低/``防控承诺``; the holder ONLY under the table, right-aligned: ``所在处室：总务处　　"
        "职务：主任``, ``承诺人（签名）：毋澜舟``, the date; no 姓名 field, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chorography_office_annex2() -> dict:
    unit = f"{PLACE}地方志办公室"
    who, post = "仉墨尘", "主任"
    sh = _Sheet("附件2", [6, 18, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    r = sh.add(f"单位(盖章):{unit}", None, None, None, "填表时间:2024年10月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("志书、年鉴编纂", "志书、年鉴印刷出版不按规定选择印刷企业", "制度机制", "高",
         "印刷业务按政府采购规定确定企业,结果在办公室公示。"),
        ("志书、年鉴编纂", "对入志入鉴单位和个人收取费用或接受宴请", "思想道德", "中",
         "入志入鉴一律不收费,编纂人员签订廉洁承诺。"),
        ("志稿评审验收", "评审专家选定和评审费发放不规范", "业务流程", "中",
         "专家从库中随机抽取,评审费凭签到表转账发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    rows = [
        ("重大事项", "地情资料开发项目不经集体研究,个人决定", "岗位职责", "高",
         "“三重一大”事项一律经主任办公会集体研究并留存纪要。"),
        ("大额资金", "编纂经费超预算支出、挪作他用", "制度机制", "中", "经费专款专用,大额支出集体研究、联签。"),
    ]  # fmt: skip
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 4):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _reviews(sh, 6)
    _line(sh, "注:此表一式三份,于11月15日前报县纪委监委。", 6)
    return _layout(
        "chorography_office_annex2", "http://fzb.zunyi.gov.cn/zwxxgk/gzzd/201707/t20170705_485100.html",
        "县地方志办公室 主任's 附件2 after the source's 规章制度汇编 of a 地方志办公室 (志书、年鉴、地情丛书印刷出版, 志书"
        "审查验收, 稿件登记, 财务): ``附件2``, the title, ``单位(盖章):… | 填表时间:…``, ``姓名 | 仉墨尘 | 职务 | 主任 | "
        "岗位风险等级 | 一级``, 序号/分管工作 merged/风险点/风险类型 short/风险级别 高/中/低/防控措施, a merged "
        "``“三重一大”方面`` row before two more points numbered on, the two review boxes blank, 注",
        [sh], t,
    )  # fmt: skip


def hydrology_station_annex3() -> dict:
    unit = f"{PLACE}水文站"
    who, dept = "昝望舒", "测验科"
    sh = _Sheet("附件3", [20, 16, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "二级")
    sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("水文测站设施维护", "维修项目申报", "测站缆道、水位井维修项目虚报工程量", "岗位职责", "高",
         "维修项目现场核量,验收由站领导、科室、测站三方签字。"),
        ("水文测站设施维护", "仪器设备采购", "流速仪、雨量计采购指定品牌,收受回扣", "外部环境", "高",
         "采购按规定比价,技术参数集体确定。"),
        ("水文监测资料整编", "资料审核", "应委托方要求篡改监测数据", "思想道德", "中",
         "原始记录即时上传,整编成果三级审核。"),
        ("水文监测资料整编", "资料对外提供", "违规对外提供水文资料并收取费用", "制度机制", "低",
         "资料提供凭审批单,登记台账,不得私自收费。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(0, lambda row: row[0])])
    _reviews(sh, 6)
    _line(sh, "注:此表一式三份,于11月15日前报县纪委监委。", 6)
    return _layout(
        "hydrology_station_annex3", "http://www.598km.com/news/detail/166248.html",
        "县水文站 测验科's 附件3 after the source's 水文监测监督检查工作方案 (测站, 设施设备维修养护, 仪器比测, 监测资料"
        "整编): ``附件3``, the title, ``单位(盖章):句容县水文站``, ``科室 | 测验科 | 负责人 | 昝望舒 | 岗位风险等级 | 二级``,"
        " 岗位职责 merged/工作流程/风险点/风险类型/风险级别 高/中/低/防控措施; review boxes; 注",
        [sh], t,
    )  # fmt: skip


def rural_econ_station_annex4() -> dict:
    unit = f"{PLACE}农村经营管理站"
    who, dept, post = "佴语汐", "财务审计股", "会计"
    sh = _Sheet("附件4", [6, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 5)
    _line(sh, f"单位(盖章):{unit}", 5)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级：三级")
    sh.add("序号", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("农民合作社财政补助资金审核把关不严", "岗位职责", "中", "补助资金凭合作社台账和实地核查结果审核,双人签字。"),
        ("村级“三资”审计走过场,隐瞒问题", "思想道德", "中", "审计底稿留存,发现问题当即书面报告站长。"),
        ("代管村级资金支出凭证审核不严", "业务流程", "中", "支出凭证按村务监督委员会审核意见逐笔入账。"),
        ("会计档案保管不善,凭证缺失", "制度机制", "低", "会计档案专柜保管,借阅登记。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字:", None, "科室负责人签字:", None, None)
    _line(sh, "注:此表一式三份,于11月15日前报县纪委监委。", 5)
    return _layout(
        "rural_econ_station_annex4",
        "http://www.gzal.gov.cn/zwgk/xxgkml/zdlyxx/zcwj/zfwj/201911/t20191129_17412868.html",
        "县农村经营管理站 会计's 附件4 after the source's 农民合作社建设巩固提升工作方案 (合作社规范管理, 财务, 财政补助"
        "资金): ``姓名 | 佴语汐 | 所在科室及职务 | 财务审计股会计 | 岗位风险等级：三级`` (the grade typed with its label "
        "in one cell), 序号/风险点/风险类型/风险级别 高/中/低/防控措施, 本人签字/科室负责人签字, 注",
        [sh], t,
    )  # fmt: skip


def library_cards_per_tab() -> dict:
    unit = f"{PLACE}图书馆"
    sheets = []
    t = _Truth(unit)
    cards = [
        ("滑绎川", "采编部", "采编员", [
            ("图书采购中向书商索要好处,采购质次价高图书", "外部环境", "高",
             "图书采购按政府采购目录执行,采购清单经馆务会审定。"),
            ("赠书登记不全,私自处置", "制度机制", "低", "赠书当日登记编目,处置经馆长审批。"),
            ("农家书屋配送图书数量与清单不符", "岗位职责", "中", "配送清单由接收村签字确认,每季度抽查。"),
        ]),
        ("暨晚枫", "办公室", "出纳", [
            ("读者押金、复印费收取不开票据", "业务流程", "中", "收费统一开具票据,日清月结。"),
            ("公用经费报销单据审核不严", "岗位职责", "中", "报销单据经会计复核、馆长审批。"),
        ]),
    ]  # fmt: skip
    for who, dept, post, points in cards:
        sh = _Sheet(who, [6, 36, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "科室", dept, None)
        sh.add("岗位", post, "填卡日期", "2024年5月", None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "馆长签字:", None, None)
        sheets.append(sh)
    return _layout(
        "library_cards_per_tab", "https://max.book118.com/html/2026/0212/8114123015010046.shtm",
        "县图书馆 岗位廉政风险防控卡 after the source's 农家书屋 管理制度 (资源调配, 图书配送, 资源流失): two cards, one "
        "tab per holder named for her (``滑绎川``, ``暨晚枫``), each under its title with ``持卡人 | … | 科室 | …`` and "
        "``岗位 | … | 填卡日期 | 2024年5月`` above 序号/风险点/风险类别 short/风险等级 高/中/低/防控措施; signatures",
        sheets, t,
    )  # fmt: skip


def science_bureau_register() -> dict:
    unit = f"{PLACE}科学技术局"
    who, dept, post = "桓槿言", "科技计划股", "股长"
    sh = _Sheet("登记表", [6, 16, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险点登记表", 6)
    sh.add("填报人", who, "所在股室", dept, "职务", post)
    sh.add("序号", "风险点", "表现形式", "风险类型", "风险等级", "防控措施")
    rows = [
        ("科技计划项目立项", "为关系企业申报项目提供便利,评审前泄露专家名单", "岗位职责", "一级",
         "评审专家随机抽取,名单封存至评审开始。"),
        ("项目资金拨付", "对未达到进度的项目提前拨付资金", "制度机制", "一级", "资金按合同节点拨付,拨付前现场核查。"),
        ("项目验收", "验收走过场,对未完成指标的项目通过验收", "业务流程", "二级", "验收由第三方专家组进行,结果公示。"),
        ("科研信用记录", "对失信企业不予记录或降格记录", "思想道德", "三级", "失信行为按信用管理办法记录,股室集体研究。"),
    ]  # fmt: skip
    for n, (point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("填报人签字:", None, None, "分管领导签字:", None, None)
    return _layout(
        "science_bureau_register", "https://www.keceyun.com/policy/newsdetail/284000.html",
        "县科学技术局 股长's 个人岗位廉政风险点登记表 after the source's 市级科技计划项目信用管理办法 (立项, 评审, 资金, "
        "验收, 失信记录): the title, ``填报人 | 桓槿言 | 所在股室 | 科技计划股 | 职务 | 股长``, 序号/short 风险点/long "
        "表现形式/风险类型/风险等级 一级/二级/三级/防控措施; signatures",
        [sh], t,
    )  # fmt: skip


def productivity_center_self_check() -> dict:
    unit = f"{PLACE}生产力促进中心"
    who, dept, post = "檀砚舟", "科技服务部", "部长"
    sh = _Sheet("自查表", [6, 34, 10, 8, 30, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 6)
    r = sh.add(f"姓名：{who}", None, f"部门：{dept}", None, f"职务：{post}", None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "自查风险点", "风险类型", "风险等级", "防控措施", "自查情况")
    rows = [
        ("科技型企业认定辅导中收取企业好处费", "思想道德", "高", "辅导服务免费,服务记录企业签字确认。", "已落实"),
        ("创新券兑付审核不严,虚假服务合同兑付", "岗位职责", "高", "兑付前核验合同、发票和服务成果,双人审核。", "已落实"),
        ("技术培训班费用支出不规范", "制度机制", "中", "培训费按预算支出,结算附签到表。", "正在整改"),
        ("服务机构考评打分不公", "外部环境", "低", "考评标准公开,打分去掉最高最低分。", "已落实"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, state) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, state)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("自查人签字:", None, None, "中心主任签字:", None, None)
    return _layout(
        "productivity_center_self_check", "https://smejs.cn/policy_show.aspx?id=860d91e0b8054b8aa4d19cefc463686e",
        "县生产力促进中心 部长's 岗位廉政风险自查表 after the source's 科技创新激励政策实施细则 (科技型企业, 创新券, "
        "申报、评审、兑付): the fields TYPED INSIDE THEIR CELLS in one row ``姓名：檀砚舟 | 部门：科技服务部 | 职务：部长``"
        " (each merged over two columns), 序号/``自查风险点``/风险类型/风险等级 高/中/低/防控措施/``自查情况`` "
        "(已落实, 正在整改); signatures",
        [sh], t,
    )  # fmt: skip


def town_agri_center_card() -> dict:
    unit = f"{PLACE}茅岭镇人民政府"
    who, dept, post = "犹青禾", "农业服务中心", "主任"
    sh = _Sheet("防控卡", [6, 18, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, "茅岭镇岗位廉政风险防控卡", 6)
    r = sh.add(f"单位：{unit}", None, None, f"科室：{dept}", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    sh.add("姓名", who, "职务", post, "政治面貌", "中共党员")
    sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("惠农补贴发放", "耕地地力保护补贴面积核实不准,虚报冒领", "岗位职责", "高", "补贴面积村级公示、镇级抽查,资金一卡通发放。"),
        ("惠农补贴发放", "农机购置补贴审核中收受好处", "外部环境", "高", "补贴机具现场核验,审核结果公示。"),
        ("农业项目管理", "高标准农田建设项目验收把关不严", "业务流程", "中", "验收邀请村民代表参加,资料存档备查。"),
        ("农业项目管理", "项目资料造假应付检查", "思想道德", "低", "项目资料实行台账管理,分管领导定期检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("本人签字:", None, None, "分管领导签字:", None, None)
    return _layout(
        "town_agri_center_card", "http://zqb.cyol.com/html/2014-12/31/nw.D110000zgqnb_20141231_4-05.htm",
        "镇 农业服务中心 主任's 岗位廉政风险防控卡 after the source's account of 村官 and the 镇乡's 村级管理 (“三资”, 村级"
        "工程): the title naming only the 镇, ``单位：句容县茅岭镇人民政府 | 科室：农业服务中心`` (fields typed in their "
        "cells), ``姓名 | 犹青禾 | 职务 | 主任 | 政治面貌 | 中共党员``, 序号/岗位职责 merged/风险点/风险类型/风险等级 "
        "高/中/低/防控措施; signatures",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    teacher_school_pledge(),
    chorography_office_annex2(),
    hydrology_station_annex3(),
    rural_econ_station_annex4(),
    library_cards_per_tab(),
    science_bureau_register(),
    productivity_center_self_check(),
    town_agri_center_card(),
]

RESAVED: tuple[str, ...] = ()  # none kept as .xls/.ods in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch122-inbox"))
