"""A later list on the same sheet, under the unit's ordinary list and with the same columns, whose
caption or note makes its rows REPLACE all the rows of the posts it names ('三、调整后岗位廉政风险点
（所列岗位原风险点不再保留）', '说明：以下岗位的风险点以本表为准，原一览表中对应岗位的风险点同时作废',
'本表所列岗位替换原一览表中该岗位全部风险点，其他岗位不变'): the rows above of each post it names
(科室, 岗位, 姓名 — as far as both lists give them) are dropped and counted as reported, one info
(``TABLE_POSTS_REPLACED``) naming the caption and the rows replaced; the posts it does not name
stand as above, and a point kept in the same words takes the later list's level. Before this
rule the two lists were read as one and each named holder got the rows of both.

Not the published batch's file (a 国有林管理站's 一览表 with ``二、2025年动态调整岗位廉政风险点``
over a ``说明：`` line): a county 水利局's 水库管理所 and a 医疗保障局's lists, other posts, names and
level words (高/中/低, ★, 高风险/中风险/低风险), a list without 姓名 (matched by 科室 and 岗位),
post and 科室 columns in another order, the later list on a sheet of its own ('2025年动态调整'),
written with xlsxwriter or as a LibreOffice .ods (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Near-misses an ordinary file has are read as before: a later list
(or sheet) of ADDED points ('2025年新增风险点', '原风险点继续执行', '补充'), a note of changed
levels only, a second list of other 股室 under the first, and a note under the list above
('注：以上岗位风险点如有调整，以…为准') over a second list sharing a holder.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"风险点": rows}, {"风险点": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def replaced(got) -> list[dict]:
    i = got.issues
    return i[i["code"] == "TABLE_POSTS_REPLACED"].to_dict("records")


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEAD = ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]
UPPER = [
    [1, "所领导", "所长", "柏翊宸", "水库除险加固工程变更签证把关不严", "高", "工程变更经所务会集体研究。"],
    [2, "所领导", "副所长", "戚沐阳", "防汛物资采购指定供应商", "中", "防汛物资按规定比选采购。"],
    [3, "所领导", "副所长", "戚沐阳", "水库养殖承包合同续签不公开", "高", "承包合同到期公开招租。"],
    [4, "工程管理股", "技术员", "宓钧岚", "大坝安全监测数据填报不实", "低", "监测数据双人记录，每月复核。"],
    [5, "综合股", "出纳", "柏芷汀", "水费收入坐收坐支", "中", "水费收入当日存入专户。"],
]  # fmt: skip
LOWER = [
    [1, "所领导", "副所长", "戚沐阳", "防汛物资采购指定供应商", "高", "防汛物资进入平台公开采购。"],
    [2, "所领导", "副所长", "戚沐阳", "库区取土采砂许可审核放宽条件", "中", "取土采砂许可两人现场核查。"],
    [3, "工程管理股", "技术员", "宓钧岚", "小型水利工程验收签字走过场", "中", "验收实地查看，留存影像。"],
]  # fmt: skip
STANDING = [
    ("所长", "柏翊宸", "水库除险加固工程变更签证把关不严", "Ⅰ级"),
    ("出纳", "柏芷汀", "水费收入坐收坐支", "Ⅱ级"),
]
NEW = [
    ("副所长", "戚沐阳", "防汛物资采购指定供应商", "Ⅰ级"),
    ("副所长", "戚沐阳", "库区取土采砂许可审核放宽条件", "Ⅱ级"),
    ("技术员", "宓钧岚", "小型水利工程验收签字走过场", "Ⅱ级"),
]
OLD_NAMED = [
    ("副所长", "戚沐阳", "防汛物资采购指定供应商", "Ⅱ级"),
    ("副所长", "戚沐阳", "水库养殖承包合同续签不公开", "Ⅰ级"),
    ("技术员", "宓钧岚", "大坝安全监测数据填报不实", "Ⅲ级"),
]


def test_the_code_is_catalogued():
    assert "TABLE_POSTS_REPLACED" in CATALOGUE and "TABLE_POSTS_REPLACED" in SHORT


def test_caption_saying_the_old_points_of_its_posts_are_not_kept(tmp_path):
    rows = [
        ["县水利局水库管理所岗位廉政风险点一览表"],
        HEAD,
        *UPPER,
        [],
        ["三、调整后岗位廉政风险点（所列岗位原风险点不再保留）"],
        HEAD,
        *LOWER,
    ]
    got = run(tmp_path, rows, ["A1:G1", "A9:G9"])
    assert read(got) == sorted([*STANDING, *NEW])
    no_errors(got)
    (one,) = replaced(got)
    assert one["cell"] == "A9" and "3 行" in one["message"], one
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 8, c


def test_note_voiding_the_posts_rows_in_the_list_above_stars_no_name_column(tmp_path):
    head = ["序号", "岗位", "科室", "廉政风险点", "风险等级", "防控措施"]
    star = {"高": "★★★", "中": "★★", "低": "★"}

    def rows_of(table):
        return [[n, post, dept, p, star[lv], m] for n, dept, post, _who, p, lv, m in table]

    rows = [
        ["县水利局水库管理所廉政风险防控一览表"],
        head,
        *rows_of(UPPER),
        [],
        ["2025年度更新岗位风险点"],
        ["注：以下岗位的风险点以本表为准，原一览表中对应岗位的风险点同时作废。"],
        head,
        *rows_of(LOWER),
    ]
    got = run(tmp_path, rows, ["A1:F1", "A9:F9", "A10:F10"])
    assert sorted((t, p, lv) for t, _w, p, lv in read(got)) == sorted(
        (t, p, lv) for t, _w, p, lv in [*STANDING, *NEW]
    )
    no_errors(got)
    (one,) = replaced(got)
    assert one["value"] == "2025年度更新岗位风险点" and "3 行" in one["message"], one


def test_note_under_the_caption_other_posts_unchanged_other_levels(tmp_path):
    word = {"高": "高风险", "中": "中风险", "低": "低风险"}
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    upper = [
        [1, "基金监管股", "股长", "仉翰霖", "定点医药机构违规行为查处避重就轻", "高", "查处结果集体研究。"],
        [2, "基金监管股", "稽核员", "亓蔓菁", "医保基金稽核抽样不随机", "中", "稽核抽样系统随机产生。"],
        [3, "待遇保障股", "经办员", "仉星澜", "异地就医备案审核不严", "低", "备案材料两人复核。"],
        [4, "待遇保障股", "经办员", "仉星澜", "慢特病待遇认定放宽标准", "中", "认定结果每月公示。"],
    ]  # fmt: skip
    lower = [
        [1, "待遇保障股", "经办员", "仉星澜", "门诊共济报销审核走过场", "中", "报销单据系统校验，抽查复核。"],
    ]  # fmt: skip
    rows = [
        ["县医疗保障局医保服务中心岗位廉政风险点清单"],
        head,
        *[[*r[:5], word[r[5]], r[6]] for r in upper],
        [],
        ["二、动态调整岗位风险点"],
        ["说明：本表所列岗位替换原清单中该岗位全部风险点，其他岗位不变。"],
        head,
        *[[*r[:5], word[r[5]], r[6]] for r in lower],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A8:G8", "A9:G9"])
    assert read(got) == sorted([
        ("股长", "仉翰霖", "定点医药机构违规行为查处避重就轻", "Ⅰ级"),
        ("稽核员", "亓蔓菁", "医保基金稽核抽样不随机", "Ⅱ级"),
        ("经办员", "仉星澜", "门诊共济报销审核走过场", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    (one,) = replaced(got)
    assert one["cell"] == "A8" and "2 行" in one["message"], one


def test_saved_as_ods_note_only_over_the_later_list(tmp_path):
    inbox = tmp_path / "inbox"
    rows = [
        ["县水利局水库管理所岗位廉政风险点一览表"],
        HEAD,
        *UPPER,
        [],
        ["说明：下列岗位风险点经2025年动态调整，以此为准，原风险点不再保留；其余岗位不变。"],
        HEAD,
        *LOWER,
    ]
    write_ods(inbox / "t.ods", {"风险点": rows})
    got = _collect(inbox)
    assert read(got) == sorted([*STANDING, *NEW])
    no_errors(got)
    (one,) = replaced(got)
    assert one["cell"] == "A9" and "3 行" in one["message"], one


# ---------------------------------------------------------------- not this shape: read as before


def test_a_later_list_of_added_points_keeps_the_old_rows(tmp_path):
    rows = [
        ["县水利局水库管理所岗位廉政风险点一览表"],
        HEAD,
        *UPPER,
        [],
        ["二、2025年新增岗位廉政风险点"],
        ["说明：下表所列为新增风险点，原风险点继续执行。"],
        HEAD,
        *LOWER[1:],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A9:G9", "A10:G10"])
    assert read(got) == sorted([*STANDING, *OLD_NAMED, *NEW[1:]])
    no_errors(got)
    assert "TABLE_POSTS_REPLACED" not in codes(got)


def test_a_note_of_changed_levels_only_replaces_no_rows(tmp_path):
    rows = [
        ["县水利局水库管理所岗位廉政风险点一览表"],
        HEAD,
        *UPPER,
        [],
        ["二、其他岗位廉政风险点"],
        ["说明：下表所列岗位的风险等级经所务会重新评定，风险等级以评定后为准。"],
        HEAD,
        *LOWER[1:],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A9:G9", "A10:G10"])
    assert read(got) == sorted([*STANDING, *OLD_NAMED, *NEW[1:]])
    assert "TABLE_POSTS_REPLACED" not in codes(got)


def test_a_second_list_of_other_offices_under_the_first(tmp_path):
    rows = [
        ["县水利局水库管理所岗位廉政风险点一览表"],
        ["一、所领导岗位"],
        HEAD,
        *UPPER[:3],
        [],
        ["二、股室岗位（以下表为准填报）"],
        HEAD,
        *[[i + 1, *r[1:]] for i, r in enumerate(UPPER[3:])],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A2:G2", "A8:G8"])
    assert read(got) == sorted([*STANDING, *OLD_NAMED])
    no_errors(got)
    assert "TABLE_POSTS_REPLACED" not in codes(got)


def test_a_later_sheet_of_adjusted_posts_replaces_theirs_on_the_sheet_before(tmp_path):
    inbox = tmp_path / "inbox"
    sheets = {
        "一览表": [["县水利局水库管理所岗位廉政风险点一览表"], HEAD, *UPPER],
        "2025年动态调整": [
            ["2025年动态调整岗位廉政风险点"],
            ["说明：本表所列岗位的风险点以本表为准，替换原一览表中该岗位的全部风险点。"],
            HEAD,
            *LOWER,
        ],
    }
    write_workbook(
        inbox / "t.xlsx", sheets, {"一览表": ["A1:G1"], "2025年动态调整": ["A1:G1", "A2:G2"]}
    )
    got = _collect(inbox)
    assert read(got) == sorted([*STANDING, *NEW])
    no_errors(got)
    (one,) = replaced(got)
    assert one["source_sheet"] == "2025年动态调整" and "3 行" in one["message"], one
    assert "“一览表”" in one["message"], one
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 8, c


def test_a_later_sheet_of_added_points_keeps_the_sheet_before(tmp_path):
    inbox = tmp_path / "inbox"
    sheets = {
        "一览表": [["县水利局水库管理所岗位廉政风险点一览表"], HEAD, *UPPER],
        "补充": [["2025年补充岗位廉政风险点（原一览表风险点继续执行）"], HEAD, *LOWER[1:]],
    }
    write_workbook(inbox / "t.xlsx", sheets, {"一览表": ["A1:G1"], "补充": ["A1:G1"]})
    got = _collect(inbox)
    assert read(got) == sorted([*STANDING, *OLD_NAMED, *NEW[1:]])
    no_errors(got)
    assert "TABLE_POSTS_REPLACED" not in codes(got)


def test_a_note_of_the_list_above_about_changes_to_come_replaces_nothing(tmp_path):
    rows = [
        ["县水利局水库管理所岗位廉政风险点一览表"],
        HEAD,
        *UPPER,
        ["注：以上岗位风险点如有调整，以所务会最新审定的为准。"],
        [],
        ["二、所领导分管领域廉政风险点"],
        HEAD,
        [1, "所领导", "所长", "柏翊宸", "分管的灌区续建配套项目验收把关不严", "中", "验收邀请第三方参加。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A8:G8", "A10:G10"])
    assert read(got) == sorted([
        *STANDING, *OLD_NAMED, ("所长", "柏翊宸", "分管的灌区续建配套项目验收把关不严", "Ⅱ级")
    ])  # fmt: skip
    no_errors(got)
    assert "TABLE_POSTS_REPLACED" not in codes(got)


def test_what_the_hundred_and_twenty_ninth_review_found_the_list_aboves_own_note(tmp_path):
    """A note right under the FIRST list about itself ('说明：本表所列岗位风险点替换2023年原清单')
    over the caption of an ordinary second part ('二、审计现场廉政风险点') whose 股长 is also in
    the first: the note had been read as the second part's caption, and the second part had
    dropped the 股长's point above (TABLE_POSTS_REPLACED). A note over a later list's own caption
    saying 本表 (not 下表/以下/下列) is the list above's; read as before the rule."""
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    for i, note in enumerate(
        [
            "说明：本表所列岗位风险点替换2023年原清单，请各岗位遵照执行。",
            "说明：本表所列岗位的风险点以本表为准，原清单同时废止。",
        ]
    ):
        rows = [
            ["某县审计局岗位廉政风险点一览表"],
            head,
            [1, "办公室", "主任", "厍予宁", "公务用车私用", "中", "用车审批登记。"],
            [2, "财务股", "股长", "亓书恒", "虚列支出套取资金", "高", "支出两人复核。"],
            [3, "审计股", "股长", "仉清漪", "审计查出问题隐瞒不报", "高", "审计结果集体审定。"],
            [note],
            [],
            ["二、审计现场廉政风险点"],
            head,
            [1, "审计股", "股长", "仉清漪", "审计组廉政纪律执行不严", "中", "签订廉洁承诺。"],
            [2, "审计股", "股长", "仉清漪", "审计报告定性偏袒被审计单位", "中", "报告分级复核。"],
        ]  # fmt: skip
        got = run(tmp_path / str(i), rows, ["A1:G1", "A6:G6", "A8:G8"])
        assert ("股长", "仉清漪", "审计查出问题隐瞒不报", "Ⅰ级") in read(got)
        assert len(read(got)) == 5
        assert "TABLE_POSTS_REPLACED" not in codes(got)


