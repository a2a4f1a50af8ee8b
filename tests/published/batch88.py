"""An eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES THAT EARLIER
BATCHES NEVER USED — a 县老年大学, a 县农村数字电影放映管理站, a 县机关幼儿园, a 县园林绿化管理所, a 国家统计局
县调查队, a 县工业集中区管理委员会, a 镇 with its 站所, a 县精神病医院 and a 县茶叶站 — each handing back its
ordinary 一览表, 排查表, 清单 or personal 自查表 the way its staff typed it, and four of them also kept as
LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b88_<name>.xls``/``.ods``, see make_resaved.py):

- a 老年大学 一览表 (re-saved): 处室 merged (办公室, 教务处), 岗位/姓名 merged per person, short types,
  高/中/低, a 填报人/审核人 line;
- a 电影放映管理站's 自查表 one per sheet (re-saved), tab = the holder, a two-row holder block
  ``姓名 | … | 性别 | … | 职务 | …`` over ``所在股室 | … | 填表时间 | …``, a short ``风险点`` beside a
  long ``风险表现形式``, levels 一级/二级/三级, no type column;
- a 机关幼儿园 排查表 (re-saved) with no 科室 column (posts 园长, 副园长, 保健医生, 食堂管理员, 出纳), types
  ``…风险``, 高/中/低 under ``等级``, a ``园长签字:`` line;
- a 园林绿化管理所 清单 对岗不对人 (re-saved) under ``填报单位:…（盖章） | 填报时间:…``: 股室 merged,
  岗位 merged per post, 岗位职责, ``风险等级（高、中、低）``;
- a 国家统计局 县调查队 一览表: 科室/岗位/责任人, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, a trailing ``分管领导``
  naming one 副队长 over two 科室 (a supervisor, not the holder);
- a 工业集中区管理委员会 排查表 whose 部室 are ``综合办公室``, ``招商合作局``, ``工程建设管理局`` (a 局 that is
  only a 部室 of the 管委会), levels 一级/二级/三级, types ``…风险``;
- a 镇 一览表 by ``站所（办）`` — 党政综合办公室, 农业综合服务中心, 退役军人服务站, 财政所 — with 岗位 and 姓名;
- a 精神病医院 一览表 by 科室 with levels ``★★★/★★/★`` and the stars explained in a 注 under it.

One is harder:

- ``tea_station_holder_in_one_cell``: a 茶叶站's 自查表 one per sheet (tabs ``自查表1``…``自查表3``) whose
  holder is given in ONE merged cell above the header, labels and values run together with
  full-width spaces: ``股室:茶叶技术股　　姓名:龙春梅　　职务:股长　　填表日期:2024年6月``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 老年大学's 办公室 and 教务处, its
经费 and 编制; 农村电影放映工程's 场次补贴, 回执单 and 监管; a 公办幼儿园's 部门决算; a 县城园林所's 绿化、公园
维护 and 树木养护; a 调查队's 住户调查科, 农业调查科, 企业调查科; a 工业集中区's 部室; a 镇's 机构改革 with
its 站所; a 县精神病医院; a 县茶叶站's 职责) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch88`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 工业集中区管理委员会's ``招商合作局`` / ``工程建设管理局`` in its 部室 column are 部门 of the 管委会, not
  units of their own; their 局长 are middle;
- a 镇's 站所 and 办 (``农业综合服务中心``, ``退役军人服务站``, ``财政所``) are 科室 of the 镇;
- a ``分管领导`` column naming one 副队长 over two 科室 names no holder;
- a 幼儿园 with no 科室 column gives its posts no 科室 (department ""); its 园长 and 副园长 are leaders;
- ``★★★/★★/★`` are 1/2/3 as the note under the table says;
- the holder line ``股室:…　　姓名:…　　职务:…`` in one cell gives the 科室, holder and post of its sheet.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights), copies the re-saved copies ``resaved/b88_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b88_"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
SPACE = "\u3000\u3000"


# --------------------------------------------------------------------------- harder layout


def tea_station_holder_in_one_cell() -> dict:
    unit = "XX县茶叶站"
    t = _Truth(unit)
    people = [
        ("办公室", "龚晓兰", "主任", "middle", [
            ("公务接待超标准、虚列接待费用", "制度机制", "中", "接待凭公函,每月公开接待清单。"),
            ("茶文化推介活动经费使用不规范", "岗位职责", "高", "活动方案和预算经站务会研究,支出凭合同和验收单。"),
            ("办公用品采购不比价", "业务流程", "低", "办公用品网上商城采购,每季度核对台账。"),
        ]),
        ("茶叶技术股", "龙春梅", "股长", "middle", [
            ("茶产业项目申报材料审核把关不严", "岗位职责", "高", "项目申报实行初审、复审,结果在站内公示。"),
            ("良种茶苗推广中指定供苗企业", "外部环境", "高", "供苗企业公开比选,苗木进场抽检。"),
            ("技术培训虚报参训人数和天数", "思想道德", "中", "培训签到拍照留档,补助发放到人。"),
        ]),
        ("质量安全股", "彭志远", "技术员", "general", [
            ("茶叶农残抽检样品调换、结果不实", "思想道德", "高", "抽检双人取样、封样,检测结果录入系统。"),
            ("对抽检不合格茶企通风报信", "外部环境", "中", "抽检计划保密,不合格结果按程序通报。"),
            ("检测试剂领用不登记", "制度机制", "低", "试剂领用登记,每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (dept, who, post, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"自查表{k}", [6, 34, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        _line(sh, f"股室:{dept}{SPACE}姓名:{who}{SPACE}职务:{post}{SPACE}填表日期:2024年6月", 5)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "站长审核:", None, None)
        sheets.append(sh)
    return _layout(
        "tea_station_holder_in_one_cell",
        "http://www.zjxc.gov.cn/art/2020/11/25/art_1229785921_166810.html",
        "(harder) 县茶叶站 岗位廉政风险自查表, one per sheet (tabs ``自查表1``…``自查表3``, naming nobody), after the "
        "source's account of a 县茶叶站's 职责 (新品种、新技术推广, 技术培训, 茶产业项目, 茶文化推介): the holder given in ONE "
        "cell merged across above the header, labels and values run together with full-width spaces "
        "``股室:茶叶技术股　　姓名:龙春梅　　职务:股长　　填表日期:2024年6月``; 序号/风险点/风险类别 short names/风险等级 "
        "高/中/低/防控措施; 本人签字/站长审核 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def old_university_posts() -> dict:
    unit = "XX县老年大学"
    sh = _Sheet("一览表", [6, 10, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "梅国庆", "教学设备采购不按程序,指定供应商", "制度机制", "高",
         "设备采购三家以上比价,校务会研究确定。"),
        ("办公室", "办公室主任", "梅国庆", "公务用车私用", "思想道德", "低", "派车登记,每月公布用车情况。"),
        ("办公室", "会计", "尤佩华", "学员学费收入不及时入账", "岗位职责", "中", "学费统一线上缴纳,每月对账。"),
        ("教务处", "教务处处长", "边振华", "外聘教师选聘优亲厚友,课酬标准随意", "岗位职责", "高",
         "外聘教师资格集体审核,课酬标准公开。"),
        ("教务处", "教务处处长", "边振华", "热门班级招生名额私下预留", "业务流程", "中", "招生名额网上公开报名,按报名先后录取。"),
        ("教务处", "教务员", "柴丽君", "课时统计不实,多报课酬", "业务流程", "中", "课时由班长签到确认,处长复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"办公室主任": "middle", "教务处处长": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "2024年4月", None, None)
    return _layout(
        "old_university_posts", "http://gzlndx.com/wzshow.aspx?x_id=270",
        "县老年大学 (a 正科级 事业单位 with 内设 办公室 and 教务处) 岗位廉政风险防控一览表 after the source's 调研报告 on "
        "county 老年大学 (校舍, 经费投入, 人员编制, 办公室 and 教务处): 序号/处室 merged/岗位 and 姓名 merged per person/"
        "风险点/风险类型 short names/风险等级 高/中/低/防控措施; 填报人/审核人/date line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def film_station_personal_sheets() -> dict:
    unit = "XX县农村数字电影放映管理站"
    t = _Truth(unit)
    people = [
        ("庞德顺", "男", "股长", "放映管理股", "middle", [
            ("放映场次审核", "对放映员虚报场次、空放不核实,照单审核上报补贴", "一级",
             "回执单逐场核对村干部和村民电话,每月随机电话回访。"),
            ("放映队伍选定", "为关系人安排放映片区,放映员资质把关不严", "二级", "放映片区公开分配,放映员持证上岗。"),
            ("影片订购", "指定影片供应渠道收取好处", "三级", "影片订购按院线目录统一订购。"),
        ]),
        ("章秀梅", "女", "会计", "财务室", "general", [
            ("补贴资金拨付", "补贴资金未按核定场次拨付,截留挪用", "一级", "补贴按季凭核定场次拨付,站长审签。"),
            ("票据管理", "报销票据审核不严,虚开发票入账", "二级", "票据双人审核,每月装订备查。"),
        ]),
        ("邝立新", "男", "设备管理员", "放映管理股", "general", [
            ("设备维修", "放映设备维修虚报配件", "二级", "维修凭工单,旧件回收登记。"),
            ("设备调配", "放映设备出借私用", "三级", "设备出入库登记,每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 14, 34, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "职务", post)
        sh.add("所在股室", dept, "填表时间", "2024年5月", None, None)
        sh.merge(2, 3, 2, 5)
        sh.add("序号", "风险点", "风险表现形式", "风险等级", "防控措施", None)
        sh.merge(3, 4, 3, 5)
        for n, (point, desc, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, desc, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签字:", None, "站长签字:", None, None, None)
        sheets.append(sh)
    return _layout(
        "film_station_personal_sheets", "http://hebei.chinagdp.org/dfzc/201807/617.html",
        "县农村数字电影放映管理站 岗位廉政风险自查表, one per sheet (tab = the holder), after the source's 农村电影放映工程 "
        "实施和监管规范 (一村一月一场, 政府购买服务, 场次补贴, 监管): a two-row holder block ``姓名 | 庞德顺 | 性别 | 男 | "
        "职务 | 股长`` over ``所在股室 | 放映管理股 | 填表时间 | 2024年5月``; 序号/a short ``风险点`` beside a long "
        "``风险表现形式``/风险等级 一级/二级/三级/防控措施 merged over two columns; no type column; 本人签字/站长签字 "
        "line; re-saved as .xls and .ods",
        sheets, t,
    )  # fmt: skip


def kindergarten_no_keshi() -> dict:
    unit = "XX县机关幼儿园"
    sh = _Sheet("排查表", [6, 12, 9, 36, 12, 6, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "等级", "防控措施")
    rows = [
        ("园长", "覃慧芳", "大额经费支出个人决定", "制度机制风险", "高", "大额支出园务会集体研究,每学期公开收支。"),
        ("园长", "覃慧芳", "教师职称评聘推荐不公", "岗位职责风险", "中", "推荐条件、结果公示,接受教职工监督。"),
        ("副园长", "樊立红", "幼儿招生违规接收择园费", "思想道德风险", "高", "招生按片区电脑派位,结果公开。"),
        ("保健医生", "郝晓静", "幼儿体检费用代收不入账", "业务流程风险", "中", "体检费用由医院直接收取,园内不代收。"),
        ("食堂管理员", "甘兴旺", "食材采购以次充好、虚报数量", "外部环境风险", "高", "食材定点采购,验收双人签字,每周公示伙食账。"),
        ("食堂管理员", "甘兴旺", "伙食费结余挪作他用", "制度机制风险", "中", "伙食费单独核算,盈亏控制在2%以内。"),
        ("出纳", "牛雅琴", "保教费现金收取坐支", "岗位职责风险", "低", "保教费银行代收,现金日清日结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"园长": "leader", "副园长": "leader"}
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("园长签字:", None, None, None, "2024年3月", None, None)
    return _layout(
        "kindergarten_no_keshi", "https://ynlx.gov.cn/zfxxgk_lxq_jytyj/artview/959/313892.html",
        "县机关幼儿园 岗位廉政风险点排查表 after the source's 部门决算 of a 公办幼儿园 (主要职能, 收入支出, 三公经费, 政府"
        "采购): a small unit with NO 科室 column — 序号/岗位 and 姓名 merged per person (园长, 副园长, 保健医生, 食堂管理员, "
        "出纳)/风险点/风险类别 ``…风险``/``等级`` 高/中/低/防控措施; ``园长签字:`` line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def garden_office_posts() -> dict:
    unit = "XX县苗木花卉管理所"
    sh = _Sheet("Sheet1", [6, 12, 12, 24, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控清单", 7)
    sh.add(f"填报单位:{unit}（盖章）", None, None, None, "填报时间:2024年7月", None, None)
    sh.merge(1, 0, 1, 3)
    sh.merge(1, 4, 1, 6)
    sh.add("序号", "股室", "岗位", "岗位职责", "风险点", "风险等级（高、中、低）", "防控措施")
    rows = [
        ("绿化工程股", "股长", "组织园林绿化工程建设", "绿化工程招标设置倾向性条件", "高",
         "招标文件经法制审核,进入公共资源交易平台。"),
        ("绿化工程股", "股长", "组织园林绿化工程建设", "苗木验收以次充好、数量不实", "中", "苗木进场验收拍照留档,监理旁站。"),
        ("养护管理股", "股长", "负责公园、道路绿地养护", "养护外包考核打分不实", "中", "考核由股室、市民代表共同打分并公示。"),
        ("养护管理股", "巡查员", "巡查绿地和古树名木", "对毁绿、占绿行为不制止、不上报", "低", "巡查轨迹定位记录,问题限时上报。"),
        ("办公室", "报账员", "办理经费报销", "报销票据审核不严", "低", "报销两人审核,所长审签。"),
        ("办公室", "主任", "负责临时占用绿地审批初审", "违规同意临时占用绿地", "高", "占绿审批集体研究,审批结果公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"股长": "middle", "主任": "middle"}
    for n, (dept, post, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", tiers.get(post, "general"), point, [], HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    sh.add()
    sh.add("所长:", None, None, "经办人:", None, None, None)
    return _layout(
        "garden_office_posts", "https://drbdp.com/4-9258092.html",
        "县园林绿化管理所 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县城园林所 under the 住建局 "
        "(城区绿化, 公园维护, 树木养护, 审批临时占用绿地): a bare title, then ``填报单位:XX县苗木花卉管理所（盖章） | "
        "填报时间:2024年7月`` (two merged cells); 序号/股室 merged (绿化工程股, 养护管理股, 办公室)/岗位 and 岗位职责 merged "
        "per post/风险点/``风险等级（高、中、低）``/防控措施; no names; 所长/经办人 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def survey_team_supervisors() -> dict:
    unit = "国家统计局XX县调查队"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 10, 8, 32, 10])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "分管领导"
    )
    rows = [
        ("住户调查科", "科长", "苗建平", "记账户选定照顾亲友", "岗位职责", "Ⅱ级", "记账户按抽样方案确定,名单备案。", "江振宇"),
        ("住户调查科", "辅助调查员", "祝小燕", "记账补贴发放不实", "业务流程", "Ⅲ级", "补贴银行代发,每季度抽查回访。", "江振宇"),
        ("农业调查科", "科长", "项国良", "农作物实割实测数据弄虚作假", "思想道德", "Ⅰ级",
         "实测全程拍照、两人以上在场,数据逐级审核。", "江振宇"),
        ("农业调查科", "科长", "项国良", "调查样本轮换不按规定", "制度机制", "Ⅱ级", "样本轮换报调查总队审批。", "江振宇"),
        ("企业调查科", "科长", "容海燕", "受企业请托修改调查数据", "外部环境", "Ⅰ级", "数据修改留痕,异常数据专人核查。",
         "倪少华"),
        ("办公室", "出纳", "甄丽萍", "调查员劳务费虚列冒领", "岗位职责", "Ⅱ级", "劳务费按调查任务单核发,公示一周。", "倪少华"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, sup) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, sup)
        tier = "middle" if post == "科长" else "general"
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, per_person), (3, per_person), (8, lambda row: row[8])],
    )
    sh.add()
    sh.add("填表人:", None, None, "审核:", None, None, "2024年6月", None, None)
    return _layout(
        "survey_team_supervisors", "http://cn.office369.com/news/show-2667524.html",
        "国家统计局 县调查队 岗位廉政风险点一览表 after the source's account of a 调查队's 依法统计 (住户调查科, 农业调查科, "
        "企业调查科, 纪检法规科; 防范和惩治统计造假): ``附件`` over the title; 序号/科室 merged/岗位 and 责任人 merged per "
        "person/风险点/风险类型 short names/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing ``分管领导`` merged down, one "
        "副队长 (江振宇) over 住户调查科 AND 农业调查科 — a supervisor, not the holder; 填表人/审核/date line",
        [sh], t,
    )  # fmt: skip


def industrial_zone_bureaus() -> dict:
    unit = "XX县工业集中区管理委员会"
    sh = _Sheet("排查表", [6, 14, 10, 9, 34, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, "廉政风险点排查表", 8)
    sh.add(f"填报单位:{unit}", None, None, None, None, "填报时间:2024年9月", None, None)
    sh.merge(1, 0, 1, 4)
    sh.merge(1, 5, 1, 7)
    sh.add("序号", "部室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("综合办公室", "主任", "庄红英", "园区宣传推介费用虚报", "制度机制风险", "三级", "宣传费用凭合同、刊发样稿报销。"),
        ("综合办公室", "主任", "庄红英", "入统企业数据审核不严,虚报产值", "岗位职责风险", "二级", "入统数据与税务、电力数据比对。"),
        ("招商合作局", "局长", "蒋德明", "招商引资优惠政策违规承诺、擅自兑现", "岗位职责风险", "一级",
         "优惠政策兑现经管委会集体研究,合同法务审核。"),
        ("招商合作局", "代办员", "霍小川", "全程代办中向企业索要好处", "思想道德风险", "二级", "代办事项清单公开,办结回访企业。"),
        ("工程建设管理局", "局长", "欧阳亮", "标准厂房建设工程变更签证审核不实", "业务流程风险", "一级",
         "工程变更经监理、跟踪审计、局务会三级审核。"),
        ("工程建设管理局", "局长", "欧阳亮", "安全生产检查走过场,对隐患不督促整改", "外部环境风险", "二级",
         "检查结果留痕,隐患整改销号管理。"),
        ("工程建设管理局", "安全员", "童建伟", "接受企业宴请降低检查标准", "思想道德风险", "三级", "检查两人以上,检查记录企业签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "middle", "局长": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(
            sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), GRADES[lv]
        )
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("部室负责人:", None, None, "分管领导:", None, None, None, None)
    return _layout(
        "industrial_zone_bureaus",
        "http://admin.yzcity.gov.cn:8888/spxgyjzgwh/0101/201904/00f06aaa68824403b4c93324b1c22fa5.shtml",
        "县工业集中区管理委员会 廉政风险点排查表 after the source's 部室简介 of a 工业集中区 (综合办公室, 招商合作局 with "
        "全程代办, 工程建设管理局 with 标准厂房 and 安全生产): a bare title, then ``填报单位:… | 填报时间:…``; 序号/``部室`` "
        "merged — two of them named ``…局`` though only 部室 of the 管委会/岗位 and 姓名 merged per person/风险点/风险类别 "
        "``…风险``/风险等级 一级/二级/三级/防控措施; 部室负责人/分管领导 line",
        [sh], t,
    )  # fmt: skip


def town_stations_offices() -> dict:
    unit = "XX县槐荫镇"
    sh = _Sheet("一览表", [6, 16, 10, 9, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}机关及站所岗位廉政风险防控一览表", 8)
    sh.add("序号", "站所（办）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "主任", "鲁文博", "公务接待超标准,虚列会议费", "制度机制", "中", "接待实行公函制,费用每季度公开。"),
        ("农业综合服务中心", "主任", "喻建国", "耕地地力保护补贴面积核定不实", "岗位职责", "高",
         "补贴面积村级公示,中心、财政所双审。"),
        ("农业综合服务中心", "主任", "喻建国", "农机具购置补贴审核把关不严", "业务流程", "中", "购机现场核验,补贴名单公开。"),
        ("退役军人服务站", "站长", "沙海军", "优抚对象资格审核不严,优亲厚友", "岗位职责", "高", "资格审核村、镇两级公示。"),
        ("退役军人服务站", "工作人员", "穆小琴", "慰问金物发放不到位", "思想道德", "低", "慰问金打卡发放,物资签收留档。"),
        ("财政所", "所长", "蔺红梅", "村级资金支出审核不严,白条入账", "制度机制", "高", "村账镇代管,支出凭证所长审签。"),
        ("财政所", "会计", "温志刚", "惠农补贴资金“一卡通”信息变更不核实", "业务流程", "中",
         "信息变更凭本人申请和身份证件,每月比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "middle", "站长": "middle", "所长": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("镇纪委审核:", None, None, None, "填报日期:2024年8月", None, None, None)
    return _layout(
        "town_stations_offices", "http://shenjuapp.com/xwzx/xzdt/content_15305",
        "镇 机关及站所岗位廉政风险防控一览表 after the source's account of a 镇's 机构改革 (党政综合办公室, 农业综合服务中心, "
        "退役军人服务站, 综合文化服务站, 财政所 …): 序号/``站所（办）`` merged/岗位 and 姓名 merged per person/风险点/风险类型 "
        "short names/风险等级 高/中/低/防控措施; 镇纪委审核/date line",
        [sh], t,
    )  # fmt: skip


def mental_hospital_stars() -> dict:
    unit = "XX县精神病医院"
    sh = _Sheet("Sheet1", [6, 10, 12, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("药剂科", "科长", "时永康", "精神药品采购中收受回扣", "★★★", "药品集中带量采购,用量异常动态监测。"),
        ("药剂科", "药库管理员", "佟晓梅", "第二类精神药品出入库账物不符", "★★★", "专库双人双锁,每日账物核对。"),
        ("护理部", "主任", "宁秀英", "护理人员排班、评优不公", "★", "排班、评优标准公开,结果公示。"),
        ("医务科", "科长", "闫俊杰", "住院患者出院证明、病情证明违规出具", "★★", "证明出具经科室、医务科两级审核登记。"),
        ("总务科", "科长", "杭德利", "病房维修工程虚增工程量", "★★", "维修工程量现场确认,结算经审计。"),
        ("总务科", "科长", "杭德利", "被服、生活物资采购不比价", "★", "物资采购询价比价,验收两人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"科长": "middle", "主任": "middle"}
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注:风险等级★★★为高风险,★★为中风险,★为低风险。", 7)
    return _layout(
        "mental_hospital_stars",
        "http://zhaohua.com/hospital/code/340100/kindid/1/typeid/20/levelid/12.html",
        "县精神病医院 廉洁风险防控一览表 after the source's account of a 县's 精神病医院 (small, short of equipment, "
        "住院治疗 of 重型精神病): 序号/科室 merged (药剂科, 护理部, 医务科, 总务科)/岗位 and 责任人 merged per person/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a 注 under it giving the stars as 高/中/低; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tea_station_holder_in_one_cell(),
    old_university_posts(),
    film_station_personal_sheets(),
    kindergarten_no_keshi(),
    garden_office_posts(),
    survey_team_supervisors(),
    industrial_zone_bureaus(),
    town_stations_offices(),
    mental_hospital_stars(),
]

RESAVED = (
    "old_university_posts",
    "film_station_personal_sheets",
    "kindergarten_no_keshi",
    "garden_office_posts",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b88_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch88-inbox"))
