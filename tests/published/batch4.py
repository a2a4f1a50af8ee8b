"""A fourth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Each layout imitates the *shape* of a public table (its ``source``) that no
earlier batch used: heading words and column orders not seen before, the holder named in a
line above a list or inside a post cell, levels written in words or with numbers beside words,
a wide table printed in two halves, notes between rows, hidden helper columns, a card whose
fields sit in a 2×N grid, a landscape form with its review boxes on the right. The rows are
worded by us; only heading words and the way levels are written follow the sources.

Run ``python tests/published/score.py --set batch4`` and do not tune the reader against it,
or it stops being held out.

Conventions this batch leans on, beyond those of the earlier batches:

- a level that names a step of the Ⅰ/Ⅱ/Ⅲ scale together with a word (``高(Ⅰ级)``, ``Ⅰ级(高)``,
  ``1(高)``, ``一级(高风险)``) is that step;
- a three-word scale used as such is Ⅰ/Ⅱ/Ⅲ in its order: 重大/较大/一般, 严重/较重/一般,
  高级/中级/低级, 一类/二类/三类 (each table states or shows its scale);
- A/B/C as a *point* level is not a level we read: ``level`` None (design §3);
- a type column whose words are the unit's own (权力运行类, 廉洁自律, 故意/过失) gives ``types``
  [] — the reader should report it rather than invent a type; only 思想道德/制度机制/岗位职责/
  业务流程/外部环境 are types;
- a holder named in a line above a list (``责任人:侯某``) or after the post in the post cell
  (``科长 张某``) is that list's or that row's holder;
- a wide table printed as two halves one under the other, joined by 序号, is one table: the
  point is in the upper half, level and type in the lower;
- hidden helper columns (codes, a reversed score) are not read as levels, points or people;
- a summary sheet of counts per department and review boxes beside the table hold no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (hidden columns and landscape set up
by ``write_xlsx`` here), copies the LibreOffice re-saved copies ``resaved/b4_<name>.*`` (see
make_resaved.py) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.layouts import (
    HML,
    _layout,
    _Sheet,
    _Truth,
    types_in,
)
from published.layouts import build as _build

PREFIX = "b4_"  # re-saved copies of this batch are named b4_<layout>.<ext>


def _with(layout: dict, sheet_name: str, **extra) -> dict:
    """Attach writer options (``hidden`` column indexes, ``landscape``) to one sheet."""
    for sh in layout["sheets"]:
        if sh["name"] == sheet_name:
            sh.update(extra)
    return layout


# --------------------------------------------------------------------------- layouts


def hospital_holder_line() -> dict:
    unit = "XX市中心医院"
    sh = _Sheet("重点业务事项", [14, 40, 10, 38, 10])
    t = _Truth(unit)
    lv = {"高(Ⅰ级)": 1, "中(Ⅱ级)": 2, "低(Ⅲ级)": 3}
    sh.title(f"{unit}重点业务事项廉洁风险识别与防控", 5)
    blocks = [
        ("一、药品遴选与采购业务事项", "药剂科", "封立群", [
            ("需求提出", "临床科室与药企人员私下接触,为特定品种提出采购需求", "中(Ⅱ级)",
             "新增品种由临床科室集体讨论提出,附用药需求论证。"),
            ("药事会遴选", "遴选前向委员打招呼,影响投票结果", "高(Ⅰ级)",
             "委员随机抽取,投票实名留档,纪委办全程监督。"),
            ("合同签订", "擅自变更供货价格或配送企业", "高(Ⅰ级)", "合同文本经审计科、法务会签。"),
            ("入库验收", "验收不核对批号、效期,以次充好", "低(Ⅲ级)", "验收双人签字,随机抽检留样。"),
        ]),
        ("二、医用设备购置业务事项", "设备科", "卜海涛", [
            ("论证立项", "论证参数向特定品牌倾斜", "高(Ⅰ级)", "论证专家从院外专家库抽取,参数公开征求意见。"),
            ("安装验收", "未到货或配置不符即签收", "中(Ⅱ级)", "验收由使用科室、设备科、审计科三方共同签字。"),
            ("维修保养", "虚列维修项目,多报配件费用", "中(Ⅱ级)", "维修单与旧件回收对应登记,季度抽查。"),
        ]),
        ("三、后勤服务外包业务事项", "总务科", "訾文静", [
            ("服务商选择", "化整为零规避公开招标", "高(Ⅰ级)", "年度外包计划打包招标,超限额一律进平台。"),
            ("履约考核", "考核打人情分,扣款不执行", "低(Ⅲ级)", "考核结果在院内公示,扣款由财务直接执行。"),
        ]),
    ]  # fmt: skip
    for caption, dept, who, items in blocks:
        sh.title(caption, 5)
        r = sh.add(f"责任科室:{dept}", None, f"责任人:{who}", None, None)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)
        sh.add("业务环节", "风险描述", "风险等次", "防控措施", "监督部门")
        for step, point, level, measures in items:
            sh.add(step, point, level, measures, "纪委办")
            t.point(sh.name, dept, "", who, None, point, [], lv[level])
    sh.add()
    r = sh.add(
        "注:风险等次分高(Ⅰ级)、中(Ⅱ级)、低(Ⅲ级);责任人为该业务事项第一责任人。", *([None] * 4)
    )
    sh.merge(r, 0, r, 4)
    return _layout(
        "hospital_holder_line", "https://www.rui2000.com/yiqingfangkong/37408.html",
        "医院 廉洁风险防控手册 as a sheet: blocks per 业务事项 (caption line), each with a line "
        "`责任科室:药剂科 | 责任人:封立群` naming department and holder ABOVE the list, then 业务环节/风险描述/"
        "风险等次/防控措施/监督部门 (监督部门 is no holder); levels written 高(Ⅰ级)/中(Ⅱ级)/低(Ⅲ级)",
        [sh], t,
    )  # fmt: skip


def soe_own_types() -> dict:
    unit = "XX能源集团有限公司"
    sh = _Sheet("廉洁风险清单", [5, 12, 12, 18, 34, 8, 34, 12, 10])
    t = _Truth(unit)
    lv = {"重大": 1, "较大": 2, "一般": 3}
    sh.title(f"{unit}廉洁风险清单(2024年修订)", 9)
    sh.add("序号", "风险类别", "业务领域", "风险事项", "风险表现", "风险研判", "管控措施", "责任部门",
           "部门负责人")  # fmt: skip
    rows = [
        ("权力运行类", "“三重一大”决策", "临时动议决策重大事项", "重大事项未提前送达议题材料,会上临时提出并当场表决。",
         "重大", "议题提前三日送达,未经酝酿的议题不上会。", "综合办公室", "仇振宇"),
        ("权力运行类", "选人用人", "后备干部推荐暗箱操作", "推荐范围、条件不公开,个别领导圈定人选。",
         "重大", "推荐方案公开,民主推荐票数在一定范围通报。", "组织人事部", "阚晓燕"),
        ("权力运行类", "资源处置", "闲置资产低价转让", "资产评估结果偏低,不进场交易直接协议转让。",
         "重大", "资产处置一律进产权交易机构公开挂牌。", "资产财务部", "蒲建军"),
        ("制度机制类", "资金管理", "银行账户管理失控", "二级单位擅自开立银行账户,账外资金体外循环。",
         "较大", "账户开立报集团审批,年度全面清理。", "资产财务部", "蒲建军"),
        ("制度机制类", "合同管理", "合同先履行后签订", "业务部门为赶进度先行施工、供货,事后补签合同。",
         "较大", "合同管理系统设置前置审核,无合同不付款。", "法务合规部", "祁丽萍"),
        ("廉洁自律类", "业务往来", "接受承包商宴请", "在项目招标、结算期间接受承包商宴请和旅游安排。",
         "一般", "关键岗位人员签订廉洁承诺,节点前开展提醒谈话。", "工程管理部", "谷长林"),
        ("廉洁自律类", "兼职取酬", "违规在关联企业兼职", "未经批准在供应商或下属企业兼职并领取报酬。",
         "较大", "兼职事项事前报批,每年开展专项清理。", "组织人事部", "阚晓燕"),
    ]  # fmt: skip
    for i, (kind, area, point, desc, level, measures, dept, who) in enumerate(rows, 1):
        sh.add(i, kind, area, point, desc, level, measures, dept, who)
        t.point(sh.name, dept, "", who, None, point, types_in(kind), lv[level])
    sh.add()
    r = sh.add("风险研判分重大、较大、一般三档,由各部门自评、纪委审核确定。", *([None] * 8))
    sh.merge(r, 0, r, 8)
    return _layout(
        "soe_own_types", "https://www.renrendoc.com/paper/505597928.html",
        "国企 廉洁风险清单: 风险类别 in the unit's own words (权力运行类, 廉洁自律类 — no truth type, the reader "
        "should report them — beside 制度机制类), 业务领域, a short 风险事项 beside a long 风险表现, levels "
        "重大/较大/一般 under 风险研判, 管控措施, 责任部门 and 部门负责人 (the holder) last",
        [sh], t,
    )  # fmt: skip


def court_card_grid() -> dict:
    unit = "XX市人民法院"
    t = _Truth(unit)
    lv = {"Ⅰ级(高)": 1, "Ⅱ级(中)": 2, "Ⅲ级(低)": 3}
    people = [
        ("立案庭", "副庭长", "middle", "阎志诚", "高级", [
            ("立案审查", "对符合条件的起诉不予登记立案或拖延立案", "岗位职责", "Ⅱ级(中)",
             "实行当场登记立案,不能当场立案的出具书面凭证。"),
            ("诉讼费缓减免", "违规批准缓交、减交、免交诉讼费", "制度机制", "Ⅰ级(高)",
             "缓减免须提交证明材料,经庭长、分管院长两级审批。"),
            ("诉前调解", "向当事人推荐特定调解组织或律师", "思想道德", "Ⅲ级(低)",
             "调解组织名册公开,由当事人自行选择。"),
        ]),
        ("执行局", "执行法官", "general", "厉明", "高级", [
            ("查封扣押", "超标的查封或对应查封财产不予查封", "岗位职责", "Ⅰ级(高)",
             "查封财产价值评估留痕,超标的查封须说明理由。"),
            ("执行和解", "诱导申请人接受明显不公的和解方案", "思想道德", "Ⅱ级(中)",
             "和解协议须双方当面签署,合议庭审查。"),
            ("执行款发放", "无正当理由拖延发放执行款", "制度机制", "Ⅰ级(高)",
             "执行款到账即提示,超期未发放自动预警。"),
            ("终结执行", "以终本结案规避执行期限考核", "岗位职责", "Ⅱ级(中)",
             "终本案件由审管办逐案评查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, tier, name, grade, items in people:
        sh = _Sheet(name, [10, 14, 12, 30, 10, 30])
        sh.title(f"{unit}干警廉政风险岗位登记卡", 6)
        sh.add("姓  名", name, "所在部门", dept, "职  务", post)
        sh.add("岗位风险等级", grade, "政治面貌", "中共党员", "填卡日期", "2023年4月")
        sh.add("序号", "风险环节", "风险点", "风险类别", "风险等级", "防控办法")
        for i, (step, point, kind, level, measures) in enumerate(items, 1):
            sh.add(i, step, point, kind, level, measures)
            t.point(sh.name, dept, post, name, tier, point, types_in(kind), lv[level])
        r = sh.add("部门负责人意见:", None, None, "纪检监察室审核意见:", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        r = sh.add("年  月  日", None, None, "年  月  日", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        sheets.append(sh)
    return _layout(
        "court_card_grid", "https://hndffy.hncourt.gov.cn/public/detail.php?id=373",
        "法院 干警廉政风险岗位登记卡, one sheet per judge: header fields in a 2×3 grid of label/value pairs "
        "(姓名/所在部门/职务, then 岗位风险等级 高级 — a post grade, not a point level — /政治面貌/填卡日期), "
        "levels written Ⅰ级(高)/Ⅱ级(中)/Ⅲ级(低), types as bare 岗位职责/制度机制/思想道德, measures under "
        "防控办法; two review boxes side by side below",
        sheets, t,
    )  # fmt: skip


def street_post_cell_holder() -> dict:
    unit = "XX区XX街道办事处"
    sh = _Sheet("岗位风险", [6, 14, 14, 18, 32, 8, 32])
    t = _Truth(unit)
    lv = {"高级": 1, "中级": 2, "低级": 3}
    sh.title(f"{unit}岗位职权廉政风险排查表", 7)
    r = sh.add(
        "填报科室:党政办、经济发展办、城市管理办",
        None,
        None,
        None,
        "填报时间:2023年6月",
        None,
        None,
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("编号", "内设机构", "岗位及人员", "职权事项", "风险点", "风险定级", "防范措施")
    rows = [
        ("党政办", "主任 邝永胜", "middle", "公务接待审批", "无公函接待,超标准列支接待费", "中级",
         "接待实行一事一单,按月公示。"),
        ("党政办", "主任 邝永胜", "middle", "办公用品采购", "采购不比价,虚开发票套取资金", "中级",
         "采购三家比价,验收与采购分离。"),
        ("党政办", "科员 戚雨桐", "general", "印章使用管理", "未经审批擅自用印", "低级",
         "用印登记,审批单与登记簿核对。"),
        ("经济发展办", "主任 聂俊峰", "middle", "企业扶持资金初审", "虚报企业产值骗取扶持资金", "高级",
         "初审材料与税务数据比对,名单公示。"),
        ("经济发展办", "主任 聂俊峰", "middle", "安全生产检查", "检查中接受企业宴请,隐患不督促整改", "高级",
         "两人以上检查,隐患整改闭环销号。"),
        ("经济发展办", "统计员 柏慧", "general", "统计数据报送", "受人请托篡改统计数据", "中级",
         "数据报送复核签字,异常数据核查。"),
        ("城市管理办", "主任 蓝世杰", "middle", "违法建设查处", "对违法建设选择性拆除", "高级",
         "查处台账公开,拆除决定集体研究。"),
        ("城市管理办", "协管员 巫小军", "general", "占道经营管理", "收受摊贩好处,放任占道经营", "中级",
         "执法记录仪全程记录,定期轮换片区。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post_cell, tier, power, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post_cell, power, point, level, measures])
        post, who = post_cell.split(" ")
        t.point(sh.name, dept, post, who, tier, point, [], lv[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    r = sh.add("风险定级:高级、中级、低级(按职权涉及人财物程度确定)。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "street_post_cell_holder", "http://146.56.203.80:81/qzbm/detail/content/5f572854d9e5dc280d00000e.html",
        "街道 岗位职权廉政风险排查表: holder inside the post cell (`主任 邝永胜`, `科员 戚雨桐`, merged down), "
        "内设机构 merged down, 职权事项 before 风险点, levels 高级/中级/低级 under 风险定级, 防范措施; a "
        "填报科室/填报时间 line above the heading",
        [sh], t,
    )  # fmt: skip


def transport_two_halves() -> dict:
    unit = "XX县交通运输局"
    sh = _Sheet("风险防控表", [6, 14, 12, 10, 18, 34])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点及防控措施表", 6)
    rows = [
        ("运输管理股", "股长", "middle", "欧阳岚", "道路运输经营许可", "降低条件核发道路运输经营许可证",
         "高", "岗位职责风险", "许可条件清单化,审核结果网上公示。"),
        ("运输管理股", "科员", "general", "靳浩", "营运车辆年审", "未上线检测即办理年审", "中", "业务流程风险",
         "年审与检测系统数据对接,无检测不年审。"),
        ("公路建设股", "股长", "middle", "单伟", "农村公路项目计划", "项目计划向关系村组倾斜", "中", "外部环境风险",
         "项目库按评分排序,计划经局党组研究。"),
        ("公路建设股", "技术员", "general", "符春雷", "工程计量签认", "多签工程量或提前计量", "高", "岗位职责风险",
         "计量实行监理、业主、跟踪审计三方签认。"),
        ("路政执法大队", "大队长", "middle", "龚卫华", "超限运输处罚", "以罚代管,罚款不开票", "高", "业务流程风险",
         "非现场执法系统留痕,罚没款统一缴库。"),
        ("路政执法大队", "执法员", "general", "巴图", "路产损坏赔偿", "赔偿数额随意调整", "低", "岗位职责风险",
         "执行赔补偿标准,数额两人核定。"),
    ]  # fmt: skip
    sh.add("序号", "股室", "岗位", "责任人", "职权事项", "廉政风险点")
    for i, (dept, post, tier, who, power, point, level, kind, _) in enumerate(rows, 1):
        sh.add(i, dept, post, who, power, point)
        t.point(sh.name, dept, post, who, tier, point, types_in(kind), HML[level])
    sh.add()
    sh.title("(续上表)", 6)
    r = sh.add("序号", "风险等级", "风险类型", "防控措施", None, "监督责任人")
    sh.merge(r, 3, r, 4)
    for i, (*_, level, kind, measures) in enumerate(rows, 1):
        r = sh.add(i, level, kind, measures, None, "纪检组长")
        sh.merge(r, 3, r, 4)
    sh.add()
    sh.add("填表人:", None, "审核人:", None, "2024年3月", None)
    return _layout(
        "transport_two_halves", "http://xxgk.lczf.gov.cn/gzbm/lcjtysj/fdzdgknr/gzdt/202410/t20241025_2053017.shtml",
        "交通运输局 wide table printed in two halves one under the other: upper half 序号/股室/岗位/责任人/"
        "职权事项/廉政风险点, then `(续上表)` and a lower half 序号/风险等级/风险类型/防控措施 (merged over two "
        "columns)/监督责任人 joined by 序号 — levels and types only in the lower half; 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def town_notes_long() -> dict:
    unit = "XX旗XX镇"
    sh = _Sheet("风险点台账", [5, 12, 10, 56, 8, 36, 9])
    t = _Truth(unit)
    lv = {"1(高)": 1, "2(中)": 2, "3(低)": 3}
    sh.title(f"{unit}廉政风险评估预警台账", 7)
    sh.add("序号", "站所", "岗位", "廉政风险点及表现", "定级", "防控措施", "责任人")
    rows = [
        ("财政所", "所长", "middle", "景国庆",
         "在镇级财政资金拨付审核中,对项目资金拨付申请不按工程进度和合同约定审核,对手续不全、票据不合规的支出予以拨付,"
         "或利用拨付时间节点向项目单位索取好处,造成资金提前拨付、超付、重复拨付,给财政资金安全带来隐患。",
         "1(高)", "1.拨付前核对合同、进度报告和监理意见;2.大额拨付经镇党政联席会议研究;3.拨付情况每季度在镇村公开栏公示。"),
        ("财政所", "会计", "general", "霍小燕",
         "在惠农补贴资金发放过程中,对补贴对象、面积、标准审核把关不严,对村级上报的花名册不核实即录入系统,"
         "存在优亲厚友、虚报冒领、截留挪用补贴资金的可能,损害群众切身利益。",
         "2(中)", "1.补贴名册村级公示七天后再录入;2.补贴资金一律通过“一卡通”直接发放;3.随机抽取农户电话回访。"),
        None,
        ("农牧业服务站", "站长", "middle", "乌兰",
         "在草原生态保护补助奖励、牲畜良种补贴等项目的申报和验收中,对申报材料只作书面审查不作实地核查,"
         "对不符合条件的牧户出具合格意见,或与评估机构串通虚增禁牧面积,套取国家项目资金。",
         "1(高)", "1.实地核查实行两人以上并留存影像;2.验收结论由站务会集体研究;3.项目完成后由纪委随机抽查。"),
        ("农牧业服务站", "技术员", "general", "苏和",
         "在动物防疫和检疫工作中,对未按规定检疫的牲畜出具检疫证明,或在防疫物资发放时虚报数量、倒卖疫苗。",
         "3(低)", "1.检疫证明电子出证、全程可追溯;2.疫苗出入库台账每月核对。"),
        None,
        ("规划建设办", "主任", "middle", "郝永强",
         "在农村牧区住房建设审批、危房改造对象认定中,对申请人资格审查不严,向不符合条件的人员发放补助,"
         "或在施工队选择上向关系人推荐,收受好处费。",
         "2(中)", "1.危房改造对象经村民代表会议评议并公示;2.补助资金直接打卡到户;3.施工队伍由农户自主选择。"),
    ]  # fmt: skip
    notes = iter([
        "注:以上两项防控措施已纳入《镇财政资金管理办法》,自2023年4月起执行。",
        "说明:农牧业项目另建项目台账,本表只列廉政风险,不列资金数额。",
    ])  # fmt: skip
    n = 0
    for row in rows:
        if row is None:
            r = sh.add(next(notes), *([None] * 6))
            sh.merge(r, 0, r, 6)
            continue
        dept, post, tier, who, point, level, measures = row
        n += 1
        sh.add(n, dept, post, point, level, measures, who)
        t.point(sh.name, dept, post, who, tier, point, [], lv[level])
    sh.add()
    r = sh.add(
        "定级栏填1(高)、2(中)、3(低)。", None, None, "镇纪委(盖章)      2023年7月", None, None, None
    )
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 6)
    return _layout(
        "town_notes_long", "https://m.wenke99.com/p-4231926.html",
        "镇 廉政风险评估预警台账: one very long text per point under 廉政风险点及表现 (100+ characters), levels "
        "written 1(高)/2(中)/3(低) under 定级, holder 责任人 last; two note lines (注:…/说明:…) merged across the "
        "table BETWEEN data rows; a legend and a 盖章/date line below",
        [sh], t,
    )  # fmt: skip


def sci_dept_sheets_summary() -> dict:
    unit = "XX市科学技术局"
    t = _Truth(unit)
    lv = {"严重": 1, "较重": 2, "一般": 3}
    depts = [
        ("办公室", "于卫国", [
            ("办公室主任", "于卫国", "middle", "公务用车使用审批把关不严,公车私用", "岗位职责风险", "较重",
             "用车实行派车单制度,GPS轨迹月度核查。"),
            ("文秘", "湛秋", "general", "泄露尚未公开的项目评审信息", "思想道德风险", "较重",
             "涉密文件专柜保管,借阅登记。"),
            ("档案管理员", "柴宏", "general", "违规查阅、复制科技项目档案", "制度机制风险", "一般",
             "档案查阅实行审批登记。"),
        ]),
        ("计划财务科", "皮建新", [
            ("科长", "皮建新", "middle", "科技项目经费分配不按评审结果执行", "制度机制风险", "严重",
             "经费分配方案局党组会审定并公示。"),
            ("科长", "皮建新", "middle", "专项资金拨付向关系单位倾斜", "外部环境风险", "严重",
             "拨付进度与项目执行情况挂钩,季度通报。"),
            ("会计", "覃晓梅", "general", "报销凭证审核不严,虚列支出", "岗位职责风险", "较重",
             "报销三级审核,每月对账。"),
        ]),
        ("成果转化科", "雷振华", [
            ("科长", "雷振华", "middle", "科技成果登记审核流于形式", "岗位职责风险", "一般",
             "成果登记材料网上公示,接受异议。"),
            ("科员", "殷琪", "general", "高新技术企业推荐中收受企业好处", "外部环境风险", "严重",
             "推荐名单经专家评审,结果公示。"),
        ]),
    ]  # fmt: skip
    summary = _Sheet("汇总", [14, 10, 8, 8, 8, 12])
    summary.title(f"{unit}岗位廉政风险点汇总表", 6)
    summary.add("科室", "风险点数", "严重", "较重", "一般", "科室负责人")
    sheets = [summary]
    for dept, head, posts in depts:
        counts = {k: sum(1 for p in posts if p[5] == k) for k in lv}
        summary.add(dept, len(posts), counts["严重"], counts["较重"], counts["一般"], head)
        sh = _Sheet(dept, [12, 8, 34, 14, 8, 34])
        sh.title(f"{dept}岗位廉政风险防控表", 6)
        sh.add("岗位名称", "经办人", "风险事项", "风险性质", "风险程度", "管控措施")
        recs = []
        for post, who, tier, point, kind, level, measures in posts:
            recs.append([post, who, point, kind, level, measures])
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), lv[level])
        sh.records(recs, merge_cols=(0, 1))
        sh.add()
        sh.add("科室负责人:", head, None, "分管局领导:", None, None)
        sheets.append(sh)
    summary.add("合计", sum(len(p) for _, _, p in depts), None, None, None, None)
    return _layout(
        "sci_dept_sheets_summary", "https://pykj.puyang.gov.cn/pc/fwzx.asp?a=ztview&id=14014",
        "科技局 workbook: a 汇总 sheet first (科室, 风险点数 and counts per level, 科室负责人 names — no points), "
        "then one sheet per 科室 (the 科室 only in sheet name and title) with 岗位名称/经办人 (the holder) "
        "merged down, 风险事项, type under 风险性质, levels 严重/较重/一般 under 风险程度, 管控措施; a 科室负责人 "
        "sign line repeating a holder's name",
        sheets, t,
    )  # fmt: skip


def tax_hidden_helpers() -> dict:
    unit = "XX市地方税务局XX分局"
    sh = _Sheet("预警防控", [5, 12, 0, 12, 34, 0, 8, 34, 10])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控预警登记表", 9)
    sh.add(
        "序号",
        "科所",
        "科所代码",
        "工作岗位",
        "廉政风险",
        "分值",
        "预警级别",
        "控制措施",
        "岗位责任人",
    )
    rows = [
        ("征收管理科", "ZS01", "科长", "middle", "姜海波", "违规批准延期申报、延期缴纳税款", "高",
         "延期事项集体审议,审批结果报市局备案。"),
        ("征收管理科", "ZS01", "税收管理员", "general", "蔡明", "核定定额不实,人为调低定额", "高",
         "定额核定双人调查,定额调整公示。"),
        ("征收管理科", "ZS01", "税收管理员", "general", "蔡明", "未按规定催缴欠税,形成呆账", "中",
         "欠税台账每月清理,超期欠税预警。"),
        ("纳税服务科", "NF02", "窗口人员", "general", "任婷", "发票发售超量、超限", "中",
         "发票发售系统控量,异常发售复核。"),
        ("纳税服务科", "NF02", "窗口人员", "general", "任婷", "故意刁难纳税人,吃拿卡要", "低",
         "首问负责、限时办结,服务评价器实时评价。"),
        ("稽查局", "JC03", "检查员", "general", "阮国栋", "检查中隐瞒问题,以补代罚", "高",
         "检查对象随机选取,重大案件集体审理。"),
    ]  # fmt: skip
    score = {"高": 3, "中": 2, "低": 1}  # the helper column's own reversed score
    for i, (dept, code, post, tier, who, point, level, measures) in enumerate(rows, 1):
        sh.add(i, dept, code, post, point, score[level], level, measures, who)
        t.point(sh.name, dept, post, who, tier, point, [], HML[level])
    sh.add()
    r = sh.add("说明:预警级别分高、中、低三级,高级别风险每季度重点检查一次。", *([None] * 8))
    sh.merge(r, 0, r, 8)
    lay = _layout(
        "tax_hidden_helpers", "https://m.taodocs.com/p-1850843.html",
        "地税分局 廉政风险防控预警登记表 with two HIDDEN helper columns: 科所代码 (ZS01…) and 分值 (3/2/1, "
        "highest for the highest risk — reversed against Ⅰ/Ⅱ/Ⅲ); the visible level 高/中/低 under 预警级别, "
        "point under 廉政风险, 控制措施, holder under 岗位责任人; a 说明 line",
        [sh], t,
    )  # fmt: skip
    return _with(lay, sh.name, hidden=[2, 5])


def highway_landscape_review() -> dict:
    unit = "XX市公路管理处"
    t = _Truth(unit)
    lv = {"一类": 1, "二类": 2, "三类": 3}
    people = [
        ("养护科", "科长", "middle", "宁建波", [
            ("组织养护工程招标", "设置排他性条件,内定中标单位", "岗位职责风险", "一类",
             "招标文件经法规科审核,进入公共资源交易中心。"),
            ("养护工程验收", "验收不到现场,降低质量标准", "岗位职责风险", "二类",
             "验收邀请监理、审计共同参加,影像存档。"),
            ("养护材料采购", "接受供应商回扣", "外部环境风险", "一类",
             "材料采购集中招标,供应商评价公开。"),
            ("日常养护巡查", "巡查记录弄虚作假", "思想道德风险", "三类",
             "巡查轨迹定位,记录抽查。"),
        ]),
        ("路政科", "科员", "general", "邬晓东", [
            ("涉路施工许可", "为不符合条件的施工单位办理许可", "岗位职责风险", "二类",
             "许可事项网上办理,限时办结。"),
            ("路产赔偿", "私自减免路产赔偿费", "思想道德风险", "二类", "赔偿票据统一管理,缴款对账。"),
            ("违法建筑控制", "对公路建筑控制区违建不制止", "外部环境风险", "三类",
             "巡查发现违建当日上报,限期拆除。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, tier, name, items in people:
        sh = _Sheet(name, [5, 18, 30, 12, 8, 32, 2, 26])
        r = sh.add("一般岗位廉政风险防控登记表(横排)", *([None] * 7))
        sh.merge(r, 0, r, 7)
        r = sh.add(
            f"单位:{unit}", None, f"科室:{dept}", f"职务:{post}", None, f"姓名:{name}", None, None
        )
        sh.merge(r, 0, r, 1)
        sh.merge(r, 3, r, 4)
        sh.add(
            "序号", "工作职责", "风险点", "风险种类", "风险等次", "防控措施", None, "审 核 意 见"
        )
        boxes = ["科室负责人意见:", None, "年  月  日", "分管领导意见:", None, "年  月  日",
                 "领导小组意见:", None, "年  月  日"]  # fmt: skip
        data = [(i, *item) for i, item in enumerate(items, 1)]
        for k in range(max(len(data), len(boxes))):
            row = [None] * 8
            if k < len(data):
                i, duty, point, kind, level, measures = data[k]
                row[0:6] = [i, duty, point, kind, level, measures]
                t.point(sh.name, dept, post, name, tier, point, types_in(kind), lv[level])
            if k < len(boxes):
                row[7] = boxes[k]
            sh.add(*row)
        r = sh.add("注:风险等次按一类(高)、二类(中)、三类(低)填写。", *([None] * 7))
        sh.merge(r, 0, r, 5)
        sheets.append(sh)
    lay = _layout(
        "highway_landscape_review", "https://www.1mishu.com/article/huodongfangan/gongzuofangan/201208/742668.html",
        "公路管理处 landscape 登记表, one sheet per person: 单位/科室/职务/姓名 as label:value cells in one line, "
        "table 序号/工作职责/风险点/风险种类/风险等次/防控措施 with levels 一类/二类/三类 (legend below), and "
        "the three review boxes (意见 + 年 月 日) stacked in a column to the RIGHT of the table, level with "
        "the data rows and running past them",
        sheets, t,
    )  # fmt: skip
    for sh in sheets:
        _with(lay, sh.name, landscape=True)
    return lay


def power_selfeval_abc() -> dict:
    unit = "国网XX县供电公司XX供电所"
    sh = _Sheet("自评表", [5, 14, 34, 10, 8, 32, 12, 8])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险自评表", 8)
    sh.add("序号", "业务环节", "廉洁风险描述", "风险属性", "自评等级", "防范措施", "岗位", "人员")
    rows = [
        ("业扩报装", "为客户指定设计、施工单位,收取介绍费", "权力运行", "A", "客户经理", "尚志刚",
         "“三指定”专项检查,客户回访。"),
        ("业扩报装", "拖延办理报装,变相吃拿卡要", "作风纪律", "B", "客户经理", "尚志刚", "办电时限系统预警。"),
        ("抄表核算", "人为少抄、估抄电量", "廉洁自律", "B", "抄表员", "滕飞", "采集系统自动抄表,异常电量稽查。"),
        ("电费回收", "收取电费不入账、挪用电费", "廉洁自律", "A", "抄表员", "滕飞", "电费全部线上缴纳,日清日结。"),
        ("用电检查", "对窃电行为隐瞒不报,私了收钱", "权力运行", "A", "台区经理", "何勇", "窃电查处两人以上,全程记录。"),
        ("物资领用", "多领少用,变卖剩余物资", "作风纪律", "C", "台区经理", "何勇", "领退料对应登记,退料入库核对。"),
    ]  # fmt: skip
    for i, (step, point, kind, grade, post, who, measures) in enumerate(rows, 1):
        sh.add(i, step, point, kind, grade, measures, post, who)
        t.point(sh.name, "", post, who, "general", point, [], None)  # own types, A/B/C: none read
    sh.add()
    r = sh.add("自评等级:A—风险较大,B—风险一般,C—风险较小。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    r = sh.add("所长签字:", None, None, "公司纪委审核:", None, None, "年  月  日", None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    return _layout(
        "power_selfeval_abc", "http://f.tikuw.cn/f/item?id=1854058169173862",
        "供电所 岗位廉洁风险自评表: 业务环节, 廉洁风险描述 (the only risk column), the type column 风险属性 in the "
        "unit's words (权力运行/作风纪律/廉洁自律: truth types []), point levels A/B/C under 自评等级 (not read: "
        "level None), 防范措施, then 岗位 and 人员 (the holder) last; legend and sign line below",
        [sh], t,
    )  # fmt: skip


def univ_criteria_count() -> dict:
    unit = "XX大学"
    sh = _Sheet("风险点评估", [5, 12, 12, 30, 4, 4, 4, 4, 4, 6, 12, 30])
    t = _Truth(unit)
    lv = {"一级(高风险)": 1, "二级(中风险)": 2, "三级(低风险)": 3}
    sh.title(f"{unit}部门及岗位廉政风险点评估表", 12)
    r = sh.add("序号", "部门", "岗位", "廉政风险点", "符合界定标准(打√)", None, None, None, None,
               "符合项数", "风险级别判定", "防控措施")  # fmt: skip
    sh.add(None, None, None, None, "①", "②", "③", "④", "⑤", None, None, None)
    sh.merge(r, 4, r, 8)
    for c in (0, 1, 2, 3, 9, 10, 11):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("招生办公室", "主任", "特殊类型招生测试评分暗箱操作", (1, 1, 1, 0, 1), "严格执行测试专家随机抽取,全程录像。"),
        ("招生办公室", "录取工作人员", "违规调整录取专业", (1, 0, 1, 0, 0), "专业调整系统留痕,结果公示。"),
        ("基建处", "处长", "工程变更签证审批不严", (1, 1, 1, 1, 0), "变更实行分级审批,重大变更专家论证。"),
        ("基建处", "现场代表", "隐蔽工程验收签字走过场", (1, 0, 0, 1, 0), "隐蔽工程影像资料随签证归档。"),
        ("资产管理处", "采购专员", "询价采购只询关系供应商", (1, 1, 0, 0, 1), "询价对象从供应商库随机抽取。"),
        ("科研处", "经费管理员", "科研经费报销审核不严", (0, 0, 1, 0, 0), "报销凭证与预算科目逐项核对。"),
        ("后勤集团", "采购员", "食堂原材料验收以次充好", (1, 1, 1, 0, 0), "验收三方签字,留样备查。"),
    ]  # fmt: skip
    for i, (dept, post, point, marks, measures) in enumerate(rows, 1):
        n = sum(marks)
        level = "一级(高风险)" if n >= 3 else "二级(中风险)" if n == 2 else "三级(低风险)"
        sh.add(i, dept, post, point, *["√" if m else None for m in marks], n, level, measures)
        t.point(sh.name, dept, post, "", None, point, [], lv[level])
    sh.add()
    r = sh.add("界定标准:①掌控权力或公共资源;②权力较大、有自由裁量权;③需民主决策、加强监督;④可借助工作机会谋利;"
               "⑤发案较多、社会关注度高。具备三项及以上为一级,两项为二级,一项为三级。", *([None] * 11))  # fmt: skip
    sh.merge(r, 0, r, 11)
    return _layout(
        "univ_criteria_count", "https://77.wendadaohang.com/zd/YYN3Wv33q8qGpWYIGpp.html",
        "大学 部门及岗位廉政风险点评估表: two-row heading where 符合界定标准 spans five tick columns ①–⑤, then a "
        "count 符合项数 (3/2/1 — NOT the level, and reversed against it) before the level 一级(高风险)/二级(中风险)/"
        "三级(低风险) under 风险级别判定; posts with no names (对岗不对人); the criteria legend below",
        [sh], t,
    )  # fmt: skip


def tribunal_nodes() -> dict:
    unit = "XX区人民法院XX人民法庭"
    sh = _Sheet("风险节点", [14, 34, 8, 6, 34, 8])
    t = _Truth(unit)
    sh.title(f"{unit}民事审判廉政风险节点排查表", 6)
    r = sh.add("(按立案审查—送达—保全—开庭—定案—上诉移送排列)", *([None] * 5))
    sh.merge(r, 0, r, 5)
    sh.add("环节", "风险节点", "违规形态", "风险度", "防范对策", "承办人")
    rows = [
        ("立案审查", "立案前私自接触当事人,为其出谋划策", "故意", "高", "立案前接待在诉讼服务中心进行,全程录音录像。", "韩立军"),
        ("送达", "故意拖延送达,延误当事人举证", "故意", "中", "送达节点系统提示,超期自动预警。", "戴小红"),
        ("送达", "送达地址核实不清导致错误送达", "过失", "低", "送达地址确认书随案归档。", "戴小红"),
        ("诉讼保全", "超标的保全或不及时解除保全", "故意", "高", "保全裁定经庭长审核,解除保全限时办理。", "韩立军"),
        ("开庭审理", "庭审中偏向一方,限制另一方发言", "故意", "中", "庭审同步录音录像,随机抽查。", "韩立军"),
        ("定案", "合议流于形式,承办人一人说了算", "过失", "中", "合议笔录由合议庭成员逐一签字。", "苗青"),
        ("上诉移送", "上诉案卷移送不及时,遗失证据", "过失", "低", "移送清单双人核对,签收登记。", "苗青"),
    ]  # fmt: skip
    recs = []
    for step, point, form, level, measures, who in rows:
        recs.append([step, point, form, level, measures, who])
        t.point(sh.name, "", "", who, None, point, [], HML[level])
    sh.records(recs, merge_cols=(0,))
    sh.add()
    sh.add("庭长:", None, "廉政监督员:", None, "排查时间:2023年9月", None)
    return _layout(
        "tribunal_nodes", "http://sq148.cn/shownews.asp?id=3869",
        "人民法庭 民事审判廉政风险节点排查表: a bracketed process line under the title, 环节 merged down, the "
        "point under 风险节点, a column 违规形态 reading 故意/过失 (not a risk type: truth types []), levels "
        "高/中/低 under 风险度, 防范对策, holders under 承办人 last; 庭长/廉政监督员 sign line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hospital_holder_line(),
    soe_own_types(),
    court_card_grid(),
    street_post_cell_holder(),
    transport_two_halves(),
    town_notes_long(),
    sci_dept_sheets_summary(),
    tax_hidden_helpers(),
    highway_landscape_review(),
    power_selfeval_abc(),
    univ_criteria_count(),
    tribunal_nodes(),
]


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``layouts.write_xlsx`` plus this batch's sheet options: ``hidden`` columns, ``landscape``."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties(
        {"created": datetime(2023, 6, 1, 9, 0, 0), "author": "", "title": layout["name"]}
    )
    fmt = wb.add_format(
        {"text_wrap": True, "valign": "vcenter", "font_name": "宋体", "font_size": 10}
    )
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        hidden = set(sheet.get("hidden") or ())
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w or 8, None, {"hidden": c in hidden})
        if sheet.get("landscape"):
            ws.set_landscape()
            ws.fit_to_pages(1, 0)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                if isinstance(v, int | float):
                    ws.write_number(r, c, v, fmt)
                else:
                    ws.write_string(r, c, v, fmt)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "" if v is None else v, fmt)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch4-inbox"))
