"""A fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE at the grass roots — the 排查表, 防控表,
自查表 and 一览表 that a 镇财政所, a 村报账员, a 社区's 社会救助 staff, a 镇畜牧兽医站, a 街道综合执法
大队, a 民营医院, a 镇公办幼儿园, a 县中学's 后勤 and a 镇退役军人服务站 hand back, each worded and
arranged the way such a body does it, nothing exotic; bodies the earlier batches hardly used. Eight
are EVERYDAY:

- a 村报账员's 岗位廉政风险自查表: a label row ``姓名 | 性别 | 出生年月 | 职务 | 任职时间 | 联系电话``
  with the values on the row BELOW it, a 岗位职责 line, ``工作事项`` before the 廉政风险点, 高/中/低,
  ``自查情况`` and ``整改措施`` columns (``—`` where nothing was to change), a 本人承诺 paragraph and
  a ``本人签名:田秀珍`` line;
- a 社区 社会救助岗位廉政风险排查表: 岗位/姓名/``工作内容`` merged per person (two ``网格员`` with
  different names), 风险类型 ``…风险``, 一级/二级/三级, and a trailing ``监督人`` column holding one
  name merged over the whole table;
- a 镇畜牧兽医站 廉政风险点防控一览表: no post or person column on the left — the rows grouped by
  section lines across the table (``一、重大动物疫病强制免疫``…), ``责任岗位`` and ``责任人`` at the right
  (the 站长's rows apart), one row's 责任人 ``各村防疫员(共12人)``;
- a 街道综合执法大队 岗位廉政风险点及防控措施一览表: the post and its holder in a line across the
  table typed ``一、大队长岗　责任人:贺建军`` (a full-width space, no brackets), ``执法环节`` before the
  风险点, 风险类别 written short (``制度机制``), 高/中/低;
- a 民营医院 医保基金使用关键岗位廉洁风险排查表: ``姓名`` FIRST, then 科室 and 岗位, a ``问题类别``
  column (``串换药品``, ``虚构诊疗服务项目``…) before the 廉洁风险点, 高/中/低; an 排查时间 line above;
- a 镇公办幼儿园 收费管理廉洁风险防控表: ``工作环节``, 风险点, 高/中/低, 防控措施, and a ``责任人``
  cell written post and name with a space (``园长 包晓梅``), no post column; a 监督电话 and an
  审核单位 line under it;
- a 县中学 后勤管理廉洁风险点自查表: 处室 merged down, 岗位/姓名 merged per person, levels written
  bare ``Ⅰ``/``Ⅱ``/``Ⅲ`` (no 级), a ``自查情况`` column, a 注 line;
- a 镇退役军人服务站 岗位廉政风险防控表: ``职务`` before ``姓名``, 主要职责 merged per person, and the
  ``风险等级`` column LAST, after the 防控措施.

One is harder:

- ``town_finance_levels_as_columns``: a 镇财政所 岗位廉政风险等级排查表 对岗不对人 with no 风险等级
  column — the heading ``廉政风险点`` spans three sub-columns ``高风险 | 中风险 | 低风险`` and each
  post's points are written in the sub-column of their level (one row per post, one to two of the
  three filled, the others blank), the post's 防控措施 in one cell for the row; a 说明 line says so.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 区's rule that a 镇财政所 set
不兼容岗位 apart — 预算编制、预算执行、出纳、国有资产管理、政府投资项目管理 — and that 追加 funds need
a leader's approval; a 镇's rules for its 村报账员 (回避, 备用金, 月末报账, 承包合同, 误工登记); a 街道's
社区 网格员 checking 低保户 door to door against 骗保、人情保、关系保; a 镇's 检查组 of 驻村干部 and
畜牧兽医站 staff scoring 强制免疫、非洲猪瘟防控、疫病监测 and 畜禽粪污; a 街道综合执法大队's yearly
report (简易程序 and 普通程序 cases, 罚款, 双随机 checks, 辅助执法人员); a 国家医保局 list of cases —
a 康复治疗师's 虚构诊疗服务项目, 虚记“磁热疗法”穴位数量, a doctor on leave who still signed 查房, a
药师 who 串换药品 and took others' 社保卡; a 镇中心校's notice to parents on a 公办幼儿园's fees (按学期
收费, 财政账户, 不得以特色班另行收费); a school's 自查报告 on 购物申请单, 物资保管员, 食堂, 公务接待
and its one car; a 镇退役军人服务站 with its 救灾物资储藏室, 光荣牌, 就业培训 and 免费体检) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented.

Run ``python tests/published/score.py --set batch55`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b55_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- sub-columns ``高风险 | 中风险 | 低风险`` under ``廉政风险点`` hold the points themselves: a point is
  each filled cell, its level the sub-column's; a blank sub-cell is no point; the row's 防控措施 serve
  every point of the row;
- values on the row under a label row (``姓名 | … | 职务 | …`` over ``田秀珍 | … | 村报账员 | …``) name
  the holder and the post of a 自查表; ``自查情况``, ``整改措施`` (``—``) and the 本人承诺 paragraph are
  no points;
- a ``监督人`` column of one name over every row watches the table and holds none;
- ``各村防疫员(共12人)`` under 责任人 names no one: the post ``村级动物防疫员`` has no holder there;
- ``一、大队长岗　责任人:贺建军`` across the table sets post ``大队长岗`` and holder 贺建军 for the rows
  under it, as ``一、出纳岗(责任人:李明)`` does;
- a ``问题类别`` column (kinds of 医保 abuse) is no type and no point;
- ``园长 包晓梅`` under 责任人 is the holder 包晓梅 in the post 园长;
- bare ``Ⅰ``/``Ⅱ``/``Ⅲ`` are Ⅰ级/Ⅱ级/Ⅲ级;
- ``XX区金桥镇财政所…``, ``XX县河口镇畜牧兽医站…``, ``XX区新河街道综合执法大队…`` and ``XX市海东镇
  退役军人服务站…`` in a title give the 镇/街道 as the unit and the 所/站/大队 as the 科室; the 财政所's
  所长, the 站's 站长 and the 大队's 大队长 are middle posts (heads of a 科室, not of the unit);
- a 民营医院's 院长 is a leader (科室 ``院领导``); a 公办幼儿园's 园长 and 副园长 are leaders.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b55_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b55_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
COLUMN_LEVELS = ("高风险", "中风险", "低风险")
TIER = {"所长": "middle", "社区党委书记": "leader", "站长": "middle", "大队长岗": "middle",
        "执法中队长岗": "middle", "院长": "leader", "园长": "leader", "副园长": "leader",
        "总务主任": "middle", "办公室主任": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, cols_groups: list[tuple[int, ...]]) -> None:
    """Merge down each run of equal values in each group of columns (a group = one key): every
    column of the group is merged over the run. All runs are found before any is merged."""
    last = len(sh.rows) - 1
    spans = []
    for cols in cols_groups:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in cols)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in cols) == key:
                e += 1
            if e > r and all(k is not None for k in key):
                spans += [(r, e, c) for c in cols]
            r = e + 1
    for r, e, c in spans:
        for k in range(r + 1, e + 1):
            sh.rows[k][c] = None
        sh.merges.append((r, c, e, c))


def _across(sh: _Sheet, ncols: int, text: str) -> int:
    """A line of text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


