"""A hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies of 兴文县 that
earlier batches used seldom or never — the 林业和竹业局, the 石海地质公园管理局, the 卫生健康综合执法
大队, the 工业园区管理委员会, the 国有资产事务服务中心, the 急救指挥中心, the 经济作物技术推广站, the
人民检察院, the 农民工服务中心 and a 镇 (an invented 岚溪镇) — each handing back its ordinary 一览表,
排查表, 清单, personal 自查表 or 防控表 the way its staff typed it (no re-saved copies this time):

- a 林业和竹业局 一览表 whose 姓名 column is followed by a ``联系电话`` column of mobile numbers
  (merged per person like the name), 股室 merged (局领导, 林政资源股, 竹产业发展股, 国有林场, 办公室),
  ``…风险`` types, 高/中/低;
- a 地质公园管理局 责任清单 with the holder under ``责任人`` and a trailing ``分管领导`` column of
  names (the 局长 and 副局长, who also hold rows of their own), the compound surname 尉迟, 一级/二级/三级;
- a 卫生健康综合执法大队's personal 自查表 one per sheet (tabs the holders' names), the holder,
  中队 and post each in a cell of its own above the table as ``姓名：… | 所在中队：… | 职务：…``,
  Ⅰ级/Ⅱ级/Ⅲ级;
- a 工业园区管委会 排查表 with a ``岗位职责`` column merged per person between 姓名 and 风险点,
  ``高风险/中风险/低风险``;
- a 国有资产事务服务中心 一览表 with a short 风险点 beside a long ``具体表现``, the holder under 责任人;
- an 急救指挥中心 排查表 where two 调度员 share one 姓名 cell written with a slash
  (``漆听澜/植若溪``), each of them holding the row's points;
- the 人民检察院's 清单 对岗不对人 (部门/岗位, no names) headed ``廉政风险点``, levels bare ``Ⅰ/Ⅱ/Ⅲ``,
  some type cells naming two types (``岗位职责风险、外部环境风险``);
- a 镇's 排查表 on the sheet ``明细`` behind a ``汇总`` sheet that counts posts and points per 站所
  (``岗位数 | 风险点数 | 高 | 中 | 低`` and a 合计 row).

One is the shape this batch adds to what the README describes — a file as a county's 监督平台
exports it:

- ``migrant_worker_center_export``: the 农民工服务中心's list downloaded from the platform, tab
  ``Sheet0``, NO title, the header in row 1 — ``序号 | 单位名称 | 部门名称 | 岗位名称 | 人员姓名 |
  风险点名称 | 风险点描述 | 风险类别 | 风险等级 | 防控措施 | 填报人 | 填报时间 | 审核状态`` — every row
  written out in full (the unit on every row, no merges), levels ``一级风险/二级风险/三级风险``, a
  ``填报人`` column naming on every row the clerk who keyed the list in (no holder), a date-time
  under ``填报时间`` and ``已审核`` under 审核状态; one holder has the four-character Yi name ``沙马伍呷``.

One is harder:

- ``cash_crop_station_signatures``: the 经济作物技术推广站's 岗位廉政风险防控表, one post a sheet (tabs
  the posts), ``所在股室：… | 岗位名称：… | 填表日期：…`` above the table and NO name there; the holder
  stands only in the filled sign-off line under it, beside two other signers: ``岗位责任人（签字）：
  戈汀兰 | 股室负责人（签字）：冶清禾 | 单位负责人（签字）：缪栖云`` — and the other two hold sheets of their
  own (the 股长's sheet names her twice, the 站长's has ``股室负责人（签字）：/``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 县's 竹产业 projects: 竹林垦复抚育,
竹山道路; a 景区管委会's 内部管理制度 and its 部 (规划建设部, 资源保护部, 旅游发展部, 市场营销部); a 县's
卫生监督执法 (医疗执业, 公共场所, 生活饮用水, 职业病防治); a 县工业园区管理委员会's 职责 (规划, 土地开发,
基础设施, 企业入驻); a 国有资产租赁工作方案 (出租出借, 公开竞价, 租金收缴台账); a 县120急救指挥中心 at
work (调度员, 急救车); a 县's 茶叶 output; a study of 检察干警 违纪 and 内部监督; a 县's 智慧监察 platform
that keeps its data as lists; a 镇人居环境建设 星级农户评比办法) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented; every
unit is a body of 兴文县 (the 镇 an invented 岚溪镇).

Run ``python tests/published/score.py --set batch168`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b168_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- on a 防控表 whose only names are in its sign-off line, the holder is the ``岗位责任人（签字）``; the
  ``股室负责人`` and ``单位负责人`` beside it sign as those who oversee (each of them a holder only on
  the sheet of their own post);
- ``漆听澜/植若溪`` in one 姓名 cell are two holders of the post, each with the row's points;
- a ``联系电话`` column and a ``填报人`` column of one clerk's name are no holder and no point; the
  ``填报时间`` date-time and ``已审核`` are no point; the unit on every row of an export is the unit;
- a ``分管领导`` column of names is who oversees the row, not its holder;
- a ``汇总`` sheet of counts holds no form and no point; the ``明细`` sheet holds them;
- ``所在中队：医疗卫生监督中队`` gives the holder's 科室;
- 局长/副局长, 大队长, 主任/副主任 of a 管委会 and of a 中心, 站长, 检察长/副检察长, 党委书记/镇长 are
  leaders; 股长, 部长, 中队长, 科长, 场长 of the 局's 林场, 党政办主任, 财政所所长 and 村镇建设办主任
  middle; the rest general.

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

PREFIX = "b168_"
PLACE = "兴文县"
TOWN = "岚溪镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
EXPORTED = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def cash_crop_station_signatures() -> dict:
    unit = f"{PLACE}经济作物技术推广站"
    t = _Truth(unit)
    cards = [
        ("站长", "站领导", "站长", "缪栖云", "/", "缪栖云", "leader",
         "主持全站工作,负责茶叶、果树、蚕桑等经济作物技术推广项目的组织实施和资金管理。", [
             ("经济作物技术推广项目实施主体确定不公开,向关系合作社倾斜", "制度机制", "高",
              "项目实施主体公开遴选,站务会集体研究,结果公示五个工作日。"),
             ("项目资金拨付不按验收结果,提前或超额拨付", "岗位职责", "高",
              "资金凭验收报告分期拨付,站长、会计双签。"),
             ("接受种苗、肥料供应商宴请和礼品", "思想道德", "中", "签订廉洁承诺,节前廉洁提醒,拒收登记。"),
         ]),
        ("茶叶股股长", "茶叶股", "股长", "冶清禾", "冶清禾", "缪栖云", "middle",
         "负责茶园提质增效、低产茶园改造项目的技术指导、实施方案编制和检查验收。", [
             ("低产茶园改造面积核查不实,虚报改造面积", "业务流程", "高",
              "改造面积逐户实地丈量,村组、股室、农户三方签字。"),
             ("茶树良种苗木采购指定供应商", "岗位职责", "中", "苗木按政府采购程序购置,到货验收留样。"),
             ("茶叶品牌评选推荐中优亲厚友", "外部环境", "低", "评选标准公开,专家打分,结果公示。"),
         ]),
        ("茶叶股技术员", "茶叶股", "技术员", "戈汀兰", "冶清禾", "缪栖云", "general",
         "负责茶园病虫害绿色防控技术推广、茶农培训和技术服务台账。", [
             ("绿色防控物资发放登记不实,虚报冒领", "业务流程", "中",
              "物资发放凭农户签字,发放名册在村务公开栏公示。"),
             ("茶农培训虚报人数、套取培训经费", "制度机制", "中", "培训签到、照片和培训记录一并归档,每期抽查回访。"),
             ("利用技术服务向茶农推销指定农资", "思想道德", "低", "严禁推销农资,服务电话和监督电话公开。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, head, chief, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 24, 30, 10, 8, 30])
        _line(sh, f"{unit}岗位廉政风险防控表", 6)
        r = sh.add(
            f"所在股室：{dept}", None, f"岗位名称：{post}", None, "填表日期：2024年10月", None
        )
        for c in (0, 2, 4):
            sh.merge(r, c, r, c + 1)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        r = sh.add(f"岗位责任人（签字）：{who}", None, f"股室负责人（签字）：{head}", None,
                   f"单位负责人（签字）：{chief}", None)  # fmt: skip
        for c in (0, 2, 4):
            sh.merge(r, c, r, c + 1)
        sheets.append(sh)
    return _layout(
        "cash_crop_station_signatures", "https://www.scgw.gov.cn/mob/Detail.aspx?id=20140725093119796",
        "(harder) 县经济作物技术推广站 岗位廉政风险防控表 after the source's note on a 县's 茶叶 output (名优茶, 茶农 "
        "增收, the 县农业局): THREE sheets, one post each, tabs the posts (``站长``, ``茶叶股股长``, ``茶叶股技术员``); "
        "under the title ``所在股室：茶叶股 | 岗位名称：技术员 | 填表日期：2024年10月`` (each a cell merged over two "
        "columns) and NO name; 序号/岗位职责 merged down/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "the holder named ONLY in the filled sign-off line under the table, beside two other signers: "
        "``岗位责任人（签字）：戈汀兰 | 股室负责人（签字）：冶清禾 | 单位负责人（签字）：缪栖云`` — the 股长 冶清禾 and the "
        "站长 缪栖云 holding sheets of their own (the 股长's line names her twice, the 站长's has "
        "``股室负责人（签字）：/``)",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def migrant_worker_center_export() -> dict:
    unit = f"{PLACE}农民工服务中心"
    sh = _Sheet("Sheet0", [6, 20, 14, 12, 10, 20, 36, 14, 10, 34, 10, 18, 10])
    t = _Truth(unit)
    sh.add("序号", "单位名称", "部门名称", "岗位名称", "人员姓名", "风险点名称", "风险点描述", "风险类别",
           "风险等级", "防控措施", "填报人", "填报时间", "审核状态")  # fmt: skip
    clerk = "铎岚音"
    rows = [
        ("中心领导", "主任", "栾溯白", "leader", "专项资金分配", "农民工返乡创业扶持资金分配方案不经集体研究,个人决定扶持对象",
         "制度机制风险", "一级风险", "扶持资金分配方案经主任办公会集体研究,扶持名单公示七天。"),
        ("中心领导", "主任", "栾溯白", "leader", "创业基地认定", "返乡创业示范基地认定降低标准,为关系主体评定",
         "岗位职责风险", "二级风险", "认定标准公开,实地核查与专家评审相结合,结果公示。"),
        ("中心领导", "副主任", "郜秋筠", "leader", "培训机构选定", "农民工技能培训定点机构选定不公开,收受机构好处",
         "外部环境风险", "一级风险", "定点培训机构公开招标确定,签订廉洁协议。"),
        ("权益维护股", "股长", "鄂栖篁", "middle", "欠薪线索处理", "对农民工欠薪投诉压案不办,或为欠薪企业通风报信",
         "思想道德风险", "一级风险", "欠薪线索登记编号、限时办结,办理结果回访投诉人。"),
        ("权益维护股", "股长", "鄂栖篁", "middle", "工资保证金退还", "未核实欠薪清偿情况即同意退还农民工工资保证金",
         "业务流程风险", "二级风险", "退还前公示并核查无欠薪,股室初审、分管领导审批。"),
        ("就业创业服务股", "科员", "苟澈言", "general", "补贴申报初审", "一次性创业补贴申报材料初审走过场,为不符合条件人员申报",
         "岗位职责风险", "二级风险", "初审双人核对营业执照、社保缴费记录,初审名单公示。"),
        ("就业创业服务股", "科员", "苟澈言", "general", "培训台账", "培训签到、考勤台账弄虚作假,虚增培训人数",
         "业务流程风险", "三级风险", "培训实行人脸识别签到,台账每期抽查。"),
        ("办公室", "出纳", "沙马伍呷", "general", "现金管理", "备用金、零星收入不及时入账,公款私存",
         "制度机制风险", "三级风险", "现金日清月结,不定期盘点库存现金。"),
    ]  # fmt: skip
    stamp = datetime(2024, 10, 21, 16, 8, 37)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, unit, dept, post, who, point, desc, typ, lv, measures, clerk, stamp, "已审核")
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), EXPORTED[lv])
    return _layout(
        "migrant_worker_center_export", "http://www.cs0799.com/portal.php?aid=41033&mod=view",
        "县农民工服务中心 list as a county's 监督平台 exports it, after the source's account of a 县's 智慧监察 platform "
        "(its 基础数据库, 信息数据平台, data kept as lists): the tab ``Sheet0``, NO title, the header in row 1 — "
        "``序号 | 单位名称 | 部门名称 | 岗位名称 | 人员姓名 | 风险点名称 | 风险点描述 | 风险类别 | 风险等级 | 防控措施 | 填报人 | "
        "填报时间 | 审核状态`` — every row written out in full, no merges (the unit ``兴文县农民工服务中心`` on every row, "
        "部门 and post repeated), the short 风险点名称 beside a longer 风险点描述, ``…风险`` types, levels ``一级风险/"
        "二级风险/三级风险``, a ``填报人`` column naming on every row the clerk 铎岚音 who keyed it in (no holder), a "
        "date-time cell under 填报时间 and ``已审核`` under 审核状态; the 出纳's name is the four-character Yi name "
        "``沙马伍呷``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def forestry_bamboo_phone_column() -> dict:
    unit = f"{PLACE}林业和竹业局"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 14, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 9)
    r = sh.add(
        f"填报单位（盖章）：{unit}",
        None,
        None,
        None,
        None,
        None,
        "填报时间：2024年10月",
        None,
        None,
    )
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "股室", "岗位", "姓名", "联系电话", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "邴栖梧", "13881705264", "竹产业发展项目资金分配不经党组集体研究", "制度机制风险", "高",
         "项目资金分配方案经党组会集体研究,分配结果公开。", "leader"),
        ("局领导", "局长", "邴栖梧", "13881705264", "林地征占用审核中打招呼、违规干预", "岗位职责风险", "高",
         "林地审核事项集体会审,领导干部插手干预事项登记报告。", "leader"),
        ("局领导", "副局长", "亢蘅之", "15982316470", "林木采伐限额指标分配不公开", "岗位职责风险", "高",
         "采伐指标分配方案按乡镇森林资源状况测算并公示。", "leader"),
        ("林政资源股", "股长", "逄砚川", "13699015832", "林木采伐许可审核把关不严,超限额发证", "岗位职责风险", "高",
         "采伐许可网上办理,伐区设计、审核、发证分岗办理。", "middle"),
        ("林政资源股", "股长", "逄砚川", "13699015832", "涉林违法案件降格处理、以罚代刑", "思想道德风险", "中",
         "案件处理集体讨论,涉嫌犯罪的一律移送。", "middle"),
        ("林政资源股", "科员", "禤漱玉", "18728430915", "伐区调查设计数据失真", "业务流程风险", "中",
         "伐区设计随机抽查复核,设计误差超标的追责。", "general"),
        ("竹产业发展股", "股长", "谯苡宁", "13518267703", "竹林垦复抚育、竹山道路项目验收不实", "业务流程风险", "高",
         "项目验收实地测量,乡镇、村、股室三方签字,验收结果公示。", "middle"),
        ("竹产业发展股", "股长", "谯苡宁", "13518267703", "接受竹产业项目实施主体宴请、礼品", "外部环境风险", "中",
         "签订廉洁承诺,项目实施期间不得与实施主体私下接触。", "middle"),
        ("国有林场", "场长", "郤鹭汀", "13990487126", "林场竹材、木材销售不公开竞价", "制度机制风险", "中",
         "竹材、木材销售进入公共资源交易平台公开竞价。", "middle"),
        ("办公室", "会计", "檀沅芷", "18308315549", "项目资金报账审核不严,虚列支出", "制度机制风险", "低",
         "报账凭证三级审核,项目资金专账核算。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, phone, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, phone, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：檀沅芷", None, None, None, None, None)
    return _layout(
        "forestry_bamboo_phone_column", "http://fujiansannong.com/info/16241",
        "县林业和竹业局 岗位廉政风险点排查一览表 after the source's account of a 县's 竹产业 projects (现代竹业生产发展资金, "
        "竹林垦复抚育, 竹山道路, 丰产竹林基地): title, ``填报单位（盖章）：… | 填报时间：…``, then 序号/股室 merged (局领导, "
        "林政资源股, 竹产业发展股, 国有林场, 办公室)/岗位, 姓名 AND a ``联系电话`` column of mobile numbers, all three merged "
        "per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; ``单位负责人： | 填表人：檀沅芷`` under it (the "
        "会计 also a holder)",
        [sh], t,
    )  # fmt: skip


def geopark_duty_list() -> dict:
    unit = f"{PLACE}石海地质公园管理局"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 32, 10, 8, 32, 10])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "分管领导"
    )
    rows = [
        ("局领导", "局长", "尉迟棹", "景区基础设施建设项目不经集体研究,指定施工单位", "制度机制", "一级",
         "项目按规定进入交易平台,局务会集体决策并留存纪要。", "/", "leader"),
        ("局领导", "局长", "尉迟棹", "景区特许经营权授予不公开", "岗位职责", "一级",
         "特许经营项目公开招标,合同报县政府备案。", "/", "leader"),
        ("局领导", "副局长", "甘棠予", "地质遗迹保护项目验收把关不严", "岗位职责", "二级",
         "验收邀请专家参加,验收资料归档备查。", "尉迟棹", "leader"),
        ("规划建设部", "部长", "查岫烟", "景区内建设项目选址审核中收受好处", "外部环境", "一级",
         "选址审核集体会审,审核意见公开。", "甘棠予", "middle"),
        ("规划建设部", "部长", "查岫烟", "工程变更签证审核不严,虚增工程量", "业务流程", "二级",
         "变更签证经监理、跟审、部门三方确认。", "甘棠予", "middle"),
        ("资源保护部", "巡护员", "勾半夏", "对违规采挖奇石、破坏溶洞行为查处不力", "思想道德", "二级",
         "巡护轨迹记录,违法线索登记移交。", "甘棠予", "general"),
        ("旅游发展部", "部长", "仇萸白", "旅游营销推广合作单位选定不公开", "制度机制", "二级",
         "合作单位比选确定,合作协议法律审核。", "尉迟棹", "middle"),
        ("市场营销部", "票务员", "蒲竹溪", "门票优惠减免审核不严,私放游客入园", "岗位职责", "三级",
         "电子票务系统核销,优惠减免凭证留存,每日对账。", "尉迟棹", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年9月", None, None)
    return _layout(
        "geopark_duty_list", "https://www.renrendoc.com/paper/513183896.html",
        "县地质公园管理局 廉政风险防控责任清单 after the source's 景区管委会内部管理制度 (主任/副主任, 办公室, 规划建设部, "
        "旅游发展部, 安全管理部, 资源保护部, 市场营销部): ``附件`` above the title, then 序号/部门 merged (局领导, 规划建设部, "
        "资源保护部, 旅游发展部, 市场营销部)/岗位 and 责任人 merged per person (the 局长 with the compound surname 尉迟, "
        "``尉迟棹``)/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施/a trailing ``分管领导`` column of NAMES "
        "(``尉迟棹``, ``甘棠予``, each over several 部门; ``/`` on the 局长's rows) — the leaders who oversee, holders only "
        "of their own rows; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def health_enforcement_label_cells() -> dict:
    unit = f"{PLACE}卫生健康综合执法大队"
    t = _Truth(unit)
    people = [
        ("扈棠樾", "大队领导", "大队长", "leader", [
            ("行政处罚案件裁量不统一,人情案、关系案", "岗位职责", "Ⅰ级", "处罚案件集体讨论,严格执行裁量基准,结果公开。"),
            ("执法车辆、执法记录仪等装备采购不按规定程序", "制度机制", "Ⅱ级", "装备按政府采购程序购置,验收两人以上。"),
            ("违规插手下属中队案件办理", "思想道德", "Ⅱ级", "领导干部插手干预案件登记报告,纪检全程监督。"),
        ]),
        ("冼荇洲", "医疗卫生监督中队", "中队长", "middle", [
            ("对非法行医查处不力,收受好处后不予立案", "外部环境", "Ⅰ级", "线索登记编号,立案情况每月通报。"),
            ("医疗机构校验、量化分级评定打人情分", "岗位职责", "Ⅱ级", "评定标准公开,两人以上现场评分。"),
            ("医疗废物处置检查走过场", "业务流程", "Ⅲ级", "检查全程执法记录仪记录,问题限期整改复查。"),
        ]),
        ("琚籁秋", "公共场所卫生监督中队", "执法队员", "general", [
            ("检查前向宾馆、美容美发场所透露检查信息", "思想道德", "Ⅱ级", "双随机抽取检查对象,检查时间临时确定。"),
            ("生活饮用水抽检样品调换或检测数据修改", "业务流程", "Ⅱ级", "抽样双人签字封样,检测报告系统直传。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 36, 6])
        _line(sh, f"{unit}个人岗位廉政风险自查表", 6)
        r = sh.add(f"姓名：{who}", None, f"所在中队：{dept}", None, f"职务：{post}", None)
        for c in (0, 2, 4):
            sh.merge(r, c, r, c + 1)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签字：", None, "中队长签字：", None, "2024年11月", None)
        sheets.append(sh)
    return _layout(
        "health_enforcement_label_cells", "https://www.zhangye.gov.cn/wjw/dzdt/jckx/202409/t20240906_1285935.html",
        "县卫生健康综合执法大队 个人岗位廉政风险自查表 after the source's account of a 县's 卫生监督执法 (医疗执业监督, "
        "打击非法行医, 公共场所卫生量化分级, 生活饮用水, 职业病防治): THREE sheets, tabs the holders' names; under the "
        "title ONE row of three label-and-value cells, each merged over two columns — ``姓名：扈棠樾 | 所在中队：大队领导 | "
        "职务：大队长`` (``所在中队：医疗卫生监督中队``, ``…公共场所卫生监督中队``) — then 序号/风险点/风险类型 (short "
        "names)/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施 (merged over the last two columns); 本人签字/中队长签字/date",
        sheets, t,
    )  # fmt: skip


def industrial_park_duties() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    sh = _Sheet("排查表", [6, 12, 10, 9, 26, 30, 14, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("管委会领导", "主任", "晁泊舟", "主持管委会全面工作", "园区基础设施项目不经集体研究,指定施工单位",
         "制度机制风险", "高风险", "严格执行“三重一大”集体决策,项目公开招标。", "leader"),
        ("管委会领导", "主任", "晁泊舟", "主持管委会全面工作", "入园企业优惠政策兑现中为关系企业放宽条件",
         "岗位职责风险", "高风险", "政策兑现条件公开,兑现结果公示。", "leader"),
        ("管委会领导", "副主任", "堵筠岫", "分管规划建设、安全环保", "园区规划调整中为企业违规调整容积率",
         "岗位职责风险", "高风险", "规划调整经专家论证并报县规委会审议。", "leader"),
        ("招商服务部", "部长", "莘葭远", "招商引资项目洽谈、引进和跟踪服务", "招商引资中接受客商宴请、礼品",
         "外部环境风险", "中风险", "招商活动报备,签订廉洁承诺。", "middle"),
        ("招商服务部", "部长", "莘葭远", "招商引资项目洽谈、引进和跟踪服务", "项目准入评审把关不严,引进不达标项目",
         "业务流程风险", "中风险", "项目准入联合评审,评审意见存档。", "middle"),
        ("企业服务部", "干事", "佴晗溪", "入园企业代办服务、标准厂房租赁", "标准厂房租赁不按顺序安排,收取好处",
         "思想道德风险", "中风险", "厂房租赁公开排序,租金统一缴入财政账户。", "general"),
        ("规划建设部", "部长", "蓟霁禾", "园区道路、管网等基础设施建设管理", "工程计量、变更签证审核不严",
         "业务流程风险", "高风险", "计量变更经监理、跟踪审计、部门三方签字。", "middle"),
        ("安全环保部", "安全员", "邰蔚岚", "园区企业安全生产、环保日常检查", "检查中对企业隐患降格处理",
         "岗位职责风险", "低风险", "检查两人以上,隐患整改闭环销号。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add("填表人：", None, None, None, "主要负责人签字：", None, None, "2024年10月", None)
    return _layout(
        "industrial_park_duties", "http://bajiusan.com/qingjianyuanqu/10.html",
        "县工业园区管理委员会 岗位廉政风险排查表 after the source's account of a 县工业园区管理委员会 (园区规划, 土地开发, "
        "基础设施, 企业入驻审核, 招商): 序号/部门 merged (管委会领导, 招商服务部, 企业服务部, 规划建设部, 安全环保部)/岗位 "
        "and 姓名 merged per person/a ``岗位职责`` column merged per person between 姓名 and 风险点 (the 副主任's "
        "``分管规划建设、安全环保``)/风险点/风险类别 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "填表人/主要负责人签字/date right under the last row",
        [sh], t,
    )  # fmt: skip


def state_assets_center_manifest() -> dict:
    unit = f"{PLACE}国有资产事务服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 18, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add(
        f"填报单位：{unit}", None, None, None, None, None, "填报时间：2024年10月15日", None, None
    )
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "股室", "岗位", "责任人", "风险点", "具体表现", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "巩韵笙", "资产处置决策", "国有资产处置方案不经集体研究,低价处置", "制度机制", "高",
         "处置方案经主任办公会研究并报县财政局审批,评估后公开处置。", "leader"),
        ("中心领导", "主任", "巩韵笙", "出租定价", "经营性资产出租不经评估,擅自降低租金", "岗位职责", "高",
         "出租底价经评估确定,公开竞租。", "leader"),
        ("资产管理股", "股长", "宿岚樵", "资产清查", "资产清查登记不实,账实不符隐瞒不报", "业务流程", "中",
         "每年全面清查一次,清查结果股室交叉复核。", "middle"),
        ("资产管理股", "股长", "宿岚樵", "资产调剂", "行政事业单位资产调剂中优亲厚友", "思想道德", "低",
         "调剂需求统一登记,调剂结果公开。", "middle"),
        ("出租处置股", "科员", "酆澄碧", "租金收缴", "租金催收不力,擅自减免或延期收缴", "岗位职责", "中",
         "建立租金收缴台账,逾期租金按月通报。", "general"),
        ("出租处置股", "科员", "酆澄碧", "承租人资格审查", "承租人资格审查把关不严,收受承租人好处", "外部环境", "中",
         "资格审查双人办理,审查意见存档。", "general"),
        ("财务股", "会计", "邸芸舒", "收入管理", "资产出租、处置收入不及时上缴国库", "制度机制", "低",
         "收入实行“收支两条线”,按月与财政对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("中心负责人：", None, None, "填报人：", None, None, None, None, None)
    return _layout(
        "state_assets_center_manifest", "https://www.renrendoc.com/paper/507091112.html",
        "县国有资产事务服务中心 岗位廉政风险防控一览表 after the source's 国有资产租赁工作方案 (出租出借, 公开竞价, 资产评估, "
        "租金收缴台账): ``填报单位：… | 填报时间：2024年10月15日`` over 序号/股室 merged (中心领导, 资产管理股, 出租处置股, "
        "财务股)/岗位 and 责任人 merged per person/a short 风险点 (``资产处置决策``, ``租金收缴``) beside a longer "
        "``具体表现``/风险类型 (short names)/风险等级 高/中/低/防控措施; 中心负责人/填报人",
        [sh], t,
    )  # fmt: skip


def emergency_center_slash_names() -> dict:
    unit = f"{PLACE}急救指挥中心"
    sh = _Sheet("排查表", [6, 12, 10, 14, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", ("鞠沁潆",), "急救车辆、车载设备采购不按规定程序", "制度机制风险", "高",
         "采购按政府采购程序进行,验收由使用科室参加。", "leader"),
        ("中心领导", "主任", ("鞠沁潆",), "院前急救费用收费标准执行不严", "岗位职责风险", "中",
         "收费标准上墙公示,收费票据统一管理。", "leader"),
        ("调度科", "科长", ("荆苒秋",), "调度员排班、考核打分不公", "思想道德风险", "低",
         "排班表提前公布,考核结果公示。", "middle"),
        ("调度科", "科长", ("荆苒秋",), "呼救录音、调度记录随意删改", "业务流程风险", "中",
         "调度系统留痕,录音记录专人保管,调取登记。", "middle"),
        ("调度科", "调度员", ("漆听澜", "植若溪"), "违规向殡葬服务、私立医院泄露呼救人信息", "外部环境风险", "高",
         "签订保密承诺,呼救信息查询权限分级管理。", "general"),
        ("调度科", "调度员", ("漆听澜", "植若溪"), "不按就近原则派车,向指定医院转送病人", "岗位职责风险", "中",
         "派车由系统按距离推荐,人工改派须说明理由。", "general"),
        ("车辆管理科", "驾驶员", ("敖晴樾",), "急救车加油、维修虚报费用", "制度机制风险", "中",
         "油卡一车一卡,维修定点并由科长审核。", "general"),
        ("综合办公室", "会计", ("贲素衣",), "急救出诊费收入不及时入账", "制度机制风险", "低",
         "出诊收费日清日结,每月与调度记录核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, people, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, "/".join(people), point, typ, lv, measures)
        for who in people:
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("科室负责人签字：", None, None, None, "中心主任签字：", None, None, None)
    return _layout(
        "emergency_center_slash_names", "https://www.hnjjbs.com/article/2025-02/17389170485324.html",
        "县急救指挥中心 岗位廉政风险点排查表 after the source's account of a 县120急救指挥中心 at work (调度员 24小时 "
        "待命, 急救车 派出, 生命热线): 序号/科室 merged (中心领导, 调度科, 车辆管理科, 综合办公室)/岗位 and 姓名 merged per "
        "person — the two 调度员 sharing ONE 姓名 cell written with a slash, ``漆听澜/植若溪``, each of them a holder of "
        "the row's points/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 科室负责人签字/中心主任签字",
        [sh], t,
    )  # fmt: skip


def procuratorate_posts() -> dict:
    unit = f"{PLACE}人民检察院"
    sh = _Sheet("清单", [6, 12, 12, 34, 22, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施清单", 7)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "检察长", "对重大案件处理决定不经检察委员会讨论", "制度机制风险", "Ⅰ",
         "重大案件一律提交检察委员会讨论,讨论记录存档。", "leader"),
        ("院领导", "副检察长", "违规过问、干预下级承办案件", "思想道德风险", "Ⅰ",
         "落实过问或干预司法办案“三个规定”,做到全面记录、定期报告。", "leader"),
        ("第一检察部", "员额检察官", "审查逮捕、审查起诉中违规作出不捕、不诉决定", "岗位职责风险、外部环境风险", "Ⅰ",
         "不捕、不诉案件报部门负责人审核,案件质量评查全覆盖。", "general"),
        ("第一检察部", "员额检察官", "违规会见案件当事人及其辩护人", "外部环境风险", "Ⅱ",
         "会见律师在接待室进行并登记,全程录音录像。", "general"),
        ("第一检察部", "检察官助理", "泄露案件办理进展和证据情况", "岗位职责风险", "Ⅱ",
         "案件信息系统分级授权,查询留痕。", "general"),
        ("第二检察部", "员额检察官", "民事、行政监督案件受理审查中选择性办案", "岗位职责风险、业务流程风险", "Ⅱ",
         "案件受理统一登记、随机分案,监督情况定期通报。", "general"),
        ("检务保障部", "财务人员", "办案经费报销审核不严,虚列支出", "制度机制风险", "Ⅱ",
         "报销凭证逐笔审核,办案经费专项核算。", "general"),
        ("检务保障部", "书记员", "涉案财物登记、保管、移交不规范", "业务流程风险", "Ⅲ",
         "涉案财物统一登记入库,移交双人签字。", "general"),
        ("司法警察大队", "司法警察", "押解、看管中违规为被告人传递物品、信息", "外部环境风险", "Ⅲ",
         "押解两人以上,全程记录,严禁私下接触家属。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), BARE_ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 7)
    return _layout(
        "procuratorate_posts", "http://soolun.net/periodical/5b714af087759f0d8708986a96e7f76a.html",
        "县人民检察院 岗位廉政风险点及防控措施清单 对岗不对人 after the source's study of 检察干警 违纪违法 and the "
        "内部监督 of a 检察机关 (纪检监察, 执法办案, 廉洁从检): 序号/部门 merged (院领导, 第一检察部, 第二检察部, 检务保障部, "
        "司法警察大队)/岗位 merged per 部门 (``员额检察官`` in two 部门), NO name column/``廉政风险点``/风险类型 ``…风险``, "
        "two cells naming TWO types (``岗位职责风险、外部环境风险``)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged note "
        "``注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。`` under it",
        [sh], t,
    )  # fmt: skip


def town_stations_summary_sheet() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    t = _Truth(unit)
    detail = _Sheet("明细", [6, 14, 10, 9, 32, 14, 8, 32])
    _line(detail, f"{PLACE}{TOWN}岗位廉政风险点排查表", 8)
    r = detail.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2024年11月", None, None
    )
    detail.merge(r, 0, r, 4)
    detail.merge(r, 5, r, 7)
    detail.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "厉沧澜", "镇村项目和大额资金使用不经党委会集体研究", "制度机制风险", "高",
         "严格执行“三重一大”制度,会议纪要存档。", "leader"),
        ("镇领导", "镇长", "邝朝槿", "人居环境整治项目发包规避招标", "岗位职责风险", "高",
         "限额以上项目进入交易平台,结果镇村公示。", "leader"),
        ("党政办", "主任", "臧鹤汀", "公务接待、公车使用虚列费用", "制度机制风险", "中",
         "接待、用车审批登记,费用每季度公开。", "middle"),
        ("财政所", "所长", "骞晚舟", "惠民惠农补贴“一卡通”发放审核不严", "岗位职责风险", "高",
         "补贴名册村组公示,所长复核后发放。", "middle"),
        ("财政所", "所长", "骞晚舟", "村级财务代理记账把关不严", "业务流程风险", "中",
         "村级报账凭证逐笔审核,每半年抽查村账。", "middle"),
        ("农业综合服务中心", "农技员", "乜云岚", "农业保险理赔查勘定损不实", "外部环境风险", "中",
         "查勘定损两人以上,理赔名单公示。", "general"),
        ("村镇建设办", "主任", "寇澄江", "星级农户评比、人居环境奖补打人情分", "思想道德风险", "中",
         "评比标准公开,评比结果在村务公开栏公示。", "middle"),
        ("村镇建设办", "主任", "寇澄江", "农村建房审批“四到场”走过场", "业务流程风险", "低",
         "建房审批一次性告知,到场照片留存。", "middle"),
        ("社会事务办", "民政专干", "牟汐月", "低保、特困对象认定优亲厚友", "思想道德风险", "高",
         "入户调查两人以上,民主评议,名单公示。", "general"),
    ]  # fmt: skip
    first = len(detail.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        detail.add(n, dept, post, who, point, typ, lv, measures)
        t.point(detail.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(detail, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    detail.add()
    detail.add("单位负责人：", None, None, "填报人：臧鹤汀", None, None, None, None)
    # the 汇总 sheet in front: posts and points per 站所, counted from the detail
    summary = _Sheet("汇总", [6, 18, 10, 10, 8, 8, 8])
    _line(summary, f"{TOWN}岗位廉政风险点统计表", 7)
    summary.add("序号", "站所", "岗位数", "风险点数", "高", "中", "低")
    order = list(dict.fromkeys(row[0] for row in rows))
    totals = [0, 0, 0, 0, 0]
    for n, dept in enumerate(order, 1):
        mine = [row for row in rows if row[0] == dept]
        counts = [len({row[1] for row in mine}), len(mine)] + [
            sum(row[5] == lv for row in mine) for lv in ("高", "中", "低")
        ]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        summary.add(n, dept, *counts)
    summary.add("合计", None, *totals)
    summary.merge(len(summary.rows) - 1, 0, len(summary.rows) - 1, 1)
    return _layout(
        "town_stations_summary_sheet", "https://abg.baidu.com/tags/2xzmrs562o53ppvtxwumt2gqy66lnrnjxot4nqfrzcyozn5i",
        "镇 岗位廉政风险点排查表 after the source's 镇人居环境建设星级农户评比办法 (评比标准, 评比结果公示, 奖补): the "
        "workbook opens on a ``汇总`` sheet — ``岚溪镇岗位廉政风险点统计表``, ``序号 | 站所 | 岗位数 | 风险点数 | 高 | 中 | 低`` "
        "counted per 站所 and a 合计 row, no risk text — and the list is on the second sheet ``明细``: title, "
        "``填报单位（盖章）：兴文县岚溪镇人民政府 | 填报时间：…``, 序号/站所 merged (镇领导, 党政办, 财政所, 农业综合服务中心, "
        "村镇建设办, 社会事务办)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "单位负责人/``填报人：臧鹤汀`` (the 党政办主任, a holder)",
        [summary, detail], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cash_crop_station_signatures(),
    migrant_worker_center_export(),
    forestry_bamboo_phone_column(),
    geopark_duty_list(),
    health_enforcement_label_cells(),
    industrial_park_duties(),
    state_assets_center_manifest(),
    emergency_center_slash_names(),
    procuratorate_posts(),
    town_stations_summary_sheet(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch168-inbox"))
