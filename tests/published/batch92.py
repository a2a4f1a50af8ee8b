"""A ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES AND SOEs
THAT EARLIER BATCHES NEVER USED — a 县招生考试中心, a 县农村经济经营管理站, a 中国移动 县分公司, a 县水文中心,
a 县福利彩票发行中心, a 供销 农业生产资料公司, a 县开放大学, a 风景名胜区管理处 and a 县广电网络公司 — each
handing back its ordinary 一览表, 排查表, 清单 or personal 自查表/防控卡 the way its staff typed it, and
four of them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b92_<name>.xls``/
``.ods``, made by ``PYTHONPATH=tests python tests/published/batch92.py --resave``):

- a 招生考试中心 一览表 (re-saved): 科室 merged, 岗位/姓名 merged per person, short types, 高/中/低,
  and a trailing ``完成时限`` column (``长期坚持``, ``每次考试前``) that is no measure and no point;
- a 农村经济经营管理站 排查表 对岗不对人 (re-saved) with NO 科室 column (posts ``站长``, ``审计股股长`` as
  written), under ONE merged cell ``填报单位（盖章）：…　　　　填报日期：…``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 中国移动 县分公司 清单: 部门 merged (``城关营业厅`` among them), 岗位, ``廉洁风险点``, 高/中/低, a
  trailing ``责任人``; no type column;
- a 水文中心's 个人自查表 one per sheet (re-saved), tabs the 科室's short names (``马渡站``), a label
  row ``姓名 | 性别 | 职务 | 所在部门 | 填表日期`` over the values, a short ``风险点`` beside a long
  ``风险表现``;
- a 福利彩票发行中心 一览表 grouped by rows ``一、销售管理科`` across the table, 岗位/责任人 per row,
  levels under ``等级``;
- a 农资公司 排查表 (re-saved) with 门市部 and 配送中心 among its 部门, ``…风险`` types and a trailing
  ``备注`` (``新增``, ``较上年调高``);
- a 开放大学 一览表 by 处室 with 一级/二级/三级 and a trailing ``监督责任人`` naming the 分管副校长;
- a 风景名胜区管理处 清单 对岗不对人 in sections ``（一）门票管理`` with trailing ``责任科室 | 责任岗位``.

One is harder:

- ``cable_tv_cards_name_in_title``: a 广电网络公司's 岗位廉洁风险防控卡 one per sheet (tabs ``Sheet1``…
  ``Sheet3``), the holder named ONLY in the title after the unit —
  ``鹤汀县广电网络有限公司欧阳辰同志岗位廉洁风险防控卡`` (a two-character compound surname among them) —
  with ``所在部门 | … | 岗位 | … | 填卡时间 | …`` under it and no 姓名 anywhere else.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 考试院's 风险管控台账 and 考务; 农村
集体“三资” 监管; a 移动公司's ``嵌入式`` 风险防控; 县级水文中心 and their 测站; a 福彩中心's 销售站点; a 供销社's
农资网点; 开放大学 系统廉政风险; 景区管理体制; a 广电网络集团's 巡视整改) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented,
each unit under a place name of our own (澄岭, 霁川, 菰浦, 沄水, 栖棠, 琅岙, 箬川, 澜屿, 鹤汀).

Run ``python tests/published/score.py --set batch92`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 防控卡 titled ``<unit><name>同志岗位廉洁风险防控卡`` is that person's: the name between the unit and
  ``同志`` is the holder;
- a ``完成时限`` and a ``备注`` column are neither measures nor points;
- a 水文中心's 水文站 (``马渡水文站``) is a 科室 of the 中心; a tab ``马渡站`` is its short name, the
  department is the block's full name;
- a 营业厅 and a 门市部 / 配送中心 are 部门 of their company;
- a list without a 科室 column keeps each post as written (``审计股股长``), department "".

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights), copies the re-saved copies ``resaved/b92_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b92_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
SPACE = "\u3000\u3000"


# --------------------------------------------------------------------------- harder layout


def cable_tv_cards_name_in_title() -> dict:
    unit = "鹤汀县广电网络有限公司"
    t = _Truth(unit)
    people = [
        ("欧阳辰", "网络运维部", "部长", "middle", [
            ("光缆线路改造工程量签证不实", "岗位职责", "高", "工程量由运维部、财务部联合现场核量,签证留存影像。"),
            ("运维材料领用不登记、以旧报新", "制度机制", "中", "材料凭工单领用,旧料回收入库登记。"),
            ("接受施工队伍宴请", "思想道德", "低", "重要节点开展廉洁提醒,签订廉洁承诺书。"),
        ]),
        ("郑雪", "市场营销部", "客户经理", "general", [
            ("为集团客户违规减免收视费", "业务流程", "高", "减免须经公司经理办公会审批,系统留痕。"),
            ("宽带业务发展量虚报冒领酬金", "岗位职责", "中", "酬金按系统开户数据计发,每月抽查回访。"),
        ]),
        ("柏家栋", "财务部", "出纳", "general", [
            ("营业收入现金不及时存入银行", "制度机制", "中", "现金日清日结,次日上午存行。"),
            ("私自出借公司账户资金", "思想道德", "高", "网银支付双人授权,月末银行对账。"),
            ("收视费票据管理混乱", "业务流程", "低", "票据连号领用,作废票据全联保存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for n, (who, dept, post, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{n}", [6, 34, 12, 10, 36])
        _line(sh, f"{unit}{who}同志岗位廉洁风险防控卡", 5)
        sh.add("所在部门", dept, "岗位", post, "填卡时间:2024年5月")
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for k, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(k, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "部门负责人签字:", None, "年  月  日")
        sheets.append(sh)
    return _layout(
        "cable_tv_cards_name_in_title", "https://youjingdian.com/a/145340.html",
        "(harder) 县广电网络有限公司 岗位廉洁风险防控卡, one per sheet (tabs Sheet1…Sheet3), after the source's account "
        "of a 广电网络集团's 巡视整改 (清廉国企, 责任压实到部门): the holder named ONLY in the title AFTER the unit, "
        "``鹤汀县广电网络有限公司欧阳辰同志岗位廉洁风险防控卡`` (欧阳辰 with a compound surname, 郑雪, 柏家栋); a row "
        "``所在部门 | 网络运维部 | 岗位 | 部长 | 填卡时间:2024年5月``; 序号/风险点/风险类别 (short names)/风险等级 高/中/低/"
        "防控措施; 持卡人签字/部门负责人签字/date line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def exam_center_deadline_col() -> dict:
    unit = "澄岭县招生考试中心"
    sh = _Sheet("一览表", [6, 10, 10, 8, 32, 10, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "完成时限")
    rows = [
        ("考务科", "科长", "林嘉祥", "考点、考场设置和监考人员选派不公", "岗位职责", "中",
         "监考人员随机抽取,名单考前集体审定。", "每次考试前"),
        ("考务科", "科长", "林嘉祥", "试卷交接、保管环节失密", "制度机制", "高",
         "试卷全程视频监控,交接双人签字。", "长期坚持"),
        ("考务科", "保密室管理员", "冉小芳", "保密室钥匙、密码一人掌握", "制度机制", "高",
         "实行双人双锁,钥匙与密码分人保管。", "长期坚持"),
        ("招生科", "科长", "巫振宇", "违规办理加分、照顾录取资格", "岗位职责", "高",
         "加分资格公示,材料经联审小组复核。", "每年招生前"),
        ("招生科", "科员", "简佳怡", "考生信息泄露或被篡改", "业务流程", "中",
         "信息系统分级授权,操作日志定期检查。", "长期坚持"),
        ("办公室", "会计", "甘露", "考务费发放不按标准", "思想道德", "低",
         "考务费按文件标准发放,表册公示。", "2024年6月底前"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, due) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, due)
        tier = "middle" if post == "科长" else "general"
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None, None)
    return _layout(
        "exam_center_deadline_col",
        "https://www.wentop.com/wen/48/95870.html",
        "县招生考试中心 岗位廉政风险点一览表 after the source's account of a 考试院's 风险管控台账 (考后回溯, 试卷安全, "
        "考场巡查, 执行工作纪律): 序号/科室 merged (考务科, 招生科, 办公室)/岗位 and 姓名 merged per person (the 考务科 "
        "科长 over two rows)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/a trailing ``完成时限`` (``长期坚持``, "
        "``每次考试前``, ``2024年6月底前``); 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def rural_economy_station_no_keshi() -> dict:
    unit = "霁川县农村经济经营管理站"
    sh = _Sheet("排查表", [6, 12, 22, 30, 12, 8, 30])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险排查表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{SPACE}{SPACE}填报日期：2024年3月", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "主持全站工作", "村集体“三资”监管事项个人说了算", "制度机制风险", "Ⅰ级",
         "重大监管事项站务会集体研究。"),
        ("副站长", "分管农村土地承包经营", "土地承包经营权确权颁证优亲厚友", "岗位职责风险", "Ⅱ级",
         "确权结果在村组公示七日。"),
        ("审计股股长", "组织村级财务审计", "审计发现问题隐瞒不报", "岗位职责风险", "Ⅰ级",
         "审计报告经站务会审定,问题线索移交纪检。"),
        ("审计股股长", "组织村级财务审计", "接受被审计村宴请", "思想道德风险", "Ⅲ级",
         "审计组成员签订廉洁承诺。"),
        ("合同管理员", "村集体经济合同备案", "为不规范发包合同办理备案", "业务流程风险", "Ⅱ级",
         "合同备案对照清单逐项核查。"),
        ("会计", "办理站内经费收支", "虚列培训费、差旅费", "制度机制风险", "Ⅲ级", "报销凭证经站长审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "leader", "副站长": "leader", "审计股股长": "middle"}
    for n, (post, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tiers.get(post, "general"), point, types_in(typ), ROMAN[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, None)
    return _layout(
        "rural_economy_station_no_keshi", "http://gs.people.com.cn/n2/2026/0106/c183283-41464717.html",
        "县农村经济经营管理站 岗位廉政风险排查表 对岗不对人 after the source's account of 农村集体“三资” 专项治理 (起底排查, "
        "土地流转费, 经济责任审计, 日常监管): a bare title, then ONE merged cell ``填报单位（盖章）：霁川县农村经济经营管理站"
        "　　　　填报日期：2024年3月``; NO 科室 column — posts 站长, 副站长, ``审计股股长``, 合同管理员, 会计 as written, "
        "岗位 and 岗位职责 merged per post; 风险类别 ``…风险``; 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def mobile_branch_dept_list() -> dict:
    unit = "中国移动通信集团XX有限公司菰浦分公司"
    sh = _Sheet("廉洁风险清单", [6, 12, 12, 34, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险清单", 7)
    sh.add("序号", "部门", "岗位", "廉洁风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("政企客户部", "部门经理", "卢峻峰", "集团客户项目商务谈判中让利换取回扣", "高",
         "项目报价经公司价格审核小组审定。", "middle"),
        ("政企客户部", "客户经理", "潘梓涵", "虚增业务量套取营销酬金", "中", "酬金按系统稽核数据发放。",
         "general"),
        ("网络部", "部门经理", "邝建新", "基站维护外包单位考核打分不实", "中",
         "考核由网络部、综合部共同打分。", "middle"),
        ("网络部", "工程管理员", "毕成", "配套工程验收降低标准", "高", "验收实行交叉检查,照片存档。",
         "general"),
        ("城关营业厅", "厅经理", "晏秋萍", "违规办理靓号、预留号码", "中", "号码资源系统统一分配。",
         "middle"),
        ("城关营业厅", "营业员", "车婷", "营业款截留、挪用", "低", "营业款日清日缴,稽核抽查。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("编制:综合部", None, None, "审核:纪检监察室", None, "2024年7月", None)
    return _layout(
        "mobile_branch_dept_list", "http://www.victorzhang.cn/page/2022/0509/10399856.shtml",
        "中国移动 县分公司 岗位廉洁风险清单 after the source's account of a 移动公司's 清廉国企 work (嵌入式 风险防控, "
        "制度闭环, 常态化监督): 序号/部门 merged (政企客户部, 网络部, ``城关营业厅``)/岗位/``廉洁风险点``/风险等级 高/中/低/"
        "防控措施/a trailing ``责任人`` (each person on one row); no type column; 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hydrology_center_label_rows() -> dict:
    unit = "沄水县水文中心"
    t = _Truth(unit)
    people = [
        ("水情科", "马晓东", "男", "科长", "middle", [
            ("水情测报数据人为修改", "发生暴雨洪水时为迎合考核修改雨水情数据", "岗位职责", "高",
             "测报数据自动采集入库,修改须留痕审批。"),
            ("水文监测设备采购指定品牌", "编制采购需求时设置倾向性参数", "制度机制", "中",
             "采购需求经技术组集体论证。"),
        ]),
        ("马渡站", "曹立春", "女", "站长", "middle", [
            ("委托测验劳务费虚报", "虚报临时测验人员人数和天数", "制度机制", "中",
             "劳务费凭测验记录和签到表发放。"),
            ("水文站房维修工程自行发包", "维修工程未比选直接交熟人施工", "业务流程", "高",
             "维修工程报中心比选确定施工单位。"),
            ("站内公用油料私用", "站用车辆、发电机油料私自使用", "思想道德", "低", "油料出入库台账每月核对。"),
        ]),
        ("综合科", "邹婉清", "女", "会计", "general", [
            ("项目资金会计核算不规范", "水文监测项目资金混用、串用", "制度机制", "中",
             "项目资金单独核算,年终审计。"),
            ("报销审核流于形式", "对无合同、无验收单的支出予以报销", "岗位职责", "低",
             "报销实行会计初审、科长复核、主任审批。"),
        ]),
    ]  # fmt: skip
    full = {"马渡站": "马渡水文站"}
    sheets = []
    for tab, who, sex, post, tier, points in people:
        dept = full.get(tab, tab)
        sh = _Sheet(tab, [6, 26, 32, 10, 8, 32])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add("姓名", "性别", "职务", "所在部门", "填表日期", None)
        sh.add(who, sex, post, dept, "2024年6月", None)
        sh.merge(1, 4, 1, 5)
        sh.merge(2, 4, 2, 5)
        sh.add("序号", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
        for k, (point, desc, typ, lv, measures) in enumerate(points, 1):
            sh.add(k, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名:", None, "科室负责人意见:", None, None, None)
        sheets.append(sh)
    return _layout(
        "hydrology_center_label_rows", "https://m.fx361.cc/news/2021/0118/15329888.html",
        "县水文中心 个人廉政风险自查表, one per sheet, after the source's account of 县级水文中心 (辖区测站统一管理, 测报质量, "
        "水文服务): tabs the 科室's SHORT names (水情科, ``马渡站``, 综合科); a label row ``姓名 | 性别 | 职务 | 所在部门 | "
        "填表日期`` over a row of values (所在部门 ``马渡水文站`` in full); 序号/a short ``风险点``/a long ``风险表现``/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; 本人签名/科室负责人意见 line",
        sheets, t,
    )  # fmt: skip


def lottery_center_group_rows() -> dict:
    unit = "栖棠县福利彩票发行中心"
    sh = _Sheet("Sheet1", [6, 12, 9, 34, 6, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "等级", "防控措施")
    groups = [
        ("一、销售管理科", "销售管理科", [
            ("科长", "宗海洋", "销售站点设立审批优亲厚友", "高", "站点设立条件公开,评审结果公示。", "middle"),
            ("市场专管员", "褚丽君", "站点巡查发现违规销售不处理", "中", "巡查记录拍照上传,科长每月抽查。",
             "general"),
        ]),
        ("二、财务科", "财务科", [
            ("科长", "解文博", "销售资金归集不及时、挪作他用", "高", "销售款系统自动扣缴,每日对账。", "middle"),
            ("兑奖员", "樊琳", "冒领、代领中奖奖金", "中", "兑奖核验身份证件和彩票原件,视频留存。",
             "general"),
        ]),
        ("三、综合科", "综合科", [
            ("科员", "项瑞", "公益宣传品采购不比价", "低", "采购三家以上比价,结果公示。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in groups:
        _line(sh, caption, 6)
        for post, who, point, lv, measures, tier in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("监督电话:0000-1234567", None, None, None, None, None)
    return _layout(
        "lottery_center_group_rows", "http://rfb.xinxiang.gov.cn/zwxw/Info/11077",
        "县福利彩票发行中心 廉政风险防控一览表 after the source's account of a 福彩中心 招募设立 销售站点 (办站条件, 考核确认): "
        "``附件1`` and the title; 序号/岗位/责任人/风险点/``等级`` 高/中/低/防控措施, the rows grouped by lines "
        "``一、销售管理科``, ``二、财务科``, ``三、综合科`` merged across; no type column; a 监督电话 line",
        [sh], t,
    )  # fmt: skip


def farm_supplies_remarks() -> dict:
    unit = "琅岙县供销农业生产资料有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 8, 30, 12, 8, 30, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险排查表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("业务部", "经理", "符国庆", "化肥、农药进货选择关系供应商", "岗位职责风险", "高",
         "供应商年度集中比选,进货价格公司审定。", "较上年调高"),
        ("业务部", "经理", "符国庆", "化肥储备补贴资金申报不实", "制度机制风险", "中",
         "储备数量由财务、仓储联合盘点。", None),
        ("城关门市部", "门市部负责人", "詹美玲", "农资销售价格私自加价", "业务流程风险", "中",
         "销售价格明码标价,收银系统统一定价。", None),
        ("城关门市部", "门市部负责人", "詹美玲", "过期农药退货不登记", "思想道德风险", "低",
         "退货凭厂家回执入账。", "新增"),
        ("配送中心", "仓管员", "伍志刚", "农资出入库数量不实", "制度机制风险", "高",
         "出入库凭单扫码,月末账实核对。", None),
        ("财务部", "出纳", "石晶", "销售货款收取不开票", "思想道德风险", "中", "货款统一对公账户收取。",
         "新增"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"经理": "middle", "门市部负责人": "middle"}
    for n, (dept, post, who, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, "负责人:", None, "2024年8月", None, None)
    return _layout(
        "farm_supplies_remarks", "http://www.ettaleb.com/henan/zh/2023/0401/894277.html",
        "供销 农业生产资料有限公司 廉洁风险排查表 after the source's account of a 供销合作社's 农资 网点 and 门店 checks (进货厂家, "
        "储备销售, 哄抬价格, 以次充好): 序号/部门 merged (业务部, ``城关门市部``, ``配送中心``, 财务部)/岗位 and 姓名 merged "
        "per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/a trailing ``备注`` (``较上年调高``, ``新增``, "
        "mostly blank); 填报单位/负责人/date line",
        [sh], t,
    )  # fmt: skip


def open_university_supervisor() -> dict:
    unit = "箬川县开放大学"
    sh = _Sheet("一览表", [6, 10, 10, 8, 32, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监督责任人")
    vice = "贺启明"
    rows = [
        ("教务处", "处长", "向东林", "考试巡考安排走过场,纵容替考", "一级", "巡考人员交叉安排,考场全程录像。"),
        ("教务处", "学籍管理员", "岑雨", "违规修改学员成绩和学籍信息", "一级", "成绩修改须处长审批,系统日志留存。"),
        ("招生办", "主任", "施永康", "与社会培训机构合作招生收取好处", "二级", "合作办学协议经校务会审定。"),
        ("招生办", "主任", "施永康", "招生宣传费用虚报", "三级", "宣传费用凭合同、发票和验收单报销。"),
        ("财务室", "出纳", "童佳", "学费收入不入账", "二级", "学费统一线上缴纳,月末对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"处长": "middle", "主任": "middle"}
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, vice)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (7, lambda r: r[7])]
    )
    sh.add("注:风险等级分一级、二级、三级,一级最高。", None, None, None, None, None, None, None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 7)
    return _layout(
        "open_university_supervisor", "http://www.handmsg.com/page/2024/0121/22882318.shtml",
        "县开放大学 岗位廉政风险防控一览表 after the source's account of 开放大学 系统廉政风险 (印信管理, 选人用人, 招生, "
        "考试, 学籍, 合作办学): 序号/处室 merged (教务处, 招生办, 财务室)/岗位 and 姓名 merged per person/风险点/风险等级 "
        "``一级/二级/三级``/防控措施/a trailing ``监督责任人`` merged down the WHOLE table naming the 分管副校长 贺启明 (no "
        "holder); a 注 line under it",
        [sh], t,
    )  # fmt: skip


def scenic_area_sections() -> dict:
    unit = "澜屿县翠屏山风景名胜区管理处"
    sh = _Sheet("清单", [6, 34, 12, 8, 32, 12, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "责任科室", "责任岗位")
    sections = [
        ("（一）门票管理", [
            ("门票收入截留、少缴", "制度机制风险", "高", "电子票务系统售检票,收入日报核对。", "票务科", "科长"),
            ("违规发放免费票、优惠票", "岗位职责风险", "中", "免票凭证登记备查,月度公示。", "票务科", "售票员"),
        ]),
        ("（二）经营项目管理", [
            ("景区经营摊位招租暗箱操作", "业务流程风险", "高", "摊位招租进入公共资源交易平台。", "经营管理科",
             "科长"),
            ("对经营户违规经营不处理收受好处", "外部环境风险", "中", "联合执法检查,处理结果公开。", "经营管理科",
             "管理员"),
        ]),
        ("（三）工程建设", [
            ("景区步道维修工程量虚增", "岗位职责风险", "中", "工程结算经审计部门审核。", "规划建设科", "科长"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, rows in sections:
        _line(sh, caption, 7)
        for point, typ, lv, measures, dept, post in rows:
            n += 1
            sh.add(n, point, typ, lv, measures, dept, post)
            tier = "middle" if post == "科长" else "general"
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年9月", None, None)
    return _layout(
        "scenic_area_sections", "https://www.15386.cn/post/83003.html",
        "风景名胜区管理处 廉政风险防控清单 对岗不对人 after the source's account of 景区管理体制 (管委会/管理处, 门票, 经营, "
        "保护与开发): sections ``（一）门票管理``, ``（二）经营项目管理``, ``（三）工程建设`` merged across; 序号/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施/trailing ``责任科室 | 责任岗位`` (票务科 科长 and 售票员, 经营管理科, "
        "规划建设科); no names; 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cable_tv_cards_name_in_title(),
    exam_center_deadline_col(),
    rural_economy_station_no_keshi(),
    mobile_branch_dept_list(),
    hydrology_center_label_rows(),
    lottery_center_group_rows(),
    farm_supplies_remarks(),
    open_university_supervisor(),
    scenic_area_sections(),
]

RESAVED = (
    "exam_center_deadline_col",
    "rural_economy_station_no_keshi",
    "hydrology_center_label_rows",
    "farm_supplies_remarks",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b92_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b92_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch92-inbox"))
