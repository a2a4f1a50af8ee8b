"""A hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by
staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of 合江县 (the
镇 an invented 榉湾镇, the 司法所 an invented 蕖塘司法所):

- the 农业机械化服务中心 副主任's 附件2 on a tab named ``附件2``, 分管工作 merged per duty, ``…风险``
  types, ``Ⅰ级/Ⅱ级/Ⅲ级``, the ``“三重一大”方面`` line typed in the 分管工作 column alone (not merged)
  and the 序号 under it starting AGAIN at 1;
- the 卫生健康综合行政执法大队's 附件3 of its 公共卫生监督中队, the template's label altered to
  ``科室（中队）``, the 工作流程 column left EMPTY on every row;
- the 荔枝产业发展服务中心 技术员's 附件4 whose ``所在科室及职务`` value is typed on two lines
  (``技术推广股⏎技术员``, Alt+Enter), 一级/二级/三级;
- the 文物保护管理所 文物保管员's 防控卡 with a merged ``岗位职责`` line, ``★★★/★★/★`` and the note
  that reads them, a ``备注`` (``新增``) and a 监督举报电话 line;
- the 司法局's 蕖塘司法所 所长's 防控卡 under ``单位：合江县司法局蕖塘司法所`` (the 局 the unit, its 所
  the 科室), ``持卡人 | … | 职务 | … | 政治面貌 | …``, ``高风险/中风险/低风险``;
- the 城市管理和综合行政执法局 执法队员's 廉洁执法承诺书: ``承诺人 | … | 所在中队 | … | 岗位 | …``,
  ``执法环节`` merged, ``廉政风险点``, the measures headed ``承诺措施``, no type column, and the
  signature line typed ``承诺人（签名）：扈澄渝``;
- the 特殊教育学校's two 自查表, one a sheet (tabs the names), labels with a half-width space
  (``姓 名``, ``处 室``, ``职 务``), the compound surname 闾丘;
- the 粮食储备有限公司 保管员's 登记表 whose ONLY risk column is ``风险描述`` (beside ``风险环节``), a
  ``岗位风险等级`` ticked ``□一级　☑二级　□三级`` and a date cell.

The shape this batch adds to what the README describes:

- ``arbitration_side_panel``: the 劳动人事争议仲裁院 仲裁员's 防控卡 whose holder's fields stand in a
  PANEL LEFT of the table, in the same rows — ``持卡人信息`` over ``姓　　名 | 郄澹宁``, ``部　　门 |
  仲裁一庭``, ``岗　　位 | 仲裁员``, ``岗位风险等级 | 二级``, a ``照片`` box and ``监督电话`` in columns
  A–B — an empty column C, and the title and the table in columns D–H beside it (the title over the
  table only), as a landscape card prints its holder's box beside the list.

One is harder:

- ``township_finance_unit_person``: the 镇's 财政所 报账员's 自查表 whose holder is named only in the
  line ``填报单位（人）：榉湾镇财政所　邰禾樾`` — the 站所 and, after a full-width space, the holder,
  with no label of her own — over ``岗位 | 报账员 | 岗位风险等级 | 二级``; no 姓名 anywhere.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; most pages describe their subject in prose (a
乡财政所's 村级财务内审; the rules of 劳动人事争议仲裁 (回避, 举证, 调查取证, 仲裁期限, 送达, 归档);
a 农机管理站's 抽查核实 of 补贴机具; what a 卫生执法大队 does (公共场所, 饮用水, 投诉, 非法行医); 合江's
荔枝 and its 高换改良; a county's 文保单位 巡查 and 业余文保员; the 司法所's 人民调解, 社区矫正 and
法律服务; a 城管局's 执法承诺书; a city's 学校采购 专项治理 (食堂, 校服, 验收); a 粮食库存 大清查 (账实
相符, 轮换, 出入库)) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch174`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b174_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (a 局's 所长 and a school's 主任 middle; 仲裁员, 文物保管员, 执法队员,
  报账员, 会计, 保管员 general);
- ``填报单位（人）：榉湾镇财政所　邰禾樾`` names the 科室 (the 镇's 财政所, the town's name before it no
  part of it) and the holder; the unit is the title's 镇人民政府;
- the fields of a panel beside the table (``姓　　名 | 郄澹宁`` …) are the card's holder, 科室 and post,
  though they stand in the table's rows; ``持卡人信息``, ``照片`` and ``监督电话`` are no points;
- ``科室（中队）`` is the 科室 label; an empty 工作流程 column is no field of any point;
- a ``所在科室及职务`` value on two lines is the 科室 (first line) and the post (second);
- a ``“三重一大”方面`` line in one column is no point; the 序号 starting again under it changes nothing;
- ``风险描述`` as the only risk column is the point; ``风险环节`` is the step it lies in;
- a ticked ``岗位风险等级`` (``□一级　☑二级　□三级``), ``政治面貌``, the ``备注``, the star legend and the
  pledge lines are no points, holders or posts.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch138 import HEAD, NOTE, REVIEWS, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b174_"
PLACE = "合江县"
TOWN = "榉湾镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def township_finance_unit_person() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, dept, post = "邰禾樾", "财政所", "报账员"
    sh = _Sheet("Sheet1", [6, 18, 36, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}干部职工岗位廉政风险自查表", 6)
    r = sh.add(
        f"填报单位（人）：{TOWN}{dept}{GAP}{who}", None, None, None, "填报时间：2024年8月", None
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("岗位", post, "岗位风险等级", "二级", None, None)
    sh.add("序号", "工作事项", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村级财务代理记账", "村级报账票据审核不严，为白条、无审批手续的支出入账", "岗位职责风险", "高",
         "村级报账实行村务监督委员会审查、所长复核，不合规票据一律退回。"),
        ("村级财务代理记账", "代管村集体资金时公款私存、挪用", "思想道德风险", "高",
         "村集体资金统一存入代管专户，每月与银行对账并报镇纪委备案。"),
        ("惠农补贴资金发放", "惠农“一卡通”补贴信息录入不核对，冒名或重复发放", "业务流程风险", "中",
         "补贴名册经村公示、所内双人核对后录入，发放结果在村务公开栏公示。"),
        ("镇机关公用经费报账", "超标准、超范围报销差旅费和公务接待费", "制度机制风险", "中",
         "报销按标准逐项审核，接待费凭公函和接待清单报销。"),
        ("镇机关公用经费报账", "空白收据、票据保管不善，遗失不报", "制度机制风险", "低",
         "票据专柜保管，领用、核销逐本登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("本人签字：", None, "所长审核：", None, "镇纪委审核：", None)
    return _layout(
        "township_finance_unit_person", "https://auditcn.com/Item/196586.aspx",
        "(harder) 镇 财政所 报账员's 岗位廉政风险自查表 after the source's account of a 乡's 村级财务内审 (乡财政所 and its "
        "“三资”代管中心, 白条, 报账审核, 财务公开): the title ``合江县榉湾镇人民政府干部职工岗位廉政风险自查表``, then the "
        "holder named ONLY in a merged line ``填报单位（人）：榉湾镇财政所　邰禾樾`` — the 站所 with the town's name before "
        "it and, after a full-width space, the holder, no label of her own — beside ``填报时间：2024年8月``, over "
        "``岗位 | 报账员 | 岗位风险等级 | 二级``; no 姓名 anywhere; 序号/工作事项 merged/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; 本人签字 (blank)/所长审核/镇纪委审核",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the shape this batch adds


def arbitration_side_panel() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    who, dept, post = "郄澹宁", "仲裁一庭", "仲裁员"
    sh = _Sheet("防控卡", [12, 12, 2, 6, 34, 11, 9, 34])
    t = _Truth(unit)
    r = sh.add("持卡人信息", None, None, f"{unit}岗位廉政风险防控卡", None, None, None, None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 3, r, 7)
    panel = [
        (f"部{GAP * 2}门", dept),
        (f"岗{GAP * 2}位", post),
        ("岗位风险等级", "二级"),
        ("照片", None),
        (None, None),
        ("监督电话", "0830-5212388"),
    ]
    rows = [
        ("审理中私下会见一方当事人或其代理人，接受宴请、礼品", "思想道德", "高",
         "不得单方会见当事人及代理人，确需接待的两人以上在接待室进行并登记。"),
        ("与当事人有利害关系应当回避而不主动申请回避", "制度机制", "中",
         "开庭前告知回避权利，仲裁员与案件有利害关系的主动书面报告。"),
        ("调查取证不全面，选择性采信证据，偏袒一方", "岗位职责", "高",
         "证据当庭质证，裁决书写明采信理由，疑难案件提交仲裁委员会讨论。"),
        ("超过仲裁期限拖延结案，或以调解为名久拖不决", "业务流程", "中",
         "办案系统对审限自动预警，超审限案件每月通报。"),
        ("泄露合议情况和裁决结果", "制度机制", "中", "合议笔录专人保管，裁决书送达前不得对外透露。"),
        ("为当事人介绍代理人或指定鉴定机构", "外部环境", "低", "严禁推荐代理人，鉴定机构由双方协商或随机确定。"),
    ]  # fmt: skip
    sh.add(f"姓{GAP * 2}名", who, None, "序号", "风险点", "风险类型", "风险等级", "防控措施")
    for n, ((label, value), (point, typ, lv, measures)) in enumerate(
        zip(panel, rows, strict=True), 1
    ):
        r = sh.add(label, value, None, n, point, typ, lv, measures)
        if label == "照片":
            photo = r
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.merge(photo, 0, photo + 1, 1)
    sh.add()
    sh.add(None, None, None, "持卡人签字：", None, "院长签字：", None, "2024年10月")
    return _layout(
        "arbitration_side_panel", "https://59ts.com/ebook/3977297.html",
        "县劳动人事争议仲裁院 仲裁一庭 仲裁员's 岗位廉政风险防控卡 after the source's 劳动人事争议仲裁办案规则 (回避, 举证, "
        "调查取证, 仲裁期限, 送达, 裁决): the holder's fields in a PANEL LEFT of the table, in the table's own rows — "
        "``持卡人信息`` merged over A–B, then ``姓　　名 | 郄澹宁``, ``部　　门 | 仲裁一庭``, ``岗　　位 | 仲裁员``, ``岗位风险"
        "等级 | 二级``, a ``照片`` box merged over two rows and ``监督电话 | 0830-5212388`` — column C empty, and beside "
        "them the title (merged over D–H only) and 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施 in D–H, the "
        "header level with the ``姓名`` row; 持卡人签字/院长签字/date under the table",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def farm_machinery_annex2() -> dict:
    unit = f"{PLACE}农业机械化服务中心"
    who, post = "蹇稷丰", "副主任"
    sh = _Sheet("附件2", [6, 24, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    duties = [
        ("分管农机购置与应用补贴：补贴申请受理、机具核验、资金兑付", [
            ("补贴机具核验走过场，不核对出厂编号、铭牌即签署核验意见", "岗位职责风险", "Ⅰ级",
             "核验实行两人现场核验、拍照上传，中心按不低于10%的比例抽查。"),
            ("与农机经销企业私下往来，为其违规代办补贴申请提供便利", "外部环境风险", "Ⅰ级",
             "严禁经销企业代办补贴申请，与经销企业人员接触须两人以上并登记。"),
            ("补贴资金兑付审核把关不严，为倒卖、套取补贴的机具兑付资金", "制度机制风险", "Ⅱ级",
             "兑付前与公安、市场监管数据比对，兑付名单公示七天。"),
        ]),
        ("分管农机安全监理和作业补助：注册登记、年度检验、深松作业补助", [
            ("拖拉机、联合收割机注册登记和年度检验放松标准", "岗位职责风险", "Ⅱ级",
             "检验全程视频记录，检验结果由监理股长复核。"),
            ("深松作业补助面积核定不实", "业务流程风险", "Ⅲ级", "作业面积以监测终端数据为准，乡镇、村两级签字确认。"),
        ]),
    ]  # fmt: skip
    n = 0
    for duty, points in duties:
        first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), ROMAN[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add(None, "“三重一大”方面", None, None, None, None)
    big = [
        ("重要项目安排", "全程机械化示范基地建设项目实施主体确定不经集体研究", "制度机制风险", "Ⅰ级",
         "实施主体公开遴选，经中心主任办公会集体研究并留存纪要。"),
        ("大额资金使用", "农机安全宣传培训经费大额支出不经班子会研究", "思想道德风险", "Ⅱ级",
         "五万元以上支出经班子会研究，支出情况年终公开。"),
    ]  # fmt: skip
    for k, (duty, point, typ, lv, measures) in enumerate(big, 1):
        sh.add(k, duty, point, typ, lv, measures)  # numbered again from 1
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), ROMAN[lv])
    _reviews(sh, REVIEWS[1:], 6, {REVIEWS[1]: ("同意。", "2024年6月11日")}, label_cols=2)
    _line(sh, NOTE, 6)
    return _layout(
        "farm_machinery_annex2", "http://epaper.ncxxb.com.cn/shtml/ncxxb/20120804/52313.shtml",
        "县农业机械化服务中心 副主任's 附件2 after the source's news of a 农机管理站's 抽查核实 of 购机补贴 (补贴申请, 补贴机具, "
        "型号和发动机号核对, 抽查比例): the tab named ``附件2``, ``附件2``, the template's title, ``单位(盖章)：…``, ``姓名 | "
        "蹇稷丰 | 职务 | 副主任 | 岗位风险等级 | 一级``, 序号/分管工作 merged per duty/风险点/风险类型 ``…风险``/风险级别 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; the ``“三重一大”方面`` line typed in the 分管工作 column ALONE (not merged) and the two "
        "rows under it numbered AGAIN from 1; two review boxes (the first signed) and the 注 line",
        [sh], t,
    )  # fmt: skip


def health_enforcement_annex3() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    who, dept = "殳洛笙", "公共卫生监督中队"
    sh = _Sheet("Sheet1", [22, 14, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("科室（中队）", dept, "负责人", who, "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("负责公共场所、生活饮用水卫生监督检查",
         "检查中接受经营单位宴请、购物卡，对卫生许可过期、从业人员无健康证明不予查处", "思想道德风险", "高",
         "检查两人以上并全程执法记录，检查结果录入监督信息系统。"),
        ("负责公共场所、生活饮用水卫生监督检查", "检查对象选择性安排，对关系单位长期不检查", "岗位职责风险", "中",
         "检查对象“双随机”抽取，年度检查计划全覆盖。"),
        ("负责本中队行政处罚案件的调查和初审", "调查取证不全面，降低违法情节认定，处罚畸轻畸重", "岗位职责风险", "高",
         "执行处罚裁量基准，案件经法制审核和集体讨论。"),
        ("负责本中队行政处罚案件的调查和初审", "案件不按程序移送审理，以罚代管", "业务流程风险", "中",
         "案件全流程网上办理，大队每季度评查案卷。"),
        ("负责中队执法装备和快检试剂管理", "快检试剂、执法装备采购不比价，出入库不登记", "制度机制风险", "低",
         "采购三家比价，出入库逐笔登记，每半年盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, point, typ, lv, measures in rows:
        sh.add(duty, None, point, typ, lv, measures)  # 工作流程 left empty
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(0, lambda row: row[0])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年5月28日")})
    _line(sh, NOTE, 6)
    return _layout(
        "health_enforcement_annex3", "https://www.fudaoke.com/exam/2993276.html",
        "县卫生健康综合行政执法大队's 附件3 of its 公共卫生监督中队 after the source's account of what a 卫生执法大队 does "
        "(公共场所卫生, 饮用水卫生, 执法监督与隐患排查, 查处违法行为): ``附件3``, the template's title, ``单位(盖章)：…``, the "
        "template's label altered to ``科室（中队）`` — ``科室（中队） | 公共卫生监督中队 | 负责人 | 殳洛笙 | 岗位风险等级 | 二级`` "
        "— the template's header with 岗位职责 merged per duty and the 工作流程 column left EMPTY on every row/风险点/风险类型 "
        "``…风险``/风险级别 高/中/低/防控措施; three review boxes (the first signed) and the 注 line",
        [sh], t,
    )  # fmt: skip


def lychee_center_annex4() -> dict:
    unit = f"{PLACE}荔枝产业发展服务中心"
    who, dept, post = "谯晞苒", "技术推广股", "技术员"
    sh = _Sheet("Sheet1", [22, 22, 32, 12, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}\n{post}", "岗位风险等级", "三级")
    sh.add(*HEAD)
    rows = [
        ("负责荔枝高接换种、低效果园改造的技术指导和面积核查", "农户申报→村初核→实地核查→公示→报批",
         "高接换种面积实地核查不实，虚报改造面积", "岗位职责", "一级",
         "核查定位拍照并留存影像，村、镇、中心三级签字确认。"),
        ("负责荔枝高接换种、低效果园改造的技术指导和面积核查", "农户申报→村初核→实地核查→公示→报批",
         "接受果农、合作社吃请，在核查中放宽标准", "思想道德", "二级", "核查人员签订廉洁承诺，核查结果在村公示。"),
        ("负责荔枝病虫害绿色防控物资发放", "制定方案→登记造册→发放→回访",
         "防控物资发放不登记、不签字，虚报发放数量", "业务流程", "二级", "物资按户登记、签字领取，股室每月核对库存。"),
        ("参与荔枝品牌推介和展销活动组织", "拟定方案→征集企业→组织参展→结算费用",
         "推荐参展企业优亲厚友", "制度机制", "三级", "参展企业公开征集，推荐名单经中心集体研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实。", "2024年6月3日"),
                              REVIEWS[1]: ("同意。", "2024年6月5日")})  # fmt: skip
    _line(sh, NOTE, 6)
    return _layout(
        "lychee_center_annex4", "http://jn720.com/news/show.php?itemid=3017",
        "县荔枝产业发展服务中心 技术推广股 技术员's 附件4 after the source's news of 合江's 荔枝 (种植面积, 优质晚熟品种, 高换"
        "改良, 果农增收): ``附件4``, the template's title, ``单位(盖章)：…``, ``姓名 | 谯晞苒 | 所在科室及职务 | 技术推广股⏎"
        "技术员 | 岗位风险等级 | 三级`` — the 科室 and the post typed on TWO LINES of one cell (Alt+Enter) — the template's "
        "header with 岗位职责 and 工作流程 (arrows) merged/风险点/风险类型 short/风险级别 一级/二级/三级/防控措施, three "
        "review boxes (two signed) and the 注 line",
        [sh], t,
    )  # fmt: skip


def relics_office_card() -> dict:
    unit = f"{PLACE}文物保护管理所"
    who, dept, post = "甯溯川", "保管部", "文物保管员"
    sh = _Sheet("Sheet1", [6, 36, 12, 10, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("姓名", who, "部门", dept, "职务", post)
    r = sh.add("岗位职责", "1.负责馆藏文物入库登记、编目建档和日常保管；\n2.负责文物提用、出入库手续办理；\n"
               "3.配合开展文物征集、鉴定和展陈。", None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("利用保管便利私自调换、侵占馆藏文物", "思想道德", "★★★",
         "库房实行双人双锁，藏品每年全面清点一次，清点结果报所务会。", None),
        ("未经审批擅自提用文物或对外出借", "业务流程", "★★★", "提用、出借逐件审批登记，归还时双人核对。", None),
        ("文物入库登记不及时、不完整，账物不符", "制度机制", "★★", "入库当日登记建档，账、卡、物每季度核对。", None),
        ("接受文物持有人请托，在征集定价中抬高价格", "外部环境", "★★",
         "征集价格由专家组评估，征集方案经所务会研究。", "新增"),
        ("库房钥匙、密码管理不严，一人进出库房", "岗位职责", "★", "进出库房两人同行并登记，监控录像保存九十天。", None),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), STARS[lv])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    _line(sh, "监督举报电话：0830-5201234", 6)
    sh.add("持卡人签字：", None, None, "所长签字：", None, None)
    return _layout(
        "relics_office_card", "http://www.dswhj.com/html/20220234279.htm",
        "县文物保护管理所 保管部 文物保管员's 岗位廉政风险防控卡 after the source's news of a county's 文保单位 安全巡查 (县"
        "博物馆, 文化执法大队, 业余文保员, 文物建筑): the title, ``姓名 | 甯溯川 | 部门 | 保管部 | 职务 | 文物保管员``, a merged "
        "``岗位职责`` line of three numbered duties on three lines, then 序号/风险点/风险类型 short/风险等级 ``★★★/★★/★``/防控"
        "措施/备注 (``新增`` once); the merged note ``注：★★★为高风险，★★为中风险，★为低风险。``, a merged ``监督举报电话：…`` "
        "line and 持卡人签字/所长签字",
        [sh], t,
    )  # fmt: skip


def justice_office_card() -> dict:
    unit = f"{PLACE}司法局"
    who, dept, post = "琚衡之", "蕖塘司法所", "所长"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 6)
    _line(sh, f"单位：{unit}{dept}", 6)
    sh.add("持卡人", who, "职务", post, "政治面貌", "中共党员")
    r = sh.add("岗位职责", "主持司法所全面工作，负责辖区人民调解指导、社区矫正日常监管、法律援助申请初审和公共法律"
               "服务工作站管理。", None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
    sh.merge(r, 4, r, 5)
    rows = [
        ("社区矫正对象请假外出、变更居住地审核把关不严，收受好处违规批准", "岗位职责", "高风险",
         "请假、变更事项所内集体研究，报局社区矫正股审批并录入信息系统。"),
        ("对社区矫正对象违规行为不按规定提请警告或撤销缓刑", "制度机制", "高风险",
         "违规行为处理意见所务会研究，处理情况每月报局备案。"),
        ("人民调解案件补贴虚报案件数量", "业务流程", "中风险", "调解卷宗逐件审核，补贴发放名单在所内公示。"),
        ("法律援助申请初审中为不符合条件的人员出具同意意见", "岗位职责", "中风险",
         "经济困难状况凭证明材料审查，初审意见两人签字。"),
        ("接受调解当事人宴请和礼品", "思想道德", "低风险", "严守廉洁纪律，拒收的礼品登记上交。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        r = sh.add(n, point, typ, lv, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), WORDS[lv])
    sh.add()
    sh.add("持卡人签字：", None, None, "局分管领导签字：", None, None)
    return _layout(
        "justice_office_card", "https://fx361.cc/page/2019/0126/15854185.shtml",
        "县司法局's 蕖塘司法所 所长's 岗位廉政风险防控卡 after the source's account of 司法所 (人民调解, 社区矫正, 安置帮教, 公共"
        "法律服务, 法治宣传): a title naming no unit, ``单位：合江县司法局蕖塘司法所`` merged (the 局 the unit, its 所 the 科室), "
        "``持卡人 | 琚衡之 | 职务 | 所长 | 政治面貌 | 中共党员``, a merged ``岗位职责`` line, then 序号/风险点/风险类型 short/"
        "风险等级 ``高风险/中风险/低风险``/防控措施 (merged over two columns); 持卡人签字/局分管领导签字",
        [sh], t,
    )  # fmt: skip


def urban_enforcement_pledge() -> dict:
    unit = f"{PLACE}城市管理和综合行政执法局"
    who, dept, post = "扈澄渝", "第二执法中队", "执法队员"
    sh = _Sheet("承诺书", [6, 14, 36, 10, 36, 4])
    t = _Truth(unit)
    _line(sh, f"{unit}执法人员廉洁执法承诺书", 6)
    sh.add("承诺人", who, "所在中队", dept, "岗位", post)
    _line(sh, "为规范执法行为、严守廉洁纪律，本人对照执法岗位查找廉政风险，作出如下承诺：", 6)
    r = sh.add("序号", "执法环节", "廉政风险点", "风险等级", "承诺措施", None)
    sh.merge(r, 4, r, 5)
    rows = [
        ("占道经营查处", "对熟人、关系人的占道经营、店外经营选择性执法", "高",
         "执法全程佩戴执法记录仪，查处结果每日录入数字城管平台。"),
        ("占道经营查处", "暂扣物品不开具清单，私自处置暂扣物品", "高", "暂扣物品当场开具清单，统一入库登记、按规定处置。"),
        ("违法建设巡查", "巡查发现违法建设不制止、不上报", "中", "巡查轨迹定位上传，违法建设发现即报、限时处置。"),
        ("渣土运输管理", "接受渣土运输企业好处，对抛洒滴漏不予处罚", "中", "夜查实行中队交叉执法，处罚决定集体审核。"),
        ("日常执勤", "使用执法车辆办私事", "低", "执法车辆统一调度，出车登记，节假日封存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures) in enumerate(rows, 1):
        r = sh.add(n, step, point, lv, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "以上承诺如有违反，本人自愿接受组织处理。", 6)
    sh.add()
    sh.add(None, f"承诺人（签名）：{who}", None, None, "2024年7月1日", None)
    return _layout(
        "urban_enforcement_pledge", "http://www.hbcic.net.cn/info/wcm/45044.htm",
        "县城市管理和综合行政执法局 第二执法中队 执法队员's 廉洁执法承诺书 after the source's news of a 城管局's 执法人员 "
        "承诺书 (依法行政, 出示证件, 执法车辆, 杜绝吃拿卡要): the title, ``承诺人 | 扈澄渝 | 所在中队 | 第二执法中队 | 岗位 | "
        "执法队员``, a merged sentence, then 序号/执法环节 merged/``廉政风险点``/风险等级 高/中/低/``承诺措施`` (the measures, "
        "merged over two columns); no type column; a merged pledge line and the signature typed ``承诺人（签名）：扈澄渝`` "
        "with the date",
        [sh], t,
    )  # fmt: skip


def special_school_two_sheets() -> dict:
    unit = f"{PLACE}特殊教育学校"
    t = _Truth(unit)
    people = [
        ("冼芷汀", "总务处", "会计", "general",
         "负责学校会计核算、经费报销审核和学生资助资金发放。", [
            ("残疾学生生活补助、送教上门交通补贴发放不及时、不足额", "岗位职责", "高",
             "补助名单经班主任、教务处、总务处三方核对，发放结果在校内公示。"),
            ("原始凭证审核不严，报销内容与实际采购不符", "制度机制", "中",
             "报销凭证附采购清单和验收单，经办人、验收人、审批人三签。"),
            ("会计凭证、账簿保管不善，擅自销毁会计资料", "制度机制", "低", "会计档案专柜保管，销毁按规定报批。"),
        ]),
        ("闾丘砚辞", "教务处", "主任", "middle",
         "负责教学安排、送教上门和康复训练的组织，教辅用书和康复器材的选用。", [
            ("康复训练器材、教辅用书选用中收受供应商好处", "外部环境", "高",
             "器材和用书选用经学校采购领导小组集体研究，采购按政府采购程序进行。"),
            ("送教上门课时统计不实，虚报绩效", "业务流程", "中", "送教记录由家长签字，课时每月在校内公示。"),
            ("教师评优评先推荐不公开", "思想道德", "低", "推荐条件和结果在校内公示五个工作日。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duty, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 34])
        _line(sh, f"{unit}教职工廉政风险自查表", 5)
        r = sh.add("姓 名", who, "处 室", dept, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("职 务", post, "填表时间", "2024年9月", None)
        sh.merge(r, 3, r, 4)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "校长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "special_school_two_sheets", "https://www.yueqing.gov.cn/art/2024/6/6/art_1390258_59260024.html",
        "县特殊教育学校's two 教职工廉政风险自查表 after the source's 学校采购问题专项治理 (采购领导小组, 自行采购, 验收, 食堂、"
        "校服、教育信息化): one sheet a person, tabs their names (the compound surname 闾丘), each with the title, pairs "
        "whose labels carry a HALF-WIDTH space — ``姓 名 | 冼芷汀 | 处 室 | 总务处`` over ``职 务 | 会计 | 填表时间 | 2024年9月`` "
        "— a merged ``岗位职责`` line, 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施 and 本人签字/校长审核",
        sheets, t,
    )  # fmt: skip


def grain_reserve_register() -> dict:
    unit = f"{PLACE}粮食储备有限公司"
    who, dept, post = "麴望禾", "仓储部", "保管员"
    sh = _Sheet("登记表", [6, 14, 36, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险登记表", 6)
    sh.add("部门", dept, "姓名", who, "岗位", post)
    r = sh.add(
        "岗位风险等级", f"□一级{GAP}☑二级{GAP}□三级", None, "登记日期", datetime(2024, 7, 5), None
    )
    sh.merge(r, 1, r, 2)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "风险环节", "风险描述", "风险类别", "风险等级", "防控措施")
    rows = [
        ("粮食入库", "入库检验降低质量标准，收购不合格粮食", "岗位职责风险", "高",
         "扦样、检验、定等分离，检验结果双人签字并留样备查。"),
        ("粮食入库", "扣量扣价不按标准执行，虚增入库数量", "业务流程风险", "高", "扣量标准公开，入库数据由系统自动采集。"),
        ("储存保管", "隐瞒粮情变化和保管损耗，账实不符", "岗位职责风险", "中",
         "执行“一符三专四落实”，粮情每周检查、每月上报，损耗据实核销。"),
        ("轮换出库", "与购粮客户串通以陈顶新、擅自串换品种", "外部环境风险", "中",
         "轮换计划经公司集体研究，出库时仓储、质检、纪检三方在场。"),
        ("器材管理", "仓储器材、储粮药剂领用不登记", "制度机制风险", "低", "器材药剂专人保管，领用逐笔登记、每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("本人签字：", None, "部门负责人：", None, "公司纪检：", None)
    return _layout(
        "grain_reserve_register", "https://xiexiebang.com/fanwen/qita/f7c2cfc3cbead857.html",
        "县粮食储备有限公司 仓储部 保管员's 岗位廉洁风险登记表 after the source's account of a county's 政策性粮食库存 大清查 "
        "(有仓必到、有粮必查、有账必核; 承储企业, 库存数量和质量, 整改): the title, ``部门 | 仓储部 | 姓名 | 麴望禾 | 岗位 | 保管员``, "
        "``岗位风险等级 | □一级　☑二级　□三级`` (ticked, merged) beside ``登记日期 | <date cell 2024-07-05>``, then 序号/风险环节 "
        "merged/``风险描述`` (the ONLY risk column)/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 本人签字/部门负责人/公司纪检",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    township_finance_unit_person(),
    arbitration_side_panel(),
    farm_machinery_annex2(),
    health_enforcement_annex3(),
    lychee_center_annex4(),
    relics_office_card(),
    justice_office_card(),
    urban_enforcement_pledge(),
    special_school_two_sheets(),
    grain_reserve_register(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch174-inbox"))
