"""A two-hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form a person (the 附件2/
附件3/附件4 of workbook_templates/, or an office's own 防控卡, 自查表, 登记表, 承诺书) filled by the
staff of bodies no earlier batch used, with the habits of Excel and WPS: rows inserted, words of
their own, fields above or below the table. Every unit is a body of 秀山县 (its towns 蔻岭 and 榧坪,
the 蕖湾古镇 invented):

- a 花灯剧团 副团长's 附件2, 分管工作 merged down, ``…风险`` types, 一级/二级/三级, two rows under the
  printed ``“三重一大”方面`` row and the review boxes FILLED (``同意``, a date);
- a 广播电视无线发射台 技术员's 附件4 whose fields run over TWO rows (``姓名 | … | 所在科室及职务 |
  技术保障组 技术员`` then ``岗位风险等级 | 三级 | 填表日期 | …``), 科室 and post parted by a space;
- a 节能监测中心 节能监测科's 附件3 with the head written ``汲澍禾（科长）`` under ``负责人``, the table
  running over a page break where its header is typed again;
- a 数字化城市管理监督中心's 防控卡 copied sheet by sheet (tabs ``防控卡``, ``防控卡 (2)``, ``防控卡 (3)``),
  each with its own ``持卡人 | … | 所在科室 | … | 职务 | …``, a ``监督责任人`` column naming the 主任, no
  type column;
- a 市场监督管理局's 蔻岭市场监督管理所 所长's 廉政承诺书 under ``单位：秀山县市场监督管理局蔻岭市场监督管理所``;
- a 镇 退役军人服务站 站长's 登记表 with three rows of pairs (``出生年月``, ``政治面貌``, ``入伍时间`` …) and
  ``工作单位 | … | 所在站所 | 退役军人服务站 | 职务 | 站长``, a ``完成时限`` column;
- a 县政府驻重庆办事处 科员's 自查表 whose labels are spaced out (``姓　　名``, ``科　　室``, ``职　　务``)
  and one row inserted later without a 序号;
- a 古镇景区管理处 售票员's 自查表 with the fields typed INTO single cells (``姓名：禤霏烟 | 部门：票务部 |
  岗位：售票员 | 填表日期：…``) and a ``自查情况`` column answering ``无`` / ``有，已整改`` / ``未发现`` —
  every row still a risk point — and a ``自查结论：…`` line under it.

One is harder, and it is the shape the README's "读得懂的表" does not describe yet:

- ``urban_investment_job_description``: a 城市建设投资有限公司's 岗位说明书 as HR keeps it, the risk
  table appended: ``岗位名称 | 工程管理岗 | 岗位编号 | SXCT-GC-03``, ``所属部门 | 工程管理部 | 直接上级 |
  工程管理部经理``, ``任职者 | 逄卓珩 | 直接下级 | 无``, a merged 岗位职责 block — the holder under
  ``任职者``, the ``直接上级`` (a post, not his) beside it.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 戏剧团's 创作, 演出 and 送戏下乡; a
县 广播电视无线发射台's 工作职责 (发射机房, 设备维护, 安全播出); the duties of 节能监测 中心 and 站; a 区
数字化城市管理监督中心's 概况 (指挥大厅, 指挥派遣科, 综合科, 工作站); 农村食品市场监管; a 乡's 退役军人
服务站 (走访慰问, 优抚政策); a 驻外办事处's 职能 (政务保障, 对外联络, 招商引资, 接待服务); a 景区's
门票 验票 rules; a 岗位说明书's standard parts (岗位名称, 所属部门, 直接上级, 岗位职责)) and the layout
follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch206`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b206_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``任职者 | 逄卓珩`` names the holder; ``岗位名称 | 工程管理岗`` the post, ``所属部门`` the 科室;
  ``直接上级 | 工程管理部经理`` and ``直接下级 | 无`` name no post and no holder of this form;
- ``负责人 | 汲澍禾（科长）`` on a 附件3 is the holder 汲澍禾 and the post 科长;
- ``所在科室及职务 | 技术保障组 技术员`` is 科室 技术保障组, post 技术员;
- a ``自查情况`` cell (``无``, ``未发现``, ``有，已整改``) answers the self-check; the row is a risk point
  whatever it says; the ``自查结论：…`` line is no point;
- filled review boxes (``同意``) and dates are no point; a header typed again after a page break is
  no point; a row inserted without a 序号 is a point;
- sheets ``防控卡 (2)``/``防控卡 (3)`` with their own 持卡人 are their own forms; ``监督责任人`` names
  the supervising 主任, not the holder;
- the 单位 line ``秀山县市场监督管理局蔻岭市场监督管理所``: unit the 局, 科室 the 所 (batches 36, 68);
  the 镇's 退役军人服务站 is a 科室 of the 镇 (unit ``秀山县榧坪镇人民政府``);
- 副团长 a leader; 科长, 所长 of the 局's 所, 站长 of the 镇's 站 middle; 技术员, 受理员, 会计, 科员,
  售票员 and the 工程管理岗 general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import _line, _merge_runs
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b206_"
PLACE = "秀山县"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
DATE = "年  月  日"
NOTE = "注:此表一式三份,于6月底前报县纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。"
GAP = "\u3000"


def _reviews(sh: _Sheet, labels, ncols: int, filled=None) -> None:
    filled = filled or {}
    for label in labels:
        opinion, date = filled.get(label, (None, DATE))
        r = sh.add(label, opinion, *([None] * (ncols - 3)), date)
        sh.merge(r, 1, r, ncols - 2)


# --------------------------------------------------------------------------- harder layout


def urban_investment_job_description() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    who, dept, post = "逄卓珩", "工程管理部", "工程管理岗"
    sh = _Sheet("岗位说明书", [6, 34, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位说明书（含廉洁风险防控）", 5)
    sh.add("岗位名称", post, None, "岗位编号", "SXCT-GC-03")
    sh.merge(1, 1, 1, 2)
    r = sh.add("所属部门", dept, None, "直接上级", "工程管理部经理")
    sh.merge(r, 1, r, 2)
    r = sh.add("任职者", who, None, "直接下级", "无")
    sh.merge(r, 1, r, 2)
    duties = (
        "1.负责公司代建项目的现场施工管理,督促施工单位按合同和设计施工;\n"
        "2.负责工程进度、质量、安全的日常检查,参与隐蔽工程和竣工验收;\n"
        "3.负责工程变更、现场签证的初审,收集整理工程资料。"
    )
    r = sh.add("岗位职责", duties, None, None, None)
    sh.merge(r, 1, r, 4)
    r = sh.add("任职资格", "土木工程相关专业大学本科及以上学历,具有工程师职称,三年以上现场管理经历。",
               None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 4)
    _line(sh, "岗位廉洁风险及防控措施", 5)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("现场签证把关不严,与施工单位串通虚增工程量", "岗位职责", "高",
         "签证由监理、跟踪审计、工程管理部三方共同现场确认,影像资料存档。"),
        ("隐蔽工程验收走过场,对质量问题不责令返工", "岗位职责", "高",
         "隐蔽工程验收全程拍照留痕,验收记录由部门经理复核。"),
        ("接受施工单位宴请、礼品,对进度滞后不按合同处理", "外部环境", "中",
         "严格执行廉洁从业规定,进度考核结果每月在公司公示。"),
        ("工程资料收集整理不及时,事后补签补造", "业务流程", "低", "工程资料随工程进度归档,档案员每月检查。"),
        ("向施工单位推荐材料供应商或分包队伍", "思想道德", "中",
         "签订廉洁承诺书,发现推荐行为按公司规定严肃处理。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("任职者签字:", None, "部门负责人签字:", None, "编制日期:2024年4月")
    return _layout(
        "urban_investment_job_description", "https://www.wendang.net/wd/592700.html",
        "(harder) 县城市建设投资有限公司 工程管理岗's 岗位说明书 with its 廉洁风险 table (tab 岗位说明书), after the source's "
        "account of a 岗位说明书's parts (岗位基本信息: 岗位名称, 所属部门, 直接上级; 岗位职责; 任职资格; 工作关系): a title; "
        "the HR block ``岗位名称 | 工程管理岗 | 岗位编号 | SXCT-GC-03``, ``所属部门 | 工程管理部 | 直接上级 | 工程管理部经理``, "
        "``任职者 | 逄卓珩 | 直接下级 | 无`` (the holder only under ``任职者``, the post of his superior beside it), a merged "
        "``岗位职责`` block of numbered lines and ``任职资格``; a merged line ``岗位廉洁风险及防控措施``; 序号/风险点/风险类型 "
        "(short)/风险等级 高/中/低/防控措施; 任职者签字/部门负责人签字/编制日期",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def flower_lamp_troupe_annex2() -> dict:
    unit = f"{PLACE}花灯剧团"
    who, post = "亓官沅汀", "副团长"
    sh = _Sheet("附件2", [6, 22, 34, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "二级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("分管演出和送戏下乡", "送戏下乡场次、观众人数虚报,套取演出补助", "业务流程风险", "一级",
         "演出现场拍照定位,场次由乡镇文化站签字确认后报账。"),
        (None, "商业演出收入不入账,私设小金库", "制度机制风险", "一级",
         "演出合同统一由办公室签订,收入全部进入单位账户。"),
        (None, "演员演出补贴分配不公,优亲厚友", "思想道德风险", "三级", "补贴分配标准团务会研究并在团内公示。"),
        ("分管舞美和服装道具", "舞美制作、服装道具采购指定供应商", "外部环境风险", "二级",
         "采购三家以上比价,团务会集体确定,验收两人签字。"),
        (None, "道具服装出借不登记,公物私用", "岗位职责风险", "三级", "出借登记、归还核对,每半年盘点一次。"),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for duty, point, kind, level, measures in rows:
        n += 1
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    tail = [
        ("参与团务会决策", "新创剧目投资不经集体研究,个人拍板", "制度机制风险", "二级",
         "新创剧目立项和投资经团务会研究,报县文化旅游委备案。"),
        (None, "演职人员招聘条件因人设岗", "岗位职责风险", "二级", "招聘方案集体研究,考试考核全程公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, point, kind, level, measures in tail:
        n += 1
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    filled = {
        "单位领导小组审查意见": ("同意", "2024年6月18日"),
        "所在派驻纪检组、监察室审核意见": ("同意。", "2024年6月20日"),
    }
    _reviews(sh, REVIEWS[1:], 6, filled)
    _line(sh, NOTE, 6)
    return _layout(
        "flower_lamp_troupe_annex2", "http://www.okzjj.com/news/1055269770.htm",
        "县花灯剧团 副团长's 附件2 (tab 附件2) after the source's account of a 县 戏剧团 (创作剧目, 组织演出, 免费送戏下乡, "
        "市场运作 and 创收): ``单位(盖章):秀山县花灯剧团``; ``姓名 | 亓官沅汀 | 职务 | 副团长 | 岗位风险等级 | 二级`` (a "
        "compound surname); 序号/分管工作 (merged down)/风险点/风险类型 ``…风险``/风险级别 一级/二级/三级/防控措施; the "
        "printed ``“三重一大”方面`` row with two rows under it; the two review boxes FILLED (``同意`` | ``2024年6月18日``, "
        "``同意。`` | ``2024年6月20日``) and 注",
        [sh], t,
    )  # fmt: skip


def relay_station_annex4() -> dict:
    unit = f"{PLACE}广播电视无线发射台"
    who, dept, post = "郦岑峤", "技术保障组", "技术员"
    sh = _Sheet("附件4", [22, 14, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", None, None)
    sh.add("岗位风险等级", "三级", "填表日期", "2024年6月", None, None)
    sh.add(*HEAD)
    rows = [
        ("发射设备运行值班", "值班巡检", "值班记录、抄表数据弄虚作假,脱岗不报", "岗位职责", "中",
         "值班记录与自动监测数据比对,台负责人每周抽查。"),
        (None, "停播处置", "停播、劣播事故瞒报,推卸责任", "制度机制", "高",
         "停播事故按规定两小时内上报,处置过程记录存档。"),
        ("设备维护和备件管理", "维修", "维修备件虚报冒领,旧件私自处置", "业务流程", "中",
         "备件领用登记,以旧换新,旧件统一回收处置。"),
        (None, "外委维修", "接受维修厂家好处,夸大故障扩大维修范围", "外部环境", "中",
         "外委维修经台务会研究,维修结果由两人验收。"),
        ("机房安全", "来访登记", "违规带无关人员进入机房", "思想道德", "低", "机房门禁实名登记,视频监控留存三个月。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "relay_station_annex4", "http://m.fanwen118.com/info_25/fw_3789817.html",
        "县广播电视无线发射台 技术员's 附件4 (tab 附件4) after the source's 工作职责 of a 县 无线发射台 (转播发射, 设备日常维护、"
        "维修, 安全优质播出, 发射机房的防火防盗): ``单位(盖章):秀山县广播电视无线发射台``; the fields over TWO rows, "
        "``姓名 | 郦岑峤 | 所在科室及职务 | 技术保障组 技术员`` (科室 and post parted by a SPACE) then ``岗位风险等级 | 三级 | "
        "填表日期 | 2024年6月``; 岗位职责 merged down/工作流程/风险点/风险类型 (short)/风险级别 高/中/低/防控措施; three "
        "blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def energy_monitoring_annex3() -> dict:
    unit = f"{PLACE}节能监测中心"
    who, dept, post = "汲澍禾", "节能监测科", "科长"
    sh = _Sheet("Sheet1", [22, 18, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", f"{who}（{post}）", "岗位风险等级", "一级")
    sh.add(*HEAD)
    rows = [
        ("重点用能单位节能监测", "制定监测计划", "监测对象选择随意,对关系企业不列入监测计划", "制度机制", "高",
         "年度监测计划经中心主任办公会研究,监测对象随机抽取。"),
        (None, "现场监测", "现场监测数据不实,为企业出具合格结论", "岗位职责", "高",
         "现场监测两人以上,原始记录当场由企业签字确认。"),
        (None, "出具监测报告", "监测报告审核签发把关不严", "业务流程", "中", "监测报告实行编制、审核、批准三级签字。"),
        ("节能技术服务", "能源审计", "利用能源审计向企业推销节能产品", "外部环境", "中",
         "禁止向被审计单位推荐产品和服务机构,审计报告公开。"),
        (None, "节能培训", "培训费、资料费超标准收取或不开票", "思想道德", "低", "培训收费按标准公示,统一开具票据。"),
        ("监测仪器设备管理", "仪器检定", "仪器超期未检定仍用于监测", "岗位职责", "低", "建立仪器检定台账,到期前一个月提醒送检。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for k, (duty, flow, point, kind, level, measures) in enumerate(rows):
        if k == 4:  # the second printed page starts with the header typed again
            _merge_runs(sh, 0, first, len(sh.rows) - 1)
            sh.add(*HEAD)
            first = len(sh.rows)
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), HML[level])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    r = sh.add(f"科室负责人签字：{who}", None, None, "填报日期：2024年6月", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "energy_monitoring_annex3", "http://ask.fsou.com/html/text/chl/45/4577_1.html",
        "县节能监测中心 节能监测科's 附件3 (tab Sheet1) after the source's 节能监测 rules (the duties of 节能监测中心 and 站: "
        "监测计划, 对企业节能自检的监督, 监测数据和资料, 技术培训): ``科室 | 节能监测科 | 负责人 | 汲澍禾（科长） | 岗位风险等级 | "
        "一级`` (the head's post in brackets after the name); 岗位职责 merged down/工作流程/风险点/风险类型 (short)/风险级别 "
        "高/中/低/防控措施, the header TYPED AGAIN before the fifth row (a second printed page, no title); ``科室负责人签字："
        "汲澍禾 | 填报日期：2024年6月``; three blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def digital_city_copied_cards() -> dict:
    unit = f"{PLACE}数字化城市管理监督中心"
    t = _Truth(unit)
    director = "钟离湛"
    cards = [
        ("防控卡", "郇朗月", "指挥派遣科", "科长", "middle", [
            ("案件派遣不按规定时限和责任单位派遣,人情派遣", "高", "派遣规则系统固化,超时自动预警,每月通报。"),
            ("对责任单位处置不力的案件违规办理延期、缓办", "中", "延期、缓办须中心主任审批并在系统留痕。"),
            ("考核评价数据人为调整", "高", "考核数据由系统自动生成,调整须集体研究并公示。"),
        ]),
        ("防控卡 (2)", "泠絮", "指挥大厅", "受理员", "general", [
            ("对市民投诉不受理或选择性立案", "中", "受理录音全程留存,未立案事项说明理由并抽查回访。"),
            ("泄露举报人信息", "高", "举报人信息加密管理,查询权限分级设置。"),
            ("案件结案核查走过场", "低", "结案前由信息采集员现场核查拍照。"),
        ]),
        ("防控卡 (3)", "贲曦禾", "综合科", "会计", "general", [
            ("信息采集外包服务费支付不按考核结果", "高", "服务费与月度考核结果挂钩,支付凭考核表双签。"),
            ("报销凭证审核不严,虚列支出", "中", "报销实行经办、审核、审批三级签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 36, 12])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "所在科室", dept, None)
        sh.add("职务", post, "填卡时间", "2024年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "监督责任人")
        first = len(sh.rows)
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures, director if n == 1 else None)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.merge(first, 4, len(sh.rows) - 1, 4)
        sh.add()
        sh.add("持卡人签字:", None, "中心主任签字:", None, None)
        sheets.append(sh)
    return _layout(
        "digital_city_copied_cards", "https://doc.chddh.cn/archives/6vrjeklpggxppl45my9w.html",
        "县数字化城市管理监督中心 岗位廉政风险防控卡 COPIED SHEET BY SHEET (tabs ``防控卡``, ``防控卡 (2)``, ``防控卡 (3)``, as "
        "Excel names a copied sheet), after the source's 概况 of a 区 数字化城市管理监督中心 (指挥大厅, 指挥派遣科, 综合科, "
        "工作站; 信息采集, 分类、处理和报送, 监督考核): on each a title, ``持卡人 | … | 所在科室 | …`` and ``职务 | … | 填卡"
        "时间 | 2024年5月``; 序号/风险点/风险等级 高/中/低/防控措施/``监督责任人`` (the 主任 钟离湛, merged down); NO type "
        "column; 持卡人签字/中心主任签字",
        sheets, t,
    )  # fmt: skip


def market_station_pledge() -> dict:
    unit = f"{PLACE}市场监督管理局"
    who, dept, post = "皇甫渟溪", "蔻岭市场监督管理所", "所长"
    sh = _Sheet("承诺书", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, "廉政承诺书", 5)
    _line(sh, f"单位：{unit}{dept}", 5)
    sh.add("承诺人", who, "职务", post, "承诺时间：2024年3月")
    _line(
        sh,
        "本人郑重承诺：严格遵守廉洁自律各项规定，依法履行市场监管职责，不利用职权为经营者谋取不正当利益，"
        "不接受监管对象宴请、礼品礼金，自觉接受组织和群众监督。本人岗位主要廉政风险及防范措施如下：",
        5,
    )
    sh.add("序号", "廉政风险点", "风险类别", "风险等级", "防范措施")
    rows = [
        ("农村集贸市场食品安全检查流于形式,对问题食品不依法查处", "岗位职责", "一级",
         "检查两人以上,检查记录和处理结果录入监管系统,局里随机抽查。"),
        ("对小作坊、小摊贩登记备案把关不严", "业务流程", "二级", "备案材料一次性告知,备案信息在所内公示。"),
        ("案件线索不移交、以罚代刑或降格处理", "制度机制", "一级", "案件线索登记台账,处罚决定经局法制审核。"),
        ("接受辖区经营户请托,泄露检查计划", "外部环境", "二级", "检查计划临时确定,双随机抽取检查对象。"),
        ("所内执法车辆、办公经费管理不规范", "思想道德", "三级", "车辆使用登记,经费支出所务公开。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), ORDINAL[lv])
    sh.add()
    sh.add("承诺人签名：", None, None, "监督电话：12315", None)
    return _layout(
        "market_station_pledge", "https://gwyoo.com/jiayou/shipinshichangjianguan",
        "县市场监督管理局 蔻岭市场监督管理所 所长's 廉政承诺书 (tab 承诺书) after the source's essays on 农村食品市场监管 "
        "(小集镇、小摊贩、小作坊, 检查 and 查处): a title without the unit; a merged line ``单位：秀山县市场监督管理局蔻岭市场"
        "监督管理所`` (the 局 and its 所); ``承诺人 | 皇甫渟溪 | 职务 | 所长 | 承诺时间：2024年3月``; a merged pledge "
        "paragraph; 序号/``廉政风险点``/风险类别 (short)/风险等级 一级/二级/三级/``防范措施``; 承诺人签名 (blank)/监督电话",
        [sh], t,
    )  # fmt: skip


def town_veterans_register() -> dict:
    unit = f"{PLACE}榧坪镇人民政府"
    who, dept, post = "戎骁岳", "退役军人服务站", "站长"
    sh = _Sheet("登记表", [6, 32, 12, 10, 32, 12])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控登记表", 6)
    sh.add("姓名", who, "性别", "男", "出生年月", "1984.07")
    sh.add("政治面貌", "中共党员", "入伍时间", "2002.12", "参加工作时间", "2007.03")
    sh.add("工作单位", unit, "所在站所", dept, "职务", post)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "完成时限")
    rows = [
        ("优抚对象信息采集、审核把关不严,为不符合条件人员申报优待", "岗位职责", "高",
         "申报材料村、站两级审核,名单在村务公开栏公示。", "长期"),
        ("走访慰问金、慰问品发放不到位,虚列慰问对象", "制度机制", "高",
         "慰问对象名单经镇党政办会审,发放签收表存档。", "每季度"),
        ("退役军人就业创业扶持对象推荐优亲厚友", "思想道德", "中", "推荐条件公开,推荐结果公示五个工作日。", "长期"),
        ("接受服务对象宴请、礼品", "外部环境", "低", "签订廉洁承诺,服务站设置意见箱。", "长期"),
        ("档案移交、组织关系转接材料保管不善", "业务流程", "中", "档案专柜专人管理,交接登记双人签字。", "2024年底"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, due) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, due)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字:", None, "分管领导签字:", None, "填表日期:", "2024年5月")
    return _layout(
        "town_veterans_register", "http://wmzh.china.com.cn/2023-08/02/content_42468364.htm",
        "镇 退役军人服务站 站长's 岗位廉政风险防控登记表 (tab 登记表) after the source's account of a 乡's 退役军人服务站 "
        "(走访慰问, 落实优抚政策, 座谈会): a title without the unit; THREE rows of pairs like a 干部登记表 — ``姓名 | 戎骁岳 "
        "| 性别 | 男 | 出生年月 | 1984.07``, ``政治面貌 | 中共党员 | 入伍时间 | 2002.12 | 参加工作时间 | 2007.03``, ``工作"
        "单位 | 秀山县榧坪镇人民政府 | 所在站所 | 退役军人服务站 | 职务 | 站长``; 序号/风险点/风险类型 (short)/风险等级 "
        "高/中/低/防控措施/``完成时限`` (长期, 每季度, 2024年底); 本人签字/分管领导签字/填表日期",
        [sh], t,
    )  # fmt: skip


def liaison_office_spaced_labels() -> dict:
    unit = f"{PLACE}人民政府驻重庆办事处"
    who, dept, post = "鄂沚兰", "接待联络科", "科员"
    sh = _Sheet("自查表", [6, 14, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 6)
    sh.add(f"姓{GAP}{GAP}名", who, f"科{GAP}{GAP}室", dept, None, None)
    sh.add(f"职{GAP}{GAP}务", post, "填表时间", "2024.6", None, None)
    sh.add("序号", "工作事项", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        (1, "公务接待", "超标准接待,虚列接待费用", "制度机制", "高", "接待凭公函和审批单,费用清单与公函逐项核对。"),
        (2, "公务接待", "借接待之机安排私人宴请、娱乐活动", "思想道德", "中", "接待方案报分管领导审批,接待清单存档。"),
        (None, "商务联络", "为在渝企业办事收受好处", "外部环境", "中", "联络服务事项登记,办理结果回访。"),
        (3, "招商信息收集", "泄露招商项目信息或选择性报送", "岗位职责", "中", "招商信息统一登记,按规定逐级报送。"),
        (4, "驻渝人员服务", "农民工维权协调中偏袒一方", "业务流程", "低", "协调过程两人参加,协调记录双方签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, step, point, typ, lv, measures in rows:
        sh.add(n, step, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.rows[first + 1][1] = None  # the two 公务接待 rows share one merged cell
    sh.merge(first, 1, first + 1, 1)
    sh.add()
    sh.add("本人签字:", None, "科室负责人意见:", None, None, None)
    return _layout(
        "liaison_office_spaced_labels", "https://m.jiusongjiankang.com/health/news/4371750.html",
        "县政府驻重庆办事处 接待联络科 科员's 岗位廉政风险自查表 (tab 自查表) after the source's 职能 of a 驻外办事处 (政务保障, "
        "对外联络, 招商引资, 信息收集, 接待服务, 财务和后勤): a title; pairs with SPACED labels ``姓　　名 | 鄂沚兰 | 科　　室 | "
        "接待联络科`` and ``职　　务 | 科员 | 填表时间 | 2024.6``; 序号/工作事项 (merged over the two 公务接待 rows)/风险点/"
        "风险类别 (short)/风险等级 高/中/低/防控措施, one row INSERTED later with its 序号 left empty (1, 2, –, 3, 4); "
        "本人签字/科室负责人意见",
        [sh], t,
    )  # fmt: skip


def scenic_ticket_selfcheck() -> dict:
    unit = f"{PLACE}蕖湾古镇景区管理处"
    who, dept, post = "禤霏烟", "票务部", "售票员"
    sh = _Sheet("Sheet1", [6, 34, 10, 8, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 6)
    sh.add(f"姓名：{who}", None, f"部门：{dept}", None, f"岗位：{post}", "填表日期：2024年5月")
    sh.merge(1, 0, 1, 1)
    sh.merge(1, 2, 1, 3)
    sh.add("序号", "风险点", "风险类型", "风险等级", "自查情况", "防控措施")
    rows = [
        ("售票时少收款或收款不出票,截留门票收入", "岗位职责", "高", "无",
         "售票系统自动出票,票款日清日结,财务每日核对。"),
        ("违规给予免票、优惠票,核验优惠证件不严", "制度机制", "高", "有，已整改",
         "优惠政策上墙公示,优惠票凭证件登记并拍照留存。"),
        ("将作废、退票门票重复出售", "业务流程", "中", "未发现", "作废票当日登记注销,退票由票务主管审核。"),
        ("为熟人、导游违规放行或代购低价票", "外部环境", "中", "无", "严格验票入园,导游带团凭预约单核验。"),
        ("备用金、票据保管不善", "思想道德", "低", "无", "备用金和空白票据专柜存放,交接班双人清点签字。"),
    ]  # fmt: skip
    for n, (point, typ, lv, found, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, found, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _line(
        sh,
        "自查结论：本岗位共查找风险点5个，其中高风险2个、中风险2个、低风险1个；已整改问题1个。",
        6,
    )
    sh.add("本人签字:", None, "部门负责人签字:", None, None, None)
    return _layout(
        "scenic_ticket_selfcheck", "https://renrendoc.com/paper/305328659.html",
        "县古镇景区管理处 票务部 售票员's 岗位廉政风险自查表 (tab Sheet1) after the source's 景区门卫验票管理制度 (验票, 门票"
        "真伪和有效期, 门票非法出售和使用): a title; the fields typed INTO single cells, two of them merged — ``姓名：禤霏烟`` "
        "(A:B), ``部门：票务部`` (C:D), ``岗位：售票员``, ``填表日期：2024年5月``; 序号/风险点/风险类型 (short)/风险等级 "
        "高/中/低/``自查情况`` (``无``, ``有，已整改``, ``未发现``, ``无``, ``无`` — every row a risk point all the same)/防控"
        "措施; a merged ``自查结论：本岗位共查找风险点5个，…`` line under it; 本人签字/部门负责人签字",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    urban_investment_job_description(),
    flower_lamp_troupe_annex2(),
    relay_station_annex4(),
    energy_monitoring_annex3(),
    digital_city_copied_cards(),
    market_station_pledge(),
    town_veterans_register(),
    liaison_office_spaced_labels(),
    scenic_ticket_selfcheck(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch206-inbox"))
