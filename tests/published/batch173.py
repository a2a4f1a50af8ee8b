"""A hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — bodies of 泸县 that earlier
batches used seldom: the 县委统战部, the 工商联, the 价格认证中心, the 县委编办, the 文明办, the
国有资产事务服务中心, the 文联, the 教育考试中心, the 农村经济经营管理站 and the 经济和信息化局 —
each handing back its 一览表, 排查表 or 清单 the way its staff typed it (no re-saved copies):

- the 工商联's 清单 对岗不对人 under the title ``泸县工商业联合会（总商会）…`` (its other name in
  brackets), ``附件3`` and a ``说明：…`` line above the header, 岗位职责 merged per post, 一级/二级/三级;
- the 价格认证中心's 排查表 with NO 科室 column and the NAME BEFORE the post (``姓名 | 职务``), a
  ``填报单位（盖章）：… | 填报日期：…`` line, ``Ⅰ级/Ⅱ级/Ⅲ级``, types ``…风险``;
- the 县委编办's 一览表 whose post and holder stand LAST, ``责任岗位 | 责任人`` after the measures;
- the 国有资产事务服务中心's 一览表 whose leaders' 岗位 cells carry their duties in brackets
  (``副主任（分管资产配置股、资产处置股）``), the post being 副主任;
- the 文联's 一览表 whose 部门 include its magazine's ``《蟾湖》编辑部`` (book-title marks in the 科室)
  and a ``驻会副主席``, 一级/二级/三级;
- the 教育考试中心's 排查表 with no 科室 column — the posts carry their 科 (``考务科科长``) — the
  holder under ``责任人（签字）``;
- the 农经站's 排查表 whose 科室 come only as group rows with bracketed numerals ``（二）三资监管股``
  merged across the table, no 科室 column;
- the 经信局's workbook whose FIRST sheet is a ``统计表`` of counts per 股室 (``岗位数 | 风险点数 | 其中``
  over ``高风险 | 中风险 | 低风险``, a ``合计`` row), the list itself on the second sheet.

One is the shape this batch adds to what the README describes — a table pasted from Word:

- ``civilization_office_word_paste``: the 文明办's 一览表 copied from a Word document into Excel: the
  title left unmerged in ``A1``, ``序号`` typed ``1.``, and every 防控措施 of two or three paragraphs
  SPLIT over two or three rows, one paragraph a row, with 序号, 风险点 and 风险等级 merged down over the
  point's rows (科室, 岗位 and 姓名 over the person's), as Excel pastes a Word table.

One is harder:

- ``united_front_stacked_headers``: the 县委统战部's sheet holding TWO TABLES one under the other with
  DIFFERENT headers — ``一、部领导班子`` over ``序号 | 职务 | 姓名 | 分管工作 | 廉政风险点 | …``, a blank
  row, then ``二、股室工作人员`` over ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | …`` (the second, third
  and fourth columns meaning other things in each), 序号 starting again.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 统战部's functions and its work
with 党外人士, 民主党派, 宗教界人士 and 非公有制经济人士; a 县工商联 (总商会) and its 会员 and 商会; the
rules of 涉案财物价格鉴证 (委托, 受理, 勘验, 结论书); 机构编制实名制 and the 机构编制管理证; a 县's 文明
单位 总评 (推荐考评, 抽查); a 县's 行政事业性国有资产 rules (配置, 出租出借, 处置, 公物仓); a 县文联 with its
办公室, 组联部 and 编辑部 and its 文艺家协会; 中考 试卷 保密室 and 监考; a 农村经济经营管理站 on 三资 and
村账乡代理; 民爆 safety in the 工信 system) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented; every unit is a body
of 泸县.

Run ``python tests/published/score.py --set batch173`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b173_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- two tables on one sheet each read by its own header; the leaders' ``分管工作`` is no 科室 (the
  leaders have none), the caption rows ``一、部领导班子``/``二、股室工作人员`` no point;
- a post cell ``副主任（分管资产配置股、资产处置股）`` is the post 副主任 (the brackets its duties);
- ``《蟾湖》编辑部`` is the 科室 as written, marks and all;
- a group row ``（二）三资监管股`` names the 科室 of the rows under it;
- a Word table pasted into Excel is one point a merged 风险点 cell however many rows its measures
  take; the unmerged title in ``A1`` no point;
- the ``统计表`` sheet of counts is no form and no point (its ``高风险 | 中风险 | 低风险`` hold numbers);
- the ``（总商会）`` in the 工商联's title is the body's other name, no 科室;
- 部长/常务副部长/副部长 of the 统战部, 党组书记 and 专职副主席, 主任/副主任 of a 中心 or 办, 驻会副主席,
  站长/副站长 and 局长/副局长 are leaders; 股长, 科长, 部长 of a 部, 办公室主任 and ``考务科科长`` middle;
  the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b173_"
PLACE = "泸县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}


# --------------------------------------------------------------------------- harder layout


def united_front_stacked_headers() -> dict:
    unit = f"中共{PLACE}县委统一战线工作部"
    sh = _Sheet("Sheet1", [6, 14, 12, 18, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(None, None, None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 5, r, 7)
    _line(sh, "一、部领导班子", 8)
    sh.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("部长", "妫澄砚", "主持部务全面工作", [
            ("党外代表人士政治安排推荐人选不经部务会集体研究,个人说了算", "制度机制", "高",
             "推荐人选经部务会集体研究,考察情况书面报县委。"),
        ]),
        ("常务副部长", "却沅芷", "分管办公室、党派和知识分子工作股", [
            ("统战工作经费审批把关不严,超范围列支", "制度机制", "高",
             "经费支出按预算执行,大额支出部务会研究,年终公开。"),
        ]),
        ("副部长", "展鹤汀", "分管民族宗教股、经济和新的社会阶层工作股", [
            ("宗教活动场所设立审核、宗教教职人员备案中收受好处", "外部环境", "高",
             "审核材料两人以上现场核实,审核意见集体研究。"),
            ("少数民族发展资金项目安排不公开", "业务流程", "中", "项目申报条件和安排结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, duty, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    _line(sh, "二、股室工作人员", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    staff = [
        ("办公室", "主任", "亢晴岫", "middle", "公务接待、会议费用超标准列支", "制度机制", "中",
         "接待、会议先审批后实施,费用清单按月公示。"),
        ("办公室", "会计", "索砚青", "general", "统战工作经费报账审核不严,虚列支出", "岗位职责", "高",
         "报账凭证经办、审核、审批三级把关,附活动通知和签到表。"),
        ("党派和知识分子工作股", "股长", "匡柏舟", "middle", "党外知识分子联谊会活动经费虚报参加人数",
         "岗位职责", "中", "活动签到、照片存档,经费据实报销。"),
        ("民族宗教股", "股长", "巴若澈", "middle", "宗教活动场所年检走过场,对违规问题不报告", "岗位职责", "高",
         "年检两人以上实地检查,检查记录存档,问题限期整改。"),
        ("经济和新的社会阶层工作股", "股长", "戎拾遗", "middle",
         "非公经济人士综合评价中收受好处,出具不实意见", "外部环境", "高",
         "综合评价征求相关部门意见,评价结果部务会审定。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(staff, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "united_front_stacked_headers", "http://keywords.china.org.cn/2024-12/12/content_117598849.html",
        "(harder) 县委统战部 岗位廉政风险防控一览表, after the source's account of a 党委统战部 (参谋、组织协调、具体执行、"
        "督促检查; 民主党派成员, 无党派人士, 党外知识分子, 少数民族人士, 宗教界人士, 非公有制经济人士): ONE sheet with "
        "TWO TABLES one under the other and DIFFERENT headers — a caption ``一、部领导班子`` over ``序号 | 职务 | 姓名 | "
        "分管工作 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施`` (职务, 姓名, 分管工作 merged per leader), a blank row, a "
        "caption ``二、股室工作人员`` over ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | …`` (股室 merged, 岗位 and 姓名 per "
        "person) — columns B–D meaning other things in each table — 序号 starting again at 1; short type names, 高/中/低; "
        "``填报时间：…`` above, 填表人/审核人/date below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def civilization_office_word_paste() -> dict:
    unit = f"{PLACE}精神文明建设委员会办公室"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 8, 40])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险防控一览表")  # a Word paragraph pasted: A1 only, not merged
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险\n等级", "防控措施")
    rows = [
        ("办领导", "主任", "乜寒汀", "leader", "文明单位评选推荐中降低标准,照顾关系单位", "高", [
            "1.评选标准和推荐名单在县政府网站公示;", "2.测评结果经县文明委集体审定;",
            "3.公布监督电话,接受社会举报。"]),
        ("办领导", "副主任", "莘晓渡", "leader", "文明城市创建专项经费分配不经集体研究", "高", [
            "1.经费分配方案经办务会集体研究;", "2.经费使用情况年终公开。"]),
        ("创建指导科", "科长", "糜溪客", "middle", "文明村镇测评打分不客观,接受被测评单位宴请", "中", [
            "1.测评实行双人打分、交叉复核;", "2.测评期间不接受被测评单位安排的食宿;",
            "3.测评结果反馈被测评单位。"]),
        ("创建指导科", "科员", "巩浣月", "general", "创建台账资料审核走过场", "低", [
            "1.资料审核留存审核记录;", "2.科长随机抽查。"]),
        ("志愿服务科", "科长", "鞠照野", "middle", "志愿服务项目补助资金审核不严,虚报服务时长", "中", [
            "1.服务时长以系统记录为准;", "2.补助名单公示五个工作日。"]),
        ("志愿服务科", "科长", "鞠照野", "middle", "道德模范、身边好人推荐人选不经公示", "中", [
            "1.推荐人选在所在村(社区)、单位公示;", "2.推荐材料经办务会审定。"]),
        ("综合科", "会计", "酆暮雨", "general", "创建宣传品制作采购不比价", "低", [
            "1.宣传品制作三家以上询价;", "2.验收两人签字,票据附询价记录。"]),
    ]  # fmt: skip
    first = len(sh.rows)
    spans = []  # (first row, last row) of each point
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        top = len(sh.rows)
        sh.add(f"{n}.", dept, post, who, point, lv, measures[0])
        for m in measures[1:]:
            sh.add(None, None, None, None, None, None, m)
        spans.append((top, len(sh.rows) - 1))
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    # each point's own cells merged over the rows its measures take
    for top, bottom in spans:
        for c in (0, 4, 5):
            sh.merge(top, c, bottom, c)
    # the 科室 over its rows, 岗位 and 姓名 over the person's rows (as they were merged in Word)
    last = len(sh.rows) - 1
    owner = []  # each row's point
    for k, (top, bottom) in enumerate(spans):
        owner += [k] * (bottom - top + 1)
    for col, key in (
        (1, lambda k: rows[k][0]),
        (2, lambda k: rows[k][:3]),
        (3, lambda k: rows[k][:3]),
    ):
        r = first
        while r <= last:
            e = r
            while e < last and key(owner[e + 1 - first]) == key(owner[r - first]):
                e += 1
            if e > r:
                for k in range(r + 1, e + 1):
                    sh.rows[k][col] = None
                sh.merge(r, col, e, col)
            r = e + 1
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "2024年8月", None)
    return _layout(
        "civilization_office_word_paste", "https://taswhg.com/qztaswhgcom/wmcj/201706/t20170601_4325335.htm",
        "县文明办 岗位廉政风险防控一览表 after the source's account of a 县's 文明单位 (村镇、学校、社区) 总评 (推荐考评 by the "
        "县委文明办, 抽查 of 文明村, 考评标准): a table COPIED FROM WORD into Excel — the title left in ``A1`` unmerged, "
        "序号 typed ``1.``, ``风险⏎等级`` in the header, and each 防控措施 of two or three paragraphs SPLIT over two or three "
        "rows (one paragraph a row) with 序号, 风险点 and 风险等级 merged down over the point's rows and 科室 (办领导, "
        "创建指导科, 志愿服务科, 综合科), 岗位 and 姓名 over the person's; no type column; 高/中/低; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chamber_commerce_posts() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("清单", [6, 12, 12, 24, 34, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}（总商会）岗位廉政风险防控清单", 7)
    _line(sh, "说明：本清单对岗不对人，岗位人员调整后由接任人员承接本岗位风险防控责任。", 7)
    sh.add("序号", "部门", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("领导班子", "党组书记", "主持机关全面工作,负责党建和党风廉政建设", "leader",
         "机关重大事项、大额资金使用不经党组集体研究", "一级", "严格执行“三重一大”集体决策制度,会议纪要存档。"),
        ("领导班子", "党组书记", "主持机关全面工作,负责党建和党风廉政建设", "leader",
         "推荐非公经济人士作人大代表、政协委员人选时优亲厚友", "一级", "推荐人选征求统战、纪检等部门意见,结果公示。"),
        ("领导班子", "专职副主席", "协助抓会员发展和商会组织建设", "leader",
         "行业商会、异地商会成立前审查把关不严", "二级", "成立申请两人以上审查,审查意见报党组研究。"),
        ("办公室", "主任", "负责机关财务、后勤和公文运转", "middle", "机关经费报销审核不严", "二级",
         "报销凭证三级审核,每季度内部公开。"),
        ("办公室", "主任", "负责机关财务、后勤和公文运转", "middle", "公务用车使用登记不全", "三级",
         "用车先审批后派车,行驶记录按月核对。"),
        ("会员部", "部长", "负责会员发展、会员服务和会费收缴", "middle", "会费收缴不开票、不入账", "一级",
         "会费统一开具票据,按月入账并与会员名册核对。"),
        ("会员部", "部长", "负责会员发展、会员服务和会费收缴", "middle", "会员企业评先评优推荐不公", "二级",
         "推荐条件公开,推荐名单经党组研究并公示。"),
        ("经济联络部", "部长", "负责招商推介、会员企业展销和对外联络", "middle",
         "组织会员企业参加推介、展销活动时向企业摊派费用", "二级", "活动费用按规定列支,不得向企业摊派,活动结束公开收支。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "2024年7月", None)
    return _layout(
        "chamber_commerce_posts",
        "https://jendow.com.tw/wiki/%E6%9F%98%E5%9F%8E%E7%B8%A3%E5%B7%A5%E5%95%86%E8%81%AF",
        "县工商联 岗位廉政风险防控清单 对岗不对人 after the source's account of a 縣工商業聯合會 (人民團體和民間商會, 會員, "
        "行業商會、異地商會, 主席, 常委, 執委): ``附件3``, the title ``泸县工商业联合会（总商会）岗位廉政风险防控清单`` with "
        "the body's OTHER NAME in brackets, a merged ``说明：本清单对岗不对人，…`` line above the header; 序号/部门 merged "
        "(领导班子, 办公室, 会员部, 经济联络部)/岗位 and 岗位职责 merged per post/廉政风险点/风险等级 一级/二级/三级/防控措施; no "
        "names anywhere, no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def price_center_name_first() -> dict:
    unit = f"{PLACE}价格认证中心"
    sh = _Sheet("排查表", [6, 10, 10, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, "填报日期：2024年10月12日", None, None
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("劳映川", "主任", "leader", "涉案财物价格认定结论审批把关不严,受人情干扰", "思想道德风险", "Ⅰ级",
         "认定结论实行集体审议,审议意见存档备查。"),
        ("劳映川", "主任", "leader", "认定人员指派不轮换,固定指派关系人员", "制度机制风险", "Ⅱ级",
         "认定人员按名册轮流指派,指派记录每季度公开。"),
        ("冷疏桐", "副主任", "leader", "价格认定复核走过场,对明显偏离市场价格的结论不纠正", "岗位职责风险", "Ⅰ级",
         "复核逐项核对市场调查资料,复核意见书面签署。"),
        ("易鹤眠", "认定员", "general", "实物勘验不到场,凭委托方资料出具结论", "业务流程风险", "Ⅰ级",
         "勘验两人以上到场,勘验记录拍照存档。"),
        ("易鹤眠", "认定员", "general", "向当事人泄露认定进展和结论", "外部环境风险", "Ⅱ级",
         "认定资料专柜保管,结论书只送达委托机关。"),
        ("闫听澜", "会计", "general", "认定工作经费报账凭证不全", "制度机制风险", "Ⅲ级",
         "报账凭证附认定委托书编号,主任审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, None)
    return _layout(
        "price_center_name_first", "http://ask.fsou.com/html/text/lar/171186/17118606_2.html",
        "县价格认证中心 廉政风险点排查表 after the source's rules on 涉案财物价格鉴证 (委托, 受理, 调查、勘验、测算, 结论书, "
        "送达; 举报 to the 价格主管部门): title, a ``填报单位（盖章）：泸县价格认证中心 | 填报日期：2024年10月12日`` line, then "
        "序号/the NAME FIRST — ``姓名 | 职务`` merged per person — /风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "NO 科室 column (a small 中心); 单位负责人/填表人 below",
        [sh], t,
    )  # fmt: skip


def staffing_office_holder_last() -> dict:
    unit = f"中共{PLACE}县委机构编制委员会办公室"
    sh = _Sheet("一览表", [6, 14, 34, 10, 8, 34, 12, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "风险点", "风险类型", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("办领导", "主任", "储望禾", "leader", "机构编制事项调整方案不经编委会研究即上报", "制度机制", "高",
         "机构编制事项一律提交编委会研究,会议纪要存档。"),
        ("办领导", "副主任", "卓云岫", "leader", "事业单位法人登记、变更审核把关不严", "岗位职责", "中",
         "登记材料两人审核,审核意见副主任签署。"),
        ("机构编制股", "股长", "蔚清漪", "middle", "核定编制时为关系单位多核编制、领导职数", "岗位职责", "高",
         "核编依据和结果在编委会上逐项说明,结果抄送组织、财政、人社部门。"),
        ("机构编制股", "股长", "蔚清漪", "middle", "机构编制实名制信息更新不及时,出现超编进人", "业务流程", "中",
         "进人前核查空编,实名制信息每月与工资数据比对。"),
        ("事业单位登记管理股", "股长", "俞拾秋", "middle", "事业单位年度报告公示审查流于形式", "业务流程", "低",
         "年度报告随机抽查,抽查结果公开。"),
        ("综合股", "科员", "嵇晚舟", "general", "机构编制档案查阅不登记,泄露人员信息", "思想道德", "中",
         "档案查阅登记审批,专人专柜保管。"),
        ("综合股", "科员", "嵇晚舟", "general", "实名制系统账号密码管理不严", "制度机制", "低",
         "账号实名使用,密码定期更换,操作日志留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, point, typ, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: (row[1], row[6], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, per_person), (7, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "staffing_office_holder_last", "http://jinta.gsjgbz.gov.cn/jtx_bzcs/201305/t20130529_55711.html",
        "县委编办 岗位廉政风险防控一览表 after the source's account of 机构编制实名制 (定编到人, 编制数额和配备人员名单公示; "
        "the 机构编制管理证 as the basis of 法人登记, 编制使用, 经费核拨): 序号/股室 merged (办领导, 机构编制股, 事业单位登记"
        "管理股, 综合股)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 and only THEN ``责任岗位 | 责任人`` — the post "
        "and the holder the LAST two columns, merged per person; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def state_assets_duties_in_post() -> dict:
    unit = f"{PLACE}国有资产事务服务中心"
    sh = _Sheet("Sheet1", [6, 12, 18, 9, 32, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任（主持中心全面工作）", "主任", "阚霁月", "leader",
         "公物仓资产调剂不经集体研究,向关系单位倾斜", "制度机制", "高", "调剂方案经主任办公会研究,调剂结果公开。"),
        ("中心领导", "副主任（分管资产配置股、资产处置股）", "副主任", "庾南溪", "leader",
         "资产处置评估机构选定不按规定比选", "业务流程", "高", "评估机构从名录库随机抽取,抽取过程留痕。"),
        ("中心领导", "副主任（分管资产配置股、资产处置股）", "副主任", "庾南溪", "leader",
         "行政事业单位房屋出租审批把关不严,租金低于评估价", "岗位职责", "高",
         "出租一律公开招租,租金不低于评估价,合同报中心备案。"),
        ("资产配置股", "股长", "股长", "仝问渠", "middle", "新增资产配置预算审核不严,超标准配置", "岗位职责", "中",
         "配置预算对照标准逐项审核,超标准的退回。"),
        ("资产处置股", "股长", "股长", "璩采薇", "middle", "报废资产残值不公开拍卖,低价处置", "外部环境", "高",
         "残值处置进入公共资源交易平台公开拍卖。"),
        ("资产处置股", "科员", "科员", "暨沧浪", "general", "资产处置收入上缴不及时", "制度机制", "中",
         "处置收入按月核对,及时上缴国库。"),
        ("综合股", "出纳", "出纳", "邰听雪", "general", "资产收益资金坐收坐支", "制度机制", "中",
         "收益资金全额入账,收支两条线管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, shown, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, shown, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年5月", None)
    return _layout(
        "state_assets_duties_in_post",
        "http://yangxian.gov.cn/yxzf/yxzwgk/zfwj/zfbwj/202503/80c3070ff9374ae6865dede5ee681fa7.shtml",
        "县国有资产事务服务中心 岗位廉政风险点一览表 after the source's 县级行政事业性国有资产管理暂行办法 (配置, 使用, 出租出借, "
        "处置, 收益; 资产 from 财政资金, 调拨, 捐赠): 序号/股室 merged (中心领导, 资产配置股, 资产处置股, 综合股)/岗位/姓名 — "
        "the two merged per person — the leaders' 岗位 cells carrying their duties in brackets, ``主任（主持中心全面工作）``, "
        "``副主任（分管资产配置股、资产处置股）`` (the post 主任, 副主任)/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def arts_federation_magazine_dept() -> dict:
    unit = f"{PLACE}文学艺术界联合会"
    sh = _Sheet("Sheet1", [6, 14, 12, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("文联领导", "驻会副主席", "牟砚田", "leader", "文艺创作扶持资金评审不公开,向熟人作品倾斜", "制度机制风险",
         "一级", "扶持项目专家评审,评审结果公示。"),
        ("文联领导", "驻会副主席", "牟砚田", "leader", "文代会代表、协会理事推荐人选把关不严", "岗位职责风险", "二级",
         "推荐人选征求协会意见,经主席办公会研究。"),
        ("办公室", "主任", "靳漱石", "middle", "文艺惠民演出经费报账审核不严", "岗位职责风险", "二级",
         "演出经费凭演出协议、签到和影像资料报账。"),
        ("组联部", "部长", "戚半夏", "middle", "文艺家协会会员发展审核把关不严,收取好处", "外部环境风险", "一级",
         "入会申请两人审核,新会员名单公示。"),
        ("组联部", "部长", "戚半夏", "middle", "协会换届、年审指导中违规插手协会人事", "思想道德风险", "二级",
         "换届人选由协会按章程产生,组联部只作程序指导。"),
        ("《蟾湖》编辑部", "编辑", "荀梦溪", "general", "稿件采用、稿费发放中优亲厚友", "思想道德风险", "二级",
         "稿件三审,稿费标准和发放明细公开。"),
        ("《蟾湖》编辑部", "编辑", "荀梦溪", "general", "刊物印刷不比价,收受印刷厂回扣", "外部环境风险", "一级",
         "印刷服务政府采购,验收两人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年10月", None)
    return _layout(
        "arts_federation_magazine_dept", "http://nxwl.org.cn/wlgk/ttwy/sxq/202101/t20210125_524648.html",
        "县文联 岗位廉政风险防控一览表 after the source's account of a 县文联 (文代会, 作家协会、书法家协会、美术家协会… 九个"
        "文艺家协会, 文联机关下设办公室、组联部和《六盘人家》编辑部, a 文艺季刊): 序号/部门 merged (文联领导, 办公室, 组联部, "
        "and the magazine's ``《蟾湖》编辑部`` — book-title marks in the 科室)/岗位 (a ``驻会副主席``) and 姓名 merged per person/"
        "风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def exam_center_post_carries_section() -> dict:
    unit = f"{PLACE}教育考试中心"
    sh = _Sheet("排查表", [6, 14, 12, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "责任人（签字）", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "殳照晴", "leader", "考点设置、考务人员选聘不经集体研究", "制度机制风险", "高",
         "考点设置和考务人员名单经中心会议研究,报教育局备案。"),
        ("副主任", "濮叙白", "leader", "考务费发放标准执行不严,多发、冒领", "制度机制风险", "中",
         "考务费按标准造册,签字领取,发放明细公开。"),
        ("考务科科长", "郦叩云", "middle", "监考、巡视人员安排照顾关系,应回避未回避", "岗位职责风险", "高",
         "考务人员签订回避承诺,随机编排考场。"),
        ("考务科科长", "郦叩云", "middle", "考生报名资格审核把关不严", "业务流程风险", "中",
         "报名资格两人审核,审核结果网上可查。"),
        ("保密室管理员", "祁素商", "general", "试卷接收、保管、分发交接手续不全", "岗位职责风险", "高",
         "试卷交接双人签字,保密室24小时值守和视频监控。"),
        ("保密室管理员", "祁素商", "general", "保密室值班记录不实", "制度机制风险", "中",
         "值班记录与视频监控每日核对。"),
        ("招生科科员", "栾听枫", "general", "录取信息、考生成绩提前泄露", "思想道德风险", "高",
         "成绩和录取信息按规定时间统一发布,查询权限分级设置。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("中心负责人签字：", None, None, "填报日期：2024年4月", None, None, None)
    return _layout(
        "exam_center_post_carries_section", "http://www.whxmylgc.com/e/20170611/593cd78c7fabe_2.shtml",
        "县教育考试中心 廉政风险点排查表 after the source's account of 中考 试卷 security (专人专车押送, 保密室 内外套间 and "
        "24小时值班, 两名监考老师 领取试题 and 签字): NO 科室 column — the posts carry their 科 (``考务科科长``, ``招生科科员``, "
        "``保密室管理员``, 主任, 副主任) — the holder under ``责任人（签字）`` (names typed in), 岗位 and 责任人 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 中心负责人签字/填报日期 below",
        [sh], t,
    )  # fmt: skip


def rural_economy_bracket_groups() -> dict:
    unit = f"{PLACE}农村经济经营管理站"
    sh = _Sheet("排查表", [8, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("（一）", "站领导", [
            ("站长", "雍晏宁", "leader", "农村集体三资监管专项检查发现问题不报告、不处理", "岗位职责风险", "高",
             "检查问题清单报站务会研究,整改情况跟踪销号。"),
            ("站长", "雍晏宁", "leader", "村级财务审计结论受人情干扰", "思想道德风险", "高",
             "审计实行交叉审计,审计结论集体审定。"),
            ("副站长", "禤若谷", "leader", "农村土地承包经营纠纷调解仲裁偏袒一方", "外部环境风险", "中",
             "仲裁实行回避制度,仲裁庭合议作出裁决。"),
        ]),
        ("（二）", "三资监管股", [
            ("股长", "昝拂衣", "middle", "村集体资产资源发包、租赁监管不到位,低价发包", "业务流程风险", "高",
             "发包、租赁一律进入农村产权交易平台公开交易。"),
            ("会计", "冼耕云", "general", "村账乡代理记账中审核原始凭证不严", "岗位职责风险", "中",
             "原始凭证逐张审核,不合规凭证退回并登记。"),
        ]),
        ("（三）", "土地承包管理股", [
            ("股长", "逄晚晴", "middle", "土地经营权流转合同鉴证把关不严", "岗位职责风险", "中",
             "流转合同两人审核,鉴证结果登记备案。"),
        ]),
        ("（四）", "财务室", [
            ("出纳", "鄂澹如", "general", "站内经费现金管理不规范,白条抵库", "制度机制风险", "低",
             "现金日清月结,站长每月抽盘。"),
        ]),
    ]  # fmt: skip
    n = 0
    for mark, dept, rows in groups:
        _line(sh, f"{mark}{dept}", 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "2024年11月", None)
    return _layout(
        "rural_economy_bracket_groups", "https://fx361.cc/page/2014/0815/18492323.shtml",
        "县农村经济经营管理站 廉政风险点排查表 after the source's account by a 农村经济经营管理站 of 农村三资 (村自管 and 乡代管, "
        "资金、资产、资源 management, 发包 and 承包): NO 科室 column — the 科室 come only as GROUP ROWS merged across the table "
        "with bracketed numerals, ``（一）站领导``, ``（二）三资监管股``, ``（三）土地承包管理股``, ``（四）财务室`` — 序号 running on, "
        "岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def industry_bureau_count_sheet() -> dict:
    unit = f"{PLACE}经济和信息化局"
    t = _Truth(unit)
    rows = [
        ("局领导", "局长", "麦承曦", "leader", "企业技术改造专项资金分配不经党组集体研究", "制度机制风险", "高",
         "资金分配方案经党组会研究,分配结果公示。"),
        ("局领导", "副局长", "詹抱朴", "leader", "工业项目入园评审中打招呼、递条子", "思想道德风险", "高",
         "入园评审专家随机抽取,说情打招呼登记报告。"),
        ("局领导", "副局长", "詹抱朴", "leader", "民爆物品安全监管检查走过场", "岗位职责风险", "中",
         "检查两人以上,检查记录和隐患清单存档。"),
        ("工业发展股", "股长", "佘渡川", "middle", "工业发展奖补资金申报材料审核不严", "岗位职责风险", "高",
         "申报材料初审、复审两级审核,拟补名单公示。"),
        ("工业发展股", "科员", "缪观澜", "general", "奖补项目现场核查不到位,凭企业资料核定", "业务流程风险", "中",
         "现场核查拍照留存,设备发票与实物逐一核对。"),
        ("民爆安全股", "股长", "扈知秋", "middle", "民爆企业隐患整改验收把关不严", "外部环境风险", "中",
         "整改验收现场核实,验收意见股室集体研究。"),
        ("办公室", "主任", "谯鸣泉", "middle", "机关公务接待超标准", "制度机制风险", "低",
         "接待先审批后接待,接待清单按月公示。"),
    ]  # fmt: skip
    # the count sheet: one line a 股室 (posts, points, of them 高/中/低), then 合计
    count = _Sheet("统计表", [6, 14, 10, 10, 8, 8, 8, 16])
    _line(count, f"{unit}岗位廉政风险点统计表", 8)
    a = count.add("序号", "股室", "岗位数", "风险点数", "其中", None, None, "备注")
    b = count.add(None, None, None, None, "高风险", "中风险", "低风险", None)
    for c in (0, 1, 2, 3, 7):
        count.merge(a, c, b, c)
    count.merge(a, 4, a, 6)
    depts = list(dict.fromkeys(r[0] for r in rows))
    totals = [0, 0, 0, 0, 0]
    for n, dept in enumerate(depts, 1):
        mine = [r for r in rows if r[0] == dept]
        posts = len({(r[1], r[2]) for r in mine})
        by = [sum(1 for r in mine if r[6] == lv) for lv in ("高", "中", "低")]
        line = [posts, len(mine), *by]
        totals = [x + y for x, y in zip(totals, line, strict=True)]
        count.add(n, dept, *line, None)
    r = count.add("合计", None, *totals, None)
    count.merge(r, 0, r, 1)
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 14, 8, 34])
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年9月", None)
    return _layout(
        "industry_bureau_count_sheet", "https://www.suizhoushi.com/article-57321-1.html",
        "县经济和信息化局 岗位廉政风险点一览表 after the source's account of 民爆行业 (工信 safety oversight of 民爆 makers, 信息化"
        "和工业化融合): TWO sheets — FIRST a ``统计表`` of counts per 股室, ``序号 | 股室 | 岗位数 | 风险点数 | 其中 | 备注`` with "
        "``其中`` over ``高风险 | 中风险 | 低风险`` (numbers), a ``合计`` row; THEN the ``一览表``: 序号/股室 merged (局领导, 工业"
        "发展股, 民爆安全股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施. Only the "
        "second sheet holds forms",
        [count, sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    united_front_stacked_headers(),
    civilization_office_word_paste(),
    chamber_commerce_posts(),
    price_center_name_first(),
    staffing_office_holder_last(),
    state_assets_duties_in_post(),
    arts_federation_magazine_dept(),
    exam_center_post_carries_section(),
    rural_economy_bracket_groups(),
    industry_bureau_count_sheet(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch173-inbox"))
