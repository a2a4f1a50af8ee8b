"""A hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies of 古蔺县 that
earlier batches used seldom or never — the 征地拆迁服务中心, the 公安局交通警察大队, the 价格认证中心, the
拘留所, the 农村经营管理站, a 镇 (an invented 鹤栖镇), the 供电有限责任公司, the 森林消防大队, the 国库集中
支付中心 and the 保安服务有限公司 — each handing back its ordinary 一览表, 排查表, 清单 or personal
自查表 the way its staff typed it (no re-saved copies this time):

- the 征地拆迁服务中心's 一览表 with a short ``风险点`` (``入户调查登记``) beside a long ``风险表现形式``,
  under a ``填报单位（盖章）：… | 填报日期：…`` line; two 工作人员 of one 股 are different people;
- the 交警大队's 排查表 with a ``警号`` column of six-figure numbers typed as TEXT (``051201``) merged
  per person beside 姓名, its 科室 headed ``中队（室）`` (车辆管理所 among them), ``★★★/★★/★`` and the
  note that reads them;
- the 价格认证中心's 清单 对岗不对人 with no 科室 column (``价格认定股股长`` carries its 股), 岗位 and
  岗位职责 merged per post, 一级/二级/三级 and a ``说明`` line naming them;
- the 拘留所's personal 自查表, one a sheet, the tabs named by POST (``所长``, ``管教民警``, ``会计``), two
  rows of pairs above the table with 性别, 政治面貌 and 填表日期 among them;
- a 镇's 排查表 whose two-character names are PADDED with a full-width space to the width of three
  (``弘　澈``, ``桓　曦``), as clerks align a 姓名 column; 站所 (财政所, 乡村振兴工作站, 村镇建设服务中心)
  beside ``镇领导``;
- the 供电有限责任公司's 排查表 grading its points ``重大/较大/一般`` (as 国企 grade their risks), its
  部门 headed ``部门（单位）`` with a 供电所 among them;
- the 森林消防大队's 一览表 under a two-row header (``廉政风险`` over ``风险点 | 等级``), Ⅰ级/Ⅱ级/Ⅲ级,
  no type column, and a ``防控时段`` column (``全年``, ``防火期（1—5月）``);
- the 保安服务有限公司's workbook of one sheet a 部门, the tab the only place the 部门 is named.

One is the shape this batch adds to what the README describes — a 动态调整表:

- ``treasury_dynamic_adjust``: the 国库集中支付中心's ``…岗位廉政风险点动态调整表`` with TWO point columns,
  ``原风险点 | 调整后风险点``, and an ``调整情况`` column: ``保留`` rows write ``同左`` under 调整后风险点 (the
  point is the 原风险点), ``新增`` rows ``/`` under 原风险点, ``修改`` rows both texts (the point is the new
  one), and a ``删除`` row whose 调整后风险点, 风险等级 and 防控措施 are ``/`` (no point).

One is harder:

- ``rural_econ_roster_right``: the 农村经营管理站's 一览表 names NO holder in the table (股室, 岗位 and the
  risk columns only); a small ``岗位人员名单`` (``股室 | 岗位 | 姓名``) stands to the RIGHT of it, past an
  empty column, its rows beside the table's first rows — the only place the holders are named.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 征地拆迁的廉政风险 — 泄露
征收信息, 补偿标准不透明, 入户调查 and 附着物; what a 交警 body manages — 违章处理, 车辆管理, 驾驶员管理,
事故处理; a 价格认证中心 meeting on 涉案海砂价格认定 and 采价难; a 拘留所's day — 24小时谈话, 家人送衣服,
每周回见, 洗衣房; the 农村集体“三资” cases — 虚报冒领, 村集体资产有账无物; a 镇's 危房改造 — 扶贫工作站
with 城建、民政 checking each house; a 县供电公司's 跟班稽查 of 抄表 and 转供电、窃电; a 森林草原防火
管理制度 — 值班, 防火物资 造册登记, 防火车专车专用; the 岗位职责 of a 国库集中支付中心 — 主任, 副主任,
受理组, 审核, 支付, 代理银行; a 保安服务公司's 规章制度) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented; every
unit is a body of 古蔺县 (the 镇 an invented 鹤栖镇, the 供电所 an invented 椒岭供电所).

Run ``python tests/published/score.py --set batch176`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b176_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- in a 动态调整表 the point is the one the list holds AFTER the adjustment: the ``调整后风险点``, or the
  ``原风险点`` where the later writes ``同左``; a row ``删除`` (its 调整后风险点 ``/``) is no point;
- a roster ``股室 | 岗位 | 姓名`` beside the table names the holder of the table's post of that 股室;
- a name padded with a full-width space (``弘　澈``) is the name without it (弘澈);
- a ``警号`` is no holder and no point; 性别, 政治面貌 and 填表日期 above a 自查表 are no holder;
- a tab named by a post (``所长``) names nothing: the pairs above the table give the 科室 and post;
- a workbook of one sheet a 部门 with no 部门 cell: the tab is the 科室;
- ``重大/较大/一般`` are Ⅰ/Ⅱ/Ⅲ; a ``防控时段`` is no point and no level;
- 主任/副主任 of a 中心, 大队长/教导员, 所长 of the 拘留所, 站长/副站长 of the 县农经站, 镇长/副镇长, 总经理,
  董事长 are leaders; 股长, 中队长, the 车管所's and a 供电所's 所长, a 镇's 财政所所长 and 站长, 部门主任,
  部长 and 组长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b176_"
PLACE = "古蔺县"
TOWN = "鹤栖镇"
STARS = {"★★★": 1, "★★": 2, "★": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
MAJOR = {"重大": 1, "较大": 2, "一般": 3}
GAP = "\u3000"


def _padded(name: str) -> str:
    """A two-character name padded to the width of three, as clerks align a 姓名 column."""
    return f"{name[0]}{GAP}{name[1]}" if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def rural_econ_roster_right() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("Sheet1", [6, 12, 12, 34, 14, 8, 34, 3, 12, 12, 10])
    t = _Truth(unit)
    r = sh.add(f"{unit}岗位廉政风险点一览表", *([None] * 6))
    sh.merge(r, 0, r, 6)
    head = sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", None,
                  "岗位人员名单", None, None)  # fmt: skip
    sh.merge(head, 8, head, 10)
    rows = [
        ("站领导", "站长", "须念安", "leader", "农村集体资产清产核资结果审核把关不严", "制度机制风险", "高",
         "清产核资结果经站务会集体审核,在村务公开栏公示。"),
        ("站领导", "站长", "须念安", "leader", "农村产权流转交易项目不经集体研究即挂牌交易", "岗位职责风险", "高",
         "交易项目经村民代表会议和站务会研究,进入县农村产权交易平台公开交易。"),
        ("站领导", "副站长", "通照野", "leader", "村级财务审计中发现问题不报告、不移交", "岗位职责风险", "中",
         "审计发现的问题书面报告站长,涉嫌违纪的线索移交纪检监察机关。"),
        ("三资监管股", "股长", "辛逐溪", "middle", "村集体资金支出审核走过场,虚列支出", "业务流程风险", "高",
         "村级支出凭证经股室两人审核,大额支出附村民代表会议决议。"),
        ("三资监管股", "股长", "辛逐溪", "middle", "对村级代理记账监督不到位", "制度机制风险", "中",
         "每季度抽查代理记账凭证,抽查结果通报各乡镇。"),
        ("三资监管股", "会计辅导员", "耿栖梧", "general", "为村级组织代理记账时收受好处,违规入账", "思想道德风险", "中",
         "记账员定期轮换,入账凭证由村监委会签字确认。"),
        ("承包经营股", "股长", "骞望舒", "middle", "土地承包经营权纠纷调处中偏袒一方", "外部环境风险", "中",
         "纠纷调处两人以上参加,调处意见书面送达双方。"),
        ("办公室", "出纳", "充若渝", "general", "工作经费、培训经费支付不按审批执行", "制度机制风险", "低",
         "支付凭审批单办理,每月与会计对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    # the roster to the right, past the empty column H, beside the table's first rows
    roster = [("股室", "岗位", "姓名")]
    seen = []
    for dept, post, who, *_ in rows:
        if (dept, post, who) not in seen:
            seen.append((dept, post, who))
    roster += seen
    for k, (a, b, c) in enumerate(roster):
        row = sh.rows[first + k]
        row.extend([None] * (11 - len(row)))
        row[8], row[9], row[10] = a, b, c
    sh.add()
    sh.add("填表人:", None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "rural_econ_roster_right", "https://fx361.cc/page/2023/1228/25277461.shtml",
        "(harder) 县农村经营管理站 岗位廉政风险点一览表 after the source's account of 农村集体“三资” cases (虚报、冒领、"
        "套取集体资金, 集体资产有账无物, 违规处置集体资产优亲厚友, 监管失责): title, then 序号/股室 merged (站领导, 三资"
        "监管股, 承包经营股, 办公室)/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 — NO 姓名 "
        "column; to the RIGHT, past the empty column H, a small roster: ``岗位人员名单`` merged over I:K on the header "
        "row, then ``股室 | 岗位 | 姓名`` and six rows (``三资监管股 | 股长 | 辛逐溪``, ``承包经营股 | 股长 | 骞望舒`` …) "
        "beside the table's first rows — the only place the holders are named; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def treasury_dynamic_adjust() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("动态调整表", [5, 10, 9, 8, 28, 30, 9, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年度岗位廉政风险点动态调整表", 9)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, None, "填报时间：2024年3月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号",
        "组别",
        "岗位",
        "姓名",
        "原风险点",
        "调整后风险点",
        "调整情况",
        "风险等级",
        "防控措施",
    )
    same, none = "同左", "/"
    rows = [
        ("中心领导", "主任", "游照眠", "leader", "预算单位临时借款审批不按规定程序", same, "保留", "高",
         "临时借款经主任办公会研究,按规定时限收回。"),
        ("中心领导", "主任", "游照眠", "leader", none, "财政直接支付动态监控预警信息处理不及时,压案不办", "新增",
         "中", "预警信息当日分派、限时核实,处理结果每月通报。"),
        ("中心领导", "副主任", "益思齐", "leader", "协调代理银行工作中接受吃请",
         "代理银行考核评价中接受银行吃请,考核打分不公", "修改", "中",
         "代理银行考核由中心集体打分,结果报财政局审定。"),
        ("受理组", "组长", "相迟暮", "middle", "用款计划录入错误", none, "删除", none, none),
        ("受理组", "组长", "相迟暮", "middle", "预算指标录入与批复不符,人为调整指标", same, "保留", "高",
         "指标录入双人复核,系统自动比对批复文件。"),
        ("审核组", "审核员", "越听澜", "general", "支付申请审核不严",
         "对无预算、超预算的直接支付申请审核不严,违规支付", "修改", "高",
         "无预算、超预算申请系统自动拦截,人工放行须主任审批。"),
        ("支付组", "支付员", "翟望秋", "general", none, "支付凭证开具后私自修改收款人信息", "新增", "高",
         "收款人信息修改须受理组重新审核,修改记录系统留痕。"),
        ("支付组", "支付员", "翟望秋", "general", "支付电子凭证传递不及时", same, "保留", "低",
         "凭证传递设定时限,超时自动提醒。"),
        ("综合组", "会计", "堵晚晴", "general", "票据管理不规范",
         "财政票据领用、核销不登记,票据遗失不报告", "修改", "低",
         "票据专人保管,领用、核销逐本登记,每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, old, new, how, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, old, new, how, lv, measures)
        if how == "删除":
            continue
        point = old if new == same else new
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "中心主任签字:", None, None)
    return _layout(
        "treasury_dynamic_adjust", "https://m.777doc.com/doc-10130104.html",
        "县国库集中支付中心 2024年度岗位廉政风险点动态调整表 after the source's 岗位职责 of a 国库集中支付中心 (主任 "
        "主持 and 审批临时借款, 副主任 协调 代理银行, 受理组 录入预算指标 and 用款计划, 审核, 支付): title, ``填报单位：… | "
        "填报时间：2024年3月``, then 序号/组别 merged (中心领导, 受理组, 审核组, 支付组, 综合组)/岗位 and 姓名 merged per "
        "person/TWO point columns ``原风险点 | 调整后风险点``/``调整情况`` (保留, 新增, 修改, 删除)/风险等级 高/中/低/"
        "防控措施 — ``保留`` rows write ``同左`` under 调整后风险点, ``新增`` rows ``/`` under 原风险点, ``修改`` rows "
        "both texts, the ``删除`` row ``/`` under 调整后风险点, 风险等级 and 防控措施; no type column; 填表人/审核人/"
        "中心主任签字",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def land_acquisition_short_and_long() -> dict:
    unit = f"{PLACE}征地拆迁服务中心"
    sh = _Sheet("一览表", [5, 12, 10, 8, 14, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None, "填报日期：2024年10月",
               None, None)  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "股室", "岗位", "姓名", "风险点", "风险表现形式", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "帖望川", "leader", "补偿安置方案制定",
         "补偿安置方案不经集体研究,擅自提高或降低补偿标准", "制度机制风险", "高",
         "补偿安置方案经主任办公会集体研究,报县政府审定后公告。"),
        ("中心领导", "主任", "帖望川", "leader", "征收补偿资金拨付", "不按协议和进度拨付补偿资金,或违规预付",
         "岗位职责风险", "高", "资金拨付凭协议、验收单和公示结果,实行主任、分管副主任双签。"),
        ("中心领导", "副主任", "丛晚樵", "leader", "征收信息管理", "提前向亲友泄露拟征收范围,诱导抢栽抢建",
         "思想道德风险", "中", "征收范围确定前严格保密,知悉人员登记在册。"),
        ("征收补偿股", "股长", "墨知澜", "middle", "入户调查登记", "入户丈量时虚增房屋面积、附着物数量",
         "岗位职责风险", "高", "实测实行“3+1”组队,当天实测当天上交,留存影像资料。"),
        ("征收补偿股", "股长", "墨知澜", "middle", "补偿协议签订", "对被征收户区别对待,私下许诺额外补偿",
         "外部环境风险", "中", "补偿标准一把尺子量到底,协议文本统一印制并公示。"),
        ("征收补偿股", "工作人员", "靖雨岫", "general", "附着物清点", "清点青苗和地上附着物时弄虚作假,收受好处",
         "思想道德风险", "中", "清点由村组干部和村民代表共同签字确认,交叉抽查复核。"),
        ("征收补偿股", "工作人员", "鱼澄野", "general", "补偿面积复核", "复核走过场,对实测数据明显错误不予纠正",
         "业务流程风险", "低", "复核组随机抽取复核户,复核结果书面存档。"),
        ("安置股", "股长", "习秋屿", "middle", "安置房分配", "安置房源分配不按抽签顺序,优亲厚友",
         "业务流程风险", "中", "安置房源公开抽签,纪检人员现场监督,结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None, None)
    return _layout(
        "land_acquisition_short_and_long", "http://47.95.242.172/thesis/view/7786079",
        "县征地拆迁服务中心 岗位廉政风险点一览表 after the source's paper on 征地拆迁的廉政风险 (提前泄露征地拆迁信息, 补偿"
        "标准不透明、自由裁量权过大, 地上附作物赔偿, 抢搭抢建): title, ``填报单位（盖章）：… | 填报日期：2024年10月``, then "
        "序号/股室 merged (中心领导, 征收补偿股, 安置股)/岗位 and 姓名 merged per person — two ``工作人员`` of 征收补偿股 "
        "are two people (靖雨岫, 鱼澄野)/a SHORT ``风险点`` (``入户调查登记``, ``安置房分配``) beside a long "
        "``风险表现形式``/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人",
        [sh], t,
    )  # fmt: skip


def traffic_police_badge_numbers() -> dict:
    unit = f"{PLACE}公安局交通警察大队"
    sh = _Sheet("排查表", [5, 12, 9, 8, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    sh.add(
        "序号",
        "中队（室）",
        "职务",
        "姓名",
        "警号",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("大队领导", "大队长", "别晏清", "051201", "leader", "交通事故责任认定中说情打招呼,干预办案", "思想道德",
         "★★★", "事故认定集体研究,说情打招呼一律登记报告。"),
        ("大队领导", "大队长", "别晏清", "051201", "leader", "警用装备、交通设施采购指定供应商", "制度机制",
         "★★★", "采购按政府采购程序办理,验收由装备、纪检人员共同参加。"),
        ("大队领导", "教导员", "利庭筠", "051202", "leader", "民警、辅警招录和考核评优中优亲厚友", "岗位职责",
         "★★", "招录考核结果公示,评优经党委会集体研究。"),
        ("事故处理中队", "中队长", "双屿白", "051215", "middle", "事故现场勘查取证不全,故意偏袒一方", "岗位职责",
         "★★★", "现场勘查全程执法记录仪记录,取证材料双人签字。"),
        ("事故处理中队", "中队长", "双屿白", "051215", "middle", "事故车辆施救、停放指定关联企业", "外部环境",
         "★★", "施救单位轮流派单,收费标准公示。"),
        ("秩序中队", "民警", "姬野棠", "051233", "general", "路面执法中以罚代处、少罚或不罚", "外部环境", "★★",
         "路面执法全程记录,罚款通过电子缴款,不收现金。"),
        ("车辆管理所", "所长", "慎听泉", "051240", "middle", "违规办理机动车登记、核发检验合格标志", "业务流程",
         "★★★", "登记业务系统留痕,查验照片上传,每月随机抽查。"),
        ("综合室", "内勤民警", "权清禾", "051251", "general", "非现场违法数据录入、删除不规范", "业务流程", "★",
         "违法数据删除须大队领导审批,系统记录操作人员。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, badge, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, badge, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 9)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None, None)
    return _layout(
        "traffic_police_badge_numbers", "https://worktile.com/kb/p/3183709",
        "县公安局交通警察大队 岗位廉政风险点排查表 after the source's account of what a 交警 body manages (交通违章处理 "
        "with 电子警察, 车辆管理 登记和年检, 驾驶员管理, 交通设施, 交通事故处理): title, then 序号/``中队（室）`` merged "
        "(大队领导, 事故处理中队, 秩序中队, 车辆管理所, 综合室)/职务/姓名/``警号`` — six figures typed as TEXT "
        "(``051201``), the three merged per person/廉政风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a "
        "merged note ``注：★★★为高风险，★★为中风险，★为低风险。`` under the table, then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def price_center_posts() -> dict:
    unit = f"{PLACE}价格认证中心"
    sh = _Sheet("清单", [5, 14, 26, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    posts = [
        ("主任", "leader", "主持中心全面工作,签发价格认定结论书", [
            ("涉案财物价格认定结论签发前不经集体审议", "制度机制风险", "一级",
             "重大、疑难认定事项经集体审议,审议意见存档。"),
            ("接受委托机关或当事人请托,干预认定结论", "思想道德风险", "一级",
             "请托事项登记报告,认定过程全程留痕。"),
        ]),
        ("副主任", "leader", "协助主任工作,负责价格认定复核", [
            ("价格认定复核把关不严", "岗位职责风险", "二级", "复核实行书面意见制度,复核人签字负责。"),
        ]),
        ("价格认定股股长", "middle", "组织实施价格认定、现场勘验和市场调查", [
            ("现场勘验走过场,以当事人提供的资料代替实地采价", "业务流程风险", "一级",
             "勘验两人以上,采价渠道三家以上并记录来源。"),
            ("认定人员应回避而未回避", "制度机制风险", "二级", "受理时逐案告知回避事项,回避情况登记在卷。"),
        ]),
        ("价格认定员", "general", "承办具体认定事项,采集价格资料", [
            ("采价数据弄虚作假,选择性采集市场价格", "岗位职责风险", "二级",
             "采价记录附照片、票据等佐证,股长随机复核。"),
        ]),
        ("财务人员", "general", "负责中心经费收支和报账", [
            ("价格认定工作经费报销审核不严", "制度机制风险", "三级", "报销凭证经主任审批,按季度公开经费支出。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, duty, points in posts:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    _line(sh, "说明：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("填报人:", None, None, "审核人:", None, "2024年5月", None)
    return _layout(
        "price_center_posts", "https://ccement.com/news/content/29925982650415001.html",
        "县价格认证中心 岗位廉政风险防控清单 对岗不对人 after the source's report of a 价格认证中心 meeting on 涉案海砂"
        "价格认定 (涉刑事价格认定, 质量参数, 认定方法, 人手紧、采价难): title, then 序号/岗位 (主任, 副主任, "
        "``价格认定股股长``, 价格认定员, 财务人员; NO 科室 column, no names)/岗位职责 — both merged per post/风险点/"
        "风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施; a merged ``说明：风险等级分为一级、二级、三级，一级为最高。`` "
        "line under it, then 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def detention_post_tabs() -> dict:
    unit = f"{PLACE}拘留所"
    t = _Truth(unit)
    people = [
        ("所长", "胥澹如", "男", "中共党员", "所领导", "leader", [
            ("被拘留人出所就医、停止执行拘留审批把关不严", "制度机制", "高",
             "出所就医凭医疗机构诊断意见,报主管公安机关领导审批。"),
            ("伙食、被服采购指定供应商", "岗位职责", "中", "采购三家以上比价,验收由管教、综合室共同参加。"),
            ("接受被拘留人亲属请托,违规安排会见", "思想道德", "高", "会见按规定时间办理,登记在册并全程录像。"),
        ]),
        ("管教民警", "艾霁初", "女", "中共党员", "管教中队", "general", [
            ("违规为被拘留人传递物品、信息", "思想道德", "高", "物品转交经两人检查登记,监区全程视频监控。"),
            ("收拘时对被拘留人随身财物登记不全", "业务流程", "中", "随身财物当面清点,被拘留人签字确认。"),
        ]),
        ("会计", "融渡秋", "女", "群众", "综合室", "general", [
            ("被拘留人伙食费收取不开具票据", "制度机制", "中", "伙食费统一开具票据,每月公示收支。"),
            ("代管款物账实不符", "岗位职责", "低", "代管款物专账管理,所长每月抽查盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, sex, party, dept, tier, points in people:
        sh = _Sheet(post, [10, 32, 10, 10, 12, 22])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "职务", post)
        sh.add("所在部门", dept, "政治面貌", party, "填表日期", "2024年8月")
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, None, "部门负责人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "detention_post_tabs", "http://v25v.net/news/article-11-12513-1.html",
        "县拘留所 岗位廉政风险自查表, one a sheet, after the source's account of a 拘留所's day (24小时谈话机制, 家人送"
        "衣服等物品, 每周一次回见, 新建洗衣房, 法律大讲堂): three sheets whose TABS are named by POST (``所长``, "
        "``管教民警``, ``会计``), each titled the same, two rows of pairs above the table — ``姓名 | 胥澹如 | 性别 | 男 | "
        "职务 | 所长`` and ``所在部门 | 所领导 | 政治面貌 | 中共党员 | 填表日期 | 2024年8月`` — then 序号/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施 merged over two columns; 本人签字/部门负责人签字",
        sheets, t,
    )  # fmt: skip


def town_padded_names() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    sh = _Sheet("排查表", [5, 14, 9, 8, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{TOWN}机关及站所岗位廉政风险点排查表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年6月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "弘澈", "leader", "镇级工程项目发包不按规定程序,指定施工队伍", "制度机制风险", "高",
         "工程项目发包经党政联席会议研究,按规定进入公共资源交易平台。"),
        ("镇领导", "镇长", "弘澈", "leader", "衔接推进乡村振兴补助资金项目安排不经集体研究", "制度机制风险", "高",
         "项目安排经党政联席会议研究,项目库和资金安排公示。"),
        ("镇领导", "副镇长", "容与之", "leader", "危房改造对象审核不严,优亲厚友", "岗位职责风险", "高",
         "改造对象经村民代表评议、镇村两级公示,城建、民政联合入户核实。"),
        ("财政所", "所长", "桓曦", "middle", "惠农补贴资金不按公示名册发放,截留挪用", "岗位职责风险", "高",
         "补贴资金通过一卡通直接发放到户,发放名册与公示名册逐户比对。"),
        ("财政所", "所长", "桓曦", "middle", "村级报账审核把关不严", "业务流程风险", "中",
         "报账凭证经村监委会签字,财政所两人审核。"),
        ("乡村振兴工作站", "站长", "荆照川", "middle", "防返贫监测对象识别不精准,应纳未纳", "岗位职责风险", "中",
         "监测对象经村评议、镇审核,识别结果张榜公示。"),
        ("村镇建设服务中心", "工作人员", "谌舟", "general", "农房建设审批现场踏勘走过场", "业务流程风险", "中",
         "现场踏勘两人以上,定位拍照存档。"),
        ("民政办", "工作人员", "边筠", "general", "低保、特困对象入户调查弄虚作假", "思想道德风险", "中",
         "入户调查两人以上,调查结果由户主签字确认,镇纪委随机抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, _padded(who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "镇纪委（盖章）", None)
    return _layout(
        "town_padded_names", "http://www.cbcbn.net/hxmss/12324.html",
        "镇 机关及站所岗位廉政风险点排查表 after the source's account of a 镇's 危房改造 (村民代表评议, 镇政府审核, 扶贫"
        "工作站 with 城建、民政、纪委 checking each house, 优亲厚友 ruled out): title ``鹤栖镇…``, ``填报单位：古蔺县鹤栖镇"
        "人民政府 | 填报时间：…``, then 序号/站所 merged (镇领导, 财政所, 乡村振兴工作站, 村镇建设服务中心, 民政办)/岗位 "
        "and 姓名 merged per person — every two-character name PADDED with a full-width space to the width of three "
        "(``弘　澈``, ``桓　曦``, ``谌　舟``, ``边　筠``), the three-character ones not (``容与之``, ``荆照川``)/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/``镇纪委（盖章）``",
        [sh], t,
    )  # fmt: skip


def power_company_major_minor() -> dict:
    unit = f"{PLACE}供电有限责任公司"
    sh = _Sheet("廉洁风险", [5, 14, 12, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 8)
    sh.add("序号", "部门（单位）", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "宗政澄", "leader", "配网工程项目立项和施工队伍选择不经集体决策", "制度机制",
         "重大", "配网项目立项和施工队伍选择经总经理办公会集体决策,会议纪要存档。"),
        ("公司领导", "总经理", "宗政澄", "leader", "违规干预物资招标结果", "岗位职责", "重大",
         "物资招标由上级公司统一组织,领导干部不得参与评标。"),
        ("营销部", "主任", "鲜于枕溪", "middle", "业扩报装中为用户指定设计、施工单位", "外部环境", "重大",
         "业扩报装“三不指定”要求书面告知用户,设置监督电话。"),
        ("营销部", "主任", "鲜于枕溪", "middle", "电价执行审核不严,高电价低套", "业务流程", "较大",
         "电价变更经营销、稽查两级审核,系统定期比对用电类别。"),
        ("营销部", "抄表核算员", "闾丘棠", "general", "抄表数据估抄、漏抄,人为调节电量", "岗位职责", "较大",
         "推行远程自动抄表,年末开展跟班稽查。"),
        ("运维检修部", "主任", "公良迟", "middle", "检修工程量签证虚增", "业务流程", "较大",
         "工程量签证由运检、监理、施工三方现场确认,影像存档。"),
        ("物资部", "仓库保管员", "司寇晴", "general", "废旧物资回收处置账物不符", "制度机制", "一般",
         "废旧物资入库登记、定期盘点,处置统一上报拍卖。"),
        ("椒岭供电所", "所长", "巫马澈", "middle", "对窃电、违约用电查处不力,私下收取好处", "思想道德", "重大",
         "用电检查两人以上,处理结果录入系统,违约电费银行代收。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), MAJOR[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("编制:", None, None, "审核:", None, None, "2024年10月", None)
    return _layout(
        "power_company_major_minor", "http://m.bj-hzxy.cn/news/show.php?itemid=11252",
        "县供电有限责任公司 岗位廉洁风险排查表 after the source's report of a 县供电公司's 年末 ``跟班稽查`` (抄表日程, "
        "调节电量, 专变用户, 转供电、私自增容、窃电, 违约使用电费): title, then 序号/``部门（单位）`` merged (公司领导, "
        "营销部, 运维检修部, 物资部, ``椒岭供电所``)/岗位 and 责任人 merged per person (compound surnames 宗政, 鲜于, "
        "闾丘, 公良, 司寇, 巫马)/风险点/风险类别 (short names)/风险等级 ``重大/较大/一般``/防控措施; 编制/审核/date",
        [sh], t,
    )  # fmt: skip


def forest_fire_two_row_header() -> dict:
    unit = f"{PLACE}森林消防大队"
    sh = _Sheet("Sheet1", [5, 12, 10, 8, 34, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    top = sh.add("序号", "部门", "岗位", "姓名", "廉政风险", None, "防控措施", "防控时段")
    sh.add(None, None, None, None, "风险点", "等级", None, None)
    for c in (0, 1, 2, 3, 6, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 5)
    rows = [
        ("大队部", "大队长", "劳砺锋", "leader", "扑火装备和防火物资采购指定供应商", "Ⅰ级",
         "采购按政府采购程序办理,物资造册登记,验收三人以上签字。", "全年"),
        ("大队部", "大队长", "劳砺锋", "leader", "专业扑火队员招录中优亲厚友", "Ⅱ级",
         "招录条件、考核成绩和拟录人员公示。", "全年"),
        ("大队部", "教导员", "师映雪", "leader", "队员考核评优、津补贴核定不公", "Ⅱ级",
         "考核细则公开,评优结果经大队会议研究并公示。", "全年"),
        ("一中队", "中队长", "步云骧", "middle", "防火期值班补助虚报人数、天数", "Ⅰ级",
         "值班实行签到和视频点名,补助按值班表核发。", "防火期（1—5月）"),
        ("二中队", "中队长", "农远帆", "middle", "扑火救援车辆加油、维修费用虚报", "Ⅱ级",
         "防火车专车专用,加油、维修定点并逐车登记。", "防火期（1—5月）"),
        ("后勤保障室", "保管员", "却听荷", "general", "防火物资出入库不登记,私自外借", "Ⅱ级",
         "物资出入库登记,每个防火年度清理一次并补充更新。", "全年"),
        ("后勤保障室", "保管员", "却听荷", "general", "队员伙食费开支不公开", "Ⅲ级",
         "伙食费收支每月在队内公示。", "全年"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures, when) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, when)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年1月", None)
    return _layout(
        "forest_fire_two_row_header", "http://zuowen.c321.cn/word/senlincaoyuanfanghuogongzuoglzd.html",
        "县森林消防大队 岗位廉政风险点一览表 after the source's 森林草原防火工作管理制度 (防火期24小时值班, 防火设施物资 "
        "分类造册登记、一个防火年度清理一次, 防火车专车专用): title, then a TWO-ROW header — 序号/部门/岗位/姓名/防控措施/"
        "``防控时段`` merged down both rows, ``廉政风险`` merged over ``风险点 | 等级`` — then 部门 merged (大队部, 一中队, "
        "二中队, 后勤保障室), 岗位 and 姓名 merged per person, 等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, 防控时段 ``全年`` or "
        "``防火期（1—5月）``; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def security_company_dept_tabs() -> dict:
    unit = f"{PLACE}保安服务有限公司"
    t = _Truth(unit)
    depts = [
        ("公司领导", [
            ("董事长", "昌怀瑾", "leader", "保安服务项目承接和收费标准确定不经集体研究", "制度机制风险", "高",
             "服务项目承接和收费标准经董事会研究,合同统一审核。"),
            ("总经理", "官星野", "leader", "保安员招聘中收受好处,降低背景审查标准", "岗位职责风险", "高",
             "招聘背景审查由公安机关核查,录用名单公示。"),
        ]),
        ("业务部", [
            ("部长", "伊澜舟", "middle", "派驻客户单位的保安员人数虚报,多收服务费", "业务流程风险", "高",
             "派驻人数按考勤系统核定,每月与客户单位对账。"),
            ("部长", "伊澜舟", "middle", "防暴器材、对讲机等装备采购验收不严", "岗位职责风险", "低",
             "装备采购三家比价,验收两人签字。"),
            ("业务员", "干雪樵", "general", "押运、守护业务中与客户串通,虚报服务时长", "外部环境风险", "中",
             "服务时长以GPS和值守记录为准,定期回访客户。"),
        ]),
        ("财务部", [
            ("会计", "和霁岚", "general", "保安员工资、社保不按考勤核发,截留克扣", "制度机制风险", "中",
             "工资、社保按考勤表核发,工资条发放到人。"),
            ("出纳", "操远山", "general", "服务费现金收取不入账", "思想道德风险", "中",
             "服务费一律对公转账,严禁收取现金。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, rows in depts:
        sh = _Sheet(dept, [5, 10, 8, 32, 12, 8, 32])
        _line(sh, f"{unit}廉洁风险防控表", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("部门负责人:", None, None, "填表日期：2024年11月", None, None, None)
        sheets.append(sh)
    return _layout(
        "security_company_dept_tabs", "https://max.book118.com/html/2025/1205/8030136120010016.shtm",
        "县保安服务有限公司 廉洁风险防控表 after the source's 保安服务公司规章制度 (保安人员职责与行为准则, 客户单位人身"
        "财产安全, 依据《保安服务管理条例》): ONE SHEET A 部门, the tabs ``公司领导``, ``业务部``, ``财务部`` the only "
        "place the 部门 is named; each sheet the same title ``古蔺县保安服务有限公司廉洁风险防控表``, then 序号/岗位 and "
        "姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; ``部门负责人: | 填表日期：…`` under it",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rural_econ_roster_right(),
    treasury_dynamic_adjust(),
    land_acquisition_short_and_long(),
    traffic_police_badge_numbers(),
    price_center_posts(),
    detention_post_tabs(),
    town_padded_names(),
    power_company_major_minor(),
    forest_fire_two_row_header(),
    security_company_dept_tabs(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch176-inbox"))
