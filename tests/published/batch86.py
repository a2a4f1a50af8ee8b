"""An eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch used (a 市少年儿童图书馆, a 区工商业联合会, a 区统计局, a 旗疾病预防
控制中心, a 旗档案馆, a 国网 区供电公司's 城关供电所, a 旗委统战部 and a 镇人民政府's 统计站), handing back
the 附件2/附件3/附件4 of ``workbook_templates/`` or their office's own 自查表 / 承诺书 / 防控卡 with
ordinary habits:

- the 少儿图书馆's workbook of two 附件4 on tabs named for the person, ``所在科室及职务`` typed with a
  SPACE between the 部 and the post (``采编部 采访馆员``), types short, 高/中/低, 岗位职责 merged;
- the 区工商联's 附件3 by the 会员联络部 部长: ``一级/二级/三级``, types ``…风险``, 工作流程 filled, the
  first review box signed ``同意。`` with a typed date;
- the 区统计局's 个人岗位廉政风险自查表 with NO 姓名 field (``所在股室 | … | 职务 | …``), a short 风险点
  beside a long ``风险表现``, and the holder only in the foot line ``自查人(签名): | 桂永昌``;
- the 旗疾控中心 副主任's 附件2: a Mongolian name (``巴特尔``), two 分管工作 groups merged,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a “三重一大”方面 line over one row numbered on;
- the 旗档案馆's 承诺书: ``承诺人 | … | 所在科室 | … | 职务 | …`` above the table, a short 廉政风险点
  beside ``表现形式``, a 承诺 paragraph merged across under the table and a SIGNED ``承诺人(签字):`` line;
- the 旗委统战部's 防控卡 whose holder block is a row of LABELS over a row of VALUES
  (``姓名 | 性别 | 政治面貌 | 所在科室 | 职务 | 岗位风险等级``), a ``工作事项`` column before the 风险点;
- the 镇's 统计站 统计员's 附件4 under ``单位(盖章):XX县河西镇人民政府``, ``所在科室及职务`` run together
  (``统计站统计员``), the 工作流程 column left EMPTY on every row, types ``…风险``.

One is harder:

- ``grid_station_cards_supervisor_has_card``: a 供电所's two 岗位廉洁风险防控卡 (tabs named for the
  holder), each with ``单位 | 国网XX区供电公司城关供电所 | 姓名 | … | 岗位 | …`` above the table and a
  trailing ``监督人`` merged down: the 台区经理's card names as 监督人 the 所长, who has HIS OWN card on
  the next tab (with the company's 分管副总经理 as 监督人). The 所长 is the holder of his card only.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these
pages describe their subject in prose (a 县图书馆 调研 asking for 人岗对应, a 馆务会议事机制 and a 财监小组;
a 市工商联's 基层商会 建设 and its 考评办法; a 基层统计局's 数据质量 and its 乡镇统计站; a 旗县 基层疾控
体系 调研; a 档案 保管、保密、查阅利用 制度; a 供电所's 节前廉洁体检 with its 监督员 and 电工; a 旗委统战部
visiting 乡镇商会; a 县统计局 asking 镇街 统计 staff for 源头数据) and the layout follows their words.
The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch86`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b86_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general);
  an office's own 自查表 / 承诺书 / 防控卡 follows the post (股长, 所长, 副科长 middle; 科员, 台区经理
  general);
- ``采编部 采访馆员`` (a space) and ``统计站统计员`` (run together) are 科室 + post alike;
- a 供电公司's 供电所 named in the 单位 field (``国网XX区供电公司城关供电所``) is the 科室 of the
  company, as a 局's 所 is (batch36, batch68); a 镇's own 统计站 is a 科室 of the 镇;
- a ``监督人`` names no holder, even when the person named holds a card of his own in the workbook;
- a 自查表 without a 姓名 field is held by the ``自查人(签名):`` who signed it;
- ``风险表现`` / ``表现形式`` beside a short 风险点 is the description: the point is the short one.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b86_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
DATE = "年  月  日"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE = "注:此表一式三份,于6月底前报区纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。"


def _top(sh: _Sheet, annex: str, tier: str, unit: str) -> None:
    sh.add(annex)
    _line(sh, TITLE[tier], 6)
    _line(sh, f"单位(盖章):{unit}", 6)


def _reviews(sh: _Sheet, filled=()) -> None:
    """Review boxes: label, opinion merged B:E, date; ``filled`` gives (opinion, date) pairs."""
    filled = list(filled) + [(None, DATE)] * (len(REVIEWS) - len(filled))
    for label, (opinion, date) in zip(REVIEWS, filled, strict=True):
        r = sh.add(label, opinion, None, None, None, date)
        sh.merge(r, 1, r, 4)


def _duty_rows(sh, t, rows, dept, post, who, tier, levels) -> None:
    """附件3/4 rows (岗位职责 typed on the first row of each duty, None under it), merged down."""
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
            sh.merges.append((r, 0, e, 0))
        r = e + 1


# --------------------------------------------------------------------------- harder layout


def grid_station_cards_supervisor_has_card() -> dict:
    unit = "国网XX区供电公司"
    dept = "城关供电所"
    t = _Truth(unit)
    chief, deputy = "温国梁", "龚立新"
    cards = [
        ("钮海涛", "台区经理", "general", chief, [
            ("抄表时少抄、估抄电量,为用户少计电费收取好处", "岗位职责", "高",
             "推广用电信息采集,抄表数据系统比对,异常电量逐户核查。"),
            ("为用户私接电源、违规增容提供方便", "外部环境", "高", "业扩报装一律线上受理,现场勘查两人同行并拍照留档。"),
            ("台区线损治理中虚报更换表计、材料", "业务流程", "中", "表计、材料凭工单领用,旧表回收登记,按月盘点。"),
        ]),
        (chief, "所长", "middle", deputy, [
            ("农网改造小型工程施工队伍指定安排", "制度机制", "高", "施工队伍从公司承载力名录中轮选,结果在所内公示。"),
            ("光伏并网验收中接受业主宴请、吃拿卡要", "思想道德", "中", "验收结果当场告知,所内监督员开展回访。"),
            ("所内绩效考核打分不公,优亲厚友", "制度机制", "低", "考核细则上墙,得分在所务会上公开。"),
            ("对电工违规收取用户费用失察", "岗位职责", "中", "每季度开展用户走访,投诉举报逐件核实。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, watcher, points in cards:
        sh = _Sheet(who, [6, 34, 10, 9, 34, 10])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 6)
        sh.add("单位", f"{unit}{dept}", "姓名", who, "岗位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督人")
        first = len(sh.rows)
        for n, (point, kind, level, measures) in enumerate(points, 1):
            sh.add(n, point, kind, level, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), HML[level])
        _merge_down(sh, first, [(5, lambda row: row[5])])
        sh.add()
        sh.add("持卡人签字:", None, "监督人签字:", None, "2025年3月", None)
        sheets.append(sh)
    return _layout(
        "grid_station_cards_supervisor_has_card", "http://www.healinctherapy.com/gd/col595/135781",
        "(harder) a 供电所's two 岗位廉洁风险防控卡 (tabs named for the holder) after the source's 供电所 节前廉洁体检 (管理人员"
        "及关键岗位员工, 监督员 回访 光伏工程 and 养殖户, 电工的日常运维): under the title ``国网XX区供电公司岗位廉洁风险防控卡`` "
        "ONE row ``单位 | 国网XX区供电公司城关供电所 | 姓名 | … | 岗位 | …`` (company and 所 in one cell: the 所 is the "
        "科室); 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施/a trailing ``监督人`` merged down — on the 台区经理's card "
        "the 所长 温国梁, who holds HIS OWN card on the next tab (监督人 there the company's 龚立新); 持卡人/监督人 sign line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kids_library_annex4_tabs() -> dict:
    unit = "XX市少年儿童图书馆"
    t = _Truth(unit)
    people = [
        ("郁晓岚", "采编部", "采访馆员", "中", [
            ("负责少儿图书、期刊采购", "书目选订", "选订图书时向特定书商倾斜,接受回扣", "岗位职责", "高",
             "采购书目经采编部集体审定,书商由政府采购确定。"),
            (None, "到书验收", "到书验收不核对品种、复本,以次充好", "业务流程", "中",
             "到书验收两人核对,验收单与采购清单逐项比对。"),
            ("负责赠书接收登记", "登记入藏", "接收赠书不登记或私自留存", "制度机制", "低", "赠书一律登记造册,每半年公示一次。"),
        ]),
        ("柏志恒", "读者服务部", "活动专员", "低", [
            ("负责阅读推广活动组织", "活动外包", "活动承办单位选择不比价,指定熟人公司", "外部环境", "中",
             "活动外包三家以上比价,比价记录随报销单附后。"),
            (None, "物资采购", "活动奖品、物资虚报数量", "思想道德", "低", "奖品发放签领登记,剩余物资入库。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, grade, rows in people:
        sh = _Sheet(who, [18, 12, 34, 12, 8, 32])
        _top(sh, "附件4", "general", unit)
        sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", grade)
        sh.add(*HEAD)
        _duty_rows(sh, t, rows, dept, post, who, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_GENERAL, 6)
        sheets.append(sh)
    return _layout(
        "kids_library_annex4_tabs", "https://www.yyxnews.com/content/2022/04/26/11168049.html",
        "市少年儿童图书馆 workbook of two 附件4 (tabs named for the person) after the source's 县图书馆 调研 (阅读推广活动, "
        "便民服务, 权责对等、人岗对应, 馆务会议事机制, 财监小组理财机制): 附件4/title/``单位(盖章):…``; 姓名/``所在科室及职务`` "
        "typed with a SPACE (``采编部 采访馆员``, ``读者服务部 活动专员``)/岗位风险等级; 岗位职责 merged over its rows, "
        "工作流程 filled, types short, 风险级别 高/中/低; three empty review boxes and the 注",
        sheets, t,
    )  # fmt: skip


def district_fic_annex3_ordinal() -> dict:
    unit = "XX区工商业联合会"
    who, dept = "陶文斌", "会员联络部"
    sh = _Sheet("附件3", [20, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("负责会员发展和所属商会管理", "会员入会", "为不符合条件的企业办理入会,收取好处", "岗位职责风险", "二级",
         "入会材料部务会集体审核,新会员名单公示。"),
        (None, "商会考评", "商会年度考评打分不实,优亲厚友", "制度机制风险", "一级",
         "考评按《所属商会管理考评办法》逐项打分,结果经主席办公会审定。"),
        (None, "会费收缴", "商会会费代收不入账", "业务流程风险", "一级", "会费一律对公账户收缴,每季度对账。"),
        ("负责民营企业诉求办理", "诉求转办", "利用转办诉求为企业谋取不正当利益", "外部环境风险", "二级",
         "诉求登记、转办、反馈全程留痕,办结回访。"),
        (None, "评优推荐", "优秀民营企业家推荐不按程序", "思想道德风险", "三级", "推荐人选征求相关部门意见并公示。"),
    ]  # fmt: skip
    _duty_rows(sh, t, rows, dept, "", who, "middle", ORDINAL)
    _reviews(sh, [("同意。", "2025年6月12日")])
    _line(sh, NOTE, 6)
    return _layout(
        "district_fic_annex3_ordinal", "http://yicheng.cjyun.org/p/54041.html",
        "区工商业联合会 会员联络部's 附件3 by its 负责人 after the source's 市工商联 基层商会建设推进会 (所属商(协)会管理考评办法, "
        "商会规范化建设, 会长代表): 附件3/title/``单位(盖章):…``; 科室/负责人/岗位风险等级 ``二级``; 岗位职责 merged over "
        "each duty's rows, 工作流程 filled, types ``…风险``, 风险级别 ``一级/二级/三级``; the first review box signed "
        "``同意。`` with a typed date, the others empty; 注",
        [sh], t,
    )  # fmt: skip


def district_stats_selfcheck_signer() -> dict:
    unit = "XX区统计局"
    who, dept, post = "桂永昌", "农村统计股", "股长"
    sh = _Sheet("自查表", [6, 22, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 6)
    sh.add("所在股室", dept, "职务", post, "填表时间", "2025年5月")
    sh.add("序号", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("数据审核把关", "对乡镇统计站上报的农业产量数据审核不严,迁就人为干预", "岗位职责", "高",
         "数据逐级审核留痕,异常数据实地核查。"),
        ("抽样调查样本维护", "随意更换调查样本户,选择性上报", "业务流程", "中", "样本轮换按方案执行,更换须报局务会备案。"),
        ("统计执法检查", "检查中对企业虚报、瞒报问题降格处理", "外部环境", "高", "执法检查两人以上,处理结果集体研究。"),
        ("辅助调查员劳务费", "虚报辅助调查员人数和劳务天数", "思想道德", "低", "劳务费凭考勤表银行代发,股内公示。"),
    ]  # fmt: skip
    for n, (point, shown, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, shown, kind, level, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), HML[level])
    sh.add()
    sh.add("自查人(签名):", who, None, "分管领导意见:", "属实", None)
    return _layout(
        "district_stats_selfcheck_signer", "http://m.handmsg.com/page/2020/0710/7897028.shtml",
        "区统计局 个人岗位廉政风险自查表 (tab 自查表) after the source's account of a 基层统计局's 数据质量监督 (政府部门干扰, "
        "乡镇统计站, 台账, 兼职统计员, 数据评估): title, then ``所在股室 | 农村统计股 | 职务 | 股长 | 填表时间 | 2025年5月`` — NO "
        "姓名 field; 序号/short 风险点/long ``风险表现``/风险类型 short/风险等级 高/中/低/防控措施; the holder only in the foot "
        "line ``自查人(签名): | 桂永昌 | | 分管领导意见: | 属实``",
        [sh], t,
    )  # fmt: skip


def banner_cdc_leader_annex2() -> dict:
    unit = "XX旗疾病预防控制中心"
    who, post = "巴特尔", "副主任"
    sh = _Sheet("附件2", [6, 18, 34, 12, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "Ⅰ级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("分管免疫规划科、检验科", [
            ("第二类疫苗采购中指定供应企业", "岗位职责", "Ⅰ级", "疫苗通过省级平台采购,采购计划经中心班子会研究。"),
            ("检验检测报告出具把关不严,人情检测", "业务流程", "Ⅱ级", "检测报告实行三级审核,原始记录存档备查。"),
            ("接种单位考核中接受宴请", "思想道德", "Ⅲ级", "考核两人以上,结果在旗卫健委网站公示。"),
        ]),
        ("分管办公室、后勤保障", [
            ("检验试剂、耗材采购不比价", "制度机制", "Ⅱ级", "试剂耗材集中采购,三家比价记录随付款凭证归档。"),
            ("公务用车私用", "制度机制", "Ⅲ级", "用车审批登记,车辆定位管理。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, points in groups:
        first = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(points):
            n += 1
            sh.add(n, area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
        sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, "“三重一大”方面", 6)
    point = "实验室改造项目未经集体研究确定施工单位"
    sh.add(
        n + 1,
        "重大项目安排",
        point,
        "制度机制",
        "Ⅰ级",
        "项目安排经中心党支部会、班子会研究,结果公开。",
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    for label in LEADER_REVIEWS:
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)
    _line(sh, NOTE, 6)
    return _layout(
        "banner_cdc_leader_annex2", "https://www.ppdoc.com/periodical/1f79fe490fea500bba45c29503c115e3.html",
        "旗疾病预防控制中心 副主任's 附件2 (tab 附件2) after the source's 调研 of a 县's 基层疾控体系建设 (疾病预防控制, 突发公共"
        "卫生事件应急, 检验检测能力): 姓名 ``巴特尔`` (a Mongolian name)/职务 副主任/岗位风险等级 ``Ⅰ级``; 序号/分管工作 merged "
        "over each of two groups/风险点/风险类型 short/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a “三重一大”方面 line over one row "
        "numbered on (6); two empty review boxes, 注",
        [sh], t,
    )  # fmt: skip


def banner_archives_pledge_signed() -> dict:
    unit = "XX旗档案馆"
    who, dept, post = "乌兰", "档案利用服务科", "科员"
    sh = _Sheet("承诺书", [6, 22, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 6)
    sh.add("承诺人", who, "所在科室", dept, "职务", post)
    sh.add("序号", "廉政风险点", "表现形式", "风险类型", "风险等级", "防控措施")
    rows = [
        ("档案查阅审批", "为不符合条件的人员违规提供查阅、复制档案", "岗位职责", "高",
         "查阅凭有效证件登记,查阅涉密档案须分管领导批准。"),
        ("档案出具证明", "出具档案证明时篡改、伪造内容,收受好处", "思想道德", "高", "证明材料双人核对,出证登记存根备查。"),
        ("档案寄存收费", "寄存、代管档案收费不开票", "制度机制", "中", "收费按公示标准执行,票据统一领用核销。"),
        ("档案数字化外包监督", "对外包公司数字化质量验收走过场", "外部环境", "低", "验收按比例抽检,验收报告存档。"),
    ]  # fmt: skip
    for n, (point, shown, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, shown, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    _line(
        sh,
        "本人郑重承诺:严格遵守档案保管、保密和查阅利用各项制度,认真落实以上防控措施,自觉接受组织和群众监督,"
        "如有违反,自愿接受组织处理。",
        6,
    )
    sh.add("承诺人(签字):", who, None, "日期:", "2025年4月8日", None)
    return _layout(
        "banner_archives_pledge_signed",
        "http://www.lanshan.gov.cn//lanshan/bmdt/201606/6764d9c6b8c341a79ec67e964ca7697f.shtml",
        "旗档案馆 岗位廉政风险防控承诺书 (tab 承诺书) after the source's 档案管理制度 (保管, 保密, 查阅利用 with 有效证件 and 查阅"
        "登记表, 涉密档案须主管领导批准): title, then ``承诺人 | 乌兰 | 所在科室 | 档案利用服务科 | 职务 | 科员``; 序号/short "
        "``廉政风险点``/long ``表现形式``/风险类型 short/风险等级 高/中/低/防控措施; a 承诺 paragraph merged across under the "
        "table; a SIGNED ``承诺人(签字): | 乌兰 | | 日期: | 2025年4月8日`` line",
        [sh], t,
    )  # fmt: skip


def banner_ufwd_card_labels_over_values() -> dict:
    unit = "中共XX旗委统战部"
    who, dept, post = "娜仁", "民族宗教科", "副科长"
    sh = _Sheet("防控卡", [6, 18, 34, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("姓名", "性别", "政治面貌", "所在科室", "职务", "岗位风险等级")
    sh.add(who, "女", "中共党员", dept, post, "中")
    sh.add("序号", "工作事项", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("宗教活动场所补助资金", "补助资金分配不按标准,向熟人场所倾斜", "岗位职责", "高",
         "补助资金分配方案经部务会研究,结果公示。"),
        ("少数民族发展项目", "项目申报材料审核不严,虚报项目", "业务流程", "中", "项目申报实地核查,项目库动态管理。"),
        ("乡镇商会联络", "走访商会时接受企业宴请、礼品", "外部环境", "中", "走访两人同行,礼品拒收登记。"),
        ("统战对象推荐", "推荐代表人士人选优亲厚友", "思想道德", "低", "推荐人选广泛征求意见,集体研究确定。"),
    ]  # fmt: skip
    for n, (item, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, item, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", None, None, "科室负责人签字:", None, DATE)
    return _layout(
        "banner_ufwd_card_labels_over_values", "https://cfstzb.gov.cn/shows/61/12142.html",
        "旗委统战部 岗位廉政风险防控卡 (tab 防控卡) after the source's 旗委统战部、工商联 调研 of 乡镇商会 (商会党组织, 座谈, "
        "服务地区): title, then a row of LABELS ``姓名 | 性别 | 政治面貌 | 所在科室 | 职务 | 岗位风险等级`` over a row of "
        "VALUES ``娜仁 | 女 | 中共党员 | 民族宗教科 | 副科长 | 中``; 序号/``工作事项`` (a duty)/风险点/风险类型 short/风险等级 "
        "高/中/低/防控措施; an unsigned 持卡人/科室负责人 line",
        [sh], t,
    )  # fmt: skip


def township_stats_station_annex4() -> dict:
    unit = "XX县河西镇人民政府"
    who, dept, post = "石晓东", "统计站", "统计员"
    sh = _Sheet("Sheet1", [18, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "中")
    sh.add(*HEAD)
    rows = [
        ("负责全镇统计报表收集上报", None, "代填、代改企业统计报表", "岗位职责风险", "高",
         "报表由企业统计人员填报,镇统计站只审核不代填。"),
        (None, None, "为完成任务虚报规模以上企业产值", "制度机制风险", "高", "数据上报前经镇分管领导审签,留存原始台账。"),
        ("负责农业统计调查", None, "农作物播种面积调查走过场,估报数据", "业务流程风险", "中",
         "面积调查实地丈量,调查表由村干部签字确认。"),
        (None, None, "向调查户泄露调查信息或收受好处", "思想道德风险", "低", "调查资料专人保管,严守统计保密规定。"),
    ]  # fmt: skip
    _duty_rows(sh, t, rows, dept, post, who, "general", HML)
    _reviews(sh)
    _line(sh, "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。", 6)
    return _layout(
        "township_stats_station_annex4", "http://m.news.wmxa.cn/n/201601/301028.html",
        "镇人民政府 统计站 统计员's 附件4 (tab Sheet1) after the source's 县统计局 account of 限下贸易抽样调查 (镇、街 统计人员, "
        "深入企业从源头采集数据, 杜绝虚报、瞒报): ``单位(盖章):XX县河西镇人民政府``; 姓名/``所在科室及职务`` run together "
        "``统计站统计员``/岗位风险等级; 岗位职责 merged over each duty's rows, the 工作流程 column EMPTY on every row, types "
        "``…风险``, 高/中/低; empty review boxes, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    grid_station_cards_supervisor_has_card(),
    kids_library_annex4_tabs(),
    district_fic_annex3_ordinal(),
    district_stats_selfcheck_signer(),
    banner_cdc_leader_annex2(),
    banner_archives_pledge_signed(),
    banner_ufwd_card_labels_over_values(),
    township_stats_station_annex4(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch86-inbox"))
