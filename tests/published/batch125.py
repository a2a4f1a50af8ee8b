"""A hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县人力资源和社会保障局, a
县信访局, the 县委统战部, the 县文联, a 县环境卫生管理所, a 县急救中心, the 县科协, a 县水利工程管理处
and a 县商务局 — each handing back its 岗位廉政风险防控 一览表, 排查表 or 清单 the way its staff
ordinarily type it:

- the 人社局's 一览表 whose unit stands ALONE on the first line (``金坛县人力资源和社会保障局``) and
  the words ``岗位廉政风险防控一览表`` on the second; the 科室 column headed ``科（室、队）`` with the
  ``劳动保障监察大队`` among the 股; the leader's post ``党组书记、局长``, a ``四级主任科员``;
- the 统战部's 清单 with a ``职责内容`` column and the holder's name LAST, under ``责任人`` after the
  measures; its ``统战工作服务中心`` among the 科室;
- the 文联's 排查表 with NO 序号 column (``部室`` first), its title shortening the unit
  (``金坛县文联…``) under a ``填报单位：金坛县文学艺术界联合会（盖章）`` line, the 部室
  ``《金沙文艺》编辑部`` and ``书画院``, one risk column headed ``风险描述``, levels ``★★★/★★/★``;
- the 环卫所's 排查表 whose holders stand in the LAST column headed ``责任人（签字）`` (typed, not
  signed), 股（队） merged, ``高风险/中风险/低风险``;
- the 急救中心's 一览表 with the level BEFORE the point (``风险等级 | 风险点 | 风险类别``) and two
  town 急救站 (``枫渚急救站``, ``芦汀急救站``) among its 科室;
- the 科协's 清单 对岗不对人 under ``附件3`` and a ``填报单位 … 填报时间`` line, the 部室
  ``学会和青少部``, 一级/二级/三级, a ``说明：…`` line under it;
- the 水利工程管理处's 排查表 with no 科室 column: merged section rows ``一、处领导``, ``三、城东扬水站``
  give the 科室, a trailing ``监督责任人`` names the 分管 副处长 (or ``县水利局``);
- the 商务局's 责任清单: ``权力事项`` before the ``风险点``, then ``责任股室 | 责任岗位 | 责任人 |
  分管领导`` after the measures.

One is harder:

- ``petition_draft_and_final``: the 信访局's workbook keeps TWO sheets of the same table, the tab
  ``初稿`` (the first draft, sent back by the 纪委 with remarks) and the tab ``定稿`` (the final
  list): same title, same header, same year; the draft's wording, levels and one holder differ.
  Only the 定稿 is the answer.

Every unit is a body of an invented 金坛县 (its towns 枫渚 and 芦汀 invented too). Each layout
imitates the *shape* of such a table after a public page (its ``source``) that no earlier batch
cited; most pages describe their subject in prose (区县人社局 and its 劳动监察大队; a 县信访局's
职能; 统战部部长 and the 民族宗教 工作部门; a 文联's 机关, 协会, 编辑部 and 书画院; 清扫保洁 市场化;
急救中心, 急救分中心 and 急救站; a 县科协's 办公室, 科普部, 学会和青少部; a 县's 扬水站; 商务局 merged
from 招商局, 商业局, 外贸局) and the layout follows their words. The rows are worded by us, the
names invented.

Run ``python tests/published/score.py --set batch125`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a workbook's tab ``初稿`` beside a tab ``定稿`` of the same table is the superseded draft: no form,
  no point (as a sheet marked 作废 or last year's);
- the unit alone on the line above the title words is the unit;
- ``科（室、队）`` is the 科室 heading; ``劳动保障监察大队`` is a 科室 of the 人社局, ``统战工作服务中心``
  of the 统战部, ``《金沙文艺》编辑部`` and ``书画院`` of the 文联, the town 急救站 of the 急救中心,
  ``城东扬水站`` of the 水利工程管理处;
- ``党组书记、局长``, ``党组成员、副局长``, ``党组书记、常务副主席``, ``党组书记、主席`` are each ONE post;
- ``责任人（签字）`` with typed names is the holder column; ``监督责任人`` and ``分管领导`` name those who
  watch, not holders (``县水利局`` is no person);
- ``权力事项`` names the matter, ``风险点`` the point;
- 局长/副局长, 部长/副部长, 主席/副主席, 所长/副所长, 主任/副主任 of a 中心, 处长/副处长 are leaders;
  股长, 科长, 大队长, 中队长, 部长 of a 部, 办公室主任, 主编, 院长 of the 书画院, 站长 middle; the rest
  general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``; no LibreOffice re-saved copies are kept for this batch (prefix ``b125_``).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b125_"
PLACE = "金坛县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int, cols: tuple[int, ...]) -> None:
    """Merge the 科室 column ``dept`` over its runs, and ``cols`` (post, name …) per person."""
    key = lambda row: (row[dept], *(row[c] for c in cols))  # noqa: E731
    _merge_down(sh, first, [(dept, lambda row: row[dept]), *((c, key) for c in cols)])


# --------------------------------------------------------------------------- harder layout


def petition_draft_and_final() -> dict:
    unit = f"{PLACE}信访局"
    t = _Truth(unit)
    header = ("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    final = [
        ("局领导", "局长", "仉澹然", "重大信访事项处理意见不经局务会集体研究,个人拍板", "制度机制", "高",
         "重大信访事项处理意见提交局务会研究,会议纪要存档。", "leader"),
        ("局领导", "党组成员、副局长", "公冶敏行", "信访积案化解专项资金审核把关不严,向关系人倾斜", "岗位职责",
         "高", "专项资金使用方案集体研究,拨付对象和金额公示。", "leader"),
        ("办信科", "科长", "沃晴岚", "来信登记录入不及时,对反映领导干部问题的来信压信不报", "岗位职责", "高",
         "来信当日登记录入系统,涉及领导干部的来信按规定报局长阅批。", "middle"),
        ("办信科", "科员", "牟雨霁", "泄露举报人信息和信访材料", "思想道德", "中",
         "信访材料专柜保管,查阅登记,举报人信息严格保密。", "general"),
        ("接访科", "科长", "宦知微", "接访中对来访人诉求推诿敷衍,为关系人优先办理", "外部环境", "中",
         "接访实行首接负责、全程录音录像,办理顺序按登记先后。", "middle"),
        ("接访科", "科长", "宦知微", "接访登记信息录入不实,规避考核", "业务流程", "低",
         "接访登记与视频记录每月比对,发现不实通报整改。", "middle"),
        ("督查督办科", "科长", "戢鸣谦", "督查督办走过场,对办理不到位的信访事项出具满意意见", "岗位职责", "中",
         "督查意见经科室集体审核,随机回访信访人核实满意度。", "middle"),
        ("督查督办科", "一级科员", "昌松筠", "信访事项复查复核材料审核不严", "制度机制", "低",
         "复查复核材料两人审核,意见报分管领导审定。", "general"),
    ]  # fmt: skip
    draft = [
        final[0][:7],
        ("局领导", "党组成员、副局长", "公冶敏行", "信访救助资金审核不严", "岗位职责", "中",
         "救助资金集体研究。"),
        ("办信科", "科长", "沃晴岚", "来信登记不及时,压信不报", "岗位职责", "高", "来信及时登记。"),
        ("办信科", "科员", "扈清漪", "泄露举报人信息和信访材料", "思想道德", "中", "信访材料保密。"),
        ("接访科", "科长", "宦知微", "接访中对来访人诉求推诿敷衍,为关系人优先办理", "外部环境", "高",
         "接访首接负责。"),
        ("督查督办科", "科长", "戢鸣谦", "督查督办不到位", "岗位职责", "中", "加强督查。"),
    ]  # fmt: skip
    sheets = []
    for tab, rows in (("初稿", draft), ("定稿", final)):
        sh = _Sheet(tab, [6, 12, 16, 9, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险点一览表", 8)
        r = sh.add(f"填报单位:{unit}", None, None, None, None, "填报时间:2025年3月", None, None)
        sh.merge(r, 0, r, 4)
        sh.merge(r, 5, r, 7)
        sh.add(*header)
        first = len(sh.rows)
        for n, row in enumerate(rows, 1):
            dept, post, who, point, typ, lv, measures = row[:7]
            sh.add(n, dept, post, who, point, typ, lv, measures)
            if tab == "定稿":
                t.point(sh.name, dept, post, who, row[7], point, types_in(typ), HML[lv])
        _per_person(sh, first, 1, (2, 3))
        sh.add()
        sh.add("局长签字:", None, None, None, "填表人:", None, None, None)
        sheets.append(sh)
    return _layout(
        "petition_draft_and_final", "https://jcsm3g.com/html/Pages_184_25712.aspx.html",
        "(harder) 县信访局 岗位廉政风险点一览表 after the source's account of a 县信访局's 职能 (受理来信来电, 接待来访, "
        "交办、督办信访事项, 协调重要信访事项): the workbook keeps TWO sheets of the same table — the tab ``初稿`` (the "
        "first draft: six rows, shorter wording, one 中 where the final says 高 and the reverse, the 办信科 科员 "
        "``扈清漪`` since moved) and then the tab ``定稿`` (the final list: eight rows, the 科员 ``牟雨霁``) — each "
        "with the SAME title ``金坛县信访局岗位廉政风险点一览表``, ``填报单位:… | 填报时间:2025年3月`` line and header "
        "序号/科室 merged/岗位 and 姓名 merged per person (``党组成员、副局长``, ``一级科员``)/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; 局长签字/填表人 line. Only the 定稿 is the answer",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hrss_unit_line_above_title() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("Sheet1", [6, 16, 14, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, unit, 8)
    _line(sh, "岗位廉政风险防控一览表", 8)
    r = sh.add(None, None, None, None, None, "填报日期:2025年3月", None, None)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科（室、队）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "党组书记、局长", "濮阳书禾", "局机关建设项目、大额资金使用不经党组会集体研究", "制度机制", "高",
         "严格执行“三重一大”集体决策制度,会议纪要存档备查。", "leader"),
        ("局领导", "党组成员、副局长", "郤望川", "分管的职业技能培训补贴审核把关不严,默许培训机构虚报学员",
         "岗位职责", "高", "培训补贴实行人脸识别签到,补贴名单公示后拨付。", "leader"),
        ("就业促进股", "股长", "厍蕴之", "创业担保贷款申请审核不严,为不符合条件人员出具推荐意见", "岗位职责", "高",
         "申请材料初审、复审两级把关,推荐名单集体研究。", "middle"),
        ("就业促进股", "四级主任科员", "鞠遥岑", "公益性岗位人员认定把关不严,优亲厚友", "思想道德", "中",
         "认定对象经村(社区)、乡镇、股室三级审核并公示。", "general"),
        ("社会保险基金监督股", "股长", "阴若朴", "对冒领养老金线索核查不及时,瞒案不报", "岗位职责", "中",
         "疑点数据每月比对,核查结果登记销号。", "middle"),
        ("劳动保障监察大队", "大队长", "钟离沛", "对欠薪案件查处降格处理,收受企业好处", "外部环境", "高",
         "案件处理集体审议,处理结果告知投诉人。", "middle"),
        ("劳动保障监察大队", "大队长", "钟离沛", "行政处罚自由裁量随意,同案不同罚", "制度机制", "中",
         "严格执行处罚裁量基准,处罚决定法制审核。", "middle"),
        ("劳动保障监察大队", "监察员", "靳澄渟", "日常巡查走过场,向用人单位透露检查安排", "外部环境", "中",
         "巡查对象随机抽取,检查两人以上同行。", "general"),
        ("办公室", "会计", "逯芷汀", "报销审核不严,虚列会议、培训费用", "业务流程", "低",
         "报销凭证附会议通知、签到表,经办、审核、审批分离。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("单位负责人:", None, None, None, "填表人:", None, None, None)
    return _layout(
        "hrss_unit_line_above_title", "https://www.aivote.com/jxuzs/202507/421941.html",
        "县人社局 岗位廉政风险防控一览表 after the source's account of 劳动部门 (区县人力资源和社会保障局 落实政策, "
        "就业援助, 劳动监察; the 劳动监察大队 查处违反劳动法的行为; the 就业服务中心): the unit ALONE on the first "
        "merged line ``金坛县人力资源和社会保障局`` and ``岗位廉政风险防控一览表`` on the second, a ``填报日期:…`` cell, "
        "then 序号/``科（室、队）`` merged (局领导, 就业促进股, 社会保险基金监督股, 劳动保障监察大队, 办公室)/岗位 and 姓名 "
        "merged per person (``党组书记、局长``, ``党组成员、副局长``, ``四级主任科员``; the compound surnames ``濮阳``, "
        "``钟离``)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def united_front_holder_last() -> dict:
    unit = f"中共{PLACE}委统一战线工作部"
    sh = _Sheet("清单", [6, 14, 10, 20, 30, 12, 8, 30, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 9)
    sh.add(
        "序号", "科室", "岗位", "职责内容", "风险点", "风险类别", "风险等级", "防控措施", "责任人"
    )
    rows = [
        ("部领导", "常务副部长", "主持部机关日常工作", "部机关经费支出、评先评优不经部务会集体研究",
         "制度机制风险", "高", "经费支出和评先评优提交部务会研究,结果公示。", "贲照影", "leader"),
        ("部领导", "副部长", "分管民族宗教工作", "宗教活动场所设立审核中接受请托,降低审核标准", "岗位职责风险",
         "高", "设立审核实行实地核查、集体研究,审核意见书面存档。", "尉迟澈", "leader"),
        ("办公室", "主任", "负责文秘、财务、后勤", "公务接待、会议费超标准列支", "制度机制风险", "中",
         "接待、会议先审批后实施,费用按月公开。", "庾知夏", "middle"),
        ("办公室", "会计", "负责经费报销和资产管理", "报销凭证审核不严,虚列支出", "业务流程风险", "中",
         "报销实行经办、审核、审批分离,票据逐张核对。", "边芃芃", "general"),
        ("民族宗教事务科", "科长", "负责宗教事务管理", "宗教团体补助资金分配不公开", "岗位职责风险", "中",
         "补助资金分配方案集体研究,结果在宗教团体内公示。", "殳逸尘", "middle"),
        ("民族宗教事务科", "科长", "负责宗教事务管理", "宗教活动场所年度检查流于形式", "外部环境风险", "低",
         "年度检查两人以上实地进行,检查记录拍照存档。", "殳逸尘", "middle"),
        ("党派和经济工作科", "科长", "负责党外代表人士和非公有制经济人士工作",
         "推荐党外代表人士和非公经济人士政治安排中优亲厚友", "思想道德风险", "高",
         "推荐人选经考察、部务会研究,征求有关方面意见。", "伊墨涵", "middle"),
        ("统战工作服务中心", "主任", "负责新的社会阶层人士联络服务", "联谊活动经费虚报参加人数", "业务流程风险",
         "低", "活动签到、照片存档,经费据实报销。", "蒲晗旭", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, typ, lv, measures, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3, 8))
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, None, "2025年4月", None)
    return _layout(
        "united_front_holder_last",
        "http://mqwsgw.com/a/gaocengjujiao/a/gaocengjujiao/zhengcej/20150923/30765_7.html",
        "县委统战部 岗位廉政风险防控清单 after the source's article of the 统一战线工作条例 (市、县统战部部长由同级党委"
        "常委担任或者兼任; 民族、宗教工作部门主要负责人可以担任统战部副部长): 序号/科室 merged (部领导, 办公室, "
        "民族宗教事务科, 党派和经济工作科, 统战工作服务中心)/岗位/``职责内容``/风险点/风险类别 ``…风险``/风险等级 "
        "高/中/低/防控措施/``责任人`` — the holder's name LAST, after the measures; 岗位, 职责内容 and 责任人 merged per "
        "person (the compound surname ``尉迟``); 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def literary_federation_no_serial() -> dict:
    unit = f"{PLACE}文学艺术界联合会"
    sh = _Sheet("排查表", [16, 16, 9, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{PLACE}文联岗位廉政风险点排查表", 6)
    _line(sh, f"填报单位：{unit}（盖章）", 6)
    sh.add("部室", "岗位", "姓名", "风险描述", "风险等级", "防控措施")
    rows = [
        ("领导班子", "党组书记、主席", "澹台明霁", "文艺精品扶持资金分配不经党组会研究,向关系人倾斜", "★★★",
         "扶持项目评审专家随机抽取,分配方案党组会研究并公示。", "leader"),
        ("领导班子", "专职副主席", "寇闻笛", "文艺评奖评审专家由个人指定,评审结果不公示", "★★★",
         "评审专家库随机抽取,评审结果公示七天。", "leader"),
        ("办公室", "主任", "车若澜", "办公用品、活动物资采购不比价", "★★",
         "采购三家以上比价,验收两人签字。", "middle"),
        ("办公室", "主任", "车若澜", "公务用车使用登记不全,公车私用", "★", "用车审批登记,每月核对行车记录。",
         "middle"),
        ("《金沙文艺》编辑部", "主编", "厉白渚", "稿件采用收取作者好处费,刊发人情稿", "★★",
         "稿件三审制,用稿情况编委会集体研究。", "middle"),
        ("《金沙文艺》编辑部", "编辑", "嵇晚芍", "稿酬核算发放不实,虚列作者冒领稿酬", "★★",
         "稿酬按标准核算,通过银行转账直接支付作者。", "general"),
        ("书画院", "院长", "印墨池", "书画作品入藏不登记,私自处置馆藏作品", "★★★",
         "作品入藏、出借、展览逐件登记,每年盘点。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for dept, post, who, point, lv, measures, tier in rows:
        sh.add(dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, 0, (1, 2))
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("主席签字:", None, None, "填表日期:2025年4月", None, None)
    return _layout(
        "literary_federation_no_serial", "http://ahczwx.org/contents/68/7360.html",
        "县文联 岗位廉政风险点排查表 after the source's account of a 文联 (机关本级 办公室, 各文艺家协会, the 《醉翁亭"
        "文学》编辑部 and the 书画院 as 二级机构): the title shortens the unit (``金坛县文联岗位廉政风险点排查表``) over a "
        "merged line ``填报单位：金坛县文学艺术界联合会（盖章）``; NO 序号 column — ``部室`` first, merged (领导班子, "
        "办公室, ``《金沙文艺》编辑部``, 书画院)/岗位 and 姓名 merged per person (``党组书记、主席``; the compound surname "
        "``澹台``)/one risk column headed ``风险描述``/风险等级 ``★★★/★★/★``/防控措施; no type column; a ``注：★★★为"
        "高风险…`` line under it, then 主席签字/填表日期",
        [sh], t,
    )  # fmt: skip


def sanitation_signed_holder() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    sh = _Sheet("Sheet1", [6, 14, 10, 34, 14, 9, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控排查表", 8)
    sh.add(
        "序号", "股（队）", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人（签字）"
    )
    rows = [
        ("所领导", "所长", "宿临川", "道路清扫保洁服务外包招标设置倾向性条件", "制度机制风险", "高风险",
         "外包项目委托公共资源交易中心招标,招标文件法制审核。", "leader"),
        ("所领导", "所长", "宿临川", "环卫车辆、果壳箱等设备采购不经集体研究", "制度机制风险", "高风险",
         "设备采购计划所务会研究,按政府采购程序实施。", "leader"),
        ("所领导", "副所长", "郦秋禾", "保洁服务外包考核打分不实,考核结果与服务费拨付脱节", "岗位职责风险", "中风险",
         "考核细则公开,考核结果与服务费支付挂钩并公示。", "leader"),
        ("道路保洁股", "股长", "弓若渝", "保洁质量检查走过场,收受保洁公司好处", "外部环境风险", "高风险",
         "检查结果拍照上传平台,检查人员定期轮换。", "middle"),
        ("垃圾收运中队", "中队长", "晁云岫", "垃圾清运车辆油料、维修费用虚报", "业务流程风险", "中风险",
         "车辆定点加油、定点维修,油耗按月统计分析。", "middle"),
        ("垃圾收运中队", "驾驶员", "满星阑", "私自承接有偿清运,收入不上交", "思想道德风险", "低风险",
         "车辆安装定位系统,清运任务由中队统一派单。", "general"),
        ("公厕管理股", "股长", "咸青萝", "公厕保洁员考勤、工资发放虚报人数", "业务流程风险", "中风险",
         "保洁员实名考勤,工资通过银行代发并公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, (2, 7))
    sh.add()
    sh.add("所长:", None, None, "填表人:", None, None, "2025年3月", None)
    return _layout(
        "sanitation_signed_holder", "https://www.wendang.net/wd/385567.html",
        "县环境卫生管理所 廉政风险防控排查表 after the source's 环境卫生清扫保洁社会化管理市场化运作 实施方案 (选择专业"
        "保洁公司, 招标程序, 监管考核): 序号/``股（队）`` merged (所领导, 道路保洁股, 垃圾收运中队, 公厕管理股)/岗位/"
        "风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/``责任人（签字）`` — the holders' names "
        "TYPED in the last column, merged per person with the 岗位; 所长/填表人/date",
        [sh], t,
    )  # fmt: skip


def ambulance_level_before_point() -> dict:
    unit = f"{PLACE}急救中心"
    sh = _Sheet("一览表", [6, 14, 10, 9, 8, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室（站点）", "岗位", "姓名", "风险等级", "风险点", "风险类别", "防控措施")
    rows = [
        ("中心领导", "主任", "申屠琢玉", "高", "急救车辆、车载设备采购不经集体研究,指定品牌", "制度机制",
         "采购需求集体研究,按政府采购程序实施,验收三人以上。", "leader"),
        ("中心领导", "副主任", "索晏清", "中", "院前急救收费减免审批随意", "岗位职责",
         "减免对象和标准公开,减免审批实行双签。", "leader"),
        ("指挥调度科", "科长", "荀知白", "高", "调度派车不按就近原则,向民营转运机构透露呼救信息谋利", "外部环境",
         "派车由调度系统按就近原则自动推荐,呼救信息访问留痕。", "middle"),
        ("指挥调度科", "调度员", "敖漪澜", "中", "调度记录随意修改", "业务流程",
         "调度记录全程录音,修改须科长审批并留痕。", "general"),
        ("枫渚急救站", "站长", "戈渡舟", "高", "出车费用收取不开票,截留收费款", "制度机制",
         "出车收费使用统一票据,收费日清日结。", "middle"),
        ("枫渚急救站", "驾驶员", "於松涛", "低", "急救车辆私用,虚报加油里程", "思想道德",
         "车辆安装定位系统,里程与出车记录每月核对。", "general"),
        ("芦汀急救站", "站长", "居若萱", "中", "药品耗材领用登记不实,私自外流", "岗位职责",
         "药品耗材出入库登记,每月盘点。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, lv, point, typ, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, lv, point, typ, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("中心主任签字:", None, None, None, "填报日期:2025年3月", None, None, None)
    return _layout(
        "ambulance_level_before_point", "http://m31.bjzjxf.com/artcon/12717",
        "县急救中心 岗位廉政风险点一览表 after the source's terms of a 急救网络 (急救中心 with its 指挥调度, 急救分中心, "
        "急救站 with its 急救车): 序号/``科室（站点）`` merged (中心领导, 指挥调度科, and two town stations ``枫渚急救站``, "
        "``芦汀急救站``)/岗位 and 姓名 merged per person (the compound surname ``申屠``)/风险等级 高/中/低 BEFORE the "
        "point/风险点/风险类别 (short names)/防控措施; 中心主任签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def science_association_posts() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("Sheet1", [6, 14, 20, 36, 8, 36])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    r = sh.add(f"填报单位：{unit}（盖章）", None, None, None, "填报时间：2025年4月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "部室", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("领导班子", "党组书记、常务副主席", "科普经费、学会补助经费分配不经党组会研究", "一级",
         "经费分配方案党组会集体研究,分配结果公示。", "leader"),
        ("领导班子", "副主席", "优秀科技工作者推荐评选中优亲厚友", "二级",
         "推荐条件公开,评选结果公示。", "leader"),
        ("办公室", "主任", "科技馆、科普大篷车运行维护费用审核不严", "二级",
         "运行维护合同集体审定,费用凭工作量核定拨付。", "middle"),
        ("办公室", "会计", "科普活动经费报销凭证不全,虚列支出", "二级",
         "报销附活动方案、签到表和照片,逐笔审核。", "general"),
        ("科普部", "部长", "科普示范基地、科普e站评审验收把关不严", "一级",
         "评审验收实地核查,专家组打分,结果公示。", "middle"),
        ("学会和青少部", "部长", "学会年检、学会评星中接受学会宴请", "三级",
         "年检评星标准公开,严禁接受学会宴请。", "middle"),
        ("学会和青少部", "部长", "青少年科技创新大赛评审不公", "二级",
         "评委随机抽取,评审结果公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, (2,))
    _line(sh, "说明：本清单对岗不对人，岗位人员变动时风险点及防控措施随岗位移交。", 6)
    return _layout(
        "science_association_posts", "http://www.sznianjian.com/show.php?mlid=32540",
        "县科协 岗位廉政风险防控清单 对岗不对人 after the source's 年鉴 entry on a 县科协 (恢复独立建制, 内设办公室、科普部、"
        "学会和青少部, 行政编制5个; 全民科学素质): ``附件3`` above the title, a ``填报单位：…（盖章） | 填报时间：…`` line, "
        "序号/部室 merged (领导班子, 办公室, 科普部, ``学会和青少部``)/岗位 (``党组书记、常务副主席`` …; no names anywhere)/"
        "风险点/风险等级 一级/二级/三级/防控措施; no type column; a merged ``说明：本清单对岗不对人…`` line under it",
        [sh], t,
    )  # fmt: skip


def water_works_section_rows() -> dict:
    unit = f"{PLACE}水利工程管理处"
    sh = _Sheet("排查表", [6, 10, 9, 36, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监督责任人")
    deputy = "税明朗"
    sections = [
        ("一、处领导", "处领导", [
            ("处长", "双渡川", "水闸、泵站维修养护工程不经集体研究确定施工单位", "一级",
             "维修养护项目处务会集体研究,按规定比选施工单位。", "县水利局", "leader"),
            ("副处长", deputy, "工程量签证审核把关不严", "二级", "签证实行现场核量、两人签字、处长审定。",
             "县水利局", "leader"),
        ]),
        ("二、工程管理科", "工程管理科", [
            ("科长", "桑乔木", "维修养护项目验收走过场", "一级", "验收邀请监理、使用单位参加,验收资料存档。",
             deputy, "middle"),
            ("技术员", "禹清泠", "工程巡查记录弄虚作假", "三级", "巡查定位打卡,记录每月抽查。", deputy,
             "general"),
        ]),
        ("三、城东扬水站", "城东扬水站", [
            ("站长", "储泊舟", "扬水站抽水电费、运行台时虚报", "二级", "运行台时与电表读数每月核对。", deputy,
             "middle"),
            ("站长", "储泊舟", "机电设备配件更换旧件不回收", "三级", "更换配件以旧换新,旧件登记回收。", deputy,
             "middle"),
        ]),
        ("四、财务室", "财务室", [
            ("会计", "仰素笺", "水费收取不及时入账,坐支水费", "一级", "水费当日入账,收支两条线。", "双渡川",
             "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in sections:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, point, lv, measures, watcher, tier in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        key = lambda row: (row[1], row[2])  # noqa: E731
        _merge_down(sh, first, [(1, key), (2, key), (6, lambda row: row[6])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2025年3月", None)
    return _layout(
        "water_works_section_rows", "http://chinaqking.com/yc/2020/2294973.html",
        "县水利工程管理处 岗位廉政风险排查表 after the source's account of a 县's 扬水站 (县级扬水站, 装机容量, 管养"
        "现状: 维修养护, 运行费用): NO 科室 column — merged section rows ``一、处领导``, ``二、工程管理科``, "
        "``三、城东扬水站``, ``四、财务室`` give the 科室 of the rows under them; 序号 running on through the sections/"
        "岗位 and 姓名 merged per person/风险点/风险等级 一级/二级/三级/防控措施/``监督责任人`` (``县水利局`` for the "
        "处领导, the 副处长 ``税明朗`` for the 科 and 站 — himself a holder above —, the 处长 for the 财务室); no type "
        "column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def commerce_duty_list() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("责任清单", [6, 16, 30, 8, 30, 12, 8, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "权力事项",
        "风险点",
        "风险等级",
        "防控措施",
        "责任股室",
        "责任岗位",
        "责任人",
        "分管领导",
    )
    rows = [
        ("商贸流通专项资金申报审核", "对企业申报材料审核不严,为不符合条件企业申报资金", "高",
         "申报材料两人审核,拟申报名单局务会研究并公示。", "商贸流通股", "股长", "亢霁青", "宰予衡", "middle"),
        ("单用途商业预付卡备案", "备案审查走过场,对违规发卡企业不予处理", "中",
         "备案材料网上核验,违规企业处理结果公开。", "商贸流通股", "股长", "亢霁青", "宰予衡", "middle"),
        ("成品油零售经营资格审核", "现场核查不到位,收受加油站好处出具核查意见", "高",
         "现场核查两人以上,核查意见集体审核。", "市场运行股", "股长", "况南枝", "钦泊远", "middle"),
        ("报废机动车回收拆解企业监管", "日常检查走过场,对违规拆解行为降格处理", "中",
         "检查对象随机抽取,检查结果录入监管平台。", "市场运行股", "科员", "郇棠溪", "钦泊远", "general"),
        ("外贸企业出口信用保险补贴", "补贴资金审核不严,重复申报", "中", "补贴申报与保险公司数据比对。",
         "对外贸易股", "股长", "汝听澜", "宰予衡", "middle"),
        ("招商引资奖励兑现", "奖励兑现未按协议核实投资到位情况", "高",
         "兑现前由财政、税务联合核实投资到位,局务会研究。", "投资促进股", "股长", "寿嘉言", "钦泊远", "middle"),
        ("机关财务管理", "经费报销审核不严,公务卡消费不核对", "低", "公务卡消费逐笔核对,报销凭证三级审核。",
         "办公室", "会计", "靖素心", "宰予衡", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (matter, point, lv, measures, dept, post, who, leader, tier) in enumerate(rows, 1):
        sh.add(n, matter, point, lv, measures, dept, post, who, leader)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 5, (6, 7))
    sh.add()
    sh.add("填报人:", None, "审核人:", None, None, None, "2025年4月", None, None)
    return _layout(
        "commerce_duty_list", "http://gzhzw.com/zhaopinwenda/249776.html",
        "县商务局 廉政风险防控责任清单 after the source's account of a 商务局 (政府部门, 负责招商引资、内外贸易、商贸"
        "流通; 整合原招商局、商业局、外贸局): 序号/``权力事项``/风险点/风险等级 高/中/低/防控措施, then ``责任股室`` "
        "merged (商贸流通股, 市场运行股, 对外贸易股, 投资促进股, 办公室)/``责任岗位`` and ``责任人`` merged per person/"
        "``分管领导`` (two 副局长's names, each over several 股, no rows of their own); no type column; 填报人/审核人/"
        "date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    petition_draft_and_final(),
    hrss_unit_line_above_title(),
    united_front_holder_last(),
    literary_federation_no_serial(),
    sanitation_signed_holder(),
    ambulance_level_before_point(),
    science_association_posts(),
    water_works_section_rows(),
    commerce_duty_list(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch125-inbox"))
