"""The two-hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局, 委, 办 and
事业单位, 越西县 (a county of the 凉山彝族自治州 on the old 零关道, its 普雄 and 越城, its staff Han and
Yi) — its 行政审批局, 蚕桑发展中心, 供销合作社联合社, 水利局, 发展和改革局, 司法局, 退役军人事务局,
文化馆 and 财政局 — each handing back the 一览表, 排查登记表, 责任清单, 自查表, 防控卡 or 清单 its staff
typed in WPS or Excel (or, once, in Word), the rows about 林木采伐 告知承诺, 采伐限额, 落地上图, 统一收件
and 送审, 审管互动, 新植桑园 and 嫁接改良 验收, 标准化蚕室, 小蚕共育, 补贴蚕种, 消毒药品和石灰, 社有资产,
门面房出租, 贷款担保, 资金结算, 基层社, 清淤疏浚计划, 砂石 评估拍卖, 采砂 查处, 涉河项目, 县级储备粮 轮换,
``以陈顶新``, 串换 and 混存, 价格认定, 项目核准 and 备案, 社区矫正 调查评估 and 考核奖惩, 人民调解,
安置帮教, 法律援助 指派, 优待证, 建档立卡, 伤残等级评定, 抚恤补助 年审, 信访接待, 免费开放补助资金,
群众文化活动, 非遗 传承人, 部门预算, 追加预算, 国库集中支付, 预算管理一体化系统 and 政府采购投诉:

- the 行政审批局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged (局领导,
  农林水审批股, 投资建设审批股, 政务服务股), ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低,
  a 填表人/审核人/局长 line;
- the 蚕桑发展中心's 排查登记表 under a ``单位：…　排查时间：…`` line: ``科室`` merged, ``岗位`` and ``责任人``
  merged per person, a short ``风险点`` beside a long ``风险表现``, ``一级/二级/三级``, no type column, a
  ``注：`` line and an 排查人/中心主任 line;
- the 供销合作社联合社's 责任清单 对岗不对人: ``部门`` and ``岗位`` merged, a ``职责事项`` column, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``责任领导`` column of posts (``/`` on the top leaders' rows); no names; a ``注：`` line
  saying the list goes by post and an ``编制：办公室 | 2024年12月`` line;
- the 水利局's 自查表, one sheet a person (tabs 河湖管理股, 水政监察大队, 计划财务股): two rows of label pairs
  ``姓　名 | … | 性　别 | …`` and ``所在股室 | … | 职　务 | …``, then ``序号 | 工作职责 | 风险点 | 风险等级 |
  防控措施``, 高/中/低, no type column, ``本人签字： | … | 股室负责人意见： | … | 2024年10月`` below;
- the 发展和改革局's 领导干部廉政风险防控卡, one sheet a leader, the tab his name: ``持卡人 | … | 职　务 | …``, a
  merged ``分管工作`` line, then ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no
  type column, a ``监督举报电话：…`` line;
- the 司法局's file in two sheets, ``局机关`` (``股室``) and ``司法所`` (a ``司法所`` column: 越城司法所,
  普雄司法所), ``岗位`` and ``责任人`` merged per person, ``…风险`` types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 退役军人事务局's 排查登记表 under a ``填报单位：…　2024年9月`` line: ``股室（中心）`` merged, ``岗位`` and
  ``姓名`` merged per person, short types, 高/中/低, a ``备注`` (``新增`` on two rows); an 档案管理员 whose one
  row says only ``无``;
- the 文化馆's 一览表 under group rows ``一、馆领导`` … ``四、办公室`` merged across (no 部室 column): ``岗位`` and
  ``姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column, and a last ``监督人`` column holding
  the name of the 馆长 or 副馆长 who watches the row (``/`` on the 馆长's own rows).

One is harder:

- ``yuexi_finance_word_paste``: the 财政局's 一览表 drafted in WORD (the 县纪委's notice came as a .doc) and
  copied into Excel, as Excel pastes a Word table: EVERY CELL OF SEVERAL PARAGRAPHS IS SPLIT OVER AS MANY
  ROWS, and the cells of one paragraph in that Word row are merged down over them. So the ``岗位及责任人``
  cell ``股长⏎纵璐萱`` becomes the post in one row and the name in the row under it (the name cell merged
  down when the measures take three rows), the numbered ``防控措施`` stand one a row, and ``序号``, ``风险点``,
  ``风险类型`` and ``风险等级`` are merged over the two or three rows of each point; the ``股室`` cells Word
  merged over several points are merged over all their rows; the heading ``风险等级⏎（高/中/低）`` splits
  the header over two rows (the other headings merged over both). The paragraphs above and below the
  table (``附件2``, the title, the ``填报单位`` line, the ``注：`` and the 单位负责人/填表人 line) land in
  column A unmerged. The README's 读得懂的表 knows a 岗位 cell ``定点评估岗⏎吴海燕`` (post and holder in ONE
  cell), measures one a row unmerged under a point, a point continued on the next row after a comma,
  and ``序号`` merged over a two-row header; it does not describe a Word table pasted into Excel where the
  post and the holder of one cell stand in two rows of the same column, under one merged 序号 and 风险点.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县行政审批服务局 on 林木采伐许可 — 帮办
服务, 村居审查、镇街审核, 统一收件、送审, 告知承诺制 for 人工商品林 of up to 3亩 or 15立方米, 《林木采伐
承诺书》, 森林采伐限额, 落地上图, 审管互动平台; a 县蚕桑局 on its 验收 — 新植桑园 面积 and 株数, 嫁接改良,
标准化蚕室 (大蚕房, 小蚕共育室), 切桑机, 小蚕共育, 补贴蚕种, 消毒药品及石灰 补助资金; a 新闻周刊 piece on
供销系统 腐败 — 工商注册、工程承揽、资金结算、贷款担保, 社有企业 and 合作开发项目, 基层社; a 县水利局 on
河道砂石资源 — 清淤疏浚计划 审核, 砂石 评估拍卖, 采、用分离, 涉河专项检查巡查, 打击违法采砂; a 县 县级
储备粮管理办法 — 计划、储存、轮换、动用, 承储企业, 数量真实、质量良好, 不得串换、混存, 不得抵质押; a paper
on 司法所 — 人民调解、法治宣传、社区矫正、安置帮教、法律咨询, 县司法局的派出机构; a 县 on 退役军人优待证 —
申领, 建档立卡, 档案数字化, 上门办、预约错时办, 信访; a 县文旅委 on 公共文化场馆免费开放 — 文化馆, 图书馆,
免费开放资金, 群众文化活动, 规章制度; a 县财政局 that with the 粮食局 prepares 项目申报 — 调研摸底, 指导申报,
审核申报材料 and 证照, 财政补贴资金) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames — 雒, 亓, 郈, 蔺, 亢, 冶, 逯,
揭, 鄢, 勾, 权, 闵, 酆, 堵, 冉, 禄, 蹇, 靳, 苟, 郗, 阮, 钭, 滑, 栗, 蓝, 隆, 蒙, 伏, 纵, 祁, 谈, 晏, 车 — with rare given names,
and Yi names as a 凉山 county's staff carry them — 阿尔木果, 吉狄阿各, 阿约木支, 巴且木呷, 日火阿木,
尔布子日, 阿鲁子莫, 则日拉哈, 阿说尔古, 日色阿呷); every unit is a body of 越西县.

Run ``python tests/published/score.py --set batch269`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is one Word row: its ``序号``, ``风险点``, type and level are the merged cells;
  the ``岗位及责任人`` column's first row of the group is the post, the next the holder; the 防控措施 rows
  are the measures of that point and no points; the paragraphs above and below the table are no points;
  ``局领导`` is the 科室 of the 局长 and 副局长 there, as in the other files;
- ``局领导``, ``中心领导`` and ``一、馆领导`` (a 股室/科室 cell, a group row) are the 科室 of those leaders; a 局's
  股, 大队, 中心 (退役军人服务中心) and 办公室, a 中心's 科, the 供销社's 理事会, 监事会 and 股, the 司法局's
  司法所 (as written, ``越城司法所``) and the 文化馆's 部 and 办公室 are 科室; the 发改局's cards name no 科室
  (department "");
- 局长, 副局长, a 中心's 主任, the 供销社's 理事会主任, 理事会副主任 and 监事会主任, the 馆长 and 副馆长 are
  leaders; 股长, 科长, 所长, 大队长 (of the 水利局's 水政监察大队), a 部's 部长, the 服务中心's 主任 and the
  办公室主任 middle; the rest (科员, 技术员, 会计, 出纳, 窗口受理员, 专职人民调解员, 辅导员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``工作职责``, ``分管工作``, ``责任领导``
  (posts or ``/``), ``监督人`` (names of the leaders who watch a row, or ``/``) and ``备注`` are no points and
  name no holder; the 供销社's list names no person: its forms are posts (对岗不对人); a row saying only
  ``无`` is no point and its holder has no form;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and ``一级风险/二级
  风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b269_"
PLACE = "越西县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# Word rows: (股室, 岗位, 责任人, tier, 风险点, 风险类型, 风险等级, [防控措施 paragraphs])
WORD_ROWS = [
    ("局领导", "局长", "蒙峤旸", "leader", "预算安排和大额资金调度不经党组集体研究，个人说了算", "制度机制", "高",
     ["1.预算安排、大额资金调度一律提交党组会集体研究；", "2.会议纪要存档备查，接受派驻纪检监察组监督。"]),
    ("局领导", "副局长", "伏瀛洲", "leader", "涉农项目资金安排中为关系企业打招呼、说情", "思想道德", "高",
     ["1.涉农项目资金安排由业务股室提出意见、集体审定；", "2.说情打招呼一律登记报告；",
      "3.项目安排结果在政府网站公示。"]),
    ("预算股", "股长", "纵璐萱", "middle", "部门预算审核中随意调增调减单位支出", "岗位职责", "中",
     ["1.预算审核标准化，调整事项书面说明理由；", "2.预算草案经局务会审定后报县政府。"]),
    ("预算股", "股长", "纵璐萱", "middle", "追加预算不按程序报批，先支出后补手续", "业务流程", "高",
     ["1.追加预算一律先审批后支出；", "2.追加事项按季度汇总报县人大常委会备案。"]),
    ("国库股", "股长", "祁岷樾", "middle", "国库集中支付审核不严，无预算、超预算支付", "岗位职责", "高",
     ["1.支付申请与预算指标系统自动比对；", "2.大额支付实行股长复核、分管领导审签；", "3.每月与代理银行对账。"]),
    ("国库股", "会计", "谈湛屿", "general", "预算管理一体化系统操作密钥借给他人使用", "制度机制", "中",
     ["1.系统账号、密钥专人专用，离岗即停用；", "2.操作日志每月抽查。"]),
    ("农业股", "股长", "晏芃岱", "middle", "项目申报材料审核把关不严，为不符合条件的企业申请财政补贴", "业务流程", "高",
     ["1.会同主管部门实地调研摸底，核实申报单位基本情况；", "2.申报材料和证照逐项审核、留存复印件；",
      "3.拟补贴项目集体研究并公示。"]),
    ("农业股", "科员", "日色阿呷", "general", "补贴资金不按项目建设进度拨付", "业务流程", "低",
     ["1.拨付前核对验收资料和进度报告；", "2.资金拨付台账按月更新。"]),
    ("政府采购监督管理股", "股长", "车鹭汀", "middle", "政府采购投诉处理偏袒一方，与供应商私下接触", "外部环境", "中",
     ["1.投诉处理两人以上办理，处理决定网上公开；", "2.与供应商接触全程留痕。"]),
]  # fmt: skip


def yuexi_finance_word_paste() -> dict:
    unit = f"{PLACE}财政局"
    ncols = 7
    sh = _Sheet("Sheet1", [6, 14, 14, 34, 10, 10, 40])
    t = _Truth(unit)
    # the paragraphs above the table land in column A, unmerged
    sh.add("附件2")
    sh.add(f"{unit}岗位廉政风险防控一览表")
    sh.add(f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年12月")
    # the heading: ``风险等级⏎（高/中/低）`` is two paragraphs, so two rows; the others merged over both
    h = sh.add("序号", "股室", "岗位及责任人", "风险点", "风险类型", "风险等级", "防控措施")
    sh.add(None, None, None, None, None, "（高/中/低）", None)
    for c in (0, 1, 2, 3, 4, 6):
        sh.merge(h, c, h + 1, c)
    dept_rows: dict[str, list[int]] = {}
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(WORD_ROWS, 1):
        k = max(2, len(measures))  # the Word row's paragraphs: 2 in 岗位及责任人, 2 or 3 measures
        first = len(sh.rows)
        for i in range(k):
            sh.add(
                n if i == 0 else None,
                dept if first == dept_rows.get(dept, [first])[0] and i == 0 else None,
                post if i == 0 else (who if i == 1 else None),
                point if i == 0 else None,
                typ if i == 0 else None,
                lv if i == 0 else None,
                measures[i] if i < len(measures) else None,
            )
        last = first + k - 1
        for c in (0, 3, 4, 5):
            sh.merge(first, c, last, c)
        if k > 2:  # the holder's paragraph is the cell's last: merged down over the rest
            sh.merge(first + 1, 2, last, 2)
        dept_rows.setdefault(dept, [first, last])[1] = last
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    for first, last in dept_rows.values():  # Word merged the 股室 over its points
        if last > first:
            sh.merge(first, 1, last, 1)
    # the paragraphs below the table, in column A again
    sh.add("注：风险等级分为高、中、低三级。")
    sh.add(f"单位负责人：{GAP * 6}填表人：{GAP * 6}联系电话：")
    assert all(len(row) <= ncols for row in sh.rows)
    return _layout(
        "yuexi_finance_word_paste", "http://czt.shandong.gov.cn/art/2015/12/16/art_10532_1445425.html",
        "(harder) 县财政局 岗位廉政风险防控一览表 drafted in Word and copied into Excel, after the source's 县财政局 that "
        "with the 粮食局 prepares 项目申报 (调研摸底, 指导申报, 审核申报材料 and 证照, 财政补贴资金): ``附件2``, the title and a "
        "``填报单位：…（盖章）　…　填报时间：2024年12月`` line in column A unmerged; the heading 序号/股室/``岗位及责任人``/风险点/"
        "风险类型/风险等级/防控措施 over TWO rows (``风险等级`` over ``（高/中/低）``, the rest merged over both); each Word row "
        "split over as many rows as its cells have paragraphs (two or three): ``序号``, ``风险点``, short types and 高/中/低 "
        "merged over them, ``岗位及责任人`` the POST in the first row and the HOLDER in the row under it (merged down "
        "when there are three), the numbered 防控措施 one a row; ``股室`` (局领导, 预算股, 国库股, 农业股, 政府采购监督管理股) "
        "merged over all its rows; a ``注：`` and a 单位负责人/填表人/联系电话 line in column A",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuexi_approval_bureau_list() -> dict:
    unit = f"{PLACE}行政审批局"
    sh = _Sheet("一览表", [6, 16, 11, 10, 40, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "雒岱檀", "leader", [
            ("重大审批事项不经集体研究，个人拍板", "制度机制风险", "高", "重大、疑难审批事项提交局务会集体研究，纪要存档。"),
            ("对股室审批中的违规问题失察，监管缺位", "岗位职责风险", "中", "每季度抽查审批卷宗，问题通报整改。"),
        ]),
        ("局领导", "副局长", "阿尔木果", "leader", [
            ("为关系人的审批事项打招呼、开“绿色通道”", "思想道德风险", "高", "说情打招呼登记报告，审批按受理顺序办理。"),
        ]),
        ("农林水审批股", "股长", "亓珣澜", "middle", [
            ("林木采伐告知承诺审批不核查权属，为存在林权纠纷的申请发证", "业务流程风险", "高",
             "告知承诺件事后全部核查，发现虚假承诺的撤销许可并记入信用档案。"),
            ("突破森林采伐限额审批，或采伐地块未落地上图即办结", "制度机制风险", "高",
             "审批前系统校验采伐限额，采伐地块上图后方可办结。"),
        ]),
        ("农林水审批股", "科员", "郈沐笙", "general", [
            ("统一收件、送审时积压申请材料，借机吃拿卡要", "思想道德风险", "中", "收件、送审时间系统登记，超时自动预警。"),
        ]),
        ("投资建设审批股", "股长", "蔺栩岚", "middle", [
            ("对不符合条件的建设项目违规出具审批意见", "岗位职责风险", "高", "审批要件清单化，审批意见经分管领导复核。"),
        ]),
        ("政务服务股", "窗口受理员", "吉狄阿各", "general", [
            ("帮办代办中收受办事群众财物", "外部环境风险", "中", "帮办代办事项登记，办事群众满意度回访。"),
            ("审批结果未及时推送审管互动平台，审管脱节", "业务流程风险", "低", "审批结果当日推送，推送情况每周通报。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "局长：", None)
    return _layout(
        "yuexi_approval_bureau_list", "http://www.shanghe.gov.cn/art/2025/6/24/art_22820_4877074.html",
        "县行政审批局 岗位廉政风险防控一览表, after the source's 县行政审批服务局 on 林木采伐许可 (帮办服务, 统一收件、送审, "
        "告知承诺制, 《林木采伐承诺书》, 森林采伐限额, 落地上图, 审管互动平台): ``附件1``, a title, a merged ``填报单位（盖章）："
        "…　填报时间：2025年6月`` line, then 序号/股室 merged (局领导, 农林水审批股, 投资建设审批股, 政务服务股)/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def yuexi_sericulture_center_register() -> dict:
    unit = f"{PLACE}蚕桑发展中心"
    sh = _Sheet("排查登记表", [6, 12, 10, 10, 15, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"单位：{unit}{GAP * 12}排查时间：2024年11月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "亢澍棠", "leader", [
            ("补助资金分配", "栽桑、蚕室建设补助资金分配向关系户倾斜", "一级", "补助方案经中心会议集体研究，分配结果张榜公示。"),
            ("验收结果审定", "对验收组上报的不合格项目签批通过", "一级", "验收结果主任签批前抽查复核不少于两成。"),
        ]),
        ("技术推广科", "科长", "茹岑漪", "middle", [
            ("新植桑园验收", "验收时不实地丈量面积、不清点株数，按申报数出具合格意见", "一级",
             "验收组三人以上，实地丈量、逐块拍照，验收表签字存档。"),
            ("嫁接改良验收", "虚报嫁接改良桑树株数和成活率", "二级", "成活率按比例抽样核查，抽查记录存档。"),
        ]),
        ("技术推广科", "技术员", "阿约木支", "general", [
            ("标准化蚕室验收", "将旧房或未配齐纱门纱窗的蚕室按新建大蚕房验收", "二级", "对照建设标准逐项验收，验收照片上传台账。"),
        ]),
        ("蚕种管理科", "科长", "冶芷蘅", "middle", [
            ("补贴蚕种发放", "补贴蚕种不按订种单发放到户，截留转卖", "一级", "蚕种凭订种单发放，领种户签字，发放名册公示。"),
            ("小蚕共育补助", "虚增小蚕共育张数套取共育补助", "二级", "共育张数与蚕种发放、售茧记录比对。"),
        ]),
        ("综合科", "会计", "逯湘筠", "general", [
            ("补助资金兑付", "补助资金不直接打卡到户，以现金代发", "二级", "补助资金一律通过“一卡通”发放到户。"),
            ("消毒药品、石灰采购", "消毒药品和石灰采购不比价，入库不清点", "三级", "采购三家比价，入库双人清点签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("排查人：", None, None, "中心主任：", None, None, "2024年11月", None)
    return _layout(
        "yuexi_sericulture_center_register", "http://www.healthxt.com/dynamic/1/2021-01-28/21484.html",
        "县蚕桑发展中心 廉政风险点排查登记表, after the source's 县蚕桑局 on its 蚕桑生产验收 (新植桑园 面积 and 株数, 嫁接改良, "
        "标准化蚕室 (大蚕房, 小蚕共育室), 小蚕共育, 补贴蚕种, 消毒药品及石灰 补助资金): a title, a merged ``单位：…　排查时间："
        "2024年11月`` line, then 序号/科室 merged (中心领导, 技术推广科, 蚕种管理科, 综合科)/岗位 and ``责任人`` merged per "
        "person/a short 风险点/a long 风险表现/风险等级 ``一级/二级/三级``/防控措施; no type column; a ``注：`` line and "
        "an 排查人/中心主任/date line",
        [sh], t,
    )  # fmt: skip


def yuexi_supply_coop_duties() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("责任清单", [6, 12, 13, 16, 38, 10, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "职责事项",
        "廉洁风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("理事会", "理事会主任", "leader", "社有资产处置", "社有资产处置、合作开发项目不经理事会集体研究，个人决定",
         "制度机制", "Ⅰ级", "社有资产处置和合作开发项目一律经理事会研究，报县政府备案。", "/"),
        ("理事会", "理事会副主任", "leader", "社有企业贷款担保", "为社有企业或合作方违规提供贷款担保",
         "岗位职责", "Ⅰ级", "对外担保一律经理事会审议，担保事项登记台账。", "理事会主任"),
        ("监事会", "监事会主任", "leader", "财务监督", "对社有企业资金结算中的问题监督不力、走过场",
         "岗位职责", "Ⅱ级", "每半年对社有企业开展一次财务检查，检查报告报理事会。", "/"),
        ("合作指导股", "股长", "middle", "基层社恢复重建", "基层社项目补助申报审核不严，虚报建设内容",
         "业务流程", "Ⅱ级", "申报项目实地核查，补助资金按验收结果拨付。", "理事会副主任"),
        ("资产管理股", "股长", "middle", "门面房、仓库出租", "社有门面、仓库出租不公开招租，低价租给关系人",
         "外部环境", "Ⅰ级", "出租一律公开招租，租金底价经评估确定。", "理事会副主任"),
        ("资产管理股", "股长", "middle", "资产台账管理", "账外资产不入账，租金收入体外循环",
         "制度机制", "Ⅱ级", "资产每年盘点一次，租金收入全部纳入财务账。", "理事会副主任"),
        ("资产管理股", "科员", "general", "租金收缴", "租金收缴不及时、不开具票据",
         "业务流程", "Ⅲ级", "租金按合同约定收缴，一律开具票据。", "理事会副主任"),
        ("财务股", "会计", "general", "资金结算", "与社有企业往来款项不及时对账，形成呆账",
         "业务流程", "Ⅱ级", "往来款项按季度对账，逾期未结的书面报告。", "监事会主任"),
        ("财务股", "出纳", "general", "现金管理", "坐支现金、公款私存",
         "思想道德", "Ⅲ级", "现金日清月结，会计不定期盘点。", "监事会主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, typ, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：本清单按岗位编制，岗位人员变动的由接任人员承接；风险等级Ⅰ级为最高。", 9)
    sh.add("编制：办公室", None, None, None, None, None, "2024年12月", None, None)
    return _layout(
        "yuexi_supply_coop_duties", "https://qiqis.org/archives/104211",
        "县供销合作社联合社 廉洁风险防控责任清单 对岗不对人, after the source's piece on 供销系统 腐败 (工商注册、工程承揽、"
        "资金结算、贷款担保, 社有企业 and 合作开发项目, 基层社, 监事会): a title, then 序号/``部门`` merged (理事会, 监事会, "
        "合作指导股, 资产管理股, 财务股)/``岗位`` merged/``职责事项``/廉洁风险点/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``责任领导`` (posts, ``/`` on the top leaders' rows); no names; a ``注：`` line saying "
        "the list goes by post and an ``编制：办公室 | 2024年12月`` line",
        [sh], t,
    )  # fmt: skip


WATER = [
    ("河湖管理股", "揭霂澄", "女", "河湖管理股", "股长", "middle", [
        ("清淤疏浚计划审核", "对乡镇上报的清淤疏浚计划审核走过场，以疏浚之名行采砂之实", "高",
         "疏浚计划实地踏勘，审核意见报县政府审批。"),
        ("涉河项目审查", "涉河建设项目方案审查中接受建设单位宴请", "中", "方案审查两人以上，专家意见书面留存。"),
        ("河长制巡查", "巡查发现“四乱”问题不上报、不督促整改", "低", "巡查问题录入河长制平台，整改销号管理。"),
    ]),
    ("水政监察大队", "鄢珥岑", "男", "水政监察大队", "大队长", "middle", [
        ("违法采砂查处", "对非法采砂行为以罚代管、降格处理", "高", "案件集体讨论，处罚结果网上公示。"),
        ("没收砂石处置", "没收的砂石不评估拍卖，私自处置", "高", "没收砂石登记造册，统一评估后公开拍卖。"),
        ("执法巡查", "巡查前向采砂业主通风报信", "中", "巡查路线临行确定，参检人员统一保管通讯工具。"),
    ]),
    ("计划财务股", "勾岫蓉", "女", "计划财务股", "会计", "general", [
        ("项目资金拨付", "水利项目资金不按进度拨付，提前支付工程款", "中", "拨付前核对监理签认的进度报告。"),
        ("砂石拍卖收入", "砂石资源拍卖收入未及时足额上缴国库", "高", "拍卖价款直接缴入财政专户，每月对账。"),
    ]),
]  # fmt: skip


def yuexi_water_bureau_selfchecks() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    sheets = []
    for tab, who, sex, dept, post, tier, points in WATER:
        sh = _Sheet(tab, [6, 16, 36, 10, 32, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        r = sh.add("姓　名", who, "性　别", sex, None, None)
        sh.merge(r, 3, r, 5)
        r = sh.add("所在股室", dept, "职　务", post, None, None)
        sh.merge(r, 3, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for i, (duty, point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, duty, point, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字：", None, "股室负责人意见：", None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "yuexi_water_bureau_selfchecks", "http://gdtianyu.net/industry/140881.html",
        "县水利局 干部职工廉政风险自查表, one sheet a person (tabs 河湖管理股, 水政监察大队, 计划财务股), after the source's 县水利局 "
        "on 河道砂石资源 (清淤疏浚计划 审核, 砂石 评估拍卖, 采、用分离, 涉河专项检查巡查, 打击违法采砂): a title, two rows of label "
        "pairs ``姓　名 | … | 性　别 | …`` and ``所在股室 | … | 职　务 | …``, then 序号/``工作职责``/风险点/风险等级 高/中/低/"
        "防控措施 (merged over two columns); no type column; a blank row and ``本人签字： | 股室负责人意见： | 2024年10月``",
        sheets, t,
    )  # fmt: skip


DRC = [
    ("权翊澂", "局长", "主持全面工作，分管办公室、人事和财务", [
        ("中央预算内投资项目申报和安排不经党组集体研究", "★★★", "项目申报和安排一律提交党组会研究，纪要存档。"),
        ("干部选拔任用中个人说了算", "★★★", "严格执行干部任用程序，全程纪实。"),
        ("插手县级储备粮承储企业选定和轮换", "★★", "承储企业公开比选，轮换计划集体审定。"),
    ]),
    ("巴且木呷", "副局长", "分管粮食和物资储备股、价格认定中心", [
        ("县级储备粮轮换审批把关不严，默许承储企业“以陈顶新”", "★★★", "轮换计划和结果报县政府备案，轮换出入库全程监督。"),
        ("储备粮数量、质量检查走过场，对串换、混存不纠正", "★★★", "每季度会同财政、农发行联合检查，问题限期整改。"),
        ("价格认定结论受人情干扰", "★★", "价格认定实行集体审议，结论书面说明依据。"),
        ("接受承储企业宴请和礼品", "★", "节前廉洁提醒，拒收登记。"),
    ]),
    ("闵璆岳", "副局长", "分管投资股、产业和能源股", [
        ("项目可研评审中为关系企业说情", "★★", "评审专家随机抽取，评审意见书面留存。"),
        ("违规核准、备案不符合产业政策的项目", "★★★", "核准、备案事项网上办理，办理结果公开。"),
    ]),
]  # fmt: skip


def yuexi_drc_leader_cards() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    sheets = []
    for who, post, work, points in DRC:
        sh = _Sheet(who, [6, 38, 10, 36])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, [], STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        _line(sh, "监督举报电话：0834-12388", 4)
        sheets.append(sh)
    return _layout(
        "yuexi_drc_leader_cards",
        "https://yiyoujiapin.com/jiangyong/qzfgfwj/202308/ae302f930cec47eda79acc4e897fd8f2.shtml",
        "县发展和改革局 领导干部廉政风险防控卡, one sheet a leader (the tab his name), after the source's 县 县级储备粮管理办法 "
        "(计划、储存、轮换、动用, 承储企业, 数量真实、质量良好, 不得串换、混存): a title, ``持卡人 | … | 职　务 | …``, a merged "
        "``分管工作`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column, no 科室; a merged ``注：`` line "
        "on the stars and a ``监督举报电话：0834-12388`` line",
        sheets, t,
    )  # fmt: skip


def yuexi_justice_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    parts = [
        ("局机关", "股室", [
            ("局领导", "局长", "酆岑濯", "leader", [
                ("法律援助经费分配、政府购买法律服务项目个人说了算", "制度机制风险", "高风险",
                 "经费分配和购买服务项目经党组会研究，结果公开。"),
            ]),
            ("局领导", "副局长", "阿鲁子莫", "leader", [
                ("对社区矫正对象请假外出、减刑建议审核把关不严", "岗位职责风险", "高风险", "审批事项集体评议，审批结果报检察机关备案。"),
            ]),
            ("社区矫正股", "股长", "堵澜潇", "middle", [
                ("社区矫正对象考核奖惩弄虚作假", "业务流程风险", "高风险", "考核结果由司法所初评、股室复核、局务会审定。"),
                ("调查评估意见受人情干扰", "外部环境风险", "中风险", "调查评估两人以上，评估意见集体研究。"),
            ]),
            ("公共法律服务股", "科员", "冉霁洲", "general", [
                ("法律援助案件指派不公，向当事人推介特定律师", "思想道德风险", "中风险", "援助案件按轮流指派，指派记录留存。"),
            ]),
        ]),
        ("司法所", "司法所", [
            ("越城司法所", "所长", "禄曦旸", "middle", [
                ("人民调解中偏袒一方，收受当事人好处", "思想道德风险", "中风险", "调解两人以上参加，调解协议当事人签字确认。"),
                ("安置帮教对象底数不清，帮教走过场", "岗位职责风险", "低风险", "帮教对象逐人建档，帮教记录每月更新。"),
            ]),
            ("普雄司法所", "所长", "日火阿木", "middle", [
                ("社区矫正对象日常报到、走访记录补记造假", "业务流程风险", "高风险", "报到、走访记录系统实时录入，局股室每月抽查。"),
            ]),
            ("普雄司法所", "专职人民调解员", "尔布子日", "general", [
                ("调解协议内容违反法律规定或损害第三人利益", "制度机制风险", "低风险", "调解协议经所长审核后出具。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept_head, rows in parts:
        sh = _Sheet(tab, [6, 14, 14, 10, 38, 13, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控一览表（{tab}）", 8)
        sh.add("序号", dept_head, "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for dept, post, who, tier, points in rows:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, 1, 2, 3)
        sheets.append(sh)
    return _layout(
        "yuexi_justice_two_sheets",
        "http://m.hxatcapital.com/zhuantifanwen/gongwenfanwen/2023/0713/164209.html",
        "县司法局 岗位廉政风险防控一览表 in two sheets, after the source's paper on 司法所 (县司法局的派出机构: 人民调解、法治宣传、"
        "社区矫正、安置帮教、法律咨询): ``局机关`` and ``司法所``, each a title ``…一览表（局机关）``/``（司法所）`` and the heading "
        "序号/``股室`` (局领导, 社区矫正股, 公共法律服务股) or ``司法所`` (越城司法所, 普雄司法所) merged/岗位 and ``责任人`` merged "
        "per person/风险点/``风险类别`` ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施",
        sheets, t,
    )  # fmt: skip


def yuexi_veterans_register() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("排查登记表", [6, 16, 12, 10, 38, 10, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查登记表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 14}2024年9月", 9)
    sh.add(
        "序号", "股室（中心）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注"
    )
    rows = [
        ("局领导", "局长", "蹇昶峣", "leader", [
            ("退役军人安置岗位分配中优亲厚友", "思想道德", "高", "安置岗位按考试、考核成绩排序选岗，结果公示。", None),
            ("优抚资金分配使用不经集体研究", "制度机制", "高", "优抚资金分配方案经党组会研究。", None),
        ]),
        ("优抚安置股", "股长", "靳沅芷", "middle", [
            ("伤残等级评定、抚恤金核定把关不严", "岗位职责", "高", "评定材料逐项核对，核定结果复核后公示。", None),
            ("自主就业一次性经济补助审核不严，虚报冒领", "业务流程", "中", "补助对象与部队退役档案比对，补助打卡发放。", "新增"),
        ]),
        ("优抚安置股", "科员", "苟霈霖", "general", [
            ("优抚对象定期抚恤补助资格年审走过场，死亡人员未及时停发", "业务流程", "中",
             "与公安、民政死亡数据每季度比对，疑点上门核实。", None),
        ]),
        ("退役军人服务中心", "主任", "郗蘅皋", "middle", [
            ("优待证申领审核把关不严，为不符合条件人员办理优待证", "岗位职责", "中",
             "申领材料与建档立卡信息比对，审核结果公示。", "新增"),
            ("建档立卡信息采集弄虚作假", "业务流程", "低", "信息采集本人签字确认，中心每月抽查。", None),
        ]),
        ("退役军人服务中心", "档案管理员", "阮栖梧", "general", [
            ("无", None, None, None, None),
        ]),
        ("办公室", "主任", "阿说尔古", "middle", [
            ("信访接待中推诿扯皮，信访件不登记", "岗位职责", "低", "信访件一律登记编号，办理结果回访。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            if point != "无":
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "股室负责人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "yuexi_veterans_register", "http://www.zgcqxs.net/show/news/71009.html",
        "县退役军人事务局 岗位廉政风险排查登记表, after the source's 县 on 退役军人优待证 (申领, 建档立卡, 档案数字化, 上门办、预约"
        "错时办, 信访, 县退役军人服务中心): a title, a merged ``填报单位：…　2024年9月`` line, then 序号/``股室（中心）`` merged "
        "(局领导, 优抚安置股, 退役军人服务中心, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施/``备注`` (``新增`` on two rows); the 档案管理员's one row says only ``无`` (no point, no form); a blank "
        "row and a 填表人/股室负责人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def yuexi_culture_hall_list() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监督人")
    head, deputy = "钭砚秋", "滑璟蔚"
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", head, "leader", "/", [
                ("免费开放补助资金使用不经馆务会研究", "一级风险", "补助资金使用计划经馆务会研究，年终公开使用情况。"),
                ("文艺团队扶持资金分配优亲厚友", "二级风险", "扶持对象公开申报、集体评定。"),
            ]),
            ("副馆长", deputy, "leader", head, [
                ("群众文化活动外包服务单位选定不公开", "一级风险", "外包服务按政府采购规定比选，结果公示。"),
            ]),
        ]),
        ("二、群文活动部", "群文活动部", [
            ("部长", "栗霏霁", "middle", deputy, [
                ("文艺演出、培训活动虚报参与人次套取经费", "二级风险", "活动影像资料存档，参与人次签到核对。"),
            ]),
            ("辅导员", "则日拉哈", "general", deputy, [
                ("免费培训班私下收费或向学员推销用品", "二级风险", "培训免费项目上墙公示，学员满意度回访。"),
            ]),
        ]),
        ("三、非遗保护部", "非遗保护部", [
            ("部长", "蓝岫禾", "middle", deputy, [
                ("非遗项目申报材料把关不严，为关系人申报代表性传承人", "一级风险", "申报材料专家评审，拟推荐名单公示。"),
                ("传承人补助发放不核实传习活动", "三级风险", "补助发放前核实年度传习记录。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("会计", "隆翕萦", "general", head, [
                ("活动经费报销票据审核不严", "二级风险", "报销票据经办人、证明人、审批人三签。"),
                ("演出服装、音响设备出借不登记", "三级风险", "资产出借登记，归还时清点。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, watcher, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures, watcher)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2, 6)
    sh.add("单位负责人：", None, "填表人：", None, None, "2024年8月", None)
    return _layout(
        "yuexi_culture_hall_list", "http://gbl2.com/xxshow.asp?id=3302+",
        "县文化馆 岗位廉政风险防控一览表, after the source's 县文旅委 on 公共文化场馆免费开放 (文化馆, 图书馆, 博物馆, 乡镇综合"
        "文化站; 免费开放资金, 群众文化活动, 规章制度): a title, then 序号/岗位 and 姓名 merged per person/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施/a last ``监督人`` (the watching 馆长's or 副馆长's name, ``/`` on the 馆长's own "
        "rows) under GROUP ROWS ``一、馆领导``, ``二、群文活动部``, ``三、非遗保护部``, ``四、办公室`` merged across (no 部室 "
        "column); no type column; a 单位负责人/填表人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuexi_finance_word_paste(),
    yuexi_approval_bureau_list(),
    yuexi_sericulture_center_register(),
    yuexi_supply_coop_duties(),
    yuexi_water_bureau_selfchecks(),
    yuexi_drc_leader_cards(),
    yuexi_justice_two_sheets(),
    yuexi_veterans_register(),
    yuexi_culture_hall_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch269-inbox"))
