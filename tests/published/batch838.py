"""The eight-hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 工信 and 商务
bodies, 柘荣县 (of 宁德市, 福建) — its 工业信息化和商务局 (with its 成品油流通管理股), 中小企业服务中心,
电子商务服务中心, 经济开发区管委会, 商贸流通服务中心, 商务综合执法大队 and 工业园区服务中心 — each
handing back the 一览表, 防控卡, 排查表, 清单, 自查表 or 登记表 its staff typed in WPS or Excel:

- the 工业信息化和商务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 中小企业服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 电子商务服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no
  names;
- the 经济开发区管委会's 责任清单 under GROUP ROWS ``一、管委会领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 商贸流通服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 商务综合执法大队's 登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``高风险/中风险/低风险``, a ``注：`` line;
- the 工业园区服务中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, 高/中/低, no type column.

One is harder:

- ``zherong_investment_center_traditional_script``: the 招商服务中心's 廉潔招商風險防控公示表 made for
  the 台商 it serves (对台招商) and sent back AS IT WAS PRINTED, IN TRADITIONAL CHARACTERS (正體字 /
  繁體, as WPS's 简转繁 or a 台商-facing copy writes it): title ``柘榮縣招商服務中心廉潔招商風險防控
  公示表（對台招商）``, a ``填報單位：…`` line, the heading ``序號 | 股室 | 崗位 | 姓名 | 廉政風險點 |
  風險等級 | 防控措施``, 股室/崗位/姓名 merged per person, levels ``一級/二級/三級``, a ``註：`` line and a
  ``製表：　審核：`` line. The arrangement is the plainest one; only the SCRIPT differs: every heading
  word the reader keys on (崗位, 風險點, 風險等級, 序號) and every level word (級) is written in its
  traditional form. The README's 读得懂的表 knows bilingual forms with Russian or Korean translation
  rows (read by their Chinese), English initials H/M/L, full-width and vertical text, codes and
  field-code headings from a database explained by a data dictionary; neither it nor any module
  under ``tests/`` nor ``xlproc/`` has a single traditional character of these headings
  (``grep -rn '風險\\|崗位' docs tests xlproc`` finds nothing before this batch): a whole list in
  traditional characters is a shape it does not describe.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市's reading of its 招商引资优惠政策
兑现暂行办法 — 兑现范围, 条件, 责任主体, 兑现程序; the 国务院办公厅's 意见 on 成品油流通 — 批发仓储
备案, 零售经营, 监管; a 市's 工业技术改造专项引导资金管理办法 — 申报审核流程, 真实性; a page on 县级
农村电子商务公共服务中心 and 服务站点 subsidies; a 记者调查 on 经开区 corruption — 项目审批, 规划变更,
亲友承揽业务; a 市商务局's 公告 on 单用途商业预付卡 备案; a 县检察院 on 黑油车 and 成品油流通 监管漏洞; a
市工信局机关纪委's 抽查 of 技改设备 补贴 — 发票核验, 现场核查) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 揭 and 桂 with rare given names); every unit is a body of 柘荣县.

Run ``python tests/published/score.py --set batch838`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the harder file's truth is written as the file writes it: its unit ``柘榮縣招商服務中心``, its 科室
  (``中心領導``, ``招商股``), posts (``主任``, ``副主任``, ``股長``, ``股員``) and points in traditional
  characters; the holders' names are written alike in both scripts; ``一級/二級/三級`` are 1/2/3; the
  ``註：`` and ``製表`` lines are no points;
- ``局领导``, ``管委会领导``, ``中心领导``, ``大队领导`` (a sheet, a group row, a 科室 or 部门 cell) are
  the 科室 of those leaders; the 局's leaders (sheet ``局领导``, no 科室 column) and the cards'
  leaders have no 科室; a 局's 股, a 管委会's 科 and a 大队's 中队 are 科室; a group row ``二、规划建设科``
  gives the 科室 ``规划建设科`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 大队长 are leaders; 股长, 科长, 中队长
  middle; the rest (股员, 科员, 会计, 执法队员, 项目专员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 电子商务服务中心's list
  names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b838_"
PLACE = "柘荣县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
TRAD = {"一級": 1, "二級": 2, "三級": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

TRAD_UNIT = "柘榮縣招商服務中心"

# (股室, 崗位, 姓名, tier, [(廉政風險點, 風險等級, 防控措施)]), all in traditional characters
TRAD_ROWS = [
    ("中心領導", "主任", "桂芷蘅", "leader", [
        ("招商引資項目准入評估不經集體研究，個人拍板", "一級", "項目准入實行聯審會議制度，會議紀要存檔備查。"),
        ("優惠政策兌現審核中放寬條件，違規承諾", "一級", "優惠政策兌現按程序報縣政府審定，結果公示。"),
    ]),
    ("中心領導", "副主任", "揭昀泓", "leader", [
        ("台資企業投資協議洽談中接受企業宴請、禮品", "二級", "洽談全程兩人以上參加，嚴守中央八項規定精神。"),
        ("招商推介活動經費虛列開支", "二級", "活動經費實行預算管理，憑票據和活動記錄報銷。"),
    ]),
    ("招商股", "股長", "桂岫霖", "middle", [
        ("項目洽談信息泄露給關聯企業", "二級", "項目信息分級管理，簽訂保密承諾書。"),
        ("固定資產投資額核查不實，虛報投資", "一級", "投資額由第三方機構審計核定。"),
    ]),
    ("招商股", "股員", "揭雯琪", "general", [
        ("項目代辦服務中收取好處費", "三級", "代辦事項登記台賬，服務對象定期回訪。"),
    ]),
]  # fmt: skip


def zherong_investment_center_traditional_script() -> dict:
    sh = _Sheet("公示表", [6, 12, 9, 9, 40, 10, 36])
    t = _Truth(TRAD_UNIT)
    _line(sh, f"{TRAD_UNIT}廉潔招商風險防控公示表（對台招商）", 7)
    _line(sh, f"填報單位：{TRAD_UNIT}{GAP * 16}2025年5月", 7)
    sh.add("序號", "股室", "崗位", "姓名", "廉政風險點", "風險等級", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TRAD_ROWS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], TRAD[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "註：風險等級分為一級、二級、三級，一級為最高。", 7)
    sh.add("製表：", None, None, "審核：", None, None, "（蓋章）")
    return _layout(
        "zherong_investment_center_traditional_script", "http://hbdaye.gov.cn/zfxxgk/dfbmptlj/szbm/dyszwfwhdsjgljjgsz/zc_16644/zcjd_19933/202210/t20221025_955228.html",
        "(harder) 县招商服务中心 廉潔招商風險防控公示表 for the 台商 it serves, IN TRADITIONAL CHARACTERS (正體字/繁體), after "
        "the source's reading of a 招商引资优惠政策兑现暂行办法 (兑现范围, 条件, 责任主体, 兑现程序, 招商服务中心): a title "
        "``…公示表（對台招商）``, a ``填報單位：…`` line, then ``序號 | 股室 | 崗位 | 姓名 | 廉政風險點 | 風險等級 | 防控措施`` "
        "with 股室 merged and 崗位/姓名 merged per person, levels ``一級/二級/三級``, no type column; a ``註：`` line and a "
        "``製表：　審核：`` line; the plainest arrangement, only the script is traditional throughout",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zherong_industry_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}工业信息化和商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("揭曜岑", "局长", "主持全面工作", [
            ("专项资金分配方案不经党组会集体研究", "一级", "资金分配方案经局党组会研究，联合县财政局下达并公开。"),
            ("干预成品油零售经营资格审核", "一级", "审核事项按规定程序办理，领导干部插手干预一律登记报告。"),
        ]),
        ("桂昱澂", "副局长", "分管工业、成品油流通", [
            ("成品油批发仓储备案审核把关不严", "一级", "备案材料股室初审、分管领导复核，结果在局网站公开。"),
            ("企业技改项目现场核查走过场", "二级", "现场核查两人以上，照片和核查记录存档。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工业股", "股长", "揭韫珩", "middle", "技改专项资金项目推荐中优亲厚友", "一级",
         "推荐项目按评分标准打分，推荐名单公示。"),
        ("工业股", "股员", "桂颋岩", "general", "企业申报材料真实性审核不严", "二级", "申报材料与发票、合同原件逐项核对。"),
        ("成品油流通管理股", "股长", "桂骞韬", "middle", "加油站日常检查发现问题隐瞒不报", "一级",
         "检查结果录入监管台账，问题整改闭环销号。"),
        ("成品油流通管理股", "股长", "桂骞韬", "middle", "接受成品油经营企业宴请、购物卡", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
        ("成品油流通管理股", "股员", "揭曈萱", "general", "成品油经营企业年度报告审核流于形式", "三级",
         "年度报告抽查比例不低于三成。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zherong_industry_commerce_bureau_two_sheets", "https://m.cpca.com.cn/4064/202502/15048.html",
        "县工业信息化和商务局 廉政风险防控一览表 in TWO SHEETS, after the source's 国务院办公厅 意见 on 成品油流通 (批发仓储 "
        "备案管理, 零售经营, 事中事后监管): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged (工业股, 成品油流通管理股) and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zherong_sme_center_cards() -> dict:
    unit = f"{PLACE}中小企业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "桂翊骢", "主任", "主持中心全面工作", "leader", [
            ("中小企业发展专项资金申报项目筛选不公开", "★★★", "申报条件和评审结果在县政府网站公开。"),
            ("“专精特新”企业推荐中收受企业好处", "★★★", "推荐经中心班子会集体研究，名单公示。"),
            ("参加企业座谈接受土特产", "★", "严守中央八项规定精神，不收受任何礼品。"),
        ]),
        ("副主任", "揭莳蔚", "副主任", "分管融资服务、企业培训", "leader", [
            ("应急转贷资金使用审核把关不严", "★★", "转贷申请经银行、中心两方审核，专账管理。"),
            ("企业培训项目委托机构指定关系户", "★★", "培训机构比选确定，比选过程留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zherong_sme_center_cards", "https://www.chacewang.com/newsdetail/news573737.html",
        "县中小企业服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 工业技术改造专项引导资金管理办法 "
        "(申报审核流程, 申报资料真实性, 专项资金): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zherong_ecommerce_center_posts() -> dict:
    unit = f"{PLACE}电子商务服务中心"
    sh = _Sheet("排查表", [6, 14, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "农村电商服务站点建设补助对象确定暗箱操作", "制度机制风险", "高",
         "补助对象由乡镇推荐、中心审核、结果公示。"),
        ("中心领导", "主任", "leader", "公共服务中心运营服务商比选中倾向特定企业", "外部环境风险", "高",
         "运营服务商通过公开招标确定。"),
        ("站点管理股", "股长", "middle", "村级服务站点绩效考评打分不实", "岗位职责风险", "中",
         "考评由乡镇考核组打分，结果公示确认。"),
        ("站点管理股", "站点专员", "general", "站点运营补助申领材料审核不严", "业务流程风险", "中",
         "补助申领凭运营台账和交易记录审核。"),
        ("培训推广股", "培训专员", "general", "电商培训虚报参训人数", "业务流程风险", "中",
         "培训签到人脸识别，名单公示。"),
        ("培训推广股", "培训专员", "general", "接受培训机构吃请", "思想道德风险", "低", "签订廉洁承诺，定期廉政谈话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "zherong_ecommerce_center_posts", "https://wodeyuanxiao.com/Educationandtraining/xtzefakyug.html",
        "县电子商务服务中心 岗位廉政风险点排查表 对岗不对人, after the source's page on 县级农村电子商务公共服务中心 and "
        "乡村服务站点 (公开招标, 补助比例, 站点建设): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zherong_development_zone_group_rows() -> dict:
    unit = f"{PLACE}经济开发区管委会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "揭骁峒", "leader", [
                ("入园项目审批中为亲友承揽工程提供便利", "一级风险", "领导干部亲属经商办企业情况报告，项目审批回避。"),
                ("园区企业用地指标分配个人说了算", "一级风险", "用地指标分配经管委会主任办公会集体研究。"),
            ]),
        ]),
        ("二、规划建设科", "规划建设科", [
            ("科长", "桂砚滔", "middle", [
                ("园区项目规划指标变更审核放宽", "一级风险", "规划变更经专家论证并公示。"),
                ("基础设施工程变更签证把关不严", "二级风险", "变更签证三方会签，跟踪审计。"),
            ]),
        ]),
        ("三、招商合作科", "招商合作科", [
            ("科长", "揭筠嵘", "middle", [
                ("入园企业准入评审打招呼、走过场", "二级风险", "准入评审专家随机抽取，评审打分留痕。"),
            ]),
            ("科员", "桂珣蓼", "general", [
                ("企业入园协议履约情况核查不实", "三级风险", "履约核查每半年一次，结果报管委会。"),
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
        "zherong_development_zone_group_rows", "http://gsdjw.com/news/guonei/252947.html",
        "县经济开发区管委会 廉政风险防控责任清单, after the source's 记者调查 on 经开区 corruption (项目审批, 规划审批和变更, "
        "亲友在区内承揽业务): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、管委会领导``, ``二、规划建设科``, ``三、招商合作科`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zherong_trade_circulation_selfchecks() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    t = _Truth(unit)
    people = [
        ("桂晗沛", "中心领导", "主任", "leader", [
            ("单用途商业预付卡备案审核放宽条件", "Ⅰ级", "备案材料逐项审核，备案结果公开。", "已落实"),
            ("家政、餐饮企业扶持资金分配不公开", "Ⅱ级", "扶持名单经集体研究并公示。", "未发现问题"),
        ]),
        ("揭棠翾", "市场科", "科员", "general", [
            ("预付卡发卡企业资金存管检查走过场", "Ⅱ级", "存管情况与银行对账核实。", "已落实"),
            ("再生资源回收经营者备案材料把关不严", "Ⅲ级", "备案材料双人审核。", "已落实"),
        ]),
        ("桂霄芮", "市场科", "科长", "middle", [
            ("消费促进活动承办单位指定关系企业", "Ⅰ级", "承办单位公开征集，评审确定。", "未发现问题"),
            ("酒类流通随附单检查发现问题不处理", "Ⅲ级", "检查问题登记台账，限期整改。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zherong_trade_circulation_selfchecks", "http://www.taopinke.com.cn/bkzg/082024/2279794.html",
        "县商贸流通服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市商务局 "
        "公告 on 单用途商业预付卡 备案 (零售业、住宿和餐饮业、居民服务业 企业, 备案登记): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def zherong_commerce_enforcement_register() -> dict:
    unit = f"{PLACE}商务综合执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "桂铎彦", "leader", [
            ("非法经营成品油案件查处中说情、打招呼", "制度机制", "高风险", "案件查处集体审议，说情干预登记报告。"),
            ("罚没油品处置不按规定程序", "业务流程", "中风险", "罚没油品统一登记，依法拍卖处置。"),
        ]),
        ("一中队", "中队长", "揭璟崧", "middle", [
            ("流动加油车、黑油点线索不移交", "岗位职责", "高风险", "线索登记编号，移交情况每月通报。"),
        ]),
        ("一中队", "执法队员", "桂鹞川", "general", [
            ("加油站检查提前透露检查时间", "思想道德", "中风险", "检查对象随机抽取，检查当天通知。"),
            ("检查中接受加油站提供的加油卡", "外部环境", "低风险", "执法全程记录仪录像。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险三档。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zherong_commerce_enforcement_register", "https://gc.xy.hbjc.gov.cn/gjxw/gcjx/202512/t20251219_1875693.shtml",
        "县商务综合执法大队 廉政风险点排查登记表, after the source's 县检察院 on 黑油车 and 成品油流通 监管漏洞 (非法经营, "
        "流动加油车, 加油站登记核查, 专项整治): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zherong_industrial_park_list() -> dict:
    unit = f"{PLACE}工业园区服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "揭樾岷", "leader", "园区标准厂房租赁对象确定不公开", "高",
         "厂房租赁对象公开征集，结果公示。"),
        ("中心领导", "主任", "揭樾岷", "leader", "技改设备补贴初审意见受企业干扰", "中", "初审意见集体研究，抽查发票核验。"),
        ("企业服务股", "股长", "桂昕翮", "middle", "技改设备现场核查票物不一致不报告", "高",
         "现场核查逐台核对设备名称、购置日期和金额。"),
        ("企业服务股", "项目专员", "揭岫淳", "general", "为企业代办手续收取好处费", "中", "代办事项登记，办结回访。"),
        ("综合股", "会计", "揭婵湄", "general", "园区物业费收入不及时入账", "低", "收费票据统一领用，收入日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "zherong_industrial_park_list", "http://xiuzhiben.com/gxj/html/jxw/2020/CECCOPBH_0414/29777.html",
        "县工业园区服务中心 岗位廉政风险防控一览表, after the source's 市工信局机关纪委 抽查 of 技改设备 补贴 (发票核验, 设备 "
        "购置日期、名称和金额, 现场核查): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zherong_investment_center_traditional_script(),
    zherong_industry_commerce_bureau_two_sheets(),
    zherong_sme_center_cards(),
    zherong_ecommerce_center_posts(),
    zherong_development_zone_group_rows(),
    zherong_trade_circulation_selfchecks(),
    zherong_commerce_enforcement_register(),
    zherong_industrial_park_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch838-inbox"))
