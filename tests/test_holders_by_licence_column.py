"""A list one row a point whose holders cell (``适用人员``, ``适用岗位``) names posts AND a group of
people picked out by a column of the roster under the list — ``持证人员``, ``有执法证人员``,
``持有执法证的人员``, ``持证监督员`` over a roster's ``执法证件号码``, ``持证情况``, ``执法证号`` —
each row's point every roster member's whose post the cell names, the group's rows every
member's whose cell in that column holds a real value (a number, a tick; not ``无``, ``暂无``,
``—``, blank), across posts.

Not the published batch's file (a 县安全生产执法大队's ``持证执法人员`` over a ``大队人员情况``
roster ``序号 | 姓名 | 职务 | 行政执法证号 | 备注`` with ``一级/二级/三级``): a 市场监督管理所, a
交通运输综合执法中队 and a 卫生健康综合监督所, other posts (所长, 市场监管员; 中队长, 执法员;
科长, 监督员), other names and level words (高风险/中风险/低风险, Ⅰ级/Ⅱ级/Ⅲ级, 一级/二级), one or two
heading rows, the roster's 职务 before or after its 姓名, a 科室 column, ticks or numbers, with or
without a ``注：`` line; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    noisy = issues[issues["code"].isin(["ROW_UNPLACED", "POINT_BLANK", "FORM_NO_PERSON"])]
    assert not len(noisy), noisy.to_dict("records")


def test_market_station_licensed_people_by_certificate_numbers(tmp_path):
    # one heading row, '持证人员' for those with a 执法证件号码 ('无' for none), a 联系电话 column
    # more, the roster's caption '所内人员信息' and no note
    rows = [
        ["XX市场监督管理所廉政风险点清单"],
        ["序号", "适用人员", "廉政风险点", "风险等级", "防控措施"],
        [1, "所长", "案件查办中擅自撤案、降格处理", "高风险", "案件集体审议。"],
        [2, "持证人员", "日常检查中接受商户吃请", "高风险", "双随机抽查，全程记录。"],
        [3, "持证人员", "抽检样品选择有倾向性", "中风险", "抽检计划报局审定。"],
        [4, "综合内勤", "罚没物品保管登记不全", "低风险", "罚没物品专库专账。"],
        [],
        ["所内人员信息"],
        ["序号", "姓名", "岗位", "执法证件号码", "联系电话"],
        [1, "鄢沛霖", "所长", "LS2019001", "13800000001"],
        [2, "仉若澜", "市场监管员", "LS2021017", "13800000002"],
        [3, "鄢栖桐", "市场监管员", "无", "13800000003"],
        [4, "仉望舒", "综合内勤", None, "13800000004"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("所长", "鄢沛霖", "案件查办中擅自撤案、降格处理", "Ⅰ级"),
        ("所长", "鄢沛霖", "日常检查中接受商户吃请", "Ⅰ级"),
        ("所长", "鄢沛霖", "抽检样品选择有倾向性", "Ⅱ级"),
        ("市场监管员", "仉若澜", "日常检查中接受商户吃请", "Ⅰ级"),
        ("市场监管员", "仉若澜", "抽检样品选择有倾向性", "Ⅱ级"),
        ("综合内勤", "仉望舒", "罚没物品保管登记不全", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)
    assert "POST_NOT_IN_POST_ROSTER" not in codes(got)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_POST_ROSTER"]["value"].iloc[0]
    parts = said.split("；")
    assert len(parts) == len(set(parts)), said  # (two 持证人员 rows: the resolution said once)


def test_squadron_two_heading_rows_ticks_and_post_before_name(tmp_path):
    # two heading rows ('廉政风险' over '风险点 | 等级'), '有执法证人员' for a tick in '持证情况',
    # the roster '职务 | 姓名' (post first), a note under the list
    rows = [
        ["XX县交通运输综合执法中队廉政风险防控表"],
        ["序号", "适用人员", "廉政风险", None, "防控措施"],
        [None, None, "风险点", "等级", None],
        [1, "中队长", "超限车辆处罚不按裁量基准", "Ⅰ级", "裁量基准公示。"],
        [2, "有执法证人员", "路检路查中吃拿卡要", "Ⅰ级", "执法记录仪全程记录。"],
        [3, "指导员", "队员教育管理失之于宽", "Ⅲ级", "定期谈心谈话。"],
        [4, "文书", "执法案卷事后补填", "Ⅱ级", "案卷月度评查。"],
        ["注：有执法证人员指下表“持证情况”栏打√的人员。"],
        ["序号", "职务", "姓名", "持证情况"],
        [1, "中队长", "宓翊川", "√"],
        [2, "指导员", "訾霁岚", None],
        [3, "执法员", "宓澈予", "√"],
        [4, "执法员", "訾漱玉", "×"],
        [5, "文书", "宓听澜", None],
    ]
    merges = ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A8:E8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("中队长", "宓翊川", "超限车辆处罚不按裁量基准", "Ⅰ级"),
        ("中队长", "宓翊川", "路检路查中吃拿卡要", "Ⅰ级"),
        ("执法员", "宓澈予", "路检路查中吃拿卡要", "Ⅰ级"),
        ("指导员", "訾霁岚", "队员教育管理失之于宽", "Ⅲ级"),
        ("文书", "宓听澜", "执法案卷事后补填", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_health_supervision_several_posts_a_cell_and_a_department_column(tmp_path):
    # '适用岗位' naming two posts or the group '持有执法证的人员', a roster with a 科室 column and
    # '执法证号' ('暂无' for none), '一级/二级'
    rows = [
        ["XX县卫生健康综合监督所廉政风险点一览表"],
        ["序号", "廉政风险点", "风险等级", "适用岗位", "防控措施"],
        [1, "行政处罚案件审核把关不严", "一级", "所长、副所长", "重大案件集体讨论。"],
        [2, "监督检查中隐瞒违法线索", "一级", "持有执法证的人员", "两人以上共同检查。"],
        [3, "公共场所卫生许可现场审查走过场", "二级", "科长", "审查记录存档。"],
        [],
        ["附：本所人员名单"],
        ["序号", "科室", "职务", "姓名", "执法证号"],
        [1, "所领导", "所长", "蔺知秋", "WJ-0031"],
        [2, "所领导", "副所长", "甘予宁", "暂无"],
        [3, "公共卫生科", "科长", "蔺清越", "WJ-0045"],
        [4, "公共卫生科", "监督员", "甘若溪", "WJ-0052"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("所长", "蔺知秋", "行政处罚案件审核把关不严", "Ⅰ级"),
        ("副所长", "甘予宁", "行政处罚案件审核把关不严", "Ⅰ级"),
        ("所长", "蔺知秋", "监督检查中隐瞒违法线索", "Ⅰ级"),
        ("科长", "蔺清越", "监督检查中隐瞒违法线索", "Ⅰ级"),
        ("监督员", "甘若溪", "监督检查中隐瞒违法线索", "Ⅰ级"),
        ("科长", "蔺清越", "公共场所卫生许可现场审查走过场", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    depts = dict(zip(got.risks["person"], got.risks["department"], strict=True))
    assert depts["甘若溪"] == "公共卫生科"


def test_a_licensed_group_the_roster_cannot_resolve_is_warned_at_its_cell(tmp_path):
    # the list names '全体干部' (read by the roster) and '持证人员', but the roster ('职务 | 姓名',
    # a 备注 column) says nothing of licences: that row stays post-only, with a warning at its cell
    rows = [
        ["XX镇综合执法队廉政风险点清单"],
        ["序号", "适用人员", "廉政风险点", "风险等级", "防控措施"],
        [1, "全体干部", "违规收受管理对象礼品", "二级", "廉洁承诺。"],
        [2, "持证人员", "违规上路查车", "一级", "严禁无证执法。"],
        [],
        ["序号", "职务", "姓名", "备注"],
        [1, "队长", "禤霁云", None],
        [2, "队员", "禤亦舟", "借调"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("队长", "禤霁云", "违规收受管理对象礼品", "Ⅱ级"),
        ("队员", "禤亦舟", "违规收受管理对象礼品", "Ⅱ级"),
        ("持证人员", "", "违规上路查车", "Ⅰ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "POST_NOT_IN_POST_ROSTER"]
    assert list(warned["cell"]) == ["B4"]
    assert not len(got.issues[got.issues["severity"] == "error"])


# ---------------------------------------------------------------- as before


def test_a_licence_column_all_blank_picks_out_no_one(tmp_path):
    # '持证人员' and a note, but the 执法证件号码 column holds no number ('—', blank): no group,
    # the list read as before (post-only rows, the roster left over)
    rows = [
        ["XX市场监督管理所廉政风险点清单"],
        ["序号", "适用人员", "廉政风险点", "风险等级", "防控措施"],
        [1, "所长", "案件查办中擅自撤案、降格处理", "高风险", "案件集体审议。"],
        [2, "持证人员", "日常检查中接受商户吃请", "高风险", "双随机抽查，全程记录。"],
        ["注：持证人员指下表填有执法证件号码的人员。"],
        [],
        ["所内人员信息"],
        ["序号", "姓名", "岗位", "执法证件号码"],
        [1, "鄢沛霖", "所长", "—"],
        [2, "仉若澜", "市场监管员", None],
        [3, "鄢栖桐", "市场监管员", None],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("所长", "", "案件查办中擅自撤案、降格处理", "Ⅰ级"),
        ("持证人员", "", "日常检查中接受商户吃请", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_POST_ROSTER", "POST_NOT_IN_POST_ROSTER"} & codes(got)
    assert not len(got.issues[got.issues["severity"] == "error"])


def test_a_real_name_column_over_a_licence_roster_reads_as_before(tmp_path):
    # a list with its own 姓名 column, and a roster with a 执法证号 under it: the names stand
    rows = [
        ["XX县交通运输综合执法中队廉政风险防控表"],
        ["序号", "姓名", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "宓翊川", "中队长", "超限车辆处罚不按裁量基准", "Ⅰ级", "裁量基准公示。"],
        [2, "宓澈予", "执法员", "路检路查中吃拿卡要", "Ⅱ级", "执法记录仪全程记录。"],
        ["注：执法员须持证上岗。"],
        [],
        ["中队人员情况"],
        ["序号", "姓名", "职务", "执法证号"],
        [1, "宓翊川", "中队长", "JT-001"],
        [2, "宓澈予", "执法员", "JT-002"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert read(got) == sorted([
        ("中队长", "宓翊川", "超限车辆处罚不按裁量基准", "Ⅰ级"),
        ("执法员", "宓澈予", "路检路查中吃拿卡要", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_POST_ROSTER" not in codes(got)
    assert not len(got.issues[got.issues["severity"] == "error"])


def test_a_collective_with_exceptions_over_a_plain_roster_reads_as_before(tmp_path):
    # '全体干部（站长除外）' over a plain '职务 | 姓名' roster: every member but the 站长, as before
    rows = [
        ["XX乡农业综合服务站廉政风险点清单"],
        ["序号", "适用人员", "廉政风险点", "风险等级", "防控措施"],
        [1, "站长", "惠农补贴审核把关不严", "一级", "公示复核。"],
        [2, "全体干部（站长除外）", "下乡服务收受好处", "二级", "廉洁承诺。"],
        [],
        ["附：本站人员名单"],
        ["职务", "姓名"],
        ["站长", "覃映川"],
        ["农技员", "覃望秋"],
        ["农技员", "甘知微"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "覃映川", "惠农补贴审核把关不严", "Ⅰ级"),
        ("农技员", "覃望秋", "下乡服务收受好处", "Ⅱ级"),
        ("农技员", "甘知微", "下乡服务收受好处", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)


# ------------------------------------------------ what the hundred and twentieth review found

_STATION = "XX市场监督管理所廉政风险点清单"
_POINTS = [
    "案件查办中擅自撤案",
    "日常检查中接受吃请",
    "抽检样品选择有倾向性",
    "罚没物品保管登记不全",
]
_GRADES = ["高风险", "高风险", "中风险", "低风险"]


def _station_list(groups: tuple[str, ...], roster: list[list]) -> list[list]:
    head = [["序号", "适用人员", "廉政风险点", "风险等级", "防控措施"]]
    body = [
        [i + 1, g, p, lv, "措施。"]
        for i, (g, p, lv) in enumerate(zip(groups, _POINTS, _GRADES, strict=True))
    ]
    return [[_STATION], *head, *body, [], ["所内人员信息"], *roster]


def test_what_the_hundred_and_twentieth_review_found_an_id_card_column_licenses_no_one(tmp_path):
    # '身份证号' (or '驾驶证号', '健康证编号') is no licence: the 持证人员 rows stay post-only with a
    # warning at their cells, the posts still resolve by the roster
    for head in ("身份证号", "驾驶证号", "健康证编号"):
        rows = _station_list(
            ("所长", "持证人员", "持证人员", "综合内勤"),
            [
                ["序号", "姓名", "岗位", head],
                [1, "鄢沛霖", "所长", "5226011980"],
                [2, "仉若澜", "市场监管员", "5226011985"],
                [3, "鄢栖桐", "市场监管员", "5226011990"],
                [4, "仉望舒", "综合内勤", "5226011995"],
            ],
        )
        got = run(tmp_path / head, rows, ["A1:E1"])
        assert read(got) == sorted([
            ("所长", "鄢沛霖", "案件查办中擅自撤案", "Ⅰ级"),
            ("", "持证人员", "日常检查中接受吃请", "Ⅰ级"),
            ("", "持证人员", "抽检样品选择有倾向性", "Ⅱ级"),
            ("综合内勤", "仉望舒", "罚没物品保管登记不全", "Ⅲ级"),
        ]), head  # fmt: skip
        warned = got.issues[got.issues["code"] == "POST_NOT_IN_POST_ROSTER"]
        assert sorted(warned["cell"]) == ["B4", "B5"], head
        said = got.issues[got.issues["code"] == "HOLDERS_BY_POST_ROSTER"]
        assert list(said["value"]) == ["所长=鄢沛霖；综合内勤=仉望舒"], head
        no_errors(got)


def test_what_the_hundred_and_twentieth_review_found_an_id_column_beside_the_licence_one(
    tmp_path,
):
    # '身份证号 | 执法证号': the id column rejects nothing, the licence column is the 执法证号 one
    rows = _station_list(
        ("所长", "持证人员", "持证人员", "综合内勤"),
        [
            ["序号", "姓名", "岗位", "身份证号", "执法证号"],
            [1, "鄢沛霖", "所长", "5226011980", "LS01"],
            [2, "仉若澜", "市场监管员", "5226011985", None],
            [3, "鄢栖桐", "市场监管员", "5226011990", "LS03"],
            [4, "仉望舒", "综合内勤", "5226011995", None],
        ],
    )
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("所长", "鄢沛霖", "案件查办中擅自撤案", "Ⅰ级"),
        ("所长", "鄢沛霖", "日常检查中接受吃请", "Ⅰ级"),
        ("所长", "鄢沛霖", "抽检样品选择有倾向性", "Ⅱ级"),
        ("市场监管员", "鄢栖桐", "日常检查中接受吃请", "Ⅰ级"),
        ("市场监管员", "鄢栖桐", "抽检样品选择有倾向性", "Ⅱ级"),
        ("综合内勤", "仉望舒", "罚没物品保管登记不全", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_POST_ROSTER"]
    assert list(said["value"]) == ["所长=鄢沛霖；持证人员=鄢沛霖、鄢栖桐；综合内勤=仉望舒"]
    assert "POST_NOT_IN_POST_ROSTER" not in codes(got)
    no_errors(got)


_LICENCE_ROSTER = [
    ["序号", "姓名", "岗位", "执法证件号码", "联系电话"],
    [1, "鄢沛霖", "所长", "LS2019001", "13800000001"],
    [2, "仉若澜", "市场监管员", "LS2021017", "13800000002"],
    [3, "鄢栖桐", "市场监管员", "无", "13800000003"],
    [4, "仉望舒", "综合内勤", None, "13800000004"],
]


def test_what_the_hundred_and_twentieth_review_found_a_licensed_group_with_exceptions(tmp_path):
    # '持证人员（所长除外）': the licensed but the 所长, as '全体干部（站长除外）' excepts
    rows = _station_list(("所长", "持证人员（所长除外）", "持证人员", "综合内勤"), _LICENCE_ROSTER)
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("所长", "鄢沛霖", "案件查办中擅自撤案", "Ⅰ级"),
        ("所长", "鄢沛霖", "抽检样品选择有倾向性", "Ⅱ级"),
        ("市场监管员", "仉若澜", "日常检查中接受吃请", "Ⅰ级"),
        ("市场监管员", "仉若澜", "抽检样品选择有倾向性", "Ⅱ级"),
        ("综合内勤", "仉望舒", "罚没物品保管登记不全", "Ⅲ级"),
    ])  # fmt: skip
    assert "POST_NOT_IN_POST_ROSTER" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twentieth_review_found_enforcers_over_a_licence_roster(tmp_path):
    # '执法人员' (no 持证) over an '执法证件号码' roster: the licence's kind names its holders
    rows = _station_list(("所长", "执法人员", "执法人员", "综合内勤"), _LICENCE_ROSTER)
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("所长", "鄢沛霖", "案件查办中擅自撤案", "Ⅰ级"),
        ("所长", "鄢沛霖", "日常检查中接受吃请", "Ⅰ级"),
        ("所长", "鄢沛霖", "抽检样品选择有倾向性", "Ⅱ级"),
        ("市场监管员", "仉若澜", "日常检查中接受吃请", "Ⅰ级"),
        ("市场监管员", "仉若澜", "抽检样品选择有倾向性", "Ⅱ级"),
        ("综合内勤", "仉望舒", "罚没物品保管登记不全", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_POST_ROSTER"]
    assert list(said["value"]) == ["所长=鄢沛霖；执法人员=鄢沛霖、仉若澜；综合内勤=仉望舒"]
    no_errors(got)
