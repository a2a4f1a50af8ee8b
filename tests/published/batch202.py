"""A two-hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form a person (the 附件2/
附件3/附件4 of workbook_templates/, or an office's own 防控卡, 自查表, 登记表 or 承诺书) filled by the
staff of bodies no earlier batch used, with the habits of Excel and WPS: rows inserted, words of
their own, fields above or below the table. Every unit is a body of 忠县 (its 蓼汀镇 invented):

- a 柑橘产业发展中心 副主任's 附件2 with a ``说明：本人分管…`` line of her own typed under the table,
  ``…风险`` types, 一级/二级/三级, two rows she added under the printed ``“三重一大”方面`` row;
- a 库区移民后期扶持服务中心 扶持项目科's 附件3, ``科室 | … | 负责人 | … | 岗位风险等级 | …``, 岗位职责
  merged down, 高/中/低, the head's name typed again in the ``科室负责人签字：`` line under the table;
- a 镇 农业服务中心 农技员's 附件4 under ``单位(盖章):忠县蓼汀镇人民政府``, ``所在科室及职务 |
  农业服务中心农技员``, the 工作流程 column left empty throughout, levels ``一级风险/二级风险/三级风险``;
- a 儿童福利院's 防控卡, one a sheet named by the holder: ``持卡人 | … | 职务 | …`` with the second card's
  职务 ``养育部部长`` (科室 and post in one cell), a merged ``岗位职责`` line, ``持卡人签字`` under it;
- a 救助管理站 救助员's 自查表 whose holder, 科室 and post stand only in the filled line UNDER the table
  (``自查人（签名）： | … | 所在科室： | 救助科 | 岗位： | 救助员``), its risk column ``自查发现的风险``;
- a 消防救援大队 防火监督员's 廉洁从业承诺书: ``承诺人 | … | 单位 | … | 职务 | …`` above a pledge
  paragraph and a small table headed ``岗位廉政风险 | 风险类别 | 风险等级 | 防范措施``;
- a 特殊教育学校 教务处主任's 登记表 with the fields as a LABEL ROW over a VALUE ROW (``姓名 | 性别 |
  部门 | 职务 | 联系电话``), ``Ⅰ级/Ⅱ级/Ⅲ级``, and a row copied in with its 序号 (``3``) twice;
- a 渔业船舶检验站 验船师's 防控卡 whose 岗位职责 is one merged cell of numbered lines, with a
  ``备注`` column (``2024年新增``).

One is harder, a shape the README's 读得懂的表 section does not describe (its history notes a
``高☑　中□　低□`` level from batches 73–76, boxes after the words):

- ``tcm_hospital_tick_boxes``: a 中医院 药剂科 采购员's 自评表 filled in a WPS template whose 风险等级
  cells print all three levels with a box each, the holder TICKING one: ``☑高　□中　□低``,
  ``□高　☑中　□低``, ``□高　□中　☑低`` — the level is the ticked word, not the first.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县's 柑橘 industry and its 纪委's
监督; a 县's 水库移民后扶项目 (谋划, 会商预审, 三级督查, 管护); a 县 农业发展服务中心's 调研; a 儿童福利
机构 服务规范; 救助管理社会化 (救助点, 救助站); a 消防安全承诺书's parts (承诺人的基本信息: 姓名、职务、
所在部门); 特殊教育财政 (残疾学生资助, 送教上门); a 县's 渔船登船检验 (船检站, 检验合格证); a 中药饮片
验收管理规定) and the layout follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch202`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b202_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a level cell ``□高　☑中　□低`` is the level ticked (中), whatever the order of the words;
- a ``说明：本人分管…`` line under a 附件2 is no point; rows added under ``“三重一大”方面`` are points;
- 附件2 leader with 科室 ""; 附件3 middle with post ""; 附件4 general; ``所在科室及职务 | 农业服务中心农技员``
  is 科室 农业服务中心, post 农技员; a 镇's 农业服务中心 is a 科室 of the 镇 (unit ``忠县蓼汀镇``);
- ``职务 | 养育部部长`` on a card is 科室 养育部, post 部长; ``职务 | 副院长`` a post without a 科室;
- a 自查表's holder, 科室 and post come from the filled line under the table;
- a 承诺书's ``承诺人 | … | 单位 | … | 职务 | …`` row names the holder, the unit and the post (no 科室);
- a label row over a value row gives the holder, 科室 and post; ``联系电话`` and ``性别`` are none;
- a 岗位职责 cell of numbered lines and a ``备注`` (``2024年新增``) are no point;
- 副主任, 院长/副院长, 站长 of a unit are leaders; 科长, 部长, 教务处主任 and a 科室's 负责人 middle;
  农技员, 救助员, 防火监督员, 验船师 and 采购员 general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import _line, _merge_runs
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b202_"
PLACE = "忠县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ORDINAL_RISK = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
DATE = "年  月  日"
NOTE = "注:此表一式三份,于6月底前报县纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。"
GAP = "\u3000"
TICKED, BOX = "☑", "□"


def _reviews(sh: _Sheet, labels, ncols: int, filled=None) -> None:
    filled = filled or {}
    for label in labels:
        opinion, date = filled.get(label, (None, DATE))
        r = sh.add(label, opinion, *([None] * (ncols - 3)), date)
        sh.merge(r, 1, r, ncols - 2)


def ticks(level: str) -> str:
    """A WPS template's level cell with the holder's tick: ``□高　☑中　□低``."""
    return GAP.join((TICKED if w == level else BOX) + w for w in ("高", "中", "低"))


def ticked(cell: str) -> int:
    """The level a tick-box cell names."""
    return HML[cell[cell.index(TICKED) + 1]]


# --------------------------------------------------------------------------- harder layout


def tcm_hospital_tick_boxes() -> dict:
    unit = f"{PLACE}中医院"
    who, dept, post = "竺蘅汐", "药剂科", "采购员"
    sh = _Sheet("自评表", [6, 36, 10, 18, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自评表", 5)
    sh.add("科室", dept, "姓名", who, None)
    sh.add("岗位", post, "填表日期", "2024年6月", None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中药饮片采购时指定供货企业,收受回扣", "外部环境", "高",
         "饮片按县卫健委集中带量采购目录采购,供货企业经药事委员会集体确定。"),
        ("饮片验收把关不严,以次充好、以假充真", "岗位职责", "高",
         "验收两人以上,逐批核对检验报告,不合格饮片拒收并登记。"),
        ("采购计划不按库存和用量编制,造成积压过期", "业务流程", "中",
         "采购计划依据上月用量和库存编制,科主任审核。"),
        ("向临床科室透露药品用量统计,为药商统方", "思想道德", "中",
         "用量统计数据专人管理,查询留痕,严禁提供给药商。"),
        ("退货、报损药品处理不登记", "制度机制", "低", "退货、报损实行台账管理,每季度盘点核对。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, ticks(lv), measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字:", None, "科主任意见:", None, None)
    return _layout(
        "tcm_hospital_tick_boxes", "https://abg.baidu.com/tags/23infkos7pdkzupjzlk3txga5w46nnvi",
        "(harder) 县中医院 药剂科 采购员's 岗位廉政风险自评表 (tab 自评表), after the source's 中药饮片验收管理规定 (采购, "
        "验收, 检验报告, 不合格饮片): a title; pairs ``科室 | 药剂科 | 姓名 | 竺蘅汐`` and ``岗位 | 采购员 | 填表日期 | "
        "2024年6月``; 序号/风险点/风险类型 (short)/风险等级/防控措施 where each 风险等级 cell is the WPS template's "
        "three boxes with ONE TICKED — ``☑高　□中　□低``, ``□高　☑中　□低``, ``□高　□中　☑低`` (all three words in "
        "every cell, the tick deciding); 本人签字/科主任意见",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def citrus_center_annex2_note() -> dict:
    unit = f"{PLACE}柑橘产业发展中心"
    who, post = "庹栖棠", "副主任"
    sh = _Sheet("附件2", [6, 22, 34, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "二级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("分管科技推广", "柑橘良种苗木补贴对象审核把关不严,为关系户多报补贴面积", "岗位职责风险", "一级",
         "补贴面积实地丈量,补贴名单在村(社区)公示七天。"),
        (None, "无病毒苗木繁育基地认定中接受请托", "外部环境风险", "二级",
         "基地认定由专家组现场评审,评审结果集体研究。"),
        ("分管产业规划", "产业园建设项目申报材料审核不实,虚报建设内容", "制度机制风险", "二级",
         "项目申报材料联审,建设内容逐项核实并拍照存档。"),
        (None, "技术培训经费虚列培训人次", "业务流程风险", "三级", "培训签到表、照片存档,经费凭结算单据报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for duty, point, kind, level, measures in rows:
        n += 1
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    tail = [
        ("参与中心主任办公会决策", "重大项目安排不坚持集体研究,会前私下定调", "思想道德风险", "二级",
         "严格执行“三重一大”集体决策制度,个人意见记录在案。"),
        (None, "柑橘产业发展专项资金分配未经集体研究", "制度机制风险", "一级",
         "专项资金分配方案经主任办公会研究,报县农业农村委备案并公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, point, kind, level, measures in tail:
        n += 1
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "说明：本人分管科技推广科、产业规划科，联系晚熟柑橘示范基地建设。", 6)
    _reviews(sh, REVIEWS[1:], 6)
    _line(sh, NOTE, 6)
    return _layout(
        "citrus_center_annex2_note", "https://www2.cfsn.cn/front/web/site.shengnewshow?lmid=4&newsid=53560&sjid=18",
        "县柑橘产业发展中心 副主任's 附件2 (tab 附件2) after the source's report of a 县's 柑橘 industry (良种, 标准化栽培"
        "示范基地, 特色产业园) under its 纪检监察组's eye: ``姓名 | 庹栖棠 | 职务 | 副主任 | 岗位风险等级 | 二级``; 序号/分管"
        "工作 (merged down)/风险点/风险类型 ``…风险``/风险级别 一级/二级/三级/防控措施; the printed ``“三重一大”方面`` row "
        "with two rows under it; then a merged line of her own, ``说明：本人分管科技推广科、产业规划科，…``, two blank "
        "review boxes and 注",
        [sh], t,
    )  # fmt: skip


def resettlement_annex3_signed() -> dict:
    unit = f"{PLACE}库区移民后期扶持服务中心"
    who, dept = "谌绾舟", "扶持项目科"
    sh = _Sheet("Sheet1", [22, 18, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "一级")
    sh.add(*HEAD)
    rows = [
        ("后扶项目谋划和申报", "需求摸排→项目储备", "项目储备不经会商预审,把关系村的项目优先列入", "制度机制",
         "高", "项目储备经多部门会商预审,入库结果公示。"),
        (None, "实施方案编制", "实施方案虚增工程量,抬高项目概算", "岗位职责", "中",
         "实施方案委托第三方审查,概算经财政评审。"),
        ("项目实施督查", "现场核查", "督查走过场,对质量问题不责令整改", "岗位职责", "中",
         "县、乡镇、村三级督查,督查记录和整改台账存档。"),
        ("项目验收和资金报账", "完工验收→报账", "未完工或验收不合格即出具验收意见,提前报账", "业务流程", "高",
         "验收组由移民代表参加,报账凭验收报告和监理意见。"),
        ("项目资产管护", "资产移交", "项目资产确权移交不及时,造成资产流失", "制度机制", "低",
         "完工后三个月内确权至村集体,管护责任书存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), HML[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    r = sh.add(f"科室负责人签字：{who}", None, None, "填报日期：2024年6月12日", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "resettlement_annex3_signed", "http://www.hotube.cn/News/show/1683860.html",
        "县库区移民后期扶持服务中心 扶持项目科's 附件3 (tab Sheet1) after the source's account of a 县's 水库移民后扶项目 "
        "(精准谋划, 多部门会商预审, 县乡村三级督查, 完工验收和报账, 资产确权至村集体的管护): ``科室 | 扶持项目科 | 负责人 | "
        "谌绾舟 | 岗位风险等级 | 一级``; 岗位职责 (merged down)/工作流程 (arrows)/风险点/风险类型 (short)/风险级别 高/中/低/"
        "防控措施; under the table a filled line ``科室负责人签字：谌绾舟 | 填报日期：2024年6月12日`` (the head's name "
        "again), then three blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def town_farm_center_annex4() -> dict:
    unit = f"{PLACE}蓼汀镇"
    who, dept, post = "粟沁蘅", "农业服务中心", "农技员"
    sh = _Sheet("附件4", [22, 12, 36, 10, 10, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}人民政府", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "三级")
    sh.add(*HEAD)
    rows = [
        ("农业技术推广和培训", "农民技术培训人数、场次虚报,套取培训经费", "业务流程", "二级风险",
         "培训签到、影像资料存档,经费凭镇财政所审核报销。"),
        (None, "示范户遴选优亲厚友", "思想道德", "三级风险", "示范户条件公开,遴选结果在村务公开栏公示。"),
        ("惠农补贴面积核实", "耕地地力保护补贴面积核实不实,多报虚报", "岗位职责", "一级风险",
         "补贴面积与确权面积比对,村组公示无异议后上报。"),
        (None, "柑橘种植补助对象登记时收受好处", "外部环境", "二级风险", "补助对象入户核实,登记表由农户签字确认。"),
        ("农业防灾减灾", "灾情统计虚报损失,截留救灾物资", "制度机制", "二级风险",
         "灾情核查两人以上,救灾物资发放登记签收并公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, point, kind, level, measures in rows:
        sh.add(duty, None, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ORDINAL_RISK[level])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "town_farm_center_annex4", "http://www.handmsg.com/page/2020/0712/14047395.shtml",
        "镇 农业服务中心 农技员's 附件4 (tab 附件4) after the source's 调研 of county 农业发展服务中心s (种植业, 农机, 农经, 农田"
        "水利 的技术支持和服务保障; 乡镇 服务站): ``单位(盖章):忠县蓼汀镇人民政府``; ``姓名 | 粟沁蘅 | 所在科室及职务 | "
        "农业服务中心农技员 | 岗位风险等级 | 三级``; 岗位职责 merged down/工作流程 left EMPTY on every row/风险点/风险类型 "
        "(short)/风险级别 ``一级风险/二级风险/三级风险``/防控措施; three blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def child_welfare_home_cards() -> dict:
    unit = f"{PLACE}儿童福利院"
    t = _Truth(unit)
    cards = [
        ("璩晚汀", "", "副院长", "leader", "协助院长工作,分管养育、医疗康复和物资管理。", [
            ("儿童生活物资采购不比价,指定供应商", "制度机制", "高",
             "物资采购三家以上比价,院务会研究,结果公示。"),
            ("社会捐赠款物不登记入账,私自处置", "思想道德", "高",
             "捐赠款物统一登记,开具捐赠票据,使用情况每季度公开。"),
            ("康复设备验收走过场", "岗位职责", "中", "设备验收由使用部门、财务、纪检三方参加。"),
        ]),
        ("乜芸笙", "养育部", "部长", "middle", "负责院内儿童日常养育、护理员排班和考核。", [
            ("护理员考核打分不公,优亲厚友", "岗位职责", "中", "考核细则公开,考核结果集体评定并公示。"),
            ("儿童伙食费克扣挪用", "制度机制", "高", "伙食费单独核算,每周食谱和每月收支公开。"),
            ("家庭寄养家庭评估把关不严", "业务流程", "低", "寄养家庭入户评估两人以上,评估报告院务会审定。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duty, points in cards:
        sh = _Sheet(who, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "职务", f"{dept}{post}", "2024年度")
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "分管领导签字:", None, None)
        sheets.append(sh)
    return _layout(
        "child_welfare_home_cards", "https://www.gcdict.com/archives/21792",
        "县儿童福利院 岗位廉政风险防控卡, one a sheet named by the holder, after the source's 儿童福利机构 类家庭服务规范 "
        "(养育, 护理员, 康复, 家庭寄养, 生活物资): a title; ``持卡人 | 璩晚汀 | 职务 | 副院长 | 2024年度`` and on the "
        "second card ``职务 | 养育部部长`` (科室 and post in ONE cell); a merged ``岗位职责 | …`` line; 序号/风险点/风险类别 "
        "(short)/风险等级 高/中/低/防控措施; 持卡人签字/分管领导签字",
        sheets, t,
    )  # fmt: skip


def rescue_station_selfcheck_below() -> dict:
    unit = f"{PLACE}救助管理站"
    who, dept, post = "昝蔓汀", "救助科", "救助员"
    sh = _Sheet("自查表", [6, 14, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险自查表", 6)
    sh.add("序号", "工作环节", "自查发现的风险", "风险类型", "风险等级", "整改（防控）措施")
    rows = [
        ("街面巡查", "巡查记录不实,虚报主动救助人次", "业务流程", "中", "巡查全程记录仪留存,救助人次与系统比对。"),
        ("入站登记", "对不符合条件人员违规登记救助,或拒绝救助符合条件人员", "岗位职责", "高",
         "入站登记按规定甄别,甄别意见科长复核。"),
        ("救助物资发放", "乘车凭证、食品发放不登记,物资被挪用", "制度机制", "高",
         "物资发放登记、受助人签字,每月盘点。"),
        ("寻亲返乡", "护送返乡费用虚报", "业务流程", "中", "返乡费用凭票据实报销,护送两人以上。"),
        ("受助人员财物保管", "代管受助人员财物私自占用", "思想道德", "低", "财物代管清点登记,双人签字,离站时当面交还。"),
    ]  # fmt: skip
    for n, (step, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("自查人（签名）：", who, "所在科室：", dept, "岗位：", post)
    sh.add(None, None, None, None, "自查日期：", "2024年5月")
    return _layout(
        "rescue_station_selfcheck_below", "http://www.fsou.net/html/text/lar/170063/17006358_1.html",
        "县救助管理站 救助员's 工作人员廉政风险自查表 (tab 自查表) after the source's 救助管理社会化 plan (救助点, 街头巡查, "
        "主动救助, 护送): a title and NO field above; 序号/工作环节/``自查发现的风险``/风险类型 (short)/风险等级 高/中/低/"
        "``整改（防控）措施``; the holder, 科室 and post ONLY in the filled line UNDER the table — ``自查人（签名）： | 昝蔓汀 "
        "| 所在科室： | 救助科 | 岗位： | 救助员`` — and ``自查日期： | 2024年5月``",
        [sh], t,
    )  # fmt: skip


def fire_brigade_pledge_pairs() -> dict:
    unit = f"{PLACE}消防救援大队"
    who, post = "酆岱屿", "防火监督员"
    sh = _Sheet("承诺书", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, "廉洁从业承诺书", 5)
    sh.add("承诺人", who, "单位", unit, None)
    sh.add("职务", post, "承诺日期", "2024年3月1日", None)
    _line(
        sh,
        "本人郑重承诺：严格执行消防监督执法各项规定，不利用职务之便谋取私利，不接受检查对象宴请和礼品，"
        "自觉接受组织和群众监督。本人岗位廉政风险及防范措施如下：",
        5,
    )
    sh.add("序号", "岗位廉政风险", "风险类别", "风险等级", "防范措施")
    rows = [
        ("消防监督检查中对火灾隐患不依法责令整改,收受单位好处", "外部环境", "高",
         "检查两人以上,检查记录当场交被检查单位签字,隐患整改复查留痕。"),
        ("为关系单位消防验收、备案抽查提供便利", "岗位职责", "高", "抽查对象系统随机抽取,结果网上公示。"),
        ("向检查对象推荐消防产品或技术服务机构", "思想道德", "中", "严禁指定、推荐,投诉电话在执法文书上公开。"),
        ("行政处罚自由裁量不规范,同案不同罚", "制度机制", "中", "按裁量基准处罚,重大处罚集体讨论。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("承诺人签名：", None, None, "监督电话：12345", None)
    return _layout(
        "fire_brigade_pledge_pairs", "http://www.jikeyinliu.com/post/25870.html",
        "县消防救援大队 防火监督员's 廉洁从业承诺书 (tab 承诺书) after the source's account of a 承诺书's parts (承诺人的基本信息: "
        "姓名、职务、所在部门; 具体责任; 签名与日期): a title without the unit; pairs ``承诺人 | 酆岱屿 | 单位 | 忠县消防救援"
        "大队`` and ``职务 | 防火监督员 | 承诺日期 | 2024年3月1日``; a merged pledge paragraph; 序号/``岗位廉政风险``/风险类别 "
        "(short)/风险等级 高/中/低/``防范措施``; 承诺人签名 (blank)/监督电话",
        [sh], t,
    )  # fmt: skip


def special_school_register_rows() -> dict:
    unit = f"{PLACE}特殊教育学校"
    who, dept, post = "郜苡宁", "教务处", "主任"
    sh = _Sheet("登记表", [6, 34, 10, 12, 14, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控登记表", 6)
    sh.add("姓名", "性别", "部门", "职务", "联系电话", None)
    sh.add(who, "女", dept, post, "023-54251638", None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        (1, "送教上门教师工作量认定不实,虚报送教次数", "业务流程", "Ⅱ级",
         "送教记录由家长签字,送教照片每月上报存档。"),
        (2, "残疾学生资助对象认定不准,优亲厚友", "岗位职责", "Ⅰ级", "资助对象班级评议、学校审核、公示五天。"),
        (3, "康复教具采购中指定品牌", "外部环境", "Ⅱ级", "教具采购需求由教研组提出,学校集体研究。"),
        (3, "教师评优评先推荐不公开", "思想道德", "Ⅲ级", "评优条件和推荐结果公示,接受教职工监督。"),
        (4, "特殊教育专项经费用于非教学支出", "制度机制", "Ⅰ级", "专项经费单独核算,支出经校务会研究并公开。"),
    ]  # fmt: skip
    for n, point, typ, lv, measures in rows:
        sh.add(n, point, typ, lv, measures, None)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), ROMAN[lv])
    sh.add()
    sh.add("本人签字:", None, "校长审核:", None, "登记日期:", "2024年4月")
    return _layout(
        "special_school_register_rows", "https://ciefr.pku.edu.cn/cbw/kyjb/3d8a9af6d628489faf17569b78720a92.htm",
        "县特殊教育学校 教务处主任's 廉政风险防控登记表 (tab 登记表) after the source's study of 特殊教育财政 (特殊教育学校, "
        "随班就读, 残疾学生资助, 专项经费): a title; the fields as a LABEL ROW over a VALUE ROW (``姓名 | 性别 | 部门 | 职务 | "
        "联系电话`` over ``郜苡宁 | 女 | 教务处 | 主任 | 023-…``); 序号/风险点/风险类型 (short)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/备注 (empty); a row copied in with the 序号 of the one above (1, 2, 3, 3, 4); 本人签字/校长审核/登记日期",
        [sh], t,
    )  # fmt: skip


def fishing_boat_inspection_card() -> dict:
    unit = f"{PLACE}渔业船舶检验站"
    who, post = "佴沧屿", "验船师"
    sh = _Sheet("防控卡", [6, 36, 10, 10, 36, 12])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 6)
    sh.add("单位", unit, "岗位名称", post, "持卡人", who)
    duties = "1.负责辖区渔业船舶建造、营运检验;\n2.负责检验证书签发和检验档案管理;\n3.参与渔船安全隐患排查。"
    r = sh.add("岗位职责", duties, None, None, None, None)
    sh.merge(r, 1, r, 5)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("登船检验不到现场,凭资料出具检验合格证", "岗位职责", "高", "登船检验拍照定位上传,检验记录由船东签字。", None),
        ("对救生设备配备不足的渔船降低标准发证", "外部环境", "高", "发证前复核救生设备清单,发证情况每月抽查。", None),
        ("检验收费不开票或超标准收费", "制度机制", "中", "收费标准公示,统一开具票据,票款分离。", None),
        ("检验档案涂改、补造", "业务流程", "低", "检验档案电子化管理,修改留痕。", "2024年新增"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, note)
        t.point(sh.name, "", post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("持卡人签字:", None, None, "站长签字:", None, None)
    return _layout(
        "fishing_boat_inspection_card", "http://snnc-people.com.cn/plus/view.php?aid=92282&shiid=&chb=6",
        "县渔业船舶检验站 验船师's 岗位廉政风险防控卡 (tab 防控卡) after the source's report of a 县's 渔船年度登船检验 (船检站, "
        "持证情况, 救生设备, 检验合格证): a title without the unit; ``单位 | 忠县渔业船舶检验站 | 岗位名称 | 验船师 | 持卡人 | "
        "佴沧屿``; a merged ``岗位职责`` cell of three numbered lines; 序号/风险点/风险类型 (short)/风险等级 高/中/低/"
        "防控措施/``备注`` (``2024年新增`` on the last row); 持卡人签字/站长签字",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tcm_hospital_tick_boxes(),
    citrus_center_annex2_note(),
    resettlement_annex3_signed(),
    town_farm_center_annex4(),
    child_welfare_home_cards(),
    rescue_station_selfcheck_below(),
    fire_brigade_pledge_pairs(),
    special_school_register_rows(),
    fishing_boat_inspection_card(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch202-inbox"))
