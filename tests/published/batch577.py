"""The five-hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 法院 and
检察院 bodies, 乌兰县 (海西蒙古族藏族自治州, 青海) — its 人民法院 and the 人民法院's 诉讼服务中心,
司法警察大队 and 人民法庭 (茶卡, 柯柯, 铜普), its 人民检察院 and the 人民检察院's 检察服务中心 — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 人民检察院's 一览表 in TWO SHEETS: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 诉讼服务中心's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  ``…风险`` types, ``高风险/中风险/低风险``; no names, no 部门 column (the posts' 科室 is the 诉讼服务中心
  itself, a part of the 人民法院);
- the 茶卡人民法庭's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line,
  ``★★★/★★/★`` read by a ``注：`` line, a 持卡人（签字） line;
- the 柯柯人民法庭's 自查表, one sheet a person (tab = the person): a label row ``姓　名 | 岗　位 |
  所在部门 | 填表日期`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 检察服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、案件管理组`` merged across (no
  部门 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 司法警察大队's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``较高/一般/较低`` (all three used), a 填表人/审核人 line;
- the 铜普人民法庭's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wulan_court_post_then_name_cells``: the 人民法院's 岗位廉政风险防控一览表 (``序号 | 部门 | 岗位及责任人
  | 廉政风险点 | 风险等级 | 防控措施``) writes each holder's post and name DOWN ONE COLUMN IN TWO
  CELLS, NOT MERGED: in the column ``岗位及责任人`` the first row of a holder's points holds the post
  (``院长``), the row under it the holder's name (``壤驷昶``), and his further rows stay empty; the
  ``部门`` column is merged over each 部门's rows as usual, every row has its own 序号, point, level
  and measures. Every holder has two or three points, so every block is post-cell, name-cell(,
  blank). This is how a clerk fills a ``岗位及责任人`` column who will not merge cells, or what is
  left when a Word cell ``院长⏎壤驷昶`` is pasted into Excel and its two lines land in two rows. The
  README's 读得懂的表 knows a post or holder merged down or written on a holder's FIRST row only
  (or on his LAST row, told by a thick border), ``岗位⏎姓名`` (``定点评估岗⏎吴海燕``) in ONE cell,
  ``管养路段及责任人`` cells with the name on a line of its own (in one cell), ``岗位 | 姓名`` two columns
  merged under one heading, a post column and a name column under ``岗位及人员`` / ``科室／岗位／姓名``,
  a ``科室／岗位／风险点`` tree column whose holder line ``主任　阙知微`` stands in a row of its own above
  his points, and a row of its own naming post and holder with the risk cells empty; it does not
  describe a post and its holder in two consecutive cells of one column, each of them on a row that
  is itself a point, so that the second cell (a name) must go with the first (a post) and both
  with the rows below down to the next post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 中级法院's 执行款 和 执行标的物
管理规定 — 收付分离, 过付审批, 院财务统一管理, 执行局内勤记帐, 10日内办理发还; a county 检察院's
article on 检察机关廉政风险防控体系 — 责任主体, 院领导, 八小时之外, 制度执行力; an article on
人民法院廉政风险点 — 立案环节: 违法受理, 拖延立案, 诉前保全; a 法庭's 巡回审判 news — 田间地头,
现场开庭, 司法所 调解; an article on 人民法庭 功能定位 — 繁简分流, 员额法官, 年长与年轻法官搭配; a
检察院 12309检察服务中心 notice — 接待来访, 法律咨询, 刑事申诉, 律师阅卷预约, 来信件件有回复; a 法院
法警大队 news — 安全检查, 身份验证, 押解, 旁听证, 庭审秩序; an essay on 法院廉政风险防控机制 —
围绕审判工作, 强化审判监督) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 壤驷 and 冼 with
rare given names); every unit is a body of 乌兰县 (``unit_words=("乌兰县",)``: no earlier unit holds
it).

Run ``python tests/published/score.py --set batch577`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's block runs from a row whose ``岗位及责任人`` cell is a post down to
  the row before the next such row; the post is that first cell, the holder the NAME in the cell
  under it; every row of the block (the post's row and the name's row included) is one point of
  that holder, with its own level (高/中/低); the ``部门`` cell (merged) is the 科室, ``院领导`` that of
  the 院长 and 副院长; no type column; the ``注：`` line and the 制表/审核 line are no points;
- ``院领导``, ``中心领导``, ``大队领导``, ``庭领导`` (a 部门 cell, a group row, a 所在部门 cell) are the
  科室 of those leaders; the 检察院's leaders (sheet ``院领导``, no 部门 column) and the 茶卡 cards'
  holders have no 科室; a 检察部, 办公室, 执行局, 庭, 组, 中队 and 审判团队 are 科室; a group row
  ``二、控告申诉接待组`` gives the 科室 ``控告申诉接待组`` (its number left off);
- every body is a unit of its own: the 院长, 副院长, 检察长, 副检察长, the 检察服务中心's 主任, a 大队's
  大队长 and 副大队长 and a 法庭's 庭长 and 副庭长 are leaders; a 部's 主任, a 执行局's 局长, a 庭's 庭长
  within the 法院, a 组长 and a 中队长 middle; the rest (法官, 法官助理, 检察官, 检察官助理, 书记员, 执行员,
  会计, 司法警察, 送达员) general;
- TRUTH FIXED AFTER THE FIRST MEASUREMENT: the 诉讼服务中心's posts (a list with no names and no 部门
  column) have the 科室 ``诉讼服务中心`` and its 中心主任 is middle, as the README says of a
  ``…人民法院执行局…`` file (the unit the 法院, the 科室 the 执行局); the first truth gave them no 科室
  and the 中心主任 as a leader, which the scorer's 对岗不对人 match (科室 and post) cannot meet when
  the reader rightly writes unit 乌兰县人民法院 and 科室 诉讼服务中心. The layout itself is unchanged;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``自查情况`` and
  ``填表日期`` are no points and name no holder; the 诉讼服务中心's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险`` and
  ``较高/一般/较低`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b577_"
PLACE = "乌兰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (部门, [(岗位, 责任人, tier, [(廉政风险点, 风险等级, 防控措施)])]); two or three points a holder
COURT = [
    ("院领导", [
        ("院长", "壤驷昶", "leader", [
            ("审判委员会讨论案件时先行表态，干预合议庭依法裁判", "高",
             "审委会讨论实行承办法官先汇报、院长最后发表意见，讨论记录附卷。"),
            ("插手执行款发还顺序和数额", "高", "执行款发还一律按过付审批程序办理，院长不个人签批。"),
            ("干警遴选、评先中打招呼、搞照顾", "中", "遴选和评先由党组集体研究，结果院内公示。"),
        ]),
        ("副院长", "冼霈琚", "leader", [
            ("查封、扣押财物延期处理审批把关不严", "高", "延期处理须写明理由，审批单存卷备查。"),
            ("过问、干预分管部门具体案件", "中", "过问案件全程留痕，按季度登记报告。"),
        ]),
    ]),
    ("执行局", [
        ("局长", "冼昉澈", "middle", [
            ("执行款过付审批不按收付分离办理", "高", "执行款一律划入法院专用账户，过付审批表附卷。"),
            ("终结本次执行程序案件审核走过场", "中", "终本案件逐案合议，约谈申请执行人并记录。"),
        ]),
        ("执行员", "壤驷璆", "general", [
            ("代收、保管执行现金，截留挪用执行款", "高", "执行员不得代收现金，款项当日交院财务入账。"),
            ("查封、扣押财物不登记造册或私自处置", "中", "查封扣押财物制作清册，双方当事人签字确认。"),
            ("执行款到账后不在10日内办理发还手续", "低", "执行款到账即录入系统，超期未发还自动提示。"),
        ]),
    ]),
    ("立案庭", [
        ("庭长", "冼沨頔", "middle", [
            ("对符合条件的起诉拖延登记立案", "中", "当场登记立案，不能当场判定的七日内作出决定。"),
            ("违规办理诉讼费缓交、减交、免交", "低", "缓减免交诉讼费经分管院领导审批并公示。"),
        ]),
    ]),
    ("办公室", [
        ("会计", "壤驷晞", "general", [
            ("执行款收付情况不及时通知执行局内勤记帐", "中", "收到、划出执行款次日书面通知执行局。"),
            ("执行款专户资金私存私放", "低", "执行款专户每月与银行对账，纪检部门抽查。"),
        ]),
    ]),
]  # fmt: skip


def wulan_court_post_then_name_cells() -> dict:
    unit = f"{PLACE}人民法院"
    sh = _Sheet("一览表", [6, 12, 14, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, f"单位：{unit}{GAP * 24}2025年5月", 6)
    sh.add("序号", "部门", "岗位及责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, people in COURT:
        for post, who, tier, points in people:
            assert len(points) >= 2
            for i, (point, lv, measures) in enumerate(points):
                n += 1
                cell = post if i == 0 else who if i == 1 else None
                sh.add(n, dept, cell, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分为高、中、低三个等级。", 6)
    sh.add("制表：办公室", None, "审核：", None, "审批：", None)
    return _layout(
        "wulan_court_post_then_name_cells", "https://ztzy.hncourt.gov.cn/public/detail.php?id=448",
        "(harder) 县人民法院 岗位廉政风险防控一览表, after the source's 执行款和执行标的物管理规定 (收付分离, 过付审批, 院财务统一"
        "管理, 执行局内勤记帐, 10日内办理发还): a title, a merged ``单位：…　2025年5月`` line, then 序号/部门 merged/"
        "``岗位及责任人``/廉政风险点/风险等级 高/中/低/防控措施, one row a point; in ``岗位及责任人`` each holder's "
        "POST stands in the cell of his first row and his NAME in the cell of his second row, NOT MERGED, his "
        "further rows empty (every holder two or three points); no type column; a ``注：`` line and a 制表/审核/审批 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wulan_procuratorate_two_sheets() -> dict:
    unit = f"{PLACE}人民检察院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 10, 20, 38, 9, 36])
    _line(lead, f"{unit}院领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冼翊岚", "检察长", "主持全面工作", [
            ("“三重一大”事项不经党组集体研究，个人说了算", "一级",
             "严格执行党组议事规则，会议纪要存档备查。"),
            ("对下级检察官办理的案件违规过问、打招呼", "一级", "领导干部干预司法活动一律登记报告。"),
        ]),
        ("壤驷珈", "副检察长", "分管刑事检察、公益诉讼", [
            ("不起诉案件审批把关不严", "一级", "拟不起诉案件经检察官联席会议讨论，公开审查。"),
            ("八小时以外与案件当事人、律师不当交往", "二级", "落实干警八小时以外监督，重大事项如实报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("内设机构", [6, 14, 11, 9, 38, 9, 36])
    _line(dept, f"{unit}内设机构廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("第一检察部", "主任", "冼湉璈", "middle", "审查逮捕案件降低证据标准或违规变更强制措施", "一级",
         "强制措施变更报分管副检察长审批，案件质量逐案评查。"),
        ("第一检察部", "主任", "冼湉璈", "middle", "涉案财物处理意见不规范", "二级", "涉案财物统一登记，随案移送清单附卷。"),
        ("第一检察部", "检察官助理", "壤驷旻", "general", "泄露案件办理情况和证据材料", "二级",
         "签订保密承诺，卷宗借阅登记。"),
        ("第二检察部", "检察官", "冼瑗骞", "general", "公益诉讼线索不登记或私自处置", "一级",
         "线索统一录入业务应用系统，定期清理。"),
        ("第二检察部", "检察官", "冼瑗骞", "general", "诉前检察建议回复审查走过场", "三级", "回复情况现场核查，拍照存档。"),
        ("综合办公室", "主任", "壤驷蓁", "middle", "办公用品和车辆维修采购不按规定询价", "二级",
         "采购三家询价，结果在院内公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wulan_procuratorate_two_sheets", "https://ribao.xyxww.com.cn/html/2017-11/10/content_24701.htm",
        "县人民检察院 廉政风险防控一览表 in TWO SHEETS, after the source's article on 检察机关廉政风险防控体系 (责任主体, 院领导, "
        "八小时之外, 制度执行力): sheet 院领导 with 姓名/职务/分管工作 merged per leader, sheet 内设机构 with 部门 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wulan_litigation_service_center_posts() -> dict:
    unit = f"{PLACE}人民法院诉讼服务中心"
    sh = _Sheet("排查表", [6, 12, 14, 38, 13, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心主任", "middle", "诉前保全", "违反规定采取或解除诉前保全措施", "制度机制风险", "高风险",
         "诉前保全经合议审查，担保材料逐项核对。"),
        ("中心主任", "middle", "繁简分流", "分案时人为指定承办法官", "岗位职责风险", "中风险",
         "案件由系统随机分案，改分须书面审批。"),
        ("立案法官", "general", "登记立案", "依法不应受理的案件违法受理，或对符合条件的起诉拖延立案", "业务流程风险", "高风险",
         "立案材料一次性告知，当场不能判定的七日内决定。"),
        ("立案法官", "general", "移送审判", "立案后拖延移送审判、执行部门", "业务流程风险", "低风险",
         "移送时限纳入审判流程管理，超期预警。"),
        ("诉讼费管理员", "general", "诉讼费退费", "诉讼费退费不及时或多退少退", "岗位职责风险", "中风险",
         "退费经庭长和财务双审核，退费台账公开。"),
        ("送达员", "general", "文书送达", "送达记录不实，虚假送达", "思想道德风险", "中风险",
         "电子送达留痕，直接送达拍照记录。"),
        ("送达员", "general", "接待当事人", "接受当事人请托，泄露案件信息", "外部环境风险", "低风险",
         "诉讼服务窗口全程录音录像。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "诉讼服务中心", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：诉讼服务中心", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "wulan_litigation_service_center_posts", "http://jsfy.gov.cn/article/34300.html",
        "县人民法院诉讼服务中心 岗位廉政风险点排查表 对岗不对人, after the source's article on 人民法院廉政风险点 (立案环节: 违法"
        "受理, 拖延立案、移送审判执行, 诉前保全; 审判环节): a title, 序号/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names, no 部门 column (the 科室 is the 诉讼服务中心); an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wulan_chaka_tribunal_cards() -> dict:
    unit = f"{PLACE}人民法院茶卡人民法庭"
    t = _Truth(unit)
    cards = [
        ("庭长", "壤驷翎", "庭长", "主持法庭全面工作，组织巡回审判", "leader", [
            ("巡回审判中接受当事人吃请", "★★★", "巡回审判自带工作餐，严守中央八项规定精神。"),
            ("调解案件中偏袒一方当事人", "★★", "调解协议当场宣读，双方签字确认。"),
            ("法庭办公经费使用不规范", "★", "经费支出报院办公室审核。"),
        ]),
        ("法官助理", "冼澈岍", "法官助理", "协助法官开展庭前调解、证据交换", "general", [
            ("庭前调解中泄露合议意见", "★★★", "签订保密承诺书，调解笔录附卷。"),
            ("与司法所人民调解员私下交易案件", "★★", "诉调对接台账登记，委派调解公开。"),
        ]),
        ("书记员", "壤驷霂", "书记员", "庭审记录、卷宗整理归档", "general", [
            ("庭审笔录记录不实或事后修改", "★★", "庭审同步录音录像，笔录当庭签字。"),
            ("卷宗材料丢失、私自抽换", "★", "卷宗交接登记，归档前逐页核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wulan_chaka_tribunal_cards", "http://zxsfy.hunancourt.gov.cn/article/detail/2010/08/id/4986069.shtml",
        "县人民法院 人民法庭 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's 法庭 巡回审判 "
        "news (田间地头, 现场开庭, 司法所 调解): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wulan_keke_tribunal_selfchecks() -> dict:
    unit = f"{PLACE}人民法院柯柯人民法庭"
    t = _Truth(unit)
    people = [
        ("冼嵘祎", "副庭长", "庭领导", "leader", [
            ("繁简分流中把简单案件按普通程序审理拖延结案", "Ⅰ级", "繁简分流标准上墙，程序转换报庭长审批。", "已落实"),
            ("审批延长审限把关不严", "Ⅱ级", "延长审限逐案说明理由，系统留痕。", "未发现问题"),
        ]),
        ("壤驷曜", "法官", "审判团队", "general", [
            ("私下会见一方当事人及其代理人", "Ⅰ级", "会见当事人须在法庭接待室并登记。", "已落实"),
            ("裁判文书说理不充分，同案不同判", "Ⅲ级", "类案检索，文书上网公开。", "已落实"),
        ]),
        ("冼婳暻", "书记员", "综合组", "general", [
            ("诉讼费票据管理不规范", "Ⅱ级", "票据领用登记，按月核销。", "未发现问题"),
            ("案件流程节点信息录入不实", "Ⅲ级", "流程信息由审判管理办公室抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在部门", "填表日期", None)
        sh.add(who, post, dept, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "庭长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wulan_keke_tribunal_selfchecks", "https://fx361.cc/page/2016/0601/21076410.shtml",
        "县人民法院 人民法庭 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on "
        "人民法庭 功能定位 (繁简分流, 员额法官, 年长法官与年轻法官搭配): a title, a label row ``姓　名 | 岗　位 | 所在部门 | "
        "填表日期`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 庭长意见：``",
        sheets, t,
    )  # fmt: skip


def wulan_procuratorial_service_center_group_rows() -> dict:
    unit = f"{PLACE}人民检察院检察服务中心"
    sh = _Sheet("责任清单", [6, 11, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "壤驷沄", "leader", [
                ("对群众来信来访选择性回复，压件不办", "一级风险", "来信件件登记，七日内程序性回复，逐月通报。"),
                ("违规答应来访人代为过问案件", "二级风险", "接待记录存档，过问案件登记报告。"),
            ]),
        ]),
        ("二、控告申诉接待组", "控告申诉接待组", [
            ("检察官", "冼琇峣", "general", [
                ("刑事申诉案件审查受理把关不严", "一级风险", "申诉审查报告经组内集体讨论。"),
                ("司法救助对象审核不实", "二级风险", "救助对象实地核查，拟救助名单公示。"),
            ]),
            ("检察官助理", "壤驷琮", "general", [
                ("接待来访中泄露举报人信息", "二级风险", "举报材料专柜保管，严格保密制度。"),
            ]),
        ]),
        ("三、案件管理组", "案件管理组", [
            ("组长", "冼砚浥", "middle", [
                ("案件受理登记中违规更改案件信息", "二级风险", "系统修改留痕，每月核查。"),
            ]),
            ("书记员", "壤驷芃", "general", [
                ("律师阅卷预约不按顺序安排，为个别律师提供便利", "三级风险", "阅卷预约网上办理，按预约顺序安排。"),
                ("违规提供卷宗复制件", "三级风险", "复制卷宗登记，案管组长审核。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "wulan_procuratorial_service_center_group_rows", "https://tzhl.jsjc.gov.cn/yw/202204/t20220413_1372731.shtml",
        "县人民检察院 12309检察服务中心 廉政风险防控责任清单, after the source's notice (接待来访, 法律咨询, 立案监督, 刑事申诉, "
        "律师阅卷预约, 来信件件有回复): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、控告申诉接待组``, ``三、案件管理组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def wulan_court_police_brigade_list() -> dict:
    unit = f"{PLACE}人民法院司法警察大队"
    sh = _Sheet("一览表", [6, 12, 11, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "冼骁珺", "leader", "警务保障装备采购不按规定比价", "制度机制", "较高",
         "装备采购报院党组研究，三家比价。"),
        ("大队领导", "副大队长", "壤驷湄", "leader", "押解任务中放松看管，为在押人员传递物品", "岗位职责", "较高",
         "押解不少于两名法警，全程执法记录仪记录。"),
        ("一中队", "中队长", "冼瀚琤", "middle", "旁听证发放优亲厚友", "业务流程", "一般",
         "旁听证按登记顺序发放，名单留存。"),
        ("一中队", "司法警察", "壤驷屹", "general", "安全检查中对熟人放行、不登记", "思想道德", "一般",
         "安检全员登记，身份验证与X光机检查同步。"),
        ("二中队", "中队长", "冼珣旸", "middle", "协助执行中泄露执行行动信息", "外部环境", "较高",
         "执行行动临时通知，通讯工具统一管理。"),
        ("二中队", "司法警察", "壤驷瀛", "general", "值庭中与旁听人员私下交谈、接受请托", "思想道德", "较低",
         "值庭法警着装规范，严守庭审纪律。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), SCALE[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "wulan_court_police_brigade_list", "https://ppfocus.com/0/soede0e46.html",
        "县人民法院 司法警察大队 岗位廉政风险防控一览表, after the source's 法警大队 news (安全检查, 身份验证, 押解, 安保, 旁听证, "
        "庭审秩序): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``较高/一般/较低``/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def wulan_tongpu_tribunal_register() -> dict:
    unit = f"{PLACE}人民法院铜普人民法庭"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("庭领导", "庭长", "壤驷暻", "leader", [
            ("审判监督中对发改案件不分析、不整改", "制度机制", "二级", "发改案件逐案评析，结果纳入考核。"),
            ("法庭基建维修项目不按程序发包", "岗位职责", "一级", "维修项目报院党组审批，公开比选。"),
        ]),
        ("审判团队", "法官", "冼晗璠", "general", [
            ("违规私下接触当事人及代理律师", "思想道德", "一级", "落实防止干预司法“三个规定”，如实填报。"),
            ("违规委托鉴定机构", "业务流程", "二级", "鉴定机构由司法辅助部门随机选定。"),
        ]),
        ("审判团队", "法官助理", "壤驷甯", "general", [
            ("庭前证据交换中引导当事人", "岗位职责", "三级", "证据交换全程录音录像。"),
        ]),
        ("综合组", "书记员", "冼曜祎", "general", [
            ("诉讼材料收转不登记", "业务流程", "二级", "收转材料登记，当事人签收。"),
            ("对外提供案件信息", "外部环境", "三级", "案件信息查询一律通过诉讼服务平台。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "wulan_tongpu_tribunal_register", "https://weinan.qinfeng.gov.cn/info/1059/32929.htm",
        "县人民法院 人民法庭 廉政风险点排查登记表, after the source's essay on 法院廉政风险防控机制 (围绕审判工作, 强化审判监督): "
        "a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wulan_court_post_then_name_cells(),
    wulan_procuratorate_two_sheets(),
    wulan_litigation_service_center_posts(),
    wulan_chaka_tribunal_cards(),
    wulan_keke_tribunal_selfchecks(),
    wulan_procuratorial_service_center_group_rows(),
    wulan_court_police_brigade_list(),
    wulan_tongpu_tribunal_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch577-inbox"))
