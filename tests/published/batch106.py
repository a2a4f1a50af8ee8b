"""A hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch drew on (a 县国有农场, a 县光荣院, a 镇财政所, a 县公安局拘留所, the
county branch of 中国邮政, a 县热电公司, a 县排涝站, a 县政府招待所 and a 县航道管理站), handed back as the
附件2 / 附件3 / 附件4 of ``workbook_templates/`` or as an office's own 防控卡 / 自查表 / 登记表 /
承诺书, with the habits staff really have. Eight are EVERYDAY:

- the 光荣院's 院长's 附件2 on a tab renamed to her name: 分管工作 merged over two groups, ``…风险``
  types, ``Ⅰ级/Ⅱ级/Ⅲ级``, the ``“三重一大”方面`` row over one filled row and three printed numbers,
  the 领导小组 box signed;
- the 镇财政所's 附件3: the 单位 line names the 镇人民政府, the ``科室`` cell the 所 WITH the town's name
  (``汀埠镇财政所``), 岗位职责 typed on the first row of each duty and left blank under it (not merged),
  short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 拘留所's 管教民警's 附件4: ``单位(盖章):灌南县公安局拘留所`` (the 局 and its 所) and
  ``所在科室及职务 | 管教民警`` — the post alone, the 所 only in the 单位 line;
- the 邮政 branch's 员工廉洁风险自查表 of a 支局's 综合柜员: labels spaced out (``姓　　名``, ``岗　　位``),
  the two-character name typed with a full-width space between (``麴　蕾``), ``业务环节``, 高/中/低, no type
  column, a trailing ``自查情况`` (``已落实``, ``未发现问题``);
- the 热电公司's 岗位廉洁风险防控卡 of a 燃料采购员: ``部门 | … | 岗位 | … | 持卡人 | …`` and ``岗位风险等级 |
  高 | 联系电话 | … | 填卡日期 | <a date cell>``; ``风险环节`` merged, ``…风险`` types, ``高风险/中风险/低风险``;
- the 排涝站's 附件4 of a 泵站运行工 whose ``所在科室及职务`` reads ``运行班泵站运行工`` run together,
  岗位职责 merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 招待所's 岗位廉政风险防控承诺书 of a 食材采购员: two rows of pairs four cells wide, ``序号 | 风险点 |
  风险等级 | 防控措施``, ``一级/二级/三级``, a merged pledge and ``承诺人: | 汲雨萌`` under it;
- the 航道管理站's 自查登记表 of an 航标员: a label row ``姓名 | 性别 | 出生年月 | 政治面貌 | 所在科室 | 职务``
  over a row of values (出生年月 a number), ``工作职责`` merged, short types, 高/中/低.

One is harder:

- ``farm_card_side_labels``: a 国有农场 副场长's 防控卡 typed in Word and pasted into Excel: the card
  is one grid whose column A holds side labels typed one character a line (``岗⏎位⏎职⏎责``,
  ``廉⏎政⏎风⏎险⏎防⏎控``, ``承⏎诺``), the one before the risk table merged down over its header and
  all its rows, so the table (``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``) starts in column B.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a 垦区's 土地承包经营 and 承包费; a 光荣院's 集中供养 and 迁建项目; what a
乡镇财政所长 does; the 拘留所 rules on 物品保管 and 生活必需品; 邮政代理金融网点 风险评价 (开销户, 重要空白凭证);
an 电厂's 燃料管理制度 (采购, 验收, 采制化, 煤场盘点, 结算); 湖区排涝泵站 运行管理; a 招待所's 餐厅接待
制度 (三方签字, 结算单); what an 航道 office does (航标, 清障, 航道通告)) and the layout follows their
words. The rows are worded by us, the names invented; every unit is a body of 灌南县 (its town 汀埠镇,
its 苇滩农场 and 翎河排涝站 invented).

Run ``python tests/published/score.py --set batch106`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b106_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own form follows the post (副场长 leader; 综合柜员, 采购员, 航标员 general);
- ``单位(盖章):灌南县公安局拘留所`` gives the 局 as the unit and the 所 as the 科室 (batches 36, 68), also
  when ``所在科室及职务`` names only the post;
- ``汀埠镇财政所`` in the 科室 cell of a 镇's 附件3 is the 镇's 财政所: unit the 镇人民政府, 科室 财政所;
- ``麴　蕾`` is 麴蕾; ``运行班泵站运行工`` is 科室 运行班, post 泵站运行工;
- the vertical side labels of the Word card are no 科室, no post and no point; the card's 岗位职责 names
  the 科 the 副场长 looks after, not his 科室;
- ``岗位风险等级 | 高`` above a card grades the post, not a point; ``自查情况``, ``联系电话`` and the pledge
  are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import DATE, HEAD, NOTE, NOTE_GENERAL, REVIEWS, _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b106_"
PLACE = "灌南县"
TOWN = "汀埠镇"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _vertical(text: str) -> str:
    """A label typed one character a line, as a narrow column of a Word card holds it."""
    return "\n".join(text)


# --------------------------------------------------------------------------- harder layout


def farm_card_side_labels() -> dict:
    unit = f"{PLACE}苇滩农场"
    who, post = "禤砚秋", "副场长"
    sh = _Sheet("防控卡", [5, 6, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("姓名", who, "职务", post, "填卡时间", "2024年7月")
    r = sh.add(_vertical("岗位职责"),
               "协助场长负责全场土地承包经营、农业生产和安全生产工作,联系生产科、农机站。",
               None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    head = sh.add(_vertical("廉政风险防控"), "序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("土地承包经营发包不公开,为亲友低价承包或多包少报面积", "岗位职责", "高",
         "承包方案经场务会研究,承包面积实测公示,合同统一编号管理。"),
        ("土地承包费减免、缓交审批随意,收取的承包费不入账", "制度机制", "高",
         "减免、缓交经场务会集体研究并公示,承包费统一由财务科收取开票。"),
        ("农业生产资料统一采购中指定供应商,收受回扣", "外部环境", "中",
         "农资采购公开比价,品种、价格在各管理区公示。"),
        ("种粮补贴、农业保险面积核报不实", "业务流程", "中",
         "补贴和投保面积与承包台账核对,职工逐户签字确认并公示。"),
        ("安全生产检查走过场,接受检查对象宴请", "思想道德", "低",
         "检查两人以上同行,检查记录和整改情况存档备查。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(None, n, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[level])
    sh.merge(head, 0, len(sh.rows) - 1, 0)
    r = sh.add(_vertical("承诺"),
               "本人承诺:严格落实以上防控措施,自觉接受组织和职工群众监督,如有违反,愿承担相应责任。",
               None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    sh.add("持卡人签字:", None, None, "场长签字:", None, "2024年7月")
    return _layout(
        "farm_card_side_labels", "https://www.hljszw.org.cn/home/book/info/get_id/354006.html",
        "(harder) 县国有农场 副场长's 岗位廉政风险防控卡 (tab 防控卡) after the source's report on 垦区 土地承包经营 "
        "(职工家庭农场, 管理区, 作业区, 土地承包费, 两费自理): a card typed in Word and pasted into Excel as ONE grid — "
        "``姓名 | 禤砚秋 | 职务 | 副场长 | 填卡时间 | 2024年7月``, then column A holds SIDE LABELS typed one character a "
        "line: ``岗⏎位⏎职⏎责`` beside a merged paragraph (naming the 生产科 and 农机站 he looks after), "
        "``廉⏎政⏎风⏎险⏎防⏎控`` MERGED DOWN over the risk table's header and all five rows, so the table "
        "``序号 | 风险点 | 风险类型 (short) | 风险等级 高/中/低 | 防控措施`` starts in column B, and ``承⏎诺`` beside "
        "a merged pledge; a 持卡人/场长 signature line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def veterans_home_annex2() -> dict:
    unit = f"{PLACE}光荣院"
    who, post = "殳淼", "院长"
    sh = _Sheet(who, [6, 22, 36, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("全面负责院务和光荣院迁建项目", "迁建项目施工、监理单位不按规定招标,个人指定", "制度机制风险", "Ⅰ级",
         "迁建项目全部进入公共资源交易平台,院务会集体研究,纪检组全程监督。"),
        (None, "迁建项目工程变更、现场签证把关不严,虚增工程量", "业务流程风险", "Ⅰ级",
         "变更签证经监理、跟踪审计和院务会三方审核。"),
        ("集中供养对象服务管理", "集中供养对象伙食费、护理费挤占挪用", "制度机制风险", "Ⅱ级",
         "供养经费专账核算,伙食账目每月在院内公示。"),
        (None, "接收供养对象时降低条件,优亲厚友", "岗位职责风险", "Ⅱ级",
         "接收对象报退役军人事务局审核,名单公示。"),
        (None, "接受慰问单位、供货商赠送的礼品礼金", "思想道德风险", "Ⅲ级",
         "慰问物资登记造册统一发放,礼品礼金一律登记上交。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    point = "大额资金使用和大宗物资采购不经院务会集体研究,个人说了算"
    sh.add(1, "参与院务会决策", point, "制度机制风险", "Ⅰ级",
           "大额资金和大宗采购提交院务会研究,会议纪要存档备查。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    for n in range(2, 5):
        sh.add(n, None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6, {REVIEWS[1]: ("同意。", "2024年6月25日")})
    _line(sh, NOTE, 6)
    return _layout(
        "veterans_home_annex2", "https://m.163.com/local/article/KI70TV3T05454D4F.html",
        "县光荣院 院长's 附件2 on a tab renamed to her name (殳淼), after the source's visit of a 退役军人事务局 to a "
        "光荣院 (集中供养对象, 老兵, 光荣院迁建项目, 完善各项制度): ``姓名 | 殳淼 | 职务 | 院长 | 岗位风险等级 | A``; "
        "序号 1–5, 分管工作 merged over two groups; ``…风险`` types; ``Ⅰ级/Ⅱ级/Ⅲ级``; a merged ``“三重一大”方面`` row, "
        "its row 1 filled and rows 2–4 holding only their printed number; the 领导小组 box signed ``同意。`` with a "
        "date, the 纪检组 box blank; 注",
        [sh], t,
    )  # fmt: skip


def town_finance_office_annex3() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, dept = "檀若愚", "财政所"
    sh = _Sheet("附件3", [22, 18, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", f"{TOWN}{dept}", "负责人", who, "岗位风险等级", "A")
    sh.add(*HEAD)
    rows = [
        ("惠民惠农补贴资金发放", "审核→造册→一卡通发放", "补贴发放名册审核不严,造成多发、冒领",
         "岗位职责", "Ⅰ级", "发放名册与村组公示表逐户核对,一卡通发放后按比例抽查。"),
        (None, "发放→公示", "扣压、截留补贴资金或拖延发放", "制度机制", "Ⅱ级",
         "资金到账后十个工作日内发放,发放结果在村务公开栏公示。"),
        ("村级财务代理记账", "报账→审核→记账", "对村级白条入账、大额现金支出审核把关不严", "业务流程",
         "Ⅰ级", "村级报账凭证经村务监督委员会签字后受理,大额支出走对公账户。"),
        (None, "记账→公开", "与村干部串通做假账,虚列开支", "思想道德", "Ⅰ级",
         "代理会计定期轮换,村级账目每季度公开。"),
        ("镇级预算执行和资金拨付", "申请→审核→支付", "违规提前拨付或故意拖延拨付项目资金", "外部环境", "Ⅲ级",
         "项目资金凭验收单和审批单拨付,大额支付经镇长审签。"),
    ]  # fmt: skip
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), ROMAN[row[4]])
    for _ in range(2):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年6月18日")})
    _line(sh, NOTE, 6)
    return _layout(
        "town_finance_office_annex3", "https://www.fudaoke.com/exam/2248104.html",
        "镇财政所's 附件3 (tab 附件3) after the source's account of what a 乡镇财政所长 does (预算执行监督, 涉农补贴, "
        "“一卡通”, 村级财务指导, 白条账): ``单位(盖章):灌南县汀埠镇人民政府`` over ``科室 | 汀埠镇财政所 | 负责人 | 檀若愚 "
        "| 岗位风险等级 | A`` — the 所 written WITH the town's name; 岗位职责 typed on the first row of each duty and "
        "left BLANK under it (not merged), 工作流程 with arrows, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; two unused template "
        "rows, the first review box signed, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def detention_house_annex4() -> dict:
    bureau, dept = f"{PLACE}公安局", "拘留所"
    who, post = "仝嘉言", "管教民警"
    sh = _Sheet("附件4", [22, 18, 36, 16, 8, 34])
    t = _Truth(bureau)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{bureau}{dept}", 6)
    sh.add("姓名", who, "所在科室及职务", post, "岗位风险等级", "B")
    sh.add(*HEAD)
    rows = [
        ("被拘留人入所登记和物品保管", "入所检查→物品清点→登记保管",
         "私自截留、调换被拘留人的现金、手机等随身物品", "岗位职责风险", "Ⅰ级",
         "物品由两名民警当面清点,被拘留人签字确认,出所时逐件核对返还。"),
        (None, "生活必需品检查→转交", "为被拘留人传递违禁物品或通风报信", "思想道德风险", "Ⅰ级",
         "亲属送交物品在监控下检查登记,非生活必需品一律不接收。"),
        ("被拘留人日常管理教育", "值班巡视→谈话教育", "收受被拘留人亲属财物,给予关照或违规安排会见",
         "外部环境风险", "Ⅱ级", "会见经所领导审批,会见全程录音录像。"),
        (None, "出所就医→回所", "违规为被拘留人办理出所就医,或就医期间放任其与亲友接触", "制度机制风险",
         "Ⅱ级", "出所就医经所长批准,两名民警全程看管。"),
        ("伙食和生活用品供应", "采购→验收→供应", "伙食采购验收不严,以次充好、克扣伙食", "业务流程风险", "Ⅲ级",
         "食材定点采购,验收双人签字,伙食标准在拘区公示。"),
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
        "detention_house_annex4", "https://1fatong.com/fagui/3930.html",
        "县公安局拘留所 管教民警's 附件4 (tab 附件4) after the source's 拘留所 rules (被拘留人 入所检查, 物品保管, 生活"
        "必需品 检查登记后转交, 出所就医 经所长批准, 饮食): ``单位(盖章):灌南县公安局拘留所`` (the 局 and its 所) over "
        "``姓名 | 仝嘉言 | 所在科室及职务 | 管教民警 | 岗位风险等级 | B`` — the post ALONE, the 所 named only in the "
        "单位 line; 岗位职责 merged, 工作流程 with arrows, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; two unused template rows, "
        "blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


def postal_branch_selfcheck() -> dict:
    unit = f"中国邮政集团有限公司{PLACE}分公司"
    who, dept, post = "麴蕾", f"{TOWN[:2]}邮政支局", "综合柜员"
    sh = _Sheet("自查表", [6, 16, 36, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险自查表", 6)
    sh.add(f"姓{GAP * 2}名", GAP.join(who), "所在部门", dept, f"岗{GAP * 2}位", post)
    sh.add("入职时间", "2016年3月", "自查时间", "2024年8月", None, None)
    sh.add("序号", "业务环节", "风险点", "风险等级", "防控措施", "自查情况")
    rows = [
        ("开销户", "为客户违规代开账户,或开户资料审核不严", "高",
         "开户联网核查身份信息,开户资料交事后监督中心复核。", "已落实"),
        ("重要空白凭证管理", "重要空白凭证领用、使用不登记,私自作废", "高",
         "凭证领用登记、日终核对,作废凭证交支局长销号。", "已落实"),
        ("现金业务", "挪用尾箱现金,或私自将客户存款延迟入账", "高",
         "尾箱现金日终双人核对入库,支局长每周查库。", "未发现问题"),
        ("柜员权限管理", "借用他人柜员卡、密码办理业务", "中",
         "柜员卡专人专用,密码定期修改,交接班登记。", "已落实"),
        ("代理保险、理财销售", "误导客户购买保险理财产品,私下收取费用", "中",
         "销售过程录音录像,严禁私售产品,客户定期回访。", "已落实"),
        ("客户信息保密", "泄露客户账户信息和交易信息", "低", "查询客户信息须授权,系统操作留痕。", "未发现问题"),
    ]  # fmt: skip
    for n, (step, point, level, measures, found) in enumerate(rows, 1):
        sh.add(n, step, point, level, measures, found)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    sh.add()
    sh.add("自查人(签字):", None, None, "支局长(签字):", None, None)
    return _layout(
        "postal_branch_selfcheck", "https://xiexiebang.com/a5/2019051320/c2a493d8508b3b75.html",
        "邮政 county branch 员工廉洁风险自查表 (tab 自查表) of a 支局's 综合柜员, after the source's 邮政代理金融网点风险"
        "等级评价办法 (权限管理, 开销户, 重要空白凭证, 账务和现金): title ``中国邮政集团有限公司灌南县分公司员工廉洁风险"
        "自查表``; ``姓　　名 | 麴　蕾 | 所在部门 | 汀埠邮政支局 | 岗　　位 | 综合柜员`` — labels spaced out with "
        "full-width spaces and the two-character name typed with one between — and ``入职时间 | … | 自查时间 | …``; "
        "序号/``业务环节``/风险点/风险等级 高/中/低/防控措施/a trailing ``自查情况`` (``已落实``, ``未发现问题``); no type "
        "column; an unsigned 自查人/支局长 line",
        [sh], t,
    )  # fmt: skip


def thermal_power_fuel_card() -> dict:
    unit = f"{PLACE}{TOWN[:2]}热电有限公司"
    who, dept, post = "郤明远", "燃料部", "燃料采购员"
    sh = _Sheet("防控卡", [6, 12, 36, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控卡", 6)
    sh.add("部门", dept, "岗位", post, "持卡人", who)
    sh.add("岗位风险等级", "高", "联系电话", "0518-83217065", "填卡日期", datetime(2024, 6, 18))
    sh.add("序号", "风险环节", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("燃煤采购", "与煤炭供应商串通抬高采购价格,收受回扣", "外部环境风险", "高风险",
         "采购价格集体议价,比价记录存档,与供应商签订廉洁协议。"),
        ("燃煤采购", "指定或变相指定供应商,排斥其他合格供应商", "制度机制风险", "高风险",
         "供应商准入条件公开,年度评价结果公示。"),
        ("入厂验收", "默许供应商以次充好,亏吨亏卡不扣款", "岗位职责风险", "中风险",
         "入厂煤采样、制样、化验分离,化验样品编码盲样管理。"),
        ("煤场盘点", "盘点数据弄虚作假,掩盖煤场亏煤", "业务流程风险", "中风险",
         "煤场每月由燃料、财务、生产三方联合盘点。"),
        ("货款结算", "结算时不按化验结果扣款,多付货款", "思想道德风险", "低风险",
         "结算单凭化验报告和计量单,由财务部复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, step, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), WORDS[level])
    sh.rows[first + 1][1] = None
    sh.merge(first, 1, first + 1, 1)
    sh.add()
    sh.add("持卡人签字:", None, None, "部门负责人签字:", None, None)
    return _layout(
        "thermal_power_fuel_card", "https://renrendoc.com/paper/280562809.html",
        "县热电公司 燃料部 燃料采购员's 岗位廉洁风险防控卡 (tab 防控卡) after the source's 燃料管理制度汇编 of a 发电公司 "
        "(燃料采购, 燃料验收, 采制化, 煤场盘点, 计量, 费用结算): ``部门 | 燃料部 | 岗位 | 燃料采购员 | 持卡人 | 郤明远`` "
        "and ``岗位风险等级 | 高 | 联系电话 | 0518-83217065 | 填卡日期 | <a DATE cell, 2024-06-18>``; 序号/``风险环节`` "
        "(merged over its first two rows)/风险点/风险类别 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; an "
        "unsigned 持卡人/部门负责人 line",
        [sh], t,
    )  # fmt: skip


def drainage_pump_annex4() -> dict:
    unit = f"{PLACE}翎河排涝站"
    who, dept, post = "鲜于澄", "运行班", "泵站运行工"
    sh = _Sheet("附件4", [22, 18, 36, 16, 8, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "C")
    sh.add(*HEAD)
    rows = [
        ("泵站机组运行和值班", "开机→运行记录→停机", "虚报开机台时,多报排涝电费", "业务流程风险", "Ⅱ级",
         "运行台时以电表读数和监控记录为准,站长每月核对。"),
        (None, "汛期值班", "汛期擅离岗位,值班记录事后补记", "岗位职责风险", "Ⅱ级",
         "值班签到并视频巡查,值班记录当班签字。"),
        ("机电设备维修养护", "报修→维修→验收", "维修配件以旧充新,虚报维修材料", "制度机制风险", "Ⅰ级",
         "更换配件旧件交回登记,维修验收两人签字。"),
        ("泵站周边巡查", "巡查→报告", "收受周边养殖户好处,私自为其抽排水", "思想道德风险", "Ⅲ级",
         "抽排水一律凭调度指令,巡查记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    for _ in range(3):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实。", DATE)})
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "drainage_pump_annex4", "https://www.360wenmi.com/f/filee40x1ql6.html",
        "县排涝站 泵站运行工's 附件4 (tab 附件4) after the source's 湖区排涝泵站运行管理 调查报告 (电排, 装机, 以工代赈 "
        "改造, 排涝抗灾, 运行管理和电费): ``姓名 | 鲜于澄 (a compound surname) | 所在科室及职务 | 运行班泵站运行工`` "
        "run together; 岗位职责 merged, 工作流程 with arrows, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; three unused "
        "template rows, the first review box ``情况属实。`` with an undated ``年  月  日``, 注",
        [sh], t,
    )  # fmt: skip


def guesthouse_buyer_pledge() -> dict:
    unit = f"{PLACE}人民政府招待所"
    who, dept, post = "汲雨萌", "餐饮部", "食材采购员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 4)
    sh.add("姓名", who, "部门", dept)
    sh.add("岗位", post, "填写时间", "2024年7月")
    sh.add("序号", "风险点", "风险等级", "防控措施")
    rows = [
        ("食材采购虚报数量、抬高价格", "一级", "采购物品经接待单位、厨师、经办人三方签字确认后入账。"),
        ("与供货商私下约定,收受回扣或购物卡", "一级", "食材定点采购,供货价格每月比对,与供货商签订廉洁协议。"),
        ("无《来客招待安排单》安排采购,事后补单", "二级", "凭安排单采购,结算单由接待单位签字认可。"),
        ("剩余食材私自带走或变卖", "三级", "库存食材每周盘点,出入库逐笔登记。"),
    ]  # fmt: skip
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures)
        t.point(sh.name, dept, post, who, "general", point, [], ORDINAL[level])
    _line(sh, "本人郑重承诺:严格遵守廉洁从业各项规定,认真落实以上防控措施,不利用工作之便谋取私利,"
              "自觉接受组织和群众监督。如有违反,愿接受组织处理。", 4)  # fmt: skip
    sh.add("承诺人:", who, None, "2024年7月15日")
    return _layout(
        "guesthouse_buyer_pledge", "https://wjfww.com/wenmi/guizhang/yneo4k.html",
        "县政府招待所 餐饮部 食材采购员's 岗位廉政风险防控承诺书 (tab 承诺书) after the source's 招待所餐厅接待管理制度 "
        "(《来客招待安排单》, 采购物品 接待单位、厨师、经办人 三方签字, 《招待所结算单》): two rows of pairs four cells "
        "wide ``姓名 | 汲雨萌 | 部门 | 餐饮部`` and ``岗位 | 食材采购员 | 填写时间 | 2024年7月``; 序号/风险点/风险等级 "
        "``一级/二级/三级``/防控措施, no type column; a merged ``本人郑重承诺:…`` paragraph, then ``承诺人: | 汲雨萌 "
        "| | 2024年7月15日``",
        [sh], t,
    )  # fmt: skip


def waterway_station_register() -> dict:
    unit = f"{PLACE}航道管理站"
    who, dept, post = "蒉子衿", "养护科", "航标员"
    sh = _Sheet("登记表", [6, 16, 36, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查登记表", 6)
    sh.add("姓名", "性别", "出生年月", "政治面貌", "所在科室", "职务")
    sh.add(who, "男", 1988.11, "中共党员", dept, post)
    sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("航标维护", "航标巡检记录弄虚作假,未巡报巡", "岗位职责", "中", "巡检定位拍照上传,科长每周抽查。"),
        ("航标维护", "航标器材领用不登记,私自变卖", "制度机制", "中", "器材出入库登记,旧件交回核销。"),
        ("航道清障", "清障打捞作业量虚报,与作业单位串通多结费用", "外部环境", "高",
         "清障前后测量比对,作业量经站务会审核。"),
        ("通航条件评估", "收受涉航工程建设单位好处,现场核查意见不客观", "思想道德", "高",
         "核查意见经技术人员集体讨论,站长审签。"),
        ("航道通告", "拖延发布航道通告,向特定船主透露信息", "业务流程", "低",
         "航道通告按规定时限统一发布,发布记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.rows[first + 1][1] = None
    sh.merge(first, 1, first + 1, 1)
    sh.add()
    sh.add("本人签字:", None, None, "科室负责人签字:", None, "2024年5月")
    return _layout(
        "waterway_station_register", "https://drbdp.com/4-7607419.html",
        "县航道管理站 养护科 航标员's 岗位廉政风险自查登记表 (tab 登记表) after the source's account of what 航道 "
        "offices do (航标设置, 水下障碍物清除, 通航条件评估, 发布航道通告, 疏浚): a label row ``姓名 | 性别 | 出生年月 | "
        "政治面貌 | 所在科室 | 职务`` over a row of values (出生年月 the NUMBER 1988.11); 序号/``工作职责`` (merged over "
        "its first two rows)/风险点/风险类型 (short)/风险等级 高/中/低/防控措施; an unsigned 本人/科室负责人 line with a "
        "date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    farm_card_side_labels(),
    veterans_home_annex2(),
    town_finance_office_annex3(),
    detention_house_annex4(),
    postal_branch_selfcheck(),
    thermal_power_fuel_card(),
    drainage_pump_annex4(),
    guesthouse_buyer_pledge(),
    waterway_station_register(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch106-inbox"))
