"""A two-hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form a person (the 附件2/
附件3/附件4 of workbook_templates/, or an office's own 防控卡, 自查表, 登记表, 承诺书) filled by the
staff of bodies of an invented 九龙坡区 (its town 棠岚镇 invented too), with ordinary habits:

- a 人民检察院's 附件4, one sheet per post (``书记员``, ``检察官助理``), the field row ``姓名 | … | 所在部门
  及职务 | 第一检察部书记员 | 岗位风险等级 | 三级``, 岗位职责 merged, ``…风险`` types, 高/中/低;
- a 台湾事务办公室's 附件2, one sheet per leader tabbed by the holder's name, the 分管工作 typed as
  numbered lines in one cell (``1.…⏎2.…``), the ``“三重一大”方面`` row, review boxes;
- a 民政局婚姻登记处's 个人自查表 per sheet (``Sheet1``, ``Sheet2``): ``单位：九龙坡区民政局婚姻登记处``
  over ``姓名 | … | 岗位 | … | 填表日期 | …``, a ``自查情况`` column (``已落实``/``正在整改``);
- a 镇's 社会保障服务所 登记表 per person (tabs the names): ``单位 | 九龙坡区棠岚镇人民政府 | 所在站所 |
  社会保障服务所 | …`` and ``姓名 | … | 职务 | … | 岗位风险等级 | …`` above the table, 一级/二级/三级;
- a 口腔医院's 防控卡 for its 采购员, ``科室 | 采购办 | 岗位 | 采购员 | 持卡人 | …`` above a table headed
  ``岗位廉洁风险 | 风险等级 | 防范措施 | 责任追究`` (the 责任追究 one merged cell down all rows);
- a 供销合作社联合社's 附件3 for its 业务科 with its review boxes FILLED (``同意``, a date cell);
- a 城市管理局环境卫生管理所 所长's 承诺书: a merged paragraph, the risk table, then the source's own
  signing line ``承诺人：九龙坡区城市管理局环境卫生管理所所长　恽拾遗`` (unit, 所, post and name run
  together in one cell, a full-width space before the name), ``办公电话``/``监督电话`` lines under it;
- a 税务局's 税务所 税收管理员's 自查表: ``单位：国家税务总局重庆市九龙坡区税务局棠岚税务所 | 填表时间：…``,
  ``姓名 | … | 岗位 | … | 政治面貌 | 中共党员``, a short ``风险点`` beside a long ``风险表现``.

One is harder, a shape the README's "读得懂的表" does not describe:

- ``expropriation_card_front_back``: a 房屋征收事务中心's pocket card printed on BOTH SIDES, kept as
  two sheets ``正面`` and ``背面``: the front names the unit, the holder (``持卡人``), his 科室, post,
  岗位风险等级, 岗位职责 and the 监督举报电话 and has NO risk table; the back holds only the title
  ``廉政风险点及防控措施``, the 序号/风险点/风险等级/防控措施 table and ``持卡人签字：`` — no name.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no earlier
batch cited; most pages describe their subject in prose (检察辅助人员, a 台办's 审计 结果, 婚姻登记处
制度, 乡镇社会保障经办 with its 现金日记账, 医疗耗材采购制度, a 供销社's 项目扶持资金, a 城管 处长's 承诺
with 办公电话/监督电话, 税收管理员 属地管户, a 房屋征收补偿 细则) and the layout follows their words for the
unit, its parts, its posts and its risks. Rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch214`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b214_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a card's 正面 and 背面 are one form: the holder, 科室 and post on the front are the back's points'
  (the truth's sheet is ``背面``, where the points stand);
- ``承诺人：九龙坡区城市管理局环境卫生管理所所长　恽拾遗`` is unit 九龙坡区城市管理局, 科室 环境卫生管理所
  (the 局/所 convention), post 所长, holder 恽拾遗; ``办公电话``/``监督电话`` and the paragraph are no points;
- ``单位：九龙坡区民政局婚姻登记处`` is unit 九龙坡区民政局, 科室 婚姻登记处; ``…税务局棠岚税务所`` is unit
  the 税务局, 科室 棠岚税务所 (as the 局/所 convention);
- a 镇's 社会保障服务所 is a 科室 of the 镇 (unit ``九龙坡区棠岚镇人民政府``);
- ``所在部门及职务 | 第一检察部书记员`` is 科室 第一检察部, post 书记员; a 附件3 form's post is "" (its
  负责人 the holder), as the 附件3 forms of earlier batches;
- ``自查情况``, ``责任追究``, ``政治面貌``, filled review opinions and dates are no points;
- 主任/副主任 of the 台办 are leaders; 科长, the 所长 of a 镇's 所 or of a 局's 所 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import NOTE, NOTE_GENERAL, REVIEWS, _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b214_"
PLACE = "九龙坡区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
FORM_HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险等级", "防控措施")


# --------------------------------------------------------------------------- harder layout


def expropriation_card_front_back() -> dict:
    unit = f"{PLACE}房屋征收事务中心"
    t = _Truth(unit)
    who, dept, post = "濮砚舟", "征收安置科", "征收经办员"
    front = _Sheet("正面", [14, 22, 14, 22])
    _line(front, unit, 4)
    _line(front, "岗位廉政风险防控卡", 4)
    front.add("持卡人", who, "所在科室", dept)
    front.add("岗位", post, "岗位风险等级", "一级")
    r = front.add("岗位职责", "负责征收范围内房屋的入户调查登记、补偿协议签订和安置房源分配的具体经办。",
                  None, None)  # fmt: skip
    front.merge(r, 1, r, 3)
    r = front.add(
        "廉洁从业要求", "不吃请、不收礼、不为亲友说情,补偿标准一把尺子量到底。", None, None
    )
    front.merge(r, 1, r, 3)
    r = front.add("监督举报电话", "023-68791402", None, None)
    front.merge(r, 1, r, 3)
    back = _Sheet("背面", [6, 36, 10, 36])
    _line(back, "廉政风险点及防控措施", 4)
    back.add("序号", "风险点", "风险等级", "防控措施")
    points = [
        ("入户调查时多登记被征收房屋面积和附属物", "高", "入户调查两人以上,登记表由被征收人签字并公示。"),
        ("收受被征收人财物,提高补偿评估结果", "高", "评估机构由被征收人协商或抽签选定,评估报告公示。"),
        ("安置房源分配不按选房顺序,优亲厚友", "中", "选房按签约先后顺序公开摇号,全程录像。"),
        ("泄露征收范围和补偿方案,为他人抢建抢装提供便利", "中", "征收范围公告前严格保密,抢建部分不予补偿。"),
        ("补偿款发放不及时或截留", "低", "补偿款由中心账户直接转入被征收人账户,按月对账。"),
    ]  # fmt: skip
    for n, (point, lv, measures) in enumerate(points, 1):
        back.add(n, point, lv, measures)
        t.point(back.name, dept, post, who, "general", point, [], HML[lv])
    back.add()
    back.add("持卡人签字：", None, "填卡日期：2024年5月", None)
    return _layout(
        "expropriation_card_front_back", "https://um.sanwen.net/special/rpvujf.html",
        "(harder) 区房屋征收事务中心 岗位廉政风险防控卡 after the source's 房屋征收补偿实施细则 (入户调查登记, 补偿评估, "
        "安置房源, 征收范围公告后不得新建、改建): a pocket card printed on BOTH SIDES and kept as TWO SHEETS — ``正面`` "
        "with the unit, the title, ``持卡人 | 濮砚舟 | 所在科室 | 征收安置科``, ``岗位 | 征收经办员 | 岗位风险等级 | "
        "一级``, 岗位职责, 廉洁从业要求 and 监督举报电话 and NO risk table; ``背面`` with only the title ``廉政风险点及"
        "防控措施``, 序号/风险点/风险等级 高/中/低/防控措施 and ``持卡人签字： | 填卡日期：…`` under it — no name on the back",
        [front, back], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def procuratorate_annex4() -> dict:
    unit = f"{PLACE}人民检察院"
    t = _Truth(unit)
    people = [
        ("书记员", "妫蘅若", "第一检察部", "三级", [
            ("负责案件记录、卷宗整理和法律文书送达", "讯问记录", "讯问、询问笔录不如实记录,随意增删", "岗位职责风险", "中",
             "笔录当场由被讯问人核对签字,同步录音录像比对。"),
            (None, "卷宗管理", "向当事人或律师泄露、违规提供案卷材料", "思想道德风险", "高",
             "阅卷在案件管理部门统一办理,阅卷登记备查。"),
            (None, "文书送达", "法律文书送达不及时,送达回证补签", "业务流程风险", "低", "送达情况系统登记,逾期自动提示。"),
        ]),
        ("检察官助理", "鄂星迟", "第二检察部", "二级", [
            ("在检察官指导下审查案件材料、草拟审查报告", "审查案件", "审查报告选择性摘录证据,影响案件处理", "岗位职责风险", "高",
             "审查报告由承办检察官逐项核对证据,部门负责人抽查。"),
            (None, "接待律师", "私下会见当事人及其近亲属、律师,接受宴请", "外部环境风险", "高",
             "接待律师在接待室进行,严格执行过问案件登记报告制度。"),
            (None, "调取证据", "调取证据不全面,遗漏对当事人有利的证据", "制度机制风险", "中", "调取证据两人以上,清单入卷。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, grade, rows in people:
        sh = _Sheet(post, [22, 12, 36, 14, 8, 34])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章):{unit}", 6)
        sh.add("姓名", who, "所在部门及职务", f"{dept}{post}", "岗位风险等级", grade)
        sh.add(*FORM_HEAD)
        first = len(sh.rows)
        for row in rows:
            sh.add(*row)
            t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), HML[row[4]])
        _merge_runs(sh, 0, first, len(sh.rows) - 1)
        _reviews(sh, REVIEWS, 6)
        _line(sh, NOTE_GENERAL, 6)
        sheets.append(sh)
    return _layout(
        "procuratorate_annex4", "https://zgbk.com/ecph/words?ID=109417&SiteID=1&SubID=48777",
        "区人民检察院 附件4 一般岗位廉政风险识别和防控表 after the source's entry on 检察辅助人员 (检察官助理 审查案件材料、"
        "草拟法律文书; 书记员 记录、收转登记、归档和送达): one sheet per post (tabs ``书记员``, ``检察官助理``), "
        "``单位(盖章):…`` line, the field row ``姓名 | 妫蘅若 | 所在部门及职务 | 第一检察部书记员 | 岗位风险等级 | 三级``; "
        "岗位职责 merged/工作流程/风险点/``…风险``/高/中/低/防控措施; three blank review boxes; 注",
        sheets, t,
    )  # fmt: skip


def taiwan_office_annex2() -> dict:
    unit = f"{PLACE}人民政府台湾事务办公室"
    t = _Truth(unit)
    leaders = [
        ("暨晚棠", "主任", "一级", "1.主持全面工作\n2.分管财务、人事", [
            ("惠台政策资金兑现不经集体研究,个人决定", "制度机制", "高", "惠台资金兑现经主任办公会集体研究,结果公示。"),
            ("会议、培训费用超标准列支", "制度机制", "中", "会议、培训先报计划后实施,费用按月公开。"),
            ("干部选拔、评优推荐中优亲厚友", "思想道德", "中", "推荐人选经民主推荐和集体研究,结果公示。"),
        ], ("对外交流考察团组人员安排、经费使用不经集体研究", "岗位职责", "高",
            "交流团组方案和经费预算提交主任办公会研究,留存纪要。")),
        ("郦雪澜", "副主任", "二级", "1.分管台胞服务窗口\n2.分管业务主管协会", [
            ("台胞服务窗口办理事项时吃拿卡要", "外部环境", "中", "办理事项和时限公开,服务评价由台胞填写。"),
            ("对主管协会财务监督不到位,协会经费被挪用", "岗位职责", "低", "协会经费年度审计,审计结果报主任办公会。"),
        ], ("分管领域项目经费安排不如实向集体报告", "思想道德", "中", "分管项目经费安排提交集体研究,如实汇报。")),
    ]  # fmt: skip
    sheets = []
    for who, post, grade, duty, rows, big in leaders:
        sh = _Sheet(who, [6, 18, 36, 12, 8, 34])
        sh.add("附件2")
        _line(sh, "领导岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章):{unit}", 6)
        sh.add("姓名", who, "职务", post, "岗位风险等级", grade)
        sh.add(*LEADER_HEAD)
        first = len(sh.rows)
        for n, (point, kind, lv, measures) in enumerate(rows, 1):
            sh.add(n, duty if n == 1 else None, point, kind, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[lv])
        _merge_runs(sh, 1, first, len(sh.rows) - 1)
        _line(sh, "“三重一大”方面", 6)
        point, kind, lv, measures = big
        sh.add(1, "参与集体决策", point, kind, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[lv])
        sh.add(2, None, None, None, None, None)
        _reviews(sh, REVIEWS[1:], 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "taiwan_office_annex2", "https://www.sx.gov.cn/art/2020/11/27/art_1229354989_3969917.html",
        "区人民政府台湾事务办公室 附件2 领导岗位廉政风险识别和防控表 after the source's 审计结果 of a 市台办 (惠台政策措施, "
        "会议和培训费管理, 台胞联系服务窗口, 业务主管协会 财务 监督): one sheet per leader TABBED BY THE HOLDER'S NAME "
        "(``暨晚棠``, ``郦雪澜``), ``姓名 | … | 职务 | 主任 | 岗位风险等级 | 一级``; 序号/分管工作 — typed as numbered "
        "lines in one cell ``1.主持全面工作⏎2.分管财务、人事`` and merged down — /风险点/short types/高/中/低/防控措施; "
        "the ``“三重一大”方面`` row with row 1 filled and row 2 only numbered; two blank review boxes; 注",
        sheets, t,
    )  # fmt: skip


def marriage_clerk_selfcheck() -> dict:
    unit = f"{PLACE}民政局"
    dept = "婚姻登记处"
    t = _Truth(unit)
    people = [
        ("Sheet1", "甯知秋", "婚姻登记员", [
            ("对不符合条件的当事人违规办理结婚登记", "岗位职责", "高", "严格审查身份证件、户口簿和声明书,系统联网核查婚姻状况。", "已落实"),
            ("收受当事人财物,为其插队或预约“特殊日期”", "思想道德", "中", "预约全部通过网上平台,现场按号办理。", "已落实"),
            ("离婚登记冷静期内违规办理", "业务流程", "中", "冷静期由系统自动计算,期满前不能出证。", "正在整改"),
            ("婚姻登记档案信息泄露", "制度机制", "低", "档案查阅凭证件登记,查询记录留存。", "已落实"),
        ]),
        ("Sheet2", "苌柳汀", "颁证员", [
            ("颁证服务向当事人推销婚庆服务收取好处", "外部环境", "中", "颁证服务免费,严禁推销,公布投诉电话。", "已落实"),
            ("结婚证空白证书保管不善、丢失", "制度机制", "低", "空白证书专柜保管,领用登记、日清日结。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, rows in people:
        sh = _Sheet(tab, [6, 34, 12, 8, 34, 12])
        _line(sh, "个人廉政风险点自查表", 6)
        _line(sh, f"单位：{unit}{dept}", 6)
        sh.add("姓名", who, "岗位", post, "填表日期", "2024年3月")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, kind, lv, measures, done) in enumerate(rows, 1):
            sh.add(n, point, kind, lv, measures, done)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "marriage_clerk_selfcheck", "https://360docs.net/doc/1e18387115.html",
        "区民政局婚姻登记处 个人廉政风险点自查表 after the source's 婚姻登记处 制度 (员工管理, 登记程序, 婚姻登记档案): one "
        "sheet per person (tabs ``Sheet1``, ``Sheet2``), the title, ``单位：九龙坡区民政局婚姻登记处`` merged, ``姓名 | 甯知秋 | "
        "岗位 | 婚姻登记员 | 填表日期 | 2024年3月``, 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``自查情况`` "
        "(``已落实``, ``正在整改``); ``本人签字： | 科室负责人意见：`` unfilled under it",
        sheets, t,
    )  # fmt: skip


def town_social_security_register() -> dict:
    unit = f"{PLACE}棠岚镇人民政府"
    dept = "社会保障服务所"
    t = _Truth(unit)
    people = [
        ("衡漱玉", "所长", "二级", "middle", "负责全镇社会保险经办、就业服务和社会救助审核", [
            ("城乡居民养老保险待遇领取资格认证走过场,死亡人员冒领不追回", "岗位职责风险", "一级",
             "领取资格每年比对殡葬、公安数据,冒领待遇限期追回。"),
            ("低保、临时救助初审中优亲厚友", "思想道德风险", "一级", "初审经村评议、所务会研究,名单村镇两级公示。"),
            ("公益性岗位人员安置不公开", "制度机制风险", "二级", "岗位和条件公开,人员确定结果公示。"),
        ]),
        ("牟岚笙", "经办员", "三级", "general", "负责社保参保登记、缴费收取和现金日记账", [
            ("收取参保费不开票、不入账", "制度机制风险", "一级", "参保缴费通过银行代扣,现金收费当日存入,逐日逐笔编号登记。"),
            ("违规为不符合条件人员补缴或办理参保", "业务流程风险", "二级", "补缴材料所长审核,系统留痕。"),
            ("泄露参保人员个人信息", "岗位职责风险", "三级", "系统账号专人专用,查询记录定期检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, grade, tier, duty, rows in people:
        sh = _Sheet(who, [6, 20, 34, 12, 8, 34])
        _line(sh, "岗位廉政风险登记表", 6)
        sh.add("单位", unit, "所在站所", dept, "填报时间", "2024年4月")
        sh.add("姓名", who, "职务", post, "岗位风险等级", grade)
        sh.add("序号", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (point, kind, lv, measures) in enumerate(rows, 1):
            sh.add(n, duty if n == 1 else None, point, kind, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), GRADES[lv])
        _merge_runs(sh, 1, first, len(sh.rows) - 1)
        sh.add()
        sh.add("填表人签字：", None, None, "站所负责人审核：", None, None)
        sheets.append(sh)
    return _layout(
        "town_social_security_register", "http://m.nzkwimy.cn/html/xw/gxdt/17897.html",
        "镇 社会保障服务所 岗位廉政风险登记表 after the source's account of 乡镇 社会保障经办服务 (专职人员, 经办服务窗口, "
        "参保缴费现金日记账 逐日逐笔编号登记, 公示): one sheet per person TABBED BY NAME, two field rows above the table "
        "``单位 | 九龙坡区棠岚镇人民政府 | 所在站所 | 社会保障服务所 | 填报时间 | …`` and ``姓名 | 衡漱玉 | 职务 | 所长 | "
        "岗位风险等级 | 二级``; 序号/岗位职责 merged/风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施; "
        "``填表人签字： | 站所负责人审核：`` under it",
        sheets, t,
    )  # fmt: skip


def dental_purchase_card() -> dict:
    unit = f"{PLACE}口腔医院"
    t = _Truth(unit)
    who, dept, post = "粟霁禾", "采购办", "采购员"
    sh = _Sheet("防控卡", [6, 34, 10, 34, 22])
    _line(sh, f"{unit}岗位廉洁风险防控卡", 5)
    sh.add("科室", dept, "岗位", post, f"持卡人：{who}")
    sh.add("序号", "岗位廉洁风险", "风险等级", "防范措施", "责任追究")
    rows = [
        ("口腔种植体、正畸托槽等高值耗材采购时收受供应商回扣", "高", "高值耗材在集中采购平台中标目录内选用,采购领导小组审批。"),
        ("询价采购时只询关系供应商,询价记录造假", "高", "询价不少于三家,询价记录由两人签字并存档。"),
        ("耗材验收不核对注册证、批号,以次充好", "中", "验收由采购办、使用科室和设备科三方共同签字。"),
        ("为供应商提供科室用量等商业信息", "低", "科室用量数据只在院内使用,对外提供须经分管院长批准。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, lv, measures) in enumerate(rows, 1):
        sh.add(
            n,
            point,
            lv,
            measures,
            "视情节给予诫勉谈话、调离岗位;构成违纪的移送纪检部门处理。" if n == 1 else None,
        )
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    sh.merge(first, 4, len(sh.rows) - 1, 4)
    sh.add()
    sh.add("持卡人签名：", None, "监督电话：023-68325071", None, None)
    return _layout(
        "dental_purchase_card", "http://m.oh100.com/ahsrst/a/201708/312265.html",
        "区口腔医院 岗位廉洁风险防控卡 after the source's 医疗耗材的采购制度 (采购办, 高值医用耗材在集中招标中标目录内选用, "
        "询价采购, 质量验收): one card, the title, ``科室 | 采购办 | 岗位 | 采购员 | 持卡人：粟霁禾`` (the holder in a "
        "labelled cell of his own) above the table; 序号/``岗位廉洁风险``/风险等级 高/中/低/``防范措施``/``责任追究`` (ONE "
        "merged cell down all rows); no type column; ``持卡人签名： | 监督电话：…`` under it",
        [sh], t,
    )  # fmt: skip


def supply_coop_annex3() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    dept, head = "业务科", "羿青崖"
    t = _Truth(unit)
    sh = _Sheet("业务科", [22, 14, 36, 14, 8, 34])
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", head, "岗位风险等级", "一级")
    sh.add(*FORM_HEAD)
    rows = [
        ("负责项目扶持资金申报、农资保供和基层社建设", "项目申报", "为不符合条件的基层社、合作社申报扶持资金", "岗位职责风险", "高",
         "申报材料科室集体审核,申报名单公示五个工作日。"),
        (None, "资金拨付", "扶持资金拨付不按项目验收结果", "制度机制风险", "高", "资金凭验收报告拨付,实行科长、分管领导双签。"),
        (None, "农资保供", "化肥储备承储企业确定不公开,收受企业好处", "外部环境风险", "中", "承储企业公开遴选,储备情况季度抽查。"),
        (None, "项目验收", "验收走过场,对未完工项目出具合格意见", "业务流程风险", "中", "验收组三人以上现场验收,拍照留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", head, "middle", row[2], types_in(row[3]), HML[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    filled = {label: ("同意", datetime(2024, 4, 8)) for label in REVIEWS[:2]}
    _reviews(sh, REVIEWS, 6, filled)
    _line(sh, NOTE, 6)
    return _layout(
        "supply_coop_annex3",
        "https://www.zhetiaohe.com/ss/84b207d35f04fcd0b2a2cd410b4e3ef11bd4ebd33aa351f7c47f652dc01c83806620bccbbd666314.html",
        "区供销合作社联合社 附件3 中层岗位廉政风险识别和防控表 after the source's 供销社项目扶持资金管理办法 (申报, 拨付, "
        "验收): tab ``业务科``, ``科室 | 业务科 | 负责人 | 羿青崖 | 岗位风险等级 | 一级`` above the table; 岗位职责 merged/"
        "工作流程/风险点/``…风险``/高/中/低/防控措施; the first two review boxes FILLED (``同意`` and a date cell "
        "2024-04-08), the third blank; 注",
        [sh], t,
    )  # fmt: skip


def sanitation_pledge() -> dict:
    unit = f"{PLACE}城市管理局"
    dept, post, who = "环境卫生管理所", "所长", "恽拾遗"
    t = _Truth(unit)
    sh = _Sheet("承诺书", [6, 36, 10, 36])
    _line(sh, "岗位廉政风险防控承诺书", 4)
    _line(
        sh,
        "为切实做好本岗位廉政风险防控工作,本人对查找出的岗位廉政风险点及防控措施郑重承诺如下:",
        4,
    )
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("环卫作业市场化项目发包指定服务企业", "高", "作业项目进入公共资源交易平台公开招标,所务会集体研究。"),
        ("环卫作业质量考核打分不实,违规多付服务费", "高", "考核实行月考季评,考核结果与服务费支付挂钩并公示。"),
        ("垃圾清运车辆油料、维修费用虚报", "中", "车辆定点加油、定点维修,台账每月核对。"),
        ("环卫工人临聘工资发放中虚报人数", "低", "临聘人员实名登记,工资由银行代发。"),
    ]  # fmt: skip
    for n, (point, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, [], HML[lv])
    sh.add()
    _line(sh, f"承诺人：{unit}{dept}{post}{GAP}{who}", 4)
    _line(sh, "办公电话：023-68417730", 4)
    _line(sh, "监督电话：023-68417701", 4)
    _line(sh, "以上承诺,保证做到,并请广大干部群众予以监督。", 4)
    sh.add(None, None, "2024年3月", None)
    return _layout(
        "sanitation_pledge", "https://tangshan.huanbohainews.com.cn/system/2013/07/12/011255952.shtml",
        "区城市管理局环境卫生管理所 所长's 岗位廉政风险防控承诺书 after the source's 市容处 承诺 (环卫行业监管, 垃圾收集"
        "运输, signed ``承诺人:…城管局市容处处长 王煜`` with 办公电话 and 监督电话): the title, a merged paragraph, "
        "序号/廉政风险点/风险等级 高/中/低/防控措施; under it the source's signing line ``承诺人：九龙坡区城市管理局环境卫生"
        "管理所所长　恽拾遗`` — unit, 所, post and name run together in ONE merged cell — then ``办公电话：…``, "
        "``监督电话：…``, ``以上承诺,保证做到…`` and the month; no name, 科室 or post field anywhere else",
        [sh], t,
    )  # fmt: skip


def tax_office_selfcheck() -> dict:
    unit = "国家税务总局重庆市九龙坡区税务局"
    dept, post, who = "棠岚税务所", "税收管理员", "扈枕溪"
    t = _Truth(unit)
    sh = _Sheet("自查表", [6, 16, 32, 12, 8, 32])
    _line(sh, "岗位廉政风险自查表", 6)
    r = sh.add(f"单位：{unit}{dept}", None, None, None, "填表时间：2024年6月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("姓名", who, "岗位", post, "政治面貌", "中共党员")
    sh.add("序号", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("定额核定", "个体工商户定额核定偏低,人情定额", "岗位职责", "高", "定额核定经典型调查,结果公示并集体审议。"),
        ("户籍管理", "对漏征漏管户不及时登记,收受好处后放任", "思想道德", "高", "管户情况与市场监管登记信息定期比对。"),
        ("纳税评估", "评估中发现问题不移送稽查,以补代罚", "制度机制", "中", "评估结论所务会审议,移送情况登记备查。"),
        ("发票管理", "违规为纳税人增量、代开发票", "业务流程", "低", "发票增量系统审批,代开发票实行后台监控。"),
    ]  # fmt: skip
    for n, (point, desc, kind, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, kind, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[lv])
    sh.add()
    sh.add("本人签字：", None, None, "所负责人审核：", None, None)
    return _layout(
        "tax_office_selfcheck", "https://xiexiebang.com/a9/2019051417/49c7543488a6ee19.html",
        "区税务局 税务所 税收管理员's 岗位廉政风险自查表 after the source's essay on 税源管理 (税收管理员 属地管户, 农村基层"
        "分局, 漏征漏管, 纳税评估): the title, ``单位：国家税务总局重庆市九龙坡区税务局棠岚税务所 | 填表时间：…``, ``姓名 | "
        "扈枕溪 | 岗位 | 税收管理员 | 政治面貌 | 中共党员``; 序号/a short ``风险点``/a long ``风险表现``/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; ``本人签字： | 所负责人审核：`` unfilled",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    expropriation_card_front_back(),
    procuratorate_annex4(),
    taiwan_office_annex2(),
    marriage_clerk_selfcheck(),
    town_social_security_register(),
    dental_purchase_card(),
    supply_coop_annex3(),
    sanitation_pledge(),
    tax_office_selfcheck(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch214-inbox"))
