"""A thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: COMBINED CELLS — two things typed into one cell, or one
thing spread over a triple of columns, as a 法院, a 公安分局, a 司法局, a 供电公司 and a 农商银行
really hand their tables back. Eight are EVERYDAY:

- a 区法院 排查表 whose ``风险点及等级`` column writes the level in brackets after the point
  (``违规缓交、减交、免交诉讼费（高）``, now and then ``(低)``), 部门/岗位/姓名 columns beside it;
- a 县法院 清单 with a ``风险编号`` column (``LA-01``, ``ZX-02``), the type in brackets after the
  point (``…（岗位职责风险）``), levels 一级/二级/三级 and the holder in trailing 责任部门/责任岗位/
  责任人 columns;
- a 公安分局 一览表 with no 姓名 column whose ``防控措施及责任人`` cell ends with ``责任人：熊国栋``
  (the holder), once with a role (``责任人：窗口当班民警``, nobody named);
- a 公安分局 派出所 排查表 whose type and level share one ``风险类别及等级`` cell
  (``岗位职责/中``, ``思想道德、外部环境/高``), the 派出所 named in the title after the 分局;
- a 区司法局 排查表 whose level is a tag at the start of the point (``【一级】对社区矫正对象…``)
  under the heading ``廉政风险点（注明等级）``, with its own 风险类型 column;
- a 市司法局 清单 with the 责任领导 / 责任科室 / 责任人 triple at the right (the 责任领导 merged
  over the rows he oversees), no post column;
- a 县供电公司 一览表 对岗不对人 whose ``风险点（风险类型）`` column writes the type in brackets
  after the point (``…（制度机制）``, ``…（岗位职责、外部环境）``), levels in their own column;
- a 农商银行 排查表 with ``风险编号`` ``FX-01`` … and a ``岗位及人员`` column ``出纳：薛文亮``
  (once with a half-width colon), levels Ⅰ级/Ⅱ级/Ⅲ级.

One is harder:

- ``bank_branch_measure_owner_watches``: a 农商银行 支行 排查表 (the 支行 named in the title)
  with ``岗位及人员`` (``客户经理：吴磊``), ``风险点及等级`` (``…【高】``) and ``防控措施及责任人``
  whose 责任人 is the 支行行长 or the 会计主管 — themselves holders of other rows — for the
  points of the staff under them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a study of a 区法院's 风险节点,
a 中院's 监控系统 of 诉讼费/执行款/评估拍卖, a 市公安局's 创廉 清单, an explainer of a 城区公安局,
a 区司法局's and a 市司法局's 实施意见, a 供电公司's 营销合规 稽查, a 农商行's 案防 article and a
农村合作银行's 客户经理 监督 news item) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch34`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b34_``).

Judgement calls this batch leans on — how a coordinator reads a combined cell:

- ``risk_point`` is the point's own text, WITHOUT the level or type written into it: ``违规缓交、
  减交、免交诉讼费（高）`` is the point ``违规缓交、减交、免交诉讼费`` at level 高; ``【一级】对社区
  矫正对象违规批准外出、变更居住地`` is the point after the tag at level 一级; ``…（岗位职责风险）``
  and ``…（制度机制）`` are the point before the brackets with that type (two types in one bracket,
  joined by 、, are both); ``…【高】`` is the point before the tag at level 高;
- a ``风险类别及等级`` cell ``思想道德、外部环境/高`` names the types before the ``/`` and the level
  after it;
- a ``风险编号`` (``FX-03``, ``LA-01``) is no part of the point and no point;
- ``岗位及人员`` ``出纳：薛文亮`` is the post 出纳 and the holder 薛文亮 (either colon);
- in a table with no other column naming people, the ``责任人：熊国栋`` at the end of a
  ``防控措施及责任人`` cell is the holder of the point (the measures are the text before it); a
  role there (``责任人：窗口当班民警``) names nobody: person "" and the post is the form;
- in a table whose ``岗位及人员`` names the holders, the 责任人 of a ``防控措施及责任人`` cell watches
  the point (the 支行行长 over his 客户经理) and holds only the rows of his own post;
- of the 责任领导 / 责任科室 / 责任人 triple, the 责任科室 is the department, the 责任人 the holder
  and the 责任领导 a watcher; with no post column the title is "" and the tier None; with a
  责任岗位 column (责任部门 / 责任岗位 / 责任人) the post is the title;
- a 派出所/支行 named in a title after the unit is the department of every row under it.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b34_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
TIER = {"庭长": "middle", "主任": "middle", "大队长": "middle", "科长": "middle",
        "所长": "middle", "会计主管": "middle", "支行行长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _level(text: str) -> int:
    """The level a tag or bracket names (``（高）``, ``【一级】``, ``/中``…)."""
    for scale in (ORDINAL, HML):
        for k, v in scale.items():
            if k in text:
                return v
    raise ValueError(text)


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
    done = set()
    for r, e, cols in spans:
        for c in cols:
            if (r, e, c) in done:
                continue
            done.add((r, e, c))
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


# --------------------------------------------------------------------------- harder layout


def bank_branch_measure_owner_watches() -> dict:
    unit = "XX农村商业银行"
    branch = "城东支行"
    sh = _Sheet("排查表", [5, 18, 40, 10, 36])
    t = _Truth(unit)
    sh.title(f"{unit}{branch}员工岗位廉洁风险排查表", 5)
    sh.add("填报时间:2024年4月", None, None, None, None)
    sh.add("序号", "岗位及人员", "风险点及等级", "风险类型", "防控措施及责任人")
    rows = [
        ("支行行长", "周海", "授信审批中打招呼，干预贷款调查结论", "【高】", "思想道德",
         "1.重大授信提交总行贷审会审议；\n2.行长不参与本人亲属贷款审查。", "周海"),
        ("支行行长", "周海", "违规决定营销费用列支，虚列招待开支", "【中】", "制度机制",
         "费用支出按月公示，总行财务部季度抽查。", "周海"),
        ("客户经理", "吴磊", "贷款调查中收受借款人好处费、土特产", "【高】", "岗位职责",
         "1.贷前调查双人实地进行；\n2.放款后电话回访客户。", "周海"),
        ("客户经理", "吴磊", "向贷款客户搭售保险、理财产品", "【中】", "外部环境",
         "搭售行为纳入行风评议，客户可投诉至总行。", "周海"),
        ("客户经理", "叶晓峰", "拆分贷款额度规避审批权限", "【高】", "业务流程",
         "系统监测同一借款人短期多笔贷款并预警。", "周海"),
        ("会计主管", "钱芳", "对柜员异常交易不核查、不报告", "【中】", "岗位职责",
         "每日查看异常交易清单，核查结果留痕。", "钱芳"),
        ("综合柜员", "许丹", "代客户保管存折、密码，代办存取业务", "【中】", "业务流程",
         "柜员不得代客保管凭证，每月突击检查。", "钱芳"),
        ("综合柜员", "许丹", "大额现金取款不登记、不报告", "【低】", "制度机制",
         "大额取现登记簿每日核对。", "钱芳"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, lv, typ, measures, owner) in enumerate(rows, 1):
        sh.add(n, f"{post}：{who}", point + lv, typ, f"{measures}\n责任人：{owner}")
        t.point(sh.name, branch, post, who, _tier(post), point, types_in(typ), _level(lv))
    _merge_runs(sh, first, [(1,)])
    sh.add()
    sh.add("支行负责人签字:", None, "总行纪检监察室审核:", None, None)
    return _layout(
        "bank_branch_measure_owner_watches", "http://dialog.cnnb.com.cn/system/2012/06/18/007355741.shtml",
        "(harder) 农商银行 支行 员工岗位廉洁风险排查表 after the source's news item on a 农村合作银行's 客户经理 "
        "监督 (支行, 客户经理, 行风评议, 员工风险交易审计): the 支行 named in the title after the bank; "
        "``岗位及人员`` ``客户经理：吴磊`` merged per person; ``风险点及等级`` ``…【高】``; a 风险类型 column; "
        "``防控措施及责任人`` ending ``责任人：周海``/``责任人：钱芳`` — the 支行行长 and 会计主管, holders of "
        "their own rows, named as 责任人 of their staff's points (watchers); sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def court_point_level_brackets() -> dict:
    unit = "XX市XX区人民法院"
    sh = _Sheet("排查表", [5, 12, 10, 9, 42, 34])
    t = _Truth(unit)
    sh.title(f"{unit}审判执行岗位廉政风险点排查表", 6)
    sh.add("序号", "部门", "岗位", "姓名", "风险点及等级", "防控措施")
    rows = [
        ("立案庭", "庭长", "孟庆华", "对符合条件的起诉拖延立案、选择性立案", "（中）",
         "立案登记全程录入系统，超期自动预警。"),
        ("立案庭", "庭长", "孟庆华", "违规缓交、减交、免交诉讼费", "（高）",
         "缓减免申请经院领导审批，每季度公示。"),
        ("立案庭", "法官助理", "邓雅琴", "立案信息录入不实，为当事人指定承办法官", "（中）",
         "案件随机分案，改分须庭长审批留痕。"),
        ("民事审判庭", "庭长", "柏建新", "合议庭评议前向当事人透露合议意见", "（高）",
         "评议笔录封存，泄密追责。"),
        ("民事审判庭", "法官", "罗振宇", "私下会见当事人及其代理人", "（高）",
         "会见在接待室进行并登记，同步录音录像。"),
        ("民事审判庭", "法官", "罗振宇", "调解中偏袒一方，变相强迫调解", "（中）",
         "调解协议当庭确认，当事人可反映意见。"),
        ("民事审判庭", "书记员", "苏婉", "庭审笔录记录不实或事后改动", "(中)",
         "庭审同步录音录像，笔录当庭签字。"),
        ("民事审判庭", "书记员", "苏婉", "卷宗装订不及时，遗失证据材料", "(低)",
         "结案后限期归档，档案室逐卷核对。"),
        ("执行局", "执行员", "贺立峰", "执行款到账后不及时发还，截留挪用", "（高）",
         "执行款一案一账户，到账即告知申请人。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point + lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], _level(lv))
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("院纪检组审核:", None, None, "填报日期:2024年3月", None, None)
    return _layout(
        "court_point_level_brackets", "http://snbai.com/article/62656.html",
        "区法院 审判执行岗位廉政风险点排查表 after the source's study by a 区法院's 纪检组 of the 风险节点 of "
        "部门 and 岗位 in 审判执行 (立案, 审判, 执行款, 书记员): 部门 merged, 岗位/姓名 merged per person; one "
        "``风险点及等级`` column writing the level in brackets after the point ``…（高）``/``（中）`` and twice "
        "half-width ``(中)``/``(低)``; no level column; 纪检组审核 line",
        [sh], t,
    )  # fmt: skip


def court_numbered_type_suffix() -> dict:
    unit = "XX县人民法院"
    sh = _Sheet("风险清单", [8, 12, 40, 7, 32, 11, 11, 8])
    t = _Truth(unit)
    sh.title(f"{unit}重点环节廉政风险防控清单", 8)
    sh.add(
        "风险编号", "风险环节", "风险点", "风险等级", "防控措施", "责任部门", "责任岗位", "责任人"
    )
    rows = [
        ("LA-01", "诉讼费缓减免", "违规批准缓交、减交、免交诉讼费", "（岗位职责风险）", "一级",
         "缓减免须书面申请并附证明，分管院长审批。", "立案庭", "庭长", "阎立新"),
        ("LA-02", "诉讼费退费", "诉讼费退费拖延或违规退费", "（制度机制风险）", "二级",
         "退费经财务复核，退至当事人本人账户。", "立案庭", "诉讼费管理员", "齐佳音"),
        ("ZX-01", "执行款物发还", "执行款到账后拖延发还、截留挪用", "（岗位职责风险）", "一级",
         "执行款到账短信告知，超期未发还预警。", "执行局", "执行法官", "黎振华"),
        ("ZX-02", "执行措施", "选择性查封、冻结，为被执行人通风报信", "（思想道德风险）", "一级",
         "查控措施网上审批，全程留痕。", "执行局", "执行法官", "黎振华"),
        ("JD-01", "评估拍卖鉴定", "暗示当事人选择特定评估、拍卖机构", "（外部环境风险）", "一级",
         "机构随机摇号，当事人到场监督。", "司法技术室", "主任", "佟晓梅"),
        ("JD-02", "评估拍卖鉴定", "鉴定报告逾期不催办，放任鉴定机构拖延", "（业务流程风险）", "三级",
         "鉴定期限系统监控，逾期通报。", "司法技术室", "主任", "佟晓梅"),
    ]  # fmt: skip
    first = len(sh.rows)
    for code, step, point, typ, lv, measures, dept, post, who in rows:
        sh.add(code, step, point + typ, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), ORDINAL[lv])
    _merge_runs(sh, first, [(1,), (5,), (6, 7)])
    sh.add()
    sh.add(
        "注:风险编号LA为立案、ZX为执行、JD为司法技术;风险等级分一级、二级、三级。", *([None] * 7)
    )
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 7)
    return _layout(
        "court_numbered_type_suffix",
        "http://www.ycfy.hbfy.gov.cn/DocManage/ViewDoc?docId=69208a0f-ab02-11e1-bbf9-4c1fcc467667",
        "县法院 重点环节廉政风险防控清单 after the source's news item on a 中院's 廉政风险监控系统 (缓、减、免、收"
        "诉讼费, 执行款物的发还, 评估拍卖鉴定管理, 重点环节): a ``风险编号`` column ``LA-01``/``ZX-02``/``JD-01`` "
        "first; 风险环节 merged; the type in brackets after the point ``…（岗位职责风险）``; levels 一级/二级/三级; "
        "the holder in trailing 责任部门/责任岗位/责任人 columns (merged); 注 line explaining the codes",
        [sh], t,
    )  # fmt: skip


def police_measures_name_holder() -> dict:
    unit = "XX市公安局XX分局"
    sh = _Sheet("一览表", [5, 14, 12, 36, 8, 38])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点及防控措施一览表", 6)
    sh.add("序号", "部门", "岗位", "风险点", "风险等级", "防控措施及责任人")
    role = "窗口当班民警"
    rows = [
        ("治安管理大队", "大队长", "对娱乐场所违法经营降格处理、以罚代刑", "高",
         "1.处罚决定经法制部门审核；\n2.重大案件集体讨论。", "熊国栋"),
        ("治安管理大队", "大队长", "特种行业许可审核把关不严", "中",
         "1.许可条件网上公开；\n2.现场核查两人以上。", "熊国栋"),
        ("治安管理大队", "民警", "治安检查中接受经营业主宴请、礼品", "中",
         "检查全程佩戴执法记录仪，大队每周抽查。", "莫少华"),
        ("户政管理科", "科长", "户籍档案查询审批随意，泄露公民信息", "中",
         "查询实行审批登记，系统日志每月比对。", "龙海燕"),
        ("户政管理科", "户籍窗口", "违规办理户口迁入、更改出生日期", "高",
         "1.材料双人审核；\n2.变更类业务报科长审批。", role),
        ("刑事侦查大队", "主办侦查员", "涉案财物不登记、不移交，私自处置", "高",
         "涉案财物统一入管理中心，扫码出入库。", "覃志勇"),
        ("刑事侦查大队", "主办侦查员", "违规变更强制措施，为嫌疑人通风报信", "高",
         "变更强制措施经分局领导审批，法制部门监督。", "覃志勇"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, owner) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, f"{measures}\n责任人：{owner}")
        holder = "" if owner == role else owner
        t.point(sh.name, dept, post, holder, _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1,), (2,)])
    sh.add()
    sh.add("分局纪委审核:", None, None, "2024年2月", None, None)
    return _layout(
        "police_measures_name_holder",
        "https://szb.shaoyangnews.net/szb/syrb/pc/content/202011/02/content_1393.html",
        "公安分局 岗位廉政风险点及防控措施一览表 after the source's interview on a 市公安局's 创廉 (岗位职责清单, "
        "职权运行清单, 廉洁所队, 县市区局): 部门 and 岗位 merged, no 姓名 column; the holder named at the end of a "
        "``防控措施及责任人`` cell (``…\\n责任人：熊国栋``), once a role (``责任人：窗口当班民警``); 高/中/低; "
        "分局纪委审核 line",
        [sh], t,
    )  # fmt: skip


def police_type_level_cell() -> dict:
    unit = "XX市公安局城区分局"
    station = "江北派出所"
    sh = _Sheet("Sheet1", [5, 10, 9, 38, 18, 34])
    t = _Truth(unit)
    sh.title(f"{unit}{station}民警岗位廉政风险排查表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别及等级", "防控措施")
    rows = [
        ("所长", "鲁志刚", "对辖区危险物品从业单位检查走过场", "岗位职责/中",
         "检查清单逐项签字，分局治安大队抽查。"),
        ("所长", "鲁志刚", "插手干预案件办理，为他人说情打招呼", "思想道德、外部环境/高",
         "过问案件一律登记，定期通报。"),
        ("社区民警", "颜晓波", "出租屋登记中收受房东好处，漏登瞒报", "岗位职责/中",
         "出租屋信息系统比对，所长每月抽查。"),
        ("户籍民警", "毕海燕", "违规出具户籍证明、亲属关系证明", "业务流程/高",
         "证明出具前调查核实，所长签批。"),
        ("户籍民警", "毕海燕", "身份证加急办理中收取好处费", "思想道德/低",
         "加急条件公开，办理结果公示。"),
        ("办案民警", "郝立群", "治安调解中偏袒一方、违规收取保证金", "制度机制/中",
         "调解在调解室进行，不收取任何费用。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, cell, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, cell, measures)
        typ, lv = cell.split("/")
        t.point(sh.name, station, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    sh.add("所长签字:", None, None, "分局督察大队审核:", None, None)
    return _layout(
        "police_type_level_cell", "https://bkwk.cn/article/hzscqgajjzdzzytz.html",
        "公安分局 派出所 民警岗位廉政风险排查表 after the source's explainer of a 城区公安局's duties (户籍与身份证, "
        "出租屋与流动人口, 危险物品管理, 治安管理): the 派出所 named in the title after the 分局; 岗位/姓名 merged per "
        "person; type and level in ONE ``风险类别及等级`` cell (``岗位职责/中``, ``思想道德、外部环境/高``); "
        "督察大队审核 line",
        [sh], t,
    )  # fmt: skip


def justice_level_tag_in_point() -> dict:
    unit = "XX区司法局"
    sh = _Sheet("排查表", [5, 16, 8, 9, 44, 10, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查登记表", 7)
    sh.add(
        "序号", "科室（司法所）", "岗位", "姓名", "廉政风险点（注明等级）", "风险类型", "防控措施"
    )
    rows = [
        ("社区矫正科", "科长", "易文斌", "【一级】", "对社区矫正对象违规批准外出、变更居住地", "岗位职责",
         "外出审批报分管局长，信息化核查轨迹。"),
        ("社区矫正科", "科长", "易文斌", "【二级】", "对矫正对象违规行为不按规定提请处罚", "制度机制",
         "违规情形按标准处理，每月集体评议。"),
        ("公共法律服务科", "科员", "常晓静", "【二级】", "法律援助受理审查不严，为不符合条件者指派律师",
         "业务流程", "援助对象经济状况核查留档。"),
        ("公共法律服务科", "科员", "常晓静", "【三级】", "向当事人推荐特定律师事务所", "思想道德",
         "律师指派轮流进行，禁止推荐。"),
        ("律师公证管理科", "科长", "尹国华", "【一级】", "律师事务所年度考核降低标准、收受好处", "外部环境",
         "考核结果集体审定并公示。"),
        ("城南街道司法所", "所长", "段明辉", "【二级】", "人民调解中以案谋私，收受当事人财物", "思想道德",
         "调解卷宗逐件审查，回访当事人。"),
        ("城南街道司法所", "所长", "段明辉", "【三级】", "调解员补贴申报虚报调解案件数量", "制度机制",
         "补贴按系统录入案件核发。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tag, point, typ, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, tag + point, typ, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), _level(tag))
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("局党组审核:", None, None, None, "填报时间:2024年5月", None, None)
    return _layout(
        "justice_level_tag_in_point", "http://nbxinxi.com/a/luchengqu/20210529/108807.html",
        "区司法局 岗位廉政风险点排查登记表 after the source's 实施意见 of a 区司法局 (各科室、司法所; 个人岗位风险 in "
        "思想道德、制度机制、岗位职责、工作流程、外部环境; 评估风险等级): 科室（司法所） merged, 岗位/姓名 merged; the "
        "level a tag at the start of the point ``【一级】…`` under ``廉政风险点（注明等级）``, no level column; "
        "a 风险类型 column; 局党组审核 line",
        [sh], t,
    )  # fmt: skip


def justice_leader_office_holder() -> dict:
    unit = "XX市司法局"
    sh = _Sheet("清单", [5, 14, 36, 8, 32, 9, 12, 9])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "风险事项", "风险点", "风险等级", "防控措施", "责任领导", "责任科室", "责任人")
    rows = [
        ("行政复议", "复议案件受理后久拖不决或偏袒被申请人", "中",
         "复议案件办理时限网上公开。", "郭长青", "行政复议股", "戚美玲"),
        ("行政复议", "接受当事人请托，违规作出复议决定", "高",
         "重大复议案件提交复议委员会审议。", "郭长青", "行政复议股", "戚美玲"),
        ("规范性文件审查", "合法性审查走过场，应审未审", "低",
         "审查意见书面出具并存档。", "郭长青", "法制审核股", "邹晓东"),
        ("基层法律服务管理", "法律服务工作者执业核准放宽条件", "中",
         "核准材料两人审核，结果公示。", "沈立群", "律师工作股", "童建华"),
        ("司法鉴定管理", "鉴定机构检查中通风报信、降格处理", "高",
         "检查随机抽取对象和人员。", "沈立群", "律师工作股", "童建华"),
        ("财务管理", "虚列会议、培训费用套取资金", "中",
         "费用报销附会议通知、签到表。", "沈立群", "办公室", "任丽萍"),
        ("政府采购", "化整为零规避政府采购", "高",
         "采购计划年初编制，局党组审定。", "沈立群", "办公室", "任丽萍"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, lv, measures, leader, office, who) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, leader, office, who)
        t.point(sh.name, office, "", who, None, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), (5,), (6,), (7,)])
    sh.add()
    sh.add("注:责任领导为分管局领导。", *([None] * 7))
    return _layout(
        "justice_leader_office_holder", "https://qdfww.com/gongzuo/209913.html",
        "市司法局 廉政风险防控责任清单 after the source's 实施方案 of a 市司法局 (局机关各股室(中心), 乡镇街道司法所; "
        "法律保障、法制宣传、法律服务): 风险事项 merged, 风险点, 高/中/低, 防控措施, then the triple 责任领导 "
        "(two names, each merged over the rows he oversees) / 责任科室 / 责任人 (holders); no post column; 注 line",
        [sh], t,
    )  # fmt: skip


def power_type_after_point() -> dict:
    unit = "国网XX县供电公司"
    sh = _Sheet("一览表", [5, 16, 14, 46, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险点一览表", 6)
    sh.add("序号", "部门（班所）", "岗位", "风险点（风险类型）", "风险等级", "防控措施")
    rows = [
        ("营销部", "业扩报装专责", "业扩报装中向客户指定设计、施工、设备供应单位", "（岗位职责）", "高",
         "推行“三不指定”承诺，客户回访。"),
        ("营销部", "业扩报装专责", "拖延办理报装手续，变相吃拿卡要", "（思想道德、外部环境）", "中",
         "报装时限系统管控，超时预警。"),
        ("供电服务指挥中心", "稽查专责", "稽查发现的违规问题不如实记录、不移交", "（制度机制）", "中",
         "稽查问题清单闭环销号，纪检部门抽查。"),
        ("城郊供电所", "台区经理", "抄表时少抄、估抄电量，违规减免电费", "（业务流程）", "高",
         "采集系统自动比对，异常电量核查。"),
        ("城郊供电所", "台区经理", "光伏并网验收中收受客户好处", "（岗位职责、外部环境）", "中",
         "并网验收两人以上，结果公示。"),
        ("城郊供电所", "所长", "农业排灌临时用电违规收费", "（制度机制）", "低",
         "收费标准张贴公示，票据统一开具。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point + typ, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), (2,)])
    sh.add()
    sh.add("公司纪委办公室审核:", None, None, "2024年6月", None, None)
    return _layout(
        "power_type_after_point",
        "http://www.digipub.cc/dy/article/KGLP9A5005346936.html?f=post2020_dy_recommends",
        "县供电公司 岗位廉洁风险点一览表 对岗不对人 after the source's news item on a 供电公司's 供电服务指挥中心 and its "
        "营销合规稽查 (风险防控清单, 基层班站所, 三指定, 乱收费, 农业排灌, 光伏并网): 部门（班所） and 岗位 merged, no "
        "names; ``风险点（风险类型）`` writing the type in brackets after the point ``…（制度机制）`` and twice two "
        "types ``（岗位职责、外部环境）``; 高/中/低 in their own column; 纪委办公室审核 line",
        [sh], t,
    )  # fmt: skip


def bank_post_colon_person_numbered() -> dict:
    unit = "XX农村商业银行"
    sh = _Sheet("风险排查", [8, 10, 18, 38, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉洁风险排查表", 6)
    sh.add("风险编号", "部门", "岗位及人员", "风险点", "风险等级", "防控措施")
    rows = [
        ("营业部", "会计主管", "蒋丽华", "：", "柜面授权审核不严，代替柜员操作", "Ⅱ级",
         "授权必须现场审核，远程授权留影像。"),
        ("营业部", "会计主管", "蒋丽华", "：", "重要空白凭证与印章由一人保管", "Ⅰ级",
         "凭证、印章分人保管，交接登记。"),
        ("营业部", "出纳", "薛文亮", "：", "现金出入库不登记，挪用库款", "Ⅰ级",
         "库款双人管理，每日轧账，月末查库。"),
        ("营业部", "综合柜员", "陶雨欣", ":", "违规为客户办理挂失、冲正业务", "Ⅱ级",
         "挂失冲正须主管授权，事后监督逐笔核对。"),
        ("信贷部", "客户经理", "范志伟", "：", "贷前调查不实，为借款人包装资料", "Ⅰ级",
         "双人调查，调查报告与影像资料一并上传。"),
        ("信贷部", "客户经理", "范志伟", "：", "与客户私下资金往来、吃拿卡要", "Ⅱ级",
         "员工账户异常交易监测，定期排查。"),
        ("信贷部", "贷后管理员", "卢佳", "：", "贷后检查走过场，隐瞒贷款挪用", "Ⅲ级",
         "贷后检查报告部门负责人复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, colon, point, lv, measures) in enumerate(rows, 1):
        sh.add(f"FX-{n:02d}", dept, f"{post}{colon}{who}", point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[lv])
    _merge_runs(sh, first, [(1,), (2,)])
    sh.add()
    sh.add("填表人:", None, "部门负责人:", None, "合规部审核:", None)
    return _layout(
        "bank_post_colon_person_numbered", "https://www.zunyiba.cn/article/18931.html",
        "农商银行 重点岗位廉洁风险排查表 after the source's article on a 农商行's 案防 (信贷业务, 基层网点一人多岗, "
        "柜面操作, 员工与客户私下资金往来): a ``风险编号`` column ``FX-01``…; 部门 merged; ``岗位及人员`` "
        "``出纳：薛文亮`` (once a half-width colon ``综合柜员:陶雨欣``) merged per person; Ⅰ级/Ⅱ级/Ⅲ级; "
        "填表人/部门负责人/合规部审核 labels",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bank_branch_measure_owner_watches(),
    court_point_level_brackets(),
    court_numbered_type_suffix(),
    police_measures_name_holder(),
    police_type_level_cell(),
    justice_level_tag_in_point(),
    justice_leader_office_holder(),
    power_type_after_point(),
    bank_post_colon_person_numbered(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b34_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch34-inbox"))
