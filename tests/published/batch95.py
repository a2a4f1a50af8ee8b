"""A ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 社区's
小微权力 清单, a 村's 权力清单 by 类, a 乡's 社会事务办, a 镇中心卫生院, a 镇中心幼儿园, a 县中学, a 县
路灯管理所 (a 住建局's 二级单位), a 县城市建设集团 and a 县水务投资公司 — each sending its 一览表 / 排查表 /
清单 / 卡 the way such offices do:

- a 社区 “小微权力” 清单: ``权力类别`` merged, ``权力事项`` beside ``廉政风险点``, a ``责任人`` name per row
  and a ``监督人`` column naming ONE person (the 居务监督委员会主任) merged down the whole table;
- a 村 权力清单 cut by section rows ``一、重大事项决策类`` …, ``责任主体`` a post (村党组织书记 …), 一级/二级/三级;
- a 乡 社会事务办 表 under ``填报单位:XX县峣溇乡人民政府　　科室:社会事务办`` (one cell), 岗位/责任人, a
  trailing ``监督责任人`` naming the 分管副乡长 on every row;
- a 镇中心卫生院 一览表: 科室 merged, 岗位/姓名 merged per person, levels ``较高/一般/较低`` (the table's
  own three bands) and a trailing ``分管领导`` name;
- a 镇中心幼儿园 排查表: 岗位/姓名 and a long ``岗位职责`` merged per person, types written ``…类``;
- a 县中学 排查表: 处室 merged, 岗位 ``副校长(分管后勤)`` (the duty in brackets, not a name), 姓名;
- a 县路灯管理所 防控卡 per sheet, pairs ``持卡人 | … | 岗位 | … | 所在股室 | …`` above the table;
- a 县城市建设集团 招标采购 排查表 对岗不对人: 部门 merged, 岗位, a short ``风险点`` beside a long
  ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``.

One is harder:

- ``chuqiu_water_matrix``: a 县水务投资公司's 风险评估表 whose two-row heading puts ``风险评估`` over
  ``可能性 | 影响程度 | 风险等级`` — all three columns hold 高/中/低; the level is the third only.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 区 that made 社区 draw up 小微权力
清单 and 三务公开; a 县 that lists a 住建局's 二级单位 down to its 路灯管理所; 乡镇卫生院 院长 brought down by
器械回扣; a 幼儿园 that kept back the children's 伙食费; 农村低保 典型问题; a 县 纪委 watching 县属国企
招投标; a 水利 企业's 风险识别 and 风险评估) and the layout follows their words. Rows worded by us, names
invented.

Run ``python tests/published/score.py --set batch95`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b95_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``监督人`` / ``监督责任人`` / ``分管领导`` column naming the same one person on every row is the one
  who watches, not the holder; the holder is in ``责任人`` / ``姓名``;
- a ``填报单位:…乡人民政府　　科室:社会事务办`` cell gives the 乡 as the unit and the 办 as the 科室;
- ``副校长(分管后勤)`` is the post 副校长 (the bracket is the duty), held by the 姓名 beside it;
- ``较高/一般/较低``, the only bands a table uses, are its Ⅰ/Ⅱ/Ⅲ;
- in ``可能性 | 影响程度 | 风险等级`` only ``风险等级`` is the level;
- 社区党委书记, 村党组织书记, 村委会主任, 院长, 园长, 校长, 副校长 and 所长 are leaders; 股长, 主任 of a
  科/办/处 and 部长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b95_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"较高": 1, "一般": 2, "较低": 3}
LEADERS = {"社区党委书记", "村党组织书记", "村委会主任", "院长", "园长", "校长", "副校长", "所长"}
MIDDLE = {"股长", "社会事务办主任", "药剂科主任", "总务主任", "教务主任", "部长"}


def _tier(post: str) -> str | None:
    if not post:
        return None
    return "leader" if post in LEADERS else "middle" if post in MIDDLE else "general"


# --------------------------------------------------------------------------- harder layout


def chuqiu_water_matrix() -> dict:
    unit = "楮湫县水务投资有限公司"
    sh = _Sheet("风险评估", [6, 10, 12, 32, 8, 8, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险识别评估表", 9)
    r = sh.add("序号", "部门", "业务环节", "风险点", "风险评估", None, None, "防控措施", "责任人")
    sh.add(None, None, None, None, "可能性", "影响程度", "风险等级", None, None)
    for c in (0, 1, 2, 3, 7, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 6)
    rows = [
        ("工程部", "管网工程招标", "设置排他性资格条件,为特定施工单位量身定制", "中", "高", "高",
         "招标文件经法务和纪检双审,资格条件公开征求意见。", "邴志远"),
        ("工程部", "工程变更签证", "虚增变更工程量,与施工方分利", "高", "中", "高",
         "变更实行监理、工程部、分管领导三级会签。", "邴志远"),
        ("工程部", "隐蔽工程验收", "验收不到场,事后补签验收记录", "高", "低", "中",
         "隐蔽工程验收拍照上传,监理旁站。", "邴志远"),
        ("营业部", "水费减免核定", "违规为关系户减免、核销水费", "低", "中", "中",
         "减免核销须经部门会审并按月公示。", "訾晓红"),
        ("营业部", "新装户接水", "接水时吃拿卡要,拖延接水", "中", "低", "低",
         "接水流程和时限上墙,办结回访。", "訾晓红"),
        ("财务部", "资金支付", "未经审批支付工程款,或提前支付", "低", "高", "中",
         "支付凭合同、进度、审批单三件齐全。", "仉慧敏"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, step, point, chance, impact, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, dept, step, point, chance, impact, lv, measures, who)
        t.point(sh.name, dept, "", who, None, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (8, lambda row: row[1:2] + row[8:9])])
    sh.add()
    _line(sh, "说明:风险等级由可能性与影响程度综合评定。", 9)
    return _layout(
        "chuqiu_water_matrix", "https://www.renrendoc.com/paper/507824919.html",
        "(harder) 县水务投资公司 廉洁风险识别评估表 after the source's 水利 清廉企业 方案 (腐败风险识别, 风险防控, "
        "监督制约): a two-row heading with ``风险评估`` merged over ``可能性 | 影响程度 | 风险等级`` — ALL THREE "
        "columns hold 高/中/低 and differ row by row, the level is ``风险等级`` only; 部门 merged, 业务环节, "
        "风险点, 防控措施, ``责任人`` (the 部门 head) merged per 部门; a 说明 line under the table",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xunlan_community_micro_power() -> dict:
    unit = "XX市XX区鄩澜街道埭头社区"
    sh = _Sheet("小微权力清单", [6, 12, 14, 32, 8, 32, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}“小微权力”廉政风险防控清单", 8)
    sh.add("序号", "权力类别", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任人", "监督人")
    rows = [
        ("重大事项决策", "社区公益项目确定", "项目安排不经居民议事会协商,个人说了算", "高",
         "项目经居民议事厅协商,结果张榜公布。", "贲立群"),
        ("重大事项决策", "共建资金使用", "共建单位资助资金不入账,体外循环", "高",
         "资助资金一律入街道代管账户。", "贲立群"),
        ("财务管理", "社区经费报销", "虚开发票套取办公经费", "中", "报销票据经居务监督委员会审核签字。",
         "厍春燕"),
        ("财务管理", "物资采购", "采购不询价,向熟人商户采购", "低", "三家以上询价,采购清单每季度公开。",
         "厍春燕"),
        ("三务公开", "居务财务公开", "公开内容不全,选择性公开", "中", "公开清单由街道每月检查。", "蒯立新"),
        ("三务公开", "临时救助审核", "救助对象审核不实,优亲厚友", "高", "救助对象入户核查,评议结果公示。",
         "蒯立新"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, matter, point, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, kind, matter, point, lv, measures, who, "巩德明")
        t.point(sh.name, "", "", who, None, point, [], HML[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (6, lambda row: row[6]), (7, lambda row: row[7])]
    )
    sh.add()
    sh.add("社区党委(盖章)", None, None, None, "2024年12月", None, None, None)
    return _layout(
        "xunlan_community_micro_power", "https://www.whcdrm.com/thread-12909-1-1.html",
        "社区 “小微权力” 廉政风险防控清单 after the source's account of a 区 that made its 社区 draw up 小微权力 "
        "清单 and keep 三务公开 under a 居务监督: ``权力类别`` merged (重大事项决策/财务管理/三务公开), ``权力事项`` "
        "beside ``廉政风险点``, 高/中/低, 防控措施, ``责任人`` names merged per holder (no post), and a trailing "
        "``监督人`` naming ONE person (巩德明) merged down the whole table; 盖章/date line",
        [sh], t,
    )  # fmt: skip


def zhaoli_village_power_list() -> dict:
    unit = "XX县芰泖镇棹里村"
    sh = _Sheet("权力清单", [6, 16, 34, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}村级权力清单廉政风险点排查表", 6)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任主体")
    sections = [
        ("一、重大事项决策类", [
            ("村级重大事项决策", "未履行“四议两公开”程序,少数人决定", "一级",
             "重大事项经村民代表会议表决并公开。", "村党组织书记"),
            ("集体经济项目", "项目选定不公开,与承包方私下约定", "一级", "项目方案镇农经站备案,公开比选。",
             "村委会主任"),
        ]),
        ("二、“三资”管理类", [
            ("集体资产租赁", "低价出租集体厂房给亲友", "二级", "租赁价格经评估,镇产权交易平台公开。",
             "村委会主任"),
            ("村级财务报账", "先支后批,白条入账", "二级", "票据村务监督委员会审核后送镇代理记账。",
             "村报账员"),
        ]),
        ("三、便民服务类", [
            ("村级印章使用", "未经审批擅自用印,为虚假证明盖章", "三级", "用印登记,印章与审批人分离。",
             "村文书"),
            ("宅基地申请初审", "对不符合条件的申请出具同意意见", "二级", "初审意见经村“两委”集体研究并公示。",
             "村党组织书记"),
        ]),
    ]  # fmt: skip
    n = 0
    for head, rows in sections:
        _line(sh, head, 6)
        for matter, point, lv, measures, post in rows:
            n += 1
            sh.add(n, matter, point, lv, measures, post)
            t.point(sh.name, "", post, "", _tier(post), point, [], ORDINAL[lv])
    sh.add()
    sh.add("村党组织(盖章)", None, None, "镇纪委审核:", None, None)
    return _layout(
        "zhaoli_village_power_list", "https://www.renrendoc.com/paper/507452421.html",
        "村 村级权力清单 廉政风险点排查表 after the source's 村级权力清单 方案 (权力边界, 运行流程, 监督): section rows "
        "merged across (``一、重大事项决策类``, ``二、“三资”管理类``, ``三、便民服务类``) cut the list; 序号 runs on; "
        "权力事项/风险点/风险等级 一级/二级/三级/防控措施/a trailing ``责任主体`` naming a POST (村党组织书记, "
        "村委会主任, 村报账员, 村文书), no names; the 书记 and 主任 each come back in a later section",
        [sh], t,
    )  # fmt: skip


def yaolou_social_affairs() -> dict:
    unit = "XX县峣溇乡人民政府"
    dept = "社会事务办"
    sh = _Sheet("社会事务办", [6, 14, 9, 34, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险点排查防控表", 7)
    sh.add(
        f"填报单位:{unit}\u3000\u3000科室:{dept}",
        None,
        None,
        None,
        "填报日期:2024年6月",
        None,
        None,
    )
    sh.merge(1, 0, 1, 3)
    sh.merge(1, 4, 1, 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("社会事务办主任", "幸国梁", "低保审批把关不严,人情保、关系保", "高", "低保对象乡级抽查入户不少于30%。"),
        ("社会事务办主任", "幸国梁", "低保动态管理不及时,应退未退", "中", "每半年复核一次,结果公示。"),
        ("民政专干", "敖丽萍", "为隐瞒财产的申请人出具核查意见", "高", "家庭财产经信息平台比对。"),
        ("民政专干", "敖丽萍", "临时救助资金发放不及时、不到户", "低", "救助资金打卡发放,不发现金。"),
        ("残联专干", "羿春生", "残疾人补贴对象审核不实", "中", "补贴名单与残疾证信息每季度比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, "隗建华")
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("科室负责人签字:", None, None, "分管领导签字:", None, None, None)
    return _layout(
        "yaolou_social_affairs", "https://www.mala.cn/forum.php?mod=viewthread&tid=16813267",
        "乡 社会事务办 岗位廉政风险点排查防控表 after the source's account of 农村低保 典型问题 (资格认定失真, 程序执行"
        "异化, 人情保): a bare title, then ONE cell ``填报单位:XX县峣溇乡人民政府　　科室:社会事务办`` (the 乡 the unit, "
        "the 办 the 科室) beside 填报日期; 序号/岗位 and 责任人 merged per person/风险点/高/中/低/防控措施/a trailing "
        "``监督责任人`` naming the same 分管副乡长 (隗建华) on every row, not merged; 签字 line",
        [sh], t,
    )  # fmt: skip


def luqiu_health_center() -> dict:
    unit = "XX县甪鹙镇中心卫生院"
    sh = _Sheet("Sheet1", [6, 10, 10, 9, 34, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "分管领导")
    rows = [
        ("院办", "院长", "滑振东", "B超机等医疗设备采购中收受供应商回扣", "较高",
         "设备采购报县卫健局备案,院务会集体决定。", "滑振东"),
        ("院办", "院长", "滑振东", "绩效工资分配向个人或少数人倾斜", "一般", "分配方案职工代表大会通过并公示。",
         "滑振东"),
        ("药剂科", "药剂科主任", "冉秀兰", "药品耗材采购绕开平台,线下结算拿回扣", "较高",
         "药品耗材一律平台采购,每月对账。", "戈海峰"),
        ("药剂科", "药剂员", "谯晓东", "药品出入库不登记,私自变卖", "一般", "出入库双人签字,每月盘点。",
         "戈海峰"),
        ("收费室", "收费员", "郏丽君", "收费不开票、截留现金", "较低", "收费日清日结,票据连号管理。",
         "戈海峰"),
        ("公卫科", "公卫医生", "钭建平", "虚报公共卫生服务人次套取补助", "一般",
         "服务记录随机电话回访,每季度抽查。", "戈海峰"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, leader)
        t.point(sh.name, dept, post, who, _tier(post), point, [], BANDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (7, lambda r: r[7])]
    )
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "2024年8月", None, None)
    return _layout(
        "luqiu_health_center", "http://yacht9.cn/health/2013-10/31/content_30456936.htm",
        "镇中心卫生院 岗位廉政风险点一览表 after the source's account of 乡镇卫生院 院长 brought down by B超机 and 器械 "
        "回扣: 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险等级 written ONLY ``较高/一般/较低`` (the table's "
        "three bands)/防控措施/a trailing ``分管领导`` name merged (the 院长 over his own rows, 戈海峰 over the rest); "
        "填报人/审核人 labels and a date",
        [sh], t,
    )  # fmt: skip


def jimao_kindergarten_duties() -> dict:
    unit = "XX县芰泖镇中心幼儿园"
    sh = _Sheet("排查表", [6, 10, 9, 26, 30, 10, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 8)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("园长", "詹玉琴", "主持全园工作,负责经费预算、招生和教职工管理。", "伙食费、保教费收支不单独核算,挤占挪用",
         "制度机制类", "高", "伙食费单独建账,每月向家长公示收支。"),
        ("园长", "詹玉琴", "主持全园工作,负责经费预算、招生和教职工管理。", "招生中超范围招收并收取赞助费",
         "思想道德类", "中", "招生计划和录取名单公开。"),
        ("食堂管理员", "晏红梅", "负责食材采购、验收、保管和每日食谱。", "食材以次充好、虚报采购数量",
         "岗位职责类", "高", "食材验收家长代表轮流参与,留样拍照。"),
        ("食堂管理员", "晏红梅", "负责食材采购、验收、保管和每日食谱。", "克扣幼儿伙食标准,伙食费结余不清退",
         "业务流程类", "中", "结余超过2%的学期末清退。"),
        ("报账员", "柴晓燕", "负责日常报账、票据审核和资产登记。", "报销票据审核不严,虚列支出",
         "岗位职责类", "低", "报销实行经手、验收、审批三签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("园长签字:", None, None, "填表日期:2025年3月", None, None, None, None)
    return _layout(
        "jimao_kindergarten_duties", "https://mmyuer.com/xlq/youery/02014T32012_4.html",
        "镇中心幼儿园 岗位廉洁风险排查表 after the source's account of a 幼儿园 that kept back the children's 伙食费 "
        "and was told to publish its menus: 序号/岗位, 姓名 and a long ``岗位职责`` merged per person/风险点/"
        "``风险类型`` written ``制度机制类``, ``岗位职责类`` … (the heading 岗位职责 and the type 岗位职责类 both "
        "there)/高/中/低/防控措施; 园长/date line",
        [sh], t,
    )  # fmt: skip


def qiaojiao_middle_school() -> dict:
    unit = "椑滘县第二中学"
    sh = _Sheet("岗位风险", [6, 10, 16, 9, 32, 10, 8, 30])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "", "龚振华", "学校重大事项和大额资金使用不经校务会研究", "制度机制", "高",
         "执行“三重一大”集体决策,会议纪要存档。"),
        ("校领导", "副校长", "分管后勤", "佘国庆", "校舍维修工程拆分发包,规避招标", "业务流程", "高",
         "维修工程按限额招标,结算送审计。"),
        ("校领导", "副校长", "分管教学", "靳秀芝", "职称推荐、评优评先把关不严", "岗位职责", "中",
         "推荐方案和结果校内公示五天。"),
        ("总务处", "总务主任", "", "覃志刚", "食堂大宗物资采购指定供应商", "外部环境", "高",
         "大宗物资由县教体局统一招标。"),
        ("总务处", "保管员", "", "酆小梅", "固定资产出入库不登记,账实不符", "岗位职责", "低",
         "资产每学期盘点,账实核对。"),
        ("教务处", "教务主任", "", "邝德才", "教辅资料征订中收受回扣", "思想道德", "中",
         "教辅资料自愿征订,书目家委会参与。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, who, point, typ, lv, measures) in enumerate(rows, 1):
        shown = f"{post}({duty})" if duty else post
        sh.add(n, dept, shown, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("学校(盖章)", None, None, None, "校长签字:", None, "2024年10月", None)
    return _layout(
        "qiaojiao_middle_school", "https://yixue1v6.com/yinshichangshi/yinshizhishi/605.html",
        "县中学 岗位廉政风险排查登记表 after the source's account of a 学校 餐厅 收费 问题 and the 校长 stood down: "
        "``附件2`` over the title; 序号/``处室`` merged (校领导, 总务处, 教务处)/``岗位`` written ``副校长(分管后勤)``, "
        "``副校长(分管教学)`` (the duty in brackets, not a name) beside ``姓名``/风险点/风险类别 short names/高/中/低/"
        "防控措施; 盖章/校长/date line",
        [sh], t,
    )  # fmt: skip


def beijiao_streetlight_cards() -> dict:
    unit = "椑滘县路灯管理所"
    dept = "维护股"
    t = _Truth(unit)
    people = [
        ("冼国栋", "股长", [
            ("路灯维修材料采购不比价,指定商家", "制度机制", "高", "材料采购三家比价,价格报所务会审定。"),
            ("维修工程量签认不实,虚报维修数量", "岗位职责", "中", "维修单附照片和位置,所办抽查复核。"),
            ("节日亮化工程分包给关系单位", "外部环境", "中", "亮化工程统一由县住建局组织比选。"),
        ]),
        ("邰志军", "电工", [
            ("更换下的旧灯具、电缆私自变卖", "思想道德", "中", "旧料回收登记入库,统一处置。"),
            ("夜间巡查记录弄虚作假", "业务流程", "低", "巡查轨迹由平台自动记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, points in people:
        sh = _Sheet(who, [6, 34, 10, 8, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "岗位", post, "所在股室", dept)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", None)
        sh.merge(2, 4, 2, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "所长签字:", None, "2023年12月", None)
        sheets.append(sh)
    return _layout(
        "beijiao_streetlight_cards", "http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html",
        "县路灯管理所 (a 住建局's 二级单位, after the source's list of a 住建局's 股室 and 二级单位: 自来水公司, 环境卫生"
        "管理处, 路灯管理所 …) 岗位廉政风险防控卡, one per sheet (tab = the holder): title, then pairs ``持卡人 | … | 岗位 | "
        "… | 所在股室 | …``; 序号/风险点/风险类别 short names/风险等级 高/中/低/防控措施 merged over the last two "
        "columns; 持卡人/所长 签字 line",
        sheets, t,
    )  # fmt: skip


def huaiyou_construction_group() -> dict:
    unit = "槐柚县城市建设集团有限公司"
    sh = _Sheet("招标采购", [6, 12, 12, 16, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}招标采购领域廉洁风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("招标采购部", "部长", "招标方式确定", "应公开招标的项目改为邀请招标或直接委托", "Ⅰ级",
         "招标方式经集团党委会研究,报县国资办备案。"),
        ("招标采购部", "部长", "评标专家抽取", "泄露评标专家名单,干预评标", "Ⅰ级",
         "专家从县专家库随机抽取,名单密封。"),
        ("招标采购部", "招标专员", "招标文件编制", "设置排他性技术参数,量身定制", "Ⅱ级",
         "招标文件经法务审核,参数公开征求意见。"),
        ("工程管理部", "项目经理", "中标后履约监管", "默许中标单位转包、违法分包", "Ⅰ级",
         "项目管理人员到岗核查,中标单位签订廉政承诺书。"),
        ("工程管理部", "造价员", "工程结算审核", "与施工单位串通高估冒算", "Ⅱ级", "结算委托第三方审计,审减结果会审。"),
        ("综合办公室", "办公室主任", "廉政约谈", "中标单位廉政约谈走过场,不留记录", "Ⅲ级",
         "约谈由纪检人员参加,记录归档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ROMAN[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post)])
    sh.add()
    sh.add("集团纪委(盖章)", None, None, None, "2021年9月", None, None)
    return _layout(
        "huaiyou_construction_group",
        "http://www.huobiao.cn/news/312786;jsessionid=D34E396D516526AE7BA8DDE94F0D7BAB",
        "县城市建设集团 招标采购领域廉洁风险点排查表 对岗不对人 after the source's account of a 县纪委 watching 县属国企 "
        "招投标 (廉政约谈 of 中标单位, 廉政承诺书): 序号/部门 merged/岗位 merged per post/a short ``风险点`` (a step) "
        "beside a long ``风险表现``/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; no names; 盖章/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chuqiu_water_matrix(),
    xunlan_community_micro_power(),
    zhaoli_village_power_list(),
    yaolou_social_affairs(),
    luqiu_health_center(),
    jimao_kindergarten_duties(),
    qiaojiao_middle_school(),
    beijiao_streetlight_cards(),
    huaiyou_construction_group(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch95-inbox"))
