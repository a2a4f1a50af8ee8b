"""A hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies of 富顺县 that no
earlier batch used — a 农田建设服务中心, the 社会治安综合治理中心, a 文化旅游投资开发有限公司, a 特困人员
供养服务中心, the 人民医院医疗集团, a 民营经济发展服务中心, a 镇 (an invented 蓼滩镇), the 地方海事处 and
the 老年大学 — each handing back its ordinary 一览表, 排查表, 清单, 防控卡 or personal 自查表 the way its
staff typed it (no re-saved copies this time):

- a 农田建设服务中心 一览表 whose levels are DOTS ``●●●/●●/●``, read by a note under the table
  (``注：风险等级栏●●●为高风险，●●为中风险，●为低风险。``), ``…风险`` types;
- the 综治中心's 清单 对岗不对人 (科室/岗位, no names), 一级/二级/三级, short types, and a trailing
  ``责任领导`` column that names posts (``分管副主任``), not people;
- a 文旅投资公司 一览表 with a short 风险点 beside a long 风险描述, its two-character names PADDED to
  three with a full-width space as offices align them (``宰　澈``, ``邶　岚``);
- a 特困人员供养服务中心 排查表 with a two-row header (``岗位情况`` over 科室/岗位/姓名, ``风险情况`` over
  风险点/风险类别/风险等级; 序号 and 防控措施 merged down over both rows), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 民营经济发展服务中心's 防控卡 one per sheet, ``持卡人 | … | 职务 | … | 岗位风险等级 | …`` and
  ``所在科室 | … | 分管工作 | …`` above the table, a ``监督责任人`` column of names (the 主任 among them);
- a 镇's 站所 排查表 (镇领导, 党政办, 财政所, 社事办, 村建办, 便民服务中心) with the Sichuan surnames
  母, 补 and 税 (``母亦舒``, ``补晚晴``), ``高风险/中风险/低风险``;
- a 地方海事处 排查表 written out on every row (no merges), levels ``Ⅰ/Ⅱ/Ⅲ`` of which two cells carry
  last year's level after the new one — ``Ⅱ（原Ⅲ）``, ``Ⅰ（原Ⅱ）`` — and a ``备注`` saying ``等级调整``;
- a 老年大学's personal 自查表 one per sheet (default tabs Sheet1–Sheet3), a label row ``姓名 | 性别 |
  职务 | 所在科室 | 填表时间`` over its values (a date cell), then the table.

One is harder, the shape this batch adds to what the README describes:

- ``medical_group_post_manual``: the 人民医院医疗集团's 岗位说明书, one post a sheet (tabs the posts):
  under ``一、岗位基本信息`` the pairs ``岗位名称 | … | 岗位编号 | YJ-03``, ``所属部门 | … | 直接上级 |
  药剂科主任``, ``任职人 | … | 编制日期 | …``, then ``二、岗位职责`` and one merged cell of duties, then
  ``三、岗位廉政风险及防控措施`` over the risk table — the holder under ``任职人`` (no 姓名 field), and
  a ``直接上级`` that names another post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 县's 高标准农田建设规划: 建设标准,
竣工验收, 上图入库, 后续管护; a 县综治中心's 三级运行体系 and 矛盾纠纷 化解; an audit of a 文旅集团's 产业
项目, 资产管理; a 县's 养老机构 补助政策; a 岗位说明书 标准格式 (岗位名称, 所属部门, 直接上级, 岗位编号,
编制日期); a 惠企通 工作方案 (惠企政策 兑现); 乡镇 党政办 duties; a note on 海事局 duties (船舶登记, 船员
考试, 船舶检查); a study of a 市老年大学 (招生, 师资, 课程)) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented; every
unit is a body of 富顺县 (the 镇 an invented 蓼滩镇).

Run ``python tests/published/score.py --set batch164`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b164_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- in a 岗位说明书 the post is the ``岗位名称`` value, the 科室 the ``所属部门`` value and the holder the
  ``任职人`` value; ``直接上级`` names the post above (no form of its own), ``岗位编号`` and
  ``编制日期`` are no point; the duties cell under ``二、岗位职责`` is no point;
- ``●●●/●●/●`` are levels 1/2/3 (the note under the table says so);
- ``宰　澈`` (a full-width space padding a two-character name) is the holder 宰澈;
- ``Ⅱ（原Ⅲ）`` is level Ⅱ: the level now, last year's in brackets;
- a ``责任领导`` column of post words (``分管副主任``, ``主任``) names no holder: the list stays
  对岗不对人; a ``监督责任人`` column on a 持卡人's card names the leaders who watch, no holder;
- a personal 自查表's label row over a value row gives the holder, post and 科室; the date under
  ``填表时间`` is no point;
- 主任/副主任 of a 中心, 董事长/总经理, 处长/副处长, 党委书记/镇长 and 常务副校长 are leaders; 股长,
  科长, 部长, 部门经理, 党政办主任, 所长 of the 镇's 财政所 and 药剂科主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b164_"
PLACE = "富顺县"
TOWN = "蓼滩镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
DOTS = {"●●●": 1, "●●": 2, "●": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ADJUSTED = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅱ（原Ⅲ）": 2, "Ⅰ（原Ⅱ）": 1}
GAP = "\u3000"


def _padded(name: str) -> str:
    """A two-character name padded to three with a full-width space, as offices align them."""
    return f"{name[0]}{GAP}{name[1]}" if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def medical_group_post_manual() -> dict:
    unit = f"{PLACE}人民医院医疗集团"
    t = _Truth(unit)
    posts = [
        ("药品采购员", "YJ-03", "药剂科", "药剂科主任", "潮映雪", "general",
         "1.根据各院区用药计划编制药品采购计划;\n2.在省药械集中采购平台下单、跟踪配送;\n3.核对药品入库数量、批号和发票。",
         [
             ("在集中采购平台外采购药品,或向指定配送企业倾斜", "岗位职责", "高",
              "药品一律在省平台采购,配送企业由集团药事会研究确定并公开。"),
             ("收受药品配送企业回扣、礼品", "思想道德", "高", "签订廉洁购销协议,拒收登记,每季度廉洁谈话。"),
             ("采购计划虚增数量,造成药品积压过期", "业务流程", "中", "采购计划依据前三月用量测算,科主任审核。"),
         ]),
        ("设备管理员", "ZB-02", "医学装备科", "医学装备科科长", "羿怀川", "general",
         "1.负责医疗设备采购论证资料整理;\n2.组织设备到货验收、建档;\n3.负责设备维修外委和报废申报。",
         [
             ("设备采购论证中按某一品牌设置技术参数", "岗位职责", "高",
              "技术参数经临床、装备、纪检三方论证,参数公示征求意见。"),
             ("设备到货验收走过场,配置与合同不符", "业务流程", "中", "验收由使用科室、装备科、财务科三方签字。"),
             ("维修外委指定维修商,虚报维修费用", "制度机制", "中", "维修商入围比选,维修单使用科室签字确认。"),
         ]),
        ("医保结算员", "YB-01", "医保办", "医保办主任", "桑若愚", "general",
         "1.负责住院病人医保费用审核结算;\n2.上传结算清单,处理医保拒付;\n3.配合医保部门检查。",
         [
             ("为参保病人违规结算自费项目,套取医保基金", "岗位职责", "高", "结算清单系统智能审核,医保办每月抽查。"),
             ("分解住院、挂床住院未发现或不报告", "外部环境", "中", "住院病历与在院情况随机核查,发现问题及时上报。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for post, code, dept, boss, who, tier, duties, points in posts:
        sh = _Sheet(post, [12, 30, 12, 14, 34])
        _line(sh, f"{unit}岗位说明书", 5)
        _line(sh, "一、岗位基本信息", 5)
        r = sh.add("岗位名称", post, "岗位编号", code, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("所属部门", dept, "直接上级", boss, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("任职人", who, "编制日期", "2024年5月", None)
        sh.merge(r, 3, r, 4)
        _line(sh, "二、岗位职责", 5)
        _line(sh, duties, 5)
        _line(sh, "三、岗位廉政风险及防控措施", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("任职人签字:", None, "科室负责人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "medical_group_post_manual", "https://www.wendang.net/wd/460035.html",
        "(harder) 县人民医院医疗集团 岗位说明书 with its 廉政风险, after the source's 岗位说明书标准格式 (岗位基本信息: 岗位"
        "名称, 所属部门, 直接上级, 岗位编号, 编制日期; 岗位职责): THREE sheets, one post each, tabs the posts (药品采购员, "
        "设备管理员, 医保结算员); each under a title and ``一、岗位基本信息`` holds the pairs ``岗位名称 | 药品采购员 | "
        "岗位编号 | YJ-03``, ``所属部门 | 药剂科 | 直接上级 | 药剂科主任``, ``任职人 | 潮映雪 | 编制日期 | 2024年5月``, "
        "then ``二、岗位职责`` over one merged cell of numbered duties, then ``三、岗位廉政风险及防控措施`` over 序号/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; ``任职人签字: | 科室负责人签字:`` under it. The holder only "
        "under ``任职人`` (no 姓名 field), the ``直接上级`` another post",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def farmland_center_dots() -> dict:
    unit = f"{PLACE}农田建设服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年8月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "亢云岫", "高标准农田建设项目施工、监理单位确定不经集体研究", "制度机制风险", "●●●",
         "项目按规定进入公共资源交易平台招标,中心会议集体研究并留存纪要。", "leader"),
        ("中心领导", "主任", "亢云岫", "项目竣工验收降低标准,为不合格工程出具合格意见", "岗位职责风险", "●●●",
         "竣工验收邀请乡镇、村组和受益农户代表参加,验收结果公示。", "leader"),
        ("中心领导", "副主任", "禄青禾", "项目设计变更审批把关不严,增加工程量", "业务流程风险", "●●",
         "设计变更经设计、监理、中心三方会审,重大变更报农业农村局审批。", "leader"),
        ("项目建设股", "股长", "郈望舒", "隐蔽工程验收签字走过场", "岗位职责风险", "●●",
         "隐蔽工程验收全程拍照留存,监理、施工、中心三方签字。", "middle"),
        ("项目建设股", "股长", "郈望舒", "接受施工单位宴请、礼品,对质量问题放任不管", "外部环境风险", "●●●",
         "签订廉洁承诺,质量问题整改销号,纪检不定期回访。", "middle"),
        ("项目建设股", "技术员", "税晓岚", "上图入库面积、位置数据与实际不符", "业务流程风险", "●●",
         "上图入库数据与现场核查结果比对,股室复核后上报。", "general"),
        ("资金监管股", "股长", "谯暮雨", "工程款拨付不按合同和进度,提前或超额拨付", "制度机制风险", "●●●",
         "工程款凭监理进度确认和审计意见拨付,实行分管领导双签。", "middle"),
        ("资金监管股", "会计", "苌静姝", "管护资金发放对象、金额核算不准", "岗位职责风险", "●",
         "管护资金发放名册经村组公示,银行直接发放到户。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), DOTS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级栏●●●为高风险，●●为中风险，●为低风险。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "farmland_center_dots", "http://yishui.gov.cn/info/55650/335292.htm",
        "县农田建设服务中心 岗位廉政风险点一览表 after the source's 高标准农田建设规划 (建设标准和建设内容, 强化质量管理, "
        "统一上图入库, 规范竣工验收, 加强后续管护, 资金筹措): ``填报单位：… | 填报时间：…`` over 序号/股室 merged (中心领导, "
        "项目建设股, 资金监管股)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 written in DOTS "
        "``●●●/●●/●``/防控措施; under the table a merged note ``注：风险等级栏●●●为高风险，●●为中风险，●为低风险。``, "
        "then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def peace_center_posts() -> dict:
    unit = f"{PLACE}社会治安综合治理中心"
    sh = _Sheet("清单", [6, 16, 12, 34, 10, 8, 34, 12])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    rows = [
        ("中心领导", "主任", "矛盾纠纷化解中违规干预,为一方当事人说情", "思想道德", "一级",
         "重大纠纷化解方案集体研究,说情打招呼登记报告。", "主任", "leader"),
        ("中心领导", "副主任", "平安公益积分兑换资金审批把关不严", "制度机制", "二级",
         "积分兑换名册经村、镇两级审核公示,资金直达个人账户。", "主任", "leader"),
        ("综合科", "科长", "办公经费、网格员补贴报销审核不严", "制度机制", "二级",
         "报销凭证三级审核,网格员补贴按考核结果发放并公示。", "分管副主任", "middle"),
        ("矛盾纠纷调处科", "科长", "纠纷调处中收受当事人财物,偏袒一方", "外部环境", "一级",
         "调处过程全程记录,调解协议经科室集体审核。", "分管副主任", "middle"),
        ("矛盾纠纷调处科", "调解员", "泄露当事人隐私和纠纷信息", "岗位职责", "三级",
         "签订保密承诺,纠纷档案专人管理、查阅登记。", "分管副主任", "general"),
        ("网格化服务管理科", "科长", "网格员招聘、考核中优亲厚友", "岗位职责", "二级",
         "招聘考核公开进行,考核结果公示。", "分管副主任", "middle"),
        ("网格化服务管理科", "网格管理员", "网格事件上报数据弄虚作假", "业务流程", "三级",
         "网格事件系统留痕,每月随机回访核实。", "分管副主任", "general"),
        ("指挥调度科", "科长", "风险隐患交办不及时,对部门办理情况督办走过场", "岗位职责", "二级",
         "交办事项限时办结,逾期自动预警并通报。", "主任", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, boss, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, boss)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "peace_center_posts", "https://www.sichuanpeace.gov.cn/yb/20260122/2994704.html",
        "县社会治安综合治理中心 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县综治中心 (县级统筹、镇级"
        "主战、村级前哨; 矛盾纠纷 一站式 化解; 平安公益积分 兑换): ``附件3`` above the title; 序号/科室 merged (中心领导, "
        "综合科, 矛盾纠纷调处科, 网格化服务管理科, 指挥调度科)/岗位 (no names anywhere)/风险点/风险类型 (short names)/"
        "风险等级 一级/二级/三级/防控措施/a trailing ``责任领导`` column of POST words (``主任``, ``分管副主任``); "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def tourism_invest_padded_names() -> dict:
    unit = f"{PLACE}文化旅游投资开发有限公司"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 16, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "宰澈", "重大投资决策", "景区开发、文旅项目投资不经董事会和党支部前置研究,个人决定",
         "高", "严格执行“三重一大”决策制度,重大投资报县国资部门备案。", "leader"),
        ("公司领导", "总经理", "郇子衿", "工程项目发包", "文旅项目工程化整为零、规避招标,指定施工单位", "高",
         "工程项目按限额进入公共资源交易平台,发包结果公示。", "leader"),
        ("工程部", "经理", "邶岚", "工程签证", "现场签证虚增工程量,与施工单位串通", "高",
         "签证实行监理、跟踪审计、工程部三方会签。", "middle"),
        ("工程部", "经理", "邶岚", "材料设备进场验收", "验收把关不严,以次充好", "中", "验收留存影像资料,抽样送检。",
         "middle"),
        ("景区运营部", "经理", "菅若渔", "门票及经营收入", "门票收入截留、坐支,团队票价随意减免", "高",
         "电子票务系统售票,收入日清日缴,减免须总经理审批。", "middle"),
        ("景区运营部", "经理", "菅若渔", "商铺摊位出租", "摊位出租不公开,低价租给关系人", "中",
         "摊位出租公开竞价,租金标准和结果公示。", "middle"),
        ("财务部", "出纳", "仝樾", "资金收付", "公款私存、挪用,现金不入账", "中", "银行账户统一管理,现金日记账每日核对。",
         "general"),
        ("财务部", "出纳", "仝樾", "票据管理", "空白票据保管不善,票据遗失不报", "低", "票据专人保管,领用核销登记。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, _padded(who), point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "tourism_invest_padded_names", "http://sjt.fujian.gov.cn/zwgk/tpxw/202209/t20220926_5999575.htm",
        "县文化旅游投资开发有限公司 廉洁风险点一览表 after the source's audit of a 文旅集团 (文旅产业项目, 项目建设, 运营管理"
        "和效益, 资产管理): 序号/部门 merged (公司领导, 工程部, 景区运营部, 财务部)/岗位 and 责任人 merged per person — the "
        "two-character names PADDED to three with a full-width space (``宰　澈``, ``邶　岚``, ``仝　樾``) beside the "
        "three-character ``郇子衿``, ``菅若渔``/a short ``风险点`` beside a long ``风险描述``/风险等级 高/中/低/防控措施; no "
        "type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def care_center_two_row_header() -> dict:
    unit = f"{PLACE}特困人员供养服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    r = sh.add("序号", "岗位情况", None, None, "风险情况", None, None, "防控措施")
    sh.merge(r, 1, r, 3)
    sh.merge(r, 4, r, 6)
    r2 = sh.add(None, "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", None)
    sh.merge(r, 0, r2, 0)
    sh.merge(r, 7, r2, 7)
    rows = [
        ("中心领导", "主任", "绳念慈", "供养对象入住审核把关不严,为不符合条件人员安排入住", "岗位职责", "Ⅰ级",
         "入住对象凭民政部门认定文件办理,入住名单按月公示。", "leader"),
        ("中心领导", "主任", "绳念慈", "社会捐赠款物不入账或私分", "制度机制", "Ⅰ级",
         "捐赠款物登记入账,使用情况在院务公开栏公示。", "leader"),
        ("中心领导", "副主任", "扈春深", "食材、被服等物资采购不比价,验收不严", "业务流程", "Ⅱ级",
         "物资采购三家以上比价,验收由供养对象代表参加。", "leader"),
        ("供养服务部", "部长", "麦禾生", "供养对象零花钱、护理补贴发放不足额", "岗位职责", "Ⅰ级",
         "零花钱、护理补贴发放本人签字确认,每月公示。", "middle"),
        ("供养服务部", "护理员", "漆若萤", "侵占供养对象财物,收受家属红包", "思想道德", "Ⅱ级",
         "供养对象财物登记保管,护理区安装监控,设立意见箱。", "general"),
        ("后勤保障部", "炊事员", "敬满仓", "伙食费开支虚报冒领,伙食账目不公开", "业务流程", "Ⅱ级",
         "伙食账目每周公布,供养对象伙食委员会监督。", "general"),
        ("财务室", "会计", "琴知秋", "供养资金未专款专用,挤占挪用", "制度机制", "Ⅲ级",
         "供养资金单独核算,每季度接受民政局检查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("主任签字:", None, None, "填表人:", None, None, "2024年5月", None)
    return _layout(
        "care_center_two_row_header",
        "http://cqszx.gov.cn/bm/xmzj/zwgk_51530/fdzdgknr_51533/lzyj_51534/zcwd/202311/t20231120_12579803.html",
        "县特困人员供养服务中心 廉政风险点排查表 after the source's account of a 县's 养老机构 补助政策 (床位, 运营补贴, "
        "公办养老机构): a TWO-ROW header — ``岗位情况`` merged over 科室/岗位/姓名, ``风险情况`` merged over 风险点/风险"
        "类别/风险等级, 序号 and 防控措施 each merged down over both rows; 科室 merged (中心领导, 供养服务部, 后勤保障部, "
        "财务室), 岗位 and 姓名 merged per person; types short names; levels ``Ⅰ级/Ⅱ级/Ⅲ级``; 主任签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def private_economy_cards() -> dict:
    unit = f"{PLACE}民营经济发展服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "中心领导", "雍霁川", "A", "主持中心全面工作", "leader", [
            ("惠企政策资金分配不经集体研究,向关系企业倾斜", "制度机制", "高",
             "政策资金分配方案经中心会议集体研究,兑现结果公示。", "蹇清野"),
            ("在企业兼职或接受企业安排的宴请、旅游", "思想道德", "中", "签订亲清政商承诺,每年报告个人有关事项。", "蹇清野"),
        ]),
        ("企业服务股股长", "企业服务股", "幸望之", "B", "企业诉求办理、包联企业服务", "middle", [
            ("办理企业诉求吃拿卡要、推诿拖延", "外部环境", "中", "诉求办理限时办结,企业满意度回访。", "雍霁川"),
            ("向企业推荐指定中介机构,从中获利", "岗位职责", "中", "不得推荐中介,中介服务由企业自主选择。", "雍霁川"),
            ("泄露企业商业秘密", "岗位职责", "低", "签订保密承诺,企业资料专人保管。", "雍霁川"),
        ]),
        ("政策兑现专员", "政策兑现股", "鲜于晴川", "A", "惠企政策申报受理、初审和资金兑现", "general", [
            ("对申报材料审核不严,为不符合条件企业兑现奖补", "岗位职责", "高",
             "申报材料双人初审,行业部门复核,兑现名单公示。", "蹇清野"),
            ("重复兑现同一事项奖补资金", "业务流程", "中", "建立兑现台账,系统比对查重。", "蹇清野"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, dept, who, grade, work, tier, points in cards:
        sh = _Sheet(who, [6, 34, 12, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "职务", post, "岗位风险等级", grade)
        r = sh.add("所在科室", dept, "分管工作", work, None, None)
        sh.merge(r, 3, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督责任人")
        for n, (point, typ, lv, measures, watcher) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "监督人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "private_economy_cards", "https://www.renrendoc.com/paper/508201117.html",
        "县民营经济发展服务中心 岗位廉政风险防控卡 after the source's 惠企通 工作方案 (惠企政策 直达快享, 服务企业, 资源"
        "整合): THREE sheets, one card each, tabs the holders' names; above each table ``持卡人 | 雍霁川 | 职务 | 主任 | "
        "岗位风险等级 | A`` and ``所在科室 | 中心领导 | 分管工作 | …`` (the 政策兑现专员 the compound surname ``鲜于晴川``); "
        "序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``监督责任人`` (names: the 副主任 蹇清野, who holds "
        "no card, and the 主任 雍霁川 on the 股长's card); 持卡人签字/监督人签字",
        sheets, t,
    )  # fmt: skip


def town_stations_sichuan_surnames() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    sh = _Sheet("排查表", [6, 12, 12, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{PLACE}{TOWN}岗位廉政风险排查表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报日期：2024年9月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "昝行舟", "镇村重大项目、大额资金不经党委会集体研究", "制度机制风险", "高风险",
         "严格执行“三重一大”制度,会议纪要存档备查。", "leader"),
        ("镇领导", "镇长", "母亦舒", "镇级工程项目发包规避招标,指定施工队伍", "岗位职责风险", "高风险",
         "工程项目按限额进入交易平台,结果在镇村公示。", "leader"),
        ("党政办", "主任", "补晚晴", "公务接待、公车使用超标准,费用虚列", "制度机制风险", "中风险",
         "接待和用车实行审批登记,费用每季度公开。", "middle"),
        ("财政所", "所长", "衡寄远", "惠民惠农补贴资金发放审核不严,冒领套取", "岗位职责风险", "高风险",
         "补贴资金“一卡通”发放,名册村组公示,所长复核。", "middle"),
        ("财政所", "所长", "衡寄远", "村级财务代理记账把关不严", "业务流程风险", "中风险",
         "村级报账凭证逐笔审核,每半年开展一次村账抽查。", "middle"),
        ("社事办", "民政专干", "冉秋池", "低保、特困对象认定中优亲厚友", "思想道德风险", "高风险",
         "入户调查两人以上,民主评议,名单公示。", "general"),
        ("村建办", "主任", "税鸣皋", "农村建房审批把关不严,收受建房户好处", "外部环境风险", "中风险",
         "建房审批一次性告知,到场开展“四到场”,审批结果公示。", "middle"),
        ("便民服务中心", "窗口工作人员", "阳叶舟", "办事群众材料受理推诿、吃拿卡要", "岗位职责风险", "低风险",
         "一次性告知、首问负责,设置评价器。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填报人:", None, None, None, None)
    return _layout(
        "town_stations_sichuan_surnames", "https://www.fudaoke.com/exam/3290130.html",
        "镇 岗位廉政风险排查表 after the source's account of a 乡镇党政办 (政策落地, 群众诉求, 村级事务, 一人多岗): "
        "``填报单位（盖章）：富顺县蓼滩镇人民政府 | 填报日期：…`` over 序号/站所 merged (镇领导, 党政办, 财政所, 社事办, 村建办, "
        "便民服务中心)/岗位 and 姓名 merged per person — among them the Sichuan surnames 母, 补 and 税 (``母亦舒``, "
        "``补晚晴``, ``税鸣皋``) and ``昝行舟``, ``阳叶舟``/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; 单位负责人/填报人",
        [sh], t,
    )  # fmt: skip


def maritime_office_adjusted_levels() -> dict:
    unit = f"{PLACE}地方海事处"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 10, 10, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年岗位廉政风险点排查表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("处领导", "处长", "浦听澜", "执法案件处理中说情打招呼,降格处理", "思想道德", "Ⅰ",
         "行政处罚案件集体审议,说情打招呼登记报告。", None, "leader"),
        ("处领导", "副处长", "阙明川", "渡口、渡船安全检查走过场", "岗位职责", "Ⅰ（原Ⅱ）",
         "检查实行清单化,隐患整改跟踪销号。", "等级调整", "leader"),
        ("船舶检验科", "科长", "弭星野", "船舶检验降低标准,为不合格船舶发证", "岗位职责", "Ⅰ",
         "检验结果两人以上复核,发证情况定期抽查。", None, "middle"),
        ("船舶检验科", "验船师", "卞知遥", "检验中接受船主宴请、礼品", "外部环境", "Ⅱ",
         "检验时间地点提前公示,签订廉洁承诺。", None, "general"),
        ("安全监督科", "科长", "苻若愚", "船员考试组织不规范,泄露试题", "制度机制", "Ⅱ（原Ⅲ）",
         "考试题库随机抽题,考场视频监控。", "等级调整", "middle"),
        ("安全监督科", "海事执法员", "晏疏桐", "水上巡查发现违法行为不处理或少罚", "岗位职责", "Ⅱ",
         "执法记录仪全程记录,处罚按裁量基准执行。", None, "general"),
        ("办公室", "会计", "冀向晚", "船舶检验费、罚没款收缴不及时入账", "业务流程", "Ⅲ",
         "收费罚没款使用统一票据,缴入财政专户。", None, "general"),
    ]  # fmt: skip
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ADJUSTED[lv])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None, None)
    return _layout(
        "maritime_office_adjusted_levels", "https://m.gzjll.com/3/3828715.html",
        "县地方海事处 岗位廉政风险点排查表 after the source's note on 海事 duties (船舶登记, 船员考试, 水上搜救, 船舶检查, "
        "内河): 序号/科室/岗位/姓名 written out on EVERY row (no merges)/风险点/风险类型 (short names)/风险等级 ``Ⅰ/Ⅱ/Ⅲ`` "
        "without 级 — two cells carrying last year's level after this year's, ``Ⅰ（原Ⅱ）`` and ``Ⅱ（原Ⅲ）``, their "
        "``备注`` ``等级调整``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def senior_university_self_check() -> dict:
    unit = f"{PLACE}老年大学"
    t = _Truth(unit)
    people = [
        ("郦苍梧", "男", "常务副校长", "校领导", "leader", [
            ("教学场地、设施改造项目不经校务会研究", "制度机制", "高", "改造项目经校务会集体研究,按规定比选施工单位。"),
            ("外聘教师课酬标准执行不一", "制度机制", "中", "课酬标准经校务会确定并公开,按实际课时发放。"),
        ]),
        ("充若谷", "女", "科长", "教务科", "middle", [
            ("热门班级招生名额内部预留、优亲厚友", "岗位职责", "中", "招生名额网上公开报名,超额时公开摇号。"),
            ("教材、教具采购收受供应商好处", "外部环境", "中", "教材统一征订,采购三家比价。"),
            ("教师考勤、课时统计不实", "业务流程", "低", "课时按签到表统计,班长签字确认。"),
        ]),
        ("尉晚照", "女", "出纳", "办公室", "general", [
            ("学员学费收取不开票、不入账", "制度机制", "高", "学费网上缴纳,收费票据统一管理。"),
            ("现金保管不善,公款私存", "思想道德", "低", "现金日清月结,不定期盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, sex, post, dept, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [8, 32, 12, 12, 32])
        _line(sh, f"{unit}个人廉政风险点自查表", 5)
        sh.add("姓名", "性别", "职务", "所在科室", "填表时间")
        sh.add(who, sex, post, dept, datetime(2024, 3, 15))
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "科室负责人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "senior_university_self_check", "http://99lndx.com/index.php/yjdt/9626.html",
        "县老年大学 个人廉政风险点自查表 after the source's study of a 市老年大学 (招生, 师资队伍, 课程设置, 办学经费): "
        "THREE sheets with the default tabs ``Sheet1``–``Sheet3``, each a label row ``姓名 | 性别 | 职务 | 所在科室 | 填表时间`` "
        "over its value row (the date a real date cell) above 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "``本人签字: | 科室负责人签字:`` under it",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    medical_group_post_manual(),
    farmland_center_dots(),
    peace_center_posts(),
    tourism_invest_padded_names(),
    care_center_two_row_header(),
    private_economy_cards(),
    town_stations_sichuan_surnames(),
    maritime_office_adjusted_levels(),
    senior_university_self_check(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch164-inbox"))
