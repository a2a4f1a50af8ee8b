"""A hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — a 县海堤管理所, a 县政府采购中心, a 县内河航道管理站, a 县植物检疫站, a 县土地开发整理中心,
a 县渔港监督站, a 县水政监察大队, the county's 国家统计局…调查队 and a 县农村经营管理站 — each handing
back its ordinary 一览表, 排查表, 清单 or 防控卡 the way its staff typed it, four of them also kept as
LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b108_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch108.py --resave``):

- a 海堤管理所 一览表 (re-saved) typed with nothing merged: where a 股室, a post or a name repeats
  the row above, the cell holds the ditto mark ``〃`` (U+3003) instead, as older staff write lists
  by hand; short types, 高/中/低;
- a 政府采购中心 排查表 (re-saved) drafted in Word and PASTED into Excel: each numbered paragraph of a
  ``防控措施`` cell became a row of its own, and Excel merged every other cell of the Word row
  (序号, 风险点, 风险类别, 风险等级) down over those rows — one point over two or three rows;
- a 植物检疫站's 防控卡 one per sheet (re-saved), the sheets made by copying the first one, so the
  tabs are ``Sheet1``, ``Sheet1 (2)``, ``Sheet1 (3)`` — each with its own ``姓名 | … | 所在股室 | … |
  职务 | …`` row, a ``岗位职责`` line and a ``工作环节`` column;
- a 土地开发整理中心 一览表 in which a slash ``/`` fills the cells that do not apply: the 科室 of the
  中心's 主任 and 副主任, and the 姓名 of a 出纳 post now vacant;
- a 渔港监督站 排查表 (re-saved) whose 港口检查员 post is held by two people written in ONE 姓名
  cell, ``蒉海生、沃晓澜``, merged over the post's two rows;
- a 水政监察大队 一览表 that opens with the risks shared by all its officers — 岗位 ``全体执法人员``,
  姓名 ``全体``, the 中队 cell blank — before the rows of each post; the 中队 named after towns;
- the ``国家统计局响水调查队`` 一览表: the unit's official name begins with the national 局 that
  the county 队 belongs to; 股室 merged, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``填报单位：…（盖章）`` line;
- a 农村经营管理站 清单 对岗不对人 with a ``岗位人数`` column of numbers (``1``, ``3``, ``2``) between
  the post and the point, no type column.

One is harder:

- ``waterway_post_holder_one_heading``: a 内河航道管理站 一览表 whose heading ``岗位及责任人`` is ONE
  cell merged over TWO columns — the post in the first (``站长``, ``股长``, ``航标员``), the holder's
  name in the second, which has no heading of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (盐城's 海堤达标工程 with 响水's
防护工程 and 闸 拆建, 项目法人制、招投标制、监理制; a 政府采购中心's 职责 (采购文件, 采购信息, 质疑,
归档); a 航道所 管养点 checking 涉航工程 and 助航标志; how a 植物检疫证书 is applied for (产地检疫记录,
调运, 现场查验); a 区 checking its 土地开发整治项目 before 验收; 渔港综合管理 and 依港管船; a 水政监察支队's
执法; a 国调队 on 统计数据 真实; the 农村合作经济经营管理站 as the 农村集体经济审计 body) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented; every unit is a body of 响水县 (its towns 潮滩镇, 蟹港镇 invented too).

Run ``python tests/published/score.py --set batch108`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``〃`` in a 股室, 岗位 or 姓名 cell repeats the cell above (as ``同上`` does);
- a point whose cells were merged down over the rows its pasted measures took is ONE point;
- sheets named ``Sheet1 (2)``, ``Sheet1 (3)`` that carry their own 姓名 are cards of their own,
  no continuation of ``Sheet1``;
- ``/`` in a 科室 cell is no 科室 (department ""); ``/`` under 姓名 is a vacant post: no holder;
- two names in one 姓名 cell (``蒉海生、沃晓澜``) are two holders of the post: two forms, each with
  every point of the post;
- 岗位 ``全体执法人员`` with 姓名 ``全体`` is a post without a named holder (as ``共8人`` is);
- ``国家统计局响水调查队`` is ONE unit (the 队), not the 局 with a 科室 响水调查队;
- a ``岗位人数`` number is no 序号, no point and no holder;
- the heading ``岗位及责任人`` merged over two columns heads the post AND the holder;
- 所长/副所长, 主任/副主任 of a 中心, 站长 of a 站, 大队长, 队长/副队长 are leaders; 股长, 科长,
  中队长 and 办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells), copies the re-saved copies ``resaved/b108_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b108_"
PLACE = "响水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
DITTO = "\u3003"
SLASH = "/"


# --------------------------------------------------------------------------- harder layout


def waterway_post_holder_one_heading() -> dict:
    unit = f"{PLACE}内河航道管理站"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    r = sh.add("序号", "科室", "岗位及责任人", None, "廉政风险点", "风险等级", "防控措施")
    sh.merge(r, 2, r, 3)
    rows = [
        ("站领导", "站长", "门砚池", "涉航工程航道通航条件审核意见不经集体研究,为建设单位降低标准", "一级",
         "涉航工程审核意见经站务会集体研究,审核结果报交通运输局备案。", "leader"),
        ("站领导", "站长", "门砚池", "航道疏浚工程确定施工单位时指定关系单位", "一级",
         "疏浚工程按规定公开招标,评标全程录音录像。", "leader"),
        ("航政股", "股长", "濮江澄", "涉航工程现场检查走过场,对未按批准方案施工的不予制止", "二级",
         "现场检查两人以上,检查记录拍照存档,问题整改销号。", "middle"),
        ("航政股", "巡查员", "汲远航", "航道巡查中发现违规占用航道不报告,收受当事人好处", "二级",
         "巡查轨迹定位上传,巡查日志每日由股长审核。", "general"),
        ("养护股", "股长", "禹晚渡", "航标维护材料采购不比价,验收不严", "二级",
         "材料采购三家以上比价,验收由使用、财务人员共同签字。", "middle"),
        ("养护股", "航标员", "伊望舟", "助航标志维修工时、材料虚报冒领", "三级",
         "维修工单由船队签字确认,旧件交回登记核销。", "general"),
        ("综合股", "会计", "况汀兰", "航道养护资金支付审核不严,虚列支出", "二级",
         "资金支付凭合同、验收单,实行会计、股长、站长三签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2024年10月", None)
    return _layout(
        "waterway_post_holder_one_heading", "https://ousaite.com/new/732696132280398848",
        "(harder) 县内河航道管理站 岗位廉政风险点一览表, after the source's account of an 航道所 管养点 checking 涉航"
        "工程, 助航标志 and 通航秩序 (涉航工程手续审批核查): 序号/科室 merged (站领导, 航政股, 养护股, 综合股)/then ONE "
        "heading ``岗位及责任人`` MERGED OVER TWO COLUMNS — the post (站长, 股长, 巡查员, 航标员, 会计) in the first, the "
        "holder's name in the second, which has no heading of its own; both merged per person/廉政风险点/风险等级 "
        "一级/二级/三级/防控措施; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def seawall_ditto_marks() -> dict:
    unit = f"{PLACE}海堤管理所"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报日期：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "亢泊舟", "海堤防护工程施工单位确定不经集体研究", "制度机制", "高",
         "工程项目按规定招标,所务会集体决策并留存纪要。", "leader"),
        ("所领导", "所长", "亢泊舟", "工程款拨付不按合同和完成工程量", "岗位职责", "高",
         "工程款凭监理签认的计量单拨付,实行会签。", "leader"),
        ("所领导", "副所长", "毋澜生", "挡潮闸维修项目验收把关不严", "岗位职责", "中",
         "验收由建设、监理、施工三方和所务会成员共同参加。", "leader"),
        ("工程管理股", "股长", "况砺川", "海堤巡查发现违规取土、建房不制止不报告", "外部环境", "中",
         "巡查记录每日上报,问题限期处理并回访。", "middle"),
        ("工程管理股", "股长", "况砺川", "维修养护工程量签证不实", "业务流程", "高",
         "签证由两人以上现场核量,影像资料存档。", "middle"),
        ("工程管理股", "技术员", "蒉潮平", "护堤地树木采伐审核中收受好处", "思想道德", "低",
         "采伐申请公示,审核意见股室集体研究。", "general"),
        ("闸务股", "闸管员", "那汐亭", "排涝、挡潮闸门启闭不按调度指令,为养殖户私开闸门", "岗位职责", "中",
         "启闭执行调度指令单,启闭记录双人签字。", "general"),
        ("综合股", "会计", "戈蕴禾", "防汛物资采购、出入库账实不符", "制度机制", "低",
         "物资出入库登记,每季度盘点并公示。", "general"),
    ]  # fmt: skip
    prev = None
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        shown_dept = DITTO if prev and prev[0] == dept else dept
        same = prev and prev[:3] == (dept, post, who)
        shown_post = DITTO if same else post
        shown_who = DITTO if same else who
        sh.add(n, shown_dept, shown_post, shown_who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        prev = (dept, post, who)
    sh.add()
    sh.add("所长签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "seawall_ditto_marks", "http://www.yancheng.gov.cn/nj/2008/html/Noname069.htm",
        "县海堤管理所 岗位廉政风险点一览表 after the source's yearbook entry on 海堤防护 (海堤达标工程, 响水县's 防护工程 "
        "and 闸 拆建; 项目法人制、招投标制、合同管理制、施工监理制、竣工验收制): a ``填报单位：… | 填报日期：…`` line, then "
        "序号/股室/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 with NOTHING MERGED: a 股室, post or "
        "name that repeats the row above is written as the ditto mark ``〃`` (U+3003) — ``〃`` under 所领导 and under "
        "所长 亢泊舟, under 工程管理股 and its 股长 况砺川; 所长签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def procurement_word_paste() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 30, 12, 8, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    people = [
        ("中心领导", "主任", "冼霁庭", "leader", [
            ("采购方式变更审核把关不严,化整为零规避公开招标", "制度机制风险", "高",
             ["1.采购方式变更一律报财政部门审批;", "2.同一采购人同类项目按年度合并计算金额;",
              "3.变更情况每季度在中心内部通报。"]),
            ("干预评审专家抽取或评审过程", "思想道德风险", "高",
             ["1.评审专家由系统随机抽取,抽取过程全程录像;", "2.领导干部插手采购活动登记报告。"]),
        ]),
        ("中心领导", "副主任", "茹聿修", "leader", [
            ("供应商质疑处理偏袒一方", "岗位职责风险", "中",
             ["1.质疑答复经中心集体研究;", "2.答复内容报财政部门备案。"]),
        ]),
        ("采购业务科", "科长", "鄂沛然", "middle", [
            ("采购文件设置倾向性资格条件和评分因素", "业务流程风险", "高",
             ["1.采购文件经采购人确认并由法律顾问审核;", "2.资格条件与项目需求不相适应的予以删除;",
              "3.采购文件发布后接受供应商质疑。"]),
            ("开标前泄露投标供应商名称和数量", "岗位职责风险", "中",
             ["1.投标文件电子化递交,开标前系统加密;", "2.开标现场视频监控。"]),
        ]),
        ("采购业务科", "项目经办人", "璩书棠", "general", [
            ("采购信息发布不及时、不完整,限制潜在供应商", "业务流程风险", "低",
             ["1.采购公告发布前由科长复核;", "2.公告在指定媒体发布并留存截图。"]),
        ]),
        ("综合科", "档案管理员", "迟若岫", "general", [
            ("采购档案资料保管不善,私自抽换、销毁", "制度机制风险", "低",
             ["1.采购档案一项目一档,移交时逐页登记;", "2.档案借阅须经科长批准。"]),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, tier, points in people:
        person_first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            first = sh.add(n, dept, post, who, point, typ, lv, measures[0])
            for m in measures[1:]:
                sh.add(None, None, None, None, None, None, None, m)
            last = len(sh.rows) - 1
            for c in (0, 4, 5, 6):
                sh.merge(first, c, last, c)
            if first > person_first:
                for c in (1, 2, 3):
                    sh.rows[first][c] = None
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        last = len(sh.rows) - 1
        for c in (2, 3):
            sh.merge(person_first, c, last, c)
    # the 科室 merged over all its people's rows, as the Word table had it
    dept_runs: dict[str, list[int]] = {}
    r = 2
    for dept, _post, _who, _tier, points in people:
        rows_of = sum(len(m) for _p, _t, _l, m in points)
        dept_runs.setdefault(dept, []).extend(range(r, r + rows_of))
        r += rows_of
    for dept, rows_of in dept_runs.items():
        top, bottom = rows_of[0], rows_of[-1]
        for k in range(top + 1, bottom + 1):
            sh.rows[k][1] = None
        sh.rows[top][1] = dept
        sh.merge(top, 1, bottom, 1)
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "procurement_word_paste",
        "https://changzhi.gov.cn/xxgkml/zfxxgkml/szfzssydw/czsdag_243248/czsrmzf_243251/zzjg_204/zyzz_205/202206/t20220606_2555930.shtml",
        "县政府采购中心 岗位廉政风险点排查表 after the source's list of a 政府采购中心's 职责 (组织采购, 发布采购信息, 编制"
        "采购文件, 受理质疑, 资料归档): drafted in Word and PASTED into Excel — every numbered paragraph of a 防控措施 "
        "cell became a ROW of its own (``1.…``, ``2.…``, ``3.…``) and Excel merged the other cells of the Word row — "
        "序号, 风险点, 风险类别 ``…风险``, 风险等级 高/中/低 — down over those two or three rows; 科室 (中心领导, 采购业务科, "
        "综合科), 岗位 and 姓名 merged over the person's rows; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def quarantine_copied_sheets() -> dict:
    unit = f"{PLACE}植物检疫站"
    t = _Truth(unit)
    people = [
        ("谈穗禾", "站领导", "站长", "leader", "主持全站工作,负责检疫审批和检疫证书签发管理", [
            ("审批", "对不符合条件的调运申请签批同意", "岗位职责", "高",
             "调运审批凭产地检疫记录和现场查验结果,审批结果定期公开。"),
            ("管理", "检疫收费、罚没物品处置不按规定", "制度机制", "中",
             "收费票据统一管理,罚没物品处置经站务会研究。"),
            ("监督", "对下属检疫员出证情况疏于检查", "岗位职责", "低", "每月抽查出证记录并通报。"),
        ]),
        ("铁苗青", "检疫股", "股长", "middle", "负责产地检疫、调运检疫的组织和复核", [
            ("产地检疫", "产地检疫走过场,对有疫情的种苗基地出具合格记录", "岗位职责", "高",
             "产地检疫两人以上实地踏查,检疫记录拍照定位。"),
            ("复核", "复核时对检疫员出证差错不予纠正", "业务流程", "中", "复核意见签字存档,差错登记通报。"),
            ("对外", "接受种苗经营户宴请、礼品", "外部环境", "中", "执行廉洁自律规定,拒收登记。"),
        ]),
        ("尉稼轩", "检疫股", "检疫员", "general", "负责现场查验和植物检疫证书出具", [
            ("现场查验", "不到现场查验即出具植物检疫证书", "岗位职责", "高",
             "现场查验照片随证书上传系统,证书与查验记录比对。"),
            ("出证", "为熟人代开、空白签发检疫证书", "思想道德", "高", "证书编号管理,作废证书交回登记。"),
            ("资料", "检疫档案记录不全,事后补填", "制度机制", "低", "检疫档案按月整理归档,股长检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, tier, duty, points) in enumerate(people):
        sh = _Sheet("Sheet1" if k == 0 else f"Sheet1 ({k + 1})", [6, 10, 30, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "所在股室", dept, "职务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "工作环节", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "2024年10月", None, None)
        sheets.append(sh)
    return _layout(
        "quarantine_copied_sheets", "http://www.boteman.cn/paper/504333031.html",
        "县植物检疫站 岗位廉政风险防控卡 one per sheet, after the source's account of how a 植物检疫证书 is applied for "
        "(产地检疫记录, 调运, 现场查验, 证书签发): the later sheets made by COPYING the first, so the tabs are "
        "``Sheet1``, ``Sheet1 (2)``, ``Sheet1 (3)``; each card its own ``姓名 | … | 所在股室 | … | 职务 | …`` row (站长 "
        "谈穗禾 of 站领导, 检疫股 股长 铁苗青, 检疫股 检疫员 尉稼轩), a ``岗位职责`` line merged across, 序号/工作环节/风险点/"
        "风险类别 (short names)/风险等级 高/中/低/防控措施, an unsigned 持卡人签字/date line",
        sheets, t,
    )  # fmt: skip


def land_consolidation_slash_cells() -> dict:
    unit = f"{PLACE}土地开发整理中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        (SLASH, "", "主任", "糜垄川", "糜垄川", "土地整治项目立项、施工单位确定个人说了算", "制度机制", "高",
         "项目立项和施工单位确定经主任办公会集体研究,按规定招标。", "leader"),
        (SLASH, "", "主任", "糜垄川", "糜垄川", "新增耕地指标核定中弄虚作假", "岗位职责", "高",
         "新增耕地经第三方测量,核定结果公示。", "leader"),
        (SLASH, "", "副主任", "扈田畴", "扈田畴", "项目竣工验收自查走过场", "岗位职责", "中",
         "验收自查邀请财政、农业、水利部门和第三方参加。", "leader"),
        ("项目管理科", "项目管理科", "科长", "芮畦生", "芮畦生", "工程变更审核不严,虚增工程量", "业务流程", "高",
         "工程变更经监理、设计、中心三方审核,报局备案。", "middle"),
        ("项目管理科", "项目管理科", "技术员", "巩陌野", "巩陌野", "外业核查时接受施工单位宴请", "思想道德", "中",
         "核查两人以上,签订廉洁承诺。", "general"),
        ("财务科", "财务科", "会计", "邰穗安", "邰穗安", "项目资金拨付不按进度和合同", "制度机制", "中",
         "资金拨付凭监理签认单,实行会计、科长、主任三签。", "general"),
        ("财务科", "财务科", "出纳", SLASH, "", "现金、票据保管不善,坐支现金", "制度机制", "低",
         "现金日清月结,票据领用核销登记。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (shown_dept, dept, post, shown_who, who, point, typ, lv, measures, tier) in enumerate(
        rows, 1
    ):
        sh.add(n, shown_dept, post, shown_who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    by_dept = lambda row: row[1] if row[1] != SLASH else row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, by_dept), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "land_consolidation_slash_cells",
        "https://zrzyhghj.changde.gov.cn/slzq/jcdt1__xwzx/jcdt/content_363953",
        "县土地开发整理中心 岗位廉政风险点一览表 after the source's report of a 区 checking its 土地开发整治项目 before "
        "验收 (工程质量, 工程数量, 施工资料; 新增耕地): 序号/科室/岗位/姓名/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施, where a SLASH ``/`` fills what does not apply — the 科室 of the 主任 and 副主任 (one ``/`` "
        "a person, merged over his rows) and the 姓名 of the 财务科's 出纳 post, vacant; 科室, 岗位 and 姓名 otherwise "
        "merged per person; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def fishing_port_two_inspectors() -> dict:
    unit = f"{PLACE}渔港监督站"
    sh = _Sheet("排查表", [6, 12, 12, 14, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    pair = "蒉海生、沃晓澜"
    rows = [
        ("站领导", "站长", "仇帆影", ("仇帆影",), "渔船进出港报告违规处理降格、说情打招呼", "制度机制风险", "高",
         "处理决定集体审议,说情打招呼登记报告。", "leader"),
        ("站领导", "站长", "仇帆影", ("仇帆影",), "渔港设施维修项目不经集体研究确定施工单位", "制度机制风险", "中",
         "维修项目经站务会研究,按规定比选并公示。", "leader"),
        ("港监股", "股长", "岳泊远", ("岳泊远",), "对未按规定报告进出港的渔船查处不力", "岗位职责风险", "高",
         "查处结果每月通报,案件材料两人审核。", "middle"),
        ("港监股", "港口检查员", pair, ("蒉海生", "沃晓澜"), "登船检查时对违规携带网具不予处理,收受船主好处",
         "外部环境风险", "高", "登船检查两人以上,执法记录仪全程记录。", "general"),
        ("港监股", "港口检查员", pair, ("蒉海生", "沃晓澜"), "伏季休渔期间对违规出港渔船放行", "岗位职责风险", "中",
         "休渔期渔船在港情况每日核对,出港登记由股长复核。", "general"),
        ("船检股", "验船师", "舒锚远", ("舒锚远",), "渔船检验降低标准签发检验证书", "业务流程风险", "中",
         "检验项目逐项拍照留存,证书签发实行复核。", "general"),
        ("综合股", "会计", "秘晴川", ("秘晴川",), "渔港停泊费收取不开票、不入账", "制度机制风险", "低",
         "收费使用统一票据,按日入账,每月核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, shown, holders, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, shown, point, typ, lv, measures)
        for who in holders:
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "fishing_port_two_inspectors", "https://fx361.cc/page/2021/0816/12602869.shtml",
        "县渔港监督站 岗位廉政风险排查表 after the source's account of 渔港综合管理 and 依港管船 (渔船进出港报告, 驻港执法, "
        "伏季休渔): 序号/股室 merged (站领导, 港监股, 船检股, 综合股)/岗位 and 姓名 merged per person/风险点/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施, the 港监股's 港口检查员 post held by TWO people written in ONE 姓名 cell "
        "``蒉海生、沃晓澜``, merged over the post's two rows; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def water_patrol_all_staff() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("一览表", [6, 12, 14, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "所在中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        (None, "", "全体执法人员", "全体", "", "执法检查中接受当事人宴请、礼品礼金", "思想道德风险", "中",
         "执法人员签订廉洁承诺,节假日前廉洁提醒。", "general"),
        (None, "", "全体执法人员", "全体", "", "向当事人泄露举报人信息和检查安排", "岗位职责风险", "中",
         "举报人信息专人管理,检查计划临时通知。", "general"),
        ("大队领导", "大队领导", "大队长", "荀河清", "荀河清", "重大水事违法案件处罚不经集体讨论", "制度机制风险", "高",
         "重大案件集体讨论,处罚决定法制审核。", "leader"),
        ("大队领导", "大队领导", "大队长", "荀河清", "荀河清", "执法车辆、船艇使用管理不规范", "制度机制风险", "低",
         "车船使用登记审批,油料定点加注。", "leader"),
        ("潮滩中队", "潮滩中队", "中队长", "滑浪石", "滑浪石", "对非法采砂查处不力,降格处理", "外部环境风险", "高",
         "采砂案件全程记录,处罚裁量按基准执行。", "middle"),
        ("潮滩中队", "潮滩中队", "执法队员", "羿潮声", "羿潮声", "河道巡查不到位,巡查记录造假", "业务流程风险", "中",
         "巡查轨迹定位上传,中队长每周抽查。", "general"),
        ("蟹港中队", "蟹港中队", "中队长", "宗岸柳", "宗岸柳", "涉河建设项目现场监管走过场", "岗位职责风险", "中",
         "监管检查拍照存档,问题限期整改。", "middle"),
        ("蟹港中队", "蟹港中队", "中队长", "宗岸柳", "宗岸柳", "取水户计量设施检查中收受好处", "外部环境风险", "高",
         "检查两人以上,结果在大队公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (shown_dept, dept, post, shown, who, point, typ, lv, measures, tier) in enumerate(
        rows, 1
    ):
        sh.add(n, shown_dept, post, shown, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "water_patrol_all_staff", "https://fx361.cc/page/2020/1223/13333333.shtml",
        "县水政监察大队 岗位廉政风险点一览表 after the source's account of a 水政监察支队's 执法 (综合执法, 持证上岗, 河长制 "
        "and 河湖 执法): the list OPENS with the risks all officers share — 所在中队 left BLANK, 岗位 ``全体执法人员``, "
        "姓名 ``全体``, both merged over their two rows — then 所在中队 merged (大队领导 and two 中队 named after invented "
        "towns, 潮滩中队, 蟹港中队)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def survey_team_state_prefix() -> dict:
    unit = f"国家统计局{PLACE[:2]}调查队"
    sh = _Sheet("一览表", [6, 16, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报时间：2024年11月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "卞衡书", "授意、默许调查人员修改调查数据", "思想道德", "Ⅰ级",
         "数据审核实行分级负责,修改数据须有调查对象签字的原始依据。", "leader"),
        ("队领导", "队长", "卞衡书", "调查业务经费、劳务费分配不经集体研究", "制度机制", "Ⅱ级",
         "经费分配方案经队务会研究,发放情况公示。", "leader"),
        ("队领导", "副队长", "党沛珊", "对住户调查记账户选取中优亲厚友不予纠正", "岗位职责", "Ⅱ级",
         "记账户按抽样方案选取,选取结果复核存档。", "leader"),
        ("住户和价格调查股", "股长", "仲采薇", "价格采集点确定和变更不按规定", "业务流程", "Ⅱ级",
         "采价点变更报市调查队审批,变更记录存档。", "middle"),
        ("住户和价格调查股", "调查员", "晏予禾", "不入户调查,代调查户填写记账资料", "岗位职责", "Ⅰ级",
         "入户调查定位拍照,记账资料随机电话回访核实。", "general"),
        ("农业和企业调查股", "股长", "衡穗宁", "农作物产量调查实割实测弄虚作假", "岗位职责", "Ⅰ级",
         "实割实测两人以上到场,测产记录当场签字。", "middle"),
        ("农业和企业调查股", "股长", "衡穗宁", "向企业泄露未公开的调查数据", "外部环境", "Ⅲ级",
         "数据发布前保密管理,知悉范围登记。", "middle"),
        ("办公室", "主任", "舒简宁", "调查员劳务报酬发放不实", "制度机制", "Ⅲ级",
         "劳务报酬按任务完成量核发,银行转账发放。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年11月", None)
    return _layout(
        "survey_team_state_prefix",
        "http://hnzd.stats.gov.cn/hndc/zcfg/fzgzdt/201304/t20130417_27801.html",
        "国家统计局…调查队 (a county's 国调队) 岗位廉政风险点一览表 after the source's account of a 国调队 meeting on 编造统计"
        "数据 (联网直报, 手机采价, 入户调查; 不得代报、修改数据): the unit's official name ``国家统计局响水调查队`` — the "
        "national 局 first, then the county's 队 — in the title and in ``填报单位：国家统计局响水调查队（盖章） | 填报时间：…``; "
        "序号/股室 merged (队领导, 住户和价格调查股, 农业和企业调查股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def rural_economy_headcount() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("清单", [6, 14, 12, 8, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "岗位人数", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", 1, "农村集体经济审计项目安排和审计结论不经集体研究", "高",
         "审计计划和审计结论经站务会研究,审计结果向乡镇通报。", "leader"),
        ("站领导", "副站长", 1, "土地承包经营纠纷调解中偏袒一方", "中", "调解实行回避制度,调解记录存档。", "leader"),
        ("审计股", "股长", 1, "对审计发现的侵占集体资产问题隐瞒不报", "高", "审计底稿三级复核,问题线索移送登记。", "middle"),
        ("审计股", "审计员", 3, "审计中接受被审计村宴请,降低审计标准", "中", "审计两人以上,签订审计廉洁承诺。", "general"),
        ("土地承包管理股", "股长", 1, "土地经营权流转合同鉴证把关不严", "中", "流转合同逐份审查,鉴证结果公示。", "middle"),
        ("土地承包管理股", "合同管理员", 2, "承包合同档案管理不善,私自涂改", "低", "合同档案专柜保管,查阅登记。", "general"),
        ("办公室", "会计", 1, "农村集体经济审计经费报销不实", "低", "报销凭证会计、站长双签,每季度公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, heads, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, heads, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "2024年10月", None)
    return _layout(
        "rural_economy_headcount",
        "https://soolun.net/periodical/392634c10e35a296245bd4340228b402.html",
        "县农村经营管理站 岗位廉政风险防控清单 对岗不对人 after the source's regulation on 农村集体经济审计 (the 农村合作经济"
        "经营管理站 its executing body; 承包合同, 集体资产): 序号/股室 merged (站领导, 审计股, 土地承包管理股, 办公室)/岗位/"
        "a ``岗位人数`` column of NUMBERS (1, 3, 2) between the post and the point/廉政风险点/风险等级 高/中/低/防控措施; "
        "no names anywhere, no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    waterway_post_holder_one_heading(),
    seawall_ditto_marks(),
    procurement_word_paste(),
    quarantine_copied_sheets(),
    land_consolidation_slash_cells(),
    fishing_port_two_inspectors(),
    water_patrol_all_staff(),
    survey_team_state_prefix(),
    rural_economy_headcount(),
]

RESAVED = (
    "seawall_ditto_marks",
    "procurement_word_paste",
    "quarantine_copied_sheets",
    "fishing_port_two_inspectors",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b108_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b108_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch108-inbox"))
