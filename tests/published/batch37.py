"""A thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE — the plain 岗位廉政风险防控一览表 /
风险点排查表 that a county or district body puts on its website or hands back, as a random
sample gives it, each office wording and arranging the same few columns its own way. Eight are
EVERYDAY:

- a 县民族宗教事务局 风险等级目录 table: the rows grouped under ``一、高级风险事项（4项）``-style
  lines (the level is also in its own column), a short 风险事项 beside a 风险点 of ``1、…2、…``,
  预防措施, and the office in a trailing ``管理责任部门`` column; no post, no names;
- a 县档案局 排查表: 股室 merged down (``局领导`` first), 岗位/姓名 merged per person, one
  风险类型 per point, 高/中/低, a 填表人/审核人 line below;
- a 县林业局 一览表: 单位 (股, 林业站, 木材检查站) merged down, 工作事项, 风险点, 一级/二级/三级,
  防控措施 and the holder's name in a trailing 责任人 column; no post column;
- a 县招商和投资促进中心 排查表 对岗不对人: 工作环节 merged down, 岗位 merged (one post over two
  环节), 风险点, 高/中/低, 防控措施; no 科室 and no names;
- a 县妇女联合会 排查表 with no 科室 column (a small office): 岗位/姓名 merged per person, 风险类型,
  风险等级, 防控措施;
- a 县科学技术局 一览表: 股室, a short 廉政风险点 beside a long 主要表现形式, 风险等级, 防控措施,
  then ``股室负责人`` (the holder) and ``分管领导`` (names merged over the 股室 he oversees);
- a 县人民防空办公室 排查表 whose 风险等级 is three tick columns (``高 | 中 | 低`` under one
  merged heading, a ``√`` in one of them), 科室/岗位/姓名 merged;
- a 县粮食和物资储备局 一览表 对岗不对人 with the 科室 written on every row (not merged), 权责事项,
  岗位, 风险点, 风险类型, 风险等级, 防控措施.

One is harder:

- ``supply_coop_unit_line_two_sheets``: a 县供销合作社联合社 排查表 whose title names no unit (the
  unit only in the ``填报单位：…（盖章）`` line above the heading), with a 分管领导 column of names
  merged over the rows each oversees beside 姓名, and the rows of its 基层社, 公司 and 市场 typed on
  into a second sheet with no title and no heading.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch cited: a
民宗局's 廉政风险等级目录 laid out by level with 风险点/风险等级/预防措施/管理责任部门 under each
item, and pages describing their subject in prose (a 县档案局's 廉政风险防控 summary, a county's
林政 meeting, a 县招商和投资促进中心's 政策兑付 news, a 妇联's 母亲水窖 project check, a 县科技局's
科研项目 rules, a 县人防办's 人防专项资金 news, a 县粮食局's 储备粮 check, a 供销总社's 廉政风险防控
实施意见) whose words the layout follows for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented.

Run ``python tests/published/score.py --set batch37`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b37_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a line ``一、高级风险事项（4项）`` above rows that have their own level column only groups them:
  it names no 科室 and no point; the ``管理责任部门`` of a row is its 科室; with no post and no name
  column a row's form is its 科室 (title "", person "");
- a 责任人 or ``股室负责人`` column of names is the holder; with no post column the title is "";
- a ``分管领导`` column of names beside a holder column (姓名 or 股室负责人) watches, holds nothing;
- a ``√`` under 高, 中 or 低 is that level;
- the unit named only in a ``填报单位：`` line is the unit; rows typed on into the next sheet with no
  title and no heading continue the table above (its columns, its unit), and their forms are on
  that sheet;
- 填表人/审核人/填报时间 lines, the 目录's count line and group lines are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b37_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
TICK = "√"
TIER = {"局长": "leader", "副局长": "leader", "主席": "leader", "副主席": "leader",
        "主任": "middle", "股长": "middle", "科长": "middle", "站长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, cols_groups: list[tuple[int, ...]]) -> None:
    """Merge down each run of equal values in each group of columns (a group = one key); the
    runs are all found before any is merged."""
    last = len(sh.rows) - 1
    spans = []
    for cols in cols_groups:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in cols)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in cols) == key:
                e += 1
            if e > r and all(v is not None for v in key):
                spans.append((r, e, cols))
            r = e + 1
    for r, e, cols in spans:
        for c in cols:
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


# --------------------------------------------------------------------------- harder layout


def supply_coop_unit_line_two_sheets() -> dict:
    unit = "XX县供销合作社联合社"
    head = ("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "分管领导")
    widths = [5, 14, 10, 8, 34, 8, 34, 9]
    sh = _Sheet("排查表", widths)
    sh2 = _Sheet("Sheet2", widths)
    t = _Truth(unit)
    sh.title("岗位廉政风险点排查表", 8)
    sh.add(f"填报单位：{unit}（盖章）", None, None, None, "填报时间：2024年4月", None, None, None)
    sh.add(*head)
    first = [
        ("办公室", "主任", "冉晓东", "公务接待超标准，接待清单与实际不符", "中",
         "先审批后接待，接待清单按月公示。", "龚德华"),
        ("财务审计科", "科长", "阮秀琴", "对基层社财务审计走过场，隐瞒资金问题", "高",
         "审计报告理事会审议，问题整改跟踪销号。", "龚德华"),
        ("业务发展科", "科长", "邝志强", "农资储备项目申报中为关系企业打招呼", "高",
         "项目申报条件公开，评审结果公示。", "卜红霞"),
        ("业务发展科", "科长", "邝志强", "项目补助资金不按进度拨付，提前拨付", "中",
         "资金按验收节点拨付，财务复核。", "卜红霞"),
        ("资产管理科", "科员", "应婷", "社有资产出租不公开竞价，低价租给熟人", "中",
         "资产出租进入产权交易平台，合同集体审定。", "卜红霞"),
    ]  # fmt: skip
    second = [
        ("城关基层社", "主任", "解振东", "农资购销中收受供货商回扣", "高",
         "供货商比选三家以上，购销台账每月核对。", "龚德华"),
        ("城关基层社", "主任", "解振东", "社员股金、盈余分配不公开", "中",
         "股金和分配方案在社务公开栏公示。", "龚德华"),
        ("农资公司", "仓库保管员", "符佳琪", "化肥、农药出入库不登记，账实不符", "低",
         "出入库单据连号管理，每月盘点。", "龚德华"),
        ("农贸市场", "收费员", "温建国", "摊位费收取不开票，截留收费款", "中",
         "收费统一开票，日清日结。", "龚德华"),
    ]  # fmt: skip
    top = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, leader) in enumerate(first, 1):
        sh.add(n, dept, post, who, point, lv, measures, leader)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_runs(sh, top, [(1,), (2, 3), (7,)])
    for n, (dept, post, who, point, lv, measures, leader) in enumerate(second, len(first) + 1):
        sh2.add(n, dept, post, who, point, lv, measures, leader)
        t.point(sh2.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_runs(sh2, 0, [(1,), (2, 3), (7,)])
    sh2.add()
    sh2.add("填表人：", None, None, "审核人：", None, None, None, None)
    return _layout(
        "supply_coop_unit_line_two_sheets",
        "http://www.shangyu.gov.cn/art/2011/8/24/art_1229216338_1164241.html",
        "(harder) 县供销合作社联合社 岗位廉政风险点排查表 after the source's 实施意见 of a 供销总社 on 廉政风险防控 "
        "(机关各科室、各基层社、公司、市场; 岗位职责, 业务流程, 制度机制, 外部环境): the title names no unit, the "
        "unit only in ``填报单位：XX县供销合作社联合社（盖章）``; 科室 merged, 岗位/姓名 merged per person, "
        "高/中/低, a 分管领导 column of names merged over the rows each oversees (watchers; 卜红霞 over "
        "业务发展科 and 资产管理科); the 基层社, 公司 and 市场 rows typed on into ``Sheet2`` (numbers 6–9) with "
        "no title and no heading; 填表人 line",
        [sh, sh2], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def ethnic_affairs_level_groups() -> dict:
    unit = "XX县民族宗教事务局"
    sh = _Sheet("风险目录", [5, 16, 40, 8, 40, 12])
    t = _Truth(unit)
    sh.title(f"{unit}机关廉政风险等级目录及防范措施", 6)
    sh.title("局机关廉政风险事项共9项，其中高级风险4项，中级风险3项，低级风险2项。", 6)
    sh.add("序号", "风险事项", "风险点", "风险等级", "预防措施", "管理责任部门")
    groups = [
        ("一、高级风险事项（4项）", [
            ("办公设备及耗材采购", "1、采购中收受供应商回扣；\n2、以次充好、虚报采购数量。", "高",
             "1、按政府采购规定统一采购；\n2、采购与验收分离，验收双人签字。", "办公室"),
            ("财务管理", "1、报账手续不全、原始票据不合规；\n2、大额资金未经集体研究即使用。", "高",
             "1、严格执行局机关财务管理制度；\n2、万元以上支出经局党组会研究。", "办公室"),
            ("少数民族发展资金分配", "资金分配不公开，项目申报材料审核不严，优亲厚友。", "高",
             "项目评审集体研究，分配结果在网站公示。", "民族工作科"),
            ("宗教活动场所建设审核", "对不符合条件的场所建设申请违规出具同意意见，收受好处。", "高",
             "实地核查两人以上，审核意见经局务会研究。", "宗教事务科"),
        ]),
        ("二、中级风险事项（3项）", [
            ("宗教教职人员备案", "备案材料审核走过场，为不符合条件的人员备案。", "中",
             "备案材料逐项核对，备案结果定期抽查。", "宗教事务科"),
            ("民族团结进步创建评选", "评选标准执行不一，暗箱操作。", "中",
             "评选标准事先公布，评选结果公示七天。", "民族工作科"),
            ("干部考核评优", "考核不公开，评优优亲厚友。", "中",
             "考核结果公开，评优实行民主推荐。", "办公室"),
        ]),
        ("三、低级风险事项（2项）", [
            ("公文处理", "公文办理延误，泄露未公开信息。", "低",
             "公文登记流转全程留痕，涉密文件专人管理。", "办公室"),
            ("政策法规宣传", "宣传经费使用不规范，虚列宣传活动支出。", "低",
             "宣传活动事前报批，经费凭活动资料报销。", "政策法规科"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, rows in groups:
        sh.title(caption, 6)
        for item, point, lv, measures, dept in rows:
            n += 1
            sh.add(n, item, point, lv, measures, dept)
            t.point(sh.name, dept, "", "", None, point, [], HML[lv])
    sh.add()
    sh.add("发布时间：2024年1月", None, None, None, None, None)
    return _layout(
        "ethnic_affairs_level_groups",
        "http://sxsdgl.com/ntsmzj/cjwtjd/content/89c5943f-0673-4581-8813-ce4d440a03d5.html",
        "县民族宗教事务局 机关廉政风险等级目录及防范措施 after the source's 目录 of a 民宗局 (高级/中级/低级风险 "
        "groups; under each item 风险点 ``1、…2、…``, 风险等级, 预防措施, 管理责任部门): a count line under the "
        "title, rows grouped under merged lines ``一、高级风险事项（4项）``/``二、中级…``/``三、低级…``, 风险事项 "
        "beside 风险点, 高/中/低 in its own column, the office in a trailing ``管理责任部门`` column; no post and "
        "no names; 发布时间 line",
        [sh], t,
    )  # fmt: skip


def archives_bureau_types() -> dict:
    unit = "XX县档案局"
    sh = _Sheet("排查表", [5, 12, 10, 8, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "杜建明", "重大事项未经党组集体研究，个人说了算", "制度机制", "高",
         "严格执行“三重一大”集体决策，会议纪要存档。"),
        ("局领导", "副局长", "潘秀云", "档案馆库改造项目中打招呼、干预招标", "岗位职责", "高",
         "项目进入公共资源交易平台，纪检人员全程监督。"),
        ("办公室", "主任", "柯文静", "公务接待超标准，虚列接待费用", "思想道德", "中",
         "接待审批单、清单、发票三单对应。"),
        ("办公室", "会计", "俞晓丽", "报销票据审核不严，虚列办公支出", "岗位职责", "中",
         "报销实行经办、审核、审批三级签字。"),
        ("业务指导股", "股长", "谭振华", "档案年检、验收中降低标准，收受被检单位礼品", "外部环境", "中",
         "检查组三人以上，检查结果公示。"),
        ("业务指导股", "股长", "谭振华", "档案执法检查走过场，对违法行为不予纠正", "岗位职责", "中",
         "执法检查全程记录，问题整改跟踪销号。"),
        ("利用服务股", "股长", "邢丽萍", "违规提供未开放档案查阅、复制", "岗位职责", "高",
         "查阅利用实行审批登记，未开放档案双人审核。"),
        ("利用服务股", "科员", "乔宇", "档案查阅、出证私收费用", "思想道德", "低",
         "收费标准上墙公示，统一开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "填报时间：2024年3月", None, None)
    return _layout(
        "archives_bureau_types", "http://gtddz.com/haowen/38992.html",
        "县档案局 岗位廉政风险点排查表 after the source's summary of a 县档案局's 岗位廉政风险防控 (领导小组, 各股室 "
        "查找风险点, 档案执法检查, 档案利用): 股室 merged (``局领导`` first), 岗位/姓名 merged per person, one "
        "风险类型 per point, 高/中/低, 防控措施; 填表人/审核人/填报时间 line",
        [sh], t,
    )  # fmt: skip


def forestry_holder_right() -> dict:
    unit = "XX县林业局"
    sh = _Sheet("一览表", [5, 12, 14, 36, 8, 34, 8])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点及防控措施一览表", 7)
    sh.add("序号", "单位", "工作事项", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("林政资源股", "伐区调查设计", "设计时虚增蓄积量，为采伐户多开采伐量", "一级",
         "设计结果公示，股室按10%比例复核伐区。", "龙海波"),
        ("林政资源股", "林木采伐许可审核", "对材料不全的采伐申请违规签署同意意见", "一级",
         "审核意见网上留痕，分管领导审签。", "龙海波"),
        ("林政资源股", "征占用林地审核", "现场查验不实，隐瞒占用公益林", "二级",
         "两人以上查验，查验照片存档。", "甘雪梅"),
        ("城关林业站", "木材运输证签发", "未现场检尺即签发运输证，货证不符", "一级",
         "检尺员、伐区管理责任人双签。", "周启明"),
        ("城关林业站", "林权确权登记", "确权登记中偏袒一方，引发山林纠纷", "二级",
         "四至界址在村组公示，纠纷集体调处。", "周启明"),
        ("城关林业站", "护林员考核", "考核走过场，护林员补助照发", "三级",
         "巡护轨迹按月考核，考核结果公示。", "覃丽娟"),
        ("木材检查站", "木材出境检查", "收受“好处费”私自放行无证木材", "一级",
         "检查全程视频监控，两人以上当班。", "黎卫东"),
        ("木材检查站", "罚没木材处置", "罚没木材低价处置给关系人", "二级",
         "罚没木材公开拍卖，结果公示。", "黎卫东"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, item, point, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, dept, item, point, lv, measures, who)
        t.point(sh.name, dept, "", who, None, point, [], ORDINAL[lv])
    _merge_runs(sh, first, [(1,), (6,)])
    return _layout(
        "forestry_holder_right", "http://www.dbptlist.com/news/newspaper/content/post_1866438.html",
        "县林业局 廉政风险点及防控措施一览表 after the source's report of a county's 林政工作会议 (伐区设计, 木材运输"
        "证, 林业站 检尺员, 木材检查站 放行, 林权证 确权, 林地 征占用): 单位 (股, 林业站, 木材检查站) merged, "
        "工作事项, 风险点, 一级/二级/三级, 防控措施, the holder's name in a trailing 责任人 column merged per "
        "person; no post column",
        [sh], t,
    )  # fmt: skip


def investment_center_steps() -> dict:
    unit = "XX县招商和投资促进中心"
    sh = _Sheet("Sheet1", [5, 12, 12, 38, 8, 36])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "工作环节", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("项目洽谈", "招商专员", "向客商透露政策底线和土地底价，换取好处", "高",
         "洽谈两人以上参加，洽谈纪要存档。"),
        ("项目洽谈", "招商专员", "接受客商宴请、旅游安排", "低",
         "外出招商行程报批，费用由单位承担。"),
        ("协议签订", "项目专员", "协议中擅自承诺超出政策的优惠条件", "高",
         "协议文本经法律顾问审查、主任办公会研究。"),
        ("履约评价", "项目专员", "履约评价不实，对未达投资强度的企业评为合格", "中",
         "评价会同自规、税务等部门现场核查。"),
        ("政策兑付", "兑付审核员", "税收贡献核算不实，多兑付扶持资金", "高",
         "兑付工作专班核算，结果公示后拨付。"),
        ("政策兑付", "会计", "扶持资金不按审批金额拨付，虚列支出", "中",
         "拨付凭审批表办理，每季度对账。"),
        ("招商经费管理", "经费管理员", "招商活动经费虚报冒领", "中",
         "经费按活动报账，附活动资料。"),
        ("招商经费管理", "主任", "招商经费使用未经集体研究，个人审批", "高",
         "大额经费使用主任办公会集体研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, post, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, post, point, lv, measures)
        tier = "leader" if post == "主任" else _tier(post)  # the 中心's own head
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), (2,)])
    return _layout(
        "investment_center_steps", "http://www.ysxw.cn/p/50161.html",
        "县招商和投资促进中心 岗位廉政风险点排查表 对岗不对人 after the source's news item on a 县招商和投资促进中心 "
        "(招商引资运营企业 履约评价, 核算兑付政策资金, 工作专班, 税收贡献核查): 工作环节 merged, 岗位 merged "
        "(项目专员 over two 环节), 风险点, 高/中/低, 防控措施; no 科室, no names; sheet named ``Sheet1``",
        [sh], t,
    )  # fmt: skip


def women_federation_no_office_column() -> dict:
    unit = "XX县妇女联合会"
    sh = _Sheet("排查表", [5, 12, 8, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主席", "葛秀华", "重大事项未经党组集体研究，个人决定", "制度机制", "高",
         "严格执行“三重一大”集体决策。"),
        ("副主席", "戚美玲", "“母亲水窖”项目申报中虚报受益户数", "岗位职责", "高",
         "受益户名单村组公示，申报材料实地核实。"),
        ("副主席", "戚美玲", "项目验收走过场，蓄水池管护问题不督促整改", "业务流程", "中",
         "验收邀请受益群众代表参加，问题限期整改。"),
        ("会计", "骆晓燕", "项目资金未专账核算，挤占挪用", "制度机制", "高",
         "项目资金专账核算，及时送审。"),
        ("会计", "骆晓燕", "报销票据审核不严，虚列活动支出", "岗位职责", "中",
         "报销凭活动通知、签到表、票据办理。"),
        ("权益干事", "汤子涵", "困难妇女救助对象认定不实，优亲厚友", "思想道德", "低",
         "救助对象入户核实，名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    sh.add("单位负责人签字：", None, None, "填报日期：2024年5月", None, None, None)
    return _layout(
        "women_federation_no_office_column", "http://gyfl.gov.cn/gyfl/article.html?id=18734+",
        "县妇女联合会 岗位廉政风险排查表 after the source's news item on a 妇联's ``母亲水窖`` project checked by its "
        "纪检监察组 (项目资金申报, 蓄水池建设, 后续管护, 项目审计): a small office with no 科室 column, 岗位/姓名 "
        "merged per person, 风险类型, 高/中/低, 防控措施; sign-off line",
        [sh], t,
    )  # fmt: skip


def science_bureau_head_and_leader() -> dict:
    unit = "XX县科学技术局"
    sh = _Sheet("风险点", [5, 12, 16, 36, 8, 32, 9, 9])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控一览表", 8)
    sh.add(
        "序号",
        "股室",
        "廉政风险点",
        "主要表现形式",
        "风险等级",
        "防控措施",
        "股室负责人",
        "分管领导",
    )
    rows = [
        ("科技项目股", "项目申报受理", "对不符合申报条件的单位违规受理，帮助包装申报材料", "高",
         "申报条件公开，受理结果网上公示。", "韦光明", "彭学勤"),
        ("科技项目股", "专家评审组织", "选定熟悉的评审专家，向申报单位泄露专家名单", "高",
         "专家从库中随机抽取，名单评审前保密。", "韦光明", "彭学勤"),
        ("科技项目股", "项目结题验收", "验收走过场，对未完成任务指标的项目予以通过", "中",
         "验收邀请第三方参加，验收结论公示。", "韦光明", "彭学勤"),
        ("科技项目股", "科研经费拨付", "不按实施进度拨付或提前拨付项目经费", "中",
         "经费按合同节点拨付，财务复核。", "韦光明", "彭学勤"),
        ("高新技术股", "科技型企业入库评价", "对不达标企业违规入库，虚报入库数量", "中",
         "入库材料双人审核，抽查企业实地。", "石慧玲", "彭学勤"),
        ("高新技术股", "科技特派员管理", "特派员考核不实，补助照发", "低",
         "服务记录按月报送，考核结果公示。", "石慧玲", "彭学勤"),
        ("办公室", "公务接待", "超标准接待，虚列接待费用", "中",
         "先审批后接待，清单与发票核对。", "黄德胜", "詹秋云"),
        ("办公室", "固定资产管理", "资产处置不报批，账实不符", "低",
         "资产年度盘点，处置经局务会研究。", "黄德胜", "詹秋云"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, point, desc, lv, measures, head, leader) in enumerate(rows, 1):
        sh.add(n, dept, point, desc, lv, measures, head, leader)
        t.point(sh.name, dept, "", head, None, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), (6,), (7,)])
    return _layout(
        "science_bureau_head_and_leader",
        "http://cqfd.gov.cn/bm/kxjsj/zwgk_36090/zfxxgkml/gfxwj/xxyxwj/202502/t20250213_14302941.html",
        "县科学技术局 廉政风险防控一览表 after the source's 科研项目管理办法 of a 县科学技术局 (项目申报, 立项 and "
        "专家评审, 经费拨付, 结题验收): 股室 merged, a short 廉政风险点 beside a long 主要表现形式, 高/中/低, "
        "防控措施, then ``股室负责人`` (the holder, merged) and ``分管领导`` (names merged over the 股室 he "
        "oversees: watchers); no post column",
        [sh], t,
    )  # fmt: skip


def civil_defense_tick_levels() -> dict:
    unit = "XX县人民防空办公室"
    sh = _Sheet("排查表", [5, 14, 10, 8, 36, 5, 5, 5, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 9)
    r = sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    rows = [
        ("工程股", "股长", "莫建新", "人防工程易地建设费减免审核不严，违规减免", "高",
         "减免事项集体研究，结果网上公开。"),
        ("工程股", "股长", "莫建新", "人防疏散干道项目招标中设置倾向性条件", "高",
         "项目进入公共资源交易平台，招标文件法制审核。"),
        ("工程股", "质监员", "符海涛", "人防工程质量监督检查走过场", "中",
         "检查两人以上，检查记录拍照存档。"),
        ("工程股", "质监员", "符海涛", "接受施工单位宴请、礼品", "中",
         "签订廉洁承诺书，节前廉洁提醒。"),
        ("指挥信息保障中心", "主任", "王秋菊", "通信警报设备采购中指定品牌", "中",
         "采购需求集体论证，进入政府采购平台。"),
        ("综合股", "股长", "吉文斌", "人防专项资金项目申报虚报建设内容", "高",
         "申报项目实地踏勘，申报材料办务会审定。"),
        ("综合股", "宣教员", "陈亚妹", "人防宣传教育活动经费虚列支出", "低",
         "活动经费凭方案、签到和影像资料报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        ticks = [TICK if lv == k else None for k in ("高", "中", "低")]
        sh.add(n, dept, post, who, point, *ticks, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("科室负责人签字：", None, None, None, "办主任审核：", None, None, None, None)
    return _layout(
        "civil_defense_tick_levels",
        "https://srfb.leshan.gov.cn/rfb/county/201812/ae667f7d14ca423c829083db4bf49d7d.shtml",
        "县人民防空办公室 岗位廉政风险点排查表 after the source's news item on a 县人防办's 人防专项资金项目 (人防"
        "疏散干道, 宣传教育中心, 按程序招标, 施工质量管理, 指挥信息保障中心): 科室 merged, 岗位/姓名 merged per "
        "person, 风险等级 as three tick columns ``高 | 中 | 低`` under one merged heading (a ``√`` in one), "
        "防控措施; sign-off line",
        [sh], t,
    )  # fmt: skip


def grain_office_every_row() -> dict:
    unit = "XX县粮食和物资储备局"
    sh = _Sheet("一览表", [5, 14, 16, 10, 34, 10, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "权责事项", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("储备粮管理股", "储备粮轮换", "股长", "轮换中默许“转圈粮”、虚假轮换", "岗位职责", "高",
         "轮换全程视频监控，出入库数量逐车核对。"),
        ("储备粮管理股", "库存检查", "监管员", "库存检查走过场，粮情记录不签字", "业务流程", "中",
         "检查实行“谁检查谁签字谁负责”，局领导带队抽查。"),
        ("储备粮管理股", "保管费用补贴拨付", "股长", "按虚报的库存数量拨付保管费用补贴", "制度机制", "高",
         "补贴按核实库存拨付，财务复核。"),
        ("质量检验站", "抽样化验", "化验员", "调换样品，出具不实质量报告", "外部环境", "高",
         "扦样、化验分离，样品双人封存。"),
        ("质量检验站", "检验收费", "站长", "检验收费不开票，截留收入", "思想道德", "中",
         "收费标准公示，统一开具票据。"),
        ("应急物资股", "救灾物资采购", "股长", "采购需求设置倾向性条款", "业务流程", "中",
         "采购需求经法律顾问审查。"),
        ("应急物资股", "物资出入库", "保管员", "物资出入库不登记，账实不符", "岗位职责", "低",
         "出入库单据连号，每季度盘点。"),
        ("办公室", "公文处理", "文书", "未公开文件泄露", "思想道德", "低",
         "文件流转登记，涉密文件专柜保管。"),
    ]  # fmt: skip
    for n, (dept, item, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, item, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, types_in(typ), HML[lv])
    return _layout(
        "grain_office_every_row", "https://shiquan.qinfeng.gov.cn/info/1014/2500.htm",
        "县粮食和物资储备局 岗位廉政风险防控一览表 对岗不对人 after the source's news item on a 县粮食局's 储备粮安全 "
        "检查 (承储企业, 仓温/粮温检测, 分仓抽样化验, 保管员自查, 谁检查谁签字): 科室 written on every row (not "
        "merged), 权责事项, 岗位 (no names; the 储备粮管理股 股长 in two rows apart), 风险点, 风险类型, "
        "高/中/低, 防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    supply_coop_unit_line_two_sheets(),
    ethnic_affairs_level_groups(),
    archives_bureau_types(),
    forestry_holder_right(),
    investment_center_steps(),
    women_federation_no_office_column(),
    science_bureau_head_and_leader(),
    civil_defense_tick_levels(),
    grain_office_every_row(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b37_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch37-inbox"))
