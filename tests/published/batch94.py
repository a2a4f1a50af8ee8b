"""A ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch drew on (a 县疾病预防控制中心, a 县档案馆, a 县殡仪馆, a 县图书馆,
a 县机关事务服务中心, a 县公路养护中心's 公路站, a 乡's 公墓 and a 乡's 退役军人服务站), handed back as
the 附件2 / 附件3 / 附件4 of ``workbook_templates/forms.toml`` or as an office's own 自查表 / 防控卡 /
登记表, with the habits staff really have. Seven are EVERYDAY:

- a 疾控中心 疫情管理员's 附件4: 所在科室及职务 written with two spaces (``传染病防制科  疫情管理员``),
  岗位职责 written again on every row instead of merged, one 工作流程 left blank, a two-type cell
  (``思想道德风险、岗位职责风险``), and the template's unused blank rows left above the review boxes;
- a 殡仪馆 火化车间 主任's 附件3 with a ``序号`` column the staff inserted at the left, short types,
  高/中/低, the first review box filled;
- a 图书馆 副馆长's 附件2: ``姓名 | … | 职务 | 副馆长 | 岗位风险等级 | …``, 分管工作 merged down, a
  ``“三重一大”方面`` section row, ``一级/二级/三级``, ``…风险`` types;
- a 机关事务服务中心 驾驶员's own 防控表: ``科室: | 车辆调度科 | 岗位: | 驾驶员 | 姓名: | …`` (labels with
  colons in their own cells), a short ``风险点`` beside a long ``风险表现``, levels ``较高/一般/较低`` with
  a note naming the three grades, no type column;
- a 公路养护中心 公路站 站长's 防控卡: ``单位 | 嵖垌县公路养护中心岚口公路站 | 持卡人 | …`` (the 中心
  the unit, the 站 the 科室), ``职务 | 站长``, ``…风险`` types, a trailing ``责任领导`` merged down naming
  the 中心's 副主任, a ``监督电话`` line;
- a 乡 公墓管理员's 自查登记表: ``填报单位:…`` line, then a label row ``姓名 | 性别 | 出生年月 | 所在办(站、所)
  | 职务`` over a row of values, short types, 高/中/低, a trailing ``备注`` (``新增``);
- a 乡 退役军人服务站 优抚专干's 附件4 from which the staff DELETED the 工作流程 column, 所在科室及职务
  written ``退役军人服务站/优抚专干``, 岗位风险等级 left blank.

One is harder:

- ``archive_selfcheck_two_ticks``: a 档案馆 查档接待员's 自查表 whose two-row header carries TWO
  groups of ticks — ``风险等级`` over ``高 | 中 | 低`` and, after 防控措施, ``是否存在`` over ``是 | 否``
  — every row ticked once in each; the level is the ticked 高/中/低, the 是/否 tick is no level, no type
  and no point.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (疫情资料 保密 and 疫情资料管理人员; an 档案管理人员's 借阅 and 保管 rules;
a 殡仪馆's 火化车间, 骨灰 领取 and 一车一单; a 图书馆 副馆长's duties; a 机关事务管理中心's 公务用车 维修
“三核一录” and 加油; what a 公路站 does; a county's 殡葬服务 治理 naming 乡镇 农村公益性公墓; a 乡 退役军人
服务站's 优抚对象 年度确认) and the layout follows their words. The rows are worded by us, the names and
places invented.

Run ``python tests/published/score.py --set batch94`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b94_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own form follows the post (驾驶员, 管理员, 接待员 general; a 公路站 站长 middle);
- ``单位 | …公路养护中心岚口公路站`` gives the 中心 as the unit and the 站 as the 科室; a 乡's 社会事务办
  and its 退役军人服务站 are 科室 of the 乡 government, the unit;
- ``传染病防制科  疫情管理员`` and ``退役军人服务站/优抚专干`` split into 科室 and post;
- ``所在办(站、所)`` in a label row gives the 科室;
- ``较高/一般/较低`` are 1/2/3 (the note names the three grades);
- the ``是否存在`` ticks, a ``备注``, a ``责任领导`` column, ``监督电话`` and 自查人 lines are no points and
  name no holder;
- in a short ``风险点`` beside a long ``风险表现`` the point is the short name.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b94_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
GRADES = {"较高": 1, "一般": 2, "较低": 3}
TICK = "√"
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE = "注:此表一式三份,于6月底前报县纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。"


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _merge_runs(sh: _Sheet, col: int, first: int, last: int) -> None:
    """Merge ``col`` from each filled cell down over the None cells under it."""
    r = first
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][col] is None:
            e += 1
        if e > r:
            sh.merge(r, col, e, col)
        r = e + 1


def _reviews(sh: _Sheet, labels, ncols: int, filled=None) -> None:
    filled = filled or {}
    for label in labels:
        opinion, date = filled.get(label, (None, DATE))
        r = sh.add(label, opinion, *([None] * (ncols - 3)), date)
        sh.merge(r, 1, r, ncols - 2)


# --------------------------------------------------------------------------- harder layout


def archive_selfcheck_two_ticks() -> dict:
    unit = "漴垭县档案馆"
    who, dept, post = "晏秋菊", "利用服务科", "查档接待员"
    sh = _Sheet("自查表", [6, 36, 10, 5, 5, 5, 34, 5, 5])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 9)
    sh.add("姓名", who, "科室", dept, "岗位", post, "填表日期", "2024年4月", None)
    r = sh.add("序号", "风险点", "风险类别", "风险等级", None, None, "防控措施", "是否存在", None)
    sh.add(None, None, None, "高", "中", "低", None, "是", "否")
    for c in (0, 1, 2, 6):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 3, r, 5)
    sh.merge(r, 7, r, 8)
    rows = [
        ("为熟人违规查阅未开放档案或涉及他人隐私的档案", "岗位职责", "高",
         "查阅未开放档案须馆领导批准,查阅登记逐项填写。", "否"),
        ("复印档案材料收费不开票据,私收费用", "思想道德", "中", "复印收费明码标价,统一开具票据。", "否"),
        ("出具档案证明时按查档人要求改动或编造内容", "岗位职责", "高",
         "证明材料与原件核对后由科长审签加盖公章。", "否"),
        ("档案借出不登记,逾期不催还", "制度机制", "低", "借出档案逐件登记,每月清查催还。", "是"),
        ("接受查档人礼品后优先办理或简化手续", "外部环境", "中", "查档按登记顺序办理,公布监督电话。", "否"),
    ]  # fmt: skip
    for n, (point, kind, level, measures, exists) in enumerate(rows, 1):
        ticks = [TICK if level == h else None for h in ("高", "中", "低")]
        found = [TICK if exists == h else None for h in ("是", "否")]
        sh.add(n, point, kind, *ticks, measures, *found)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("自查人签名:", who, None, None, None, None, "科室负责人意见:同意", None, None)
    return _layout(
        "archive_selfcheck_two_ticks", "https://zhgl.sdjtu.edu.cn/info/1005/1925.htm",
        "(harder) 县档案馆 利用服务科 查档接待员's 个人岗位廉政风险自查表 (tab 自查表) after the source's 档案管理人员 "
        "工作制度 (借阅登记, 保管, 机密文件单独立卷): ``姓名 | 晏秋菊 | 科室 | 利用服务科 | 岗位 | 查档接待员 | 填表日期 | "
        "…`` above a TWO-ROW header with TWO tick groups — ``风险等级`` merged over ``高 | 中 | 低`` and, after 防控措施, "
        "``是否存在`` merged over ``是 | 否``; every row has one √ in each group (one row ticked 是); short 风险类别; "
        "``自查人签名: | 晏秋菊`` and a 科室负责人意见 under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cdc_epidemic_annex4() -> dict:
    unit = "嶂埘县疾病预防控制中心"
    who, dept, post = "邬晓岚", "传染病防制科", "疫情管理员"
    sh = _Sheet("附件4", [24, 12, 34, 16, 8, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}  {post}", "岗位风险等级", "二级")
    sh.add(*HEAD)
    duty1, duty2 = "负责传染病疫情网络报告审核", "负责疫情资料保管"
    rows = [
        (duty1, "报告审核", "对医疗机构迟报、漏报疫情不督促不通报,收受好处帮助隐瞒",
         "思想道德风险、岗位职责风险", "高", "每日核查网络直报系统,迟报漏报情况每月通报。"),
        (duty1, "订正删除", "违规订正、删除已报告的疫情报告卡", "岗位职责风险", "中",
         "订正删除须科长审核,系统操作日志每月检查。"),
        (duty2, "资料查阅", "未经批准向外单位人员或媒体提供疫情资料", "制度机制风险", "中",
         "疫情资料专柜保管,查阅复制经中心领导批准并登记。"),
        (duty2, "资料销毁", "过期疫情资料不登记、不按规定销毁", "业务流程风险", "低",
         "销毁经领导批准,两人监销并登记。"),
        ("负责监测试剂领用", None, "监测试剂领用登记不实,私自外借", "制度机制风险", "低",
         "试剂出入库登记,每季度盘点。"),
    ]  # fmt: skip
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), HML[row[4]])
    for _ in range(3):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "cdc_epidemic_annex4",
        "http://cdcman.cn/viewthread.php?extra=page%3D12%26amp%3Borderby%3Dviews&tid=13610",
        "县疾控中心 传染病防制科 疫情管理员's 附件4 (tab 附件4) after the source's 疫情资料 安全保密 rules (专人保管, "
        "外单位了解疫情须批准, 复制借出须批准, 销毁经批准): 所在科室及职务 written with two spaces (``传染病防制科  "
        "疫情管理员``); 岗位职责 written again on EVERY row (not merged), one 工作流程 blank, ``…风险`` types, one cell "
        "with two (``思想道德风险、岗位职责风险``), 高/中/低; three unused blank rows of the template left above the blank "
        "review boxes; 注",
        [sh], t,
    )  # fmt: skip


def funeral_home_annex3() -> dict:
    unit = "岜潆县殡仪馆"
    who, dept = "卢振岳", "火化车间"
    sh = _Sheet("Sheet1", [6, 20, 12, 34, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 7)
    _line(sh, f"单位(盖章):{unit}", 7)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "一级", None)
    sh.add("序号", *HEAD)
    rows = [
        ("负责遗体火化", "火化登记", "火化登记与接运单信息不核对,违规出具火化证明", "岗位职责", "高",
         "接运单、死亡证明、火化登记三核对,火化证明主任审签。"),
        (None, "火化安排", "收受丧属红包,插队优先安排火化", "思想道德", "中",
         "火化按登记顺序排号,排号表在大厅公示。"),
        ("负责骨灰交付", "骨灰领取", "骨灰领取不实名签字,错发或私自代领", "制度机制", "中",
         "骨灰盒统一编码,实名登记、家属签字领取。"),
        ("负责车间物资管理", "燃油领用", "火化燃油领用虚报数量,私自变卖", "业务流程", "高",
         "燃油按火化台次定额领用,每月与火化记录核对。"),
        (None, "用品推荐", "向丧属推销高价骨灰盒,收取供货商回扣", "外部环境", "中",
         "丧葬用品明码标价,由丧属自愿选购,不得推销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, row in enumerate(rows, 1):
        sh.add(n, *row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), HML[row[4]])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _reviews(sh, REVIEWS, 7, {REVIEWS[0]: ("同意", "2024年5月20日")})
    _line(sh, NOTE, 7)
    return _layout(
        "funeral_home_annex3",
        "https://www.changge.gov.cn/tzgg/20251027/06913165-cd97-4d69-bd77-3cff0dbb8b7f.html",
        "县殡仪馆 火化车间 主任's 附件3 (tab Sheet1) after the source's 殡葬 巡察整改 (遗体接运 一车一单, 火化 家属双签, "
        "骨灰 实名编号 领取, 火化车间 监控, 骨灰盒 统一编码): ``科室 | 火化车间 | 负责人 | 卢振岳 | 岗位风险等级 | 一级``; a "
        "``序号`` column INSERTED by the staff at the left of 岗位职责/工作流程/风险点/风险类型/风险级别/防控措施; 岗位职责 "
        "merged down, short types, 高/中/低; the first review box ``同意`` dated, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def library_leader_annex2() -> dict:
    unit = "峂溇县图书馆"
    who, post = "雍慧琳", "副馆长"
    sh = _Sheet("附件2", [6, 22, 34, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "二级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("分管文献资源建设", "图书采购指定书商,或接受书商回扣", "外部环境风险", "一级",
         "图书采购按政府采购程序进行,采购清单馆务会审定。"),
        (None, "采购验收对复本量、折扣把关不严", "岗位职责风险", "二级", "验收两人以上,验收单与合同逐项核对。"),
        ("分管设备采购维护", "设备招标设置倾向性条件", "制度机制风险", "一级",
         "招标文件经馆务会研究,邀请纪检人员监督。"),
        ("分管读者服务", "合作办展、办讲座收取费用不入账", "思想道德风险", "三级", "合作协议报馆务会备案,收费一律入账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for duty, point, kind, level, measures in rows:
        n += 1
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    point = "参与重大事项决策时不坚持集体研究,以个人意见代替集体决定"
    sh.add(n + 1, "参与馆务会议决策", point, "制度机制风险", "二级",
           "严格执行“三重一大”集体决策制度,会议纪要存档。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 2)
    _reviews(sh, REVIEWS[1:], 6)
    _line(sh, NOTE, 6)
    return _layout(
        "library_leader_annex2", "https://dept.zhcpt.edu.cn/tsg/info/1651/2266.htm",
        "县图书馆 副馆长's 附件2 (tab 附件2) after the source's 副馆长 职责 (分管图书馆业务, 读者服务, 文献资源建设, 现代化"
        "设备的采购、维护和招投标, 馆务会议): ``姓名 | 雍慧琳 | 职务 | 副馆长 | 岗位风险等级 | 二级``; 序号/分管工作 "
        "(merged down)/风险点/风险类型 ``…风险``/风险级别 ``一级/二级/三级``/防控措施; a merged ``“三重一大”方面`` section "
        "row before the last point; two blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def driver_colon_labels() -> dict:
    unit = "瀼岙县机关事务服务中心"
    who, dept, post = "闵国华", "车辆调度科", "驾驶员"
    sh = _Sheet("驾驶员", [6, 14, 40, 10, 36, 4])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 5)
    sh.add("科室:", dept, "岗位:", post, "姓名:", who)
    sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("公车私用", "节假日私自驾驶公务车辆办私事,不凭派车单出车", "较高",
         "公务出行一律通过用车平台派单,车辆北斗定位轨迹每周抽查。"),
        ("加油卡使用", "持“一车一卡”为私家车加油,虚报加油量", "较高", "加油记录与行驶里程每月比对,异常的说明原因。"),
        ("维修保养", "未经“三核一录”自行送修,虚增维修项目", "一般", "维修保养经管理负责人、车管员核定并登记。"),
        ("出车补助", "虚报出车天数和出差补助", "一般", "出差补助凭派车单和平台记录报销。"),
        ("车辆停放", "收车后不按规定入库停放", "较低", "收车后钥匙交调度室,停车场监控留存。"),
    ]  # fmt: skip
    for n, (point, desc, level, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, level, measures)
        t.point(sh.name, dept, post, who, "general", point, [], GRADES[level])
    _line(sh, "注:风险等级分较高、一般、较低三档。", 5)
    sh.add("本人签字:", None, None, "调度科长签字:", None)
    return _layout(
        "driver_colon_labels",
        "https://wzjgswj.wenzhou.gov.cn/art/2024/11/25/art_1228999462_58931078.html",
        "县机关事务服务中心 车辆调度科 驾驶员's own 岗位廉政风险防控表 (tab 驾驶员) after the source's account of a "
        "机关事务管理中心's 公务用车 管理 (平台派单, 维修保养 ``三核一录``, 车、油、人 精细化管理, GPS 定位): a title with the "
        "unit, then ``科室: | 车辆调度科 | 岗位: | 驾驶员 | 姓名: | 闵国华`` (labels with colons in their own cells); "
        "序号/short 风险点/long 风险表现/风险等级 ``较高/一般/较低``/防控措施, no type column; a note naming the three "
        "grades and an unsigned 本人签字/调度科长签字 line",
        [sh], t,
    )  # fmt: skip


def road_station_card() -> dict:
    unit = "嵖垌县公路养护中心"
    who, dept, post = "芮长庚", "岚口公路站", "站长"
    sh = _Sheet("防控卡", [6, 38, 14, 8, 36, 10])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 6)
    r = sh.add("单位", f"{unit}{dept}", None, "持卡人", who, None)
    sh.merge(r, 1, r, 2)
    r = sh.add("职务", post, None, "岗位风险等级", "二级", None)
    sh.merge(r, 1, r, 2)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    rows = [
        ("养护材料(沥青、碎石)进出库数量不实,虚报消耗", "岗位职责风险", "高",
         "材料进出库双人过磅签字,月底盘点报中心。"),
        ("零星养护工程指定施工队,收受好处", "外部环境风险", "高", "零星工程三家比选,结果报中心备案。"),
        ("临时养护工考勤不实,虚报工资", "制度机制风险", "中", "考勤每日拍照上传,工资由中心直接发放。"),
        ("巡查中发现违法占用公路不制止、不上报", "思想道德风险", "中", "巡查日志当日上传,中心随机抽查。"),
        ("站内养护机械私自外借、出租", "业务流程风险", "低", "机械使用登记,外借须中心批准。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures, "钭振东" if n == 1 else None)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), HML[level])
    sh.merge(first, 5, len(sh.rows) - 1, 5)
    sh.add("持卡人签字:", None, None, None, "监督电话:0537-6218830", None)
    return _layout(
        "road_station_card", "https://www.fqmxn.com/1/2796494.html",
        "县公路养护中心 岚口公路站 站长's 岗位廉政风险防控卡 (tab 防控卡) after the source's account of a 公路站 (交通系统基层"
        "单位, 养护、保洁和设施维护, 养护车等设备, 道班房、仓库, 归公路管理局管): ``单位 | 嵖垌县公路养护中心岚口公路站 | "
        "持卡人 | 芮长庚`` (the 中心 and its 站 in one cell) and ``职务 | 站长 | 岗位风险等级 | 二级`` above; 序号/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施/a trailing ``责任领导`` merged down naming the 中心 副主任 钭振东; "
        "``持卡人签字:`` and ``监督电话:…`` under it",
        [sh], t,
    )  # fmt: skip


def cemetery_label_row() -> dict:
    unit = "溁埭县蒿坪乡人民政府"
    who, dept, post = "褚永福", "社会事务办", "公墓管理员"
    sh = _Sheet("Sheet1", [6, 38, 12, 10, 36, 8])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险点自查登记表", 6)
    _line(sh, f"填报单位:{unit}", 6)
    sh.add("姓名", "性别", "出生年月", "所在办(站、所)", "职务", None)
    sh.add(who, "男", "1971.03", dept, post, None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("公益性公墓墓穴违规向非本乡村民出售", "制度机制", "高", "安葬对象户籍审核,名单在村务公开栏公示。", None),
        ("墓穴安葬收费不开票据、不入账", "思想道德", "高", "收费标准上墙公示,票据由乡财政所统一管理。", "新增"),
        ("墓位安排优亲厚友,私自预留好墓位", "岗位职责", "中", "墓位按顺序号安排,安排表报社会事务办备案。", None),
        ("公墓维护零星用工虚报工日", "业务流程", "低", "用工登记经村干部签字证明。", "新增"),
    ]  # fmt: skip
    for n, (point, kind, level, measures, note) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures, note)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("自查人:", who, None, "分管领导:", None, None)
    return _layout(
        "cemetery_label_row", "http://bid.caigoupt.com/info-245792735.html",
        "乡 社会事务办 公墓管理员's 岗位廉政风险点自查登记表 (tab Sheet1) after the source's account of a county's 殡葬服务 "
        "专项治理 (乡镇 农村公益性公墓 向非本地村民 收费, 财务管理不规范, 乡镇治理专班 排查): a bare title, a merged "
        "``填报单位:溁埭县蒿坪乡人民政府`` line, then a LABEL ROW ``姓名 | 性别 | 出生年月 | 所在办(站、所) | 职务`` over a "
        "row of values; 序号/风险点/风险类型 (short)/风险等级 高/中/低/防控措施/a trailing ``备注`` (``新增``); a "
        "``自查人: | 褚永福`` line",
        [sh], t,
    )  # fmt: skip


def veterans_station_no_flow() -> dict:
    unit = "磡漖县鸬塘乡人民政府"
    who, dept, post = "戚晓晖", "退役军人服务站", "优抚专干"
    sh = _Sheet("附件4", [24, 36, 14, 8, 34, 8])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 5)
    _line(sh, f"单位(盖章):{unit}", 5)
    sh.add("姓名", who, "所在科室及职务", f"{dept}/{post}", "岗位风险等级", None)
    sh.add("岗位职责", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("负责优抚对象年度确认", "对已去世或不再符合条件的优抚对象不及时核减,致补助继续发放", "岗位职责风险", "高",
         "年度确认逐户上门,核减名单与民政、公安数据比对。"),
        (None, "收受好处,帮助不符合条件的人员纳入优抚对象", "思想道德风险", "高",
         "新增对象经村、乡两级公示,乡党委会研究。"),
        ("负责走访慰问物资发放", "慰问物资发放不登记,截留或优亲厚友", "制度机制风险", "中",
         "物资发放逐人签字,发放名单公示。"),
        ("负责优待证申领", "优待证申领材料审核把关不严", "业务流程风险", "低", "申领材料双人审核,疑点材料报县局核实。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, post, who, "general", row[1], types_in(row[2]), HML[row[3]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    _reviews(sh, REVIEWS, 5)
    _line(sh, NOTE_GENERAL, 5)
    return _layout(
        "veterans_station_no_flow", "http://wap.zhushan.cn/p/212166.html",
        "乡 退役军人服务站 优抚专干's 附件4 (tab 附件4) after the source's account of a 乡退役军人服务站's 优抚对象 年度确认 "
        "(逐一上门, 优待证 申领、发放): the staff DELETED the 工作流程 column (岗位职责/风险点/风险类型/风险级别/防控措施, "
        "five columns); 所在科室及职务 written ``退役军人服务站/优抚专干``, 岗位风险等级 left blank; 岗位职责 merged down, "
        "``…风险`` types, 高/中/低; blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    archive_selfcheck_two_ticks(),
    cdc_epidemic_annex4(),
    funeral_home_annex3(),
    library_leader_annex2(),
    driver_colon_labels(),
    road_station_card(),
    cemetery_label_row(),
    veterans_station_no_flow(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` (no re-saved copies)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch94-inbox"))
