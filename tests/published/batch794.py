"""The seven-hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 融媒体 and
广播电视 bodies, 隰县 (of 临汾市, 山西省) — its 广播电视台, 新闻采编中心, 广播电视监测台, 有线电视网络有限公司,
广播电视发射台, 广播电视服务中心 and 黄土镇广播电视站 — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 广播电视台's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  ``一级/二级/三级``, a ``注：`` line;
- the 新闻采编中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 广播电视监测台's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``高/中/低``,
  short types; no names;
- the 有线电视网络有限公司's 清单 under GROUP ROWS ``一、公司领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``, no type column;
- the 广播电视发射台's 自查表, one sheet a person: a label row ``姓　名 | 所在班组 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 广播电视服务中心's 一览表 in TWO SHEETS ``中心领导`` / ``股室``, ``高风险/中风险/低风险``;
- the 黄土镇广播电视站's 一览表 under ``附件3`` and a 填报单位（盖章） line, ``部门 | 岗位 | 责任人`` on EVERY
  row, ``高/中/低``, short types, a sign-off line.

One is harder:

- ``xixian_media_center_task_export``: the 融媒体中心 ran its 2025 廉政风险排查 as a project in a team
  task tool (Teambition / 钉钉 项目) and sent the EXPORT: no title, one heading row
  ``任务ID | 标题 | 任务类型 | 父任务 | 所属项目 | 所属分组 | 执行者 | 参与者 | 创建者 | 优先级 | 风险等级 | 岗位 | 备注 |
  截止时间 | 任务状态``; one PARENT TASK a holder (``任务类型`` ``任务``, 标题 ``…岗位廉政风险排查``, no level)
  and under it his SUB-TASKS (``子任务``, ``父任务`` naming the parent), each sub-task's 标题 a risk point,
  its 风险等级 (a custom field, 高/中/低) the level, its 备注 the measures; the holder is the ``执行者``; the
  ``参与者`` (the 纪检监察员, on every row) and the ``创建者`` (the 办公室 clerk who set up the project) are
  no holders; 所属分组 is the 科室; ``优先级`` (紧急/普通) is the tool's own field and no level.
  The README's 读得懂的表 knows system exports (a long-form ``记录编号 | 字段 | 内容`` export, an OA
  申报审批单, three linked sheets, a 问卷星 export, a 钉钉 在线表格 with ``@`` mentions and a ``录入人`` column)
  but not a task-tool export where the points are sub-task titles under one parent task a holder,
  the holder is the ``执行者`` among three name columns, and parent-task rows are no points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 广播电视 广告专项整治 会议 — 虚假违法广告,
24小时监听监看; a 检查组 on 安全播出 at a 县融媒体中心 and 发射台 — 节目制作播出审查, 有线电视网络升级改造;
a 播出传输秩序专项治理 总结 — 出租转让频道时段, 未经许可的节目, 虚假药品广告; a 省监管中心 on 重要保障期 —
监测站点运维, 值班表; a 监测中心 动员会 — 广告监测, 黑广播 监测; a 县广电中心 on 两会 安全播出 — 播出部,
技术股, 乡镇广播电视站, 双人双岗值班; a paper on 有线电视 收费难、费用流失, 人工收费管理; a 监测中心 on
二十大 保障 — 科室监测责任, 内容安全) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 佟 and 隆 with
rare given names); every unit is a body of 隰县.

Run ``python tests/published/score.py --set batch794`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``子任务`` row is a point of its ``执行者`` (科室 from ``所属分组``, post from
  ``岗位``), with the level of its ``风险等级``; the ``任务`` rows (parent tasks) are no points and only
  repeat the holder; ``参与者`` and ``创建者`` name no holder; ``优先级`` gives no level; ``备注`` is the
  measures; one form a holder;
- ``台领导``, ``公司领导``, ``中心领导`` and ``站领导`` (a 科室 cell, a group row, a sheet, a 部门 cell) are the
  科室 of those leaders; the 新闻采编中心's and 发射台's cards carry their own 部门/班组;
- every body is a unit of its own: 台长, 副台长, 主任, 副主任, 总经理, 副总经理, 站长 and the 发射台's 台长 are
  leaders; a 部's 主任, 科长, 股长 and 班长 middle; the rest (记者, 编辑, 播音员, 监测员, 值机员, 收费员, 会计,
  出纳, 网格员, 技术员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作职责``, ``自查情况`` and ``填表时间`` are no points;
  the 监测台's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b794_"
PLACE = "隰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

TASK_HEAD = ["任务ID", "标题", "任务类型", "父任务", "所属项目", "所属分组", "执行者", "参与者", "创建者", "优先级",
             "风险等级", "岗位", "备注", "截止时间", "任务状态"]  # fmt: skip
WATCHER = "佟曌翀"  # 纪检监察员, 参与者 on every row
CREATOR = "隆蔚岍"  # 办公室 clerk who set up the project

# (所属分组, 岗位, 执行者, tier, [(标题 = point, 风险等级, 优先级, 备注 = measures)])
TASKS = [
    ("中心领导", "主任", "隆翾骐", "leader", [
        ("广告经营合同签订不经集体研究，擅自降低刊播价格", "高", "紧急",
         "广告刊例价和优惠幅度经主任办公会研究，合同统一编号管理。"),
        ("融媒体平台建设项目设备采购指定品牌", "高", "普通", "采购需求集体论证，进入县公共资源交易平台。"),
    ]),
    ("新闻采编部", "主任", "佟霁珣", "middle", [
        ("新闻稿件“三审三校”走过场，有偿新闻、有偿不闻", "高", "紧急", "落实编辑、部主任、分管领导三审，签审留痕。"),
        ("采访中接受被采访单位礼品、购物卡", "中", "普通", "采访实行双人制，严禁收受礼品。"),
    ]),
    ("新闻采编部", "记者", "隆璟沅", "general", [
        ("以舆论监督名义向企业索要赞助、拉广告", "高", "普通", "采编与经营分开，记者不得参与广告经营。"),
        ("新闻稿件署名和稿费核算弄虚作假", "低", "普通", "稿费按月公示，部门负责人审核。"),
    ]),
    ("播出技术部", "值机员", "佟瑀翕", "general", [
        ("违规插播未经审查的广告和节目", "中", "紧急", "播出串联单经审核签字，插播须台领导批准。"),
        ("设备维修配件采购虚报数量", "中", "普通", "配件采购登记入库，维修记录双人签字。"),
    ]),
]  # fmt: skip


def xixian_media_center_task_export() -> dict:
    unit = f"{PLACE}融媒体中心"
    project = f"{unit}2025年岗位廉政风险排查"
    sh = _Sheet("任务列表", [22, 44, 8, 30, 28, 12, 9, 9, 9, 8, 8, 8, 40, 12, 8])
    t = _Truth(unit)
    sh.add(*TASK_HEAD)
    n = 0
    for dept, post, who, tier, points in TASKS:
        n += 1
        parent = f"{dept}{GAP}{post}{GAP}{who}{GAP}岗位廉政风险排查"
        sh.add(f"TB-2025-{n:03d}", parent, "任务", None, project, dept, who, WATCHER, CREATOR, "普通", None, post,
               "按附件模板排查本岗位廉政风险点。", "2025-06-30", "已完成")  # fmt: skip
        for point, lv, prio, measures in points:
            n += 1
            sh.add(f"TB-2025-{n:03d}", point, "子任务", parent, project, dept, who, WATCHER, CREATOR, prio, lv,
                   post, measures, "2025-06-30", "已完成")  # fmt: skip
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    return _layout(
        "xixian_media_center_task_export", "http://arkombiservisi.com/portal.php?aid=90296&mod=view",
        "(harder) 县融媒体中心 廉政风险排查 run as a project in a team task tool and EXPORTED, after the source's 检查组 on "
        "安全播出 at a 县融媒体中心 and 发射台 (节目制作播出审查, 依法依规运营, 有线电视网络升级改造): no title, one "
        "heading row ``任务ID | 标题 | 任务类型 | 父任务 | 所属项目 | 所属分组 | 执行者 | 参与者 | 创建者 | 优先级 | 风险等级 | 岗位 | "
        "备注 | 截止时间 | 任务状态``; a PARENT task a holder (``任务``, 标题 ``科室　岗位　姓名　岗位廉政风险排查``, no "
        "level) over his SUB-TASKS (``子任务``, ``父任务`` naming the parent), each sub-task's 标题 a point, 风险等级 "
        "高/中/低, 备注 the measures; the holder is the ``执行者``; the same ``参与者`` (纪检监察员) and ``创建者`` on "
        "every row; ``优先级`` 紧急/普通 no level",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xixian_tv_station_list() -> dict:
    unit = f"{PLACE}广播电视台"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("台领导", "台长", "隆骥翀", "leader", [
            ("出租、转让频道频率和播出时段", "制度机制风险", "一级", "频道时段经营一律经台务会研究，报县委宣传部备案。"),
            ("节目引进和购买不经集体审片", "岗位职责风险", "二级", "引进节目成立审片小组集体审查。"),
        ]),
        ("广告部", "主任", "佟璠翊", "middle", [
            ("审查把关不严，播出虚假违法药品、保健品广告", "岗位职责风险", "一级", "广告“三审”，证明文件存档备查。"),
            ("广告费折扣、返点私下约定", "思想道德风险", "二级", "广告价格统一公示，返点入账。"),
        ]),
        ("广告部", "业务员", "隆珮岑", "general", [
            ("以健康咨询节目、新闻报道方式变相发布广告", "业务流程风险", "二级", "专题节目与广告分开编排，播前审查。"),
        ]),
        ("播出部", "主任", "佟彧澂", "middle", [
            ("擅自更改节目播出串联单", "业务流程风险", "三级", "串联单变更经分管台长签批。"),
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
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 8)
    return _layout(
        "xixian_tv_station_list", "http://m.alki.com.cn/news/201810181458.html",
        "县广播电视台 岗位廉政风险防控一览表, after the source's 广播电视广告专项整治 会议 (虚假违法广告, 各频率频道、各节目"
        "栏目和时段, 24小时监听监看): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def xixian_news_center_cards() -> dict:
    unit = f"{PLACE}新闻采编中心"
    t = _Truth(unit)
    cards = [
        ("主任", "佟翚岫", "主任", "主持中心全面工作，负责稿件终审", "leader", [
            ("重大报道终审签发把关不严", "★★★", "重大稿件报县委宣传部审核后签发。"),
            ("通讯员稿件采用和稿酬发放优亲厚友", "★★", "稿件采用和稿酬标准公开。"),
        ]),
        ("编辑", "隆沄翯", "编辑", "负责新闻稿件编辑和初审", "general", [
            ("收受好处后删改、撤换批评报道", "★★★", "批评报道删改须经主任批准并留存原稿。"),
            ("编辑稿件时泄露未公开的政务信息", "★★", "签订保密承诺书，稿件系统分级授权。"),
            ("参加被报道单位组织的宴请、旅游", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xixian_news_center_cards", "https://haowendang.cn/view-s282p0c111758.html",
        "县新闻采编中心 岗位廉政风险防控卡, one sheet a person, after the source's 播出传输秩序专项治理 总结 (未经许可的"
        "节目, 变相发布广告, 专项检查): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xixian_monitoring_station_posts() -> dict:
    unit = f"{PLACE}广播电视监测台"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("台领导", "台长", "leader", "监测站点建设", "监测站点设备采购和运维外包暗箱操作", "制度机制", "高",
         "运维外包公开比选，合同报县融媒体中心备案。"),
        ("监测科", "科长", "middle", "违规广告监测", "对监测发现的违规广告瞒报、少报", "岗位职责", "高",
         "监测记录自动存储，违规线索当日报送。"),
        ("监测科", "监测员", "general", "监听监看记录", "值班监听监看记录补记、漏记", "业务流程", "中",
         "实行双人双岗值班，记录交接签字。"),
        ("监测科", "监测员", "general", "“黑广播”线索", "收受好处后不报送“黑广播”线索", "思想道德", "中",
         "线索登记编号，科长每周核对。"),
        ("技术科", "技术员", "general", "备品备件", "备品备件出入库不登记，私自处置", "业务流程", "低",
         "备件领用登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "xixian_monitoring_station_posts", "http://gd-fz.org.cn/show-15569.html",
        "县广播电视监测台 岗位廉政风险点排查表 对岗不对人, after the source's 监测中心 动员会 (广告监测, IPTV监测, "
        "“黑广播”监测, 关键岗位24小时值班): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 (short names)/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xixian_cable_network_group_rows() -> dict:
    unit = f"{PLACE}有线电视网络有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "隆琤翱", "leader", [
                ("网络升级改造工程发包规避招标", "一级风险", "工程项目按限额标准公开招标。"),
                ("工程变更签证不经集体研究", "二级风险", "变更签证经经理办公会研究，留存影像资料。"),
            ]),
        ]),
        ("二、营业部", "营业部", [
            ("主任", "佟湉珏", "middle", [
                ("收视费减免、优惠擅自审批", "一级风险", "减免名单经公司审核并公示。"),
            ]),
            ("收费员", "隆筠彧", "general", [
                ("人工收费截留、坐支收视费", "一级风险", "推行扫码缴费，现金日清日结。"),
                ("私自为用户开通、恢复信号收取好处", "二级风险", "开通、恢复工单系统派发留痕。"),
            ]),
        ]),
        ("三、工程部", "工程部", [
            ("网格员", "佟珝淼", "general", [
                ("入户安装收取额外费用", "三级风险", "收费标准入户公示，回访用户。"),
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
        "xixian_cable_network_group_rows", "https://soolun.net/periodical/18a2400681a99ce269c7a4e6c972fd2f.html",
        "县有线电视网络有限公司 廉洁风险防控责任清单, after the source's paper on 有线电视 经营管理 (收费难, 费用流失, "
        "人工收费管理方式落后, 用户统计): a title, 序号/岗位/姓名/廉洁风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、公司领导``, ``二、营业部``, ``三、工程部`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def xixian_transmitter_selfchecks() -> dict:
    unit = f"{PLACE}广播电视发射台"
    t = _Truth(unit)
    people = [
        ("隆曜澍", "台领导", "台长", "leader", [
            ("发射机大修和天馈改造项目化整为零", "Ⅰ级", "项目经台务会研究，按程序报批采购。", "已落实"),
            ("值班补助发放不按实际值班天数", "Ⅱ级", "值班表与补助表每月核对公示。", "未发现问题"),
        ]),
        ("佟淏岚", "值机班", "值机员", "general", [
            ("擅自扩大发射功率或更改技术参数", "Ⅰ级", "技术参数变更经台长批准并报备。", "已落实"),
            ("机房柴油、备件领用不登记", "Ⅲ级", "油料和备件领用登记，每月盘点。", "已落实"),
            ("值班期间脱岗，让他人代签值班记录", "Ⅱ级", "值班签到与机房监控核对。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在班组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "台长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xixian_transmitter_selfchecks", "http://yztvw.com/17486-2/",
        "县广播电视发射台 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县广电中心 "
        "on 两会 安全播出 (播出部, 技术股, 双人双岗值班, 机房值班人员): a title, a label row ``姓　名 | 所在班组 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 台长意见：``",
        sheets, t,
    )  # fmt: skip


def xixian_service_center_two_sheets() -> dict:
    unit = f"{PLACE}广播电视服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("佟鋆翥", "主任", "主持全面工作", [
            ("户户通、应急广播项目验收不严", "高风险", "项目验收邀请乡镇和用户代表参加。"),
            ("重要保障期值班经费虚列", "中风险", "值班经费凭值班表据实列支。"),
        ]),
        ("隆翊湛", "副主任", "分管技术维护", [
            ("监测站点运维服务商选定不公开", "高风险", "运维服务公开比选，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("技术股", "股长", "佟璘澈", "middle", "应急广播终端维修费用虚报", "中风险", "维修工单与费用逐项核对。"),
        ("技术股", "技术员", "隆彦琬", "general", "公益电影放映场次虚报", "低风险", "放映场次由村委会签字确认。"),
        ("财务股", "出纳", "佟毓峤", "general", "公款私存、现金坐支", "高风险", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xixian_service_center_two_sheets", "http://gdj.shaanxi.gov.cn/info/1718/18079.htm",
        "县广播电视服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 省监管中心 on 重要保障期 (监测站点维护, "
        "领导带班值班表, 各环节联系人): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xixian_huangtu_station_list() -> dict:
    unit = f"{PLACE}黄土镇广播电视站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "隆霈琮", "leader", "村级应急广播设备采购收受回扣", "外部环境", "高",
         "设备采购由县融媒体中心统一组织。"),
        ("站领导", "站长", "隆霈琮", "leader", "有线电视入户补贴对象审核不实", "岗位职责", "中",
         "补贴对象村委会评议、站里审核、公示。"),
        ("技术组", "技术员", "佟翙沄", "general", "维修服务索要用户钱物", "思想道德", "中",
         "维修回访，公开监督电话。"),
        ("技术组", "技术员", "佟翙沄", "general", "更换器材以旧充新", "业务流程", "低",
         "旧器材回收登记，站长抽查。"),
        ("综合组", "会计", "隆妤璇", "general", "站里经费报销票据审核不严", "业务流程", "中",
         "报账单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "xixian_huangtu_station_list", "http://gdj.shaanxi.gov.cn/info/1726/24636.htm",
        "镇广播电视站 岗位廉政风险防控一览表, after the source's 监测中心 on 二十大 保障 (科室监测责任, 每个环节、每个"
        "岗位, 内容安全, 设施安全): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xixian_media_center_task_export(),
    xixian_tv_station_list(),
    xixian_news_center_cards(),
    xixian_monitoring_station_posts(),
    xixian_cable_network_group_rows(),
    xixian_transmitter_selfchecks(),
    xixian_service_center_two_sheets(),
    xixian_huangtu_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch794-inbox"))