# --------------------------------------------------------------------------- harder layout


def town_finance_levels_as_columns() -> dict:
    unit = "XX区金桥镇"
    dept = "财政所"
    sh = _Sheet("排查表", [5, 12, 26, 24, 24, 24, 34])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险等级排查表", 7)
    r = sh.add(f"填报单位:金桥镇{dept}(盖章)", None, None, None, None, "填报日期:2024年4月", None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 5, r, 6)
    r = sh.add("序号", "岗位", "岗位职责", "廉政风险点", None, None, "防控措施")
    sh.add(None, None, None, *COLUMN_LEVELS, None)
    sh.merge(r, 3, r, 5)
    for c in (0, 1, 2, 6):
        sh.merge(r, c, r + 1, c)
    posts = [
        ("所长", "主持财政所全面工作,审核镇级资金支付和预算调整",
         ("未经镇党政联席会议研究即审批大额资金支付", "对追加预算事项把关不严,先支出后补办手续", None),
         "1.大额资金支付须附会议纪要;\n2.追加预算报区财政部门审批后方可支付。"),
        ("预算编制岗", "编制镇本级年度预算草案,汇总村级收支计划",
         (None, "预算编制不细化,为执行中随意调剂留出空间", "预算草案和调整方案未按规定公开"),
         "1.预算细化到项目;\n2.预算经镇人大审议后二十日内公开。"),
        ("预算执行岗", "审核资金支付申请,办理国库集中支付",
         ("无预算、超预算拨付资金", None, None),
         "1.支付申请与预算指标系统比对;\n2.超预算支付一律退回。"),
        ("出纳岗", "办理资金收付,登记现金和银行存款日记账",
         ("公款私存,挪用备用金", "现金日记账登记不及时,账款不符", None),
         "1.钱账分管,出纳不兼记账;\n2.所长每月抽盘库存现金。"),
        ("国有资产管理岗", "办理镇属资产登记、出租和处置",
         (None, "资产处置未经评估即低价转让", "资产卡片登记不全,出租收益未入账"),
         "1.资产处置先评估后公开处置;\n2.出租收益全额缴入镇财政账户。"),
        ("政府投资项目管理岗", "审核政府投资项目资金拨付",
         ("不按工程进度审核,提前拨付工程款", None, None),
         "1.按监理确认的进度拨款;\n2.结算未审计的项目预留审定价款。"),
    ]  # fmt: skip
    for n, (post, duty, points, measures) in enumerate(posts, 1):
        sh.add(n, post, duty, *points, measures)
        for point, level in zip(points, (1, 2, 3), strict=True):
            if point:
                t.point(sh.name, dept, post, "", _tier(post), point, [], level)
    _across(sh, 7, "说明:风险点按高、中、低等级分别填入对应栏内,没有该等级风险点的栏目空白。")
    sh.add("所长(签字):", None, None, "镇纪委审核:", None, "2024年4月", None)
    return _layout(
        "town_finance_levels_as_columns", "https://m.greasyrabbit.com/diqu/571706.html",
        "(harder) 镇财政所 岗位廉政风险等级排查表 对岗不对人 after the source's account of a 区 making its 镇财政所 set "
        "不兼容岗位 apart (预算编制、预算执行、出纳、国有资产管理、政府投资项目管理…; 追加的财政资金经区领导审批): no "
        "风险等级 column — the heading ``廉政风险点`` spans ``高风险 | 中风险 | 低风险`` and each post's points stand "
        "in the sub-column of their level (one row per post, the other sub-cells blank), one 防控措施 cell per "
        "row; 填报单位/填报日期 line, a 说明 line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def village_bookkeeper_selfcheck() -> dict:
    unit = "XX县桃源镇金坪村"
    name, post = "田秀珍", "村报账员"
    sh = _Sheet("自查表", [5, 12, 30, 8, 32, 12, 20])
    t = _Truth(unit)
    sh.title(f"{unit}报账员岗位廉政风险自查表", 7)
    r = sh.add("姓名", "性别", "出生年月", "职务", "任职时间", "联系电话", None)
    sh.merge(r, 5, r, 6)
    r = sh.add(name, "女", "1979年3月", post, "2021年5月", "138****2671", None)
    sh.merge(r, 5, r, 6)
    _row = sh.add("岗位职责", "审核村级收付款原始凭证,办理现金收付,登记现金日记账;管理备用金,按月向镇"
                  "农村财务会计服务中心报账;登记往来款项、财产物资和承包合同,负责误工登记和补贴发放。",
                  *([None] * 5))  # fmt: skip
    sh.merge(_row, 1, _row, 6)
    sh.add("序号", "工作事项", "廉政风险点", "风险等级", "防控措施", "自查情况", "整改措施")
    rows = [
        ("凭证审核", "对无审批、无经手人签字的票据照常入账", "高",
         "票据经经手人、民主理财小组、村负责人签字后方可入账。", "未发现问题", "—"),
        ("备用金管理", "备用金超限额存放或挪作他用", "高",
         "库存现金不超过5000元,超出部分当日存入银行。", "存在问题", "已将超限额现金存入银行"),
        ("月末报账", "未按月报账,收入款不及时上交", "中",
         "每月末报账,收入款3日内交镇农村财务会计服务中心。", "未发现问题", "—"),
        ("承包合同管理", "承包款催收不力,合同到期不结算", "中",
         "建立承包合同登记簿,每季度与服务中心核对一次。", "未发现问题", "—"),
        ("误工补贴发放", "虚报误工天数,冒领误工补贴", "高",
         "误工登记经村务监督委员会审核并按月公示。", "未发现问题", "—"),
        ("亲属回避", "为亲属经手的开支办理报账不回避", "低",
         "涉及本人亲属的报账事项交村务监督委员会主任复核。", "未发现问题", "—"),
    ]  # fmt: skip
    for n, (item, point, level, measures, found, fix) in enumerate(rows, 1):
        sh.add(n, item, point, level, measures, found, fix)
        t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
    _across(sh, 7, "本人承诺:以上自查情况属实,如有隐瞒或不实,愿意承担相应责任。")
    sh.add(f"本人签名:{name}", None, "村党支部审核意见:", None, None, "2024年6月", None)
    return _layout(
        "village_bookkeeper_selfcheck", "https://m.ovod.cn/wenku/bhcc/mvZdE2ealz",
        "村报账员 岗位廉政风险自查表 after the source's 镇 rules for its 农村报账员 (回避制度; 审核原始凭证, 现金日记账; "
        "申领、管好备用金; 月末或季末向农村财务会计服务中心报账; 承包合同登记簿; 误工登记、工资发放): a label row "
        "``姓名 | 性别 | 出生年月 | 职务 | 任职时间 | 联系电话`` with the values on the row BELOW it, a 岗位职责 line, "
        "``工作事项`` before 廉政风险点, 高/中/低, ``自查情况`` and ``整改措施`` (``—``) columns, a 本人承诺 line and "
        "``本人签名:田秀珍``",
        [sh], t,
    )  # fmt: skip


def community_assistance_supervisor() -> dict:
    unit = "XX市XX区东滨街道柳溪社区"
    sh = _Sheet("排查表", [5, 11, 8, 22, 30, 12, 7, 32, 9])
    t = _Truth(unit)
    sh.title(f"{unit}社会救助岗位廉政风险排查表", 9)
    sh.add(
        "序号", "岗位", "姓名", "工作内容", "风险点", "风险类型", "风险等级", "防控措施", "监督人"
    )
    work = {
        "严丽君": "主持社区全面工作,组织低保民主评议",
        "柯文静": "受理低保申请,整理上报材料,管理低保档案",
        "邹鹏": "入户核查第一网格低保家庭收入和财产状况",
        "宁晓燕": "入户核查第三网格低保家庭收入和财产状况",
    }
    rows = [
        ("社区党委书记", "严丽君", "民主评议走过场,评议结果由个人说了算", "制度机制风险", "一级",
         "评议小组由居民代表、楼院长组成,评议过程记录存档。"),
        ("社区党委书记", "严丽君", "为亲友申请低保打招呼、说人情", "思想道德风险", "二级",
         "涉及本人亲属的申请主动回避,并报街道备案。"),
        ("民政专干", "柯文静", "对申请材料把关不严,为不符合条件的家庭上报", "岗位职责风险", "一级",
         "申请材料两人复核,上报前在社区公示七天。"),
        ("民政专干", "柯文静", "低保档案管理混乱,退出对象未及时停发", "业务流程风险", "二级",
         "每季度动态复核,退出名单当月报街道停发。"),
        ("网格员", "邹鹏", "入户调查不实,出具虚假调查意见", "岗位职责风险", "一级",
         "入户调查两人同行,留存影像资料。"),
        ("网格员", "邹鹏", "接受被调查家庭的宴请、礼品", "外部环境风险", "三级",
         "签订廉洁承诺书,发现问题及时报告。"),
        ("网格员", "宁晓燕", "对家庭成员就业、收入变化知情不报,形成“人情保”", "岗位职责风险", "二级",
         "网格内低保家庭每半年走访一次,变化情况三日内报告。"),
        ("网格员", "宁晓燕", "泄露低保申请家庭的个人信息", "制度机制风险", "三级",
         "申请材料专人保管,查阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, point, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, post, name, work[name], point, typ, level, measures, "雷振华")
        t.point(sh.name, "", post, name, _tier(post), point, types_in(typ), ORDINAL[level])
    _merge_runs(sh, first, [(1, 2, 3), (8,)])
    sh.add()
    sh.add("填表人:", None, None, "社区负责人:", None, None, "街道纪工委审核:", None, None)
    return _layout(
        "community_assistance_supervisor", "http://www.jlcity.gov.cn/yw/jcyw/202111/t20211109_995743.html",
        "社区 社会救助岗位廉政风险排查表 after the source's news item on a 街道's 社区 网格员 and a 第三方机构 checking "
        "低保户 door to door (家庭成员、收入、就业情况 逐一核对; 杜绝“骗保”“人情保”“关系保”): 岗位/姓名/``工作内容`` "
        "merged per person (two ``网格员`` with different names), 风险类型 ``…风险``, 一级/二级/三级, a trailing "
        "``监督人`` column of one name merged over the whole table; a 填表人/负责人/审核 line",
        [sh], t,
    )  # fmt: skip


def town_vet_station_sections() -> dict:
    unit = "XX县河口镇"
    dept = "畜牧兽医站"
    sh = _Sheet("一览表", [5, 34, 8, 34, 14, 16])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}廉政风险点防控一览表", 6)
    sh.add("序号", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    sections = [
        ("一、重大动物疫病强制免疫", [
            ("疫苗出入库登记不实,私自出售或赠送疫苗", "高", "疫苗专柜存放,出入库双人登记,每月盘点。",
             "站长", "石光明"),
            ("免疫档案造假,虚报免疫数量", "中", "免疫档案与耳标佩戴情况随机抽查核对。", "防疫员", "谭小军"),
            ("村级防疫员免疫劳务补助核发不实", "中", "补助按考核结果核发,名单在村务公开栏公示。", "站长",
             "石光明"),
        ]),
        ("二、非洲猪瘟防控和疫病监测", [
            ("监测采样不按规定,瞒报、迟报疫情", "高", "采样全程记录,疫情按规定时限逐级报告。", "防疫员",
             "谭小军"),
            ("扑杀补助核定时虚报扑杀数量", "高", "扑杀现场拍照留存,补助对象公示七天。", "站长", "石光明"),
        ]),
        ("三、产地检疫", [
            ("不到现场检疫即出具检疫证明", "高", "检疫实行视频记录,检疫证明编号管理。", "官方兽医", "杜春生"),
            ("检疫收费不开票据或超标准收费", "中", "收费标准上墙公示,一律开具票据。", "官方兽医", "杜春生"),
        ]),
        ("四、畜禽粪污资源化利用", [
            ("粪污处理设施补助项目验收把关不严", "中", "验收邀请镇农业办、村干部共同参加。", "站长", "石光明"),
            ("入户免疫时向养殖户索要财物", "低", "公布举报电话,每季度回访养殖户。", "村级动物防疫员",
             "各村防疫员(共12人)"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, rows in sections:
        _across(sh, 6, caption)
        for point, level, measures, post, name in rows:
            n += 1
            sh.add(n, point, level, measures, post, name)
            person = "" if name.startswith("各村") else name
            t.point(sh.name, dept, post, person, _tier(post), point, [], HML[level])
    sh.add()
    sh.add("站长(签字):", None, "镇分管领导:", None, "2024年9月", None)
    return _layout(
        "town_vet_station_sections", "http://m.fqjz1.com/gongkai/show/9b5cd3e92818e863ce33dfd21a7d3135.html",
        "镇畜牧兽医站 廉政风险点防控一览表 after the source's news item on a 镇's 检查组 of 驻村干部、畜牧兽医站工作人员 "
        "and 村常职干部 scoring its villages' 动物防疫 (重大动物疫病强制免疫、非洲猪瘟防控、动物疫病监测, 畜禽粪污资源化"
        "利用, 村级动物防疫员): no post or person column on the left — section lines across the table "
        "(``一、重大动物疫病强制免疫``…), 高/中/低, ``责任岗位`` and ``责任人`` at the right (the 站长's rows apart), one "
        "责任人 ``各村防疫员(共12人)``; a sign-off line",
        [sh], t,
    )  # fmt: skip


def street_enforcement_post_rows() -> dict:
    unit = "XX区新河街道"
    dept = "综合执法大队"
    sh = _Sheet("一览表", [5, 14, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险点及防控措施一览表", 6)
    sh.add("序号", "执法环节", "风险点", "风险类别", "风险等级", "防控措施")
    posts = [
        ("一", "大队长岗", "贺建军", [
            ("普通程序案件", "处罚决定未经集体讨论,个人决定罚款数额", "制度机制", "高",
             "普通程序案件处罚决定经集体讨论,讨论记录入卷。"),
            ("队伍管理", "对执法人员违规行为失察失管", "岗位职责", "中", "每季度抽查执法记录仪视频。"),
        ]),
        ("二", "法制审核岗", "温晓丽", [
            ("法制审核", "对证据不足、适用依据错误的案件审核通过", "岗位职责", "高",
             "审核意见书面出具,审核人签字负责。"),
            ("案卷管理", "案卷归档不及时,擅自抽换案卷材料", "业务流程", "低",
             "结案后30日内归档,借阅登记。"),
        ]),
        ("三", "执法中队长岗", "麻志强", [
            ("简易程序处罚", "当场收缴罚款不开具票据,罚款不按时上缴", "思想道德", "高",
             "当场收缴罚款一律开具财政统一票据,2日内上缴。"),
            ("双随机检查", "不按抽取名单检查,选择性执法", "业务流程", "中",
             "检查对象系统随机抽取,检查结果网上公示。"),
            ("日常巡查", "发现违法行为不制止、不立案", "岗位职责", "中",
             "巡查定人定岗定责,巡查记录每日上传。"),
        ]),
        ("四", "辅助执法人员管理岗", "龚辉", [
            ("辅助执法人员管理", "辅助执法人员单独执法或经手罚没款", "制度机制", "中",
             "辅助执法人员不得单独执法,不得经手罚没款。"),
            ("辅助执法人员管理", "辅助执法人员考勤、补贴核发不实", "业务流程", "低",
             "考勤记录和补贴发放表每月公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for num, post, name, rows in posts:
        _across(sh, 6, f"{num}、{post}　责任人:{name}")
        for step, point, typ, level, measures in rows:
            n += 1
            sh.add(n, step, point, typ, level, measures)
            t.point(sh.name, dept, post, name, _tier(post), point, types_in(typ), HML[level])
    sh.add()
    sh.add("大队负责人:", None, "街道纪工委审核:", None, "2025年2月", None)
    return _layout(
        "street_enforcement_post_rows", "https://www.tjbh.gov.cn/jz/contents/13838/297433.html",
        "街道综合执法大队 岗位廉政风险点及防控措施一览表 after the source's 街道 行政执法工作情况报告 (综合执法大队 在编"
        "执法人员和辅助执法人员; 简易程序案件和普通程序案件, 罚款; 行政检查; 双随机季度检查): the post and its holder "
        "in a line across the table typed ``一、大队长岗　责任人:贺建军`` (a full-width space, no brackets), "
        "``执法环节`` before 风险点, 风险类别 written short (``制度机制``), 高/中/低; a sign-off line",
        [sh], t,
    )  # fmt: skip


def private_hospital_insurance_names_first() -> dict:
    unit = "XX县仁和医院"
    sh = _Sheet("排查表", [5, 8, 10, 10, 14, 32, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}医保基金使用关键岗位廉洁风险排查表", 8)
    r = sh.add("排查时间:2025年7月", None, None, None, "牵头科室:医保科", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "姓名", "科室", "岗位", "问题类别", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("陶建国", "院领导", "院长", "管理责任", "默许科室以虚记项目完成收入指标", "高",
         "医保结算数据每月在院务会通报,异常项目专项核查。"),
        ("钟敏", "康复医学科", "康复治疗师", "虚构诊疗服务项目", "未实施的康复理疗项目上传医保结算", "高",
         "理疗项目由患者签字确认,治疗室视频留存。"),
        ("钟敏", "康复医学科", "康复治疗师", "虚记诊疗项目", "虚记“磁热疗法”等治疗项目的穴位数量", "中",
         "按实际治疗部位计费,科室每周抽查。"),
        ("郑卫东", "内科", "主治医师", "虚假医疗文书", "休假未在院仍在病程记录上签名查房", "中",
         "医生考勤与病程记录每月比对。"),
        ("郑卫东", "内科", "主治医师", "串换诊疗项目", "将医保不予支付的项目串换成医保项目开具", "高",
         "系统设置串换项目提醒,医保科每月抽查病历。"),
        ("岑丽华", "药房", "执业药师", "冒名购药", "明知非本人社会保障卡仍为其刷卡结算", "高",
         "刷卡时核验持卡人身份,购药记录留存。"),
        ("岑丽华", "药房", "执业药师", "串换药品", "将自费药品串换成医保药品结算", "高",
         "药品追溯码逐盒扫码,进销存每日核对。"),
        ("韦晓东", "医保科", "医保结算员", "审核不严", "对上传结算数据审核不严,疑点数据不核查", "中",
         "结算数据每日初审,疑点清单限期核实。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (name, keshi, post, kind, point, level, measures) in enumerate(rows, 1):
        sh.add(n, name, keshi, post, kind, point, level, measures)
        t.point(sh.name, keshi, post, name, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1, 2, 3)])
    sh.add()
    sh.add("科室负责人:", None, None, "医保科:", None, "院纪检监察室:", None, None)
    return _layout(
        "private_hospital_insurance_names_first", "http://app.myzaker.com/news/article.php?pk=69468d3a8e9f095bd20492d0",
        "民营医院 医保基金使用关键岗位廉洁风险排查表 after the source's report of a 国家医保局 list of 欺诈骗保 cases "
        "(串换诊疗服务项目; 医生休假未在院, 病程记录有查房签名; 康复治疗师虚构诊疗服务项目; 虚记“磁热疗法”穴位数量; "
        "执业药师明知非本人社保卡仍刷卡结算, 串换药品): ``姓名`` FIRST, then 科室 and 岗位 (merged per person), a "
        "``问题类别`` column before the 廉洁风险点, 高/中/低; an 排查时间/牵头科室 line above, a sign-off line",
        [sh], t,
    )  # fmt: skip


def public_kindergarten_fee_holders() -> dict:
    unit = "XX市柏林镇第一幼儿园"
    sh = _Sheet("防控表", [5, 12, 32, 8, 34, 14])
    t = _Truth(unit)
    sh.title(f"{unit}收费管理廉洁风险防控表", 6)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("收费公示", "未在园门口公示栏公示收费项目和标准", "中",
         "每学期开学前公示收费项目、标准和监督电话。", "园长", "包晓梅"),
        ("保教费收取", "跨学期、跨年度预收保教费", "高", "按学期收费,不得提前收取下学期费用。",
         "园长", "包晓梅"),
        ("保教费收取", "收费不缴入财政账户,用个人收款码收款", "高",
         "收费一律缴入市财政账户,不得使用个人账户收款。", "会计", "蒋红英"),
        ("特色课程", "以兴趣班、特色班名义另行收费", "高", "保教费以外不得开设收费特色班。",
         "副园长", "苏雅琴"),
        ("伙食费管理", "伙食费结余过多,挤占挪用伙食费", "中", "伙食费单独核算,每月公布收支。",
         "会计", "蒋红英"),
        ("退费办理", "幼儿离园后不按规定退费", "中", "退费按在园天数计算,经园长审批后七日内办结。",
         "会计", "蒋红英"),
        ("收费票据", "收费不开具票据", "低", "统一使用财政票据,票据专人保管、按月核销。", "出纳",
         "夏雨"),
    ]  # fmt: skip
    for n, (step, point, level, measures, post, name) in enumerate(rows, 1):
        sh.add(n, step, point, level, measures, f"{post} {name}")
        t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
    sh.add()
    sh.add("收费监督电话:12345", None, None, "审核单位:柏林镇中心学校", None, "2024年2月")
    return _layout(
        "public_kindergarten_fee_holders", "https://jianpian.cn/a/mj255cg",
        "镇公办幼儿园 收费管理廉洁风险防控表 after the source's notice from a 镇中心校 to parents (按学期收取保教费, 不跨"
        "学期、跨年度预收; 公办幼儿园收费纳入财政账户; 收费标准在幼儿园门口公示栏公示; 不得以特色班、兴趣班为名另行"
        "收费; 收费监督电话): ``工作环节``, 风险点, 高/中/低, 防控措施, and a ``责任人`` cell written post and name with "
        "a space (``园长 包晓梅``), no post column; a 监督电话/审核单位 line under it",
        [sh], t,
    )  # fmt: skip


def county_school_logistics_selfcheck() -> dict:
    unit = "XX县第四中学"
    sh = _Sheet("自查表", [5, 8, 10, 8, 32, 6, 34, 12])
    t = _Truth(unit)
    sh.title(f"{unit}后勤管理廉洁风险点自查表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "自查情况")
    rows = [
        ("总务处", "总务主任", "葛振宇", "采购物品不填购物申请单,先买后批", "Ⅰ",
         "执行购物申请单制度,总务主任和校长审批后由专人采购。", "无此类问题"),
        ("总务处", "总务主任", "葛振宇", "采购不货比三家,指定供货商", "Ⅰ",
         "三家以上询价,询价记录存档备查。", "已整改"),
        ("总务处", "物资保管员", "柴玉兰", "物资入库不登记,领用无手续", "Ⅱ",
         "入库填写清单,领用登记签字,每周通报物品领用情况。", "无此类问题"),
        ("总务处", "物资保管员", "柴玉兰", "资产清查走过场,账实不符", "Ⅱ",
         "每年年底清查资产,做到账账、账卡、账物相符。", "无此类问题"),
        ("食堂", "食堂管理员", "鲁伟", "食材验收不严,以次充好、缺斤少两", "Ⅰ",
         "教师、家长代表参与验收,每日留样。", "无此类问题"),
        ("食堂", "食堂管理员", "鲁伟", "食堂收支账目不公开", "Ⅲ", "每月公示食堂收支情况。", "已整改"),
        ("办公室", "办公室主任", "焦文娟", "公务接待无审批、无接待清单", "Ⅱ",
         "接待事前审批,报销附公务接待清单。", "无此类问题"),
        ("办公室", "办公室主任", "焦文娟", "公车私用,油耗和维修费用虚高", "Ⅱ",
         "用车登记,单车核算油耗和维修费用。", "无此类问题"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (office, post, name, point, level, measures, found) in enumerate(rows, 1):
        sh.add(n, office, post, name, point, level, measures, found)
        t.point(sh.name, office, post, name, _tier(post), point, [], BARE_ROMAN[level])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    _across(sh, 8, "注:风险等级Ⅰ为高、Ⅱ为中、Ⅲ为低;自查情况填“无此类问题”“已整改”或“正在整改”。")
    sh.add("学校纪检委员:", None, None, None, "校长:", None, "2023年11月", None)
    return _layout(
        "county_school_logistics_selfcheck", "https://78911.com.cn/ZiChaBaoGao/539941-2.html",
        "县中学 后勤管理廉洁风险点自查表 after the source's school 自查报告 (食堂管理领导小组 of teachers and parents; "
        "物资采购 先填购物申请单、总务主任和校长审批、专人购置、货比三家、入库清单; 物资保管员每周通报; 资产 账账、账卡、"
        "账物相符; 公务接待清单; one car's 油耗及维修费用): 处室 merged down, 岗位/姓名 merged per person, levels bare "
        "``Ⅰ``/``Ⅱ``/``Ⅲ``, a ``自查情况`` column; a 注 line and a sign-off line",
        [sh], t,
    )  # fmt: skip


def veterans_station_level_last() -> dict:
    unit = "XX市海东镇"
    dept = "退役军人服务站"
    sh = _Sheet("防控表", [5, 12, 8, 26, 32, 34, 8])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险防控表", 7)
    sh.add("序号", "职务", "姓名", "主要职责", "廉政风险点", "防控措施", "风险等级")
    duty = {
        "应国良": "主持服务站工作,审核优抚对象申报和帮扶救助资金",
        "庄丽萍": "负责信息采集、光荣牌悬挂、救灾物资储藏室和慰问品管理",
        "尤海波": "组织退役军人就业培训和招聘对接",
    }
    rows = [
        ("站长", "应国良", "优抚对象资格审核把关不严,为不符合条件人员申报",
         "对照档案逐人核实,申报名单在村(社区)公示。", "高"),
        ("站长", "应国良", "困难退役军人帮扶资金分配优亲厚友", "帮扶对象经站务会集体研究,结果公示。", "高"),
        ("专职工作人员", "庄丽萍", "救灾物资出入库不登记,私自调拨", "物资出入库双人签字,每季度盘点。", "中"),
        ("专职工作人员", "庄丽萍", "慰问金、慰问品截留或发放不到位", "发放本人签领,站长抽查回访。", "中"),
        ("专职工作人员", "庄丽萍", "信息采集不实,虚报退役军人信息", "信息采集表由本人签字确认。", "低"),
        ("就业联络员", "尤海波", "就业培训补贴申报虚报参训人数", "培训签到和影像资料留存备查。", "中"),
        ("就业联络员", "尤海波", "向用人单位推荐就业时收受好处", "推荐名单和岗位信息公开。", "低"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, point, measures, level) in enumerate(rows, 1):
        sh.add(n, post, name, duty[name], point, measures, level)
        t.point(sh.name, dept, post, name, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1, 2, 3)])
    sh.add()
    sh.add("服务站负责人:", None, None, "镇纪委审核:", None, "2024年5月", None)
    return _layout(
        "veterans_station_level_last", "https://ozabc.com/keji/302842.html",
        "镇退役军人服务站 岗位廉政风险防控表 after the source's news item on a 镇's 示范型退役军人服务站 (接待谈心室、"
        "救灾物资储藏室; 悬挂光荣牌; 就业培训及招聘; 参战老兵免费体检; 助困帮扶): ``职务`` before ``姓名``, 主要职责 "
        "merged per person, the ``风险等级`` column LAST, after 防控措施, 高/中/低; a sign-off line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    town_finance_levels_as_columns(),
    village_bookkeeper_selfcheck(),
    community_assistance_supervisor(),
    town_vet_station_sections(),
    street_enforcement_post_rows(),
    private_hospital_insurance_names_first(),
    public_kindergarten_fee_holders(),
    county_school_logistics_selfcheck(),
    veterans_station_level_last(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b55_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch55-inbox"))
