"""The two-hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE 政法 AND LAW-ENFORCEMENT BODIES of one county, 石棉县 — its
公安局 (a 派出所), 司法局 with its 司法所, 人民检察院, 市场监督管理局 with its 市场监管所, 综合行政执法局,
交通运输局 with its 执法大队, 消防救援大队 and the 人民法院's 执行局 — each handing back its ordinary
一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows about 执法, 办案, 罚没 and
审批:

- a 司法局 一览表 whose 科室 column is headed ``股室（司法所）`` (局领导, 公共法律服务股, 法律援助中心, two
  司法所), 岗位 and 姓名 merged per person, ``一级/二级/三级``, no type column, a 局纪检组 sign-off;
- the 人民检察院's 一览表 with a short ``风险名称`` beside a long ``风险表现形式`` (the point is the short
  name), ``风险类别`` written ``…风险``, 高/中/低;
- the 市场监督管理局's 自查表 one sheet per person (tabs ``自查表1`` …), ``姓名 | … | 所在科室 | … | 职务 | …``
  in pairs above the table, the 市场监管所 as the 科室, ``自查人签名：`` below;
- the 综合行政执法局's 清单 cut by merged group rows ``一、局领导`` … ``三、违法建设治理中队`` (the 科室), 岗位
  and 责任人 merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 交通运输局's 一览表 of its 执法 posts (局领导, 综合行政执法大队, 执法大队一中队, 治超检测站) with a
  ``备注`` column, ``…风险`` types, 高/中/低;
- the 消防救援大队's 防控卡 one sheet per post, ``持卡人 | … | 职务 | …`` above, levels ``一级风险/二级风险/
  三级风险``, ``监督电话`` and ``持卡人签名：`` below;
- the 人民法院 执行局's 排查表 under a title naming the court and its 执行局, no 科室 column, a short
  ``工作环节`` before the ``风险点``, 高/中/低, no type column.

One is harder:

- ``police_station_post_subcolumns``: a 派出所's 执法办案环节 table, ONE ROW per 执法环节 (受案立案, 强制措施,
  涉案财物管理, 行政处罚), the heading ``廉政风险点`` merged over FOUR sub-columns named by the
  posts ``所长 | 法制员 | 办案民警 | 涉案财物管理员``, each post's risk at that 环节 written in its own
  sub-column and ``/`` where it has none; one 风险等级 and one 防控措施 for the row; no 岗位 or 姓名
  column (对岗不对人).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 公安分局's 涉案财物 管理 and its
“三字经”; a 县司法局's 司法所, 股(科)室, 法律援助 and 人民调解; a 市检察院's 司法办案廉政风险防控 细则 with its
检察官权力清单; a 县纪委监委 and the 市场监管部门 checking 夜市 食品安全 with 快检; a 县城市管理综合执法局
pulling down a 违建 market; a 交通运输综合执法大队's 中队 at a 治超 卡点; a 县消防救援大队's 廉政监督员; a
法院 执行局's 执行案款 发放审批) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented; every unit is a body of 石棉县 (towns
invented: 棉溪镇, 松岭乡).

Run ``python tests/published/score.py --set batch225`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table each post sub-column under ``廉政风险点`` is that post's form (person "", 对岗不对人),
  the 科室 the 派出所 the title names (the 公安局 the unit); a ``/`` is no point; the row's one level is
  the level of every point on the row; the 执法环节 is no point;
- a 派出所 of the 公安局, a 司法所 of the 司法局, a 市场监管所 of the 市场监督管理局, a 中队 of the 综合行政执法局,
  the 执法大队, its 中队 and the 治超检测站 of the 交通运输局 and the 执行局 of the 法院 are 科室 of their unit;
- ``风险名称 | 风险表现形式``: the point is the 风险名称; ``工作环节 | 风险点``: the point is the 风险点;
- a group row ``二、城区执法中队`` gives the 科室 of the rows under it;
- ``一级风险/二级风险/三级风险`` are levels 1/2/3; a ``备注`` is no point;
- ``消防站站长`` in a card's 职务 is the 科室 消防站 and the post 站长, as batch 75 took ``统计站站长`` (the truth
  first had the post ``消防站站长`` with no 科室, against that convention; corrected after the measurement, the
  layout unchanged); ``大队长`` of the 消防救援大队 is a post of the unit itself, no 科室;
- 局长/副局长, 检察长/副检察长, the 大队长 of the 消防救援大队 (the unit's head) are leaders; 股长, 所长 of a
  派出所/司法所/市场监管所, 主任 of a 中心 or 部 inside a body, 中队长, 大队长 of the 执法大队 inside the 局,
  站长, 执行局局长 middle; 检察官, 法制员, 民警, 执法队员, 执行员, 书记员, 法警 and the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b225_"
PLACE = "石棉县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def police_station_post_subcolumns() -> dict:
    unit = f"{PLACE}公安局"
    dept = "棉溪派出所"
    sh = _Sheet("执法办案", [6, 14, 26, 26, 26, 26, 9, 34])
    t = _Truth(unit)
    posts = [
        ("所长", "middle"),
        ("法制员", "general"),
        ("办案民警", "general"),
        ("涉案财物管理员", "general"),
    ]
    _line(sh, f"{unit}{dept}执法办案环节廉政风险防控表", 8)
    r = sh.add(
        f"填报单位：{unit}{dept}", None, None, None, None, "填报时间：2024年10月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    h1 = sh.add("序号", "执法环节", "廉政风险点", None, None, None, "风险等级", "防控措施")
    sh.add(None, None, *(p for p, _ in posts), None, None)
    sh.merge(h1, 2, h1, 5)
    for c in (0, 1, 6, 7):
        sh.merge(h1, c, h1 + 1, c)
    rows = [
        ("受案立案", ("违规审批立案、撤案,插手干预案件办理", NONE, "接报警后不受案、不立案,压案不查", NONE), "高",
         "警情、受案、立案全部录入执法办案系统,法制员每日比对警情与受案,所长审批留痕。"),
        ("强制措施", ("违规审批变更、解除强制措施", "对强制措施适用条件审核不严", "违规办理取保候审,收受当事人好处",
                      NONE), "高",
         "强制措施一律网上审批,取保候审保证金由县局统一收取,不经办案民警之手。"),
        ("涉案财物管理", ("违规批准调用、处置涉案财物", NONE, "扣押财物不登记、不入库,截留私分",
                          "涉案财物账物不符,私自借用、调换"), "高",
         "涉案财物24小时内移交保管室,管办分离,每月账物核对,县局警务督察不定期抽查。"),
        ("行政处罚", ("处罚决定审批把关不严,降格处理", "裁量基准把关不严,同案不同罚", NONE, NONE), "中",
         "严格执行行政处罚裁量基准,处罚决定书网上公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, points, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, *points, lv, measures)
        for (post, tier), point in zip(posts, points, strict=True):
            if point != NONE:
                t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    assert len(sh.rows) - first == len(rows)
    r = sh.add("注：风险点按岗位分别填写，本岗位在该环节无风险点的填“/”。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("所长签字：", None, None, "教导员签字：", None, "填表人：", None, None)
    return _layout(
        "police_station_post_subcolumns", "http://zqb.cyol.com/html/2012-01/19/nw.D110000zgqnb_20120119_2-11.htm",
        "(harder) 县公安局 派出所 执法办案环节廉政风险防控表, after the source's report on 公安机关 涉案财物 管理 (扣押, "
        "登记, 入库, 截留、挪用, 保管室, a 分局's “三字经”): title ``石棉县公安局棉溪派出所执法办案环节廉政风险防控表``, a "
        "``填报单位：… | 填报时间：…`` line, then a TWO-ROW header — 序号/执法环节/风险等级/防控措施 merged down, "
        "``廉政风险点`` merged across FOUR sub-columns named by the POSTS ``所长 | 法制员 | 办案民警 | 涉案财物管理员`` "
        "— ONE ROW A 执法环节 (受案立案, 强制措施, 涉案财物管理, 行政处罚), each post's risk at that 环节 in its own "
        "sub-column and ``/`` where it has none, one level 高/中/低 and one 防控措施 for the row; no 岗位 or 姓名 "
        "column (对岗不对人), no type column; a 注 on the ``/``, 所长签字/教导员签字/填表人 below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def justice_bureau_offices() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("一览表", [6, 16, 12, 9, 38, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室（司法所）", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "蓟晴岚", "法律援助案件指派律师不经集体研究,向关系律师事务所倾斜", "一级",
         "指派实行轮流指派,指派情况每季度在局务会通报。", "leader"),
        ("局领导", "副局长", "籍鸣远", "社区矫正对象请假外出、变更执行地审批把关不严", "一级",
         "请假外出和变更执行地一律经矫正小组评议,审批结果报县检察院备案。", "leader"),
        ("公共法律服务股", "股长", "佴书恒", "律师、基层法律服务工作者年度考核走过场,放任违规执业", "二级",
         "年度考核邀请律师协会参与,考核结果网上公示。", "middle"),
        ("法律援助中心", "主任", "璩暮笛", "经济困难条件审查不严,为不符合条件的人员提供法律援助", "二级",
         "受理审查两人以上签字,援助决定在中心公示栏公开。", "middle"),
        ("法律援助中心", "主任", "璩暮笛", "法律援助案件办案补贴虚报案件数量", "三级",
         "补贴按结案归档卷宗核发,财务股逐件复核。", "middle"),
        ("棉溪司法所", "所长", "乜听松", "社区矫正日常监管走过场,收受矫正对象及其家属财物", "一级",
         "矫正对象定位监管,走访记录上传系统,局社区矫正股每月抽查。", "middle"),
        ("棉溪司法所", "所长", "乜听松", "人民调解案件补贴虚报、套取", "二级", "调解卷宗与补贴名册逐件核对后发放。",
         "middle"),
        ("松岭司法所", "科员", "闵澄溪", "调解纠纷中偏袒一方当事人,违背当事人意愿达成协议", "三级",
         "调解全程记录,协议经双方签字确认并回访。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("局纪检组审核：", None, None, "填表人：", None, "2024年9月", None)
    return _layout(
        "justice_bureau_offices",
        "https://www.xiangchengxian.gov.cn/jrxc/001003/20160513/78134b23-b5aa-446b-ac58-cf5ceac7be3d.html",
        "县司法局 岗位廉政风险防控一览表 after the source's 县司法局 work (法制宣传, 司法所 矛盾纠纷排查, 人民调解, 股(科)室, "
        "律师, 法律援助): title, then 序号/``股室（司法所）`` merged (局领导, 公共法律服务股, 法律援助中心, 棉溪司法所, "
        "松岭司法所 — the 司法所 as 科室 of the 局)/岗位 and 姓名 merged per person/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; 局纪检组审核/填表人/date below",
        [sh], t,
    )  # fmt: skip


def procuratorate_name_and_form() -> dict:
    unit = f"{PLACE}人民检察院"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 16, 36, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}司法办案岗位廉政风险防控一览表", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "姓名",
        "风险名称",
        "风险表现形式",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("院领导", "检察长", "沃擎苍", "案件决定权滥用",
         "对重大案件不经检察委员会讨论即作出决定,为他人说情打招呼", "制度机制风险", "高",
         "重大案件一律提交检察委员会讨论,过问案件全面记录、季度报告。", "leader"),
        ("院领导", "副检察长", "敖砚冰", "审批把关不严",
         "对检察官提请的不起诉、撤回起诉等事项审批走过场", "岗位职责风险", "高",
         "审批事项在业务应用系统全程留痕,案件管理部门定期评查。", "leader"),
        ("第一检察部", "员额检察官", "揭望汐", "违规不批捕不起诉",
         "对符合条件的犯罪嫌疑人违规作出不批准逮捕、不起诉决定", "岗位职责风险", "高",
         "不捕不诉案件公开审查,结果报上级院备案。", "general"),
        ("第一检察部", "员额检察官", "揭望汐", "违规会见当事人",
         "私下会见案件当事人及其辩护人、代理人,接受宴请或财物", "外部环境风险", "中",
         "严格执行“三个规定”,会见律师在专门场所并记录。", "general"),
        ("第二检察部", "检察官助理", "谯映溪", "证据材料保管不善",
         "调取的证据材料遗失、泄露,或违规向案外人提供案件信息", "业务流程风险", "中",
         "证据材料专柜保管,调阅登记,办案信息分级授权查询。", "general"),
        ("综合业务部", "主任", "后予安", "涉案财物处理不规范",
         "对扣押、冻结的涉案财物不及时处理或违规返还", "制度机制风险", "中",
         "涉案财物统一登记入库,处理结果经检察长审批并公开。", "middle"),
        ("综合业务部", "主任", "后予安", "流程监控不到位",
         "对超期办案、违规办案等问题发现不报、不纠正", "思想道德风险", "低",
         "流程监控情况每月通报,问题线索移送检务督察。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, name, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, name, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    r = sh.add("注：本表经院党组会议审定，风险等级分高、中、低三级。", *([None] * 8))
    sh.merge(r, 0, r, 8)
    return _layout(
        "procuratorate_name_and_form", "https://zy-chien.com/wwwchengguan/info/1004/1532",
        "县人民检察院 司法办案岗位廉政风险防控一览表 after the source's 市检察院 司法办案廉政风险防控 细则 (检察官权力清单, "
        "职权事项, 案件流程监控, 捕诉一体): title, then 序号/部门 merged (院领导, 第一检察部, 第二检察部, 综合业务部)/岗位 and "
        "姓名 merged per person/a SHORT ``风险名称`` beside a long ``风险表现形式``/风险类别 ``…风险``/风险等级 高/中/低/"
        "防控措施; a ``注：`` line under the table",
        [sh], t,
    )  # fmt: skip


def market_bureau_self_checks() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    people = [
        ("笪临渊", "棉溪市场监管所", "所长", "middle", [
            ("食品经营许可现场核查走过场,为不符合条件的经营者发证", "岗位职责", "高",
             "现场核查两人以上并拍照上传,许可结果网上公开。"),
            ("对辖区夜市摊点违法经营选择性执法,以罚代管", "外部环境", "高",
             "执法全程记录,处罚案件经局法制审核,结果公示。"),
            ("罚没物品登记、处置不规范", "制度机制", "中", "罚没物品登记造册,处置经局务会研究并公开拍卖或销毁。"),
        ]),
        ("鞠晚萤", "食品安全监管股", "股长", "middle", [
            ("抽检前向经营者透露抽检时间和品种", "思想道德", "高", "抽检计划保密,抽检对象随机确定。"),
            ("食品快检结果不如实记录,不合格产品不追踪处置", "业务流程", "中",
             "快检结果当场出具并录入系统,不合格批次限时核查处置。"),
        ]),
        ("撖青岑", "综合执法大队", "执法队员", "general", [
            ("案件调查中接受当事人宴请,降低处罚标准", "外部环境", "高", "严守执法纪律,处罚案件集体讨论。"),
            ("投诉举报件压案不办、拖延处理", "岗位职责", "中", "12315投诉举报件限时办结,办理情况按月通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"自查表{k}", [6, 38, 12, 10, 38, 10])
        _line(sh, f"{unit}岗位廉政风险点自查表", 5)
        sh.add("姓名", who, "所在科室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签名：", None, "分管领导审核：", None, "年  月  日")
        sheets.append(sh)
    return _layout(
        "market_bureau_self_checks", "http://bfkb.v0375.cn/Html/2025-08-08/27404.html",
        "县市场监督管理局 岗位廉政风险点自查表, one sheet a person (tabs ``自查表1`` … ``自查表3``), after the source's 县纪委"
        "监委 and 市场监管部门 checking 夜市 食品安全 (进货查验, 抽检, 快检, 投诉举报): title, ONE row of pairs ``姓名 | "
        "笪临渊 | 所在科室 | 棉溪市场监管所 | 职务 | 所长`` above, then 序号/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; 自查人签名/分管领导审核/年 月 日 below",
        sheets, t,
    )  # fmt: skip


def enforcement_bureau_group_rows() -> dict:
    unit = f"{PLACE}综合行政执法局"
    sh = _Sheet("责任清单", [6, 12, 9, 38, 8, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "钭孟川", "违法建设强制拆除决定不经集体研究", "Ⅰ级", "强制拆除一律经局党组会研究,会同公安、规划等部门联合实施。",
             "leader"),
            ("副局长", "厍云帆", "对违建、占道查处说情打招呼,降格处理", "Ⅰ级", "过问案件登记报告,处罚案件法制审核。", "leader"),
        ]),
        ("二、城区执法中队", "城区执法中队", [
            ("中队长", "蒉野航", "占道经营查处选择性执法,收受摊贩好处", "Ⅱ级", "执法记录仪全程记录,中队交叉巡查。", "middle"),
            ("中队长", "蒉野航", "暂扣物品不登记、不按时返还", "Ⅱ级", "暂扣物品开具清单,统一入库,处理结果登记。", "middle"),
            ("执法队员", "冶春澜", "执法检查不出示证件,不按程序制作文书", "Ⅲ级", "亮证执法,文书由法制员逐案审核。", "general"),
        ]),
        ("三、违法建设治理中队", "违法建设治理中队", [
            ("中队长", "旷石溪", "违建巡查发现不报,放任违法建设", "Ⅰ级", "巡查轨迹定位,违建台账每周上报,局督查室抽查。", "middle"),
            ("执法队员", "逯听雨", "拆违现场物品清点不实,损坏当事人财物", "Ⅱ级", "拆除前公证人员在场清点,全程录像。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for label, dept, rows in groups:
        r = sh.add(label, *([None] * 5))
        sh.merge(r, 0, r, 5)
        first = len(sh.rows)
        for post, who, point, lv, measures, tier in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("局主要负责人（签字）：", None, None, "分管领导（签字）：", None, "2024年10月")
    return _layout(
        "enforcement_bureau_group_rows", "https://www.hnhx.gov.cn/portal/xwzx/bmdt/webinfo/2017/03/phone1619639134661020.htm",
        "县综合行政执法局 廉政风险防控责任清单 after the source's 县城市管理综合执法局 pulling down a 违建 market with 公安, "
        "规划 and the 镇: title, 序号/岗位/责任人/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, the rows cut by merged GROUP "
        "ROWS ``一、局领导``, ``二、城区执法中队``, ``三、违法建设治理中队`` (the 科室), 岗位 and 责任人 merged per person, "
        "序号 running across the groups; no 科室 and no type column; 局主要负责人/分管领导 签字 and date below",
        [sh], t,
    )  # fmt: skip


def transport_enforcement_remarks() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("执法岗位", [6, 16, 10, 10, 36, 14, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表（执法岗位）", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "副局长", "韶观澜", "对超限超载案件处理说情打招呼", "制度机制风险", "高",
         "过问案件登记报告,处罚案件集体讨论。", None, "leader"),
        ("综合行政执法大队", "大队长", "宓野渡", "重大行政处罚案件不经集体讨论决定", "制度机制风险", "高",
         "重大案件提交局案审会讨论,处罚决定网上公开。", "分管法制审核", "middle"),
        ("综合行政执法大队", "大队长", "宓野渡", "执法车辆、执法装备采购不比价", "业务流程风险", "低",
         "采购三家比价,验收两人签字。", "分管法制审核", "middle"),
        ("执法大队一中队", "中队长", "边望岫", "路面执法选择性查处,对关系车辆放行", "外部环境风险", "高",
         "执法记录仪全程记录,卡点视频存档备查。", None, "middle"),
        ("执法大队一中队", "执法队员", "公冶思远", "现场检查时收受驾驶员财物", "思想道德风险", "中",
         "两人以上执法,罚款通过非税系统缴纳,不收现金。", "2024年3月轮岗", "general"),
        ("执法大队一中队", "执法队员", "公冶思远", "非现场执法数据擅自删除、修改", "岗位职责风险", "中",
         "数据修改须经大队长审批并留痕。", "2024年3月轮岗", "general"),
        ("治超检测站", "站长", "戈远帆", "超限车辆卸载、复检数据弄虚作假", "岗位职责风险", "高",
         "称重数据自动上传,复检全程录像。", None, "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person), (8, person)])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "填报日期：2024年10月", None, None)
    return _layout(
        "transport_enforcement_remarks", "http://www.chunsuxfs.cn/html/2022-05-27/156_21217.html",
        "县交通运输局 岗位廉政风险点一览表（执法岗位） after the source's 交通运输综合执法大队 三中队 (治超卡点, 绕行货车, 与"
        "镇政府、治超站、交警联合夜查, 卸载复核): title, then 序号/部门 merged (局领导, 综合行政执法大队, 执法大队一中队, "
        "治超检测站)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/a ``备注`` "
        "(``分管法制审核``, ``2024年3月轮岗``) merged per person; 填报人/审核人/填报日期 below",
        [sh], t,
    )  # fmt: skip


def fire_brigade_cards() -> dict:
    unit = f"{PLACE}消防救援大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "巢砺锋", "leader", "主持大队全面工作", [
            ("消防行政处罚案件审批把关不严,降格处理", "一级风险", "处罚案件集体审议,法制员审核后报大队长审批。"),
            ("营房维修工程指定施工队伍", "一级风险", "工程项目按规定比选,纪检人员全程监督。"),
        ]),
        ("防火监督员", "钮予晴", "general", "负责辖区消防监督检查和火灾隐患督促整改", [
            ("消防安全检查中吃拿卡要,刁难检查对象", "一级风险", "检查双人实施,执法记录仪全程记录。"),
            ("火灾隐患整改复查不到位,出具虚假复查意见", "二级风险", "复查结果录入监督管理系统,大队随机抽查。"),
            ("向检查对象推销、指定消防产品或技术服务机构", "二级风险", "严禁指定品牌和机构,廉政监督员定期回访。"),
        ]),
        ("消防站站长", "伏澜生", "middle", "负责消防站执勤训练和日常管理", [
            ("执勤训练经费虚列支出", "二级风险", "经费支出凭计划和签到表报销,大队财务审核。"),
            ("灭火救援车辆加油费用虚报", "三级风险", "车辆加油定点刷卡,油耗按月统计公示。"),
        ]),
    ]  # fmt: skip
    # the 职务 as written; ``消防站站长`` is the 科室 消防站 and the post 站长 (as batch 75 took ``统计站站长``)
    split = {"消防站站长": ("消防站", "站长")}
    sheets = []
    for duty, who, tier, work, points in cards:
        dept, post = split.get(duty, ("", duty))
        sh = _Sheet(duty, [8, 38, 12, 38])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职务", duty)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], RISK_GRADES[lv])
        sh.add("监督电话：12388", None, "持卡人签名：", None)
        sheets.append(sh)
    return _layout(
        "fire_brigade_cards", "https://www.119.gov.cn/dj/dflz/2022/21017.shtml",
        "县消防救援大队 岗位廉政风险防控卡, one sheet a post (tabs 大队长, 防火监督员, 消防站站长), after the source's 县消防"
        "救援大队 聘请社会廉政监督员 (消防监督执法, 行政服务, 教导员): title, ``持卡人 | 巢砺锋 | 职务 | 大队长``, a merged "
        "``岗位职责`` line, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no 科室 column, no type column; "
        "``监督电话：12388 | 持卡人签名：`` below",
        sheets, t,
    )  # fmt: skip


def court_enforcement_steps() -> dict:
    unit = f"{PLACE}人民法院"
    dept = "执行局"
    sh = _Sheet("排查表", [6, 12, 9, 14, 38, 8, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "工作环节", "风险点", "风险等级", "防控措施")
    rows = [
        ("执行局局长", "蔚承砚", "案款发放审批", "执行案款发放审批把关不严,违规提前或超额发放", "高",
         "每笔案款发放经承办人、案款管理人、执行局长、分管院领导逐级审批。", "middle"),
        ("执行员", "邰北辰", "财产查控", "查控到财产后不及时冻结、扣划,为被执行人通风报信", "高",
         "财产查控通过网络查控系统进行,查控结果自动留痕。", "general"),
        ("执行员", "邰北辰", "评估拍卖", "指定关系评估、拍卖机构,收取好处", "高",
         "评估机构摇号选定,拍卖一律网络司法拍卖。", "general"),
        ("案款管理员", "酆若水", "案款管理", "案款不按一案一账管理,划入指定账户以外的账户", "高",
         "执行案款全部进入法院案款专户,一案一账号。", "general"),
        ("案款管理员", "酆若水", "案款发放", "案款到账后不及时通知、发放", "中", "案款到账后短信告知申请人,限期发放。",
         "general"),
        ("书记员", "濮晓禾", "文书送达", "执行文书送达不规范,虚假送达", "低", "送达全程记录,电子送达留存回执。",
         "general"),
        ("法警", "缑铁衣", "强制执行", "强制执行中接受当事人吃请,选择性采取措施", "中",
         "强制执行统一调度,执法记录仪全程记录。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, step, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, step, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填报人：", None, None, "执行局负责人：", None, "2024年11月", None)
    return _layout(
        "court_enforcement_steps",
        "http://www.alsfy.hbfy.gov.cn/DocManage/ViewDoc?docId=6cc9bc12-0187-4fdb-9d7f-e335254f45b2",
        "县人民法院 执行局 廉政风险点排查表 after the source's 法院 执行局 执行案款 规范化管理 (发放审批表, 承办人、案款管理人、"
        "执行局长、分管院领导, 一案一账): title ``石棉县人民法院执行局廉政风险点排查表`` (the 法院 and its 执行局), then "
        "序号/岗位 and 姓名 merged per person/a short ``工作环节`` (案款发放审批, 财产查控, …)/风险点/风险等级 高/中/低/"
        "防控措施; NO 科室 column, no type column; 填报人/执行局负责人/date below",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    police_station_post_subcolumns(),
    justice_bureau_offices(),
    procuratorate_name_and_form(),
    market_bureau_self_checks(),
    enforcement_bureau_group_rows(),
    transport_enforcement_remarks(),
    fire_brigade_cards(),
    court_enforcement_steps(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch225-inbox"))
