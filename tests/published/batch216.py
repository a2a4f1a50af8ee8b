"""A two-hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom used
before — a 区人民防空办公室, a 区医疗保障局, a 区救助管理站, a 区体育中心, a 区文化馆, a 区图书馆, a 区劳动
保障监察大队, a 区档案馆 and a 镇人民政府 with its 站所 — each handing back its ordinary 一览表, 排查表 or
防控卡 the way its staff typed it (no re-saved copies this time):

- a 医疗保障局 一览表 in the shape of a 权力事项清单: ``事项名称 | 事项类型`` (行政处罚, 行政检查, 行政给付,
  公共服务, 内部管理: the kind of power, not a risk type) before the 廉政风险点, the 股室 in a trailing
  ``责任股室`` column beside the ``责任人`` name; no post column, no risk type column;
- a 救助管理站 排查表 whose title is TWO merged lines, the unit alone on the first
  (``大渡口区救助管理站``) and the form's name on the second (``岗位廉政风险点排查表``); 科室 merged,
  岗位 and 姓名 merged per person, ``…风险`` types, 一级/二级/三级;
- a 体育中心 排查表 that assesses each risk in three columns ``发生可能性 | 影响程度 | 风险等级``: the
  first holds 高/中/低 too, the second 大/中/小; only ``风险等级`` is the level, and it differs from
  ``发生可能性`` on most rows;
- a 文化馆 一览表 grouped by rows ``一、馆领导``, ``二、群文辅导部`` … (no 科室 column), levels bare
  ``Ⅰ/Ⅱ/Ⅲ``;
- a 图书馆 一览表 with the holder under ``责任人`` and a trailing ``监督责任人`` column of names (the
  馆长 or the 副馆长 over each 部门; ``/`` on the 馆长's own rows), two types in some cells
  (``制度机制、外部环境``);
- a 劳动保障监察大队 排查表 one sheet per 中队/股 (``一中队``, ``二中队``, ``综合股``), each titled with
  it, no 科室 column, an ``执法证号`` column of twelve-digit numbers typed as text beside ``姓名``
  (``/`` for the 综合股's staff, who hold none);
- a 档案馆's workbook kept as a 手册: a ``封面`` sheet (unit, ``岗位廉政风险防控手册``, date, nothing
  else), a ``目录`` sheet (``序号 | 内容 | 页码``, one line per 科室's table) and then one sheet per
  科室 (``馆领导``, ``保管利用科``, ``接收征集科``, ``办公室``), each titled
  ``大渡口区档案馆保管利用科岗位廉政风险防控表`` over ``序号 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施``.
  The README's 读得懂的表 names no cover sheet and no table of contents of a workbook;
- a 镇's 一览表 under ``填报单位：大渡口区茄岭镇人民政府``, its 站所 written with the town's name
  (``茄岭镇财政所``, ``茄岭镇综合文化站``) beside a ``镇领导`` group.

One is harder:

- ``civil_defense_pledge_cards``: a 人民防空办公室's 防控卡 one sheet per post, the tab and a merged line
  ``岗位：工程科科长`` naming the post, and the holder named ONLY in the pledge under the table —
  ``廉政承诺：本人…`` merged across, then ``承诺人：宇文瑾 | 2024年3月`` — no 姓名 field anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 区档案馆's 库房管理规定 and its
保管利用科; a 县医疗保障局's 行政权力事项清单 with 事项类型; 重庆's rules on 流浪乞讨人员救助管理; what
a 市人防办's 人防工程审批 and 易地建设费; 体育场地设施 and their opening; a 文化馆's 公共文化服务
保障法 page; a 图书馆's 免费开放资金 自查报告; a 劳动保障监察大队 and 投诉 of 欠薪; 乡镇综合文化站 and
their 免费开放 funds) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented; every unit is a body of 大渡口区 (the town,
茄岭镇, is invented).

Run ``python tests/published/score.py --set batch216`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``承诺人：宇文瑾`` under a 防控卡 that has no 姓名 field is its holder (as a ``自查人(签名):`` is);
  ``岗位：工程科科长`` is the 科室 工程科 and the post 科长, ``岗位：主任`` a post without a 科室;
- ``事项类型`` (行政处罚 …) is no risk type; a list without a post column keeps its forms by
  ``责任股室`` and ``责任人`` with no post (title "", no tier);
- of ``发生可能性 | 影响程度 | 风险等级`` only ``风险等级`` is the level;
- ``监督责任人`` names the one who oversees, never the holder; ``/`` there is nobody;
- ``执法证号`` is neither a holder nor a point; a sheet named for its 中队 whose title names it
  gives the 中队 as the 科室;
- a ``封面`` and a ``目录`` sheet hold no form and no point; each later sheet's 科室 is its tab
  and its title's (``馆领导`` a group of leaders, as ``所领导`` in earlier batches);
- ``茄岭镇财政所`` of 大渡口区茄岭镇人民政府 is its 科室 ``财政所``; ``镇领导`` the leaders' group;
- 主任 of the 人民防空办公室 and of the 体育中心, the 救助管理站's 站长, 馆长/副馆长 and the 镇长 are
  leaders; 科长, 股长, 部长, 中队长, a 镇's 所长/站长/中心主任/办主任 and an 办公室主任 middle; the rest
  general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b216_"
PLACE = "大渡口区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
PLEDGE = "廉政承诺：本人将严格落实上述防控措施，自觉接受组织和群众监督，如有违反，愿承担相应责任。"


# --------------------------------------------------------------------------- harder layout


def civil_defense_pledge_cards() -> dict:
    unit = f"{PLACE}人民防空办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "", "主任", "宇文瑾", "leader", [
            ("人防工程建设项目施工单位确定不经集体研究", "制度机制", "高",
             "施工单位按规定公开招标,主任办公会集体研究并留存纪要。"),
            ("人防易地建设费减免审批把关不严", "岗位职责", "高", "减免事项集体审议,减免结果网上公示。"),
            ("接受建设单位宴请,对人防工程审批打招呼", "思想道德", "中", "说情打招呼登记报告,审批全程留痕。"),
        ]),
        ("工程科科长", "工程科", "科长", "嵇槐序", "middle", [
            ("防空地下室结建审批降低标准,为建设单位少建少配", "岗位职责", "高",
             "审批实行初审、复审两级,审批结果与规划部门共享。"),
            ("人防工程竣工验收走过场", "外部环境", "中", "竣工验收现场拍照留档,验收意见科室集体复核。"),
        ]),
        ("综合科科员", "综合科", "科员", "冼星澜", "general", [
            ("人防警报设施维护费用虚报冒领", "业务流程", "中", "维护合同备案,维护记录与费用逐项核对。"),
            ("违规对外提供人防工程涉密图纸资料", "制度机制", "低", "涉密资料专柜保管,借阅登记审批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        _line(sh, f"岗位：{dept}{post}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(tab, dept, post, who, tier, point, types_in(typ), HML[lv])
        _line(sh, PLEDGE, 5)
        r = sh.add(f"承诺人：{who}", None, None, "2024年3月", None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 4)
        sheets.append(sh)
    return _layout(
        "civil_defense_pledge_cards", "http://www.handmsg.com/page/2018/0930/4300996.shtml",
        "(harder) 区人民防空办公室 岗位廉政风险防控卡 after the source's account of a 市人防办 whose leaders fell (人防工程审批, "
        "人防易地建设费 收取 and its 自由裁量, the 综合科): ONE SHEET PER POST, tabs ``主任``, ``工程科科长``, ``综合科科员``; "
        "each the title, a merged line ``岗位：工程科科长`` (科室 and post run together), 序号/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施, then a merged ``廉政承诺：本人将严格落实上述防控措施…`` and ``承诺人：嵇槐序 | 2024年3月`` "
        "— the holder named ONLY there; no 姓名 field anywhere",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def insurance_item_kinds() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("一览表", [6, 20, 12, 32, 8, 34, 14, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}权力事项廉政风险防控一览表", 8)
    sh.add(
        "序号", "事项名称", "事项类型", "廉政风险点", "风险等级", "防控措施", "责任股室", "责任人"
    )
    rows = [
        ("对定点医药机构违法违规使用医保基金行为的处罚", "行政处罚", "对查实的违规使用医保基金行为降格处理、以罚代管",
         "高", "处罚案件集体审理,裁量基准公开,结果网上公示。", "基金监管股", "雍澈"),
        ("定点医药机构日常稽核检查", "行政检查", "检查前泄露检查安排,接受被检查机构宴请",
         "高", "检查对象和人员随机抽取,检查全程记录。", "基金监管股", "雍澈"),
        ("医疗救助金给付", "行政给付", "救助对象身份核实不严,违规给予医疗救助",
         "中", "救助对象与民政、乡村振兴部门数据比对,名单公示。", "待遇保障股", "殳慕禾"),
        ("异地就医备案", "公共服务", "备案审核把关不严,为不符合条件人员办理备案",
         "低", "备案条件一次性告知,备案信息系统留痕。", "待遇保障股", "殳慕禾"),
        ("医药集中带量采购执行监测", "其他行政权力", "集采药品使用量监测数据弄虚作假",
         "中", "监测数据按月通报,抽查医疗机构采购记录。", "医药服务管理股", "沃予岚"),
        ("公务接待", "内部管理", "超标准接待,虚开接待费用",
         "低", "接待先审批后实施,接待清单按月公开。", "办公室", "扈芊蔚"),
        ("办公设备采购", "内部管理", "不按政府采购程序采购,验收把关不严",
         "中", "采购需求集体确定,验收两人以上签字。", "办公室", "扈芊蔚"),
    ]  # fmt: skip
    for n, (item, kind, point, lv, measures, dept, who) in enumerate(rows, 1):
        sh.add(n, item, kind, point, lv, measures, dept, who)
        t.point(sh.name, dept, "", who, None, point, [], HML[lv])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "insurance_item_kinds",
        "http://cqwx.gov.cn/bm/xybj/zwgk_68174/zfxxgkml/qzqd/xzqlsxjqd/qlqd/202504/t20250402_14476711.html",
        "区医疗保障局 权力事项廉政风险防控一览表 after the source's 县医疗保障局行政权力事项清单 (序号/实施部门/事项名称/"
        "事项类型/…; 骗取医保基金 的处罚): 序号/事项名称/``事项类型`` (行政处罚, 行政检查, 行政给付, 公共服务, 其他行政权力, "
        "内部管理 — the kind of power)/廉政风险点/风险等级 高/中/低/防控措施/``责任股室``/``责任人`` (a name, the same "
        "for each 股室); no post column, no risk type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def rescue_station_two_title_lines() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("排查表", [6, 10, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, unit, 8)
    _line(sh, "岗位廉政风险点排查表", 8)
    r = sh.add(None, None, None, None, None, "填报时间：2024年4月", None, None)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "扈知白", "受助人员生活物资采购不经集体研究,指定供应商", "制度机制风险", "一级",
         "物资采购按政府采购程序,站务会集体研究。", "leader"),
        ("站领导", "站长", "扈知白", "救助管理经费使用审批把关不严", "岗位职责风险", "二级",
         "经费支出三级审签,每季度公开收支。", "leader"),
        ("救助科", "科长", "栾砚舟", "对不符合条件人员违规提供救助,虚报救助人次", "岗位职责风险", "一级",
         "救助登记与公安比对核实,救助台账每月复核。", "middle"),
        ("救助科", "救助员", "谯明川", "受助人员随身财物登记保管不规范,侵占受助人员财物", "思想道德风险", "二级",
         "财物双人登记、专柜保管,离站时当面交还签字。", "general"),
        ("救助科", "救助员", "谯明川", "返乡车票、乘车凭证虚报冒领", "业务流程风险", "二级",
         "车票购买实名登记,凭证与离站记录核对。", "general"),
        ("医务室", "医生", "宿清漪", "受助人员送医救治费用结算审核不严", "外部环境风险", "三级",
         "救治费用清单逐项审核,定点医院结算按月对账。", "general"),
        ("综合科", "会计", "戎霁月", "救助资金支付不按规定审批,公款私存", "制度机制风险", "二级",
         "资金支付网银双人复核,每月与银行对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "rescue_station_two_title_lines", "https://www.360docs.net/doc/4917578787.html",
        "区救助管理站 岗位廉政风险点排查表 after the source's 重庆市 rules on 城市生活无着的流浪乞讨人员救助管理 (救助管理机构, "
        "救助经费, 危重病人救治, 返乡): the title as TWO merged lines — ``大渡口区救助管理站`` alone, then "
        "``岗位廉政风险点排查表`` — a ``填报时间：2024年4月`` cell on the right, then 序号/科室 merged (站领导, 救助科, 医务室, "
        "综合科)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施; 站长签字/填表人",
        [sh], t,
    )  # fmt: skip


def sports_center_likelihood() -> dict:
    unit = f"{PLACE}体育中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 10, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查评估表", 9)
    sh.add(
        "序号", "部门", "岗位", "姓名", "风险点", "发生可能性", "影响程度", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "鄂书澄", "场馆委托运营单位选定不经集体研究", "中", "大", "高",
         "运营单位公开比选,中心办公会集体决定并公示。", "leader"),
        ("中心领导", "主任", "鄂书澄", "大型赛事赞助收入不入账", "低", "大", "中",
         "赞助协议统一签订,赞助收入全额入账并公开。", "leader"),
        ("场馆管理部", "部长", "郦晴柯", "场馆免费低收费开放时段私自收费", "高", "中", "高",
         "开放时段和收费标准上墙公示,投诉电话公开。", "middle"),
        ("场馆管理部", "收费员", "淳于澍", "票款不符,截留场地租用收入", "中", "中", "中",
         "场地预订、收费全部线上办理,日清日结。", "general"),
        ("培训部", "教练员", "钟离朔", "青少年体育培训私下开班、私自收费", "中", "小", "低",
         "培训班次统一报名收费,家长满意度回访。", "general"),
        ("办公室", "会计", "阙沅芷", "体育彩票公益金项目支出审核不严", "低", "中", "中",
         "公益金项目支出按预算审核,年度审计。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, odds, harm, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, odds, harm, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年5月", None)
    return _layout(
        "sports_center_likelihood", "https://fx361.cc/page/2019/1125/11581029.shtml",
        "区体育中心 廉政风险点排查评估表 after the source's study of 体育场地设施 (场馆 供给, 开放 and 管理, 运营 by others): "
        "序号/部门 merged (中心领导, 场馆管理部, 培训部, 办公室)/岗位 and 姓名 merged per person (``淳于澍``, ``钟离朔``)/风险点/"
        "THREE assessment columns ``发生可能性`` (高/中/低 too) | ``影响程度`` (大/中/小) | ``风险等级`` (高/中/低, the level; "
        "it differs from 发生可能性 on four of six rows)/防控措施; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def culture_hall_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "闾丘韫珩", "文化惠民演出承办单位选定不公开", "制度机制", "Ⅰ",
             "承办单位公开比选,馆务会集体研究。", "leader"),
            ("馆长", "闾丘韫珩", "免费开放专项资金安排不经集体研究", "制度机制", "Ⅰ",
             "资金安排方案集体研究,使用情况年度公开。", "leader"),
        ]),
        ("二、群文辅导部", "群文辅导部", [
            ("部长", "芮曦禾", "群众文艺培训班学员名额优亲厚友", "岗位职责", "Ⅱ", "报名名单和录取结果公示。", "middle"),
            ("辅导员", "第五蘅芷", "辅导下乡活动场次、人数虚报", "思想道德", "Ⅲ", "活动签到、照片存档,乡镇文化站签字确认。",
             "general"),
        ]),
        ("三、非遗保护部", "非遗保护部", [
            ("部长", "司寇晏", "非遗传承人补助申报材料审核不严", "岗位职责", "Ⅰ", "申报材料两人审核,补助名单公示。",
             "middle"),
        ]),
        ("四、办公室", "办公室", [
            ("主任", "澹台玥", "演出服装道具采购验收不严", "业务流程", "Ⅱ", "采购询价三家以上,验收两人签字。", "middle"),
            ("出纳", "公冶禾", "现金收付不及时入账", "制度机制", "Ⅱ", "现金日清月结,每月盘点。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures, tier in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("馆长签字:", None, None, "填报日期：2024年3月", None, None, None)
    return _layout(
        "culture_hall_group_rows", "https://oa.xinxing.gov.cn/info/1183005",
        "区文化馆 岗位廉政风险点一览表 after the source's 文化馆 page carrying the 公共文化服务保障法 (公共文化设施, 免费"
        "开放, 文化活动): no 科室 column; merged group rows ``一、馆领导``, ``二、群文辅导部``, ``三、非遗保护部``, ``四、办公室`` "
        "over 序号 (running on)/岗位 and 姓名 merged per person (``闾丘韫珩``, ``第五蘅芷``, ``澹台玥``)/风险点/风险类型 (short "
        "names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; 馆长签字/填报日期",
        [sh], t,
    )  # fmt: skip


def library_supervisor_column() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("Sheet1", [6, 10, 9, 9, 32, 16, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "监督责任人"
    )
    rows = [
        ("馆领导", "馆长", "巫马栖桐", "图书采购招标中设置倾向性条件", "制度机制、外部环境", "高",
         "采购需求集体论证,招标文件法制审核。", "/", "leader"),
        ("采编部", "主任", "漆雕岚", "馆藏图书验收种数、册数不实", "岗位职责", "中",
         "验收清单与订单逐条核对,抽验比例不低于两成。", "巫马栖桐", "middle"),
        ("采编部", "采编员", "梁丘澈", "接受书商好处,多订复本", "外部环境、思想道德", "中",
         "复本量按标准控制,订购清单馆务会审定。", "巫马栖桐", "general"),
        ("借阅部", "主任", "颛孙沐", "读者逾期费、赔书款不入账", "制度机制", "中",
         "收费统一开票,按周缴存。", "宰父泠鸢", "middle"),
        ("借阅部", "馆员", "乐正澜", "数字资源账号外借牟利", "思想道德", "低", "账号实名管理,登录日志定期检查。",
         "宰父泠鸢", "general"),
        ("办公室", "会计", "东郭苒", "免费开放补助资金挤占挪用", "制度机制", "高",
         "补助资金专账核算,年度自查并报文旅委。", "宰父泠鸢", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, boss, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, boss)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (8, lambda row: (row[1], row[8]))])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None, None)
    return _layout(
        "library_supervisor_column", "http://www.jsy361.com/zuowendaquan/2021/1116/93171.html",
        "区图书馆 岗位廉政风险防控一览表 after the source's 自查报告 on 图书馆、文化馆 免费开放资金 (借书室、阅览室, 电子阅览室, "
        "资金 专款专用): 序号/部门 merged (馆领导, 采编部, 借阅部, 办公室)/岗位/``责任人`` (the holder; ``巫马栖桐``, ``漆雕岚``, "
        "``梁丘澈``, ``颛孙沐``, ``乐正澜``, ``东郭苒``)/风险点/风险类型 short names, TWO in some cells (``制度机制、外部环境``)/"
        "风险等级 高/中/低/防控措施/a trailing ``监督责任人`` of names merged per 部门 (the 馆长 ``巫马栖桐`` over 采编部, the "
        "副馆长 ``宰父泠鸢`` — in no row as a holder — over 借阅部 and 办公室; ``/`` on the 馆长's own row); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def labour_inspection_squad_sheets() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    squads = [
        ("一中队", [
            ("中队长", "亢嘉木", "500104221037", "欠薪投诉案件立案后拖延调查,为用人单位说情", "岗位职责", "高",
             "案件办理时限网上可查,超期预警。", "middle"),
            ("监察员", "晏砚秾", "500104221052", "检查中收受用人单位礼品礼金,对违法行为降格处理", "外部环境", "高",
             "两人以上检查,处理决定集体审核。", "general"),
        ]),
        ("二中队", [
            ("中队长", "桑鹤汀", "500104221044", "对农民工工资保证金缴存核查走过场", "岗位职责", "中",
             "保证金缴存与项目台账按月比对。", "middle"),
            ("监察员", "仇澄意", "500104221069", "泄露投诉举报人信息", "思想道德", "中", "举报人信息专人管理,查阅登记。",
             "general"),
        ]),
        ("综合股", [
            ("股长", "巩芷汀", "/", "罚没款收缴不及时上缴国库", "制度机制", "中", "罚没款直缴国库,每月核对。", "middle"),
            ("内勤", "满星遥", "/", "案卷归档不及时,擅自抽换案卷材料", "业务流程", "低", "案卷移交登记,归档后专人保管。",
             "general"),
        ]),
    ]  # fmt: skip
    sheets = []
    for squad, rows in squads:
        sh = _Sheet(squad, [6, 9, 9, 14, 32, 10, 8, 32])
        _line(sh, f"{unit}{squad}廉政风险点排查表", 8)
        sh.add("序号", "岗位", "姓名", "执法证号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (post, who, card, point, typ, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, card, point, typ, lv, measures)
            t.point(squad, squad, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add(f"{squad}负责人签字:", None, None, None, None, "2024年6月", None, None)
        sheets.append(sh)
    return _layout(
        "labour_inspection_squad_sheets", "https://www.fudaoke.com/exam/2407666.html",
        "区劳动保障监察大队 廉政风险点排查表 after the source's account of 投诉 to a 劳动保障监察大队 (工资拖欠, 社保欠缴, "
        "责令改正, 罚款): ONE SHEET PER 中队/股 (``一中队``, ``二中队``, ``综合股``), each titled "
        "``大渡口区劳动保障监察大队一中队廉政风险点排查表``; no 科室 column; 序号/岗位/姓名/``执法证号`` (twelve digits typed "
        "as text, ``/`` for the 综合股's staff)/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; "
        "``一中队负责人签字:`` and a date under each",
        sheets, t,
    )  # fmt: skip


def archives_handbook_cover() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    cover = _Sheet("封面", [12, 12, 12, 12, 12, 12])
    cover.add()
    _line(cover, unit, 6)
    cover.add()
    _line(cover, "岗位廉政风险防控手册", 6)
    cover.add()
    cover.add()
    _line(cover, "二〇二四年三月", 6)
    parts = [
        ("馆领导", [
            ("馆长", "禤蔼霖", "馆藏档案数字化外包项目指定服务商", "高",
             "外包项目公开招标,馆务会集体研究,保密协议同时签订。", "leader"),
            ("副馆长", "粟岱宁", "档案开放鉴定意见审核把关不严", "中", "开放鉴定实行初审、复审两级,意见存档。",
             "leader"),
        ]),
        ("保管利用科", [
            ("科长", "隆书砚", "违规提供未开放档案查阅、复制", "高", "查阅利用登记审批,涉密档案复制须馆领导签批。",
             "middle"),
            ("馆员", "郇沐川", "查档收费不开票、不入账", "中", "收费项目公示,统一票据,按月缴存。", "general"),
        ]),
        ("接收征集科", [
            ("科长", "檀知遥", "征集档案资料定价不公,虚报征集费用", "高", "征集价格专家评估,征集清单公示。",
             "middle"),
        ]),
        ("办公室", [
            ("主任", "贲晓川", "库房温湿度调控设备采购验收不严", "低", "设备采购比价,验收由保管利用科共同参加。",
             "middle"),
        ]),
    ]  # fmt: skip
    index = _Sheet("目录", [8, 40, 8])
    _line(index, "目　录", 3)
    index.add("序号", "内容", "页码")
    chinese = "一二三四"
    for k, (part, _rows) in enumerate(parts):
        index.add(f"{chinese[k]}", f"{part}岗位廉政风险防控表", k + 1)
    sheets = [cover, index]
    for part, rows in parts:
        sh = _Sheet(part, [6, 10, 9, 34, 8, 36])
        _line(sh, f"{unit}{part}岗位廉政风险防控表", 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        for n, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(part, part, post, who, tier, point, [], HML[lv])
        sheets.append(sh)
    return _layout(
        "archives_handbook_cover", "https://www.wm114.cn/wen/128/254702.html",
        "区档案馆's workbook kept as a 手册, after the source's 区档案馆档案库房管理规定 (保管利用科, 库房钥匙, 排架, 温湿度): "
        "a ``封面`` sheet (``大渡口区档案馆``, ``岗位廉政风险防控手册``, ``二〇二四年三月`` on merged lines with blank rows "
        "between, nothing else), a ``目录`` sheet (``目　录``, then ``序号 | 内容 | 页码`` and one line per table: "
        "``一 | 馆领导岗位廉政风险防控表 | 1`` …), then ONE SHEET PER 科室 (``馆领导``, ``保管利用科``, ``接收征集科``, "
        "``办公室``), each titled ``大渡口区档案馆保管利用科岗位廉政风险防控表`` over 序号/岗位/姓名/风险点/风险等级 "
        "高/中/低/防控措施; no type column",
        sheets, t,
    )  # fmt: skip


def town_stations_named_with_town() -> dict:
    unit = f"{PLACE}茄岭镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{PLACE}茄岭镇岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年5月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇领导", "镇长", "弓霁帆", "镇级工程项目发包不经党政联席会议研究", "制度机制", "高",
         "工程发包按限额进入公共资源交易平台,党政联席会议集体决策。", "leader"),
        ("茄岭镇财政所", "财政所", "所长", "茹听澜", "惠农补贴资金发放对象审核不严,冒领套取", "岗位职责", "高",
         "补贴对象村级公示,发放通过一卡通直达。", "middle"),
        ("茄岭镇财政所", "财政所", "会计", "湛清和", "村级“三资”代理记账票据审核不严", "业务流程", "中",
         "票据逐张审核,村务监督委员会签字。", "general"),
        ("茄岭镇农业服务中心", "农业服务中心", "主任", "蓬若渊", "农机购置补贴机具核查走过场", "岗位职责", "中",
         "机具实地核验拍照,补贴名单公示。", "middle"),
        ("茄岭镇综合文化站", "综合文化站", "站长", "幸澄溪", "免费开放资金虚列活动支出", "思想道德", "低",
         "活动开展留存照片、签到,资金支出镇财政所审核。", "middle"),
        ("茄岭镇社会事务办", "社会事务办", "主任", "危知秋", "低保、特困对象认定优亲厚友", "外部环境", "高",
         "入户调查两人以上,认定结果村、镇两级公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (shown, dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, shown, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("镇纪委审核:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "town_stations_named_with_town", "https://www.axdbkk.com/html_3/zaixiantushuguan/16724/list/4.html",
        "镇 岗位廉政风险点一览表 after the source's 自查报告 on 免费开放专项资金 (区文化馆, 区图书馆 and the 乡镇(街道)综合"
        "文化站, their funds 拨付 to the 乡镇): the title ``大渡口区茄岭镇岗位廉政风险点一览表``, ``填报单位：大渡口区茄岭镇"
        "人民政府 | 填报时间：2024年5月``; 序号/``站所`` merged, written WITH the town's name (``茄岭镇财政所``, ``茄岭镇农业"
        "服务中心``, ``茄岭镇综合文化站``, ``茄岭镇社会事务办``) beside ``镇领导``/岗位 and 姓名 merged per person/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; 镇纪委审核/填表人",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    civil_defense_pledge_cards(),
    insurance_item_kinds(),
    rescue_station_two_title_lines(),
    sports_center_likelihood(),
    culture_hall_group_rows(),
    library_supervisor_column(),
    labour_inspection_squad_sheets(),
    archives_handbook_cover(),
    town_stations_named_with_town(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies this time


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch216-inbox"))
