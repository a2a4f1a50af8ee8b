"""A sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY TABLES AS FILES REALLY ARRIVE from county
law-enforcement and service bodies the earlier batches hardly met — a 市场监督管理所, a 镇
自然资源所, a 公路超限检测站, an 应急管理 执法大队, a 劳动保障监察大队, a 生态环境 执法大队, a 木材
检查站, a 街道 劳动保障服务中心 and a 公路运输管理所 — each handing back its 一览表, 排查表 or personal
自查表 its own way, and five of them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods``
(``resaved/b68_<name>.xls``/``.ods``, see make_resaved.py):

- a 市场监管所 排查表 (re-saved): a ``单位:… | 填报时间:…`` line under a title naming only the 所,
  岗位/姓名/岗位职责 merged per person, ``…风险`` types, 高/中/低, and a ``备注`` column saying
  ``新增`` or ``由中调为高`` (a remark on the level's history, not the level);
- a 镇自然资源所 排查表 对岗不对人 (re-saved): ``附件3``, a ``填报单位(盖章):…`` line, 岗位 merged,
  a ``工作环节`` column (申请后到场审查, 批准后到场丈量, 建成后到场检查 …), levels ``A级/B级/C级``
  defined by the 说明 under the table, a ``监督责任人`` name merged down every row;
- a 公路超限检测站 一览表: group rows ``一、站领导`` … ``四、综合组`` merged across the table giving
  the 组, 岗位/姓名 merged per person, ``…风险`` types, 高/中/低; the workbook still carries the empty
  ``Sheet2`` and ``Sheet3`` Excel made;
- a 劳动保障监察大队's personal 自查表, one per sheet (tab = the name) (re-saved): a label row
  ``姓名 | 职务 | 所在中队 | 填表日期`` over a value row (the date a real date), a short ``风险点``
  beside ``具体表现``, 高/中/低, a signature line;
- a 生态环境 执法大队 一览表: ``附件2``, ``科室(中队)`` merged, 岗位/姓名 merged per person, types
  short (two in some cells, one per line), ``高风险/中风险/低风险``, a trailing ``责任领导`` whose two
  names are each merged over the two 中队/室 they oversee;
- a 木材检查站 一览表 对岗不对人 under a bare title and a ``填报单位:… | 填报日期:…`` line, the
  ``风险等级`` column LEFT of ``廉政风险点``, 岗位名称/岗位职责 merged per post;
- a 街道 劳动保障服务中心 清单: ``服务事项 | 办理流程`` (numbered steps), one ``风险点`` cell holding a
  numbered list, 高/中/低, then ``经办人 | 审核人`` — the 经办人 the holder, the 审核人 (the 中心主任,
  merged down every row) the one who checks;
- a 公路运输管理所 一览表 (re-saved): 股室 merged (所领导, 稽查股, 货运股, 办公室), 岗位, ``责任人``
  with one cell naming two 稽查员 ``钟立、蒲晓燕``, ``风险种类`` ``…风险``, 一级/二级/三级.

One is harder:

- ``emergency_brigade_matrix`` (re-saved): an 应急管理综合行政执法大队's 风险评估表 whose row has
  ``发生可能性`` written ``高/中/低`` and ``危害程度`` ``严重/较重/一般`` BEFORE the ``风险等级``
  (``Ⅰ级/Ⅱ级/Ⅲ级``) worked out from them — the 可能性 words are no level, and they differ from the
  level on most rows; 中队 merged, 岗位/姓名 merged per person, a 注 line under the table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 市场监管所规范化建设指南 with its
罚没物品库, 调解室 and 办事窗口; a 镇国土资源所's 动态巡查 with its 三到场 — 申请后到场审查, 批准后
到场丈量, 建成后到场检查 — and its 巡查台账; a 县路政大队's 固定超限检测站 and 流动治超; an account of
a 市's 应急管理 执法队伍 from 支队 to 县 大队 and 乡镇; a 劳动保障监察大队's 双随机 抽查, 执法对象库,
监察建议书 and 黑名单; a 生态环境保护综合行政执法机构 规范化建设 方案; a 木材检查站's 查验 of 运输木材
车辆 and its 联合执法小组; a 市's 街道(乡镇) 劳动保障服务中心 and its 就业、社保经办; a 县交通运输局's
公路运输管理所 and 路政管理大队) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch68`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``备注`` saying ``新增`` or ``由中调为高`` is a remark: the level is the ``风险等级`` cell's;
- ``A级/B级/C级`` are 1/2/3 because the 说明 under the table says so;
- ``发生可能性`` and ``危害程度`` are what the level is worked out from, no level: the level is the
  ``风险等级`` column's ``Ⅰ级/Ⅱ级/Ⅲ级`` even where 可能性 says otherwise;
- a group row ``二、检测组`` merged across the table is the 组 (the department) of the rows under it
  until the next one, and no point;
- in ``经办人 | 审核人`` the 经办人 holds the point; the 审核人 (one name over every row) checks it;
- a ``责任人`` cell naming two people ``钟立、蒲晓燕`` names two holders of the post: each point of the
  post is in each holder's form;
- a ``监督责任人`` / ``责任领导`` column of names beside the post (and its holder) watches, holds
  nothing;
- where the unit is the 所/站/大队 itself, its 所长/站长/大队长 (and 副所长) are leaders, a 组长,
  中队长, 股长 or 室主任 middle.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, real dates), copies the re-saved copies ``resaved/b68_<name>.*`` and writes
``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b68_"
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}


# --------------------------------------------------------------------------- harder layout


def emergency_brigade_matrix() -> dict:
    unit = "XX县应急管理综合行政执法大队"
    sh = _Sheet("风险评估表", [6, 10, 10, 9, 34, 8, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险评估表", 9)
    sh.add("序号", "中队", "岗位", "姓名", "廉政风险点", "发生可能性", "危害程度", "风险等级",
           "防控措施")  # fmt: skip
    rows = [
        ("大队部", "大队长", "柯振华", "重大行政处罚决定未经集体讨论,个人说了算", "中", "严重", "Ⅰ级",
         "重大处罚决定经法制审核后集体讨论,会议纪要存档。"),
        ("大队部", "大队长", "柯振华", "执法装备采购指定品牌、指定供应商", "低", "较重", "Ⅲ级",
         "装备采购按政府采购程序办理,技术参数公开论证。"),
        ("一中队", "中队长", "甘霖", "对危化品企业检查发现的隐患不立案、不移交", "高", "一般", "Ⅱ级",
         "隐患整改实行台账销号,中队每月复查。"),
        ("一中队", "中队长", "甘霖", "接受企业宴请,检查走过场", "中", "较重", "Ⅱ级",
         "执法检查两人以上,全程执法记录仪记录。"),
        ("一中队", "执法队员", "卓文斌", "现场检查记录与实际情况不符", "中", "严重", "Ⅰ级",
         "检查记录现场拍照上传执法系统,法制室抽查。"),
        ("一中队", "执法队员", "卓文斌", "向企业推荐安全评价、培训机构", "低", "严重", "Ⅱ级",
         "严禁推荐中介机构,企业可实名举报。"),
        ("二中队", "执法队员", "蔺佳", "非煤矿山检查前泄露检查计划", "中", "一般", "Ⅲ级",
         "检查计划随机生成,出发前告知检查对象。"),
        ("法制审核室", "审核员", "车永红", "法制审核把关不严,处罚裁量畸轻畸重", "高", "严重", "Ⅰ级",
         "严格执行裁量基准,审核意见书面留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"大队长": "leader", "中队长": "middle"}
    for n, (squad, post, who, point, chance, harm, lv, measures) in enumerate(rows, 1):
        sh.add(n, squad, post, who, point, chance, harm, lv, measures)
        t.point(sh.name, squad, post, who, tiers.get(post, "general"), point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(
        sh,
        "注:风险等级根据发生可能性(高、中、低)和危害程度(严重、较重、一般)综合评定,"
        "分为Ⅰ级、Ⅱ级、Ⅲ级,Ⅰ级为最高。",
        9,
    )
    sh.add("大队长(签字):", None, None, None, "填报日期:2024年11月", None, None, None, None)
    return _layout(
        "emergency_brigade_matrix", "https://fx361.cc/page/2021/1127/12282297.shtml",
        "(harder) 县应急管理综合行政执法大队 岗位廉政风险评估表 after the source's account of a 市's 应急管理 执法队伍 "
        "(安全生产执法监察支队 with its 支队长/副支队长, 县 执法大队, 乡镇 执法机构, 局队合一): 序号/中队 merged (大队部, "
        "一中队, 二中队, 法制审核室)/岗位 and 姓名 merged per person/廉政风险点/``发生可能性`` written 高/中/低/"
        "``危害程度`` 严重/较重/一般/``风险等级`` Ⅰ级/Ⅱ级/Ⅲ级 worked out from the two (the 可能性 word differs from the "
        "level on five of eight rows)/防控措施; a 注 line saying how the level is made, a 签字/date line; re-saved as "
        ".xls and .ods",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def market_station_remarks() -> dict:
    unit = "XX县市场监督管理局城南市场监督管理所"
    sh = _Sheet("城南所", [6, 9, 8, 20, 32, 12, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, "城南市场监督管理所岗位廉政风险点排查表", 9)
    r = sh.add(f"单位:{unit}", None, None, None, None, "填报时间:2024年3月", None, None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("所长", "喻建平", "主持全所工作,负责案件初审和罚没物品管理",
         "案件初审把关不严,对违法行为降格处理", "岗位职责风险", "高",
         "案件实行所务会集体审议,重大案件报局法制审核。", None),
        ("所长", "喻建平", "主持全所工作,负责案件初审和罚没物品管理",
         "罚没物品入库登记不全、处置不按程序", "制度机制风险", "中",
         "罚没物品库双人管理,处置报局统一拍卖。", "新增"),
        ("副所长", "柏春林", "分管食品安全、特种设备监管",
         "食品经营许可现场核查走过场", "业务流程风险", "中",
         "核查两人以上,现场照片上传许可系统。", None),
        ("副所长", "柏春林", "分管食品安全、特种设备监管",
         "特种设备检查中接受企业宴请、礼品", "思想道德风险", "高",
         "签订廉洁执法承诺,检查结果向企业公开。", "由中调为高"),
        ("执法人员", "邝玉洁", "日常监管、投诉举报处理和消费纠纷调解",
         "调解消费纠纷偏袒经营者", "外部环境风险", "中",
         "调解在调解室进行,全程录音录像。", None),
        ("执法人员", "邝玉洁", "日常监管、投诉举报处理和消费纠纷调解",
         "双随机抽查中选择性检查", "岗位职责风险", "低",
         "抽查对象、人员系统随机产生,结果公示。", "新增"),
        ("内勤", "晏子豪", "办事窗口、执法档案和视频监控室管理",
         "执法档案随意借阅,泄露投诉举报人信息", "制度机制风险", "低",
         "档案借阅登记审批,举报人信息加密保存。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "leader", "副所长": "leader"}
    for n, (post, who, duty, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures, note)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("所长(签字):", None, None, "填表人:", None, None, "2024年3月18日", None, None)
    return _layout(
        "market_station_remarks", "http://m.baogao8.com/p-154965.html",
        "市场监督管理所 岗位廉政风险点排查表 after the source's 市场监管所规范化建设指南 (执法装备库, 罚没物品库, 调解室, "
        "执法处理室 with 投诉与举报的处理, 办事窗口, 视频监控室): a title naming only the 所, then ``单位:XX县市场监督管理局"
        "城南市场监督管理所 | 填报时间:2024年3月`` (two merged cells); 序号/岗位/姓名/岗位职责 merged per person/风险点/"
        "风险类别 ``…风险``/风险等级 高/中/低/防控措施/``备注`` saying ``新增`` or ``由中调为高`` on some rows; 签字/"
        "填表人/date line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def land_station_three_visits() -> dict:
    unit = "XX旗自然资源局纳川镇自然资源所"
    sh = _Sheet("排查表", [6, 12, 16, 34, 8, 34, 10])
    # a 单位 line naming the 局 and its 所 gives the 所 as the 科室, as batch36 settled
    t = _Truth("XX旗自然资源局")
    sh.add("附件3")
    _line(sh, "纳川镇自然资源所廉政风险点排查表", 7)
    _line(sh, f"填报单位(盖章):{unit}", 7)
    sh.add("序号", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("所长", "宅基地用地申请初审", "对不符合条件的宅基地申请出具同意意见", "A级",
         "初审意见所务会研究,审批结果在村务公开栏公示。"),
        ("所长", "所务管理", "巡查经费、执法车辆使用不规范", "C级", "经费支出所长审签、局财务复核,车辆派车登记。"),
        ("土地管理员", "申请后到场审查", "到场审查走过场,未核实申请人条件和拟用地规划", "B级",
         "到场审查两人以上,审查表附现场照片。"),
        ("土地管理员", "批准后到场丈量", "实地丈量放线时多划面积", "A级", "丈量放线邀请村组干部到场,四至签字确认。"),
        ("土地管理员", "建成后到场检查", "建成后不到场检查,对超占面积不报告", "B级",
         "建成后检查结果录入系统,局执法监察大队抽查。"),
        ("动态巡查员", "动态巡查", "巡查发现违法用地不制止、不上报", "A级",
         "巡查区域落实到人,发现违法用地当日上报。"),
        ("动态巡查员", "巡查台账", "巡查记录和动态巡查台账填写不实", "C级", "巡查台账每月由所长核签,局每季度检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "leader"}
    for n, (post, step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, step, point, lv, measures, "包文斌")
        t.point(
            sh.name,
            "纳川镇自然资源所",
            post,
            "",
            tiers.get(post, "general"),
            point,
            [],
            LETTERS[lv],
        )
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: row[6])])
    _line(sh, "说明:风险等级分A级、B级、C级,A级为高风险,B级为中风险,C级为低风险。", 7)
    sh.add("所长:", None, "填表人:", None, "2024年6月", None, None)
    return _layout(
        "land_station_three_visits",
        "https://zrzyj.ordos.gov.cn/xwzx/qxdt/201412/t20141231_2646885.html",
        "镇自然资源所 廉政风险点排查表 对岗不对人 after the source's account of a 镇国土资源所's 动态巡查 (巡查区域落实到"
        "具体人, 三到场: 申请后到实地审查, 批准后到实地丈量, 建成后到实地检查, 巡查台账): ``附件3``, a title naming "
        "only the 所, a ``填报单位(盖章):…`` line; 序号/岗位 merged (所长, 土地管理员, 动态巡查员)/``工作环节``/"
        "廉政风险点/风险等级 ``A级/B级/C级``/防控措施/``监督责任人`` (the 分管副局长 包文斌, merged down every row); "
        "no names of holders; a 说明 line defining A/B/C as 高/中/低; 所长/填表人/date line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def overload_station_groups() -> dict:
    unit = "XX县隆安公路超限检测站"
    sh = _Sheet("Sheet1", [6, 10, 9, 36, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "鲁伟", "超限车辆处罚降格处理,说情放行", "岗位职责风险", "高",
             "处罚决定经法制审核,说情打招呼一律登记。"),
            ("站长", "鲁伟", "称重检测设备维护指定服务单位", "制度机制风险", "中", "设备维护服务公开比选,合同站务会研究。"),
        ]),
        ("二、检测组", "检测组", [
            ("组长", "祁海涛", "人为修改称重检测数据", "业务流程风险", "高", "检测数据自动上传,系统留痕,异常数据预警。"),
            ("检测员", "谭晓雨", "对熟人车辆不检测直接放行", "思想道德风险", "中", "检测车道视频全程监控,站领导随机抽看。"),
        ]),
        ("三、流动稽查组", "流动稽查组", [
            ("组长", "阚立军", "对绕行农村公路的超限车辆选择性查处", "外部环境风险", "高",
             "流动稽查与交警联合进行,执法记录仪全程记录。"),
            ("组长", "阚立军", "卸载货物不登记、私自处置", "制度机制风险", "中", "卸载货物登记造册,由货主签字确认。"),
        ]),
        ("四、综合组", "综合组", [
            ("内勤", "俞芳", "罚款票据领用、核销不规范", "制度机制风险", "低", "票据专人管理,每月与财务对账。"),
        ]),
    ]  # fmt: skip
    tiers = {"站长": "leader", "组长": "middle"}
    first, n = len(sh.rows), 0
    for caption, group, rows in groups:
        _line(sh, caption, 7)
        for post, who, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            tier = tiers.get(post, "general")
            t.point(sh.name, group, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("站长(签字):", None, None, "填报时间:2024年10月", None, None, None)
    return _layout(
        "overload_station_groups", "https://dyrmt.com/article-70663-1.html",
        "公路超限检测站 岗位廉政风险防控一览表 after the source's account of a 县路政大队's 固定超限检测站 (24小时 "
        "坚守, 联合执法, 卸载货物) and its 流动治超 on 农村公路 with the 交警大队: group rows ``一、站领导`` … "
        "``四、综合组`` merged across the table giving the 组 of the rows under them (the 序号 running on through "
        "them); 序号/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 站长/填报时间 "
        "line; the workbook's empty ``Sheet2`` and ``Sheet3`` left in",
        [sh, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip


def labour_inspect_selfcheck() -> dict:
    unit = "XX县劳动保障监察大队"
    t = _Truth(unit)
    people = [
        ("曲文涛", "大队长", "大队部", "leader", datetime(2024, 4, 12), [
            ("案件查处说情打招呼", "对拖欠工资案件受人请托,降格处理或久拖不结", "高",
             "案件查处全程留痕,说情打招呼登记报告。"),
            ("黑名单认定把关不严", "对符合条件的用人单位不报送拖欠工资黑名单", "中", "黑名单认定集体研究,结果公示。"),
            ("执法对象库随意调整", "随意增减双随机抽查对象库中的用人单位", "中", "对象库调整报局审批,系统留痕。"),
        ]),
        ("邵蔓", "监察员", "第一中队", "general", datetime(2024, 4, 11), [
            ("书面审查走过场", "年度书面审查不核对工资台账、考勤记录", "中", "书面审查抽取台账原件核对,中队长复核。"),
            ("以监察建议书代替立案", "对应立案查处的违法用工行为只下达监察建议书", "高",
             "立案标准公开,不立案的须写明理由报大队审核。"),
            ("泄露举报人信息", "向用人单位透露投诉举报人姓名、联系方式", "低", "投诉举报件专人登记,信息不对外提供。"),
        ]),
        ("黎国安", "监察员", "第二中队", "general", datetime(2024, 4, 15), [
            ("接受用人单位宴请", "检查期间接受用人单位宴请、礼品", "中", "检查两人以上,签订廉洁执法承诺。"),
            ("调解欠薪纠纷偏袒一方", "调解中偏向用人单位,压低劳动者诉求", "低", "调解协议由双方签字,回访劳动者。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, squad, tier, when, points in people:
        sh = _Sheet(who, [6, 22, 34, 8, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        r = sh.add("姓名", "职务", "所在中队", "填表日期", None)
        sh.merge(r, 3, r, 4)
        r = sh.add(who, post, squad, when, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "具体表现", "风险等级", "防控措施")
        for n, (point, shows, lv, measures) in enumerate(points, 1):
            sh.add(n, point, shows, lv, measures)
            t.point(sh.name, squad, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名:", None, "大队长审核:", None, None)
        sheets.append(sh)
    return _layout(
        "labour_inspect_selfcheck", "https://chinajob.mohrss.gov.cn/c/2019-08-26/126237.shtml",
        "劳动保障监察大队 岗位廉政风险自查表, one per sheet (tab = the name), after the source's account of a 区劳动保障"
        "监察大队's 双随机一公开 抽查 (执法对象库, 书面审查, 监察建议书, 立案, 黑名单): the title, then a LABEL row "
        "``姓名 | 职务 | 所在中队 | 填表日期`` over a VALUE row (the 填表日期 a real date cell); 序号/a short ``风险点``"
        "/``具体表现``/风险等级 高/中/低/防控措施; 本人签名/大队长审核 line; re-saved as .xls and .ods",
        sheets, t,
    )  # fmt: skip


def eco_brigade_squads() -> dict:
    unit = "XX县生态环境保护综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 9, 8, 34, 12, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add(
        "序号",
        "科室(中队)",
        "岗位",
        "姓名",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("一中队", "中队长", "覃志远", "对排污单位超标排放行为降格处理", ["岗位职责"], "高风险",
         "案件处理经法制审核,处罚结果网上公示。", "祝洪"),
        ("一中队", "中队长", "覃志远", "执法检查前向企业通风报信", ["思想道德", "外部环境"], "高风险",
         "检查计划保密,随机确定检查对象。", "祝洪"),
        ("一中队", "执法队员", "聂婉清", "现场采样送检程序不规范,监测结果失真", ["业务流程"], "中风险",
         "采样双人操作,样品封存全程录像。", "祝洪"),
        ("二中队", "中队长", "米海波", "查封扣押的设施设备不按规定解除", ["制度机制"], "中风险",
         "查封扣押、解除均经大队审批,台账管理。", "祝洪"),
        ("二中队", "中队长", "米海波", "信访投诉件办理拖延推诿", ["岗位职责"], "低风险",
         "投诉件限时办结,办理结果回访。", "祝洪"),
        ("法制审核室", "主任", "武嘉", "案件审核把关不严,自由裁量不统一", ["制度机制", "岗位职责"], "中风险",
         "严格执行裁量基准,疑难案件集体讨论。", "伏建明"),
        ("综合室", "主任", "晁敏", "执法车辆、装备管理使用不规范", ["制度机制"], "低风险",
         "车辆装备登记领用,定期盘点。", "伏建明"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"中队长": "middle", "主任": "middle"}
    for n, (squad, post, who, point, types, lv, measures, lead) in enumerate(rows, 1):
        sh.add(n, squad, post, who, point, "\n".join(types), lv, measures, lead)
        t.point(sh.name, squad, post, who, tiers.get(post, "general"), point, types, WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: row[8])])  # fmt: skip
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年7月", None, None)
    return _layout(
        "eco_brigade_squads", "http://www.longwan.gov.cn/art/2022/10/31/art_1229505821_2016713.html",
        "县生态环境保护综合行政执法大队 廉政风险防控一览表 after the source's 生态环境保护综合行政执法机构规范化建设 "
        "方案 (执法队伍, 执法装备, 法制审核, 执法监督): ``附件2`` above the title; 序号/``科室(中队)`` merged (一中队, "
        "二中队, 法制审核室, 综合室)/岗位 and 姓名 merged per person/风险点/风险类型 short names (TWO in some cells, one "
        "per line ``思想道德⏎外部环境``)/风险等级 ``高风险/中风险/低风险``/防控措施/a trailing ``责任领导`` (the 副大队长 "
        "祝洪 merged over the two 中队, the 大队长 伏建明 over the two 室: watchers); 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def timber_station_posts() -> dict:
    unit = "XX县湾溪木材检查站"
    sh = _Sheet("岗位风险", [6, 10, 24, 8, 34, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控一览表", 6)
    r = sh.add(f"填报单位:{unit}", None, None, "填报日期:2024年5月", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    sh.add("序号", "岗位名称", "岗位职责", "风险等级", "廉政风险点", "防控措施")
    rows = [
        ("站长", "主持全站工作,配合联合执法小组查处违法运输木材", "高",
         "对查获的违法运输木材案件不移交、私了", "查获案件一律登记移交,站务会每月通报。"),
        ("站长", "主持全站工作,配合联合执法小组查处违法运输木材", "中",
         "暂扣木材处置不公开", "暂扣木材登记造册,处置按程序公开进行。"),
        ("查验员", "24小时查验过往运输木材、木炭车辆及运输证件", "高",
         "对货证不符车辆收受好处后放行", "查验过程视频监控,车辆信息逐车登记。"),
        ("查验员", "24小时查验过往运输木材、木炭车辆及运输证件", "中",
         "查验登记台账记录不实", "台账每日交接签字,站长每周核查。"),
        ("查验员", "24小时查验过往运输木材、木炭车辆及运输证件", "低",
         "对木材经营户故意刁难、吃拿卡要", "公开查验标准和监督电话。"),
        ("内勤", "票据、档案和后勤管理", "低", "罚没款票据管理不规范", "票据专人保管,领用核销登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "leader"}
    for n, (post, duty, lv, point, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, lv, point, measures)
        t.point(sh.name, "", post, "", tiers.get(post, "general"), point, [], HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("站长:", None, "经办人:", None, None, None)
    return _layout(
        "timber_station_posts", "https://www.yncn.gov.cn/info/1024/7701820.htm",
        "县木材检查站 岗位廉政风险防控一览表 对岗不对人 after the source's account of a 木材检查站 in a 县's 林业 三项清理"
        "整治 (查验运输木材、木炭的车辆, 货证不符, 配合森林公安和林政稽查的联合执法小组): a BARE title, then ``填报单位:"
        "XX县湾溪木材检查站 | 填报日期:2024年5月`` (two merged cells); 序号/岗位名称 and 岗位职责 merged per post/"
        "``风险等级`` 高/中/低 LEFT of ``廉政风险点``/防控措施; no names; 站长/经办人 line",
        [sh], t,
    )  # fmt: skip


def street_labour_center_items() -> dict:
    unit = "XX区东湖街道劳动保障服务中心"
    sh = _Sheet("Sheet1", [6, 14, 22, 30, 8, 30, 8, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "服务事项", "办理流程", "风险点", "风险等级", "防控措施", "经办人", "审核人")
    rows = [
        ("失业登记", "1.接收登记资料;\n2.录入系统;\n3.资料整理存档。", "受理虚假失业登记材料", "低",
         "登记资料与系统数据比对,每月抽查。", "滕丽"),
        ("就业困难人员认定", "1.社区受理;\n2.街道复核;\n3.公示5天;\n4.资料整理存档。",
         "1.复核不到户,认定不实;\n2.公示时间不足即予认定。", "中", "入户复核留照片,公示期满方可认定。", "滕丽"),
        ("灵活就业社保补贴", "1.接收申请;\n2.审核参保缴费记录;\n3.公示;\n4.报区人社局审批。",
         "为不符合条件人员申报社保补贴", "高", "补贴对象公示7天,区局复审。", "詹勇"),
        ("创业担保贷款初审", "1.接收申请;\n2.实地核查经营场所;\n3.出具初审意见。", "初审中收受申请人好处",
         "高", "实地核查两人以上,初审意见中心主任审核。", "詹勇"),
        ("退休人员生存认证", "1.通知认证;\n2.组织认证;\n3.上报结果。", "违规代为认证,致死亡人员继续领取待遇",
         "中", "认证结果与殡葬、医保数据比对。", "范晓"),
        ("劳动用工备案", "1.接收备案资料;\n2.系统录入。", "备案信息录入不及时、不准确", "低",
         "备案资料每周核对。", "范晓"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, steps, point, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, item, steps, point, lv, measures, who, "韦建国")
        t.point(sh.name, "", "", who, "general", point, [], HML[lv])
    _merge_down(sh, first, [(6, lambda row: row[6]), (7, lambda row: row[7])])
    sh.add()
    sh.add("填报人:", None, None, "中心主任:", None, "2024年9月", None, None)
    return _layout(
        "street_labour_center_items",
        "http://hrss.tj.gov.cn/zhengminhudong/dcyj/202009/t20200907_3632150.html",
        "街道劳动保障服务中心 廉政风险防控清单 after the source's account of a 市's 街道(乡镇) 劳动保障服务中心 and "
        "社区 工作站 (就失业人员管理, 促进再就业, 社会保险经办, 退休人员 服务): 序号/``服务事项``/``办理流程`` "
        "(numbered steps)/风险点 (one cell a numbered list of two: one point)/风险等级 高/中/低/防控措施/``经办人`` "
        "(names merged over each person's two 事项: the holder)/``审核人`` (the 中心主任 韦建国 merged down every row: "
        "he checks); no post or 科室 column; 填报人/中心主任/date line",
        [sh], t,
    )  # fmt: skip


def transport_office_shared_holders() -> dict:
    unit = "XX县公路运输管理所"
    sh = _Sheet("风险防控", [6, 10, 10, 14, 34, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险种类", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", ["邹国良"], "道路运输经营许可审批把关不严", "岗位职责风险", "一级",
         "许可条件、程序和结果公开,实行初审、复审分离。"),
        ("所领导", "所长", ["邹国良"], "机动车维修企业备案中为关系企业提供便利", "外部环境风险", "二级",
         "备案材料网上核验,结果公示。"),
        ("所领导", "副所长", ["尹晓东"], "客运线路经营权配置不公开", "制度机制风险", "一级",
         "线路经营权通过服务质量招投标配置。"),
        ("稽查股", "稽查员", ["钟立", "蒲晓燕"], "对非法营运车辆罚款不开票、以罚代管", "思想道德风险", "一级",
         "罚缴分离,罚款一律银行代收。"),
        ("稽查股", "稽查员", ["钟立", "蒲晓燕"], "暂扣车辆保管不善、私自放车", "业务流程风险", "二级",
         "暂扣车辆进停车场登记,放车凭处理决定书。"),
        ("货运股", "股长", ["庞丽"], "道路货物运输从业资格证核发不按规定考核", "岗位职责风险", "二级",
         "考试系统自动阅卷,成绩公示。"),
        ("办公室", "出纳", ["莫小慧"], "规费收入未及时缴入财政专户", "制度机制风险", "三级",
         "收入日清月结,每月与财政对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "leader", "副所长": "leader", "股长": "middle"}
    for n, (dept, post, people, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, "、".join(people), point, typ, lv, measures)
        for who in people:
            tier = tiers.get(post, "general")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ORDINAL[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "2024年8月", None)
    return _layout(
        "transport_office_shared_holders", "https://xiexiebang.com/a5/0d0d758c5f93c38a.html",
        "县公路运输管理所 岗位廉政风险防控一览表 after the source's account of a 县交通运输局's two 执法机构 (a 公路运输"
        "管理所, 科级 事业单位 with its 副所长 and 工勤 staff holding 执法证件, and a 路政管理大队): 序号/股室 merged "
        "(所领导, 稽查股, 货运股, 办公室)/岗位 and 责任人 merged per person — the 稽查员 cell naming TWO holders "
        "``钟立、蒲晓燕``/风险点/风险种类 ``…风险``/风险等级 一级/二级/三级/防控措施; 单位负责人/填表人/date line; "
        "re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    emergency_brigade_matrix(),
    market_station_remarks(),
    land_station_three_visits(),
    overload_station_groups(),
    labour_inspect_selfcheck(),
    eco_brigade_squads(),
    timber_station_posts(),
    street_labour_center_items(),
    transport_office_shared_holders(),
]

RESAVED = (
    "emergency_brigade_matrix",
    "market_station_remarks",
    "land_station_three_visits",
    "labour_inspect_selfcheck",
    "transport_office_shared_holders",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b68_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch68-inbox"))
