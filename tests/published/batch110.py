"""A hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch drew on (a 县机动车驾驶人考试中心, the 民政局's 婚姻登记处, a 县城市
生活垃圾处理中心, a 县白蚁防治所, a 县河湖管理所, a 县康复医院, a 县工人文化宫, a 镇's 村镇建设服务中心 and a
county branch of 中国石化), handed back as the 附件2 / 附件3 / 附件4 of ``workbook_templates/`` or as an
office's own 防控卡 / 自查表 / 登记表 / 承诺书, with the habits staff really have. Eight are EVERYDAY:

- the 考试中心's 科目三考试员's 防控卡: ``姓名 | … | 所在科室 | 考试科 | 岗位 | 科目三考试员``, then a
  section ``一、岗位职责`` of three NUMBERED duty rows (``1 | 负责…``, the text merged across) before the
  section ``二、廉政风险点及防控措施`` and its own ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施`` table;
- the 婚姻登记处's 婚姻登记员's 附件4: ``单位(盖章):宝应县民政局`` and ``所在科室及职务`` typed
  ``婚姻登记处 婚姻登记员`` — the 处 and the post apart by an ordinary space; ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 垃圾处理中心's 司磅员's 个人岗位廉政风险自查表: ``姓　　名 | … | 工作部门 | 计量室 | 岗　　位 | 司磅员``
  (the 科室 under the label ``工作部门``), a ``参加工作时间 | … | 填表日期 | <a date cell>`` row, a short
  风险点 beside ``主要表现``, 高/中/低, no type column, a trailing ``自查情况``;
- the 白蚁防治所's 白蚁防治员's 岗位廉政风险防控承诺书: ``所在股室 | 防治股 | 岗位 | 白蚁防治员`` and no
  姓名 field, ``序号 | 廉政风险点 | 风险等级 | 防控措施`` with ``一级/二级/三级``, a merged pledge, and the
  holder only in ONE merged cell at the foot that also holds the date:
  ``承诺人（签字）：糜清禾　　　　　　2024年7月12日``;
- the 河湖管理所's acting head's 附件2: ``职务 | 副所长（主持工作）``, 分管工作 merged over two groups,
  ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, the ``“三重一大”方面`` row over two filled rows and two printed
  numbers, the 领导小组 box signed;
- the 康复医院's 药剂科 附件3: ``科室 | 药剂科 | 负责人 | 竺映雪``, 岗位职责 merged, 工作流程 with arrows,
  the 风险类型 cell naming TWO types on two rows (``制度机制、外部环境``, ``岗位职责、业务流程``),
  ``Ⅰ级/Ⅱ级``, one unused template row, the first review box signed;
- a 镇's 规划建设员's 岗位廉政风险防控登记表 on the 镇's own template: ``姓名 | … | 所在单位 |
  菱泽镇村镇建设服务中心 | 职务 | 规划建设员`` — the 镇's 中心 under the label ``所在单位``, written with
  the town — a ``工作事项`` column, 高/中/低, no type column;
- the 石化 branch's 加油站 经理's 员工廉洁风险防控卡: ``姓名 | … | 站点 | 菱泽加油站 | 职务 | 经理`` (the 站
  under ``站点``), ``岗位风险等级 | 高 | 入职时间 | … | 填卡日期 | <a date cell>``, ``业务环节``, ``…风险``
  types, 高/中/低.

One is harder:

- ``workers_palace_two_posts``: the 工人文化宫's 行政科 clerk who holds TWO posts fills one 登记表:
  ``岗位 | 报账员、资产管理员`` above, and the table split by two group rows merged across,
  ``一、报账员岗位`` and ``二、资产管理员岗位``, each over its own points numbered from 1 — one person, two
  posts, so two forms.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (the 机动车驾驶人考试工作规范 with its 受理岗、考试岗、监督岗 and 考试员;
a 民政厅 notice on 乡镇婚姻登记机关 (实时在线登记, 不得泄露个人婚姻登记信息); a 司磅员 list of rules
(磅单, 司磅员、监磅、司机签字, 台帐票据); 白蚁防治 收费 (新建房屋预防, 包治期, 复查, 灭治); a 县河湖管理所
that keeps the 入江水道 堤防 and 涵闸 and three 湖泊 (湖泊管理股, 湖泊管理站, 水政监察员, 圈圩); the
宁波药品回扣案 (envelopes marked with 病区名、药名); a 市工人文化宫 with its 办公室、行政科、文体科 and
文艺训练班; a 市区民房建设规划管理 rule (建房申请, 放线, 竣工); the 加油站经理 who came after the
加油站站长) and the layout follows their words. The rows are worded by us, the names invented; every
unit is a body of an invented 宝应县 (its town 菱泽镇 invented too).

Run ``python tests/published/score.py --set batch110`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b110_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own form follows the post (考试员, 司磅员, 白蚁防治员, 报账员, 资产管理员, 规划建设员 general;
  the 经理 of a 加油站 middle);
- ``单位(盖章):宝应县民政局`` with ``婚姻登记处 婚姻登记员`` gives the 局 as the unit, the 处 as the 科室
  (as the 局 and its 所, batches 36, 68, and the 司法局's 公证处, batch96) and 婚姻登记员 as the post;
- ``副所长（主持工作）`` is the post 副所长 (the bracket says how she holds it, as batch70's
  ``副镇长（挂职）``), a leader;
- ``工作部门`` names the 科室 as ``所在部门`` does; ``站点 | 菱泽加油站`` names the 加油站 as the 科室 of the
  branch (as a 支局 of the 邮政 branch, batch106);
- ``所在单位 | 菱泽镇村镇建设服务中心`` on a 镇's own template names the 镇's 中心: the 镇人民政府 is the
  unit, the 中心 its 科室 (a 乡镇's own 站/所/中心 is a 科室 of the 乡镇; the town's name before it, as in
  batch106's ``汀埠镇财政所``, is no part of it);
- ``承诺人（签字）：糜清禾　　　　　　2024年7月12日`` names the holder 糜清禾; the date is no part of her;
- the numbered 岗位职责 rows above the risk table are duties: no point, no level;
- a 风险类型 cell naming two types (``制度机制、外部环境``) gives the point both types, in that order;
- ``岗位 | 报账员、资产管理员`` over group rows ``一、报账员岗位`` / ``二、资产管理员岗位`` is one holder of two
  posts: two forms (行政科, 报账员) and (行政科, 资产管理员), each with the points under its group row.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import HEAD, NOTE, NOTE_GENERAL, REVIEWS, _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b110_"
PLACE = "宝应县"
TOWN = "菱泽镇"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def workers_palace_two_posts() -> dict:
    unit = f"{PLACE}工人文化宫"
    who, dept = "佘若澜", "行政科"
    posts = ("报账员", "资产管理员")
    sh = _Sheet("Sheet1", [6, 14, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 6)
    sh.add("姓名", who, "所在部门", dept, "岗位", "、".join(posts))
    sh.add("填表日期", "2024年6月", None, None, None, None)
    sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 5)
    sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一", posts[0], [
            ("费用报销", "报销票据审核不严,接受虚开、拆分的发票", "岗位职责", "高",
             "票据逐张查验真伪,报销单经手人、证明人、审批人三签。"),
            ("培训班收费", "职工文艺培训班学费收取不开票、不及时入账", "制度机制", "高",
             "学费通过对公账户收取,当日入账,收据连号使用。"),
            ("往来结算", "场地租金、演出分成结算时少收、缓收,为承租方谋利", "外部环境", "中",
             "结算依据合同执行,催收情况每月向科长报告。"),
        ]),
        ("二", posts[1], [
            ("资产登记", "固定资产购入不入账,账实不符", "业务流程", "中",
             "资产购入凭验收单当月登记,年底全面盘点。"),
            ("场馆设施出借", "私自出借活动室、演出音响设备,收费不入账", "思想道德", "高",
             "场馆和设备出借一律签订协议,费用由财务统一收取。"),
            ("资产处置", "报废资产处置不经审批,低价变卖", "制度机制", "低",
             "报废处置经宫务会研究并报县总工会审批,处置收入全额上缴。"),
        ]),
    ]  # fmt: skip
    for order, post, points in groups:
        _line(sh, f"{order}、{post}岗位", 6)
        for n, (step, point, kind, level, measures) in enumerate(points, 1):
            sh.add(n, step, point, kind, level, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("本人签字:", None, "科室负责人:", None, "宫主任审核:", None)
    return _layout(
        "workers_palace_two_posts", "https://twwiki.net/wiki/3voqy5vkkge7ryv.html",
        "(harder) 县工人文化宫 岗位廉政风险登记表 (tab Sheet1) after the source's account of a 市工人文化宫 (办公室、"
        "行政科、文体科、宣传科、职工教育科、影剧科; 文艺训练班, 演出): ONE clerk of the 行政科 holding TWO posts fills one "
        "form — ``姓名 | 佘若澜 | 所在部门 | 行政科 | 岗位 | 报账员、资产管理员``, ``填表日期 | 2024年6月`` — and the "
        "table ``序号 | 工作环节 | 风险点 | 风险类型 (short) | 风险等级 高/中/低 | 防控措施`` is split by two group rows "
        "merged across, ``一、报账员岗位`` and ``二、资产管理员岗位``, each over three points numbered from 1: one "
        "holder, two posts, two forms; a 本人/科室负责人/宫主任 sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def driving_test_examiner_card() -> dict:
    unit = f"{PLACE}机动车驾驶人考试中心"
    who, dept, post = "嵇澄然", "考试科", "科目三考试员"
    sh = _Sheet("防控卡", [6, 34, 10, 8, 20, 20])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("姓名", who, "所在科室", dept, "岗位", post)
    _line(sh, "一、岗位职责", 6)
    duties = [
        "负责科目三道路驾驶技能和安全文明驾驶常识考试的现场评判。",
        "负责考试车辆出车前检查,考试音视频资料的上传和保存。",
        "负责当场公布考试成绩、讲评不合格原因,报告考试中的异常情况。",
    ]
    for n, duty in enumerate(duties, 1):
        r = sh.add(n, duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
    _line(sh, "二、廉政风险点及防控措施", 6)
    r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
    sh.merge(r, 4, r, 5)
    rows = [
        ("考试中降低评判标准,对应判不合格的考生判为合格", "岗位职责", "高",
         "严格按考试评判标准执行,考试全程录音录像,考试结果由监督岗抽查复核。"),
        ("收受考生或驾校教练员财物、接受宴请,考试中给予关照", "思想道德", "高",
         "签订廉洁考试承诺书,考场公示举报电话,考试员不与考生单独接触。"),
        ("违规为考生调整考试顺序、安排插考", "业务流程", "中",
         "考试顺序由预约系统随机生成,调整须经中心主任审批并登记。"),
        ("考前不按规定检查考试车辆和音视频设备,给作弊留下空子", "制度机制", "中",
         "出车前检查表逐项签字,设备故障当场停考并报告。"),
        ("向驾校透露考试路线、考试员排班等信息", "外部环境", "低",
         "考试路线当日随机抽取,考试员排班考前半小时公布。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        r = sh.add(n, point, kind, level, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", None, "考试科负责人签字:", None, "2024年8月", None)
    return _layout(
        "driving_test_examiner_card", "https://m.zixin.com.cn/doc/2714506.html",
        "县机动车驾驶人考试中心 科目三考试员's 岗位廉政风险防控卡 (tab 防控卡) after the source's 机动车驾驶人考试工作"
        "规范 (受理岗、考试岗、监督岗; 考试员 评判, 考试音视频, 当场公布成绩): ``姓名 | 嵇澄然 | 所在科室 | 考试科 | "
        "岗位 | 科目三考试员``; a merged line ``一、岗位职责`` over THREE NUMBERED duty rows (``1 | 负责…``, the text "
        "merged B:F), then ``二、廉政风险点及防控措施`` and the table ``序号 | 风险点 | 风险类型 (short) | 风险等级 "
        "高/中/低 | 防控措施`` (措施 merged over two columns); 持卡人/科室负责人/date line",
        [sh], t,
    )  # fmt: skip


def marriage_registrar_annex4() -> dict:
    bureau, dept = f"{PLACE}民政局", "婚姻登记处"
    who, post = "隗芷湄", "婚姻登记员"
    sh = _Sheet("附件4", [20, 18, 36, 14, 8, 34])
    t = _Truth(bureau)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{bureau}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", "B")
    sh.add(*HEAD)
    rows = [
        ("结婚、离婚登记审查", "受理→审查→登记→颁证",
         "对当事人身份证件、户口簿审查把关不严,为不符合条件的当事人办理登记", "岗位职责风险", "Ⅰ级",
         "身份信息联网核验,登记材料双人复核,存疑材料当场留存复印件。"),
        (None, "审查→登记", "收受当事人财物,为其违规办理或提前办理登记", "思想道德风险", "Ⅰ级",
         "登记全程在大厅监控下进行,监督电话上墙公示。"),
        ("婚姻登记信息管理", "录入→上传→查询",
         "未经批准导出、查询婚姻登记信息,或向他人泄露个人婚姻信息", "制度机制风险", "Ⅱ级",
         "查询、导出须经处负责人审批并登记,系统账号专人专用,操作留痕。"),
        (None, "补领→出具证明", "补发结婚证、出具婚姻登记记录证明时不调档核实", "业务流程风险", "Ⅱ级",
         "补证和证明一律调取原始档案核对,复核后出具。"),
        ("婚姻登记档案管理", "归档→借阅", "档案借阅不登记,私自出借、复印婚姻登记档案", "外部环境风险",
         "Ⅲ级", "档案专柜存放,凭有效证明借阅并登记,复印件加盖查档专用章。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    for _ in range(2):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "marriage_registrar_annex4", "http://photo.dxbei.com/n/20150105/157468.html",
        "民政局 婚姻登记处 婚姻登记员's 附件4 (tab 附件4) after the source's notice on 乡镇婚姻登记机关 (实时在线登记, "
        "登记审查把关不严, 不得擅自导出和使用婚姻登记信息, 不得泄露个人婚姻登记信息, 档案室): ``单位(盖章):宝应县民政局`` "
        "over ``姓名 | 隗芷湄 | 所在科室及职务 | 婚姻登记处 婚姻登记员 | 岗位风险等级 | B`` — the 处 and the post apart "
        "by an ORDINARY SPACE; 岗位职责 merged, 工作流程 with arrows, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; two unused "
        "template rows, blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


def landfill_weigher_selfcheck() -> dict:
    unit = f"{PLACE}城市生活垃圾处理中心"
    who, dept, post = "邝晚樵", "计量室", "司磅员"
    sh = _Sheet("自查表", [6, 16, 34, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 6)
    sh.add(f"姓{GAP * 2}名", who, "工作部门", dept, f"岗{GAP * 2}位", post)
    sh.add("参加工作时间", "2011年3月", "填表日期", datetime(2024, 9, 10), None, None)
    sh.add("序号", "风险点", "主要表现", "风险等级", "防控措施", "自查情况")
    rows = [
        ("过磅数据造假", "与清运单位串通,虚增进场垃圾吨位,多结算处理费", "高",
         "过磅数据由称重系统自动采集上传,不得手工录入,每月与清运台账核对。", "已落实"),
        ("磅单手工改写", "系统故障时手工开具磅单,事后改写重量", "高",
         "系统故障时停止过磅并报告,手工磅单由监磅人员和司机共同签字。", "已落实"),
        ("违规放行", "对夹带建筑垃圾、工业固废的车辆不检查即放行", "中",
         "进场车辆逐车查看,不符合进场要求的登记劝返并拍照留存。", "未发现问题"),
        ("收受好处", "收受清运车辆驾驶员香烟、现金等财物", "中",
         "磅房全程视频监控,严禁外来人员进入磅房。", "未发现问题"),
        ("台账不实", "过磅台账、票据不按班核对汇总", "低", "班后核对当班票据,台账按月装订归档。",
         "已落实"),
    ]  # fmt: skip
    for n, (point, shows, level, measures, found) in enumerate(rows, 1):
        sh.add(n, point, shows, level, measures, found)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    sh.add()
    sh.add("本人签名:", None, "部门负责人:", None, "中心审核:", None)
    return _layout(
        "landfill_weigher_selfcheck", "http://f.tikuw.cn/f/item?id=1834993041083064",
        "县城市生活垃圾处理中心 司磅员's 个人岗位廉政风险自查表 (tab 自查表) after the source's 司磅员注意事项 (电脑称重"
        "系统打印磅单、不能手工开票; 司磅员、监磅、司机签字; 台帐、票据班后核对): ``姓　　名 | 邝晚樵 | 工作部门 | 计量室 "
        "| 岗　　位 | 司磅员`` — the 科室 under the label ``工作部门`` — and ``参加工作时间 | 2011年3月 | 填表日期 | <a "
        "date cell>``; 序号/a short 风险点/``主要表现``/风险等级 高/中/低/防控措施/a trailing ``自查情况`` (``已落实``, "
        "``未发现问题``); no type column; 本人签名/部门负责人/中心审核 line",
        [sh], t,
    )  # fmt: skip


def termite_office_pledge() -> dict:
    unit = f"{PLACE}白蚁防治所"
    who, dept, post = "糜清禾", "防治股", "白蚁防治员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 4)
    sh.add("所在股室", dept, "岗位", post)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("新建房屋白蚁预防施药时减少药量、缩小处理范围,偷工减料", "一级",
         "施药前后拍照留存,药物用量按面积核算,由建设单位现场签字确认。"),
        ("私下承接白蚁灭治业务,收费不入单位账户", "一级",
         "灭治业务一律由所统一受理、签订合同、开具票据,严禁个人收费。"),
        ("包治期内复查走过场,对业主报修拖延不处理", "二级",
         "复查记录由业主签字,报修登记后三个工作日内上门处理。"),
        ("向建设单位推荐指定药物或施工队伍,从中收取好处", "二级",
         "防治药物由所统一采购,不向服务对象推荐任何单位和产品。"),
        ("接受服务对象宴请、礼品", "三级", "签订廉洁服务承诺,服务评价表随合同发放。"),
    ]  # fmt: skip
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures)
        t.point(sh.name, dept, post, who, "general", point, [], ORDINAL[level])
    _line(
        sh,
        "本人承诺:认真落实以上防控措施,廉洁服务,自觉接受单位和群众监督,如有违反,愿接受组织处理。",
        4,
    )
    _line(sh, f"承诺人（签字）：{who}{GAP * 6}2024年7月12日", 4)
    return _layout(
        "termite_office_pledge", "http://dshenderson.com/news/480.html",
        "县白蚁防治所 白蚁防治员's 岗位廉政风险防控承诺书 (tab 承诺书) after the source's 白蚁防治收费标准 (新建房屋预防"
        "施药范围, 装修预防, 包治期 and 每年复查, 灭治 收费, 保治基金): the title, ``所在股室 | 防治股 | 岗位 | 白蚁防治员`` "
        "and NO 姓名 field; ``序号 | 廉政风险点 | 风险等级 | 防控措施`` with ``一级/二级/三级``; a merged pledge; the holder "
        "named only in ONE merged cell at the foot that also holds the date, ``承诺人（签字）：糜清禾　　　　　　2024年7月12日``",
        [sh], t,
    )  # fmt: skip


def river_lake_office_annex2() -> dict:
    unit = f"{PLACE}河湖管理所"
    who, post = "扈晴川", "副所长"
    sh = _Sheet("Sheet1", [6, 22, 36, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", f"{post}（主持工作）", "岗位风险等级", "A")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("主持全所工作,负责三个湖泊的管理与保护", "湖区非法圈圩、非法采砂查处不力,对关系人网开一面",
         "岗位职责风险", "Ⅰ级", "巡查发现的问题登记编号,查处结果所务会通报,水政监察员轮换巡查湖区。"),
        (None, "湖泊管理站经费和巡查补助分配不经集体研究", "制度机制风险", "Ⅱ级",
         "经费分配方案经所务会研究,补助按考核结果发放并公示。"),
        ("负责入江水道堤防及涵闸的运行维护", "堤防、涵闸维修养护项目指定施工单位", "制度机制风险", "Ⅰ级",
         "维修养护项目按规定比选或招标,验收邀请县水务局参加。"),
        (None, "涵闸维修材料验收把关不严,虚报工程量", "业务流程风险", "Ⅱ级",
         "材料验收两人以上签字,工程量由监理和工程股共同计量。"),
        (None, "接受施工单位宴请、礼品礼金", "思想道德风险", "Ⅲ级", "签订廉洁协议,节日前开展廉洁提醒。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    first = len(sh.rows)
    big = [
        ("参与所务会决策", "大额资金使用不经所务会集体研究,个人说了算", "制度机制风险", "Ⅰ级",
         "大额资金使用提交所务会研究,会议纪要存档备查。"),
        (None, "人员调配、中层干部推荐不按程序", "制度机制风险", "Ⅱ级",
         "人员调配方案所务会研究并报县水务局备案。"),
    ]  # fmt: skip
    for n, (duty, point, kind, level, measures) in enumerate(big, 1):
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    for n in range(3, 5):
        sh.add(n, None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6, {REVIEWS[1]: ("同意。", "2024年6月20日")})
    _line(sh, NOTE, 6)
    return _layout(
        "river_lake_office_annex2", "https://www.ybaotk.com/t-28163.html",
        "县河湖管理所 acting head's 附件2 (tab Sheet1) after the source's account of a 县河湖管理所 that keeps the "
        "入江水道 堤防 and 涵闸 and three 湖泊 (湖泊管理股, 湖泊管理站, 湖区巡查, 水政监察员; 非法圈圩): "
        "``姓名 | 扈晴川 | 职务 | 副所长（主持工作） | 岗位风险等级 | A``; 序号 1–5, 分管工作 merged over two groups; "
        "``…风险`` types; ``Ⅰ级/Ⅱ级/Ⅲ级``; a merged ``“三重一大”方面`` row over rows 1–2 filled (分管工作 merged) and "
        "rows 3–4 holding only their printed number; the 领导小组 box signed ``同意。`` with a date, the 纪检组 box "
        "blank; 注",
        [sh], t,
    )  # fmt: skip


def rehab_hospital_pharmacy_annex3() -> dict:
    unit = f"{PLACE}康复医院"
    who, dept = "竺映雪", "药剂科"
    sh = _Sheet("附件3", [20, 20, 36, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "A")
    sh.add(*HEAD)
    rows = [
        ("药品遴选和采购计划", "科室申请→药事会审议→采购",
         "新进药品遴选中为特定企业品种说情、打招呼", "制度机制、外部环境", "Ⅰ级",
         "新进药品经药事管理与药物治疗学委员会无记名投票,结果院内公示。"),
        (None, "临时采购→审批", "以临时采购名义规避药事会审议,变相长期采购", "制度机制", "Ⅰ级",
         "临时采购限一次一患,同一品种超过三次的提交药事会审议。"),
        ("药品验收和库存管理", "入库验收→盘点", "药品验收不核对批号、效期,以次充好", "岗位职责",
         "Ⅱ级", "验收双人签字,批号、效期逐一录入系统。"),
        (None, "盘点→报损", "药品盘点不实,借报损名义私分药品", "岗位职责、业务流程", "Ⅱ级",
         "每月与财务科联合盘点,报损经分管院长审批。"),
        ("处方点评和用药统计", "统计→点评→反馈", "向医药代表提供医师用药量统计信息", "思想道德", "Ⅰ级",
         "用药统计数据专人管理,查询须经审批,医药代表实行预约接待。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年6月17日")})
    _line(sh, NOTE, 6)
    return _layout(
        "rehab_hospital_pharmacy_annex3", "http://www.boteman.cn/p-30035100.html",
        "县康复医院 药剂科's 附件3 (tab 附件3) after the source's 宁波药品回扣案 (a 医药代表's envelopes marked with "
        "病区名、药名 and sums; 药品回扣 hidden in 用药量): ``单位(盖章):宝应县康复医院`` over ``科室 | 药剂科 | 负责人 | "
        "竺映雪 | 岗位风险等级 | A``; 岗位职责 merged, 工作流程 with arrows, short types with TWO types in one cell on "
        "two rows (``制度机制、外部环境``, ``岗位职责、业务流程``), ``Ⅰ级/Ⅱ级``; one unused template row, the first "
        "review box signed, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def town_building_center_register() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, dept, post = "寇望舒", "村镇建设服务中心", "规划建设员"
    sh = _Sheet("登记表", [6, 16, 36, 8, 20, 20])
    t = _Truth(unit)
    _line(sh, f"{unit}干部职工岗位廉政风险防控登记表", 6)
    sh.add("姓名", who, "所在单位", f"{TOWN}{dept}", "职务", post)
    r = sh.add("序号", "工作事项", "风险点", "风险等级", "防控措施", None)
    sh.merge(r, 4, r, 5)
    rows = [
        ("农民建房审批", "对不符合村庄规划、超面积的建房申请出具同意意见", "高",
         "建房申请经村、中心两级审核,审批结果在村务公开栏公示。"),
        ("农民建房审批", "收受建房户好处,为其优先办理或放宽条件", "高",
         "办理时限公开,建房户可通过镇纪委监督电话反映。"),
        ("建房放线和竣工验收", "放线、验收不到现场,对超建部分不制止", "中",
         "放线、验收两人到场,拍照存档,超建情况上报镇综合执法部门。"),
        ("违法建设巡查", "巡查中发现违法建设不报告,或向当事人通风报信", "中",
         "巡查记录每日上传,发现问题二十四小时内上报。"),
        ("镇村小型工程管理", "小型工程质量检查走过场,为施工方签字", "低",
         "工程检查实行中心、村、监理三方签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, level, measures) in enumerate(rows, 1):
        r = sh.add(n, item, point, level, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    _merge_runs_same(sh, 1, first, len(sh.rows) - 1)
    sh.add()
    sh.add("本人签字:", None, "单位负责人:", None, "2024年5月", None)
    return _layout(
        "town_building_center_register", "http://m.jianbiaoku.com/webarbs/book/8328.shtml",
        "镇 村镇建设服务中心 规划建设员's 岗位廉政风险防控登记表 (tab 登记表) on the 镇's own template, after the source's "
        "民房建设规划管理 rules (建房申请 and 审批, 放线, 竣工验收, 违法建设): the title ``宝应县菱泽镇人民政府干部职工"
        "岗位廉政风险防控登记表``; ``姓名 | 寇望舒 | 所在单位 | 菱泽镇村镇建设服务中心 | 职务 | 规划建设员`` — the 镇's 中心 under "
        "the label ``所在单位``, written with the town; 序号/``工作事项`` (two rows merged)/风险点/风险等级 高/中/低/"
        "防控措施 (merged over two columns); no type column; 本人/单位负责人/date line",
        [sh], t,
    )  # fmt: skip


def sinopec_station_manager_card() -> dict:
    unit = f"中国石化销售股份有限公司江苏扬州{PLACE[:2]}石油分公司"
    who, dept, post = "郦远岫", f"{TOWN[:2]}加油站", "经理"
    sh = _Sheet("防控卡", [6, 12, 36, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险防控卡", 6)
    sh.add("姓名", who, "站点", dept, "职务", post)
    sh.add("岗位风险等级", "高", "入职时间", "2009年7月", "填卡日期", datetime(2024, 7, 20))
    sh.add("序号", "业务环节", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("油品进销存", "油品交接计量弄虚作假,虚报损耗、截留溢余", "业务流程风险", "高",
         "油品交接双人计量签字,损耗溢余每日上报,分公司按月稽核。"),
        ("加油卡业务", "违规为客户套取现金、虚开发票,收取好处", "制度机制风险", "高",
         "加油卡充值、开票全部通过系统办理,异常交易系统自动预警。"),
        ("非油品销售", "便利店商品进货指定供应商,收受回扣", "外部环境风险", "中",
         "非油品统一由分公司配送,站级不得自行采购。"),
        ("现金管理", "营业款不按时解缴,挪用周转", "岗位职责风险", "中",
         "营业款当日解缴银行,班结账款双人核对。"),
        ("员工考勤和绩效", "考勤、绩效打分优亲厚友,虚报加班", "思想道德风险", "低",
         "考勤系统打卡,绩效结果站内公示。"),
    ]  # fmt: skip
    for n, (step, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, step, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", None, "片区主管签字:", None, "2024年7月", None)
    return _layout(
        "sinopec_station_manager_card", "https://1mishu.com/haowen/338253.html",
        "石化 county branch 加油站 经理's 员工廉洁风险防控卡 (tab 防控卡) after the source's account of the 加油站经理 "
        "(once 加油站站长; 油票任务, 承上启下, 职业道德): title ``中国石化销售股份有限公司江苏扬州宝应石油分公司员工廉洁风险"
        "防控卡``; ``姓名 | 郦远岫 | 站点 | 菱泽加油站 | 职务 | 经理`` — the 站 under the label ``站点`` — and ``岗位风险"
        "等级 | 高 | 入职时间 | 2009年7月 | 填卡日期 | <a date cell>``; 序号/``业务环节``/风险点/风险类别 ``…风险``/风险等级 "
        "高/中/低/防控措施; 持卡人/片区主管/date line",
        [sh], t,
    )  # fmt: skip


def _merge_runs_same(sh: _Sheet, col: int, first: int, last: int) -> None:
    """Merge ``col`` over each run of equal values in rows ``first``..``last`` (the value kept in
    the run's first row, ``None`` under it, as Excel stores a merge)."""
    r = first
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][col] == sh.rows[r][col]:
            e += 1
        if e > r:
            for k in range(r + 1, e + 1):
                sh.rows[k][col] = None
            sh.merge(r, col, e, col)
        r = e + 1


LAYOUTS: list[dict] = [
    workers_palace_two_posts(),
    driving_test_examiner_card(),
    marriage_registrar_annex4(),
    landfill_weigher_selfcheck(),
    termite_office_pledge(),
    river_lake_office_annex2(),
    rehab_hospital_pharmacy_annex3(),
    town_building_center_register(),
    sinopec_station_manager_card(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch110-inbox"))
