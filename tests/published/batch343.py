"""The three-hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 街道 and
园区 bodies, 青白江区 (a district of 成都, its staff Han) — its 大弯街道办事处 and 大同街道办事处, the
国际铁路港管理委员会 (the 园区's 管委会), two 社区 (大弯街道怡湖社区, 大同街道毗河社区), the two streets'
便民服务中心 and the 大弯街道综合行政执法中队 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or
自查表 its staff typed in WPS or Excel:

- the 大弯街道办事处's file in two sheets: ``街道领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 填表人/审核人 line under each;
- the 国际铁路港管理委员会's 一览表 under GROUP ROWS ``一、管委会领导`` … ``四、规划建设局`` merged across (no
  科室 column): ``岗位 | 姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``, a ``注：``
  line and a 制表/审核/date line;
- the 毗河社区's 排查表 对岗不对人: ``岗位`` merged per post (no 科室 column, no names), a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; an 编制/审核/date line;
- the 怡湖社区's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | … | 填表
  时间 | …`` above ``序号 | 廉政风险点 | 风险等级 | 防控措施 | 自查情况``, 高/中/低, no type column,
  ``本人签名： | … | 社区党委意见：``;
- the 大同街道便民服务中心's 责任清单 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  no 科室 column, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人/中心主任（签字） line;
- the 大弯街道综合行政执法中队's 岗位廉政风险防控卡, one sheet a holder (tabs 中队长, 执法队员, 法制审核员):
  ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | 岗位职责 | …`` above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  监督电话：…``;
- the 大弯街道便民服务中心's 一览表: ``服务窗口`` written on EVERY row (no merges), ``岗位 | 责任人``, a
  short ``风险点`` beside a long ``风险描述``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a
  填表人/审核人/中心主任（签字） line.

One is harder:

- ``qingbaijiang_datong_rows_split_at_page_breaks``: the 大同街道办事处's 岗位廉政风险防控清单, an ordinary
  一览表 in its columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``序号 | 科室 |
  岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名``
  merged per person, short types, 高/中/低) — but it is the Excel that a PDF of the Word table
  became (PDF→Excel, as WPS does it): the table ran over THREE printed pages, the Word table
  repeated its heading row on each page (``标题行重复``) and ALLOWED ROWS TO BREAK ACROSS PAGES
  (``允许跨页断行``, Word's default), so the LAST ROW OF PAGE 1 AND OF PAGE 2 IS CUT IN TWO: its
  序号, 科室, 岗位, 姓名, 类型 and 等级 and the FIRST PART of its 廉政风险点 and 防控措施 stand above the
  page's footer line (``第 1 页，共 3 页``, merged across), and the REST of the two long cells stands
  in the first row of the next page, UNDER THE REPEATED HEADING, in a row whose other cells are
  all blank. The cut falls where the page ended, in the MIDDLE OF A PHRASE, with no punctuation
  (``…对申请人家庭经济状况核对不`` / ``实，把不符合条件的关系户…``). Each page's merges are its own (a
  科室 or a person merged down stops at the page's end), so the rows at the top of page 2 and 3
  start a new 科室. So the cut row is ONE point whose text is the two parts joined. The README's
  读得懂的表 knows a point that the TYPIST continued in the row just below when it would not fit
  (``风险点一句话写不下、句末留着逗号接着写在下一行(那一行只有风险点和措施)的,两行合成一个风险点``: the first
  part ending in a comma, the rest in the NEXT row), the heading and title repeated on each
  printed page (``每页重复的标题和表头``, ``第 1 页``), a person or 科室 going on at the top of a new
  page (``开头几行没写科室、岗位、姓名的,属于上一个表最后一个岗位``), ``续表`` and ``第2页`` SHEETS, a wide
  table printed in two halves side by side or one above the other; it does not describe a ROW
  CUT BY THE PAGE: the first part ending mid-phrase with no comma, and the rest of the point
  (and of the measures) standing not in the next row but past the page's footer line and the
  repeated heading, in the first row of the next page.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区's 街道体制改革 and the 街道's
offices — 社区发展办公室, 社区专项办公室 set by the 街道 itself; a city's rules for 城市低保 — 街道's
低保管理办公室 with 专职低保人员 and 低保评审委员会, the 社区's 低保管理服务站 and 低保评议小组, 电子档案; the
国务院's approval of the 成都国际铁路港经济技术开发区 — 综保区, 指定口岸, 集装箱中心站, 产业功能区; a 社区
居委会财务管理制度 — 年度预算, 票据管理, 固定资产登记, 物资采购, 资产处置, 审计监督; an answer on how a 社区
manages its money — 社区财务小组, 财务监督小组, 审批权限, 报销 三人签字, 白条, 居务公开; a 经开区
企业服务中心's 清廉大厅 — 窗口, 审批服务事项, 廉政承诺书, 举报箱; a 街道's 综合执法中队 set up against
违法占地、违法建设 — 网格化管理, 联席会议, 执法部门 共同参与; a 街道政务服务中心 — 低保申请, 优抚对象年审,
医疗救助, 网格员 上门代办, 延时服务) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with
rare given names, three characters each); every unit is a body of 青白江区, named with the
district's name.

Run ``python tests/published/score.py --set batch343`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row cut by the page is ONE point: the two parts of its 廉政风险点 joined with
  nothing between them (as batch175 joined a point typed on into the next row), held by the
  person, 科室 and post of its first part, with the type and level of its first part; the row of
  the rest is no point of its own and no new form; the ``第 N 页，共 3 页`` lines, the repeated
  headings, the title, the 填报单位 line and the sign-off line are no points and name nobody; the
  rows after the rest start the next 科室 (page 2 and page 3 each open with a 科室 of their own);
- ``街道领导`` (a sheet whose title names it, a 科室 cell), ``管委会领导`` (a group row) and ``中队领导``
  (a card's 所在部门) are the 科室 of those leaders; a group row ``二、口岸服务局`` gives the 科室
  ``口岸服务局`` (its number left off); a 街道's 办公室 and 财政所, a 管委会's 局, a 中队's 执法组 and a
  便民服务中心's 窗口 (``社会保障服务窗口``) and ``中心领导`` are 科室; the two 社区 and the 大同街道
  便民服务中心's 清单 have no 科室 (department ""), as their tables name none;
- 党工委书记, 办事处主任, 副主任 (of a 街道, of the 管委会), the 管委会's 主任, 社区党委书记, 居委会主任 and a
  便民服务中心's 中心主任 and 副主任 are leaders; a 办公室's 主任, 财政所所长, a 管委会 局's 局长, 中队长,
  居务监督委员会主任 and a 窗口's 窗口负责人 middle; the rest (社会事务专干, 低保专干, 会计, 出纳, 通关协调专员,
  招商专员, 工程管理员, 报账员, 网格员, 受理员, 经办员, 社保经办员, 民政经办员, 执法队员, 法制审核员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``分管工作``,
  ``岗位职责`` and ``自查情况`` are no points and name no holder; the 毗河社区's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``★★★/★★/★`` (read by the card's note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 便民服务中心's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b343_"
PLACE = "青白江区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

PAGED_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
PAGES = 3


def page_line(n: int) -> str:
    return f"第 {n} 页，共 {PAGES} 页"


# one list a printed page: (科室, 岗位, 姓名, tier, [(风险点 parts, 类型, 等级, 措施 parts)]);
# two parts = the row cut by the page's end, the second part in the next page's first row
PAGED = [
    [
        ("街道领导", "党工委书记", "亓镕蔚", "leader", [
            (("“三重一大”事项不经党工委会集体研究，个人拍板决定",), "制度机制", "高",
             ("严格执行党工委议事规则，会议纪要存档备查。",)),
            (("在社区发展治理项目安排中打招呼、定向照顾",), "外部环境", "高",
             ("项目安排经党工委会集体研究，插手干预事项登记报告。",)),
        ]),
        ("街道领导", "办事处主任", "逯棠霁", "leader", [
            (("政府采购和工程项目化整为零，规避公开招标",), "岗位职责", "高",
             ("限额以上项目进区公共资源交易中心，结果公示。",)),
            (("大额资金支付未经主任办公会研究",), "制度机制", "中", ("大额资金支付会签，按月报告。",)),
        ]),
        ("街道领导", "副主任", "璩沅芷", "leader", [
            (("在社区保障资金和社区发展治理专项资金拨付审核中不按年度预算和",
              "街道主任办公会确定的额度执行，超额或提前拨付"), "制度机制", "中",
             ("专项资金按预算和办公会纪要拨付，拨付前由财政所和",
              "社区发展治理办公室双人复核，按季度公示使用情况。")),
        ]),
    ],
    [
        ("党政办公室", "主任", "隗泓澈", "middle", [
            (("公务接待、公务用车超标准，虚列费用",), "思想道德", "中",
             ("先审批后接待，用车逐次登记，费用按月公示。",)),
            (("干部考勤、绩效考核打分中优亲厚友",), "岗位职责", "低", ("考核细则公开，结果经主任办公会审定。",)),
        ]),
        ("社区发展治理办公室", "主任", "酆岑湘", "middle", [
            (("社区公益创投项目评审中泄露评审信息",), "岗位职责", "中", ("评审专家随机抽取，评审过程全程记录。",)),
            (("社区营造项目验收走过场，接受承接机构宴请",), "外部环境", "中",
             ("验收邀请居民代表参加，验收资料存档。",)),
        ]),
        ("社区发展治理办公室", "社会事务专干", "禚昀汐", "general", [
            (("低保、特困供养对象入户调查走过场，对申请人家庭经济状况核对不",
              "实，把不符合条件的关系户纳入保障范围"), "岗位职责", "高",
             ("入户调查两人以上并留存影像资料，家庭经济状况经信息",
              "系统比对核实，审核结果在社区公示七日。")),
        ]),
    ],
    [
        ("财政所", "会计", "缑澜沣", "general", [
            (("会计凭证审核不严，虚列支出套取资金",), "业务流程", "中", ("支出凭证经办、审核、审批三签。",)),
            (("社区资金代管账户资金被挪用",), "岗位职责", "高", ("代管资金专户核算，每季度与社区对账。",)),
        ]),
        ("城市管理办公室", "主任", "蒯泠岫", "middle", [
            (("门前责任区、占道经营管理中选择性管理，收受商户好处",), "外部环境", "低",
             ("巡查全程记录，处理结果在街道公示栏公示。",)),
        ]),
    ],
]  # fmt: skip


def qingbaijiang_datong_rows_split_at_page_breaks() -> dict:
    unit = f"{PLACE}大同街道办事处"
    sh = _Sheet("Sheet1", [6, 14, 12, 9, 38, 10, 8, 36])
    t = _Truth(unit)
    width = len(PAGED_HEAD)
    _line(sh, f"{unit}岗位廉政风险防控清单", width)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年9月", width)
    n = 0
    rest = None  # the rest of the row the last page cut
    for p, people in enumerate(PAGED, 1):
        sh.add(*PAGED_HEAD)
        if rest is not None:
            sh.add(None, None, None, None, rest[0], None, None, rest[1])
            rest = None
        first = len(sh.rows)
        for dept, post, who, tier, points in people:
            for parts, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, parts[0], typ, lv, measures[0])
                t.point(sh.name, dept, post, who, tier, "".join(parts), types_in(typ), HML[lv])
                if len(parts) > 1:
                    rest = (parts[1], measures[1])
        _per_person(sh, first, 1, 2, 3)
        if p == PAGES:
            sh.add()
            sh.add("填表人：", None, None, "审核人：", None, "党工委书记（签字）：", None, None)
        _line(sh, page_line(p), width)
    return _layout(
        "qingbaijiang_datong_rows_split_at_page_breaks",
        "http://xmwb.xinmin.cn/html/2015-03/20/content_9_1.htm",
        "(harder) 街道办事处 岗位廉政风险防控清单 as the Excel a PDF of the Word table became, after the source's 区 街道体制"
        "改革 (社区发展办公室, 社区专项办公室 set by the 街道): a title, a merged 填报单位/填报时间 line, 序号/科室 merged/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 over THREE printed pages — each page "
        "opens with the REPEATED heading and ends with a merged ``第 N 页，共 3 页`` line, each page's merges its own; the LAST "
        "ROW OF PAGES 1 AND 2 IS CUT BY THE PAGE (Word's 允许跨页断行): its 风险点 and 防控措施 break off MID-PHRASE with no "
        "punctuation and go on in the FIRST ROW OF THE NEXT PAGE, under the repeated heading, every other cell of that "
        "row blank; a 填表人/审核人/党工委书记（签字） line on the last page",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingbaijiang_dawan_subdistrict_two_sheets() -> dict:
    unit = f"{PLACE}大弯街道办事处"
    t = _Truth(unit)
    lead = _Sheet("街道领导", [6, 9, 10, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}街道领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鄂霁川", "党工委书记", "主持党工委全面工作", [
            ("干部选拔任用和社区“两委”人选推荐中个人说了算", "一级", "人选推荐党工委会集体研究，全程纪实。"),
            ("对班子成员和科室负责人廉政提醒流于形式", "二级", "每季度开展一次廉政谈话，记录存档。"),
        ]),
        ("冀沄翕", "办事处主任", "主持办事处全面工作，分管财政所", [
            ("街道财政资金安排不经主任办公会研究", "一级", "资金安排主任办公会研究，纪要存档。"),
            ("政府采购中授意指定供应商", "一级", "采购需求集体确定，采购结果公示。"),
        ]),
        ("甘曦琰", "副主任", "分管民政、社会保障和低保管理", [
            ("低保评审委员会评审中打招呼，为关系户说情", "一级", "评审实行记名表决，评审结果公示。"),
            ("临时救助审批把关不严", "二级", "救助资金按月公示，接受社区监督。"),
            ("接受服务对象宴请和礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 16, 10, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社会事务办公室", "主任", "晏蕖汀", "middle", [
            ("低保管理办公室审核时对家庭收入核查不实", "一级", "收入核查经信息系统比对，两人以上入户。"),
            ("低保电子档案录入不及时、不准确", "三级", "电子档案按月汇总上传，季度抽查。"),
        ]),
        ("社会事务办公室", "低保专干", "巩翊湄", "general", [
            ("对社区低保评议小组的评议结果擅自改动", "一级", "评议结果原件存档，改动须说明理由并报评审委员会。"),
            ("动态管理中对已不符合条件的对象不及时退出", "二级", "每半年复核一次，退出名单公示。"),
        ]),
        ("财政所", "所长", "訾岱沄", "middle", [
            ("低保资金发放名单与审批名单不符", "一级", "发放名单与审批名单逐人核对，社会化发放。"),
        ]),
        ("财政所", "出纳", "钮澍菡", "general", [
            ("现金管理不规范，公款私存", "二级", "现金日清月结，所长不定期盘点。"),
            ("银行账户资金支付不凭审批单办理", "三级", "网银U盾分人保管，支付凭审批单办理。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "qingbaijiang_dawan_subdistrict_two_sheets",
        "http://xuexue6.com/cygw/k03475/6106578_2.html",
        "街道办事处 廉政风险防控表 in two sheets, after the source's rules for 城市低保 (街道's 低保管理办公室 with 专职低保人员 and "
        "低保评审委员会, the 社区's 低保评议小组, 电子档案): ``街道领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged "
        "(社会事务办公室, 财政所)/岗位 and 姓名 merged per person/…; a 填表人/审核人/date line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def qingbaijiang_railport_groups() -> dict:
    unit = f"{PLACE}国际铁路港管理委员会"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "滑峤澂", "leader", [
                ("产业功能区项目准入不经集体研究，个人决定", "制度机制", "一级风险", "项目准入经管委会会议集体审定。"),
                ("在综保区企业入驻中打招呼、照顾关系企业", "外部环境", "一级风险", "入驻企业公开评审，结果公示。"),
            ]),
            ("副主任", "厍晗漪", "leader", [
                ("集装箱中心站配套工程变更审批超越权限", "岗位职责", "二级风险", "工程变更分级审批，重大变更集体研究。"),
            ]),
        ]),
        ("二、口岸服务局", "口岸服务局", [
            ("局长", "郦潇屺", "middle", [
                ("指定口岸查验场地运营单位选定不公开", "制度机制", "一级风险", "运营单位公开比选，比选结果公示。"),
                ("口岸扶持资金审核把关不严", "岗位职责", "二级风险", "扶持资金申报材料第三方审核。"),
            ]),
            ("通关协调专员", "麴霁葭", "general", [
                ("协调通关中收受企业好处，违规优先办理", "思想道德", "二级风险", "协调事项登记台账，按月抽查。"),
            ]),
        ]),
        ("三、投资促进局", "投资促进局", [
            ("局长", "雍澈岚", "middle", [
                ("招商引资优惠政策兑现中擅自放宽条件", "业务流程", "一级风险", "政策兑现经联审会审定，结果公示。"),
            ]),
            ("招商专员", "桑瑾岫", "general", [
                ("虚报招商引资项目和投资额", "岗位职责", "二级风险", "项目信息经投资促进局和统计部门核实。"),
                ("接受客商宴请、礼品礼金", "思想道德", "三级风险", "外出招商报备，廉洁提醒。"),
            ]),
        ]),
        ("四、规划建设局", "规划建设局", [
            ("工程管理员", "乜沛瑶", "general", [
                ("道路基础设施工程隐蔽工程验收走过场", "业务流程", "二级风险", "隐蔽工程验收影像留存，监理签字。"),
                ("工程计量签证与实际不符", "岗位职责", "一级风险", "签证实行监理、跟踪审计、建设单位三方会签。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "qingbaijiang_railport_groups", "http://sn.smesc.cn/policy/show.php?itemid=375284",
        "区 国际铁路港管理委员会 岗位廉政风险防控一览表, after the source's 国务院 approval of the 国际铁路港经济技术开发区 (综保区, "
        "指定口岸, 集装箱中心站, 产业功能区): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施 under GROUP ROWS ``一、管委会领导``, ``二、口岸服务局``, ``三、投资促进局``, ``四、规划建设局`` merged "
        "across (no 科室 column); 岗位 and 姓名 merged per person; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qingbaijiang_pihe_community_posts() -> dict:
    unit = f"{PLACE}大同街道毗河社区"
    sh = _Sheet("排查表", [6, 14, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社区党委书记", "leader", [
            ("年度预算编制", "社区年度预算不经居民代表会议审议，个人确定开支", "制度机制风险", "高风险",
             "预算方案提交居民代表会议审议通过后执行。"),
            ("大额支出决策", "大额支出不经社区“两委”集体讨论", "岗位职责风险", "高风险", "大额支出集体讨论，会议记录存档。"),
        ]),
        ("居委会主任", "leader", [
            ("物资采购", "采购办公用品和活动物资时指定商家，不比价", "业务流程风险", "中风险", "采购三家比价，择优确定并公示。"),
            ("资产处置", "社区固定资产报废、转让不评估不报批", "制度机制风险", "中风险", "资产处置评估后报街道审批。"),
        ]),
        ("报账员", "general", [
            ("票据管理", "以白条入账，收款不开具正规票据", "岗位职责风险", "中风险", "收支一律使用正规票据，票据统一领用。"),
            ("银行对账", "不按时与银行对账，账实不符", "业务流程风险", "低风险", "每月与银行对账，街道财政所季度检查。"),
        ]),
        ("居务监督委员会主任", "middle", [
            ("财务公开监督", "对财务公开内容审核走过场", "岗位职责风险", "低风险", "逐项审核公开内容，监督情况向居民代表报告。"),
        ]),
        ("网格员", "general", [
            ("民生事项代办", "为居民代办补贴申领时索要好处", "思想道德风险", "中风险", "代办事项登记，办理结果回访。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "qingbaijiang_pihe_community_posts", "http://bbs.zhcng.com/jxfw/202506/160526.html",
        "社区 岗位廉政风险点排查表 对岗不对人, after the source's 社区居委会财务管理制度 (年度预算, 票据管理, 固定资产登记, 物资采购, "
        "资产处置): a title, then 序号/岗位 merged per post (社区党委书记, 居委会主任, 报账员, 居务监督委员会主任, 网格员)/a short "
        "风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no 科室 column, no names; an "
        "``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def qingbaijiang_yihu_community_selfchecks() -> dict:
    unit = f"{PLACE}大弯街道怡湖社区"
    t = _Truth(unit)
    people = [
        ("赫沅澄", "社区党委书记", "leader", [
            ("社区财务小组审定支出时一人说了算", "高", "日常支出经财务小组审定，再由主任审批。", "已落实"),
            ("超出审批权限的开支不报街道审批", "中", "按审批权限分档审批，大额开支报街道备案。", "未发现问题"),
        ]),
        ("汲蓁蓉", "报账员", "general", [
            ("报销单据未经三人签字即入账", "高", "报销单据写明用途并经三人签字。", "正在整改"),
            ("超预算开支不报告", "中", "先填开支审批表后支付，严禁超预算开支。", "已落实"),
            ("财务收支状况未按期公开", "低", "每季度在居务公开栏公布收支状况。", "已落实"),
        ]),
        ("伏蕙岩", "网格员", "general", [
            ("入户采集信息时泄露居民个人信息", "中", "信息采集签订保密承诺，系统操作留痕。", "未发现问题"),
            ("代收居民办事材料时收取费用", "低", "代办事项一律免费，收件登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "填表时间", "2025年9月")
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, None)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "社区党委意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "qingbaijiang_yihu_community_selfchecks", "http://www.mie168.com/manage/2003-05/295739.htm",
        "社区 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's answer on how a 社区 manages "
        "its money (社区财务小组, 财务监督小组, 审批权限, 报销 三人签字, 白条, 居务公开): a title, ONE ROW OF THREE PAIRS ``姓　名 | … | "
        "职　务 | … | 填表时间 | 2025年9月`` (no 科室), then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type "
        "column; a blank row and ``本人签名： | 社区党委意见：``",
        sheets, t,
    )  # fmt: skip


def qingbaijiang_datong_service_center_duties() -> dict:
    unit = f"{PLACE}大同街道便民服务中心"
    sh = _Sheet("责任清单", [6, 12, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心主任", "贝芷沄", "leader", [
            ("窗口人员管理", "对窗口人员违反廉政承诺的行为不制止、不报告", "Ⅱ级", "廉政承诺书上墙公示，每月通报窗口监督情况。"),
            ("审批服务事项授权", "擅自扩大窗口审批权限，越权办理", "Ⅰ级", "事项授权清单公开，越权事项一律退回。"),
        ]),
        ("受理员", "索昕岚", "general", [
            ("综合受理", "对材料齐全的申请故意刁难、拖延受理", "Ⅱ级", "一次性告知，受理时限系统监控。"),
            ("容缺受理", "对不符合容缺条件的申请违规容缺受理", "Ⅰ级", "容缺受理清单公开，主任审签。"),
        ]),
        ("社保经办员", "习澄苒", "general", [
            ("社保待遇申领", "为不符合条件人员办理待遇申领", "Ⅰ级", "待遇申领经系统比对和复核岗复核。"),
        ]),
        ("民政经办员", "蒙霁萍", "general", [
            ("残疾人补贴申领", "补贴申领材料审核不严，虚报冒领", "Ⅱ级", "申领名单社区公示，街道抽查。"),
            ("高龄津贴发放", "对已去世人员未及时停发津贴", "Ⅲ级", "每月与殡葬信息比对，及时停发。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "qingbaijiang_datong_service_center_duties",
        "https://xzsp.changde.gov.cn/zhdt/ztzl/cjrdzyfxrrmqzmydmfjg/content_935717",
        "街道便民服务中心 廉政风险防控责任清单, after the source's 经开区 企业服务中心 清廉大厅 (窗口, 审批服务事项, 廉政承诺书, 举报箱): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 and 责任人 merged per person "
        "(no 科室 column)/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/"
        "中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def qingbaijiang_dawan_enforcement_cards() -> dict:
    unit = f"{PLACE}大弯街道综合行政执法中队"
    t = _Truth(unit)
    cards = [
        ("中队长", "商岫湛", "中队领导", "middle", "主持中队全面工作，负责违法建设治理联席会议", [
            ("违法建设查处中选择性执法，为关系人说情", "外部环境", "★★★", "查处决定经中队集体讨论，结果公示。"),
            ("对执法队员违规行为监督不力", "制度机制", "★★", "执法全过程记录，每月抽查执法记录仪。"),
            ("罚没款收缴不及时上缴", "岗位职责", "★★", "罚缴分离，罚没款直接缴入财政专户。"),
        ]),
        ("执法队员", "牟沅霈", "第一执法组", "general", "负责网格内违法占地、违法建设巡查和查处", [
            ("巡查发现违法建设不制止、不上报", "岗位职责", "★★★", "巡查轨迹系统记录，发现问题当日上报。"),
            ("接受当事人宴请，降格处理", "思想道德", "★★", "执法两人以上，签订廉洁执法承诺。"),
        ]),
        ("法制审核员", "荆漪澄", "法制审核组", "general", "负责行政处罚案件法制审核", [
            ("审核把关不严，放任畸轻畸重的处罚", "业务流程", "★★", "处罚裁量基准公开，审核意见存档。"),
            ("泄露案件审核信息", "岗位职责", "★", "案卷专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", tab, None)
        r = sh.add("所在部门", dept, "岗位职责", duty, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-83961234", None, None)
        sheets.append(sh)
    return _layout(
        "qingbaijiang_dawan_enforcement_cards", "http://x.03775.cn/bbs/show-2570.html",
        "街道综合行政执法中队 岗位廉政风险防控卡, one sheet a holder (tabs 中队长, 执法队员, 法制审核员), after the source's 街道 "
        "综合执法中队 set up against 违法占地、违法建设 (网格化管理, 联席会议): a title, the pairs ``姓　名 | … | 职　务 | …`` and "
        "``所在部门 | … | 岗位职责 | …`` (the duty merged over two cells), then 序号/风险点/风险类型 (short names)/风险等级 "
        "``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def qingbaijiang_dawan_service_center_list() -> dict:
    unit = f"{PLACE}大弯街道便民服务中心"
    sh = _Sheet("一览表", [6, 16, 12, 10, 20, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号",
        "服务窗口",
        "岗位",
        "责任人",
        "风险点",
        "风险描述",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("中心领导", "中心主任", "卜澜岺", "leader", "延时服务安排", "延时、节假日服务加班补助虚报人数",
         "制度机制风险", "Ⅱ", "加班补助按考勤系统核发，按月公示。"),
        ("中心领导", "副主任", "仇芷岚", "leader", "窗口事项调整", "擅自减少进驻事项，群众办事多头跑",
         "岗位职责风险", "Ⅲ", "进驻事项清单公开，调整报街道审定。"),
        ("社会保障服务窗口", "窗口负责人", "濮岚沣", "middle", "医疗救助审核", "医疗救助审核中放宽条件，为关系人多报金额",
         "岗位职责风险", "Ⅰ", "救助金额按标准核定，复核岗复核。"),
        ("社会保障服务窗口", "经办员", "双沐晗", "general", "优抚对象年审", "优抚对象年审走过场，对不符合条件者继续发放",
         "业务流程风险", "Ⅰ", "年审资料与公安、殡葬信息比对。"),
        ("民政服务窗口", "经办员", "闻沄熙", "general", "低保申请受理", "低保申请受理中收受好处，承诺“包办”",
         "思想道德风险", "Ⅰ", "受理与审核分离，受理结果短信告知。"),
        ("民政服务窗口", "经办员", "闻沄熙", "general", "上门代办", "网格员上门代办材料传递中遗失或泄露信息",
         "外部环境风险", "Ⅲ", "代办材料交接签字，信息加密保管。"),
        ("综合受理窗口", "受理员", "宦泠菲", "general", "收件受理", "对群众办事材料多次退回、故意刁难",
         "业务流程风险", "Ⅱ", "一次性告知，办事评价结果纳入考核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None, None)
    return _layout(
        "qingbaijiang_dawan_service_center_list", "https://news.ifeng.com/a/20170821/51706660_0.shtml",
        "街道便民服务中心 岗位廉政风险防控一览表, after the source's 街道政务服务中心 (低保申请, 优抚对象年审, 医疗救助, 网格员 上门"
        "代办, 延时服务): a title, then 序号/``服务窗口`` written on EVERY row (no merges; 中心领导, 社会保障服务窗口, 民政服务窗口, "
        "综合受理窗口)/岗位/``责任人``/a short 风险点/a long ``风险描述``/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a "
        "merged ``注：`` line on the grades and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingbaijiang_datong_rows_split_at_page_breaks(),
    qingbaijiang_dawan_subdistrict_two_sheets(),
    qingbaijiang_railport_groups(),
    qingbaijiang_pihe_community_posts(),
    qingbaijiang_yihu_community_selfchecks(),
    qingbaijiang_datong_service_center_duties(),
    qingbaijiang_dawan_enforcement_cards(),
    qingbaijiang_dawan_service_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch343-inbox"))