def test_what_the_hundred_and_twenty_ninth_review_found_the_whole_old_list_repealed(tmp_path):
    """A later sheet '调整后' whose note repeals the OLD LIST AS A WHOLE ('说明：本表所列岗位风险点以
    本表为准，原一览表同时作废') over only two of the three posts: the rule had dropped the two
    posts' rows and kept the third post's (公证员) as standing — the very rows the note voids —
    with an info that unlisted posts stand. No post-by-post replacement: narrowed, the file is
    read as before the rule (every row, the repeated holders warned FORM_DUPLICATE for the
    coordinator to see). Setting the repealed sheet aside whole would be a rule of its own."""
    inbox = tmp_path / "inbox"
    old = [
        ["某县司法局岗位廉政风险点一览表"],
        HEAD,
        [1, "办公室", "主任", "厍予宁", "公务用车私用", "中", "用车审批登记。"],
        [2, "财务股", "会计", "亓书恒", "虚列支出套取资金", "高", "支出两人复核。"],
        [3, "公证处", "公证员", "仉清漪", "违规出具公证书", "中", "公证书集体审核。"],
    ]  # fmt: skip
    new = [
        ["某县司法局岗位廉政风险点一览表（调整后）"],
        ["说明：本表所列岗位风险点以本表为准，原一览表同时作废。"],
        HEAD,
        [1, "办公室", "主任", "厍予宁", "公务接待超标准", "中", "接待清单公示。"],
        [2, "财务股", "会计", "亓书恒", "挪用公款", "高", "资金流向月度核对。"],
    ]  # fmt: skip
    write_workbook(inbox / "t.xlsx", {"原一览表": old, "调整后": new})
    got = _collect(inbox)
    assert "TABLE_POSTS_REPLACED" not in codes(got)
    assert len(read(got)) == 5 and "FORM_DUPLICATE" in codes(got)
