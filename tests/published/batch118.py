"""A hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch drew on, all of an invented 如皋县 (its towns 芦湾镇 and 棠溪 invented
too), handed back as the 附件2 / 附件3 / 附件4 of ``workbook_templates/`` or as an office's own
防控卡 / 自查表 / 登记表 / 承诺书, with the habits staff really have:

- the 档案馆's 档案管理员's 附件4: ``单位(盖章):如皋县档案馆`` and ``所在科室及职务 | 利用服务科 档案管理员``,
  岗位职责 merged, short types, 高/中/低, unused template rows, blank review boxes;
- the 测绘地理信息中心's 主任's 附件2: ``姓名 | 厍知遥 | 职务 | 主任 | 岗位风险等级 | A``, 分管工作 merged over
  two groups, a ``“三重一大”方面`` row over two points, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 图书馆's 采编员's 防控卡: ``姓名 | 眭书禾 | 部门 | 书刊采编部 | 岗位 | 采编员`` above ``序号 | 风险点 | 风险等级
  | 防控措施`` (no type column), ``Ⅰ级/Ⅱ级/Ⅲ级``, a 持卡人/部门负责人 line;
- the 粮油储备库's 保管员's 个人岗位廉政风险自查表: spaced labels ``姓　　名``/``岗　　位``, ``所在部门 | 仓储科``,
  a short 风险点 beside ``表现形式``, short types, 高/中/低, a trailing ``自查情况`` column;
- the 水文站's 测验股 股长's 登记表: ``科室 | 测验股 | 职务 | 股长 | 姓名 | 逯清漪`` (the name LAST), a 工作环节
  column, short types, ``一级/二级/三级``;
- the 芦湾镇's 畜牧兽医站's 动物检疫员's 防控卡: ``单位:如皋县芦湾镇人民政府`` above ``姓名 | 酆以宁 | 所在站所 |
  畜牧兽医站 | 岗位 | 动物检疫员``, short types, 高/中/低;
- the 地方储备粮管理中心's 驻库监管员's 承诺书: ``姓名 | 揭望舒 | 科室 | 监管科 | 岗位 | 驻库监管员``, ``序号 |
  廉政风险点 | 风险等级 | 防控措施`` (高/中/低, no type column), a merged pledge and ``承诺人:揭望舒`` with a date;
- the 农业农村局's 棠溪动物卫生监督分所's 附件3: ``单位(盖章):如皋县农业农村局`` and ``科室 | 棠溪动物卫生监督分所
  | 负责人 | 甯可钧`` — the 分所 a 科室 of the 局 (the 局/所 convention) — 工作流程 with arrows, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; the rows
are worded by us, the names invented.

Run ``python tests/published/score.py --set batch118`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b118_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own form follows the post (股长 middle; 采编员, 保管员, 动物检疫员, 驻库监管员 general);
- a 乡镇's own 畜牧兽医站 is a 科室 of the 乡镇 (unit ``如皋县芦湾镇人民政府``);
- a 局's 分所 named under ``科室`` is the 科室, the 局 of ``单位(盖章)`` the unit;
- the pledge, the 自查情况 answers, sign-off lines and review boxes are no points.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import HEAD, NOTE, NOTE_GENERAL, REVIEWS, _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b118_"
PLACE = "如皋县"
TOWN = "芦湾镇"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


def archives_clerk_annex4() -> dict:
    unit = f"{PLACE}档案馆"
    who, dept, post = "笪予澄", "利用服务科", "档案管理员"
    sh = _Sheet("附件4", [20, 18, 36, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", "B")
    sh.add(*HEAD)
    rows = [
        ("负责档案查阅利用接待", "登记→审核→调卷",
         "未核验查阅人身份和权限,为无关人员调阅涉及个人隐私的档案", "岗位职责", "高",
         "查阅凭有效证件登记,超出本人权限的须科长审批,调卷单留存备查。"),
        (None, "调卷→阅览→归还", "查阅过程监督缺位,档案被拆卷、涂改或夹带", "制度机制", "中",
         "阅览在监控区域进行,归还时逐页清点并双方签字。"),
        ("负责档案复制和证明出具", "申请→复制→盖章",
         "收受好处为他人复制未开放档案或出具与原件不符的证明", "思想道德", "高",
         "复制件与原件核对后加盖查档专用章,未开放档案复制须馆领导批准。"),
        (None, "收费→开票", "复制费收取不开票、不入账", "业务流程", "低",
         "收费标准上墙公示,统一开具票据,每月与财务对账。"),
        ("负责电子档案查询", "账号→查询", "借用他人账号查询电子档案并对外提供", "外部环境", "中",
         "系统账号专人专用,查询日志每季度抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), HML[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    for _ in range(2):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "archives_clerk_annex4", "https://www.fudaoke.com/exam/2401461.html",
        "县档案馆 利用服务科 档案管理员's 附件4 (tab 附件4) after the source's 档案查阅管理制度 (权限分级, 借阅登记, "
        "监控区域内使用, 电子档案防篡改, 违规拆卷涂改追责): ``单位(盖章):如皋县档案馆`` over ``姓名 | 笪予澄 | "
        "所在科室及职务 | 利用服务科 档案管理员 | 岗位风险等级 | B``; 岗位职责 merged over two rows each, 工作流程 with "
        "arrows, short types, 高/中/低; two unused template rows, blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


def survey_center_director_annex2() -> dict:
    unit = f"{PLACE}测绘地理信息中心"
    who, post = "厍知遥", "主任"
    sh = _Sheet("附件2", [6, 22, 36, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        (1, "主持中心全面工作", "测绘项目承接和分包由个人决定,向关系单位倾斜", "制度机制风险", "Ⅰ级",
         "项目分包经主任办公会集体研究,分包单位资质和价格公示。"),
        (2, None, "授意降低测绘成果质量检验标准,为不合格成果放行", "岗位职责风险", "Ⅱ级",
         "成果实行两级检查一级验收,检验报告由质检人员独立签署。"),
        (3, "分管涉密测绘成果管理", "违规向无资质单位提供涉密测绘成果", "外部环境风险", "Ⅰ级",
         "涉密成果提供须审批登记,使用单位签订保密责任书。"),
        (4, None, "成果资料收费减免随意", "业务流程风险", "Ⅲ级", "收费减免报主任办公会研究并留存纪要。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, "", post, who, "leader", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    for n, row in enumerate([
        ("重大设备采购", "测绘仪器设备采购不经集体研究,指定品牌", "思想道德风险", "Ⅱ级",
         "大额采购经集体研究后按政府采购程序办理。"),
        ("大额资金使用", "项目经费拨付绕开财务审核", "制度机制风险", "Ⅱ级",
         "大额资金使用实行联签,每季度公开。"),
    ], 5):  # fmt: skip
        sh.add(n, *row)
        t.point(sh.name, "", post, who, "leader", row[1], types_in(row[2]), ROMAN[row[3]])
    _reviews(sh, REVIEWS[1:], 6)
    _line(sh, NOTE, 6)
    return _layout(
        "survey_center_director_annex2", "https://www.zhaoyinghui.com/resources/170142.html",
        "县测绘地理信息中心 主任's 附件2 (tab 附件2) after the source's 测绘资料审核把关措施 (审核流程, 质量检查, 防止舞弊, "
        "风险评估): ``姓名 | 厍知遥 | 职务 | 主任 | 岗位风险等级 | A``; ``序号 | 分管工作 (merged over two groups) | "
        "风险点 | 风险类型 ``…风险`` | 风险级别 Ⅰ级/Ⅱ级/Ⅲ级 | 防控措施``; a merged ``“三重一大”方面`` row over two more "
        "points numbered on; two blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


def library_cataloguer_card() -> dict:
    unit = f"{PLACE}图书馆"
    who, dept, post = "眭书禾", "书刊采编部", "采编员"
    sh = _Sheet("防控卡", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 4)
    sh.add("姓名", who, "部门", dept)
    sh.add("岗位", post, "填卡日期", "2024年5月")
    sh.add("序号", "风险点", "风险等级", "防控措施")
    rows = [
        ("选书时接受书商宴请、回扣,采购复本过多或内容质量差的图书", "Ⅰ级",
         "采购书目经部门集体审定,书商由招标确定,年度采购情况公示。"),
        ("图书验收不清点、不核对折扣,多付书款", "Ⅱ级", "验收两人进行,验收单与发票、订单逐一核对。"),
        ("受赠图书不登记入藏,私自处置", "Ⅲ级", "受赠图书当日登记,定期在馆内公布。"),
        ("剔旧图书未经审批处理,变卖收入不上缴", "Ⅱ级", "剔旧清单报馆务会审批,处置收入全额上缴。"),
    ]  # fmt: skip
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures)
        t.point(sh.name, dept, post, who, "general", point, [], ROMAN[level])
    sh.add()
    sh.add("持卡人签字:", None, "部门负责人签字:", None)
    return _layout(
        "library_cataloguer_card", "http://www.healthyclubpro.com/jscvc_tsg/tsgglgzgc/list.html",
        "县图书馆 书刊采编部 采编员's 岗位廉政风险防控卡 (tab 防控卡) after the source's 图书馆管理工作规程 (读者服务部, "
        "书刊采编部, 采购工作管理规定, 收费工作管理规定): ``姓名 | 眭书禾 | 部门 | 书刊采编部`` and ``岗位 | 采编员 | "
        "填卡日期 | 2024年5月`` above ``序号 | 风险点 | 风险等级 Ⅰ级/Ⅱ级/Ⅲ级 | 防控措施``, no type column; a 持卡人/"
        "部门负责人 sign-off line",
        [sh], t,
    )  # fmt: skip


def grain_depot_keeper_selfcheck() -> dict:
    unit = f"{PLACE}粮油储备库"
    who, dept, post = "亓若屿", "仓储科", "保管员"
    sh = _Sheet("自查表", [6, 18, 34, 10, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 7)
    sh.add(f"姓{GAP}{GAP}名", None, who, "所在部门", dept, f"岗{GAP}{GAP}位", post)
    sh.merge(1, 0, 1, 1)
    sh.add("序号", "风险点", "表现形式", "风险类型", "风险等级", "防控措施", "自查情况")
    rows = [
        ("入库验收", "降低质量标准验收入库,以次充好", "岗位职责", "高",
         "入库粮食逐车扦样检验,检验结果与保管员、质检员双签。", "未发现"),
        ("储存保管", "虚报储存损耗,账实不符", "业务流程", "高",
         "保管账、统计账、会计账每月核对,损耗超标须说明原因并报批。", "未发现"),
        ("轮换出库", "与购粮方串通,以陈顶新、虚假轮换", "外部环境", "中",
         "轮换出入库全程视频监控,轮换数量与计划逐批核对。", "未发现"),
        ("仓储物资", "私自使用、外借仓储器材和药剂", "制度机制", "低",
         "器材药剂出入库登记,每季度盘点。", "已整改"),
        ("粮情检查", "粮情检测记录不按时填写或补记造假", "思想道德", "低",
         "粮情检测数据系统自动采集,科长每周抽查。", "未发现"),
    ]  # fmt: skip
    for n, (point, how, kind, level, measures, found) in enumerate(rows, 1):
        sh.add(n, point, how, kind, level, measures, found)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("本人签字:", None, None, "科室负责人:", None, "日期:", None)
    return _layout(
        "grain_depot_keeper_selfcheck", "http://www.suiw.cn/portal.php?aid=68677&mod=view",
        "县粮油储备库 仓储科 保管员's 个人岗位廉政风险自查表 (tab 自查表) after the source's 区级储备粮联合检查 (一符、"
        "三专、四落实, 账、卡、牌、簿, 数量真实、质量完好): spaced labels ``姓　　名`` (merged A:B) ``| 亓若屿 | 所在部门 | "
        "仓储科 | 岗　　位 | 保管员``; a short 风险点 beside ``表现形式``, short types, 高/中/低, a trailing ``自查情况`` "
        "(未发现/已整改); 本人/科室负责人/日期 line",
        [sh], t,
    )  # fmt: skip


def hydrology_station_chief_register() -> dict:
    unit = f"{PLACE}水文站"
    who, dept, post = "逯清漪", "测验股", "股长"
    sh = _Sheet("Sheet1", [6, 14, 34, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 6)
    sh.add("科室", dept, "职务", post, "姓名", who)
    sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("水文测验", "测验成果不按规范整编,人为修改流量、水位资料", "岗位职责", "一级",
         "原始记录当日归档,资料整编实行一校二审。"),
        ("报汛雨量站管理", "委托观测员报酬发放虚报人数、冒领", "制度机制", "二级",
         "观测员报酬凭考勤和观测记录发放,名单在站内公示。"),
        ("仪器设备采购", "测验仪器采购指定品牌,收受供应商好处", "外部环境", "一级",
         "仪器采购经站务会研究,按规定询价或招标。"),
        ("水文资料提供", "向无关单位和个人有偿提供水文资料", "思想道德", "三级",
         "资料提供须站长审批并登记,收费按标准统一开票。"),
    ]  # fmt: skip
    for n, (step, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, step, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), ORDINAL[level])
    sh.add()
    sh.add("登记人:", who, None, "站长审核:", None, None)
    return _layout(
        "hydrology_station_chief_register", "http://www.holdmm.net/html/text/chl/1689/168940_1.html",
        "县水文站 测验股 股长's 岗位廉政风险登记表 (tab Sheet1) after the source's 文明水文站 criteria (测报规程, 无伪造"
        "资料, 报汛雨量站, 资料整编, 岗位职责上墙): ``科室 | 测验股 | 职务 | 股长 | 姓名 | 逯清漪`` — the name LAST on the "
        "line; ``序号 | 工作环节 | 风险点 | 风险类型 (short) | 风险等级 一级/二级/三级 | 防控措施``; ``登记人: | 逯清漪`` "
        "and a 站长审核 line",
        [sh], t,
    )  # fmt: skip


def town_vet_station_card() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, dept, post = "酆以宁", "畜牧兽医站", "动物检疫员"
    sh = _Sheet("Sheet1", [6, 36, 12, 8, 36, 10])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 6)
    _line(sh, f"单位:{unit}", 6)
    sh.add("姓名", who, "所在站所", dept, "岗位", post)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("产地检疫不到场,凭养殖户申报直接出具检疫证明", "岗位职责", "高",
         "检疫须到场查验并拍照留存,检疫证明电子出证全程可查。", None),
        ("收受养殖户、贩运户财物,对病死畜禽放行", "思想道德", "高",
         "病死畜禽一律无害化处理并登记,举报电话公示。", None),
        ("免疫疫苗领用、发放登记不实,私自出售疫苗", "制度机制", "中",
         "疫苗出入库台账日清月结,发放凭村防疫员签字。", None),
        ("无害化处理补助数量虚报", "业务流程", "中", "补助数量经村、站、镇三级核实后公示。", "新增"),
        ("向养殖户推销指定兽药、饲料", "外部环境", "低", "严禁推销兽药饲料,纳入年度考核。", None),
    ]  # fmt: skip
    for n, (point, kind, level, measures, note) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures, note)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人:", None, "站负责人:", None, "镇纪委审核:", None)
    return _layout(
        "town_vet_station_card", "http://fsou.com/html/text/lar/170934/17093407_5.html",
        "镇 畜牧兽医站 动物检疫员's 岗位廉政风险防控卡 (tab Sheet1) after the source's 乡（镇、办事处）兽医站主要职责 (免疫、"
        "消毒, 检疫检验, 疫情普查, 规模养殖场检查): a bare title ``岗位廉政风险防控卡``, a merged ``单位:如皋县芦湾镇人民政府`` "
        "line, ``姓名 | 酆以宁 | 所在站所 | 畜牧兽医站 | 岗位 | 动物检疫员``; ``序号 | 风险点 | 风险类型 (short) | 风险等级 "
        "高/中/低 | 防控措施 | 备注`` (one 新增); 持卡人/站负责人/镇纪委审核 line",
        [sh], t,
    )  # fmt: skip


def grain_reserve_monitor_pledge() -> dict:
    unit = f"{PLACE}地方储备粮管理中心"
    who, dept, post = "揭望舒", "监管科", "驻库监管员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 4)
    sh.add("姓名", who, "科室", dept)
    sh.add("岗位", post, None, None)
    sh.merge(2, 1, 2, 3)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("驻库监管时对承储企业空仓验收、粮食轮入把关不严", "高",
         "空仓验收和入库预验收逐项填写记录,由监管员和企业负责人双签。"),
        ("接受承储企业宴请、礼品,对“转圈粮”“空气粮”不报告", "高",
         "发现问题当日报告科长,驻库期间不得与企业人员私下往来。"),
        ("保管费、轮换费补贴核算数据不实", "中", "补贴按库存统计月报核算,科室复核后报中心审批。"),
        ("日常巡查记录补记、代记", "低", "巡查记录随查随记,中心每月抽查。"),
    ]  # fmt: skip
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    _line(sh, "本人承诺:严格遵守廉洁从业各项规定,认真落实以上防控措施,自觉接受组织和群众监督,如有违反,"
          "愿承担相应责任。", 4)  # fmt: skip
    sh.add("承诺人:", who, "日期:", "2024年6月20日")
    return _layout(
        "grain_reserve_monitor_pledge", "http://www.njls.cc/?p=1804",
        "县地方储备粮管理中心 监管科 驻库监管员's 岗位廉政风险防控承诺书 (tab 承诺书) after the source's 地方政府储备粮管理 "
        "(第三方监理, 空仓验收, 粮食轮入, 日常巡查, 补贴核算, 转圈粮、空气粮): ``姓名 | 揭望舒 | 科室 | 监管科`` and "
        "``岗位 | 驻库监管员`` (merged B:D); ``序号 | 廉政风险点 | 风险等级 高/中/低 | 防控措施``, no type column; a merged "
        "pledge, ``承诺人: | 揭望舒 | 日期: | 2024年6月20日``",
        [sh], t,
    )  # fmt: skip


def vet_supervision_branch_annex3() -> dict:
    bureau, dept, who = f"{PLACE}农业农村局", "棠溪动物卫生监督分所", "甯可钧"
    sh = _Sheet("附件3", [20, 20, 36, 14, 8, 34])
    t = _Truth(bureau)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{bureau}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "A")
    sh.add(*HEAD)
    rows = [
        ("负责辖区动物检疫监督", "申报→受理→检疫→出证", "指使官方兽医不到场检疫即出证", "岗位职责风险",
         "Ⅰ级", "检疫出证与到场记录、影像比对,每月通报。"),
        (None, "屠宰检疫→监督", "对屠宰场违规屠宰病害畜禽不查处", "外部环境风险", "Ⅰ级",
         "驻场官方兽医轮换,查处情况报局执法大队备案。"),
        ("负责动物诊疗机构监管", "检查→处理", "对无证诊疗、违规用药降格处理", "思想道德风险", "Ⅱ级",
         "检查两人以上,处理意见分所集体研究。"),
        ("负责检疫规费和证章管理", "领用→使用→核销", "检疫证章管理不严,空白证明外流", "制度机制风险",
         "Ⅲ级", "证章专人保管,领用核销逐份登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "vet_supervision_branch_annex3", "https://m.ghbk.net/changshi/8NqEWoAg7z.html",
        "县农业农村局 棠溪动物卫生监督分所's 附件3 (tab 附件3) after the source's account of a 动物检疫站 (畜禽防疫、检疫, 兽医"
        "医政, 市场检疫, 检疫证明的征订、发放和使用, 监督检查): ``单位(盖章):如皋县农业农村局`` over ``科室 | 棠溪动物卫生监督分所 | "
        "负责人 | 甯可钧 | 岗位风险等级 | A``; 岗位职责 merged, 工作流程 with arrows, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; "
        "one unused template row, blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    archives_clerk_annex4(),
    survey_center_director_annex2(),
    library_cataloguer_card(),
    grain_depot_keeper_selfcheck(),
    hydrology_station_chief_register(),
    town_vet_station_card(),
    grain_reserve_monitor_pledge(),
    vet_supervision_branch_annex3(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch118-inbox"))
